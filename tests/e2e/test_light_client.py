"""The light client installs and imports alone: `pip install ./client` into a fresh venv, as the README says."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def test_pip_install_client_pulls_neither_torch_nor_the_server(tmp_path):
    env_dir = tmp_path / "light"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    r = subprocess.run([str(py), "-m", "pip", "install", "-q", str(REPO / "client")], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    listed = subprocess.run([str(py), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True).stdout
    names = {line.split("==")[0].lower() for line in listed.splitlines()}
    assert {"neuronscope", "grpcio", "protobuf", "numpy"} <= names
    assert not names & {"torch", "neuronscope-server", "transformers", "redis"}, names
    # (neuronscope.analysis needs the [analysis] extra; tests/unit/test_protos.py checks it imports no grpc)
    code = ("import sys, neuronscope, neuronscope.wire; assert 'grpc' not in sys.modules, 'grpc'; "
            "from neuronscope import Client, Override; assert 'grpc' in sys.modules; print(Client.__name__)")
    r = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == "Client", r.stderr[-2000:]
    assert sys.prefix != str(env_dir)
    # the command installs with the light client; `serve` says what to install instead of a traceback
    exe = env_dir / "bin" / "neuronscope"
    r = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "translate" in r.stdout, r.stderr
    r = subprocess.run([str(exe), "serve"], capture_output=True, text=True)
    assert r.returncode == 2 and "pip install neuronscope-server" in r.stderr and "Traceback" not in r.stderr
