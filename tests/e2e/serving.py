"""Helpers for end-to-end tests that run a real server process: a free port, and a server started the way a
README command starts it, stopped with its whole process group."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server_process(argv: Sequence[str], cwd: Path, env: dict | None = None, timeout: float = 180) -> Iterator[str]:
    """Start ``argv``, wait for its "neuronscope: serving" line (yielded; "" if it exited first), and stop it
    (SIGTERM to its process group, SIGKILL after 30 s) when the block ends."""
    proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    try:
        deadline = time.time() + timeout
        line = ""
        while time.time() < deadline:
            line = proc.stdout.readline()
            if "neuronscope: serving" in line or proc.poll() is not None:
                break
        yield line
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                raise
