"""Check: NeuroX's own `load_activations` reads neuronscope's exported JSON and HDF5 activation files exactly.

    .venv/bin/python bench/neurox_formats.py --neurox-python build/neurox-venv/bin/python

A server in this process (127.0.0.1, port 0) serves `models/en-es`; a dataset of the first 200 sentences
of `data/annotations/probe.jsonl` is created at `encoder.layers.1` and `encoder.layers.2`, exported with
`neuronscope dataset export --out X.json` and `--out X.hdf5` (the real command, as a subprocess), and each
file is loaded by NeuroX 1.0.9's `neurox.data.loader.load_activations` in its own venv (see
bench/probe.py for how to build it). Reported: sentences, layers and the max |difference| from the
dataset's own arrays (0 expected: both formats carry float32 exactly). Writes bench/results/neurox-formats.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from common import REPO, table, write_report

LOADER = """
import json, sys
import numpy as np
from neurox.data.loader import load_activations
acts, layers = load_activations(sys.argv[1])
np.save(sys.argv[2], np.concatenate(acts).astype(np.float32))
print(json.dumps({"sentences": len(acts), "layers": layers}))
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--neurox-python", default=str(REPO / "build" / "neurox-venv" / "bin" / "python"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", default=str(REPO / "bench" / "results" / "neurox-formats.json"))
    args = parser.parse_args(argv)
    if not Path(args.neurox_python).exists():
        print(f"NeuroX venv missing ({args.neurox_python}): build it as bench/probe.py says")
        return
    import torch

    torch.set_num_threads(args.threads)
    from neuronscope import Client
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    sites = ["encoder.layers.1", "encoder.layers.2"]
    recs = [json.loads(x) for x in (REPO / "data" / "annotations" / "probe.jsonl").open(encoding="utf-8")][:200]
    running = create_server(ServerConfig(port=0, models=(("en-es", str(REPO / "models" / "en-es")),)))
    rows = []
    version = subprocess.run([args.neurox_python, "-c", "import importlib.metadata as m; print(m.version('neurox'))"],
                             capture_output=True, text=True).stdout.strip()
    try:
        with Client(running.address) as c, tempfile.TemporaryDirectory() as tmp:
            ds = c.create_dataset([r["words"] for r in recs], {"upos": [r["upos"] for r in recs]}, sites=sites,
                                  space_after=[r["space_after"] for r in recs])
            data = c.load_dataset(ds.handle)
            want = np.concatenate([data.activations[s] for s in sites], axis=1)
            exe = Path(sys.executable).parent / "neuronscope"
            env = {**os.environ, "NEURONSCOPE_SERVER": running.address}
            for suffix in (".json", ".hdf5"):
                path = Path(tmp) / f"acts{suffix}"
                subprocess.run([str(exe), "dataset", "export", ds.handle, "--out", str(path), "--site", sites[0],
                                "--site", sites[1]], check=True, env=env, capture_output=True)
                got_path = Path(tmp) / f"got{suffix}.npy"
                r = subprocess.run([args.neurox_python, "-c", LOADER, str(path), str(got_path)], capture_output=True,
                                   text=True, check=True)
                meta = json.loads(r.stdout.strip().splitlines()[-1])
                got = np.load(got_path)
                rows.append({"format": suffix[1:], "sentences": meta["sentences"], "layers": meta["layers"],
                             "words": int(got.shape[0]), "max_abs_diff": float(np.abs(got - want).max()),
                             "bytes": path.stat().st_size})
    finally:
        running.stop(0)
    print(table(["format", "sentences", "layers", "words", "max |diff|", "bytes"],
                [[r["format"], r["sentences"], r["layers"], r["words"], r["max_abs_diff"], r["bytes"]] for r in rows]))
    print(f"NeuroX {version}")
    write_report(args.out, "neurox-formats", args, {"neurox_version": version, "sites": sites, "rows": rows})


if __name__ == "__main__":
    main()
