"""Out-of-core ranking: a dataset spooled to a local file ranks exactly as in memory, in bounded reads."""

from __future__ import annotations

import os
import tracemalloc

import numpy as np
import pytest
import torch

from neuronscope import wire
from neuronscope.analysis import rowmatrix
from neuronscope.analysis.control_task import control_task_labels, majority_baseline
from neuronscope.analysis.probe import ElasticNetProbe
from neuronscope.analysis.rowmatrix import ArrayRows
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server import ranking_job
from neuronscope_server.dataset_matrix import WordColumns, spool
from neuronscope_server.datasets import DatasetStore
from neuronscope_server.errors import Cancelled, InvalidArgument, ResourceExhausted
from neuronscope_server.ranking_job import (
    RankParams,
    estimate_dataset_rank_bytes,
    estimate_rank_bytes,
    rank,
    rank_dataset,
    rank_matrix,
)
from neuronscope_server.store import MemoryStore

torch.set_num_threads(1)

SITES = (("encoder.layers.1", 40), ("encoder.layers.2", 24))
PLANTED = (3, 17, 45, 50, 61)  # one per class, across both sites
TAGS = ("ADJ", "DET", "NOUN", "PUNCT", "VERB")


def planted(n_words: int = 20_000, seed: int = 0):
    """(X (words, 64) float32 holding float16 values, labels, words, sentence lengths): one planted
    neuron per class, every neuron on its own scale, labels mostly fixed by the word type."""
    rng = np.random.default_rng(seed)
    lengths = []
    while sum(lengths) < n_words:
        lengths.append(int(min(rng.integers(3, 15), n_words - sum(lengths))))
    word_ids = rng.integers(0, 400, n_words)
    y = (word_ids + (rng.random(n_words) < 0.2) * rng.integers(0, 5, n_words)) % 5
    width = sum(w for _, w in SITES)
    X = rng.normal(size=(n_words, width)) * np.exp(rng.normal(size=width))
    for c, j in enumerate(PLANTED):
        X[:, j] += 2.0 * np.exp(rng.normal()) * (y == c)
    X = X.astype(np.float16).astype(np.float32)
    return X, [TAGS[i] for i in y], [f"w{i}" for i in word_ids], lengths


def chunks_of(X: np.ndarray, labels, words, lengths, sites=SITES, sentences_per_chunk: int = 300,
              dtype: str = "float16"):
    """The dataset as the store yields it: DatasetChunk messages of whole sentences."""
    out, row = [], 0
    for i in range(0, len(lengths), sentences_per_chunk):
        lens = lengths[i : i + sentences_per_chunk]
        lo, row = row, row + sum(lens)
        chunk = pb.DatasetChunk(index=len(out), words=words[lo:row], sentence_lengths=lens,
                                labels=[pb.LabelColumn(name="upos", values=labels[lo:row])])
        col = 0
        for name, width in sites:
            chunk.activations.append(pb.SiteActivations(site=name, side="source",
                                                        values=wire.encode(X[lo:row, col : col + width], dtype)))
            col += width
        out.append(chunk)
    return out


@pytest.fixture(scope="module")
def data():
    return planted()


@pytest.fixture(scope="module")
def chunks(data):
    return chunks_of(*data)


def spooled_fds() -> list[str]:
    """Open descriptors of spool files in this process (they are unlinked, so only /proc shows them)."""
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if "neuronscope-rank-" in target:
            out.append(target)
    return out


def assert_same_outcome(a, b) -> None:
    np.testing.assert_array_equal(a.ordering, b.ordering)
    assert a.cutoffs == b.cutoffs and a.classes == b.classes
    assert a.accuracy == b.accuracy and a.majority == b.majority
    assert a.label_neurons == b.label_neurons and a.label_accuracy == b.label_accuracy
    assert a.control_accuracy == b.control_accuracy
    assert [(r.mode, r.selection, r.percent, r.score) for r in a.ablation] == \
           [(r.mode, r.selection, r.percent, r.score) for r in b.ablation]
    if a.scores is not None:
        np.testing.assert_array_equal(a.scores, b.scores)
    assert (a.train_words, a.test_words, a.dropped_words) == (b.train_words, b.test_words, b.dropped_words)


# --------------------------------------------------------------------------- the spooled file


def test_spool_holds_the_sites_in_order_in_the_storage_dtype(data, chunks, tmp_path):
    X, labels, words, lengths = data
    with spool(chunks, [name for name, _ in SITES], "upos", directory=str(tmp_path)) as m:
        assert m.shape == X.shape and m.dtype == np.float16 and m.nbytes == X.size * 2
        assert m.sites == SITES
        idx = np.array([5, 6, 7, 19_999, 0, 1, 1, 300])  # runs, a jump back and a repeat
        np.testing.assert_array_equal(m.rows(idx).astype(np.float32), X[idx])
        np.testing.assert_allclose(m.mean, X.astype(np.float64).mean(axis=0), rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(m.std, X.astype(np.float64).std(axis=0), rtol=1e-9)
        assert [m.words.label_values[c] for c in m.words.labels[:50]] == labels[:50]
        assert [m.words.vocabulary[i] for i in m.words.word_ids[-50:]] == words[-50:]
        assert m.words.lengths.tolist() == lengths
        with pytest.raises(IndexError):
            m.rows(np.array([X.shape[0]]))
        assert list(tmp_path.iterdir()) == []  # unlinked at once: nothing to leave behind
    assert spooled_fds() == []
    with pytest.raises(ValueError, match="closed"):
        m.rows(np.array([0]))


def test_spool_refuses_nan_and_a_missing_site(data, tmp_path):
    X, labels, words, lengths = data
    bad = X[:2000].copy()
    bad[1500, 3] = np.inf
    with pytest.raises(InvalidArgument, match="NaN or infinite"):
        spool(chunks_of(bad, labels[:2000], words[:2000], _lengths_upto(lengths, 2000)),
              [name for name, _ in SITES], "upos", directory=str(tmp_path))
    with pytest.raises(InvalidArgument, match="'decoder.layers.0' is not in the dataset"):
        spool(chunks_of(X, labels, words, lengths), ["decoder.layers.0"], "upos", directory=str(tmp_path))
    with pytest.raises(InvalidArgument, match="label_column 'xpos'"):
        spool(chunks_of(X, labels, words, lengths), ["encoder.layers.1"], "xpos", directory=str(tmp_path))
    assert spooled_fds() == [] and list(tmp_path.iterdir()) == []


def _lengths_upto(lengths, n):
    out = []
    for x in lengths:
        if sum(out) + x > n:
            out.append(n - sum(out))
            break
        out.append(x)
    return [x for x in out if x]


# --------------------------------------------------------------------------- same result as in memory


@pytest.mark.parametrize("method", ["lca", "probeless", "gmm", "anova"])
def test_spooled_ranking_equals_the_in_memory_ranking(data, chunks, tmp_path, method):
    X, labels, words, lengths = data
    params = RankParams(method=method, control_task=method == "lca", seed=3)
    in_memory = rank(X, labels, words, lengths, params)
    with spool(chunks, [name for name, _ in SITES], "upos", directory=str(tmp_path)) as m:
        spooled = rank_matrix(m, m.words, params, block_rows=1_000)
    assert_same_outcome(in_memory, spooled)
    if method == "lca":
        assert set(spooled.ordering[:5].tolist()) == set(PLANTED)
        assert spooled.accuracy > spooled.majority - 0.05 and spooled.accuracy > 0.8


def test_raw_activations_and_ignored_labels_agree_too(data, chunks, tmp_path):
    X, labels, words, lengths = data
    params = RankParams(raw_activations=True, ignore_labels=("PUNCT",), min_label_count=10, seed=1)
    in_memory = rank(X, labels, words, lengths, params)
    with spool(chunks, [name for name, _ in SITES], "upos", directory=str(tmp_path)) as m:
        spooled = rank_matrix(m, m.words, params)
    assert_same_outcome(in_memory, spooled)
    assert "PUNCT" not in spooled.classes and spooled.dropped_words > 0


def test_integer_baselines_equal_the_string_reference(data):
    """The majority baseline and the control labels on word-type codes equal the string-based ones."""
    X, labels, words, lengths = data
    cols = WordColumns.from_lists(labels, words, lengths)
    split = ranking_job._split(cols, X.shape[0], RankParams(seed=2))
    w = np.asarray(words, dtype=object)
    y = np.asarray(split.classes, dtype=object)
    ref = majority_baseline(list(w[split.train]), list(y[split.y_train]), list(w[split.test]), list(y[split.y_test]))
    ours = ranking_job._majority_accuracy(cols.word_ids[split.train], split.y_train, cols.word_ids[split.test],
                                          split.y_test, len(split.classes), len(cols.vocabulary))
    assert ours == ref
    ref_tr, ref_te = control_task_labels(list(w[split.train]), list(y[split.y_train]), list(w[split.test]), seed=2)
    ctrl_tr, ctrl_te = ranking_job._control_labels(cols, split, 2)
    assert list(y[ctrl_tr]) == list(ref_tr) and list(y[ctrl_te]) == list(ref_te)


def test_probe_on_a_row_matrix_trains_as_on_the_array(data):
    X, labels, _, _ = data
    y = np.asarray(labels)
    on_array = ElasticNetProbe(random_state=0).fit(X, y)
    on_rows = ElasticNetProbe(random_state=0).fit(ArrayRows(X), y)
    np.testing.assert_array_equal(on_array.coef_, on_rows.coef_)
    assert on_array.n_steps_ == on_rows.n_steps_
    np.testing.assert_array_equal(on_array.predict_proba(X[:500]), on_rows.predict_proba(ArrayRows(X[:500])))
    assert on_rows.score(ArrayRows(X), y) == on_array.score(X, y)


# --------------------------------------------------------------------------- bounded memory


class CountingRows:
    """A RowMatrix that records the largest read."""

    def __init__(self, base) -> None:
        self.base, self.largest, self.reads = base, 0, 0

    @property
    def shape(self):
        return self.base.shape

    @property
    def dtype(self):
        return self.base.dtype

    def rows(self, index):
        self.largest = max(self.largest, len(index))
        self.reads += 1
        return self.base.rows(index)


def test_reads_stay_within_the_block_and_memory_below_the_matrix(monkeypatch, tmp_path):
    """With 64 KiB reads, ranking 20,000 x 256 float16 never asks for more than a block or a training
    batch of rows at once, and its numpy peak stays well below the float32 matrix it no longer builds."""
    monkeypatch.setattr(rowmatrix, "READ_BYTES", 64 << 10)
    rng = np.random.default_rng(5)
    n, d = 20_000, 256
    y = rng.integers(0, 4, n)
    X = rng.normal(size=(n, d)).astype(np.float32)
    X[:, :4] += 2.0 * (y[:, None] == np.arange(4))
    lengths = [10] * (n // 10)
    labels, words = [TAGS[i] for i in y], [f"w{i}" for i in rng.integers(0, 300, n)]
    chunks = chunks_of(X, labels, words, lengths, sites=(("encoder.layers.1", d),))
    tracemalloc.start()
    try:
        with spool(chunks, ["encoder.layers.1"], "upos", directory=str(tmp_path)) as m:
            counted = CountingRows(m)
            tracemalloc.reset_peak()
            out = rank_matrix(counted, m.words, RankParams(seed=0), block_rows=512)
            peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert set(out.ordering[:4].tolist()) == {0, 1, 2, 3}
    assert counted.largest <= 1_024  # the probe's training batch; every other read is 512 rows or 64 KiB
    assert peak < n * d * 4 / 2, f"numpy peak {peak:,} bytes vs a {n * d * 4:,}-byte float32 matrix"


# --------------------------------------------------------------------------- from a store, cleanup, refusal


def stored(data, chunks, chunk_bytes: int = 1 << 20) -> DatasetStore:
    X = data[0]
    ds = DatasetStore(MemoryStore(evict=False), 600, chunk_bytes, 100_000)
    info = pb.DatasetInfo(handle="ds_planted", sites=[pb.Site(name=n, side="source", width=w) for n, w in SITES],
                          label_columns=["upos"], words=X.shape[0], storage_dtype="float16")
    ds.import_chunks("t", "ds_planted", info, iter(chunks))
    return ds


def test_rank_dataset_from_a_store_equals_in_memory_and_leaves_no_file(data, chunks, tmp_path):
    X, labels, words, lengths = data
    ds = stored(data, chunks)
    params = RankParams(seed=3)
    seen: list[tuple[str, float]] = []

    def progress(stage: str, fraction: float) -> None:
        if stage == "training" and not any(s == "training" for s, _ in seen):
            assert len(spooled_fds()) == 1  # the job holds its file while it runs ...
            assert list(tmp_path.iterdir()) == []  # ... by descriptor only
        seen.append((stage, fraction))

    out = rank_dataset(ds, "t", "ds_planted", "upos", [n for n, _ in SITES], params, progress,
                       directory=str(tmp_path))
    assert_same_outcome(rank(X, labels, words, lengths, params), out)
    loading = [f for s, f in seen if s == "loading"]
    assert loading == sorted(loading) and loading[-1] == pytest.approx(0.1)
    assert spooled_fds() == []


def test_rank_dataset_cleans_up_on_error_and_on_cancel(data, chunks, tmp_path):
    ds = stored(data, chunks)
    sites = [n for n, _ in SITES]
    polls = 0

    def stop_after_a_few_chunks() -> bool:
        nonlocal polls
        polls += 1
        return polls > 3

    with pytest.raises(Cancelled, match="while loading"):
        rank_dataset(ds, "t", "ds_planted", "upos", sites, RankParams(), should_stop=stop_after_a_few_chunks,
                     directory=str(tmp_path))
    assert spooled_fds() == []

    def stop_in_training(stage: str, fraction: float) -> None:
        if stage == "training":
            raise Cancelled("stopped in training")

    with pytest.raises(Cancelled, match="in training"):
        rank_dataset(ds, "t", "ds_planted", "upos", sites, RankParams(), stop_in_training, directory=str(tmp_path))
    assert spooled_fds() == []
    with pytest.raises(InvalidArgument, match="at least 2"):
        rank_dataset(ds, "t", "ds_planted", "upos", sites, RankParams(ignore_labels=TAGS[1:]),
                     directory=str(tmp_path))
    assert spooled_fds() == [] and list(tmp_path.iterdir()) == []


def test_estimate_refuses_a_job_over_the_limit_before_reading(data, chunks, tmp_path):
    ds = stored(data, chunks)
    reads = 0
    real_chunks = ds.chunks

    def counting_chunks(tenant, handle):
        nonlocal reads
        reads += 1
        return real_chunks(tenant, handle)

    ds.chunks = counting_chunks  # type: ignore[method-assign]
    params = RankParams()
    estimate = estimate_dataset_rank_bytes(ds.describe("t", "ds_planted"), [n for n, _ in SITES], params,
                                           chunk_bytes=ds.chunk_bytes)
    assert estimate == estimate_rank_bytes(20_000, 64, params, storage_itemsize=2, chunk_bytes=ds.chunk_bytes)
    with pytest.raises(ResourceExhausted) as err:
        rank_dataset(ds, "t", "ds_planted", "upos", [n for n, _ in SITES], params,
                     memory_limit_bytes=estimate - 1, directory=str(tmp_path))
    assert f"{estimate:,} bytes" in str(err.value) and f"{estimate - 1:,} bytes" in str(err.value)
    assert reads == 0 and spooled_fds() == []
    rank_dataset(ds, "t", "ds_planted", "upos", [n for n, _ in SITES], params, memory_limit_bytes=estimate,
                 directory=str(tmp_path))
    assert reads == 1


def test_estimate_grows_with_the_job_and_stays_below_the_in_memory_matrix():
    lca = RankParams()
    small = estimate_rank_bytes(10_000, 256, lca)
    assert estimate_rank_bytes(1_000_000, 256, lca) > small
    assert estimate_rank_bytes(10_000, 4096, lca) > small
    assert estimate_rank_bytes(10_000, 256, RankParams(control_task=True)) > small
    assert estimate_rank_bytes(1_000_000, 256, RankParams(method="gmm")) > estimate_rank_bytes(1_000_000, 256, lca)
    # 1M x 256: far below the 1 GiB float32 matrix (and the ~4 GiB the in-memory path peaked at)
    assert estimate_rank_bytes(1_000_000, 256, lca, storage_itemsize=2) < 512 << 20


def test_words_of_unequal_length_are_refused(data):
    X, labels, words, lengths = data
    with pytest.raises(InvalidArgument, match="sentence lengths sum to"):
        rank(X, labels, words, lengths[:-1], RankParams())

