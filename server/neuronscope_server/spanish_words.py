"""Per-word features of Spanish text (part of speech, tense, gender, number) from Apertium's analyser
and HMM tagger — the labels of target-side datasets (decoder neurons probed on the Spanish words).

Each sentence becomes the words Apertium reads (punctuation apart; a multiword unit such as *a pesar
de* is split back into its words, each with the unit's features), with ``space_after`` recovered from
the text, so the words rebuild the sentence exactly. Features are ``"_"`` where they do not apply:
tense on finite verbs only (``past``, ``present``, ``future``, …, as ``spanish_tense``), gender and
number on nouns, adjectives and determiners (``m``/``f``, ``sg``/``pl``; invariable ``mf`` is ``_``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .spanish_tense import (
    FINITE_TENSES,
    TAG_TO_TENSE,
    SpanishAnalyser,
    _lexical_units,
    _split_unescaped,
    _unescape,
    analysed_lines,
    find_spanish_analyser,
)

NOMINAL = frozenset({"n", "adj", "det", "np"})
VERBS = frozenset({"vblex", "vbser", "vbhaver", "vbmod", "vaux"})


@dataclass(frozen=True)
class SpanishWord:
    word: str
    space_after: bool
    pos: str  # Apertium's first tag of the chosen reading ("n", "vblex", "det", …; "unk" for unknown words)
    tense: str
    gender: str
    number: str


def _features(reading: str) -> tuple[str, str, str, str]:
    if not reading or reading.startswith("*"):
        return "unk", "_", "_", "_"
    head = _split_unescaped(reading, "+")[0]
    tags = re.findall(r"<([^<>]+)>", head)
    pos = tags[0] if tags else "_"
    tense = "_"
    if pos in VERBS:
        t = next((TAG_TO_TENSE[x] for x in tags[1:] if x in TAG_TO_TENSE), "_")
        tense = t if t in FINITE_TENSES else "_"
    gender = number = "_"
    if pos in NOMINAL:
        gender = next((x for x in tags if x in ("m", "f")), "_")
        number = next((x for x in tags if x in ("sg", "pl")), "_")
    return pos, tense, gender, number


def tag_spanish(sentences: Sequence[str], analyser: SpanishAnalyser | None = None) -> list[list[SpanishWord]]:
    """The words of each sentence with their features (one analyser and one tagger call for all)."""
    analyser = analyser or find_spanish_analyser()
    if analyser is None or analyser.tagger_prob is None:
        raise RuntimeError("Apertium's Spanish analyser and tagger (lt-proc, apertium-tagger, apertium-eng-spa) "
                           "are not installed")
    if not sentences:
        return []
    lines = [re.sub(r"\s+", " ", s).strip() for s in sentences]
    out_lines = analysed_lines(sentences, analyser, tagged=True)
    result = []
    for text, line in zip(lines, out_lines):
        words: list[SpanishWord] = []
        pos_in_text = 0
        for unit in _lexical_units(line):
            parts = _split_unescaped(unit, "/")
            surface = _unescape(parts[0])
            feats = _features(parts[1] if len(parts) > 1 else "")
            for piece in surface.split(" "):
                if not piece:
                    continue
                at = text.find(piece, pos_in_text)
                if at < 0:  # the analyser changed the text (it should not): keep what we have
                    continue
                _blanks(text, pos_in_text, at, words)
                pos_in_text = at + len(piece)
                space = pos_in_text < len(text) and text[pos_in_text] == " "
                words.append(SpanishWord(piece, space, *feats))
        _blanks(text, pos_in_text, len(text), words)
        result.append(words)
    return result


def _blanks(text: str, start: int, end: int, words: list[SpanishWord]) -> None:
    """Characters the analyser passed as blanks (quotes, brackets): words of their own, so nothing is lost."""
    for m in re.finditer(r"\S+", text[start:end]):
        e = start + m.end()
        words.append(SpanishWord(m.group(0), e < len(text) and text[e] == " ", "punct", "_", "_", "_"))
