"""Read the grammatical gender a Spanish sentence gives a person noun, with Apertium's analyser.

Used by the bias evaluation (``scripts/bias_eval.py``): in "La doctora dijo que estaba cansada" the
occupation noun *doctora* and its determiner *la* are feminine. The noun is found by its lemma (the
analyser maps *doctora* to ``doctor<n><f><sg>``); its gender comes from the noun when Spanish marks it
(doctor/doctora) and from the determiner when the noun is invariable (``<mf>``: el/la periodista).
A noun and a determiner that disagree ("la doctor", a form the shipped model writes when pushed) is
``mixed``: neither gender is counted as right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .spanish_tense import (
    SpanishAnalyser,
    _lexical_units,
    _split_unescaped,
    _unescape,
    analysed_lines,
    find_spanish_analyser,
)

GENDERS = ("male", "female")
_TAG_TO_GENDER = {"m": "male", "f": "female"}


@dataclass(frozen=True)
class GenderReading:
    """What one sentence says about the gender of one occupation noun.

    ``verdict`` is ``male``, ``female``, ``mixed`` (noun and determiner disagree) or ``unknown`` (noun not
    found, or invariable without a determiner).
    """

    verdict: str
    noun: str | None = None
    noun_gender: str | None = None  # male / female / common (invariable noun) / None
    determiner: str | None = None
    determiner_gender: str | None = None


def _readings(unit: str) -> tuple[str, list[tuple[str, tuple[str, ...]]]]:
    """Surface form and (lemma, tags) of every reading of one analysed unit, enclitic parts included."""
    parts = _split_unescaped(unit, "/")
    surface = _unescape(parts[0])
    out: list[tuple[str, tuple[str, ...]]] = []
    for p in parts[1:]:
        if p.startswith("*"):
            continue
        for piece in _split_unescaped(p, "+"):  # del = de<pr>+el<det>…
            tags = tuple(re.findall(r"<([^<>]+)>", piece))
            out.append((_unescape(piece.split("<", 1)[0]).lower(), tags))
    return surface, out


def _gender_of(tag_sets: Iterable[tuple[str, ...]]) -> str | None:
    found = set()
    for tags in tag_sets:
        for t in tags:
            if t in ("m", "f"):
                found.add(_TAG_TO_GENDER[t])
            elif t == "mf":
                found.add("common")
    if {"male", "female"} <= found or not found:
        return None  # ambiguous or ungendered
    if len(found) == 1:
        return found.pop()
    return next(g for g in GENDERS if g in found)  # one gender and an invariable reading: the gender


def read_gender(
    sentences: Sequence[str], lemmas: Sequence[Iterable[str]], analyser: SpanishAnalyser | None = None
) -> list[GenderReading]:
    """The gender each sentence gives its occupation noun (``lemmas[i]``: accepted lemmas, lower case).

    All sentences go through one ``lt-proc`` call. Raises RuntimeError without Apertium's analyser.
    """
    if len(sentences) != len(lemmas):
        raise ValueError(f"{len(sentences)} sentences but {len(lemmas)} lemma sets")
    analyser = analyser or find_spanish_analyser()
    if analyser is None:
        raise RuntimeError("Apertium's Spanish analyser (lt-proc + apertium-eng-spa) is not installed")
    if not sentences:
        return []
    out_lines = analysed_lines(sentences, analyser, tagged=False)
    result = []
    for line, wanted in zip(out_lines, lemmas):
        result.append(_read_line(line, {w.lower() for w in wanted}))
    return result


def _read_line(line: str, wanted: set[str]) -> GenderReading:
    units = [_readings(u) for u in _lexical_units(line)]
    for i, (surface, readings) in enumerate(units):
        nouns = [tags for lemma, tags in readings if lemma in wanted and tags[:1] == ("n",)]
        if not nouns:
            continue
        noun_gender = _gender_of(nouns)
        det, det_gender = None, None
        # the determiner: up to two units back, skipping adjectives (la nueva doctora)
        for j in range(i - 1, max(i - 3, -1), -1):
            s, rs = units[j]
            dets = [tags for _, tags in rs if tags[:1] == ("det",)]
            if dets:
                det, det_gender = s, _gender_of(dets)
                break
            if not any(tags[:1] == ("adj",) for _, tags in rs):
                break
        if det_gender == "common":
            det_gender = None  # su, mi: no gender
        if noun_gender in GENDERS:
            if det_gender is not None and det_gender != noun_gender:
                verdict = "mixed"
            else:
                verdict = noun_gender
        else:
            verdict = det_gender if det_gender in GENDERS else "unknown"
        return GenderReading(verdict, surface, noun_gender, det, det_gender)
    # The expected noun is missing. When the model copied or mangled it (a word the analyser does not know:
    # "el carpinter"), the determiner in front of that word says which gender it gave the person; a known
    # noun in its place ("la viga") is another word, and nothing is read.
    for i, (surface, readings) in enumerate(units[:-1]):
        dets = [tags for _, tags in readings if tags[:1] == ("det",)]
        g = _gender_of(dets) if dets else None
        if g in GENDERS:
            nxt_surface, nxt = units[i + 1]
            if not nxt:
                return GenderReading(g, nxt_surface, None, surface, g)
    return GenderReading("unknown")
