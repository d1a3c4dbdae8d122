"""One neuron-ranking job on arrays: split, probe, order, ablate, control — no gRPC, no storage.

The linguistic-correlation ("lca") path follows Dalvi et al. (AAAI 2019) and NeuroX: an elastic-net
probe on (words, neurons), the NeuroX global ordering with cutoffs, per-label top neurons at a weight
mass (focused vs distributed), the masking-out (and optionally retraining) table at N % and the
local-majority baseline; optionally a control task for selectivity (Hewitt & Liang 2019). The cheap
rankers (probeless, gmm, anova) return an ordering and per-neuron scores.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from neuronscope.analysis import (
    ElasticNetProbe,
    ablation_table,
    anova_ranking,
    control_task_labels,
    gmm_ranking,
    label_top_neurons,
    majority_baseline,
    neuron_ordering,
    probeless_ranking,
)
from neuronscope_server.errors import Cancelled, InvalidArgument

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
    """Rank the neurons (columns) of ``X (words, neurons)`` for ``labels (words,)``."""
    start = time.perf_counter()
    params.validate()

    def check() -> None:
        if should_stop():
            raise Cancelled("ranking cancelled")

    X = np.asarray(X, dtype=np.float32)
    y_all = np.asarray(labels, dtype=object)
    w_all = np.asarray(words, dtype=object)
    if X.ndim != 2 or X.shape[0] != y_all.shape[0]:
        raise InvalidArgument(f"activations have shape {X.shape}; labels have {y_all.shape[0]} entries")
    if not np.isfinite(X).all():
        raise InvalidArgument("activations contain NaN or infinite values")
    test_mask = split_by_sentence(lengths, params.test_fraction, params.seed)
    keep = ~np.isin(y_all, list(params.ignore_labels)) if params.ignore_labels else np.ones(len(y_all), bool)
    train_idx = np.nonzero(keep & ~test_mask)[0]
    counts = {lab: int(c) for lab, c in zip(*np.unique(y_all[train_idx], return_counts=True))}
    classes = sorted(lab for lab, c in counts.items() if c >= max(1, params.min_label_count))
    if len(classes) < 2:
        raise InvalidArgument(
            f"label column has {len(classes)} class(es) with enough training words after ignore_labels/min_label_count; "
            "ranking needs at least 2"
        )
    keep &= np.isin(y_all, classes)
    tr, te = np.nonzero(keep & ~test_mask)[0], np.nonzero(keep & test_mask)[0]
    if len(te) == 0:
        raise InvalidArgument("no test words left after filtering; lower min_label_count or test_fraction")
    out = RankOutcome(method=params.method, ordering=np.arange(X.shape[1]), classes=classes,
                      train_words=len(tr), test_words=len(te), dropped_words=int(len(y_all) - len(tr) - len(te)))
    X_tr, X_te, y_tr, y_te = X[tr], X[te], y_all[tr].astype(str), y_all[te].astype(str)
    if not params.raw_activations:
        # z-score with training statistics: transformer neurons differ in scale by orders of magnitude
        # (a few outlier dimensions), so raw |W| would rank scale, and zeroing a raw activation is far
        # from "removing" it; in z units, weights compare and masking = setting a neuron to its mean
        mu, sd = X_tr.mean(axis=0), X_tr.std(axis=0)
        sd[sd == 0] = 1.0
        X_tr, X_te = (X_tr - mu) / sd, (X_te - mu) / sd
    out.majority = float(majority_baseline(list(w_all[tr]), list(y_tr), list(w_all[te]), list(y_te)))
    for c in classes:
        out.label_train[c] = int((y_tr == c).sum())
        out.label_test[c] = int((y_te == c).sum())
    check()

    if params.method != "lca":
        progress("ranking", 0.3)
        fn = {"probeless": probeless_ranking, "gmm": gmm_ranking, "anova": anova_ranking}[params.method]
        try:
            r = fn(X_tr, y_tr)
        except ValueError as e:
            raise InvalidArgument(str(e)) from None
        out.ordering, out.scores = np.asarray(r.ordering), np.asarray(r.scores, dtype=np.float32)
        out.seconds = time.perf_counter() - start
        return out

    def epochs(stage: str, lo: float, hi: float):
        """A probe callback: progress from lo to hi by epoch, and a cancellation point per epoch."""
        def callback(done: int, total: int) -> None:
            check()
            progress(stage, lo + (hi - lo) * done / max(1, total))
        return callback

    progress("training", 0.1)
    probe = ElasticNetProbe(l1=params.l1, l2=params.l2, solver=params.solver, epochs=params.epochs or None,
                            device=params.device, random_state=params.seed)
    try:
        probe.fit(X_tr, y_tr, callback=epochs("training", 0.1, 0.5))
    except ValueError as e:
        raise InvalidArgument(str(e)) from None
    check()
    progress("ordering", 0.5)
    pred = probe.predict(X_te)
    out.accuracy = float((pred == y_te).mean())
    for c in classes:
        sel = y_te == c
        out.label_accuracy[c] = float((pred[sel] == c).mean()) if sel.any() else 0.0
    # coef_ x each neuron's std: an informative neuron ranks high whatever its activation scale (#16)
    weights = np.asarray(probe.ranking_weights_)
    ordering, cutoffs = neuron_ordering(weights, search_stride=params.search_stride)
    out.ordering, out.cutoffs = np.asarray(ordering), [int(c) for c in cutoffs]
    per_label = label_top_neurons(weights, mass=params.mass)
    probe_classes = [str(c) for c in probe.classes_]
    out.label_neurons = {c: [int(n) for n in per_label[i]] for i, c in enumerate(probe_classes)}
    check()
    progress("ablation", 0.6)
    modes = ("masking", "retrain") if params.retrain_ablation else ("masking",)
    out.ablation = ablation_table(probe, X_tr, y_tr, X_te, y_te, out.ordering, percents=params.ablation_percents,
                                  random_state=params.seed, modes=modes)
    out.warnings = ablation_warnings(out.ablation)
    check()
    if params.control_task:
        progress("control", 0.8)
        ctrl_tr, ctrl_te = control_task_labels(list(w_all[tr]), list(y_tr), list(w_all[te]), seed=params.seed)
        control = ElasticNetProbe(l1=params.l1, l2=params.l2, solver=params.solver, epochs=params.epochs or None,
                                  device=params.device, random_state=params.seed).fit(
            X_tr, ctrl_tr, callback=epochs("control", 0.8, 0.99))
        out.control_accuracy = float(control.score(X_te, ctrl_te))
        out.selectivity = out.accuracy - out.control_accuracy
    out.seconds = time.perf_counter() - start
    return out


def rank_crossmodel(models: Sequence[np.ndarray], params: RankParams,
                    progress: Callable[[str, float], None] = lambda stage, fraction: None) -> RankOutcome:
    """Rank the neurons of ``models[0] (words, neurons)`` by correlation with the other models.

    MaxCorr / MinCorr / LinReg (Bau et al. 2019) rank neurons; SVCCA ranks directions of
    ``models[0]`` (the best-correlated pair partner is ``models[1]``): ``ordering`` is then
    0..k-1 and ``directions`` holds them for projection erasure.
    """
    from neuronscope.analysis import correlation

    start = time.perf_counter()
    params.validate()
    if len(models) < 2:
        raise InvalidArgument(f"method {params.method!r} needs other_datasets: at least 2 models in all")
    n = models[0].shape[0]
    for i, m in enumerate(models):
        if m.ndim != 2 or m.shape[0] != n:
            raise InvalidArgument(f"model {i} has {m.shape[0]} words; every dataset must cover the same {n} words")
        if not np.isfinite(m).all():
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
