"""Per-word features of Spanish text (Apertium analyser + tagger): the labels of target-side datasets."""

from __future__ import annotations

import pytest

from neuronscope_server import spanish_tense as st
from neuronscope_server.spanish_words import tag_spanish

pytestmark = pytest.mark.skipif(
    st.find_spanish_analyser() is None or st.find_spanish_analyser().tagger_prob is None,
    reason="Apertium's Spanish analyser and tagger (Debian lttoolbox, apertium, apertium-eng-spa) are not installed",
)


def test_features_of_nouns_determiners_and_verbs():
    (words,) = tag_spanish(["Las niñas jugaban en el jardín del vecino a pesar de la lluvia."])
    by = {w.word: w for w in words}
    assert (by["Las"].gender, by["Las"].number) == ("f", "pl")
    assert (by["niñas"].pos, by["niñas"].gender, by["niñas"].number) == ("n", "f", "pl")
    assert (by["jugaban"].tense, by["jugaban"].gender) == ("past", "_")
    assert (by["jardín"].gender, by["jardín"].number) == ("m", "sg")
    assert [w.word for w in words if w.pos == "pr"][-3:] == ["a", "pesar", "de"]  # a multiword unit, split


def test_words_rebuild_the_text_exactly():
    texts = ['Ella dijo: "no" (ayer).', "Veré  tres perros mañana.", "¿Dónde está?"]
    for text, words in zip(texts, tag_spanish(texts)):
        rebuilt = "".join(w.word + (" " if w.space_after else "") for w in words)
        assert rebuilt == " ".join(text.split())
