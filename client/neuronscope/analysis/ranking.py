"""Linguistic-correlation neuron rankings from probe weights (NeuroX's selection algorithms)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "LabelFocus",
    "bottom_neurons",
    "dedicated_neurons",
    "focused_vs_distributed",
    "label_top_neurons",
    "neuron_ordering",
    "neuron_ordering_granular",
    "random_neurons",
    "shared_neuron_counts",
    "shared_neurons",
    "top_neurons",
    "top_neurons_hard_threshold",
]


def _abs_weights(weights: Any) -> np.ndarray:
    """`|W|` as a 2-D `(classes, neurons)` array; a 1-D `(neurons,)` vector is one class.

    A fitted probe (anything with `ranking_weights_`, e.g. `ElasticNetProbe`) stands for its
    `ranking_weights_`: by default the weights times each neuron's std, so that a neuron's rank does
    not depend on its activation scale. Pass `probe.coef_` for NeuroX's raw-weight ranking.
    """
    ranking = getattr(weights, "ranking_weights_", None)
    W = np.asarray(weights if ranking is None else ranking)
    if W.ndim == 1:
        W = W[np.newaxis, :]
    if W.ndim != 2:
        raise ValueError(f"weights must be (classes, neurons) or (neurons,), got shape {W.shape}")
    if W.shape[0] == 0 or W.shape[1] == 0:
        raise ValueError(f"weights must have at least one class and one neuron, got shape {W.shape}")
    if not np.issubdtype(W.dtype, np.floating):
        W = W.astype(np.float64)
    if not np.isfinite(W).all():
        raise ValueError("weights contain NaN or infinite values")
    return np.abs(W)


def _check_fraction(name: str, p: float) -> float:
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"{name} must be in [0, 1], got {p!r}")
    return float(p)


def _mass_selection(a: np.ndarray, p: float, *, descending: bool) -> np.ndarray:
    """NeuroX's per-class selection: the neurons holding a fraction `p` of the class's |w| mass.

    Sort `a (neurons,)` (descending for top, ascending for bottom), take the cumulative sum and
    keep everything up to and including the first neuron where it reaches `p * total`; if it never
    does (p = 1 with rounding), keep every neuron. Ties are ordered by lower index first (NeuroX:
    `argsort` order, unspecified for ties).
    """
    order = np.argsort(-a if descending else a, kind="stable")
    cum = np.cumsum(a[order])
    total = np.sum(a)
    # Same expression and dtype as NeuroX: `cum_sums >= total_mass * percentage`.
    crossing = np.flatnonzero(cum >= total * p)
    if crossing.size == 0:
        return order
    return order[: crossing[0] + 1]


def top_neurons(weights: Any, p: float) -> tuple[np.ndarray, list[np.ndarray]]:
    """NeuroX `get_top_neurons`: per class, the highest-|w| neurons holding a fraction `p` of its mass.

    `weights`: `(classes, neurons)` probe weights (e.g. `probe.coef_`); `p` in [0, 1]. `p = 0`
    gives exactly the top neuron of each class, `p = 1` gives every neuron.

    Returns `(union, per_class)`: `union` is the sorted array of all selected neuron indices (NeuroX
    returns it in arbitrary set order), `per_class[c]` the selection of row `c`, most important first.
    """
    A = _abs_weights(weights)
    p = _check_fraction("p", p)
    per_class = [_mass_selection(A[c], p, descending=True) for c in range(A.shape[0])]
    return np.unique(np.concatenate(per_class)), per_class


def bottom_neurons(weights: Any, p: float) -> tuple[np.ndarray, list[np.ndarray]]:
    """NeuroX `get_bottom_neurons` (2019 version): per class, the lowest-|w| neurons holding `p` of its mass.

    `weights`: `(classes, neurons)`. Returns `(union, per_class)` like `top_neurons`, with
    `per_class[c]` least important first. Note that the AAAI-era code instead took `p/|classes|*D`
    lowest-ranked neurons per class; this is the current NeuroX definition.
    """
    A = _abs_weights(weights)
    p = _check_fraction("p", p)
    per_class = [_mass_selection(A[c], p, descending=False) for c in range(A.shape[0])]
    return np.unique(np.concatenate(per_class)), per_class


def random_neurons(n_features: int, p: float, random_state: int | np.random.Generator | None = None) -> np.ndarray:
    """NeuroX `get_random_neurons`: keep each of `n_features` neurons independently when U(0,1) <= p.

    Returns the sorted kept indices; their count varies around `p * n_features` (a Bernoulli mask,
    as in NeuroX). `random_state` makes it reproducible.
    """
    if n_features < 1:
        raise ValueError(f"n_features must be >= 1, got {n_features}")
    p = _check_fraction("p", p)
    rng = np.random.default_rng(random_state)
    return np.flatnonzero(rng.random(n_features) <= p)


def top_neurons_hard_threshold(weights: Any, fraction: float) -> tuple[np.ndarray, list[np.ndarray]]:
    """NeuroX `get_top_neurons_hard_threshold`: per class, neurons with `|w| > max|w| / fraction`.

    `weights`: `(classes, neurons)`. Note the division by `fraction` (NeuroX's code; its docstring
    says "threshold * max_weight"): `fraction = 2` keeps neurons above half the class maximum and
    `fraction <= 1` keeps none. Returns `(union, per_class)` like `top_neurons`, each `per_class[c]`
    in ascending index order.
    """
    A = _abs_weights(weights)
    if not fraction > 0:
        raise ValueError(f"fraction must be > 0, got {fraction!r}")
    per_class = [np.flatnonzero(A[c] > A[c].max() / fraction) for c in range(A.shape[0])]
    return np.unique(np.concatenate(per_class)), per_class


def _mass_grid(A: np.ndarray, search_stride: int) -> list[np.ndarray]:
    """`top_neurons` unions at masses 0, 1/stride, ..., 1, sorting each class only once."""
    orders = [np.argsort(-A[c], kind="stable") for c in range(A.shape[0])]
    cums = [np.cumsum(A[c][order]) for c, order in enumerate(orders)]
    totals = [np.sum(A[c]) for c in range(A.shape[0])]
    grid = []
    for s in range(search_stride + 1):
        p = s / search_stride
        chosen = []
        for order, cum, total in zip(orders, cums, totals):
            # cum is non-decreasing, so the first index with cum >= threshold is a binary search;
            # the threshold is computed exactly as in `_mass_selection`.
            k = int(np.searchsorted(cum, total * p, side="left"))
            chosen.append(order if k >= cum.shape[0] else order[: k + 1])
        grid.append(np.unique(np.concatenate(chosen)))
    return grid


def _tie_break(neurons: np.ndarray, max_abs: np.ndarray) -> np.ndarray:
    """Order a chunk by descending `max_c |W[c, j]|`, then by ascending index."""
    neurons = np.sort(neurons)
    return neurons[np.argsort(-max_abs[neurons], kind="stable")]


def _check_stride(name: str, value: int) -> None:
    if not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


def neuron_ordering(weights: Any, search_stride: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """NeuroX `get_neuron_ordering`: the global LCA ranking with the cutoffs between tie groups.

    For `s = 0 .. search_stride`, take `top_neurons(weights, s / search_stride)` and append the
    neurons not seen before; `cutoffs[s]` is the ordering's length after step `s`. Neurons between
    two cutoffs were added at the same mass step, so their relative order carries no information.

    `weights`: `(classes, neurons)`, or a fitted probe, which ranks by its `ranking_weights_`
    (standardised: weights times each neuron's std; `probe.coef_` gives NeuroX's raw-weight
    ranking). Returns `(ordering (neurons,), cutoffs (search_stride + 1,))`,
    both int64; `ordering` is a permutation of all neurons, `cutoffs` is non-decreasing and ends at
    `neurons`.

    Two deliberate deviations from NeuroX (METHODS.md §2.2 and §8):

    1. Inside a chunk NeuroX uses Python set order (arbitrary); here the chunk is ordered by
       descending `max_c |W[c, j]|`, then ascending index, so the result is deterministic.
    2. NeuroX can leave out neurons whose weight is zero (or too small to move the cumulative sum)
       in every class, because the sum reaches 100 % before them; its ordering is then shorter than
       the number of neurons. Here those leftovers are appended at the end, by descending
       `max_c |W[c, j]|`, and belong to the last chunk, whose cutoff is set to `neurons`.
    """
    A = _abs_weights(weights)
    _check_stride("search_stride", search_stride)
    max_abs = A.max(axis=0)
    seen = np.zeros(A.shape[1], dtype=bool)
    chunks: list[np.ndarray] = []
    cutoffs = np.empty(search_stride + 1, dtype=np.int64)
    length = 0
    for s, union in enumerate(_mass_grid(A, search_stride)):
        new = union[~seen[union]]
        seen[new] = True
        chunks.append(_tie_break(new, max_abs))
        length += new.shape[0]
        cutoffs[s] = length
    leftovers = np.flatnonzero(~seen)
    chunks.append(_tie_break(leftovers, max_abs))
    cutoffs[-1] = A.shape[1]
    return np.concatenate(chunks).astype(np.int64), cutoffs


def neuron_ordering_granular(
    weights: Any, granularity: int = 50, search_stride: int = 100
) -> tuple[np.ndarray, np.ndarray]:
    """NeuroX `get_neuron_ordering_granular`: like `neuron_ordering`, in chunks of about `granularity`.

    For `i = 0, granularity, 2*granularity, ... <= neurons`, advance along the mass grid to the first
    step whose union has at least `i` neurons and append its unseen neurons as one chunk (empty
    chunks are skipped, as in NeuroX). `weights`: `(classes, neurons)`. Returns
    `(ordering (neurons,), cutoffs (chunks,))`, int64, with the same two deviations as
    `neuron_ordering` (deterministic order inside a chunk; never-selected neurons appended to the
    last chunk, whose cutoff becomes `neurons`). The grid walk also stops at mass 1 instead of
    running past the end, which NeuroX does when neurons are left out.
    """
    A = _abs_weights(weights)
    _check_stride("granularity", granularity)
    _check_stride("search_stride", search_stride)
    max_abs = A.max(axis=0)
    grid = _mass_grid(A, search_stride)
    seen = np.zeros(A.shape[1], dtype=bool)
    chunks: list[np.ndarray] = []
    cutoffs: list[int] = []
    length = 0
    step = 0
    for i in range(0, A.shape[1] + 1, granularity):
        while grid[step].shape[0] < i and step < search_stride:
            step += 1
        new = grid[step][~seen[grid[step]]]
        if new.shape[0] == 0:
            continue
        seen[new] = True
        chunks.append(_tie_break(new, max_abs))
        length += new.shape[0]
        cutoffs.append(length)
    leftovers = np.flatnonzero(~seen)
    if leftovers.shape[0]:
        chunks.append(_tie_break(leftovers, max_abs))
        cutoffs[-1] = A.shape[1]
    return np.concatenate(chunks).astype(np.int64), np.asarray(cutoffs, dtype=np.int64)


# ------------------------------------------------------------- per-label analysis


def label_top_neurons(weights: Any, mass: float = 0.25) -> list[np.ndarray]:
    """Per-label top neurons: for each row of `weights (classes, neurons)`, the neurons holding `mass`.

    The AAAI paper's "local" analysis uses 25 % of each label's weight mass. Returns one array per
    class, most important first (the `per_class` part of `top_neurons`).
    """
    return top_neurons(weights, mass)[1]


@dataclass(frozen=True)
class LabelFocus:
    """How many neurons one label needs: few means a focused property, many a distributed one."""

    label: Any
    neurons: np.ndarray  # (k,) neuron indices, most important first
    n_neurons: int
    fraction: float  # n_neurons / total neurons
    focused: bool  # n_neurons <= focused_max


def focused_vs_distributed(
    weights: Any,
    mass: float = 0.25,
    *,
    labels: Sequence[Any] | None = None,
    focused_max: int = 10,
) -> list[LabelFocus]:
    """Number of neurons holding `mass` of each label's weight: the "focused vs distributed" analysis.

    `weights`: `(classes, neurons)`; `labels`: names for the rows (default `0..classes-1`, e.g.
    `probe.classes_`). A label counts as focused when it needs at most `focused_max` neurons (the
    paper: closed-class labels need fewer than 10, open-class labels several dozen). Returns one
    `LabelFocus` per class, in row order.
    """
    per_label = label_top_neurons(weights, mass)
    n_neurons = np.asarray(weights).shape[-1]
    if labels is None:
        labels = list(range(len(per_label)))
    if len(labels) != len(per_label):
        raise ValueError(f"labels has {len(labels)} entries but weights has {len(per_label)} classes")
    return [
        LabelFocus(
            label=label,
            neurons=neurons,
            n_neurons=int(neurons.shape[0]),
            fraction=neurons.shape[0] / n_neurons,
            focused=bool(neurons.shape[0] <= focused_max),
        )
        for label, neurons in zip(labels, per_label)
    ]


def _check_label_indices(per_label: Sequence[np.ndarray], labels: Sequence[int] | None) -> list[int]:
    if labels is None:
        return list(range(len(per_label)))
    out = [int(i) for i in labels]
    for i in out:
        if not 0 <= i < len(per_label):
            raise ValueError(f"label index {i} out of range; there are {len(per_label)} labels (0-{len(per_label) - 1})")
    if not out:
        raise ValueError("labels must name at least one label")
    return out


def shared_neurons(per_label: Sequence[np.ndarray], labels: Sequence[int] | None = None) -> np.ndarray:
    """Neurons in every one of the given labels' top sets (all labels if `labels` is None).

    `per_label`: the output of `label_top_neurons`; `labels`: row indices. Returns sorted indices;
    e.g. the neurons that all adjective tags share.
    """
    rows = _check_label_indices(per_label, labels)
    common = np.asarray(per_label[rows[0]])
    for i in rows[1:]:
        common = np.intersect1d(common, per_label[i])
    return np.unique(common).astype(np.int64)


def dedicated_neurons(per_label: Sequence[np.ndarray], label: int) -> np.ndarray:
    """Neurons in `label`'s top set and in no other label's: the label's own neurons (sorted)."""
    (row,) = _check_label_indices(per_label, [label])
    others = [np.asarray(n) for i, n in enumerate(per_label) if i != row]
    rest = np.unique(np.concatenate(others)) if others else np.empty(0, dtype=np.int64)
    return np.setdiff1d(per_label[row], rest).astype(np.int64)


def shared_neuron_counts(per_label: Sequence[np.ndarray]) -> np.ndarray:
    """Pairwise overlap sizes `(labels, labels)`: entry `[a, b]` = |top(a) ∩ top(b)|; diagonal = set sizes."""
    n = len(per_label)
    sets = [np.unique(np.asarray(x)) for x in per_label]
    counts = np.zeros((n, n), dtype=np.int64)
    for a in range(n):
        for b in range(a, n):
            counts[a, b] = counts[b, a] = np.intersect1d(sets[a], sets[b], assume_unique=True).shape[0]
    return counts
