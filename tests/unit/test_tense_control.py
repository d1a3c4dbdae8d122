"""Judging tense control: success, clean (rest intact) and lemma kept, read by Apertium's analyser."""

from __future__ import annotations

import pytest

from neuronscope_server import spanish_tense as st
from neuronscope_server.tense_control import VerbSite, judge, locate_verb

pytestmark = pytest.mark.skipif(st.find_spanish_analyser() is None,
                                reason="Apertium's Spanish analyser (lttoolbox, apertium-eng-spa) is not installed")


def _judge(baseline: str, output: str, to: str):
    src = "past" if to == "present" else "present"
    words = baseline.replace(".", " .").split()
    verb = locate_verb(words, list(range(len(words))), baseline, src)
    assert verb is not None
    return verb, judge(baseline, verb, output, to, st.spanish_verb_tenses([output])[0])


def test_same_verb_retensed_is_lemma_kept():
    verb, j = _judge("Ella pintó la valla.", "Ella pinta la valla.", "present")
    assert (verb.lemma, verb.tense, verb.steps) == ("pintar", "past", (1,))
    assert (j.success, j.clean, j.lemma_kept) == (True, True, True)


def test_replaced_verb_is_clean_but_not_lemma_kept():
    _, j = _judge("Ella pintó la valla.", "Ella es la valla.", "present")
    assert (j.success, j.clean, j.lemma_kept) == (True, True, False)


def test_other_words_changed_is_not_clean():
    _, j = _judge("Ella pintó la valla.", "Ella pinta el coche.", "present")
    assert (j.success, j.clean, j.lemma_kept) == (True, False, False)


def test_unchanged_tense_is_no_success():
    _, j = _judge("Ella vende pan.", "Ella vende pan.", "past")
    assert not j.success and not j.lemma_kept
    _, j = _judge("Ella vende pan.", "Ella vendió pan.", "past")
    assert j.lemma_kept


def test_no_verb_in_the_source_tense():
    assert locate_verb(["Ella", "pinta", "."], [0, 1, 2], "Ella pinta.", "past") is None


def test_verb_site_steps_cover_every_piece():
    v = locate_verb(["Ella", "pintó", "la", "valla"], [-1, 0, 1, 1, 2, 3, 3], "Ella pintó la valla", "past")
    assert v == VerbSite(word=1, steps=(2, 3), lemma="pintar", surface="pintó", tense="past")


def test_control_refuses_an_unknown_target_tense_before_any_work():
    from neuronscope_server.tense_control import TenseControl

    class NoCalls:
        def __getattr__(self, name):
            raise AssertionError(f"client.{name} called")

    with pytest.raises(ValueError, match="to='future'; allowed: past, present"):
        TenseControl(NoCalls()).control(["She painted the fence."], to="future")
