"""Classifier-level ablation: keep/remove neurons by zeroing (no retraining) or filtering (retraining).

Every helper takes `X` as an array (and returns a new array) or as a `RowMatrix` (and returns a view
that zeroes or selects the columns block by block as rows are read, so nothing is copied whole).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from .probe import clone_probe
from .ranking import random_neurons
from .rowmatrix import RowView, is_row_matrix

__all__ = [
    "AblationRow",
    "ablation_table",
    "evaluate_masked",
    "evaluate_retrained",
    "filter_keep_neurons",
    "filter_remove_neurons",
    "n_neurons_for_percent",
    "zero_out_keep_neurons",
    "zero_out_remove_neurons",
]

Mode = Literal["masking", "retrain"]
Selection = Literal["all", "top", "bottom", "random"]


def _neuron_index(neurons: Any, n_neurons: int) -> np.ndarray:
    """Validate a list of neuron indices against `n_neurons` columns; returns int64 indices."""
    idx = np.asarray(neurons)
    if idx.size == 0:
        return np.empty(0, dtype=np.int64)
    if idx.ndim != 1 or not np.issubdtype(idx.dtype, np.integer):
        raise ValueError(f"neurons must be a 1-D list of integer indices, got dtype {idx.dtype}, shape {idx.shape}")
    if idx.min() < 0 or idx.max() >= n_neurons:
        raise ValueError(f"neuron index out of range; X has {n_neurons} neurons (0-{n_neurons - 1})")
    return idx.astype(np.int64)


def _check_matrix(X: Any) -> Any:
    X = X if is_row_matrix(X) else np.asarray(X)
    if len(X.shape) != 2:
        raise ValueError(f"X must be 2-D (words, neurons), got shape {tuple(X.shape)}")
    return X


def _keep_columns(X: np.ndarray, idx: np.ndarray) -> np.ndarray:
    out = np.zeros_like(X)
    out[:, idx] = X[:, idx]
    return out


def _remove_columns(X: np.ndarray, idx: np.ndarray) -> np.ndarray:
    out = np.array(X, copy=True)
    out[:, idx] = 0
    return out


def zero_out_keep_neurons(X: Any, neurons: Any) -> Any:
    """Copy of `X (words, neurons)` with every column except `neurons` set to 0 (NeuroX `zero_out_activations_keep_neurons`)."""
    X = _check_matrix(X)
    idx = _neuron_index(neurons, X.shape[1])
    if is_row_matrix(X):
        return RowView(X, fn=lambda block: _keep_columns(block, idx))
    return _keep_columns(X, idx)


def zero_out_remove_neurons(X: Any, neurons: Any) -> Any:
    """Copy of `X (words, neurons)` with the `neurons` columns set to 0 (NeuroX `zero_out_activations_remove_neurons`)."""
    X = _check_matrix(X)
    idx = _neuron_index(neurons, X.shape[1])
    if is_row_matrix(X):
        return RowView(X, fn=lambda block: _remove_columns(block, idx))
    return _remove_columns(X, idx)


def filter_keep_neurons(X: Any, neurons: Any) -> Any:
    """Only the `neurons` columns of `X`, in the given order: `(words, len(neurons))` (a copy, unlike NeuroX's view)."""
    X = _check_matrix(X)
    idx = _neuron_index(neurons, X.shape[1])
    if is_row_matrix(X):
        return RowView(X, fn=lambda block: block[:, idx], columns=idx.shape[0])
    return X[:, idx]


def filter_remove_neurons(X: Any, neurons: Any) -> Any:
    """`X` without the `neurons` columns, remaining columns in their original order: `(words, neurons - k)`."""
    X = _check_matrix(X)
    keep = np.ones(X.shape[1], dtype=bool)
    keep[_neuron_index(neurons, X.shape[1])] = False
    if is_row_matrix(X):
        return RowView(X, fn=lambda block: block[:, keep], columns=int(keep.sum()))
    return X[:, keep]


def n_neurons_for_percent(percent: float, n_neurons: int) -> int:
    """`ceil(percent% * n_neurons)`, computed so that e.g. 15 % of 100 is 15, not 16 (float error)."""
    if not 0 < percent <= 100:
        raise ValueError(f"percent must be in (0, 100], got {percent!r}")
    # Rounding before ceil removes the representation error of percent/100 (0.15 * 100 = 15.000000000000002).
    return min(n_neurons, max(1, math.ceil(round(percent * n_neurons / 100.0, 9))))


def evaluate_masked(probe: Any, X: Any, y: Any, keep: Any) -> float:
    """Score of the already-trained `probe` on `X (words, neurons)` with all but `keep` zeroed."""
    return float(probe.score(zero_out_keep_neurons(X, keep), y))


def evaluate_retrained(probe: Any, X_train: Any, y_train: Any, X_test: Any, y_test: Any, keep: Any) -> float:
    """Score of a fresh clone of `probe` trained and tested on the `keep` columns only."""
    fresh = clone_probe(probe)
    fresh.fit(filter_keep_neurons(X_train, keep), y_train)
    return float(fresh.score(filter_keep_neurons(X_test, keep), y_test))


@dataclass(frozen=True)
class AblationRow:
    """One cell of the AAAI ablation tables.

    `mode`: "masking" (zero the other neurons in the test set, evaluate the trained probe) or
    "retrain" (train a fresh probe on the kept columns). `selection`: "all", "top", "bottom" or
    "random". `percent`: the requested N (100 for "all"). `n_neurons`: how many neurons were kept.
    `score`: the probe's `score` (accuracy for classifiers) on the test set.
    """

    mode: Mode
    selection: Selection
    percent: float
    n_neurons: int
    score: float


def _check_ordering(ordering: Any, n_neurons: int) -> np.ndarray:
    order = np.asarray(ordering)
    if order.ndim != 1 or order.shape[0] != n_neurons or not np.issubdtype(order.dtype, np.integer):
        raise ValueError(f"ordering must be a permutation of all {n_neurons} neurons, got shape {order.shape}")
    if not np.array_equal(np.sort(order), np.arange(n_neurons)):
        raise ValueError(f"ordering must be a permutation of 0..{n_neurons - 1} (each neuron exactly once)")
    return order.astype(np.int64)


def ablation_table(
    probe: Any,
    X_train: Any,
    y_train: Any,
    X_test: Any,
    y_test: Any,
    ordering: Any,
    percents: Sequence[float] = (10, 15, 20),
    random_state: int | None = None,
    *,
    modes: Sequence[Mode] = ("masking", "retrain"),
    random_selection: Literal["bernoulli", "fixed"] = "bernoulli",
) -> list[AblationRow]:
    """The AAAI "keep top / bottom / random N %" tables, for masking and for retraining.

    `probe`: a fitted estimator (e.g. `ElasticNetProbe`) with `score`, `get_params` and `fit`.
    `X_train (words, neurons)`, `y_train (words,)` train the retrained probes; `X_test`, `y_test`
    evaluate everything. `ordering`: a permutation of all neurons, most important first (e.g.
    `neuron_ordering(probe.coef_)[0]`).

    Top N % = the first `ceil(N% * neurons)` entries of `ordering`, bottom N % = the last as many.
    Random N %: `random_selection="bernoulli"` keeps each neuron with probability N/100 (NeuroX's
    `get_random_neurons`, so the count varies), `"fixed"` draws exactly as many neurons as top/bottom.
    The "all" row of each mode is the fitted probe's own test score (retraining on every column
    would only re-draw the same probe).

    Returns rows ordered by mode, then `all`, then for each percent: top, random, bottom (the order
    of NeuroX's `print_overall_stats`).
    """
    X_train = _check_matrix(X_train)
    X_test = _check_matrix(X_test)
    n_neurons = X_test.shape[1]
    if X_train.shape[1] != n_neurons:
        raise ValueError(f"X_train has {X_train.shape[1]} neurons but X_test has {n_neurons}")
    order = _check_ordering(ordering, n_neurons)
    for mode in modes:
        if mode not in ("masking", "retrain"):
            raise ValueError(f"modes must contain 'masking' and/or 'retrain', got {mode!r}")
    if random_selection not in ("bernoulli", "fixed"):
        raise ValueError(f"random_selection must be 'bernoulli' or 'fixed', got {random_selection!r}")
    rng = np.random.default_rng(random_state)

    selections: list[tuple[float, Selection, np.ndarray]] = []
    for percent in percents:
        k = n_neurons_for_percent(percent, n_neurons)
        if random_selection == "bernoulli":
            rand = random_neurons(n_neurons, percent / 100.0, rng)
        else:
            rand = np.sort(rng.choice(n_neurons, size=k, replace=False))
        selections += [
            (percent, "top", order[:k]),
            (percent, "random", rand),
            (percent, "bottom", order[n_neurons - k :]),
        ]

    full_score = float(probe.score(X_test, y_test))
    rows: list[AblationRow] = []
    for mode in modes:
        rows.append(AblationRow(mode, "all", 100.0, n_neurons, full_score))
        for percent, selection, keep in selections:
            if mode == "masking":
                score = evaluate_masked(probe, X_test, y_test, keep)
            elif keep.shape[0] == 0:
                # A Bernoulli draw can keep nothing; a probe on zero columns cannot be trained.
                score = float("nan")
            else:
                score = evaluate_retrained(probe, X_train, y_train, X_test, y_test, keep)
            rows.append(AblationRow(mode, selection, float(percent), int(keep.shape[0]), score))
    return rows
