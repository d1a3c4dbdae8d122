"""Benchmark: our elastic-net probe and LCA ranking against NeuroX 1.0.9 on identical synthetic arrays.

Default size: 100,000 train words (+ 20,000 test words) x 2,048 neurons x 20 classes, the size at
which the "fast" solver must be >= 10x faster than NeuroX with accuracy within 0.5 points.
`--small` runs 20,000 x 512 x 20 in well under a minute.

    .venv/bin/python bench/probe.py --small --neurox-python build/neurox-venv/bin/python
    .venv/bin/python bench/probe.py --neurox-python build/neurox-venv/bin/python   # full size

Prints a table and writes JSON to `bench/results/probe.json` (`--out` to change).

Synthetic data: labels follow a Zipf-like prior; each class shifts its own 8 "planted" neurons by
+-U(0.5, 1.5) (in noise units); the noise has a 16-factor low-rank correlation; then every neuron gets
its own scale (log-normal, sigma 0.7; `--scale-sigma 0` for one scale) and offset, as real
activations do. The planted neurons are the
ground truth the rankings should put first.

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
    torch.manual_seed(cfg["seed"])
    t0 = time.perf_counter()
    probe = lp.train_logistic_regression_probe(
        X_train, y_train, lambda_l1=cfg["l1"], lambda_l2=cfg["l2"],
        num_epochs=cfg["epochs"], batch_size=cfg["batch_size"], learning_rate=cfg["lr"])
    train_s = time.perf_counter() - t0
    W = probe.linear.weight.detach().cpu().numpy(); b = probe.linear.bias.detach().cpu().numpy()
    class_to_idx = {str(c): c for c in range(W.shape[0])}
    t0 = time.perf_counter()
    ordering, cutoffs = lp.get_neuron_ordering(probe, class_to_idx, search_stride=cfg["search_stride"])
    order_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    scores = lp.evaluate_probe(probe, X_test, y_test, batch_size=4096)
    eval_s = time.perf_counter() - t0
    np.savez(work / "neurox.npz", W=W, b=b, ordering=np.asarray(ordering, dtype=np.int64),
             cutoffs=np.asarray(cutoffs, dtype=np.int64))
    (work / "neurox.json").write_text(json.dumps({
        "train_s": train_s, "ordering_s": order_s, "eval_s": eval_s,
        "accuracy": float(scores["__OVERALL__"]), "torch": torch.__version__,
        "numpy": np.__version__}))
    """
)


def make_planted(
    n_words: int, n_neurons: int, n_classes: int, seed: int, per_class: int = 8, scale_sigma: float = 0.7
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Synthetic activations `(words, neurons)` float32, labels `(words,)` int64, planted `(classes, per_class)`."""
    rng = np.random.default_rng(seed)
    prior = 1.0 / np.arange(1, n_classes + 1) ** 0.8
    y = rng.choice(n_classes, size=n_words, p=prior / prior.sum()).astype(np.int64)
    planted = rng.choice(n_neurons, size=n_classes * per_class, replace=False).reshape(n_classes, per_class)
    means = np.zeros((n_classes, n_neurons), np.float32)
    for c in range(n_classes):
        means[c, planted[c]] = rng.choice([-1.0, 1.0], size=per_class) * rng.uniform(0.5, 1.5, per_class)
    X = rng.standard_normal((n_words, n_neurons), dtype=np.float32)
    X += rng.standard_normal((n_words, 16), dtype=np.float32) @ rng.normal(0, 0.3, (16, n_neurons)).astype(np.float32)
    X += means[y]
    X *= np.exp(rng.normal(0, scale_sigma, n_neurons)).astype(np.float32)
    X += rng.normal(0, 0.5, n_neurons).astype(np.float32)
    return X, y, planted


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="20,000 x 512 x 20 instead of the full size")
    ap.add_argument("--n-words", type=int, default=None, help="train words (default 100000; --small 20000)")
    ap.add_argument("--n-neurons", type=int, default=None, help="neurons (default 2048; --small 512)")
    ap.add_argument("--n-classes", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scale-sigma", type=float, default=0.7,
                    help="log-normal sigma of the per-neuron scales (0: every neuron on the same scale)")
    ap.add_argument("--threads", type=int, default=1, help="torch/BLAS threads for both sides")
    ap.add_argument("--l1", type=float, default=1e-5)
    ap.add_argument("--l2", type=float, default=1e-5)
    ap.add_argument("--search-stride", type=int, default=100)
    ap.add_argument("--neurox-python", default=None, help="python of a venv with neurox==1.0.9 (see docstring)")
    ap.add_argument("--skip-neurox", action="store_true")
    ap.add_argument("--with-ours-neurox", action="store_true", help="also time our solver='neurox' reproduction")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "probe.json")
    args = ap.parse_args()

    n_words = args.n_words or (20_000 if args.small else 100_000)
    n_neurons = args.n_neurons or (512 if args.small else 2048)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))
    import torch

    torch.set_num_threads(args.threads)
    sys.path.insert(0, str(REPO / "build" / "pathshim"))
    try:
        from neuronscope.analysis.probe import ElasticNetProbe
        from neuronscope.analysis.ranking import neuron_ordering
    except ImportError as exc:
        raise SystemExit(f"cannot import neuronscope ({exc}); pip install -e . or set PYTHONPATH") from exc

    n_test = n_words // 5
    t0 = time.perf_counter()
    X, y, planted = make_planted(n_words + n_test, n_neurons, args.n_classes, args.seed,
                                  scale_sigma=args.scale_sigma)
    X_train, y_train, X_test, y_test = X[:n_words], y[:n_words], X[n_words:], y[n_words:]
    gen_s = time.perf_counter() - t0
    k10 = math.ceil(0.1 * n_neurons)
    planted_set = set(planted.ravel().tolist())

    def recall(order: np.ndarray) -> float:
        """Share of the planted neurons found in the first k (k = number planted, capped at 10 %)."""
        k = min(len(planted_set), k10)
        return len(set(order[:k].tolist()) & planted_set) / k

    results: dict[str, Any] = {}
    runs: list[tuple[str, dict[str, Any]]] = [("ours-fast", {"solver": "fast"})]
    if args.with_ours_neurox:
        runs.append(("ours-neurox", {"solver": "neurox"}))
    for name, params in runs:
        t0 = time.perf_counter()
        probe = ElasticNetProbe(l1=args.l1, l2=args.l2, random_state=args.seed, **params).fit(X_train, y_train)
        train_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        ordering, cutoffs = neuron_ordering(probe.coef_, search_stride=args.search_stride)
        order_s = time.perf_counter() - t0
        results[name] = {"train_s": train_s, "ordering_s": order_s, "accuracy": probe.score(X_test, y_test),
                         "epochs": probe.n_epochs_, "planted_recall": recall(ordering),
                         "_W": probe.coef_, "_ordering": ordering, "_cutoffs": cutoffs}

    python = None if args.skip_neurox else args.neurox_python
    if python:
        cfg = {"seed": args.seed, "threads": args.threads, "l1": args.l1, "l2": args.l2, "epochs": 10,
               "batch_size": 32, "lr": 1e-3, "search_stride": args.search_stride}
        with tempfile.TemporaryDirectory(prefix="neurox-bench-") as tmp:
            work = Path(tmp)
            for name, arr in (("X_train", X_train), ("y_train", y_train), ("X_test", X_test), ("y_test", y_test)):
                np.save(work / f"{name}.npy", arr)
            nx = run_neurox(python, work, cfg)
        ours_on_theirs = neuron_ordering(nx["W"], search_stride=args.search_stride)
        results["neurox"] = {
            "train_s": nx["train_s"], "ordering_s": nx["ordering_s"], "accuracy": nx["accuracy"], "epochs": 10,
            "planted_recall": recall(nx["ordering"]), "torch": nx["torch"], "numpy": nx["numpy"],
            # Our ranking code on NeuroX's own weights: same chunks (as sets) and cutoffs as NeuroX's.
            "our_ranking_on_neurox_weights_matches": chunks_match(ours_on_theirs, (nx["ordering"], nx["cutoffs"])),
        }
        for name in runs:
            r = results[name[0]]
            r["speedup_vs_neurox"] = nx["train_s"] / r["train_s"]
            r["accuracy_minus_neurox_points"] = 100 * (r["accuracy"] - nx["accuracy"])
            r["top10pct_overlap_with_neurox"] = top_overlap(r["_ordering"], nx["ordering"], k10)
        if "ours-neurox" in results:
            results["ours-neurox"]["max_abs_weight_diff_vs_neurox"] = float(np.abs(results["ours-neurox"]["_W"] - nx["W"]).max())

    for r in results.values():
        for key in [k for k in r if k.startswith("_")]:
            del r[key]
    report = {
        "benchmark": "probe",
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"platform": platform.platform(), "processor": platform.processor() or platform.machine(),
                    "cpu_count": os.cpu_count(), "torch": torch.__version__, "numpy": np.__version__,
                    "python": platform.python_version()},
        "config": {"n_train_words": n_words, "n_test_words": n_test, "n_neurons": n_neurons,
                   "n_classes": args.n_classes, "seed": args.seed, "scale_sigma": args.scale_sigma,
                   "threads": args.threads, "l1": args.l1, "l2": args.l2, "search_stride": args.search_stride, "data_generation_s": gen_s},
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=float) + "\n")

    print(f"{n_words:,} train / {n_test:,} test words x {n_neurons:,} neurons x {args.n_classes} classes, "
          f"{args.threads} thread(s)")
    header = f"{'run':<12} {'train s':>8} {'order s':>8} {'acc %':>7} {'epochs':>6} {'planted':>8} {'speedup':>8} " \
             f"{'d acc pt':>8} {'top10% ov':>9}"
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        print(f"{name:<12} {r['train_s']:>8.2f} {r['ordering_s']:>8.2f} {100 * r['accuracy']:>7.2f} {r['epochs']:>6} "
              f"{r['planted_recall']:>8.2f} {r.get('speedup_vs_neurox', float('nan')):>8.1f} "
              f"{r.get('accuracy_minus_neurox_points', float('nan')):>8.2f} "
              f"{r.get('top10pct_overlap_with_neurox', float('nan')):>9.2f}")
    if "neurox" in results:
        print(f"our neuron_ordering on NeuroX's weights matches NeuroX's chunks: "
              f"{results['neurox']['our_ranking_on_neurox_weights_matches']}")
    if "ours-neurox" in results and "max_abs_weight_diff_vs_neurox" in results["ours-neurox"]:
        print(f"ours-neurox max |W - W_neurox|: {results['ours-neurox']['max_abs_weight_diff_vs_neurox']:.3g}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
