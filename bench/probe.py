"""Benchmark: our elastic-net probe and LCA ranking against NeuroX 1.0.9 on three synthetic regimes.

Issue #16 item 7. Default size: 50,000 train words (+ 10,000 test words) x 1,024 neurons x 20
classes, in each of three regimes (`--regime easy|imbalanced|separable|all`, default all):

- easy: moderate planted shifts, a nearly balanced label prior, independent noise, one scale.
- imbalanced: Zipf label prior, 16-factor correlated noise, per-neuron scales log-normal
  (sigma 0.8) and offsets, as real activations have.
- separable: large planted shifts, so that a linear probe reaches ~99-100 %.

Targets for the "fast" solver in every regime: train+ordering >= 10x faster than NeuroX's, test
accuracy >= NeuroX's - 0.5 points, recall of the planted neurons in the top 10 % of the ordering
>= NeuroX's. `--small` runs 10,000 x 256 x 20 in seconds.

    .venv/bin/python bench/probe.py --neurox-python build/neurox-venv/bin/python --threads 1
    .venv/bin/python bench/probe.py --small --regime easy --skip-neurox

Prints a table and writes JSON to `bench/results/probe.json` (`--out` to change).

Synthetic data (`make_planted`): each class shifts its own 8 "planted" neurons by +-U(lo, hi) noise
units; the planted neurons are the ground truth the orderings should put first. Recall at 10 % is
|first k of the ordering & planted| / min(#planted, k) with k = ceil(10 % of the neurons) (here
160 planted neurons, k = 103: the share of the top-10 % slots that hold planted neurons). Ours
orders `neuron_ordering(probe)`, i.e. the probe's `ranking_weights_` (weights times each neuron's
std); NeuroX orders its raw weights. Our raw-weight ordering's recall is reported too.

Timing: "train+ordering" is fit (ours: the whole `fit`, input checks included; NeuroX:
`train_logistic_regression_probe`) plus `neuron_ordering` / `get_neuron_ordering`. Both sides
first train once on 256 rows (untimed: torch's lazy imports, e.g. NeuroX's first
`torch.optim.Adam` imports torch._dynamo for ~1.5 s), then `--repeats` times (default 3) on the
full data with the same seed; the table gives the median. Data generation is not timed.

NeuroX runs in a separate venv, in a subprocess, on the same arrays passed as .npy files, because its
pins (torch 1.8, numpy 1.19, transformers 4.6) do not install on Python 3.11. Build that venv once:

    python -m venv build/neurox-venv
    build/neurox-venv/bin/pip install torch==2.13.0
    build/neurox-venv/bin/pip install numpy scikit-learn scipy h5py imbalanced-learn matplotlib \
        seaborn svgwrite tqdm transformers tokenizers pandas
    build/neurox-venv/bin/pip install --no-deps neurox==1.0.9

The subprocess sets `np.int = int` (NeuroX's `create_tensors` still uses it; numpy >= 1.24 removed it)
and pins torch to `--threads` threads (default 1): NeuroX's batch-32 loop slows 25-55x when two
threads fight over a busy core. Ours runs with the same thread count. NeuroX is seeded with
`torch.manual_seed(seed)`; our `solver="neurox"` (run with `--with-ours-neurox`) with
`random_state=seed` should then reproduce its weights exactly on CPU, which the JSON reports.
Without `--neurox-python` (or with `--skip-neurox`) only our side runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]

# Runs inside NeuroX's venv. Reads X_train.npy etc. from argv[1], writes neurox.npz + neurox.json there.
NEUROX_SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    import numpy as np
    np.int = int  # NeuroX still uses np.int, removed in numpy 1.24
    import torch
    work = Path(sys.argv[1]); cfg = json.loads(sys.argv[2])
    torch.set_num_threads(cfg["threads"])
    import neurox.interpretation.linear_probe as lp
    X_train = np.load(work / "X_train.npy"); y_train = np.load(work / "y_train.npy")
    X_test = np.load(work / "X_test.npy"); y_test = np.load(work / "y_test.npy")

    def train():
        torch.manual_seed(cfg["seed"])
        return lp.train_logistic_regression_probe(
            X_train, y_train, lambda_l1=cfg["l1"], lambda_l2=cfg["l2"],
            num_epochs=cfg["epochs"], batch_size=cfg["batch_size"], learning_rate=cfg["lr"])

    # untimed warm-up on 256 rows (all classes kept): torch's lazy imports happen here
    warm = np.concatenate([np.flatnonzero(y_train == c)[:1] for c in np.unique(y_train)] + [np.arange(256)])
    lp.train_logistic_regression_probe(X_train[warm], y_train[warm], lambda_l1=cfg["l1"], lambda_l2=cfg["l2"],
                                       num_epochs=1, batch_size=cfg["batch_size"], learning_rate=cfg["lr"])
    train_s, order_s = [], []
    for _ in range(cfg["repeats"]):
        t0 = time.perf_counter()
        probe = train()
        train_s.append(time.perf_counter() - t0)
        W = probe.linear.weight.detach().cpu().numpy(); b = probe.linear.bias.detach().cpu().numpy()
        class_to_idx = {str(c): c for c in range(W.shape[0])}
        t0 = time.perf_counter()
        ordering, cutoffs = lp.get_neuron_ordering(probe, class_to_idx, search_stride=cfg["search_stride"])
        order_s.append(time.perf_counter() - t0)
    scores = lp.evaluate_probe(probe, X_test, y_test, batch_size=4096)
    np.savez(work / "neurox.npz", W=W, b=b, ordering=np.asarray(ordering, dtype=np.int64),
             cutoffs=np.asarray(cutoffs, dtype=np.int64))
    (work / "neurox.json").write_text(json.dumps({
        "train_s": train_s, "ordering_s": order_s,
        "accuracy": float(scores["__OVERALL__"]), "torch": torch.__version__,
        "numpy": np.__version__}))
    """
)


# Three data regimes (issue #16, item 7). Each has its own seed (`--seed` is added to it).
# zipf: exponent of the label prior 1/rank^zipf; shift: planted shifts ~ +-U(lo, hi) in noise units;
# factors/loading: low-rank correlated noise; scale_sigma: log-normal sigma of the per-neuron scales;
# offset_sigma: spread of the per-neuron offsets.
REGIMES: dict[str, dict[str, Any]] = {
    # moderate shifts, nearly balanced, independent noise, every neuron on one scale
    "easy": {"seed": 1101, "zipf": 0.3, "shift": (0.5, 1.5), "factors": 0, "loading": 0.0,
             "scale_sigma": 0.0, "offset_sigma": 0.0},
    # Zipf prior, 16-factor correlated noise, neurons on very different scales, offsets
    "imbalanced": {"seed": 2202, "zipf": 1.0, "shift": (0.5, 1.5), "factors": 16, "loading": 0.4,
                   "scale_sigma": 0.8, "offset_sigma": 0.5},
    # large shifts: a linear probe gets ~99-100 %; mild scale spread
    "separable": {"seed": 3303, "zipf": 0.3, "shift": (2.5, 4.0), "factors": 0, "loading": 0.0,
                  "scale_sigma": 0.3, "offset_sigma": 0.5},
}


def make_planted(
    n_words: int, n_neurons: int, n_classes: int, seed: int, per_class: int = 8, *, zipf: float = 0.8,
    shift: tuple[float, float] = (0.5, 1.5), factors: int = 16, loading: float = 0.3, scale_sigma: float = 0.7,
    offset_sigma: float = 0.5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Synthetic activations `(words, neurons)` float32, labels `(words,)` int64, planted `(classes, per_class)`."""
    rng = np.random.default_rng(seed)
    prior = 1.0 / np.arange(1, n_classes + 1) ** zipf
    y = rng.choice(n_classes, size=n_words, p=prior / prior.sum()).astype(np.int64)
    planted = rng.choice(n_neurons, size=n_classes * per_class, replace=False).reshape(n_classes, per_class)
    means = np.zeros((n_classes, n_neurons), np.float32)
    for c in range(n_classes):
        means[c, planted[c]] = rng.choice([-1.0, 1.0], size=per_class) * rng.uniform(*shift, per_class)
    X = rng.standard_normal((n_words, n_neurons), dtype=np.float32)
    if factors:
        X += rng.standard_normal((n_words, factors), dtype=np.float32) @ rng.normal(
            0, loading, (factors, n_neurons)).astype(np.float32)
    X += means[y]
    if scale_sigma:
        X *= np.exp(rng.normal(0, scale_sigma, n_neurons)).astype(np.float32)
    if offset_sigma:
        X += rng.normal(0, offset_sigma, n_neurons).astype(np.float32)
    return X, y, planted


def make_regime(regime: str, n_words: int, n_neurons: int, n_classes: int, seed_offset: int = 0):
    """`make_planted` with a regime's parameters and seed."""
    params = dict(REGIMES[regime])
    seed = params.pop("seed") + seed_offset
    return make_planted(n_words, n_neurons, n_classes, seed, **params)


def top_overlap(a: np.ndarray, b: np.ndarray, k: int) -> float:
    """|first k of a ∩ first k of b| / k."""
    return len(set(a[:k].tolist()) & set(b[:k].tolist())) / k


def chunks_match(ours: tuple[np.ndarray, np.ndarray], theirs: tuple[np.ndarray, np.ndarray]) -> bool:
    """True when both orderings have the same cutoffs and the same neuron *set* in every chunk.

    NeuroX's last cutoff can be short of the neuron count (never-selected neurons are left out);
    ours appends them to the last chunk, so the last chunk is compared as "theirs ⊆ ours".
    """
    (o_ord, o_cut), (t_ord, t_cut) = ours, theirs
    if len(o_cut) != len(t_cut) or not np.array_equal(o_cut[:-1], t_cut[:-1]):
        return False
    start = 0
    for i, (oc, tc) in enumerate(zip(o_cut, t_cut)):
        o_set, t_set = set(o_ord[start:oc].tolist()), set(t_ord[start:tc].tolist())
        if (i < len(o_cut) - 1 and o_set != t_set) or (i == len(o_cut) - 1 and not t_set <= o_set):
            return False
        start = oc
    return True


def run_neurox(python: str, work: Path, cfg: dict[str, Any]) -> dict[str, Any]:
    script = work / "neurox_side.py"
    script.write_text(NEUROX_SCRIPT)
    env = {**os.environ, "OMP_NUM_THREADS": str(cfg["threads"]), "MKL_NUM_THREADS": str(cfg["threads"]),
           "OPENBLAS_NUM_THREADS": str(cfg["threads"]), "TQDM_DISABLE": "1", "CUDA_VISIBLE_DEVICES": ""}
    log = work / "neurox.log"
    with log.open("w") as fh:
        proc = subprocess.run([python, str(script), str(work), json.dumps(cfg)], stdout=fh, stderr=subprocess.STDOUT,
                              env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"NeuroX subprocess failed (exit {proc.returncode}); last lines of its log:\n"
                         + "\n".join(log.read_text().splitlines()[-20:]))
    result = json.loads((work / "neurox.json").read_text())
    arrays = np.load(work / "neurox.npz")
    result.update({k: arrays[k] for k in ("W", "b", "ordering", "cutoffs")})
    return result


def recall_at(order: np.ndarray, planted: set[int], k: int) -> float:
    """|first k of `order` & planted| / min(#planted, k)."""
    k = min(len(planted), k)
    return len(set(order[:k].tolist()) & planted) / k


def run_regime(regime: str, args: argparse.Namespace, n_words: int, n_neurons: int) -> dict[str, Any]:
    from neuronscope.analysis.probe import ElasticNetProbe
    from neuronscope.analysis.ranking import neuron_ordering

    n_test = n_words // 5
    t0 = time.perf_counter()
    X, y, planted = make_regime(regime, n_words + n_test, n_neurons, args.n_classes, args.seed)
    X_train, y_train, X_test, y_test = X[:n_words], y[:n_words], X[n_words:], y[n_words:]
    gen_s = time.perf_counter() - t0
    k10 = math.ceil(0.1 * n_neurons)
    planted_set = set(planted.ravel().tolist())

    # untimed warm-up, as on the NeuroX side
    warm = np.concatenate([np.flatnonzero(y_train == c)[:1] for c in np.unique(y_train)] + [np.arange(256)])
    ElasticNetProbe(l1=args.l1, l2=args.l2, random_state=args.seed).fit(X_train[warm], y_train[warm])

    results: dict[str, Any] = {}
    runs: list[tuple[str, dict[str, Any]]] = [("ours-fast", {"solver": "fast"})]
    if args.with_ours_neurox:
        runs.append(("ours-neurox", {"solver": "neurox"}))
    for name, params in runs:
        train_s, order_s = [], []
        for _ in range(args.repeats if name == "ours-fast" else 1):
            t0 = time.perf_counter()
            probe = ElasticNetProbe(l1=args.l1, l2=args.l2, random_state=args.seed, **params).fit(X_train, y_train)
            train_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            ordering, cutoffs = neuron_ordering(probe, search_stride=args.search_stride)
            order_s.append(time.perf_counter() - t0)
        raw_ordering, _ = neuron_ordering(probe.coef_, search_stride=args.search_stride)
        total = [a + b for a, b in zip(train_s, order_s)]
        results[name] = {
            "train_s": statistics.median(train_s), "ordering_s": statistics.median(order_s),
            "train_plus_ordering_s": statistics.median(total), "train_plus_ordering_all_s": total,
            "accuracy": probe.score(X_test, y_test), "epochs": probe.n_epochs_, "steps": probe.n_steps_,
            "stop_reason": probe.stop_reason_, "planted_recall_top10pct": recall_at(ordering, planted_set, k10),
            "planted_recall_top10pct_raw_weights": recall_at(raw_ordering, planted_set, k10),
            "_W": probe.coef_, "_ordering": ordering,
        }

    python = None if args.skip_neurox else args.neurox_python
    if python:
        cfg = {"seed": args.seed, "threads": args.threads, "l1": args.l1, "l2": args.l2, "epochs": 10,
               "batch_size": 32, "lr": 1e-3, "search_stride": args.search_stride, "repeats": args.repeats}
        with tempfile.TemporaryDirectory(prefix="neurox-bench-") as tmp:
            work = Path(tmp)
            for name, arr in (("X_train", X_train), ("y_train", y_train), ("X_test", X_test), ("y_test", y_test)):
                np.save(work / f"{name}.npy", arr)
            nx = run_neurox(python, work, cfg)
        ours_on_theirs = neuron_ordering(nx["W"], search_stride=args.search_stride)
        total = [a + b for a, b in zip(nx["train_s"], nx["ordering_s"])]
        results["neurox"] = {
            "train_s": statistics.median(nx["train_s"]), "ordering_s": statistics.median(nx["ordering_s"]),
            "train_plus_ordering_s": statistics.median(total), "train_plus_ordering_all_s": total,
            "accuracy": nx["accuracy"], "epochs": 10, "steps": 10 * math.ceil(n_words / 32),
            "planted_recall_top10pct": recall_at(nx["ordering"], planted_set, k10),
            "torch": nx["torch"], "numpy": nx["numpy"],
            # Our ranking code on NeuroX's own weights: same chunks (as sets) and cutoffs as NeuroX's.
            "our_ranking_on_neurox_weights_matches": chunks_match(ours_on_theirs, (nx["ordering"], nx["cutoffs"])),
        }
        theirs = results["neurox"]
        for name, _ in runs:
            r = results[name]
            r["speedup_vs_neurox"] = theirs["train_plus_ordering_s"] / r["train_plus_ordering_s"]
            r["accuracy_minus_neurox_points"] = 100 * (r["accuracy"] - theirs["accuracy"])
            r["top10pct_overlap_with_neurox"] = top_overlap(r["_ordering"], nx["ordering"], k10)
        if "ours-neurox" in results:
            results["ours-neurox"]["max_abs_weight_diff_vs_neurox"] = float(
                np.abs(results["ours-neurox"]["_W"] - nx["W"]).max())
        fast = results["ours-fast"]
        fast["targets"] = {
            "speedup_ge_10x": fast["speedup_vs_neurox"] >= 10.0,
            "accuracy_ge_neurox_minus_0.5pt": fast["accuracy_minus_neurox_points"] >= -0.5,
            "recall_ge_neurox": fast["planted_recall_top10pct"] >= theirs["planted_recall_top10pct"],
        }
    for r in results.values():
        for key in [k for k in r if k.startswith("_")]:
            del r[key]
    return {"data": {"n_train_words": n_words, "n_test_words": n_test, "n_neurons": n_neurons,
                     "n_classes": args.n_classes, "planted": len(planted_set), "top10pct_k": k10,
                     "seed": REGIMES[regime]["seed"] + args.seed, "data_generation_s": gen_s,
                     **{k: v for k, v in REGIMES[regime].items() if k != "seed"}},
            "results": results}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--regime", choices=[*REGIMES, "all"], default="all")
    ap.add_argument("--small", action="store_true", help="10,000 x 256 x 20 instead of the full size")
    ap.add_argument("--n-words", type=int, default=None, help="train words (default 50000; --small 10000)")
    ap.add_argument("--n-neurons", type=int, default=None, help="neurons (default 1024; --small 256)")
    ap.add_argument("--n-classes", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0, help="added to each regime's own data seed; also the probes' seed")
    ap.add_argument("--threads", type=int, default=1, help="torch/BLAS threads for both sides")
    ap.add_argument("--repeats", type=int, default=3, help="timed trainings per side (the median is reported)")
    ap.add_argument("--l1", type=float, default=1e-5)
    ap.add_argument("--l2", type=float, default=1e-5)
    ap.add_argument("--search-stride", type=int, default=100)
    ap.add_argument("--neurox-python", default=None, help="python of a venv with neurox==1.0.9 (see docstring)")
    ap.add_argument("--skip-neurox", action="store_true")
    ap.add_argument("--with-ours-neurox", action="store_true", help="also run our solver='neurox' reproduction")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "probe.json")
    args = ap.parse_args()

    n_words = args.n_words or (10_000 if args.small else 50_000)
    n_neurons = args.n_neurons or (256 if args.small else 1024)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))
    import torch

    torch.set_num_threads(args.threads)
    try:
        import neuronscope.analysis.probe  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(REPO / "client"))  # a checkout without `pip install -e .`
    try:
        import neuronscope.analysis.probe  # noqa: F401, F811
    except ImportError as exc:
        raise SystemExit(f"cannot import neuronscope ({exc}); pip install -e . or set PYTHONPATH") from exc

    regimes = list(REGIMES) if args.regime == "all" else [args.regime]
    per_regime = {}
    for regime in regimes:
        print(f"[{regime}] ...", file=sys.stderr, flush=True)
        per_regime[regime] = run_regime(regime, args, n_words, n_neurons)

    report = {
        "benchmark": "probe",
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"platform": platform.platform(), "processor": platform.processor() or platform.machine(),
                    "cpu_count": os.cpu_count(), "torch": torch.__version__, "numpy": np.__version__,
                    "python": platform.python_version(),
                    "load_average_1min_at_end": os.getloadavg()[0] if hasattr(os, "getloadavg") else None},
        "config": {"threads": args.threads, "repeats": args.repeats, "l1": args.l1, "l2": args.l2,
                   "search_stride": args.search_stride, "seed": args.seed},
        "regimes": per_regime,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=float) + "\n")

    print(f"{n_words:,} train / {n_words // 5:,} test words x {n_neurons:,} neurons x {args.n_classes} classes, "
          f"{args.threads} thread(s), median of {args.repeats}")
    header = (f"{'regime':<11} {'ours s':>7} {'NeuroX s':>8} {'speedup':>7} {'acc ours':>8} {'acc NX':>7} "
              f"{'d pt':>6} {'rec ours':>8} {'rec NX':>6} {'rec raw':>7} {'steps':>5} {'stop':<19} targets")
    print(header)
    print("-" * len(header))
    for regime, rep in per_regime.items():
        ours = rep["results"]["ours-fast"]
        nx = rep["results"].get("neurox")
        nan = float("nan")
        met = ours.get("targets")
        print(f"{regime:<11} {ours['train_plus_ordering_s']:>7.2f} "
              f"{nx['train_plus_ordering_s'] if nx else nan:>8.2f} {ours.get('speedup_vs_neurox', nan):>6.1f}x "
              f"{100 * ours['accuracy']:>8.2f} {100 * nx['accuracy'] if nx else nan:>7.2f} "
              f"{ours.get('accuracy_minus_neurox_points', nan):>+6.2f} {ours['planted_recall_top10pct']:>8.3f} "
              f"{nx['planted_recall_top10pct'] if nx else nan:>6.3f} {ours['planted_recall_top10pct_raw_weights']:>7.3f} "
              f"{ours['steps']:>5} {ours['stop_reason']:<19} "
              f"{('all met' if all(met.values()) else 'MISSED: ' + ', '.join(k for k, v in met.items() if not v)) if met else '-'}")
        if nx is not None and not nx["our_ranking_on_neurox_weights_matches"]:
            print(f"  [{regime}] our neuron_ordering on NeuroX's weights does NOT match NeuroX's chunks")
        if "ours-neurox" in rep["results"] and "max_abs_weight_diff_vs_neurox" in rep["results"]["ours-neurox"]:
            print(f"  [{regime}] ours-neurox max |W - W_neurox|: "
                  f"{rep['results']['ours-neurox']['max_abs_weight_diff_vs_neurox']:.3g}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
