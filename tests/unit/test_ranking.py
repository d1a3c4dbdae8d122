"""Unit tests for the NeuroX-exact neuron selection and ordering, per-label analysis and cheap rankers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from neuronscope.analysis.rankers import (
    anova_ranking,
    anova_ranking_per_label,
    gmm_ranking,
    probeless_ranking,
    probeless_ranking_per_label,
)
from neuronscope.analysis.ranking import (
    bottom_neurons,
    dedicated_neurons,
    focused_vs_distributed,
    label_top_neurons,
    neuron_ordering,
    neuron_ordering_granular,
    random_neurons,
    shared_neuron_counts,
    shared_neurons,
    top_neurons,
    top_neurons_hard_threshold,
)


def docstring_weights() -> np.ndarray:
    """Weights `(3, 1000)` that reproduce NeuroX's docstring example (METHODS §2.2).

    Each class's |w| sums to 100. The top neuron of each class holds 1.5-1.7 % of its mass (so 1 %
    selects only it) and, with its runner-ups, just over 2 % (so 2 % adds them).
    """
    W = np.zeros((3, 1000))
    named = {0: {2: 1.7, 4: 0.2, 123: 0.15}, 1: {52: 1.6, 130: 0.45}, 2: {134: 1.5, 567: 0.55}}
    for c, entries in named.items():
        W[c, :] = (100.0 - sum(entries.values())) / (1000 - len(entries))
        for j, w in entries.items():
            W[c, j] = w
    W[1] *= -1  # signs must not matter: NeuroX ranks by |w|
    return W


def naive_top(a: np.ndarray, p: float) -> set[int]:
    """A literal, loop-based transcription of NeuroX's per-class rule, for cross-checking."""
    order = sorted(range(len(a)), key=lambda j: (-a[j], j))
    total, cum = a.sum(), 0.0
    for i, j in enumerate(order):
        cum += a[j]
        if cum >= total * p:
            return set(order[: i + 1])
    return set(order)


# --------------------------------------------------------------------------- NeuroX docstring example


def test_docstring_example_selections() -> None:
    W = docstring_weights()
    assert top_neurons(W, 0.01)[0].tolist() == [2, 52, 134]
    assert top_neurons(W, 0.02)[0].tolist() == [2, 4, 52, 123, 130, 134, 567]


def test_docstring_example_ordering_starts_with_the_two_chunks() -> None:
    ordering, cutoffs = neuron_ordering(docstring_weights(), search_stride=100)
    assert ordering[:3].tolist() == [2, 52, 134]  # tie-break: descending max |w| (1.7, 1.6, 1.5)
    assert set(ordering[3:7].tolist()) == {4, 123, 130, 567}
    assert ordering[3:7].tolist() == [567, 130, 4, 123]  # 0.55, 0.45, 0.2, 0.15
    assert cutoffs[:3].tolist() == [3, 3, 7]


# --------------------------------------------------------------------------- top / bottom / random


def test_p_zero_selects_exactly_the_top_neuron_per_class() -> None:
    rng = np.random.default_rng(1)
    W = rng.normal(size=(5, 40))
    union, per_class = top_neurons(W, 0.0)
    expected = np.abs(W).argmax(axis=1)
    assert [pc.tolist() for pc in per_class] == [[j] for j in expected]
    assert union.tolist() == sorted(set(expected.tolist()))


def test_p_one_selects_every_neuron() -> None:
    W = np.random.default_rng(2).normal(size=(4, 33))
    union, per_class = top_neurons(W, 1.0)
    assert union.tolist() == list(range(33))
    assert all(len(pc) == 33 for pc in per_class)


def test_top_includes_the_neuron_that_crosses_the_threshold() -> None:
    # Masses 4, 3, 2, 1 (total 10): 50 % is reached only once the second neuron (cum 7) is in.
    W = np.array([[1.0, 2.0, 3.0, 4.0]])
    assert top_neurons(W, 0.5)[1][0].tolist() == [3, 2]
    assert top_neurons(W, 0.4)[1][0].tolist() == [3]  # exactly 4 >= 4: the crossing neuron alone


def test_bottom_neurons_take_the_smallest_weights_first() -> None:
    W = np.array([[1.0, 2.0, 3.0, 4.0]])
    union, per_class = bottom_neurons(W, 0.3)  # threshold 3: cum 1, 3 -> first two smallest
    assert per_class[0].tolist() == [0, 1]
    assert union.tolist() == [0, 1]


def test_one_dimensional_weights_are_one_class() -> None:
    w = np.array([0.1, -5.0, 0.2])
    assert top_neurons(w, 0.0)[0].tolist() == [1]


@settings(max_examples=60, deadline=None)
@given(
    W=hnp.arrays(np.float64, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=12),
                 elements=st.floats(-10, 10, allow_nan=False)),
    p=st.floats(0, 1),
)
def test_top_neurons_match_a_literal_transcription(W: np.ndarray, p: float) -> None:
    _, per_class = top_neurons(W, p)
    for c in range(W.shape[0]):
        assert set(per_class[c].tolist()) == naive_top(np.abs(W[c]), p)


def test_random_neurons_are_reproducible_and_near_p() -> None:
    a = random_neurons(10_000, 0.2, random_state=3)
    b = random_neurons(10_000, 0.2, random_state=3)
    assert np.array_equal(a, b)
    assert 1800 < len(a) < 2200
    assert random_neurons(50, 0.0, random_state=0).size == 0
    assert random_neurons(50, 1.0, random_state=0).tolist() == list(range(50))


def test_hard_threshold_divides_by_fraction() -> None:
    W = np.array([[10.0, 6.0, 4.0, 1.0], [0.0, 1.0, 0.0, 0.2]])
    union, per_class = top_neurons_hard_threshold(W, 2.0)  # keep |w| > max/2
    assert per_class[0].tolist() == [0, 1]
    assert per_class[1].tolist() == [1]
    assert union.tolist() == [0, 1]
    assert top_neurons_hard_threshold(W, 1.0)[0].size == 0  # nothing is > max


@pytest.mark.parametrize("bad_p", [-0.1, 1.5])
def test_p_outside_unit_interval_is_rejected(bad_p: float) -> None:
    with pytest.raises(ValueError, match="p must be in"):
        top_neurons(np.ones((2, 3)), bad_p)


def test_weights_with_nan_are_rejected() -> None:
    with pytest.raises(ValueError, match="NaN"):
        neuron_ordering(np.array([[np.nan, 1.0]]))


# --------------------------------------------------------------------------- global ordering


weights_strategy = hnp.arrays(
    np.float32,
    hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=30),
    # Include exact zeros: whole zero columns are the neurons NeuroX can leave out.
    elements=st.one_of(st.just(0.0), st.floats(-3, 3, allow_nan=False, width=32)),
)


@settings(max_examples=80, deadline=None)
@given(W=weights_strategy, stride=st.integers(1, 50))
def test_ordering_is_a_permutation_with_monotone_cutoffs(W: np.ndarray, stride: int) -> None:
    ordering, cutoffs = neuron_ordering(W, search_stride=stride)
    assert sorted(ordering.tolist()) == list(range(W.shape[1]))
    assert cutoffs.shape == (stride + 1,)
    assert np.all(np.diff(cutoffs) >= 0)
    assert cutoffs[-1] == W.shape[1]
    assert cutoffs[0] >= 1


@settings(max_examples=40, deadline=None)
@given(W=weights_strategy, stride=st.integers(1, 30))
def test_ordering_chunks_are_the_new_neurons_of_each_mass_step(W: np.ndarray, stride: int) -> None:
    ordering, cutoffs = neuron_ordering(W, search_stride=stride)
    seen: set[int] = set()
    start = 0
    for s in range(stride):  # all but the last chunk, which also holds the leftovers
        union = set(top_neurons(W, s / stride)[0].tolist())
        assert set(ordering[start : cutoffs[s]].tolist()) == union - seen
        seen |= union
        start = cutoffs[s]


def test_within_chunk_ties_are_broken_by_max_abs_weight() -> None:
    W = np.array([[0.0, 1.0, 5.0, 1.0], [3.0, 0.0, 0.0, 4.0]])
    ordering, cutoffs = neuron_ordering(W, search_stride=1)
    # Step 0 selects each class's top neuron {2, 3}; ordered by max |w| (5 > 4).
    assert ordering[:2].tolist() == [2, 3]
    assert cutoffs[0] == 2


def test_never_selected_zero_neurons_are_appended_last() -> None:
    # Neurons 3 and 4 are zero in every class: the cumulative mass reaches 100 % before them.
    W = np.array([[2.0, 1.0, 0.5, 0.0, 0.0], [0.0, 0.3, 3.0, 0.0, 0.0]])
    ordering, cutoffs = neuron_ordering(W, search_stride=10)
    assert ordering[-2:].tolist() == [3, 4]
    assert ordering[:3].tolist() == [2, 0, 1]
    assert cutoffs[-1] == 5
    assert cutoffs[-2] == 3  # NeuroX's own ordering stops here


def test_planted_weights_rank_first() -> None:
    rng = np.random.default_rng(4)
    W = rng.normal(0, 0.01, size=(6, 300))
    planted = [7, 42, 99, 150, 201, 288]
    for c, j in enumerate(planted):
        W[c, j] = 1.0 + c
    ordering, _ = neuron_ordering(W)
    assert set(ordering[:6].tolist()) == set(planted)


@settings(max_examples=40, deadline=None)
@given(W=weights_strategy, granularity=st.integers(1, 10), stride=st.integers(1, 30))
def test_granular_ordering_is_a_permutation(W: np.ndarray, granularity: int, stride: int) -> None:
    ordering, cutoffs = neuron_ordering_granular(W, granularity=granularity, search_stride=stride)
    assert sorted(ordering.tolist()) == list(range(W.shape[1]))
    assert np.all(np.diff(cutoffs) > 0)
    assert cutoffs[-1] == W.shape[1]


def test_granular_chunks_grow_in_steps_of_about_granularity() -> None:
    W = np.abs(np.random.default_rng(5).normal(size=(3, 400)))
    _, cutoffs = neuron_ordering_granular(W, granularity=50, search_stride=1000)
    assert len(cutoffs) >= 6
    assert np.all(np.diff(cutoffs) <= 60)  # a fine mass grid adds few neurons per step


# --------------------------------------------------------------------------- per-label analysis


def focused_and_distributed_weights() -> np.ndarray:
    """Class 0 leans on 2 neurons (focused); class 1 spreads evenly over 80 (distributed)."""
    W = np.full((2, 100), 0.01)
    W[0, [10, 11]] = 5.0
    W[1, :80] = 1.0
    W[1, 80:] = 0.0
    return W


def test_focused_vs_distributed_counts() -> None:
    focus = focused_vs_distributed(focused_and_distributed_weights(), mass=0.25, labels=["DET", "NN"])
    assert [f.label for f in focus] == ["DET", "NN"]
    assert focus[0].n_neurons == 1 and focus[0].focused
    assert focus[1].n_neurons == 20 and not focus[1].focused  # 25 % of 80 equal weights
    assert focus[1].fraction == pytest.approx(0.2)


def test_shared_and_dedicated_neurons() -> None:
    per_label = [np.array([1, 2, 3]), np.array([2, 3, 4]), np.array([3, 9])]
    assert shared_neurons(per_label).tolist() == [3]
    assert shared_neurons(per_label, [0, 1]).tolist() == [2, 3]
    assert dedicated_neurons(per_label, 0).tolist() == [1]
    assert dedicated_neurons(per_label, 2).tolist() == [9]
    counts = shared_neuron_counts(per_label)
    assert counts.tolist() == [[3, 2, 1], [2, 3, 1], [1, 1, 2]]
    with pytest.raises(ValueError, match="out of range"):
        shared_neurons(per_label, [5])


def test_label_top_neurons_default_mass_is_a_quarter() -> None:
    W = np.array([[4.0, 3.0, 2.0, 1.0]])  # 25 % of 10 = 2.5: the first neuron (4) crosses it
    assert label_top_neurons(W)[0].tolist() == [0]
    assert label_top_neurons(W, mass=0.5)[0].tolist() == [0, 1]


# --------------------------------------------------------------------------- cheap rankers


def planted_data(n: int = 600, d: int = 30, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Neurons 5 and 17 carry the 3-way label; the rest are noise on very different scales."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, d)
    X[:, 5] += 2.5 * (y == 1) - 2.5 * (y == 2)
    X[:, 17] += 3.0 * (y == 0)
    return X.astype(np.float32), y


@pytest.mark.parametrize("ranker", [probeless_ranking, anova_ranking, gmm_ranking])
def test_cheap_rankers_put_planted_neurons_first(ranker) -> None:
    X, y = planted_data()
    ranking = ranker(X, y)
    assert set(ranking.ordering[:2].tolist()) == {5, 17}
    assert sorted(ranking.ordering.tolist()) == list(range(X.shape[1]))
    assert ranking.scores[5] > np.median(ranking.scores)


def test_probeless_score_is_the_pairwise_sum_of_mean_differences() -> None:
    X, y = planted_data(n=90, d=20)
    means = np.stack([X[y == z].astype(np.float64).mean(axis=0) for z in range(3)])
    expected = sum(np.abs(means[a] - means[b]) for a in range(3) for b in range(a + 1, 3))
    np.testing.assert_allclose(probeless_ranking(X, y).scores, expected, rtol=1e-9)


def test_probeless_per_label_and_min_count() -> None:
    X, y = planted_data()
    per_label = probeless_ranking_per_label(X, y)
    assert set(per_label) == {0, 1, 2}
    assert per_label[0].ordering[0] == 17  # label 0 is the one neuron 17 marks
    y_rare = y.copy()
    y_rare[:3] = 7  # a label with 3 words is ignored at min_count=10
    assert set(probeless_ranking_per_label(X, y_rare, min_count=10)) == {0, 1, 2}


def test_anova_matches_sklearn_f_classif() -> None:
    f_classif = pytest.importorskip("sklearn.feature_selection").f_classif
    X, y = planted_data(n=200, d=20)
    np.testing.assert_allclose(anova_ranking(X, y).scores, f_classif(X, y)[0], rtol=1e-5)


def test_anova_per_label_is_one_vs_rest() -> None:
    X, y = planted_data()
    per_label = anova_ranking_per_label(X, y)
    assert per_label[0].ordering[0] == 17
    assert per_label[1].ordering[0] == 5


def test_gmm_f1_needs_a_positive_label_and_finds_its_neuron() -> None:
    X, y = planted_data()
    with pytest.raises(ValueError, match="positive_label"):
        gmm_ranking(X, y, metric="f1")
    # Only neuron 5 tells label 1 from label 2; neuron 17 only marks label 0.
    assert gmm_ranking(X, y, metric="f1", positive_label=1).ordering[0] == 5
    assert 17 in gmm_ranking(X, y, metric="f1", positive_label=0).ordering[:2].tolist()
    balanced = gmm_ranking(X, y, metric="balanced_accuracy", simulate_balanced=True)
    assert set(balanced.ordering[:2].tolist()) == {5, 17}


def test_gmm_z_scores_so_a_tiny_scale_does_not_matter() -> None:
    # Without the division by std (the original precedence bug), a neuron whose activations are
    # ~1e-9 would have class stds under the 1e-6 floor and lose its signal; z-scored, it keeps it.
    X, y = planted_data(n=300, d=20)
    tiny = X.astype(np.float64)
    tiny[:, 5] *= 1e-9
    np.testing.assert_allclose(gmm_ranking(tiny, y).scores, gmm_ranking(X.astype(np.float64), y).scores)
    assert gmm_ranking(tiny, y).scores[5] > 0.5


def test_constant_neuron_ranks_last_in_anova() -> None:
    X, y = planted_data(n=120, d=20)
    X[:, 2] = 1.0
    ranking = anova_ranking(X, y)
    assert np.isnan(ranking.scores[2])
    assert ranking.ordering[-1] == 2


def test_ablation_warnings_flag_top_no_better_than_random():
    from neuronscope.analysis.ablation import AblationRow
    from neuronscope_server.ranking_job import ablation_warnings

    rows = [AblationRow("masking", "top", 10.0, 5, 0.50), AblationRow("masking", "random", 10.0, 5, 0.53),
            AblationRow("masking", "top", 20.0, 10, 0.70), AblationRow("masking", "random", 20.0, 10, 0.60),
            AblationRow("masking", "all", 100.0, 50, 0.9)]
    warnings = ablation_warnings(rows)
    assert len(warnings) == 1 and "masking 10 %" in warnings[0] and "0.500" in warnings[0] and "0.530" in warnings[0]
