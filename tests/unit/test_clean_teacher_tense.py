"""scripts/clean_teacher_tense.py: which teacher pairs lose the English verb's tense (real spaCy + Apertium)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from neuronscope_server import spanish_tense as st

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    st.find_spanish_analyser() is None, reason="Apertium's Spanish analyser (apertium-eng-spa, lttoolbox) is missing"
)


def load_script():
    spec = importlib.util.spec_from_file_location("clean_teacher_tense", REPO / "scripts" / "clean_teacher_tense.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


PAIRS = [  # (English, Apertium-style Spanish, teacher lost the tense?)
    ("She stumbled over the tree root", "Ella stumbled sobre la raíz de árbol", True),  # passed through
    ("The baby cut a tooth", "La criatura cortada un diente", True),  # past read as a participle
    ("The horse covers the mare", "Las portadas caballares la yegua", True),  # verb read as a noun
    ("She saw the dog", "Ella vio el perro", False),
    ("The dog sleeps in the sun", "El perro duerme en el sol", False),
    ("The comet will return next year", "El cometa volverá el próximo año", False),
    ("a large dog with a black coat", "un perro grande con un abrigo negro", False),  # no finite verb: kept
    ("He said that she left", "Él dijo que ella salía", False),  # two finite verbs: not judged
]


def test_pairs_that_lost_the_tense_are_found():
    script = load_script()
    tenses = script.english_tenses([en for en, _, _ in PAIRS])
    assert tenses[:6] == ["past", "past", "present", "past", "present", "future"]
    assert tenses[6] is None and tenses[7] is None
    lost = script.teacher_lost_tense(tenses, [es for _, es, _ in PAIRS])
    assert lost == [want for _, _, want in PAIRS]


def test_cleaned_split_and_stats_are_written(tmp_path):
    (tmp_path / "train.en").write_text("".join(en + "\n" for en, _, _ in PAIRS), encoding="utf-8")
    (tmp_path / "train.es").write_text("".join(es + "\n" for _, es, _ in PAIRS), encoding="utf-8")
    assert load_script().main(["--corpus", str(tmp_path)]) == 0
    kept = [en for en, _, lost in PAIRS if not lost]
    assert (tmp_path / "train.tenseclean.en").read_text(encoding="utf-8").splitlines() == kept
    assert len((tmp_path / "train.tenseclean.es").read_text(encoding="utf-8").splitlines()) == len(kept)
    stats = json.loads((tmp_path / "train.tenseclean.json").read_text())
    assert stats["dropped_pairs"] == 3 and stats["dropped_by_tense"] == {"past": 2, "present": 1}
