"""Shared bench plumbing: machine info, JSON reports, tables, corpus sentences, ports, RSS, the server subprocess."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from neuronscope import Override

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(threads: int) -> dict[str, Any]:
    import torch
    import transformers

    return {
        "platform": platform.platform(),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "torch_threads": torch.get_num_threads(),
        "threads_arg": threads,
        "loadavg_1m": os.getloadavg()[0],
    }


def _python() -> str:
    exe = Path(sys.executable)
    return os.path.relpath(exe, REPO) if exe.is_relative_to(REPO) else str(exe)


def write_report(path: str, name: str, args: argparse.Namespace, body: dict[str, Any]) -> None:
    report = {
        "benchmark": name,
        "command": " ".join([_python(), *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(args.threads),
        "args": vars(args),
        **body,
    }
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwrote {out}")


def table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [[_fmt(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.rjust(w) if j else c.ljust(w) for j, (c, w) in enumerate(zip(r, widths))) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    return str(v)


def all_sentences() -> list[str]:
    """The non-empty lines of ``data/corpus/test.en``, whitespace normalised."""
    lines = [
        " ".join(x.split()) for x in (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()
    ]
    return [x for x in lines if x]


def read_sentences(n: int, offset: int = 0) -> list[str]:
    lines = all_sentences()
    return [lines[(offset + i) % len(lines)] for i in range(n)]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_mem(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of ``pid`` in KiB (empty when the process is gone)."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


def layer_site(sites: dict[str, int], side: str, want: int) -> str:
    """``{side}.layers.{want}``, or the last layer of that side when the model has fewer."""
    n = sum(1 for s in sites if s.startswith(f"{side}.layers.") and s.count(".") == 2)
    return f"{side}.layers.{min(want, n - 1)}"


def build_overrides(sites: dict[str, int]) -> list[Override]:
    """set 10 neurons of encoder.layers.2 to 5.0; scale 10 of decoder.layers.1 by 0.5 (clipped to the model)."""
    from neuronscope import Override

    enc, dec = layer_site(sites, "encoder", 2), layer_site(sites, "decoder", 1)
    pick = lambda width, start: [(start + 7 * i) % width for i in range(10)]  # noqa: E731 - 10 spread-out neurons
    return [
        Override(enc, neurons=pick(sites[enc], 3), op="set", values=[5.0]),
        Override(dec, neurons=pick(sites[dec], 11), op="scale", values=[0.5]),
    ]


class ServerProcess:
    """``neuronscope serve`` as a subprocess on a free loopback port; stops with SIGTERM."""

    def __init__(self, model: str | list[tuple[str, str]], threads: int, extra: list[str], log_dir: str) -> None:
        """``model``: the en-es model's path, or (name, path) pairs to serve (the first is the default)."""
        models = [("en-es", model)] if isinstance(model, str) else model
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        exe = REPO / ".venv" / "bin" / "neuronscope"
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "neuronscope_server.cli"]
        self.cmd = cmd + [
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--health-port",
            "0",
            *[arg for name, path in models for arg in ("--model", f"{name}={path}")],
            *([] if any(name == "en-es" for name, _ in models) else ["--no-serve-bundled-model"]),
            "--threads",
            str(threads),
            "--grace-seconds",
            "2",
            "--log-level",
            "WARNING",
            *extra,
        ]
        self.log_path = Path(log_dir) / f"server-{self.port}.log"
        self.log = open(self.log_path, "w")
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        self.proc = subprocess.Popen(self.cmd, stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=REPO)

    def wait_ready(self, timeout: float = 180.0) -> None:
        from neuronscope import Client

        with Client(self.address) as c:
            deadline = time.monotonic() + timeout
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.log_path}")
                try:
                    c.wait_ready(timeout=2)
                    return
                except Exception:  # noqa: BLE001
                    if time.monotonic() > deadline:
                        raise

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
