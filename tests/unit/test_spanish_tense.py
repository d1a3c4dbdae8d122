"""Tense reading of Spanish verbs (Apertium's analyser via lt-proc) and of English finite verbs (PTB tags)."""

from __future__ import annotations

import subprocess

import pytest

from neuronscope_server import spanish_tense as st

needs_analyser = pytest.mark.skipif(
    st.find_spanish_analyser() is None,
    reason="lt-proc or Apertium's Spanish analyser (Debian packages lttoolbox, apertium-eng-spa) is not installed",
)


def finite(sentence: str) -> set[str]:
    return st.spanish_finite_tenses(st.spanish_verb_tenses([sentence])[0])


@needs_analyser
@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Vi tres perros ayer.", "past"),
        ("Veía tres perros.", "past"),
        ("Veo tres perros.", "present"),
        ("Veré tres perros mañana.", "future"),
        ("Vería tres perros.", "conditional"),
        ("Ha comido.", "present"),  # perfect: the tense of the finite auxiliary
        ("Había comido.", "past"),
    ],
)
def test_simple_tenses(sentence: str, tense: str) -> None:
    assert finite(sentence) == {tense}


@needs_analyser
def test_verb_details_and_nonfinite_forms() -> None:
    (verbs,) = st.spanish_verb_tenses(["Vi tres perros y quiero comer."])
    vi, quiero, comer = verbs
    assert (vi.surface, vi.lemma, vi.tag, vi.tense, vi.person, vi.number) == (
        "Vi",
        "ver",
        "ifi",
        "past",
        "1",
        "sg",
    )
    assert vi.finite and not vi.ambiguous
    assert (quiero.tense, comer.tag, comer.tense, comer.finite) == ("present", "inf", "nonfinite", False)
    assert [v.index for v in verbs] == sorted(v.index for v in verbs)


@needs_analyser
def test_tagger_keeps_prepositions_and_nouns_out() -> None:
    # para/parar, como/comer, vino (wine)/venir: the analyser offers verb readings, the tagger rejects them
    (verbs,) = st.spanish_verb_tenses(["El vino es para la mesa, como siempre."])
    assert [v.lemma for v in verbs] == ["ser"]


@needs_analyser
def test_ambiguous_form_lists_every_tense() -> None:
    (verbs,) = st.spanish_verb_tenses(["Cantamos."])
    assert verbs[0].ambiguous and set(verbs[0].alternatives) == {"past", "present"}
    assert st.spanish_finite_tenses(verbs, any_reading=True) == {"past", "present"}


@needs_analyser
def test_subjunctive_and_finite_preferred() -> None:
    assert finite("Si viniera, lo vería.") == {"subjunctive", "conditional"}


@needs_analyser
def test_batch_is_one_lt_proc_call_and_keeps_alignment(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real_run = subprocess.run

    def counting_run(cmd, *args, **kwargs):
        calls.append(list(cmd))
        return real_run(cmd, *args, **kwargs)

    monkeypatch.setattr(st.subprocess, "run", counting_run)
    sentences = [
        "Vi tres perros ayer.",
        "",
        "Un [raro] $signo/ ^x@ <y> {z} # *a* \\ fin",
        "Veo tres perros.",
    ] * 20
    result = st.spanish_verb_tenses(sentences)
    assert len(result) == len(sentences)
    assert sum(c[0] == "lt-proc" for c in calls) == 1
    for i in range(0, len(sentences), 4):
        assert st.spanish_finite_tenses(result[i]) == {"past"}
        assert result[i + 1] == [] and result[i + 2] == []
        assert st.spanish_finite_tenses(result[i + 3]) == {"present"}


@needs_analyser
def test_without_tagger_only_unambiguous_verbs() -> None:
    (verbs,) = st.spanish_verb_tenses(["El vino fue bueno."], use_tagger=False)
    # fue (ser or ir) has only verb readings; vino may be a noun, so without the tagger it is left out
    assert [(v.surface, v.tense) for v in verbs] == [("fue", "past")]


def test_stream_parsing_handles_escapes_and_superblanks() -> None:
    line = r"^a\/b/a\/b<n>$ [\]x] ^Echó de menos/echar<vblex><ifi><p3><sg># de menos$^./.<sent>$"
    units = st._lexical_units(line)
    assert units == [r"a\/b/a\/b<n>", "Echó de menos/echar<vblex><ifi><p3><sg># de menos", "./.<sent>"]
    reading = st._parse_reading(st._split_unescaped(units[1], "/")[1])
    assert reading is not None and reading.lemma == "echar de menos" and reading.tense == "past"


def ann(words: str, tags: str) -> dict:
    return {"words": words.split(), "tag": tags.split()}


@pytest.mark.parametrize(
    ("annotation", "tense"),
    [
        (ann("The dog ran home .", "DT NN VBD RB ."), "past"),
        (ann("The dog runs home", "DT NN VBZ RB"), "present"),
        (ann("Dogs run home", "NNS VBP RB"), "present"),
        (ann("The dog will run home", "DT NN MD VB RB"), "future"),
        (ann("The dog will not run", "DT NN MD RB VB"), "future"),
        (ann("The dog 'll run", "DT NN MD VB"), "future"),
        (ann("The dog would run", "DT NN MD VB"), "conditional"),
        (ann("The dog can run", "DT NN MD VB"), "modal"),
        (ann("The dog that barked ran", "DT NN WDT VBD VBD"), None),  # two finite verbs
        (ann("a dog running home", "DT NN VBG RB"), None),  # none
    ],
)
def test_english_finite_tense(annotation: dict, tense: str | None) -> None:
    assert st.english_finite_tense(annotation) == tense


def test_english_finite_verbs_positions() -> None:
    assert st.english_finite_verbs(ann("He did not go", "PRP VBD RB VB")) == [(1, "past")]
