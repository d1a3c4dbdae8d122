"""Generate the Python stubs (_pb2.py, _pb2_grpc.py, _pb2.pyi) from protos/ into the light client's package.

Usage: python scripts/gen_protos.py [--check]   (--check: exit 1 if the committed stubs are stale)
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROTO_ROOT = ROOT / "protos"
PKG = PROTO_ROOT / "neuronscope" / "v1"  # the .proto sources
STUBS = ROOT / "client" / "neuronscope" / "v1"  # where `import neuronscope.v1` finds them


def generate(out_root: Path) -> list[Path]:
    from grpc_tools import protoc  # dev dependency only

    protos = sorted(PKG.glob("*.proto"))
    include = Path(protoc.__file__).parent / "_proto"
    args = ["protoc", f"-I{PROTO_ROOT}", f"-I{include}", f"--python_out={out_root}",
            f"--grpc_python_out={out_root}", f"--pyi_out={out_root}"]
    args += [str(p.relative_to(PROTO_ROOT)) for p in protos]
    if protoc.main(args) != 0:
        raise RuntimeError("protoc failed")
    return sorted((out_root / "neuronscope" / "v1").glob("*_pb2*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        generated = generate(Path(tmp))
        stale = []
        for path in generated:
            target = STUBS / path.name
            if args.check:
                if not target.exists() or not filecmp.cmp(path, target, shallow=False):
                    stale.append(target.name)
            else:
                shutil.copy(path, target)
    if stale:
        print(f"stale generated stubs: {stale}; run python scripts/gen_protos.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
