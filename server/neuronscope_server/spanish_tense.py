"""Read the tense of Spanish verbs with Apertium's analyser, and of English finite verbs from spaCy tags."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "COARSE_TENSES",
    "SpanishAnalyser",
    "VerbTense",
    "english_finite_tense",
    "english_finite_verbs",
    "find_spanish_analyser",
    "spanish_finite_tenses",
    "spanish_verb_tenses",
]

APERTIUM_DIR = Path("/usr/share/apertium")
# Debian's apertium-eng-spa: spa-eng.* analyse Spanish (eng-spa.automorf.bin is the English analyser).
_DEFAULT_PAIR_DIR = APERTIUM_DIR / "apertium-eng-spa"

VERB_POS = frozenset({"vblex", "vbser", "vbhaver", "vbmod", "vaux"})

# Apertium's Spanish verb tags → coarse tense. Subjunctive and imperative are moods, but are kept apart
# from the indicative tenses because English tense does not map onto them one to one.
TAG_TO_TENSE: dict[str, str] = {
    "pri": "present",  # presente de indicativo: veo
    "ifi": "past",  # pretérito indefinido: vi
    "pii": "past",  # pretérito imperfecto: veía
    "fti": "future",  # futuro de indicativo: veré
    "cni": "conditional",  # condicional: vería
    "prs": "subjunctive",  # presente de subjuntivo: vea
    "pis": "subjunctive",  # imperfecto de subjuntivo: viera
    "fts": "subjunctive",  # futuro de subjuntivo: viere
    "imp": "imperative",  # mira
    "inf": "nonfinite",  # ver
    "ger": "nonfinite",  # viendo
    "pp": "nonfinite",  # visto
    "pprs": "nonfinite",  # participio presente (rare)
}
COARSE_TENSES = (
    "past",
    "present",
    "future",
    "conditional",
    "subjunctive",
    "imperative",
    "nonfinite",
    "other",
)
FINITE_TENSES = frozenset({"past", "present", "future", "conditional", "subjunctive", "imperative"})
# Preference among a word's verb readings: finite before non-finite, indicative before the moods
# that English tense does not express; ties keep the tagger's (or the analyser's) order.
_PREFERENCE = {
    "present": 0,
    "past": 0,
    "future": 0,
    "conditional": 1,
    "subjunctive": 2,
    "imperative": 3,
    "nonfinite": 4,
    "other": 5,
}


@dataclass(frozen=True)
class VerbTense:
    """One Spanish verb token and the tense read from its chosen analysis."""

    index: int  # position among the sentence's lexical units (Apertium's tokens)
    surface: str
    lemma: str
    pos: str  # vblex | vbser | vbhaver | vbmod
    tag: str  # Apertium tense/form tag of the chosen reading: ifi, pri, inf, ...
    tense: str  # coarse tense, one of COARSE_TENSES
    person: str | None = None  # "1" | "2" | "3"
    number: str | None = None  # "sg" | "pl"
    alternatives: tuple[str, ...] = field(default=())  # coarse tenses of all its verb readings, sorted

    @property
    def finite(self) -> bool:
        return self.tense in FINITE_TENSES

    @property
    def ambiguous(self) -> bool:
        return len(self.alternatives) > 1


@dataclass(frozen=True)
class SpanishAnalyser:
    """Paths of Apertium's Spanish morphological analyser and (optional) HMM tagger."""

    automorf: Path
    tagger_prob: Path | None


def _mode_paths(mode_file: Path) -> tuple[Path | None, Path | None]:
    """First ``lt-proc`` transducer and the ``apertium-tagger`` model named in an Apertium mode file."""
    text = mode_file.read_text(encoding="utf-8", errors="replace")
    automorf = re.search(r"lt-proc\s+(?:-\w+\s+)*'?([^'\s|]+\.automorf\.bin)", text)
    prob = re.search(r"apertium-tagger\s+[^|]*?'?([^'\s|]+\.prob)", text)
    return (Path(automorf.group(1)) if automorf else None, Path(prob.group(1)) if prob else None)


@lru_cache(maxsize=1)
def find_spanish_analyser() -> SpanishAnalyser | None:
    """Locate the Spanish analyser from the installed eng-spa pair, or None when it (or lt-proc) is missing."""
    if shutil.which("lt-proc") is None:
        return None
    automorf: Path | None = None
    prob: Path | None = None
    mode = APERTIUM_DIR / "modes" / "spa-eng.mode"
    if mode.is_file():
        automorf, prob = _mode_paths(mode)
    if automorf is None or not automorf.is_file():
        candidates = sorted(APERTIUM_DIR.glob("*/spa-*.automorf.bin")) + [
            _DEFAULT_PAIR_DIR / "spa-eng.automorf.bin"
        ]
        automorf = next((c for c in candidates if c.is_file()), None)
    if automorf is None:
        return None
    if prob is None or not prob.is_file():
        guess = automorf.with_name(automorf.name.replace(".automorf.bin", ".prob"))
        prob = guess if guess.is_file() else None
    if prob is not None and shutil.which("apertium-tagger") is None:
        prob = None
    return SpanishAnalyser(automorf=automorf, tagger_prob=prob)


# Characters with a meaning in Apertium's stream format; in plain text they must be escaped.
_RESERVED = set("\\^$/<>@*[]{}#")


def _escape(text: str) -> str:
    return "".join("\\" + ch if ch in _RESERVED else ch for ch in text)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _split_unescaped(text: str, sep: str) -> list[str]:
    parts, cur, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def _lexical_units(line: str) -> list[str]:
    """Bodies of the ``^...$`` units of one line of lt-proc output (blanks and superblanks skipped)."""
    units: list[str] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch == "\\":
            i += 2
        elif ch == "[":  # superblank: skip to its unescaped ']'
            i += 1
            while i < n and line[i] != "]":
                i += 2 if line[i] == "\\" else 1
            i += 1
        elif ch == "^":
            j = i + 1
            while j < n and line[j] != "$":
                j += 2 if line[j] == "\\" else 1
            units.append(line[i + 1 : j])
            i = j + 1
        else:
            i += 1
    return units


@dataclass(frozen=True)
class _Reading:
    lemma: str
    tags: tuple[str, ...]

    @property
    def pos(self) -> str:
        return self.tags[0] if self.tags else ""

    @property
    def is_verb(self) -> bool:
        return self.pos in VERB_POS

    @property
    def form_tag(self) -> str:
        return next((t for t in self.tags[1:] if t in TAG_TO_TENSE), "")

    @property
    def tense(self) -> str:
        return TAG_TO_TENSE.get(self.form_tag, "other")


def _parse_reading(text: str) -> _Reading | None:
    if text.startswith("*"):  # unknown word
        return None
    head = _split_unescaped(text, "+")[0]  # enclitics (comerlo = comer<vblex><inf>+lo<prn>) follow '+'
    tags = tuple(re.findall(r"<([^<>]+)>", head))
    lemma = head.split("<", 1)[0]
    if "#" in head:  # multiword with an invariable part: echar<vblex><ifi># de menos
        lemma += head.rsplit(">", 1)[-1].replace("#", "")
    return _Reading(lemma=_unescape(lemma).lower(), tags=tags)


def _choose(surface: str, readings: list[_Reading], tagged: bool, index: int) -> VerbTense | None:
    verbs = [r for r in readings if r.is_verb]
    if not verbs:
        return None
    if tagged:
        # The tagger put its choice first: its part of speech decides whether this is a verb at all
        # (para = preposition, not parar; vino = wine or came), because the analyser alone cannot.
        if not readings[0].is_verb:
            return None
    elif len(verbs) != len(readings):
        return None  # no tagger: a word that may also be a non-verb is left out rather than guessed
    # Prefer finite readings (stable sort keeps the tagger's order among equals).
    best = min(verbs, key=lambda r: _PREFERENCE[r.tense])
    person = next((t[1:] for t in best.tags if re.fullmatch(r"p[123]", t)), None)
    number = next((t for t in best.tags if t in ("sg", "pl")), None)
    return VerbTense(
        index=index,
        surface=surface,
        lemma=best.lemma,
        pos=best.pos,
        tag=best.form_tag,
        tense=best.tense,
        person=person,
        number=number,
        alternatives=tuple(sorted({r.tense for r in verbs})),
    )


def _run(cmd: list[str], text: str) -> str:
    return subprocess.run(
        cmd, input=text, capture_output=True, text=True, check=True, encoding="utf-8"
    ).stdout


def analysed_lines(sentences: Sequence[str], analyser: SpanishAnalyser, tagged: bool) -> list[str]:
    """One line of lt-proc output per sentence (``tagged``: after the HMM tagger with ``-f``, which keeps
    every reading and moves its choice first), all sentences in one call; the line count is checked."""
    # One sentence per line: a newline is a hard boundary for lt-proc, so units never span sentences
    # (null-flush mode -z was measured to drop a pending multiword prefix such as 'al').
    lines = [re.sub(r"\s+", " ", s).strip() for s in sentences]
    stream = _run(["lt-proc", str(analyser.automorf)], "".join(_escape(s) + "\n" for s in lines))
    if tagged:
        stream = _run(["apertium-tagger", "-g", "-f", str(analyser.tagger_prob)], stream)
    out_lines = stream.split("\n")
    if out_lines and out_lines[-1] == "":
        out_lines.pop()
    if len(out_lines) != len(lines):
        raise RuntimeError(f"Apertium returned {len(out_lines)} lines for {len(lines)} sentences")
    return out_lines


def spanish_verb_tenses(
    sentences: Sequence[str], analyser: SpanishAnalyser | None = None, use_tagger: bool = True
) -> list[list[VerbTense]]:
    """The verbs of each Spanish sentence with their tense, all sentences in one lt-proc call.

    Ambiguity: Apertium's HMM tagger (the one the translator itself uses) orders each word's readings;
    its first reading decides whether the word is a verb. Among a verb's readings the finite ones are
    preferred over non-finite ones, indicative over subjunctive over imperative, and the tagger's order
    breaks the remaining ties (cantamos: present or past); ``alternatives`` lists every coarse tense the
    form can have. Without the tagger, only words whose every reading is a verb are kept.
    Raises RuntimeError when no analyser is installed.
    """
    analyser = analyser or find_spanish_analyser()
    if analyser is None:
        raise RuntimeError("Apertium's Spanish analyser (lt-proc + apertium-eng-spa) is not installed")
    if not sentences:
        return []
    tagged = use_tagger and analyser.tagger_prob is not None
    out_lines = analysed_lines(sentences, analyser, tagged)
    result: list[list[VerbTense]] = []
    for line in out_lines:
        verbs: list[VerbTense] = []
        for idx, unit in enumerate(_lexical_units(line)):
            parts = _split_unescaped(unit, "/")
            surface = _unescape(parts[0])
            readings = [r for r in (_parse_reading(p) for p in parts[1:]) if r is not None]
            vt = _choose(surface, readings, tagged, idx) if readings else None
            if vt is not None:
                verbs.append(vt)
        result.append(verbs)
    return result


def spanish_finite_tenses(verbs: Sequence[VerbTense], any_reading: bool = False) -> set[str]:
    """Coarse tenses of a sentence's finite verbs (with ``any_reading``, every tense each form can have)."""
    tenses: set[str] = set()
    for v in verbs:
        if not v.finite:
            continue
        if any_reading:
            tenses.update(t for t in v.alternatives if t in FINITE_TENSES)
        else:
            tenses.add(v.tense)
    return tenses


# --- English -----------------------------------------------------------------------------------------

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo", "’ll"})  # wo: spaCy's split of "won't"
_CONDITIONAL_MODALS = frozenset({"would", "'d", "’d"})


def english_finite_verbs(annotation: Mapping[str, Sequence[str]]) -> list[tuple[int, str]]:
    """(word index, coarse tense) of each finite verb in one annotated sentence (annotation JSONL record).

    PTB tags: VBD → past; VBZ/VBP → present; MD will/shall/'ll followed by a VB (adverbs and 'not' may
    intervene) → future, would/'d → conditional, any other modal → 'modal'.
    """
    words, tags = list(annotation["words"]), list(annotation["tag"])
    found: list[tuple[int, str]] = []
    for i, tag in enumerate(tags):
        if tag not in _FINITE_TAGS:
            continue
        if tag == "VBD":
            found.append((i, "past"))
        elif tag in ("VBZ", "VBP"):
            found.append((i, "present"))
        else:
            word = words[i].lower()
            following = next((t for t in tags[i + 1 : i + 4] if t not in ("RB", "RBR", "RBS")), None)
            if word in _FUTURE_MODALS and following == "VB":
                found.append((i, "future"))
            elif word in _CONDITIONAL_MODALS:
                found.append((i, "conditional"))
            else:
                found.append((i, "modal"))
    return found


def english_finite_tense(annotation: Mapping[str, Sequence[str]]) -> str | None:
    """The tense of a sentence with exactly one finite verb (past, present, future, ...), else None."""
    verbs = english_finite_verbs(annotation)
    return verbs[0][1] if len(verbs) == 1 else None
