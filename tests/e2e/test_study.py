"""A declarative study end to end on the shipped en-es model (the repo's poster study, reduced), through
the real `neuronscope study` command: the report has the tables, plots and cards; a rerun reuses the
stored dataset and every cached step; `neuronscope report` renders it again without a server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

REPO = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).parent / "neuronscope"


@pytest.fixture(scope="module")
def server(default_model_dir):
    running = create_server(ServerConfig(port=0, models=(("en-es", str(default_model_dir)),), threads=1))
    yield running
    running.stop(0)


def _reduced(tmp_path: Path) -> Path:
    """studies/poster.toml with small sizes, its paths pointing back into the repo."""
    text = (REPO / "studies" / "poster.toml").read_text(encoding="utf-8")
    text = text.replace('"../', f'"{REPO}/').replace("limit = 3000", "limit = 300").replace("limit = 100", "limit = 8")
    text = text.replace("ks = [0, 25, 50, 100]", "ks = [0, 50]").replace("cards = 2", "cards = 1")
    path = tmp_path / "poster.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _run(server, *args):
    env = {**os.environ, "NEURONSCOPE_SERVER": server.address}
    r = subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=900, env=env)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r


def test_poster_study_report_and_rerun(server, tmp_path):
    study, out = _reduced(tmp_path), tmp_path / "report"
    first = json.loads(_run(server, "study", str(study), "--out", str(out), "--json").stdout)
    page = (out / "report.html").read_text(encoding="utf-8")
    for needle in ("class='top-neurons'", "class='masking'", "class='erasure'", "class='sweep'", "ns-hm-w", "<svg"):
        assert needle in page, needle
    assert page.count("<svg") >= 3  # masking bars, score curve, erasure curves
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    methods = [(r["method"], r["label"]) for r in report["rankings"]]
    assert methods == [("lca", "upos"), ("probeless", "upos"), ("lca", "tense")]
    assert report["rankings"][0]["accuracy"] > 0.5 and report["rankings"][1]["accuracy"] is None
    assert isinstance(report["rankings"][0]["warnings"], list)
    assert set(report["erasure"][0]["curves"]) == {"top", "bottom", "random"} and len(report["cards"]) == 1
    assert len(report["sweeps"][0]["neurons"]) == 3  # "top:tense:3"
    assert "| rank | site | neuron | top words |" in (out / "report.md").read_text(encoding="utf-8")
    second = json.loads(_run(server, "study", str(study), "--out", str(out), "--json").stdout)
    assert second["dataset"] == first["dataset"]
    assert second["cache"]["misses"] == 0 and second["cache"]["hits"] == first["cache"]["misses"] > 0
    (out / "report.html").unlink()
    r = subprocess.run([str(EXE), "report", str(out)], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "NEURONSCOPE_SERVER": "127.0.0.1:1"})  # no server needed
    assert r.returncode == 0 and (out / "report.html").exists()


@pytest.mark.parametrize("edit, needle", [
    (lambda t: t.replace('methods = ["lca", "probeless"]', 'methods = ["magic"]'), "rank[0].methods: 'magic'"),
    (lambda t: t.replace("[data]", "[data]\nbogus = 1"), "data: unknown key 'bogus'"),
    (lambda t: t.replace('label = "upos"                 # ablation', 'label = "nolabel"  # ablation'),
     "erase: label 'nolabel' has no lca ranking"),
])
def test_bad_study_files_are_one_line_errors(server, tmp_path, edit, needle):
    path = _reduced(tmp_path)
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    env = {**os.environ, "NEURONSCOPE_SERVER": server.address}
    r = subprocess.run([str(EXE), "study", str(path), "--out", str(tmp_path / "o")], capture_output=True, text=True,
                       timeout=600, env=env)
    assert r.returncode == 2 and re.search(re.escape(needle), r.stderr) and "Traceback" not in r.stderr, r.stderr
