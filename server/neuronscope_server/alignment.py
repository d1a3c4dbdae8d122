"""Map subword pieces to words by character offsets, and aggregate piece rows into word rows.

Pre-split words are joined into the sentence text they came from (using ``space_after``) and the
whole text is tokenized once, so the model sees what it was trained on; feeding words one by one
(``is_split_into_words``) makes SentencePiece insert "▁" pieces the model never saw.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from neuronscope_server.errors import InvalidArgument

_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
# word-start markers of the common subword schemes: SentencePiece/Metaspace, byte-level BPE
_START_MARKERS = ("▁", "Ġ")


@dataclass(frozen=True)
class Words:
    """A sentence's text and the character span ``[start, end)`` of each word in it."""

    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def words_from_text(text: str) -> Words:
    """Whitespace-delimited words of raw text."""
    matches = list(_WORD.finditer(text))
    return Words(text, tuple(m.group() for m in matches), tuple(m.span() for m in matches))


def words_from_list(words: list[str], space_after: list[bool] | None, field: str = "words") -> Words:
    """Rebuild the text of pre-split words; ``space_after`` defaults to a space after every word."""
    if space_after and len(space_after) != len(words):
        raise InvalidArgument(
            f"{field}: space_after has {len(space_after)} entries; it must be empty or one per word ({len(words)})"
        )
    parts, spans, pos = [], [], 0
    for i, word in enumerate(words):
        if not word or _SPACE.search(word):
            raise InvalidArgument(f"{field}[{i}] {word!r} must be non-empty and contain no whitespace")
        spans.append((pos, pos + len(word)))
        parts.append(word)
        pos += len(word)
        space = space_after[i] if space_after else i < len(words) - 1
        if space and i < len(words) - 1:
            parts.append(" ")
            pos += 1
    return Words("".join(parts), tuple(words), tuple(spans))


def piece_words_from_offsets(offsets: list[tuple[int, int]], special: list[bool], spans: tuple[tuple[int, int], ...]) -> np.ndarray:
    """Word index of each piece (-1 for special tokens), from character offsets.

    A piece belongs to the first word its span overlaps. A piece that overlaps no word (a bare "▁"
    or space piece) belongs to the next word, since those markers open the word that follows.
    Word spans are in order and disjoint, so the first word ending after a piece's start is the only
    candidate (a bisection, not a scan per piece). Returns shape (pieces,) int32.
    """
    out = [-1] * len(offsets)
    ends = [e for _, e in spans]
    pending: list[int] = []
    for k, ((a, b), is_special) in enumerate(zip(offsets, special)):
        if is_special:
            continue
        w = bisect_right(ends, a) if b > a else len(spans)
        if w < len(spans) and spans[w][0] < b:
            out[k] = w
            for p in pending:
                out[p] = w
            pending = []
        else:
            pending.append(k)
    return np.array(out, dtype=np.int32)


def piece_words_from_markers(pieces: list[str], special: list[bool]) -> np.ndarray | None:
    """Word index of each piece from word-start markers ("▁", "Ġ", or WordPiece "##"), or None.

    Used for generated output, whose pieces have no source text. Returns None when the pieces
    carry no recognisable scheme (the caller then falls back to incremental decoding).
    Returns shape (pieces,) int32.
    """
    real = [p for p, s in zip(pieces, special) if not s]
    if not real:
        return np.full(len(pieces), -1, dtype=np.int32)
    sp = any(p.startswith(_START_MARKERS) for p in real)
    wp = any(p.startswith("##") for p in real)
    if not sp and not wp:
        return None
    out = np.full(len(pieces), -1, dtype=np.int32)
    w = -1
    for k, (p, s) in enumerate(zip(pieces, special)):
        if s:
            continue
        starts_word = p.startswith(_START_MARKERS) if sp else not p.startswith("##")
        if starts_word or w < 0:
            w += 1
        out[k] = w
    return out


def word_means(h, piece_words: Sequence[np.ndarray], n_words: Sequence[int]) -> list[np.ndarray]:
    """Each sentence's word rows, the mean of its pieces' rows, for a whole batch in one reduction.

    ``h``: ``(batch, pieces, neurons)``, numpy or a CPU torch tensor of any float dtype; sentence ``b``'s
    piece ``k`` belongs to word ``piece_words[b][k]`` (-1: to none; pieces past ``len(piece_words[b])`` are
    padding) -> ``[(n_words[b], neurons)]`` float32. A word with no piece gets a row of zeros.

    Summed by torch's ``index_add_`` into one row per word, piece after piece in order (the same float32
    sum as a Python loop, on any number of threads; property test), then one float32 division by the
    piece count. Pieces need not be in word order. Few, batch-wide operations on purpose: a server runs
    this on a core whose caches the forward pass has just flushed, where each numpy or torch call costs
    several microseconds (``bench/aggregation.py`` compares it with ``np.add.reduceat``).
    """
    import torch  # the server's own dependency; imported here so that word alignment alone needs no torch

    t = torch.from_numpy(np.ascontiguousarray(h)) if isinstance(h, np.ndarray) else h
    batch, length, width = t.shape
    if batch == 1:  # the interactive case: no concatenation
        pw = np.asarray(piece_words[0])
        rows = np.flatnonzero(pw >= 0)
        words = pw[rows].astype(np.int64)
    else:
        offsets = np.cumsum([0, *n_words[:-1]])
        rows_l, words_l = [], []
        for b, pw in enumerate(piece_words):
            pw = np.asarray(pw)
            valid = np.flatnonzero(pw >= 0)
            rows_l.append(valid + b * length)
            words_l.append(pw[valid].astype(np.int64) + offsets[b])
        rows, words = np.concatenate(rows_l), np.concatenate(words_l)
    total = int(sum(n_words))
    index = torch.from_numpy(words)
    vals = t.reshape(batch * length, width).index_select(0, torch.from_numpy(rows))
    sums = torch.zeros((total, width), dtype=torch.float32).index_add_(0, index, vals.float())
    counts = torch.bincount(index, minlength=total).clamp_(min=1).to(torch.float32)
    means = sums.div_(counts.unsqueeze(1)).numpy()
    return [means] if batch == 1 else np.split(means, np.cumsum(n_words)[:-1])


def aggregate(rows: np.ndarray, piece_words: np.ndarray, n_words: int, how: str) -> np.ndarray:
    """Aggregate piece rows (pieces, neurons) into word rows (words, neurons).

    ``how``: "first" | "last" | "mean". Pieces with word index -1 are ignored; a word with no piece
    (possible only with an unusual tokenizer) gets a row of zeros.
    """
    if how not in ("first", "last", "mean"):
        raise InvalidArgument(f"aggregation {how!r} not allowed; allowed: first, last, mean, none")
    if how == "mean":
        return word_means(rows[None], [piece_words], [n_words])[0]
    out = np.zeros((n_words, rows.shape[1]), dtype=np.float32)
    valid = piece_words >= 0
    idx = piece_words[valid]
    vals = rows[valid]
    if idx.size == 0:
        return out
    if np.all(idx[1:] >= idx[:-1]):
        # the usual case: a word's pieces are contiguous and in order
        starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
        ends = np.r_[starts[1:], idx.size]
        out[idx[starts]] = vals[starts] if how == "first" else vals[ends - 1]
        return out
    if how == "first":
        # reversed so the first piece of each word is written last
        out[idx[::-1]] = vals[::-1]
    else:
        out[idx] = vals
    return out


def aggregate_batch(h: np.ndarray, piece_words: list[np.ndarray], n_words: list[int], lengths: list[int],
                    how: str) -> list[np.ndarray]:
    """``aggregate`` for a whole batch at once: ``h (batch, pieces, neurons)``; sentence b uses its first
    ``lengths[b]`` rows, mapped to ``n_words[b]`` words by ``piece_words[b]``."""
    if how == "mean":
        return word_means(h, [np.asarray(pw)[:n] for pw, n in zip(piece_words, lengths)], n_words)
    plan = batch_plan(piece_words, n_words, lengths, h.shape[1])
    if plan is None:  # pieces out of word order somewhere: sentence by sentence
        return [aggregate(h[i, :lengths[i]], np.asarray(piece_words[i][:lengths[i]]), n_words[i], how)
                for i in range(len(lengths))]
    return apply_plan(h, plan, how)


@dataclass(frozen=True)
class BatchPlan:
    """Where each word's pieces are in a padded batch, computed once and used for every site."""

    rows: np.ndarray  # (valid pieces,) flat indices into (batch * pieces)
    starts: np.ndarray  # (words with pieces,) first of each word's run in ``rows``
    ends: np.ndarray
    words: np.ndarray  # (words with pieces,) global word index
    n_words: tuple[int, ...]


def batch_plan(piece_words: list[np.ndarray], n_words: list[int], lengths: list[int],
               width: int) -> BatchPlan | None:
    """The gather plan for a batch, or None when some sentence's pieces are not in word order."""
    rows, ids, offset = [], [], 0
    for b, (pw, n) in enumerate(zip(piece_words, lengths)):
        pw = np.asarray(pw[:n])
        valid = np.flatnonzero(pw >= 0)
        idx = pw[valid]
        if idx.size and np.any(idx[1:] < idx[:-1]):
            return None
        rows.append(valid + b * width)
        ids.append(idx + offset)
        offset += n_words[b]
    flat = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    idx = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]]) if idx.size else np.zeros(0, dtype=np.int64)
    ends = np.r_[starts[1:], idx.size] if idx.size else np.zeros(0, dtype=np.int64)
    return BatchPlan(flat, starts, ends, idx[starts] if idx.size else idx, tuple(n_words))


def apply_plan(h: np.ndarray, plan: BatchPlan, how: str) -> list[np.ndarray]:
    """One site's word rows for every sentence of the batch, "first" or "last" piece (means: ``word_means``)."""
    if how not in ("first", "last"):
        raise InvalidArgument(f"aggregation {how!r} not allowed here; allowed: first, last (mean: word_means)")
    out = np.zeros((sum(plan.n_words), h.shape[2]), dtype=np.float32)
    if plan.rows.size:
        vals = h.reshape(-1, h.shape[2])[plan.rows]
        if how == "first":
            out[plan.words] = vals[plan.starts]
        else:
            out[plan.words] = vals[plan.ends - 1]
    return np.split(out, np.cumsum(plan.n_words)[:-1]) if len(plan.n_words) > 1 else [out]
