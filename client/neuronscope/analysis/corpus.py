"""Corpus helpers: reading annotation files, and a neuron's top words (NeuroX demo)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

import numpy as np


def read_annotations(path: str | os.PathLike, max_words: int | None = None) -> list[dict]:
    """Sentences of an annotation JSONL file (``data/annotations/*.jsonl``: one sentence per line,
    ``words`` and one list per tag column, aligned), in file order.

    With ``max_words``, stops after the sentence that reaches that many words (so the result holds
    at least ``max_words`` words when the file has them, and never splits a sentence).
    """
    out: list[dict] = []
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            out.append(rec)
            n += len(rec["words"])
            if max_words is not None and n >= max_words:
                break
    return out


def top_words(activations: np.ndarray, words: Sequence[str], k: int = 10, min_count: int = 3,
              smoothing: float = 4.0, descending: bool = True) -> list[tuple[str, float, int]]:
    """The word types that drive one neuron, as in the NeuroX demo.

    ``activations (words,)`` of one neuron over a corpus and the ``words`` they belong to. Each type
    scores ``sum(z) / (count + smoothing)`` with z the neuron's z-scored activation, so frequent
    types need consistent activations to rank high. ``descending=False`` gives the most negative.
    Returns [(word, score, count)] for the top ``k`` types with at least ``min_count`` tokens.
    """
    a = np.asarray(activations, dtype=np.float64)
    if a.ndim != 1 or len(a) != len(words):
        raise ValueError(f"activations must be (words,) with one value per word; got {a.shape} for {len(words)} words")
    std = a.std()
    z = (a - a.mean()) / (std if std > 0 else 1.0)
    types, inverse, counts = np.unique(np.asarray(words, dtype=object).astype(str), return_inverse=True,
                                       return_counts=True)
    sums = np.bincount(inverse, weights=z, minlength=len(types))
    scores = sums / (counts + smoothing)
    ok = counts >= min_count
    order = np.argsort(-scores if descending else scores, kind="stable")
    return [(str(types[i]), float(scores[i]), int(counts[i])) for i in order if ok[i]][:k]
