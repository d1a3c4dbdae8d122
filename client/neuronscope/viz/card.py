"""A neuron card: one neuron's top words, top sentences, per-label means, rank and causal effects, as HTML."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .colors import hex_colors, normalise, scale_of, text_colors
from .heatmap import esc, fmt, heatmap_html

if TYPE_CHECKING:
    from neuronscope.types import Ranking


@dataclass(frozen=True)
class WordStat:
    """One word type: how often it occurs and the neuron's mean activation on it."""

    word: str
    count: int
    mean: float


@dataclass(frozen=True)
class SentenceStat:
    """One sentence of the dataset: its index, words and the neuron's value on each word ``values (words,)``."""

    index: int
    words: tuple[str, ...]
    values: np.ndarray
    peak: float  # max value over the sentence


@dataclass(frozen=True)
class CausalEffect:
    """What changing the neuron did to one probe sentence's translation.

    ``rows``: (setting label, translation) pairs, e.g. ("zero", ...), ("α=+4", ...); each is compared
    word by word with ``baseline`` (the unchanged translation).
    """

    probe: str
    baseline: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class NeuronCard:
    """Everything known about one neuron, rendered by ``to_html`` (and in notebooks by ``_repr_html_``).

    ``label_means[column][label]``: the neuron's mean activation over the words with that label.
    ``rank`` (1-based) and ``score`` come from a ranking when one was given.
    """

    site: str
    neuron: int
    top_words: tuple[WordStat, ...] = ()
    top_sentences: tuple[SentenceStat, ...] = ()
    label_means: dict[str, dict[str, float]] = field(default_factory=dict)
    rank: int | None = None
    score: float | None = None
    ranking_method: str = ""
    ranked_neurons: int = 0
    effects: tuple[CausalEffect, ...] = ()

    def to_html(self) -> str:
        """A self-contained HTML fragment (inline CSS, every text escaped)."""
        parts = [f'<div class="ns-card">{_CSS}', f"<h3>{esc(self.site)} · neuron {self.neuron}</h3>"]
        if self.rank is not None:
            score = f", score {esc(fmt(self.score))}" if self.score is not None else ""
            method = f" ({esc(self.ranking_method)})" if self.ranking_method else ""
            parts.append(f'<p class="ns-rank">rank {self.rank} of {self.ranked_neurons}{method}{score}</p>')
        if self.top_words:
            parts.append(_top_words_html(self.top_words))
        for column, means in self.label_means.items():
            parts.append(_label_means_html(column, means))
        if self.top_sentences:
            s = self.top_sentences
            parts.append("<h4>Top sentences</h4>")
            parts.append(heatmap_html([x.words for x in s], [x.values for x in s], [f"n{self.neuron}"],
                                      captions=[f"sentence {x.index} · peak {fmt(x.peak)}" for x in s]))
        if self.effects:
            parts.append("<h4>Causal effects</h4>")
            parts += [_effect_html(e) for e in self.effects]
        parts.append("</div>")
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        return self.to_html()


_CSS = """<style>
.ns-card{font-family:sans-serif;font-size:13px;border:1px solid #ddd;padding:8px;max-width:1000px}
.ns-card h3{margin:0 0 4px 0}.ns-card h4{margin:10px 0 4px 0}
.ns-card table{border-collapse:collapse;margin:2px 0}
.ns-card td,.ns-card th{border:1px solid #e4e4e4;padding:1px 6px;text-align:left}
.ns-card td.num{text-align:right;font-variant-numeric:tabular-nums}
.ns-card mark.ns-diff{background:#ffe08a;padding:0 2px}
.ns-card del.ns-del{color:#b00;font-size:11px}
</style>"""


def word_diff(baseline: str, translation: str) -> list[tuple[str, str]]:
    """Word-level diff of ``translation`` against ``baseline`` (difflib on whitespace-split words).

    Returns (op, word) in reading order: "same" (kept), "changed" (new or replacing in the
    translation) and "removed" (a baseline word the translation dropped).
    """
    a, b = baseline.split(), translation.split()
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [("same", w) for w in b[j1:j2]]
            continue
        out += [("removed", w) for w in a[i1:i2]]
        out += [("changed", w) for w in b[j1:j2]]
    return out


def diff_html(baseline: str, translation: str) -> str:
    """``translation`` as HTML with changed words in ``<mark class="ns-diff">`` and dropped ones in ``<del>``."""
    pieces = []
    for op, w in word_diff(baseline, translation):
        if op == "same":
            pieces.append(esc(w))
        elif op == "changed":
            pieces.append(f'<mark class="ns-diff" title="changed vs baseline">{esc(w)}</mark>')
        else:
            pieces.append(f'<del class="ns-del" title="dropped from baseline">{esc(w)}</del>')
    return " ".join(pieces)


def _top_words_html(words: Sequence[WordStat]) -> str:
    t = normalise(np.array([w.mean for w in words]), scale_of(np.array([w.mean for w in words])))
    rows = "".join(
        f'<tr><td dir="auto">{esc(w.word)}</td><td class="num">{w.count}</td>'
        f'<td class="num" style="background:{bg};color:{fg}">{esc(fmt(w.mean))}</td></tr>'
        for w, bg, fg in zip(words, hex_colors(t), text_colors(t))
    )
    return f"<h4>Top words</h4><table><tr><th>word</th><th>count</th><th>mean</th></tr>{rows}</table>"


def _label_means_html(column: str, means: Mapping[str, float]) -> str:
    vals = np.array(list(means.values()), dtype=np.float64)
    t = normalise(vals, scale_of(vals))
    rows = "".join(
        f'<tr><td>{esc(label)}</td><td class="num" style="background:{bg};color:{fg}">{esc(fmt(m))}</td></tr>'
        for (label, m), bg, fg in zip(means.items(), hex_colors(t), text_colors(t))
    )
    return f"<h4>Mean per label: {esc(column)}</h4><table><tr><th>label</th><th>mean</th></tr>{rows}</table>"


def _effect_html(effect: CausalEffect) -> str:
    rows = "".join(
        f'<tr><td>{esc(setting)}</td><td dir="auto">{diff_html(effect.baseline, tr)}</td></tr>'
        for setting, tr in effect.rows
    )
    return (f'<p dir="auto"><b>{esc(effect.probe)}</b></p><table><tr><th>setting</th><th>translation</th></tr>'
            f'<tr><td>baseline</td><td dir="auto">{esc(effect.baseline)}</td></tr>{rows}</table>')


# --------------------------------------------------------------------------------------------------
# Building a card from arrays


def _sentence_of(word: int, starts: np.ndarray) -> tuple[int, int]:
    s = int(np.searchsorted(starts, word, side="right") - 1)
    return s, word - int(starts[s])


def _check_inputs(words: np.ndarray, acts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    if acts.ndim != 1 or acts.shape[0] != words.shape[0]:
        raise ValueError(f"dataset_activations must be (words,) with one value per word: got {acts.shape} "
                         f"for {words.shape[0]} words")
    if lengths.ndim != 1 or (lengths < 0).any() or int(lengths.sum()) != words.shape[0]:
        raise ValueError(f"sentence_lengths must be non-negative and sum to the {words.shape[0]} words, "
                         f"got sum {int(lengths.sum())}")
    starts = np.concatenate(([0], np.cumsum(lengths)))[:-1].astype(np.int64)  # (sentences,) first word of each
    bad = np.flatnonzero(~np.isfinite(acts))
    if bad.size:
        s, w = _sentence_of(int(bad[0]), starts)
        raise ValueError(f"dataset_activations[{bad[0]}] = {acts[bad[0]]} (sentence {s}, word {w}) is not finite")
    return starts


def _word_stats(words: np.ndarray, acts: np.ndarray, top_n: int, min_count: int) -> tuple[WordStat, ...]:
    if not words.size:
        return ()
    types, inverse, counts = np.unique(words, return_inverse=True, return_counts=True)
    means = np.bincount(inverse, weights=acts, minlength=len(types)) / counts
    order = np.lexsort((-counts, -means))  # highest mean first, the more frequent type on ties
    return tuple(WordStat(str(types[i]), int(counts[i]), float(means[i])) for i in order if counts[i] >= min_count)[
        :top_n]


def _sentence_stats(words: np.ndarray, acts: np.ndarray, lengths: np.ndarray, starts: np.ndarray,
                    n: int) -> tuple[SentenceStat, ...]:
    nonempty = np.flatnonzero(lengths > 0)
    if not nonempty.size:
        return ()
    peaks = np.maximum.reduceat(acts, starts[nonempty]) if acts.size else np.zeros(0)
    order = nonempty[np.argsort(-peaks, kind="stable")][:n]
    out = []
    for s in order.tolist():
        sl = slice(int(starts[s]), int(starts[s] + lengths[s]))
        out.append(SentenceStat(s, tuple(str(w) for w in words[sl]), acts[sl].copy(), float(acts[sl].max())))
    return tuple(out)


def _label_means(labels: Mapping[str, Sequence[object]], acts: np.ndarray) -> dict[str, dict[str, float]]:
    out = {}
    for column, col in labels.items():
        col = np.asarray(col).astype(str)
        if col.shape != acts.shape:
            raise ValueError(f"labels[{column!r}] must have one label per word ({acts.shape[0]}), got {col.shape}")
        types, inverse, counts = np.unique(col, return_inverse=True, return_counts=True)
        means = np.bincount(inverse, weights=acts, minlength=len(types)) / counts
        out[column] = {str(types[i]): float(means[i]) for i in np.argsort(-means, kind="stable")}
    return out


def _rank_in(ranking: Ranking, site: str, neuron: int) -> tuple[int, float | None]:
    for name, offset, width in ranking.neuron_sites:
        if name == site:
            if not 0 <= neuron < width:
                raise ValueError(f"neuron {neuron} out of range for site {site!r} (width {width})")
            g = offset + neuron
            rank = int(np.flatnonzero(np.asarray(ranking.ordering) == g)[0]) + 1
            score = None
            if ranking.scores is not None and np.isfinite(ranking.scores[g]):
                score = float(ranking.scores[g])
            return rank, score
    raise ValueError(f"site {site!r} is not in the ranking; it ranks {[s for s, _, _ in ranking.neuron_sites]}")


def _effects(effects: Sequence[CausalEffect | tuple]) -> tuple[CausalEffect, ...]:
    out = []
    for e in effects:
        if not isinstance(e, CausalEffect):
            probe, baseline, rows = e
            e = CausalEffect(str(probe), str(baseline), tuple((str(a), str(b)) for a, b in rows))
        out.append(e)
    return tuple(out)


def build_card(
    site: str,
    neuron: int,
    dataset_words: Sequence[str] | np.ndarray,
    dataset_activations: np.ndarray,
    sentence_lengths: Sequence[int] | np.ndarray,
    labels: Mapping[str, Sequence[object]] | None = None,
    ranking: Ranking | None = None,
    effects: Sequence[CausalEffect | tuple[str, str, Sequence[tuple[str, str]]]] | None = None,
    top_n: int = 10,
    *,
    n_sentences: int = 5,
    min_count: int = 1,
) -> NeuronCard:
    """Compute a ``NeuronCard`` from a dataset's arrays (numpy only).

    ``dataset_words (words,)``: every word of the dataset, sentences concatenated;
    ``dataset_activations (words,)``: this neuron's value on each; ``sentence_lengths (sentences,)``
    split them into sentences. ``labels``: column -> one label per word (e.g. a Dataset's ``labels``).
    Top words: the ``top_n`` word types (with at least ``min_count`` tokens) of highest mean activation;
    top sentences: the ``n_sentences`` sentences with the highest peak. ``ranking``: a ``Ranking`` that
    covers ``site`` (rank is 1-based). ``effects``: ``CausalEffect``s or (probe, baseline, rows) tuples.
    """
    words = np.asarray(dataset_words).astype(str).reshape(-1) if len(dataset_words) else np.zeros(0, dtype=str)
    acts = np.asarray(dataset_activations, dtype=np.float64)
    lengths = np.asarray(sentence_lengths, dtype=np.int64).reshape(-1)
    starts = _check_inputs(words, acts, lengths)
    rank = score = None
    if ranking is not None:
        rank, score = _rank_in(ranking, site, int(neuron))
    return NeuronCard(
        site=site,
        neuron=int(neuron),
        top_words=_word_stats(words, acts, top_n, min_count),
        top_sentences=_sentence_stats(words, acts, lengths, starts, n_sentences),
        label_means=_label_means(labels or {}, acts),
        rank=rank,
        score=score,
        ranking_method=ranking.method if ranking is not None else "",
        ranked_neurons=len(ranking.ordering) if ranking is not None else 0,
        effects=_effects(effects or ()),
    )
