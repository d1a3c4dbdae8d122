"""Unit tests for classifier-level ablation: keep/remove helpers and the AAAI top/bottom/random table."""

from __future__ import annotations

import numpy as np
import pytest

from neuronscope.analysis.ablation import (
    ablation_table,
    evaluate_masked,
    evaluate_retrained,
    filter_keep_neurons,
    filter_remove_neurons,
    n_neurons_for_percent,
    zero_out_keep_neurons,
    zero_out_remove_neurons,
)
from neuronscope.analysis.probe import ElasticNetProbe
from neuronscope.analysis.ranking import neuron_ordering

N_NEURONS = 40
PLANTED = (2, 9, 17, 30)  # 10 % of 40: exactly the top 10 %


def planted(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """4 classes, each marked by one planted neuron; the other 36 neurons are noise."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    X = rng.normal(size=(n, N_NEURONS))
    for c, j in enumerate(PLANTED):
        X[:, j] += 3.0 * (y == c)
    return X.astype(np.float32), y


@pytest.fixture(scope="module")
def setup():
    X_train, y_train = planted(800, 0)
    X_test, y_test = planted(400, 1)
    probe = ElasticNetProbe(random_state=0).fit(X_train, y_train)
    ordering, _ = neuron_ordering(probe.coef_)
    return probe, X_train, y_train, X_test, y_test, ordering


# --------------------------------------------------------------------------- helpers


def test_zero_out_keep_and_remove() -> None:
    X = np.arange(12, dtype=np.float32).reshape(3, 4) + 1
    kept = zero_out_keep_neurons(X, [1, 3])
    assert kept.tolist() == [[0, 2, 0, 4], [0, 6, 0, 8], [0, 10, 0, 12]]
    removed = zero_out_remove_neurons(X, [1, 3])
    assert removed.tolist() == [[1, 0, 3, 0], [5, 0, 7, 0], [9, 0, 11, 0]]
    assert X[0, 1] == 2  # the input is not modified


def test_filter_keep_and_remove() -> None:
    X = np.arange(12).reshape(3, 4)
    assert filter_keep_neurons(X, [3, 0]).tolist() == [[3, 0], [7, 4], [11, 8]]
    assert filter_remove_neurons(X, [0, 2]).tolist() == [[1, 3], [5, 7], [9, 11]]
    assert filter_remove_neurons(X, []).shape == (3, 4)


def test_out_of_range_neurons_are_rejected() -> None:
    with pytest.raises(ValueError, match="out of range"):
        zero_out_keep_neurons(np.zeros((2, 4)), [4])
    with pytest.raises(ValueError, match="integer"):
        filter_keep_neurons(np.zeros((2, 4)), [0.5])


@pytest.mark.parametrize(("percent", "n", "expected"), [(15, 100, 15), (10, 2048, 205), (20, 40, 8), (0.1, 10, 1)])
def test_n_neurons_for_percent_is_an_exact_ceiling(percent: float, n: int, expected: int) -> None:
    assert n_neurons_for_percent(percent, n) == expected


# --------------------------------------------------------------------------- masking and retraining


def test_masking_keeps_accuracy_only_with_the_planted_neurons(setup) -> None:
    probe, _, _, X_test, y_test, _ = setup
    others = [j for j in range(N_NEURONS) if j not in PLANTED]
    assert evaluate_masked(probe, X_test, y_test, list(PLANTED)) > 0.85
    assert evaluate_masked(probe, X_test, y_test, others) < 0.45


def test_retraining_on_planted_columns_recovers_accuracy(setup) -> None:
    probe, X_train, y_train, X_test, y_test, _ = setup
    before = probe.coef_.copy()
    assert evaluate_retrained(probe, X_train, y_train, X_test, y_test, list(PLANTED)) > 0.85
    np.testing.assert_array_equal(probe.coef_, before)  # retraining uses a clone, not the original


def test_ablation_table_top_beats_bottom_in_both_modes(setup) -> None:
    probe, X_train, y_train, X_test, y_test, ordering = setup
    rows = ablation_table(probe, X_train, y_train, X_test, y_test, ordering, random_state=0)
    assert len(rows) == 2 * (1 + 3 * 3)
    table = {(r.mode, r.selection, r.percent): r for r in rows}
    full = probe.score(X_test, y_test)
    for mode in ("masking", "retrain"):
        assert table[(mode, "all", 100.0)].score == pytest.approx(full)
        assert table[(mode, "all", 100.0)].n_neurons == N_NEURONS
        for percent in (10.0, 15.0, 20.0):
            top, bottom = table[(mode, "top", percent)], table[(mode, "bottom", percent)]
            assert top.n_neurons == bottom.n_neurons == n_neurons_for_percent(percent, N_NEURONS)
            assert top.score > bottom.score + 0.3
    assert [r.selection for r in rows[:4]] == ["all", "top", "random", "bottom"]


def test_ablation_table_random_fixed_matches_the_top_count(setup) -> None:
    probe, X_train, y_train, X_test, y_test, ordering = setup
    rows = ablation_table(probe, X_train, y_train, X_test, y_test, ordering, percents=(25,),
                          random_state=1, modes=("masking",), random_selection="fixed")
    by_selection = {r.selection: r for r in rows}
    assert by_selection["random"].n_neurons == by_selection["top"].n_neurons == 10
    again = ablation_table(probe, X_train, y_train, X_test, y_test, ordering, percents=(25,),
                           random_state=1, modes=("masking",), random_selection="fixed")
    assert again == rows  # seeded: the same random neurons, the same scores


def test_ablation_table_rejects_an_ordering_that_is_not_a_permutation(setup) -> None:
    probe, X_train, y_train, X_test, y_test, ordering = setup
    with pytest.raises(ValueError, match="permutation"):
        ablation_table(probe, X_train, y_train, X_test, y_test, ordering[:-1])
    duplicated = ordering.copy()
    duplicated[0] = duplicated[1]
    with pytest.raises(ValueError, match="permutation"):
        ablation_table(probe, X_train, y_train, X_test, y_test, duplicated)
