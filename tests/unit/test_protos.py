"""The committed generated stubs match the .proto files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_generated_stubs_are_fresh():
    r = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_protos.py"), "--check"], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr
