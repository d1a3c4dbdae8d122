"""Cutting a sorted pass into micro-batches: exact minimum of padded tokens plus per-pass overhead."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuronscope_server.micro_batches import overhead_tokens, plan


def _cost(lengths, cuts, overhead):
    return sum((e - s) * lengths[e - 1] + overhead for s, e in cuts)


def _brute_force(lengths, max_size, overhead):
    n = len(lengths)
    best = None
    for mask in itertools.product((0, 1), repeat=n - 1):  # 1: cut after position i
        bounds = [0] + [i + 1 for i, m in enumerate(mask) if m] + [n]
        cuts = list(zip(bounds, bounds[1:]))
        if any(e - s > max_size for s, e in cuts):
            continue
        c = _cost(lengths, cuts, overhead)
        best = c if best is None else min(best, c)
    return best


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=9), st.integers(1, 9), st.integers(0, 200))
def test_plan_is_the_cheapest_valid_cut(lengths, max_size, overhead):
    lengths = sorted(lengths)
    cuts = plan(lengths, max_size, overhead)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(lengths)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))  # contiguous, in order
    assert all(0 < e - s <= max_size for s, e in cuts)
    assert _cost(lengths, cuts, overhead) == _brute_force(lengths, max_size, overhead)


def test_equal_lengths_make_full_batches_and_spread_lengths_split():
    assert plan([10] * 64, 64, 32) == [(0, 64)]
    assert plan([10] * 100, 64, 32) in ([(0, 36), (36, 100)], [(0, 64), (64, 100)]) or len(plan([10] * 100, 64, 32)) == 2
    # a very long sentence does not pad 63 short ones to its length
    cuts = plan([5] * 63 + [200], 64, 32)
    assert cuts == [(0, 63), (63, 64)]
    # a large per-pass overhead (a GPU) keeps one pass
    assert plan([5] * 63 + [200], 64, 100_000) == [(0, 64)]


def test_bad_input():
    assert plan([], 8, 32) == []
    with pytest.raises(ValueError, match="sorted"):
        plan([3, 2], 8, 32)
    assert overhead_tokens(-1, "cuda", False) > overhead_tokens(-1, "cpu", False)
    assert overhead_tokens(10, "cpu", True) > overhead_tokens(10, "cpu", False) == 10
