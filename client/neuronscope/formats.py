"""Labelled corpora from the files analysts already have: the project's annotation JSONL, CoNLL-U,
and NeuroX's plain-text pairs (one sentence per line, one label per word in a parallel file).

Each reader returns a ``LabeledCorpus``: pre-split words, ``space_after`` per word, and label columns
(one label per word), ready for ``Client.create_dataset``. Malformed input raises ValueError naming
the file, line and what is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("jsonl", "conllu", "neurox")


@dataclass
class LabeledCorpus:
    sentences: list[list[str]] = field(default_factory=list)
    space_after: list[list[bool]] = field(default_factory=list)
    labels: dict[str, list[list[str]]] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return sum(len(s) for s in self.sentences)

    def select(self, columns: list[str]) -> LabeledCorpus:
        """Only ``columns`` (ValueError naming the columns present when one is missing)."""
        missing = [c for c in columns if c not in self.labels]
        if missing:
            raise ValueError(f"label column {missing[0]!r} not in the file; it has: {', '.join(sorted(self.labels))}")
        return LabeledCorpus(self.sentences, self.space_after, {c: self.labels[c] for c in columns})

    def head(self, max_sentences: int) -> LabeledCorpus:
        if max_sentences <= 0:
            return self
        return LabeledCorpus(self.sentences[:max_sentences], self.space_after[:max_sentences],
                             {c: v[:max_sentences] for c, v in self.labels.items()})


def read_jsonl(path: str | Path) -> LabeledCorpus:
    """The project's annotation JSONL (``data/annotations/*.jsonl``): ``words``, optional
    ``space_after``, and every other key whose value is a list of strings as long as ``words``."""
    out = LabeledCorpus()
    columns: list[str] | None = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            words = rec.get("words")
            if not isinstance(words, list) or not words:
                raise ValueError(f"{path}:{n}: no \"words\" list")
            cols = sorted(k for k, v in rec.items() if k not in ("words", "space_after") and isinstance(v, list)
                          and len(v) == len(words) and all(isinstance(x, str) for x in v))
            columns = cols if columns is None else [c for c in columns if c in cols]
            out.sentences.append([str(w) for w in words])
            out.space_after.append([bool(x) for x in rec.get("space_after", [True] * len(words))])
            for c in cols:
                out.labels.setdefault(c, []).append(list(rec[c]))
    out.labels = {c: out.labels[c] for c in (columns or [])}  # only columns every sentence has
    return out


def read_conllu(path: str | Path) -> LabeledCorpus:
    """CoNLL-U: columns ``upos``, ``xpos``, ``deprel``, ``lemma`` and one per morphological feature
    (``Tense``, ``Number``, …; "_" where a word lacks it). Multiword-token and empty-node lines are
    skipped; ``SpaceAfter=No`` in MISC sets ``space_after``."""
    out = LabeledCorpus()
    rows: list[list[str]] = []

    def flush(n: int) -> None:
        if not rows:
            return
        feats = [dict(kv.split("=", 1) for kv in r[5].split("|") if "=" in kv) if r[5] != "_" else {} for r in rows]
        out.sentences.append([r[1] for r in rows])
        out.space_after.append(["SpaceAfter=No" not in r[9].split("|") for r in rows])
        cols = {"lemma": [r[2] for r in rows], "upos": [r[3] for r in rows], "xpos": [r[4] for r in rows],
                "deprel": [r[7] for r in rows]}
        for name in sorted({k for f in feats for k in f}):
            cols[name] = [f.get(name, "_") for f in feats]
        known = set(out.labels) | set(cols)
        for name in known:  # a feature first seen late: "_" for the sentences before
            out.labels.setdefault(name, [["_"] * len(s) for s in out.sentences[:-1]])
            out.labels[name].append(cols.get(name, ["_"] * len(rows)))
        rows.clear()

    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush(n)
                continue
            if line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 10:
                raise ValueError(f"{path}:{n}: a CoNLL-U word line has 10 tab-separated columns; this one has {len(parts)}")
            if "-" in parts[0] or "." in parts[0]:
                continue
            rows.append(parts)
        flush(-1)
    return out


def read_neurox(text_path: str | Path, label_path: str | Path, column: str = "label") -> LabeledCorpus:
    """NeuroX's pair of files: sentences (space-separated words, one per line) and labels (one per
    word, same layout) into one label column named ``column``."""
    texts = Path(text_path).read_text(encoding="utf-8").splitlines()
    labels = Path(label_path).read_text(encoding="utf-8").splitlines()
    if len(texts) != len(labels):
        raise ValueError(f"{text_path} has {len(texts)} lines but {label_path} has {len(labels)}")
    out = LabeledCorpus(labels={column: []})
    for n, (t, lab) in enumerate(zip(texts, labels), 1):
        words, tags = t.split(), lab.split()
        if not words:
            continue
        if len(words) != len(tags):
            raise ValueError(f"{label_path}:{n}: {len(tags)} labels for {len(words)} words")
        out.sentences.append(words)
        out.space_after.append([True] * (len(words) - 1) + [False])
        out.labels[column].append(tags)
    return out


def read_corpus(path: str | Path, fmt: str = "", labels_path: str | Path | None = None) -> LabeledCorpus:
    """Read ``path`` as ``fmt`` (jsonl | conllu | neurox; empty: guessed from the suffix)."""
    fmt = fmt or {".jsonl": "jsonl", ".conllu": "conllu"}.get(Path(path).suffix, "neurox" if labels_path else "")
    if fmt == "jsonl":
        return read_jsonl(path)
    if fmt == "conllu":
        return read_conllu(path)
    if fmt == "neurox":
        if labels_path is None:
            raise ValueError("format neurox needs a labels file (--labels-file)")
        return read_neurox(path, labels_path)
    raise ValueError(f"cannot tell the format of {path}; give one of: {', '.join(FORMATS)}")
