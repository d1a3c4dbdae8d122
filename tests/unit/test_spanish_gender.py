"""Gender of an occupation noun in Spanish (Apertium's analyser), and the template generator that makes
gendered references by regenerating Apertium's output (scripts/gender_templates.py)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from neuronscope_server import spanish_tense as st
from neuronscope_server.spanish_gender import read_gender

REPO = Path(__file__).resolve().parents[2]
needs_analyser = pytest.mark.skipif(
    st.find_spanish_analyser() is None,
    reason="lt-proc or Apertium's Spanish analyser (Debian packages lttoolbox, apertium-eng-spa) is not installed",
)


@pytest.fixture(scope="module")
def templates():
    spec = importlib.util.spec_from_file_location("gender_templates", REPO / "scripts" / "gender_templates.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gender_templates"] = module
    spec.loader.exec_module(module)
    return module


@needs_analyser
@pytest.mark.parametrize(
    ("sentence", "lemma", "verdict"),
    [
        ("La doctora dijo que estaba cansada.", "doctor", "female"),
        ("El doctor dijo que estaba cansado.", "doctor", "male"),
        ("Una ingeniera olvidó su paraguas.", "ingeniero", "female"),
        ("La periodista creyó que era bien.", "periodista", "female"),  # invariable noun: the determiner
        ("El periodista creyó que era bien.", "periodista", "male"),
        ("La doctor dijo que estaba cansada.", "doctor", "mixed"),  # noun and determiner disagree
        ("Periodista cansado.", "periodista", "unknown"),  # invariable, no determiner
        ("El carpinter dijo que era tired.", "carpintero", "male"),  # a mangled noun: its determiner
        ("Su paraguas está en casa.", "doctor", "unknown"),
        ("La viga dijo que había ganado.", "guardia", "unknown"),  # another (known) noun in its place
    ],
)
def test_read_gender(sentence, lemma, verdict):
    (r,) = read_gender([sentence], [{lemma}])
    assert r.verdict == verdict, r


def test_read_gender_checks_lengths():
    with pytest.raises(ValueError, match="2 sentences but 1"):
        read_gender(["a", "b"], [{"x"}])


@needs_analyser
@pytest.mark.skipif(shutil.which("apertium-transfer") is None, reason="Apertium is not installed")
def test_templates_regender_noun_determiner_and_adjective(templates):
    occ = {o.en: o for o in templates.OCCUPATIONS}
    items = [
        (templates.fill("{A} {o} finished {p} work early.", "doctor", "female", "The"), occ["engineer"], "female"),
        (templates.fill("{A} {o} finished {p} work early.", "doctor", "male", "Our"), occ["engineer"], "male"),
        (templates.fill("{A} {o} finished {p} work early.", "doctor", "female", "Our"), occ["journalist"], "female"),
        (templates.fill("{S} was a famous {o}.", "doctor", "female"), occ["lawyer"], "female"),
    ]
    out = templates.spanish(items)
    assert out[0].startswith("La ingeniera ")
    assert out[1].startswith("Nuestro ingeniero ")
    assert out[2].startswith("Nuestra periodista ")
    assert "una abogada famosa" in out[3].lower()
    # the reader agrees with the generator on every gold gender
    assert [r.verdict for r in read_gender(out, [{"ingeniero"}, {"ingeniero"}, {"periodista"}, {"abogado"}])] == [
        "female", "male", "female", "female"]


def test_evaluation_frames_are_never_training_frames(templates):
    assert not set(templates.EVAL_FRAMES) & set(templates.TRAIN_FRAMES)
    assert not set(templates.DEV_FRAMES) & (set(templates.TRAIN_FRAMES) | set(templates.EVAL_FRAMES))
    names = {o.en for o in templates.OCCUPATIONS}
    assert len(templates.EVAL_OCCUPATIONS) == 40 and set(templates.EVAL_OCCUPATIONS) <= names
