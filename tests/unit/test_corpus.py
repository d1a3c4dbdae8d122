"""The committed corpus matches its manifest, and scripts/build_corpus.py is byte-for-byte reproducible."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from neuronscope.analysis import read_annotations

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"
COMMITTED = ("test.en", "test.es", "dev.en", "dev.es")  # train.* is rebuilt, not committed


@pytest.mark.parametrize("name", COMMITTED)
def test_committed_files_match_manifest(name: str) -> None:
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text())
    path = CORPUS / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == manifest["files"][name]["sha256"]
    assert len(path.read_text(encoding="utf-8").splitlines()) == manifest["files"][name]["lines"]


def test_splits_are_parallel() -> None:
    for split in ("dev", "test"):
        en = (CORPUS / f"{split}.en").read_text(encoding="utf-8").splitlines()
        es = (CORPUS / f"{split}.es").read_text(encoding="utf-8").splitlines()
        assert len(en) == len(es) and all(en) and all(es)


def _missing_tools() -> str | None:
    if shutil.which("apertium") is None:
        return "apertium is not installed (Debian package apertium-eng-spa)"
    if not Path("/usr/share/apertium/modes/eng-spa.mode").is_file():
        return "Apertium's eng-spa pair is not installed (Debian package apertium-eng-spa)"
    if not Path("/usr/share/wordnet/data.noun").is_file():
        return "WordNet is not installed (Debian package wordnet-base)"
    return None


@pytest.mark.skipif(_missing_tools() is not None, reason=_missing_tools() or "")
def test_build_corpus_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "build_corpus.py"), "--limit", "300", "--out", str(out)],
            check=True,
            capture_output=True,
            cwd=REPO,
            timeout=600,
        )
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    files = outputs[0]
    assert {f"{s}.{lang}" for s in ("train", "dev", "test") for lang in ("en", "es")} | {
        "MANIFEST.json"
    } == set(files)
    total = sum(len(files[f"{s}.en"].decode().splitlines()) for s in ("train", "dev", "test"))
    assert 0 < total <= 300


@pytest.mark.skipif(not (REPO / "data" / "annotations" / "test.jsonl").is_file(), reason="no annotations")
def test_annotations_follow_the_corpus() -> None:
    # scripts/annotate.py writes one record per corpus line, in order; the probe set comes from train
    for split in ("dev", "test"):
        lines = (CORPUS / f"{split}.en").read_text(encoding="utf-8").splitlines()
        recs = read_annotations(REPO / "data" / "annotations" / f"{split}.jsonl")
        assert [r["text"] for r in recs] == lines
        assert [r["id"] for r in recs] == [f"{split}-{i:05d}" for i in range(len(lines))]
        for r in recs[:200]:
            n = len(r["words"])
            assert all(
                len(r[c]) == n
                for c in (
                    "space_after",
                    "upos",
                    "tag",
                    "tense",
                    "number",
                    "verbform",
                    "supersense",
                    "position",
                    "morph",
                )
            )
            # words and their spaces rebuild the text exactly
            assert "".join(w + (" " if s else "") for w, s in zip(r["words"], r["space_after"])) == r["text"]


def test_read_annotations_stops_after_the_sentence_reaching_max_words(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    sents = [["a", "b", "c"], ["d", "e"], ["f", "g", "h", "i"]]
    path.write_text("".join(json.dumps({"words": w, "tag": ["X"] * len(w)}) + "\n" for w in sents) + "\n")
    assert [r["words"] for r in read_annotations(path)] == sents  # trailing blank line skipped
    assert [r["words"] for r in read_annotations(path, max_words=4)] == sents[:2]  # 3 < 4 ≤ 5: whole 2nd
    assert [r["words"] for r in read_annotations(path, max_words=3)] == sents[:1]
    assert len(read_annotations(path, max_words=100)) == 3
