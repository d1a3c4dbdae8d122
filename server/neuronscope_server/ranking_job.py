"""One neuron-ranking job: split, probe, order, ablate, control — no gRPC.

``rank_matrix`` runs on any ``RowMatrix`` a block of rows at a time; ``rank`` runs it on an array in
memory, ``rank_dataset`` on a stored dataset spooled to a local file (``dataset_matrix``), in memory
bounded by ``estimate_rank_bytes`` whatever the dataset's size (the same code and numbers as ``rank``).

The linguistic-correlation ("lca") path follows Dalvi et al. (AAAI 2019) and NeuroX: an elastic-net
probe on (words, neurons), the NeuroX global ordering with cutoffs, per-label top neurons at a weight
mass (focused vs distributed), the masking-out (and optionally retraining) table at N % and the
local-majority baseline; optionally a control task for selectivity (Hewitt & Liang 2019). The cheap
rankers (probeless, gmm, anova) return an ordering and per-neuron scores.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from neuronscope.analysis import (
    ElasticNetProbe,
    ablation_table,
    anova_ranking,
    fit_control_task,
    gmm_ranking,
    label_top_neurons,
    neuron_ordering,
    probeless_ranking,
)
from neuronscope.analysis.rowmatrix import READ_BYTES, ArrayRows, RowMatrix, RowView
from neuronscope_server.dataset_matrix import ColumnStats, DatasetMatrix, WordColumns, spool, spool_dtype
from neuronscope_server.errors import Cancelled, InvalidArgument, ResourceExhausted

if TYPE_CHECKING:
    from neuronscope.v1 import neuronscope_pb2 as pb
    from neuronscope_server.datasets import DatasetStore

LABEL_METHODS = ("lca", "probeless", "gmm", "anova")
CROSS_METHODS = ("maxcorr", "mincorr", "linreg", "svcca")
METHODS = LABEL_METHODS + CROSS_METHODS


@dataclass(frozen=True)
class RankParams:
    method: str = "lca"
    ignore_labels: tuple[str, ...] = ()
    l1: float = 1e-5
    l2: float = 1e-5
    solver: str = "fast"
    epochs: int = 0
    search_stride: int = 100
    mass: float = 0.25
    ablation_percents: tuple[float, ...] = (10.0, 15.0, 20.0)
    retrain_ablation: bool = False
    control_task: bool = False
    test_fraction: float = 0.2
    seed: int = 0
    min_label_count: int = 0
    device: str = "cpu"
    raw_activations: bool = False
    linreg_aggregation: str = "max"
    variance: float = 0.99

    def validate(self) -> None:
        if self.method not in METHODS:
            raise InvalidArgument(f"method {self.method!r} not allowed; allowed: {', '.join(METHODS)}")
        for name in ("l1", "l2"):
            v = getattr(self, name)
            if not np.isfinite(v) or v < 0:
                raise InvalidArgument(f"{name} {v} out of range; allowed: finite values >= 0")
        if self.solver not in ("fast", "neurox"):
            raise InvalidArgument(f"solver {self.solver!r} not allowed; allowed: fast, neurox")
        if not 0 <= self.epochs <= 1000:
            raise InvalidArgument(f"epochs {self.epochs} out of range; allowed 0-1000 (0: solver default)")
        if not 1 <= self.search_stride <= 10_000:
            raise InvalidArgument(f"search_stride {self.search_stride} out of range; allowed 1-10000")
        if not 0 < self.mass <= 1:
            raise InvalidArgument(f"mass {self.mass} out of range; allowed (0, 1]")
        if not 0 < self.test_fraction < 1:
            raise InvalidArgument(f"test_fraction {self.test_fraction} out of range; allowed (0, 1)")
        for p in self.ablation_percents:
            if not 0 < p <= 100:
                raise InvalidArgument(f"ablation_percents value {p} out of range; allowed (0, 100]")
        if self.min_label_count < 0:
            raise InvalidArgument(f"min_label_count {self.min_label_count} must be >= 0")
        if self.linreg_aggregation not in ("max", "min", "mean"):
            raise InvalidArgument(f"linreg_aggregation {self.linreg_aggregation!r} not allowed; allowed: max, min, mean")
        if not 0 < self.variance <= 1:
            raise InvalidArgument(f"variance {self.variance} out of range; allowed (0, 1]")


@dataclass
class RankOutcome:
    method: str
    ordering: np.ndarray  # (neurons,) most important first
    cutoffs: list[int] = field(default_factory=list)
    scores: np.ndarray | None = None  # (neurons,)
    classes: list[str] = field(default_factory=list)
    label_neurons: dict[str, list[int]] = field(default_factory=dict)
    label_train: dict[str, int] = field(default_factory=dict)
    label_test: dict[str, int] = field(default_factory=dict)
    label_accuracy: dict[str, float] = field(default_factory=dict)
    accuracy: float | None = None  # None: the method trains no probe
    majority: float = 0.0
    control_accuracy: float | None = None
    selectivity: float | None = None
    ablation: list = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    train_words: int = 0
    test_words: int = 0
    dropped_words: int = 0
    seconds: float = 0.0
    partner_model: np.ndarray | None = None  # (neurons,) cross-model
    partner_neuron: np.ndarray | None = None
    partner_corr: np.ndarray | None = None
    directions: np.ndarray | None = None  # svcca: (neurons, k)
    canonical_correlations: np.ndarray | None = None
    center: np.ndarray | None = None


def split_by_sentence(lengths: Sequence[int], test_fraction: float, seed: int) -> np.ndarray:
    """Boolean (words,) mask of test words: whole sentences, chosen at random with ``seed``."""
    lengths = np.asarray(lengths, dtype=np.int64)
    rng = np.random.default_rng(seed)
    n_test = max(1, int(round(len(lengths) * test_fraction)))
    if n_test >= len(lengths):
        raise InvalidArgument(f"dataset has {len(lengths)} sentences; too few to hold out {test_fraction:.0%} for testing")
    test_sent = np.zeros(len(lengths), dtype=bool)
    test_sent[rng.choice(len(lengths), size=n_test, replace=False)] = True
    return np.repeat(test_sent, lengths)


def ablation_warnings(rows) -> list[str]:
    """A line for each ablation cell where the top neurons score no better than random ones."""
    cells = {(r.mode, r.selection, r.percent): r.score for r in rows}
    out = []
    for (mode, sel, pct), top in sorted(cells.items()):
        if sel != "top" or (mode, "random", pct) not in cells:
            continue
        rnd = cells[(mode, "random", pct)]
        if top <= rnd:
            out.append(f"{mode} {pct:g} %: keeping the top neurons scores {top:.3f}, random ones {rnd:.3f}: the "
                       "ordering does not single out the informative neurons here")
    return out


def rank(
    X: np.ndarray,
    labels: Sequence[str],
    words: Sequence[str],
    lengths: Sequence[int],
    params: RankParams,
    progress: Callable[[str, float], None] = lambda stage, fraction: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> RankOutcome:
    """Rank the neurons (columns) of ``X (words, neurons)`` for ``labels (words,)``, all in memory.

    ``words (words,)``: the word of each row; ``lengths (sentences,)``: words per sentence, in row
    order. This is ``rank_matrix`` over the array (``ArrayRows``): the same code, so a ranking of
    the same data spooled to disk (``rank_dataset``) gives exactly this result.
    """
    params.validate()
    X = np.asarray(X, dtype=np.float32)
    if X.ndim != 2 or X.shape[0] != len(labels):
        raise InvalidArgument(f"activations have shape {X.shape}; labels have {len(labels)} entries")
    if not np.isfinite(X).all():
        raise InvalidArgument("activations contain NaN or infinite values")
    return rank_matrix(ArrayRows(X), WordColumns.from_lists(labels, words, lengths), params, progress, should_stop)


@dataclass(frozen=True)
class _Split:
    """Which rows train and test a label ranking, and their labels as class indices."""

    train: np.ndarray  # (train words,) int64 row indices, ascending
    test: np.ndarray  # (test words,)
    y_train: np.ndarray  # (train words,) int32 index into classes
    y_test: np.ndarray
    classes: list[str]  # sorted


def _split(words: WordColumns, n_rows: int, params: RankParams) -> _Split:
    """Whole sentences to the test split (``split_by_sentence``); ignored labels and labels with too few
    training words dropped; at least 2 classes and 1 test word left, else InvalidArgument."""
    y_all = words.labels
    if y_all.shape[0] != n_rows or words.word_ids.shape[0] != n_rows or int(words.lengths.sum()) != n_rows:
        raise InvalidArgument(f"activations have {n_rows} rows; labels have {y_all.shape[0]}, words "
                              f"{words.word_ids.shape[0]}, sentence lengths sum to {int(words.lengths.sum())}")
    test_mask = split_by_sentence(words.lengths, params.test_fraction, params.seed)
    ignored = [i for i, v in enumerate(words.label_values) if v in set(params.ignore_labels)]
    keep = ~np.isin(y_all, ignored) if ignored else np.ones(n_rows, dtype=bool)
    counts = np.bincount(y_all[keep & ~test_mask], minlength=len(words.label_values))
    # label codes follow the sorted label values, so the kept codes are the sorted class names
    kept = np.flatnonzero(counts >= max(1, params.min_label_count))
    if len(kept) < 2:
        raise InvalidArgument(
            f"label column has {len(kept)} class(es) with enough training words after ignore_labels/min_label_count; "
            "ranking needs at least 2"
        )
    keep &= np.isin(y_all, kept)
    train, test = np.flatnonzero(keep & ~test_mask), np.flatnonzero(keep & test_mask)
    if len(test) == 0:
        raise InvalidArgument("no test words left after filtering; lower min_label_count or test_fraction")
    class_of = np.full(len(words.label_values), -1, dtype=np.int32)
    class_of[kept] = np.arange(len(kept), dtype=np.int32)
    return _Split(train, test, class_of[y_all[train]], class_of[y_all[test]],
                  [words.label_values[i] for i in kept])


def _training_stats(X: RowMatrix, rows: np.ndarray, block_rows: int,
                    check: Callable[[], None]) -> tuple[np.ndarray, np.ndarray]:
    """float32 mean and std `(neurons,)` of ``X[rows]`` (float64 sums, a block at a time); std 1 where 0."""
    stats = ColumnStats()
    for lo in range(0, rows.shape[0], block_rows):
        stats.add(X.rows(rows[lo : lo + block_rows]))
        check()
    mean, std = stats.mean_std(X.shape[1])
    mu, sd = mean.astype(np.float32), std.astype(np.float32)
    sd[sd == 0] = 1.0
    return mu, sd


def _majority_accuracy(ids_train: np.ndarray, y_train: np.ndarray, ids_test: np.ndarray, y_test: np.ndarray,
                       n_classes: int, n_types: int) -> float:
    """``majority_baseline`` on integer codes (no strings): each word type's most frequent training
    label, ties to the label more frequent overall, then the smaller; unseen words get the most
    frequent label. `ids_*`: word-type codes `(words,)` < n_types; `y_*`: class indices."""
    counts = np.bincount(y_train, minlength=n_classes)
    by_rank = np.lexsort((np.arange(n_classes), -counts))  # most frequent first, then the smaller label
    tag_rank = np.empty(n_classes, dtype=np.int64)
    tag_rank[by_rank] = np.arange(n_classes)
    pairs, pair_counts = np.unique(ids_train.astype(np.int64) * n_classes + y_train, return_counts=True)
    word, tag = pairs // n_classes, pairs % n_classes
    order = np.lexsort((tag_rank[tag], -pair_counts, word))  # per word: most counted, then best ranked
    word, tag = word[order], tag[order]
    first = np.ones(word.shape[0], dtype=bool)
    first[1:] = word[1:] != word[:-1]
    best = np.full(n_types, by_rank[0], dtype=np.int64)
    best[word[first]] = tag[first]
    return float(np.mean(best[ids_test] == y_test))


def _control_labels(words: WordColumns, split: _Split, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``control_task_labels`` by word type: the control task labels each distinct word once."""
    task = fit_control_task(split.y_train, seed=seed)
    ids_train, ids_test = words.word_ids[split.train], words.word_ids[split.test]
    used = np.unique(np.concatenate([ids_train, ids_test]))
    per_type = np.zeros(len(words.vocabulary), dtype=task.labels.dtype)
    per_type[used] = task([words.vocabulary[i] for i in used])
    return per_type[ids_train], per_type[ids_test]


def rank_matrix(
    X: RowMatrix,
    words: WordColumns,
    params: RankParams,
    progress: Callable[[str, float], None] = lambda stage, fraction: None,
    should_stop: Callable[[], bool] = lambda: False,
    *,
    block_rows: int | None = None,
) -> RankOutcome:
    """Rank the neurons (columns) of ``X (words, neurons)``, reading it a block of rows at a time.

    ``X``: a ``RowMatrix`` with finite values (a spooled ``DatasetMatrix``, or ``ArrayRows``);
    ``words``: its rows' label codes, word types and sentence lengths. The train/test split is by
    sentence; the rows are z-scored with the training rows' mean and std (one pass in blocks of
    ``block_rows``, default ``READ_BYTES`` of float32) as each block is read, never copied whole; the
    probe, the rankers and the ablation read the matrix through views (at most ``READ_BYTES`` of
    float32, or a training batch, at a time). Memory: see ``estimate_rank_bytes``.
    """
    start = time.perf_counter()
    params.validate()

    def check() -> None:
        if should_stop():
            raise Cancelled("ranking cancelled")

    n_rows, n_neurons = X.shape
    split = _split(words, n_rows, params)
    classes = split.classes
    out = RankOutcome(method=params.method, ordering=np.arange(n_neurons), classes=classes,
                      train_words=len(split.train), test_words=len(split.test),
                      dropped_words=int(n_rows - len(split.train) - len(split.test)))
    if params.raw_activations:
        def view(block: np.ndarray) -> np.ndarray:
            return block.astype(np.float32)
    else:
        # z-score with training statistics: transformer neurons differ in scale by orders of magnitude
        # (a few outlier dimensions), so raw |W| would rank scale, and zeroing a raw activation is far
        # from "removing" it; in z units, weights compare and masking = setting a neuron to its mean
        mu, sd = _training_stats(X, split.train, block_rows_for(n_neurons, block_rows), check)

        def view(block: np.ndarray) -> np.ndarray:
            return (block.astype(np.float32) - mu) / sd
    X_tr = RowView(X, split.train, view, dtype=np.float32)
    X_te = RowView(X, split.test, view, dtype=np.float32)
    y_tr, y_te = split.y_train, split.y_test
    out.majority = _majority_accuracy(words.word_ids[split.train], y_tr, words.word_ids[split.test], y_te,
                                      len(classes), len(words.vocabulary))
    train_counts = np.bincount(y_tr, minlength=len(classes))
    test_counts = np.bincount(y_te, minlength=len(classes))
    for i, c in enumerate(classes):
        out.label_train[c], out.label_test[c] = int(train_counts[i]), int(test_counts[i])
    check()

    if params.method != "lca":
        progress("ranking", 0.3)
        fn = {"probeless": probeless_ranking, "gmm": gmm_ranking, "anova": anova_ranking}[params.method]
        try:
            r = fn(X_tr, y_tr)
        except ValueError as e:
            raise InvalidArgument(str(e)) from None
        out.ordering, out.scores = np.asarray(r.ordering), np.asarray(r.scores, dtype=np.float32)
    else:
        _probe_ranking(out, X_tr, X_te, split, words, params, progress, check)
    out.seconds = time.perf_counter() - start
    return out


def _probe_ranking(out: RankOutcome, X_tr: RowMatrix, X_te: RowMatrix, split: _Split, words: WordColumns,
                   params: RankParams, progress: Callable[[str, float], None], check: Callable[[], None]) -> None:
    """The lca part of ``rank_matrix``: probe, accuracy, ordering, per-label neurons, ablation, control
    task; fills ``out``. ``X_tr``/``X_te``: the (z-scored) train and test rows."""
    classes, y_tr, y_te = split.classes, split.y_train, split.y_test

    def epochs(stage: str, lo: float, hi: float):
        """A probe callback: progress from lo to hi by epoch, and a cancellation point per epoch."""
        def callback(done: int, total: int) -> None:
            check()
            progress(stage, lo + (hi - lo) * done / max(1, total))
        return callback

    def new_probe() -> ElasticNetProbe:
        return ElasticNetProbe(l1=params.l1, l2=params.l2, solver=params.solver, epochs=params.epochs or None,
                               device=params.device, random_state=params.seed)

    progress("training", 0.1)
    probe = new_probe()
    try:
        probe.fit(X_tr, y_tr, callback=epochs("training", 0.1, 0.5))
    except ValueError as e:
        raise InvalidArgument(str(e)) from None
    check()
    progress("ordering", 0.5)
    pred = probe.predict(X_te)
    out.accuracy = float((pred == y_te).mean())
    for i, c in enumerate(classes):
        sel = y_te == i
        out.label_accuracy[c] = float((pred[sel] == i).mean()) if sel.any() else 0.0
    # coef_ x each neuron's std: an informative neuron ranks high whatever its activation scale (#16)
    weights = np.asarray(probe.ranking_weights_)
    ordering, cutoffs = neuron_ordering(weights, search_stride=params.search_stride)
    out.ordering, out.cutoffs = np.asarray(ordering), [int(c) for c in cutoffs]
    per_label = label_top_neurons(weights, mass=params.mass)
    out.label_neurons = {classes[int(c)]: [int(n) for n in per_label[i]] for i, c in enumerate(probe.classes_)}
    check()
    progress("ablation", 0.6)
    modes = ("masking", "retrain") if params.retrain_ablation else ("masking",)
    out.ablation = ablation_table(probe, X_tr, y_tr, X_te, y_te, out.ordering, percents=params.ablation_percents,
                                  random_state=params.seed, modes=modes)
    out.warnings = ablation_warnings(out.ablation)
    check()
    if params.control_task:
        progress("control", 0.8)
        ctrl_tr, ctrl_te = _control_labels(words, split, params.seed)
        control = new_probe().fit(X_tr, ctrl_tr, callback=epochs("control", 0.8, 0.99))
        out.control_accuracy = float(control.score(X_te, ctrl_te))
        out.selectivity = out.accuracy - out.control_accuracy


def block_rows_for(neurons: int, block_rows: int | None = None) -> int:
    """Rows per block of ``rank_matrix``'s own passes: ``block_rows``, or (None) ``READ_BYTES`` of float32."""
    return int(block_rows) if block_rows else max(1, READ_BYTES // (4 * max(1, neurons)))


def estimate_rank_bytes(words: int, neurons: int, params: RankParams, block_rows: int | None = None, *,
                        classes: int = 64, storage_itemsize: int = 4, chunk_bytes: int = 4 << 20) -> int:
    """Peak bytes a label ranking (``rank_dataset``) allocates beyond what the server already holds.

    ``words`` rows of ``neurons`` columns; ``classes``: an upper bound on the label column's classes
    (unknown before the data is read; 64 covers UPOS (17) and PTB (45) tag sets);
    ``storage_itemsize``: 2 for float16 datasets, 4 for float32; ``chunk_bytes``: the dataset's
    largest chunk. With ``B = block_rows_for(neurons, block_rows)`` rows per block (default
    ``READ_BYTES`` = 16 MiB of float32) and ``R = max(B, 1_024)`` (a block, or a training batch)::

        per_word = words * (64 + 2 * classes)   label codes and word types (8), the split's indices,
                                         the probe's row orders and int64 targets, the majority
                                         baseline's sort keys, the test split's (words, classes)
                                         float32 scores (measured: 48 + 1.2 * classes)
        reads    = R * neurons * (itemsize + 16)   one block in the storage dtype and two float32 or
                                         one float64 temporary made from it
        probe    = 64 * classes * neurons + 12 * 1_024 * (neurons + 4 * classes)   ~16 float32
                                         (classes, neurons) tensors (weights, Adam moments, averages,
                                         best state, gradients) and a training batch's temporaries
        method   = lca: probe more when retrain_ablation or control_task trains a second one
                   gmm: 8 * classes * words + 16 * max(4M, words * classes) + 32 * words
                        + min(64 MiB, 4 * words * neurons)   (one-hot, per-neuron (words, classes)
                        log-likelihoods, a group of columns)
                   probeless, anova: 8 * (classes + 2 * neurons) * R   (one-hot and float64 block)
        spool    = 5 * chunk_bytes + 2 * READ_BYTES   one stored chunk (bytes, message, decoded,
                                         joined) and the float64 statistics of a slice of it
        peak     = per_word + max(spool, reads + probe + method) + 64 MiB   (allocator and torch
                                         slack)

    The spooled file (``words * neurons * itemsize`` bytes) lives on disk or in the page cache,
    which the kernel reclaims, not in the process. ``bench/rank_memory.py`` measures it (1M x 256
    float16, 12 classes: estimate 224 MiB, peak RSS growth 98 MiB; docs/PERFORMANCE.md).
    """
    itemsize = max(1, int(storage_itemsize))
    R = max(block_rows_for(neurons, block_rows), 1_024)
    per_word = words * (64 + 2 * classes)
    reads = R * neurons * (itemsize + 16)
    probe = 64 * classes * neurons + 12 * 1_024 * (neurons + 4 * classes)
    if params.method == "gmm":
        method = (8 * classes * words + 16 * max(4_000_000, words * classes) + 32 * words
                  + min(64 << 20, 4 * words * neurons))
    elif params.method in ("probeless", "anova"):
        method = 8 * (classes + 2 * neurons) * R
    else:
        method = probe if (params.retrain_ablation or params.control_task) else 0
    spool_peak = 5 * chunk_bytes + 2 * READ_BYTES
    return int(per_word + max(spool_peak, reads + probe + method) + (64 << 20))


def check_rank_memory(estimate: int, limit: int, words: int, neurons: int) -> None:
    """ResourceExhausted when a ranking's ``estimate`` (``estimate_rank_bytes``) exceeds ``limit`` bytes
    (0: no limit), naming both, before any work."""
    if limit and estimate > limit:
        raise ResourceExhausted(
            f"ranking {words} words x {neurons} neurons needs about {estimate:,} bytes of memory; the limit is "
            f"{limit:,} bytes (rank fewer sites, or a dataset with fewer sentences)"
        )


def _width(info: pb.DatasetInfo, sites: Sequence[str]) -> int:
    """Columns of ``sites`` (checked against the dataset)."""
    widths = {s.name: s.width for s in info.sites}
    for j, name in enumerate(sites):
        if name not in widths:
            raise InvalidArgument(f"sites[{j}] {name!r} is not in dataset {info.handle}; it has {', '.join(widths)}")
    return sum(widths[name] for name in sites)


def estimate_dataset_rank_bytes(info: pb.DatasetInfo, sites: Sequence[str], params: RankParams, *,
                                chunk_bytes: int = 0, block_rows: int | None = None, classes: int = 64) -> int:
    """``estimate_rank_bytes`` for ranking ``sites`` of the dataset ``info`` describes, before reading it:
    what a job engine can show before running, and what ``rank_dataset`` checks against its limit.

    ``chunk_bytes``: the store's chunk size (``DatasetStore.chunk_bytes``); an imported dataset's
    chunks may be larger, so the stored average (``info.bytes / info.chunks``) is used when it is.
    """
    stored_chunk = max(int(chunk_bytes), info.bytes // max(1, info.chunks))
    return estimate_rank_bytes(info.words, _width(info, sites), params, block_rows, classes=classes,
                               storage_itemsize=spool_dtype(info.storage_dtype).itemsize, chunk_bytes=stored_chunk)


def rank_dataset(
    datasets: DatasetStore,
    tenant: str,
    handle: str,
    label_column: str,
    sites: Sequence[str],
    params: RankParams,
    progress: Callable[[str, float], None] = lambda stage, fraction: None,
    should_stop: Callable[[], bool] = lambda: False,
    *,
    block_rows: int | None = None,
    memory_limit_bytes: int = 0,
    directory: str | None = None,
) -> RankOutcome:
    """Rank a stored dataset's neurons (``sites`` concatenated in order) for ``label_column``, out of core.

    The dataset is spooled once to an unlinked file in ``directory`` (default: the system temp dir),
    then ``rank_matrix`` reads it a block at a time: memory is ``estimate_rank_bytes``, not the
    dataset's size. Refused before anything is read (ResourceExhausted) when that estimate exceeds
    ``memory_limit_bytes`` (0: no limit) or the file would not fit the directory's free space.
    ``progress(stage, fraction)``: "loading" 0-0.1 while spooling, then the ranking's stages;
    ``should_stop()`` is polled per chunk and per epoch (then Cancelled). The file is gone when this
    returns or raises. Label methods only (``LABEL_METHODS``).
    """
    params.validate()
    if params.method not in LABEL_METHODS:
        raise InvalidArgument(f"method {params.method!r} compares models; rank_dataset runs {', '.join(LABEL_METHODS)}")
    info = datasets.describe(tenant, handle)
    if label_column not in info.label_columns:
        raise InvalidArgument(f"label_column {label_column!r} not in dataset; it has {', '.join(info.label_columns)}")
    neurons = _width(info, sites)
    estimate = estimate_dataset_rank_bytes(info, sites, params, chunk_bytes=datasets.chunk_bytes, block_rows=block_rows)
    check_rank_memory(estimate, memory_limit_bytes, info.words, neurons)
    where = directory or tempfile.gettempdir()
    file_bytes = info.words * neurons * spool_dtype(info.storage_dtype).itemsize
    free = shutil.disk_usage(where).free
    if file_bytes > free:
        raise ResourceExhausted(f"ranking spools {file_bytes:,} bytes of activations to {where}, which has {free:,} "
                                "bytes free")

    def loaded(done: int) -> None:
        if should_stop():
            raise Cancelled("ranking cancelled while loading")
        progress("loading", 0.1 * done / max(1, info.chunks))

    with spool(datasets.chunks(tenant, handle), sites, label_column, directory=directory, on_chunk=loaded) as X:
        return rank_matrix(X, X.words, params, progress, should_stop, block_rows=block_rows)


def rank_crossmodel(models: Sequence[np.ndarray | DatasetMatrix], params: RankParams,
                    progress: Callable[[str, float], None] = lambda stage, fraction: None) -> RankOutcome:
    """Rank the neurons of ``models[0] (words, neurons)`` by correlation with the other models.

    MaxCorr / MinCorr / LinReg (Bau et al. 2019) rank neurons; SVCCA ranks directions of
    ``models[0]`` (the best-correlated pair partner is ``models[1]``): ``ordering`` is then
    0..k-1 and ``directions`` holds them for projection erasure. ``models`` may be arrays or spooled
    ``DatasetMatrix`` files (read a block of rows at a time by the correlation code; ``spool`` has
    already refused NaN and infinite values).
    """
    from neuronscope.analysis import correlation

    start = time.perf_counter()
    params.validate()
    if len(models) < 2:
        raise InvalidArgument(f"method {params.method!r} needs other_datasets: at least 2 models in all")
    n = models[0].shape[0]
    for i, m in enumerate(models):
        if len(m.shape) != 2 or m.shape[0] != n:
            raise InvalidArgument(f"model {i} has {m.shape[0]} words; every dataset must cover the same {n} words")
        if isinstance(m, np.ndarray) and not np.isfinite(m).all():
            raise InvalidArgument(f"activations of model {i} contain NaN or infinite values")
    progress("correlating", 0.1)
    device = params.device
    out = RankOutcome(method=params.method, ordering=np.arange(models[0].shape[1]), train_words=n)
    try:
        if params.method == "svcca":
            r = correlation.svcca(models[0], models[1], variance=params.variance, device=device)
            k = len(r.correlations)
            out.ordering = np.arange(k)
            out.scores = np.asarray(r.correlations, dtype=np.float32)
            out.canonical_correlations = out.scores
            out.directions = np.asarray(r.directions_x, dtype=np.float32)
            out.center = np.asarray(r.mean_x, dtype=np.float32)
        else:
            if params.method == "linreg":
                results = correlation.linreg(list(models), aggregation=params.linreg_aggregation, device=device)
            else:
                results = getattr(correlation, params.method)(list(models), device=device)
            r0 = results[0]
            out.ordering = np.asarray(r0.ordering)
            out.scores = np.asarray(r0.scores, dtype=np.float32)
            out.partner_model = np.asarray(r0.partner_model)
            out.partner_neuron = np.asarray(r0.partner_neuron)
            out.partner_corr = np.asarray(r0.partner_corr, dtype=np.float32)
    except ValueError as e:
        raise InvalidArgument(str(e)) from None
    out.seconds = time.perf_counter() - start
    return out
