"""Subword → word alignment by character offsets and word-start markers; aggregation."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuronscope_server import alignment
from neuronscope_server.errors import InvalidArgument


def test_words_from_list_rebuilds_text_with_spaces():
    w = alignment.words_from_list(["She", "does", "n't", "like", "it", "."], [True, False, True, True, False, False])
    assert w.text == "She doesn't like it."
    assert [w.text[a:b] for a, b in w.spans] == ["She", "does", "n't", "like", "it", "."]


def test_words_from_list_validates():
    with pytest.raises(InvalidArgument, match="space_after has 1"):
        alignment.words_from_list(["a", "b"], [True])
    with pytest.raises(InvalidArgument, match=r"words\[1\]"):
        alignment.words_from_list(["a", "b c"], None)


def test_offsets_assign_pieces_and_bare_markers_to_words():
    words = alignment.words_from_text("I saw it.")
    # pieces: "▁" (bare, no overlap) "I" "▁saw" "▁it" "." "</s>"
    offsets = [(0, 0), (0, 1), (1, 5), (5, 8), (8, 9), (0, 0)]
    special = [False, False, False, False, False, True]
    pw = alignment.piece_words_from_offsets(offsets, special, words.spans)
    assert pw.tolist() == [0, 0, 1, 2, 2, -1]


def test_markers_for_generated_output():
    pieces = ["▁Lo", "▁vi", "▁ay", "er", ".", "</s>"]
    pw = alignment.piece_words_from_markers(pieces, [False] * 5 + [True])
    assert pw.tolist() == [0, 1, 2, 2, 2, -1]
    wp = alignment.piece_words_from_markers(["the", "##re", "is"], [False] * 3)
    assert wp.tolist() == [0, 0, 1]
    assert alignment.piece_words_from_markers(["ab", "cd"], [False, False]) is None


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 4), min_size=1, max_size=20), st.sampled_from(["first", "last", "mean"]))
def test_aggregate_matches_a_loop(assign, how):
    pw = np.array(sorted(assign), dtype=np.int32)
    n_words = int(pw.max()) + 1
    rows = np.random.default_rng(len(assign)).normal(size=(len(pw), 3)).astype(np.float32)
    got = alignment.aggregate(rows, pw, n_words, how)
    for w in range(n_words):
        mine = rows[pw == w]
        if len(mine) == 0:
            assert np.all(got[w] == 0)
            continue
        ref = {"first": mine[0], "last": mine[-1], "mean": mine.mean(0)}[how]
        np.testing.assert_allclose(got[w], ref, rtol=1e-6, atol=1e-6)


def test_aggregate_rejects_unknown():
    with pytest.raises(InvalidArgument, match="aggregation 'max'"):
        alignment.aggregate(np.zeros((1, 1), np.float32), np.zeros(1, np.int32), 1, "max")


@pytest.mark.parametrize("how", ["first", "last", "mean"])
def test_aggregate_out_of_order_pieces_take_the_general_path(how):
    pw = np.array([1, 0, 1, -1, 0], dtype=np.int32)
    rows = np.arange(10, dtype=np.float32).reshape(5, 2)
    got = alignment.aggregate(rows, pw, 2, how)
    ref = {"first": [rows[1], rows[0]], "last": [rows[4], rows[2]],
           "mean": [(rows[1] + rows[4]) / 2, (rows[0] + rows[2]) / 2]}[how]
    np.testing.assert_allclose(got, np.stack(ref))


@pytest.mark.parametrize("how", ["mean", "first", "last"])
def test_batch_aggregation_equals_sentence_by_sentence(how):
    import numpy as np

    from neuronscope_server.alignment import aggregate, aggregate_batch

    rng = np.random.default_rng(1)
    h = rng.normal(size=(3, 7, 4)).astype(np.float32)
    piece_words = [np.array([-1, 0, 0, 1, 2, 2, -1]), np.array([-1, 0, 1, -1, 5, 5, 5]), np.array([0, 1, 1, 2, -1, -1, -1])]
    lengths, n_words = [7, 3, 4], [3, 2, 3]
    got = aggregate_batch(h, piece_words, n_words, lengths, how)
    for b in range(3):
        want = aggregate(h[b, :lengths[b]], piece_words[b][:lengths[b]], n_words[b], how)
        np.testing.assert_allclose(got[b], want, rtol=1e-6)
    # pieces out of word order: the sentence-by-sentence path gives the same answer
    odd = [np.array([1, 0, 2, 2, -1, -1, -1])] * 3
    got = aggregate_batch(h, odd, [3, 3, 3], [4, 4, 4], how)
    for b in range(3):
        np.testing.assert_allclose(got[b], aggregate(h[b, :4], odd[b][:4], 3, how), rtol=1e-6)


def _piece_words_by_scan(offsets, special, spans):
    """The reference: every word tested for every piece (what the bisection replaced)."""
    out = np.full(len(offsets), -1, dtype=np.int32)
    starts = np.array([s for s, _ in spans], dtype=np.int64)
    ends = np.array([e for _, e in spans], dtype=np.int64)
    pending = []
    for k, ((a, b), is_special) in enumerate(zip(offsets, special)):
        if is_special:
            continue
        hit = np.nonzero((starts < b) & (ends > a))[0] if b > a else np.array([], dtype=np.int64)
        if hit.size:
            out[k] = int(hit[0])
            for p in pending:
                out[p] = int(hit[0])
            pending = []
        else:
            pending.append(k)
    return out


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=12),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.booleans()), max_size=30))
def test_piece_words_by_bisection_equal_the_scan_of_every_word(gaps_lengths, pieces):
    spans, pos = [], 0
    for gap, length in gaps_lengths:  # words in order, disjoint, as words_from_text/list make them
        spans.append((pos + gap, pos + gap + length))
        pos += gap + length
    offsets = [(a, a + n) for a, n, _ in pieces]
    special = [s for _, _, s in pieces]
    got = alignment.piece_words_from_offsets(offsets, special, tuple(spans))
    np.testing.assert_array_equal(got, _piece_words_by_scan(offsets, special, tuple(spans)))
    assert got.dtype == np.int32


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.integers(-1, 6), max_size=14), min_size=1, max_size=5), st.integers(1, 70),
       st.sampled_from(["<f4", "<f2"]), st.booleans())
def test_word_means_are_each_words_sum_taken_in_order(sentences, width, dtype, as_tensor):
    import torch

    pws = [np.asarray(pw, dtype=np.int32) for pw in sentences]  # any order, -1 for no word
    n_words = [int(pw.max(initial=-1)) + 1 + extra for pw, extra in zip(pws, (0, 1, 0, 2, 0))]  # some wordless
    length = max(len(pw) for pw in pws) + 1  # padding rows past every sentence's pieces
    rng = np.random.default_rng(len(sentences) * 100 + width)
    h = rng.standard_normal((len(pws), length, width)).astype(dtype)
    got = alignment.word_means(torch.from_numpy(h) if as_tensor else h, pws, n_words)
    f32 = h.astype(np.float32)
    for b, pw in enumerate(pws):
        assert got[b].dtype == np.float32 and got[b].shape == (n_words[b], width)
        for w in range(n_words[b]):
            mine = f32[b, np.flatnonzero(pw == w)]
            if not len(mine):
                assert np.all(got[b][w] == 0)
                continue
            # the sum piece after piece in float32 (cumsum is strictly in order), then one float32 division:
            # the same bits, however torch threads it
            want = np.cumsum(mine, axis=0)[-1] / np.float32(len(mine))
            np.testing.assert_array_equal(got[b][w], want)
            np.testing.assert_allclose(got[b][w], mine.astype(np.float64).mean(0), rtol=1e-5, atol=1e-5)
