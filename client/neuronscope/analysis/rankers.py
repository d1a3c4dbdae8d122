"""Probe-free neuron rankers: probeless (Antverg & Belinkov), per-neuron Gaussian classifier, ANOVA F.

Each takes `X` as an array or a `RowMatrix` (rows read on demand, e.g. from a file): probeless and
ANOVA read it in row blocks, the Gaussian ranker in groups of columns, so memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from .rowmatrix import is_row_matrix, read_rows, row_blocks

__all__ = [
    "NeuronRanking",
    "anova_ranking",
    "anova_ranking_per_label",
    "gmm_ranking",
    "probeless_ranking",
    "probeless_ranking_per_label",
]

GmmMetric = Literal["accuracy", "balanced_accuracy", "f1", "f1_macro"]

# Neurons per chunk in the Gaussian ranker: bounds the (words, chunk, classes) float32 temporaries.
_GMM_CHUNK_ELEMENTS = 4_000_000
# Rows per chunk when streaming over X, so float16/float32 inputs are never copied whole to float64.
_ROW_CHUNK = 65_536
# Bytes of the column group the Gaussian ranker reads from a RowMatrix per pass over its rows: more
# columns per pass means fewer passes over the file.
_GMM_GROUP_BYTES = 64 << 20


@dataclass(frozen=True)
class NeuronRanking:
    """A ranking: `ordering (neurons,)` most important first, `scores (neurons,)` indexed by neuron."""

    ordering: np.ndarray
    scores: np.ndarray


def _order_by_score(scores: np.ndarray) -> np.ndarray:
    """Descending score, ties by ascending neuron index; NaN scores (undefined) go last."""
    keyed = np.where(np.isnan(scores), -np.inf, scores)
    return np.argsort(-keyed, kind="stable").astype(np.int64)


def _check_Xy(X: Any, y: Any) -> tuple[Any, np.ndarray, np.ndarray]:
    """Validate `X (words, neurons)` and `y (words,)`; returns X, the label values and codes.

    A `RowMatrix` is not read here (its source checks its values for NaN).
    """
    matrix = is_row_matrix(X)
    X = X if matrix else np.asarray(X)
    y = np.asarray(y)
    if len(X.shape) != 2 or X.shape[0] == 0 or X.shape[1] == 0:
        raise ValueError(f"X must be a non-empty 2-D (words, neurons) array, got shape {tuple(X.shape)}")
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError(f"y must be 1-D with one label per row of X ({X.shape[0]}), got shape {y.shape}")
    if not np.issubdtype(X.dtype, np.number):
        raise ValueError(f"X must be numeric, got dtype {X.dtype}")
    if not matrix and not np.isfinite(X.sum(dtype=np.float64)):
        raise ValueError("X contains NaN or infinite values")
    labels, codes = np.unique(y, return_inverse=True)
    return X, labels, codes.reshape(-1)


def _class_means(X: Any, codes: np.ndarray, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-class mean activations `(classes, neurons)` in float64 and class counts `(classes,)`."""
    counts = np.bincount(codes, minlength=n_classes)
    sums = np.zeros((n_classes, X.shape[1]), dtype=np.float64)
    # A one-hot matmul per chunk sums rows by class with BLAS instead of a Python loop.
    for start, block in row_blocks(X, read_rows(X, _ROW_CHUNK)):
        chunk_codes = codes[start : start + block.shape[0]]
        onehot = np.zeros((n_classes, chunk_codes.shape[0]), dtype=np.float64)
        onehot[chunk_codes, np.arange(chunk_codes.shape[0])] = 1.0
        sums += onehot @ block.astype(np.float64)
    return sums / np.maximum(counts, 1)[:, None], counts


def _column_groups(X: Any, size: int) -> Iterator[tuple[int, np.ndarray]]:
    """`(first column, X[:, first:first+size])` for groups of columns: views of an array; for a
    `RowMatrix`, one pass over its rows per group, keeping only the group's columns."""
    n_words, n_neurons = X.shape
    for lo in range(0, n_neurons, size):
        hi = min(n_neurons, lo + size)
        if not is_row_matrix(X):
            yield lo, X[:, lo:hi]
            continue
        group = np.empty((n_words, hi - lo), dtype=X.dtype)
        for start, block in row_blocks(X, read_rows(X, _ROW_CHUNK)):
            group[start : start + block.shape[0]] = block[:, lo:hi]
        yield lo, group


def _pairwise_abs_diff_sum(means: np.ndarray) -> np.ndarray:
    """`sum_{a<b} |means[a, j] - means[b, j]|` for every neuron `j`, from `means (classes, neurons)`.

    Sorting each column turns the O(classes^2) pair sum into a weighted sum: the i-th smallest of
    L values appears with sign + in i pairs and with sign - in L-1-i pairs.
    """
    L = means.shape[0]
    ranked = np.sort(means, axis=0)
    coef = 2.0 * np.arange(L) - (L - 1)
    return coef @ ranked


def probeless_ranking(X: Any, y: Any, *, min_count: int = 0) -> NeuronRanking:
    """Antverg & Belinkov's probeless ranking: `score_j = sum_{z<z'} |q(z)_j - q(z')_j|`.

    `q(z)` is the mean activation `(neurons,)` of the words labelled `z`. `X`: `(words, neurons)`,
    `y`: `(words,)`. Labels with fewer than `min_count` words are ignored (Antverg & Belinkov used
    100; NeuroX's `probeless.py` uses every label, the default here). NeuroX's
    `ranking_for_all_tags` sums the per-label scores, which is twice this score: same ordering.
    """
    X, labels, codes = _check_Xy(X, y)
    means, counts = _class_means(X, codes, labels.shape[0])
    keep = counts >= min_count
    if keep.sum() < 2:
        raise ValueError(f"need at least 2 labels with >= {min_count} words, got {int(keep.sum())}")
    scores = _pairwise_abs_diff_sum(means[keep])
    return NeuronRanking(ordering=_order_by_score(scores), scores=scores)


def probeless_ranking_per_label(X: Any, y: Any, *, min_count: int = 0) -> dict[Any, NeuronRanking]:
    """Per-label probeless ranking: `score_j(z) = sum_{z' != z} |q(z)_j - q(z')_j|`, for every label z.

    `X`: `(words, neurons)`, `y`: `(words,)`. Returns `{label: NeuronRanking}` for labels with at
    least `min_count` words (NeuroX `get_tag_wise_ranking`).
    """
    X, labels, codes = _check_Xy(X, y)
    means, counts = _class_means(X, codes, labels.shape[0])
    keep = np.flatnonzero(counts >= min_count)
    if keep.shape[0] < 2:
        raise ValueError(f"need at least 2 labels with >= {min_count} words, got {keep.shape[0]}")
    kept = means[keep]
    out: dict[Any, NeuronRanking] = {}
    for i, label_index in enumerate(keep):
        scores = np.abs(kept - kept[i]).sum(axis=0)
        out[labels[label_index].item()] = NeuronRanking(ordering=_order_by_score(scores), scores=scores)
    return out


def gmm_ranking(
    X: Any,
    y: Any,
    *,
    metric: GmmMetric = "accuracy",
    positive_label: Any = None,
    simulate_balanced: bool = False,
    min_std: float = 1e-6,
) -> NeuronRanking:
    """Per-neuron 1-D Gaussian classifier (Bau et al. ICLR 2019, METHODS §3.5); rank by its score.

    For each neuron, z-score its activations over all words, `(x - mean) / std` (the original
    `gmm.py` has an operator-precedence bug, `x - mean/std`; this is the intended form), fit one
    Gaussian per class, predict `argmax_c -1/2((x-mu_c)/sigma_c)^2 - log sigma_c + log prior_c`
    (the prior is dropped when `simulate_balanced`), and score the predictions.

    `X`: `(words, neurons)`, `y`: `(words,)`. `metric`: `"accuracy"`, `"balanced_accuracy"` (mean
    per-class recall), `"f1"` (F1 of `positive_label`, required) or `"f1_macro"`. Class standard
    deviations are floored at `min_std` (in z units) so constant neurons do not divide by zero.
    Returns the ranking by descending score; `scores[j]` is neuron j's score.
    """
    X, labels, codes = _check_Xy(X, y)
    n_words, n_neurons = X.shape
    n_classes = labels.shape[0]
    if metric not in ("accuracy", "balanced_accuracy", "f1", "f1_macro"):
        raise ValueError(f"metric must be accuracy, balanced_accuracy, f1 or f1_macro, got {metric!r}")
    positive = -1
    if metric == "f1":
        matches = np.flatnonzero(labels == positive_label)
        if positive_label is None or matches.shape[0] == 0:
            raise ValueError(f"metric='f1' needs positive_label, one of {labels.tolist()}; got {positive_label!r}")
        positive = int(matches[0])
    counts = np.bincount(codes, minlength=n_classes).astype(np.float64)
    log_prior = np.zeros(n_classes) if simulate_balanced else np.log(counts / n_words)
    onehot = np.zeros((n_classes, n_words), dtype=np.float64)
    onehot[codes, np.arange(n_words)] = 1.0

    scores = np.empty(n_neurons, dtype=np.float64)
    chunk = max(1, _GMM_CHUNK_ELEMENTS // max(1, n_words * n_classes))
    # a RowMatrix is read a group of whole chunks at a time (one pass over its rows per group); the
    # arithmetic per chunk is the same as for an array
    group = n_neurons if not is_row_matrix(X) else chunk * max(1, _GMM_GROUP_BYTES // (4 * n_words * chunk))
    for lo, columns in _column_groups(X, group):
        for start in range(lo, lo + columns.shape[1], chunk):
            x = columns[:, start - lo : start - lo + chunk].astype(np.float64)
            std = x.std(axis=0)
            std[std == 0] = 1.0
            z = (x - x.mean(axis=0)) / std  # (words, k)
            mu = (onehot @ z) / counts[:, None]  # (classes, k)
            var = (onehot @ (z * z)) / counts[:, None] - mu * mu
            sigma = np.maximum(np.sqrt(np.maximum(var, 0.0)), min_std)
            # (words, k, classes) log-likelihoods for all classes at once; float32 halves the memory.
            dev = (z.astype(np.float32)[:, :, None] - mu.T[None].astype(np.float32)) / sigma.T[None].astype(np.float32)
            logp = -0.5 * dev * dev + (log_prior[None, :] - np.log(sigma.T)).astype(np.float32)[None]
            pred = logp.argmax(axis=2)  # (words, k)
            scores[start : start + chunk] = _score_predictions(pred, codes, n_classes, metric, positive)
    return NeuronRanking(ordering=_order_by_score(scores), scores=scores)


def _score_predictions(pred: np.ndarray, codes: np.ndarray, n_classes: int, metric: str, positive: int) -> np.ndarray:
    """Score `pred (words, k)` against `codes (words,)` for each of the k columns."""
    correct = pred == codes[:, None]
    if metric == "accuracy":
        return correct.mean(axis=0)
    per_class_tp = np.stack([(correct & (codes[:, None] == c)).sum(axis=0) for c in range(n_classes)])
    support = np.bincount(codes, minlength=n_classes)[:, None]
    if metric == "balanced_accuracy":
        return (per_class_tp / support).mean(axis=0)
    predicted = np.stack([(pred == c).sum(axis=0) for c in range(n_classes)])
    denom = predicted + support  # F1 = 2 TP / (predicted + actual)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(denom > 0, 2.0 * per_class_tp / denom, 0.0)
    if metric == "f1":
        return f1[positive]
    return f1.mean(axis=0)


def _f_scores(X: Any, codes: np.ndarray, n_classes: int) -> np.ndarray:
    """One-way ANOVA F per neuron, as `sklearn.feature_selection.f_classif` (NaN where undefined)."""
    n = X.shape[0]
    means, counts = _class_means(X, codes, n_classes)
    grand = (counts @ means) / n
    ss_between = counts @ ((means - grand) ** 2)
    # Deviations from the class means directly (not total minus between): no cancellation.
    ss_within = np.zeros(X.shape[1], dtype=np.float64)
    for start, rows in row_blocks(X, read_rows(X, _ROW_CHUNK)):
        block = rows.astype(np.float64) - means[codes[start : start + rows.shape[0]]]
        ss_within += np.einsum("ij,ij->j", block, block)
    df_between, df_within = n_classes - 1, n - n_classes
    with np.errstate(invalid="ignore", divide="ignore"):
        return (ss_between / df_between) / (ss_within / df_within)


def anova_ranking(X: Any, y: Any) -> NeuronRanking:
    """Univariate ANOVA F-test ranking (NeuroX demo: `f_classif`, `SelectKBest(k='all')`).

    `X`: `(words, neurons)`, `y`: `(words,)` with at least 2 labels and more words than labels.
    Returns the ranking by descending F; `scores` are the F values (NaN for neurons constant within
    every class, e.g. dead neurons; they rank last).
    """
    X, labels, codes = _check_Xy(X, y)
    if labels.shape[0] < 2 or X.shape[0] <= labels.shape[0]:
        raise ValueError(f"ANOVA needs >= 2 labels and more words than labels; got {labels.shape[0]} labels, {X.shape[0]} words")
    scores = _f_scores(X, codes, labels.shape[0])
    return NeuronRanking(ordering=_order_by_score(scores), scores=scores)


def anova_ranking_per_label(X: Any, y: Any) -> dict[Any, NeuronRanking]:
    """One-vs-rest ANOVA F ranking for each label (the NeuroX demo's per-label univariate view).

    `X`: `(words, neurons)`, `y`: `(words,)`. Returns `{label: NeuronRanking}`.
    """
    X, labels, codes = _check_Xy(X, y)
    if labels.shape[0] < 2 or X.shape[0] <= 2:
        raise ValueError(f"ANOVA needs >= 2 labels and > 2 words; got {labels.shape[0]} labels, {X.shape[0]} words")
    out: dict[Any, NeuronRanking] = {}
    for i, label in enumerate(labels):
        scores = _f_scores(X, (codes == i).astype(np.int64), 2)
        out[label.item()] = NeuronRanking(ordering=_order_by_score(scores), scores=scores)
    return out
