"""Benchmark: time and peak memory of MaxCorr/MinCorr/LinReg/SVCCA against plain numpy references.

Each (method, implementation) runs in a fresh subprocess on the same arrays, so peak RSS
(``resource.getrusage().ru_maxrss``, growth over the loaded-and-warmed-up baseline) is its own;
``tracemalloc`` adds the peak of numpy-allocated memory (torch's allocator is invisible to it). A
warm-up call on a slice keeps one-time thread-pool and dispatch costs out of the timings. Prints a
table and writes JSON; run from the repository root.

    python bench/correlation.py --small            # 3 models x 5,000 words x 128 neurons, seconds
    python bench/correlation.py                    # 3 models x 50,000 words x 512 neurons
    python bench/correlation.py --threads 1 --device numpy --out /tmp/corr.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "bench" / "results" / "correlation.json"
METHODS = ("maxcorr", "mincorr", "linreg", "svcca")
IMPLS = ("neuronscope", "numpy-reference")
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


def _import_correlation() -> ModuleType:
    try:
        from neuronscope.analysis import correlation
    except ImportError:
        # Run from a checkout without installing: client/ holds the `neuronscope` package.
        sys.path.insert(0, str(REPO / "client"))
        from neuronscope.analysis import correlation
    return correlation


# --------------------------------------------------------------------------------------------------
# Data


def make_models(n_models: int, tokens: int, neurons: int, seed: int = 0) -> list[np.ndarray]:
    """float32 (tokens, neurons) matrices sharing 10 % planted latent signals, plus structured noise."""
    rng = np.random.default_rng(seed)
    shared = max(1, neurons // 10)
    latent = rng.standard_normal((tokens, shared), dtype=np.float32)
    models = []
    for _ in range(n_models):
        # Low-rank private structure so that LinReg and SVCCA have something to find beyond the shared part.
        private = rng.standard_normal((tokens, 16), dtype=np.float32) @ rng.standard_normal(
            (16, neurons), dtype=np.float32
        )
        x = private * np.float32(0.3) + rng.standard_normal((tokens, neurons), dtype=np.float32)
        positions = rng.permutation(neurons)[:shared]
        x[:, positions] += latent * rng.uniform(1.0, 3.0, shared).astype(np.float32)
        models.append(np.ascontiguousarray(x))
    return models


# --------------------------------------------------------------------------------------------------
# Plain numpy references: whole arrays in memory, no chunking


def _reference_corr_scores(models: list[np.ndarray], reduce: str) -> np.ndarray:
    sizes = [x.shape[1] for x in models]
    full = np.corrcoef(np.hstack(models).T)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    scores = []
    for m in range(len(models)):
        rows = np.abs(full[offsets[m] : offsets[m + 1]])
        per_model = [rows[:, offsets[o] : offsets[o + 1]].max(axis=1) for o in range(len(models)) if o != m]
        stacked = np.stack(per_model)
        scores.append(stacked.max(axis=0) if reduce == "max" else stacked.min(axis=0))
    return np.concatenate(scores)


def _zscore(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    return (x - x.mean(0)) / x.std(0)


def _reference_linreg(models: list[np.ndarray]) -> np.ndarray:
    z = [_zscore(x) for x in models]
    scores = []
    for m in range(len(models)):
        errors = []
        for o in range(len(models)):
            if o == m:
                continue
            coef, *_ = np.linalg.lstsq(z[o], z[m], rcond=None)
            errors.append(((z[o] @ coef - z[m]) ** 2).mean(0))
        scores.append(np.max(errors, axis=0))
    return np.concatenate(scores)


def _reference_svcca(models: list[np.ndarray], variance: float = 0.99) -> np.ndarray:
    whitened = []
    for x in models:
        z = _zscore(x)
        eig, vec = np.linalg.eigh(np.cov(z.T))
        eig, vec = eig[::-1], vec[:, ::-1]
        kept = int(np.sum(np.cumsum(eig) < variance * eig.sum())) + 1
        whitened.append(z @ (vec[:, :kept] / np.sqrt(eig[:kept])))
    out = []
    for a in range(len(models)):
        for b in range(a + 1, len(models)):
            n = whitened[a].shape[0]
            out.append(np.linalg.svd(whitened[a].T @ whitened[b] / (n - 1), compute_uv=False))
    return np.concatenate(out)


def run_method(method: str, impl: str, models: list[np.ndarray], device: str, precision: str) -> np.ndarray:
    """Scores of every neuron of every model (SVCCA: canonical correlations of every pair), concatenated."""
    if impl == "numpy-reference":
        if method in ("maxcorr", "mincorr"):
            return _reference_corr_scores(models, "max" if method == "maxcorr" else "min")
        if method == "linreg":
            return _reference_linreg(models)
        return _reference_svcca(models)
    corr = _import_correlation()
    options: dict[str, Any] = {"device": device, "precision": precision}
    if method == "svcca":
        ranking = corr.svcca_ranking(models, **options)
        return np.concatenate([ranking[key].correlations for key in sorted(ranking)])
    fn = {"maxcorr": corr.maxcorr, "mincorr": corr.mincorr, "linreg": corr.linreg}[method]
    return np.concatenate([r.scores for r in fn(models, **options)])


# --------------------------------------------------------------------------------------------------
# Child: one measurement in a fresh process


def child(args: argparse.Namespace) -> None:
    data = Path(args.data)
    models = [np.load(path) for path in sorted(data.glob("model-*.npy"))]
    if args.impl == "neuronscope":
        corr = _import_correlation()
        torch = corr._import_torch() if args.device != "numpy" else None
        if torch is not None:
            torch.set_num_threads(args.threads)
    # Warm up on a slice so one-time costs (BLAS and torch thread pools, kernel dispatch) stay out of
    # the timing; they are paid once per process, not per call.
    run_method(
        args.method,
        args.impl,
        [x[: min(len(x), 4 * x.shape[1])] for x in models],
        args.device,
        args.precision,
    )
    # Everything loaded, imported and warmed up: growth beyond this is the method's own.
    baseline_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    start = time.perf_counter()
    scores = run_method(args.method, args.impl, models, args.device, args.precision)
    seconds = time.perf_counter() - start
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    np.save(data / f"scores-{args.method}-{args.impl}.npy", scores)
    json.dump(
        {
            "seconds": seconds,
            "input_mib": sum(x.nbytes for x in models) / 2**20,
            "peak_rss_growth_mib": (peak_kib - baseline_kib) / 1024,
            "tracemalloc_peak_mib": traced_peak / 2**20,
        },
        sys.stdout,
    )


# --------------------------------------------------------------------------------------------------
# Parent: generate data, run every child, compare, report


def _measure(args: argparse.Namespace, data: Path, method: str, impl: str) -> dict[str, Any]:
    env = dict(os.environ, **{name: str(args.threads) for name in THREAD_VARS})
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--data", str(data),
        "--method", method,
        "--impl", impl,
        "--threads", str(args.threads),
        "--device", args.device,
        "--precision", args.precision,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{method}/{impl} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _agreement(data: Path, method: str) -> dict[str, float]:
    ours = np.load(data / f"scores-{method}-neuronscope.npy")
    ref = np.load(data / f"scores-{method}-numpy-reference.npy")
    if ours.shape != ref.shape:
        return {"max_abs_diff": float("nan")}
    return {"max_abs_diff": float(np.abs(ours - ref).max())}


def _machine(args: argparse.Namespace) -> dict[str, Any]:
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "threads": args.threads,
        "load_average_1m": os.getloadavg()[0],
    }
    try:
        import torch

        info["torch"] = torch.__version__
        info["cuda"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    except ImportError:
        info["torch"] = None
    return info


def parent(args: argparse.Namespace) -> None:
    n_models, tokens, neurons = (3, 5_000, 128) if args.small else (args.models, args.tokens, args.neurons)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = sorted(set(methods) - set(METHODS))
    if unknown:
        raise SystemExit(f"--methods: unknown {unknown}; choose from {', '.join(METHODS)}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="neuronscope-bench-") as tmp:
        data = Path(tmp)
        for i, x in enumerate(make_models(n_models, tokens, neurons, seed=args.seed)):
            np.save(data / f"model-{i}.npy", x)
        for method in methods:
            for impl in IMPLS:
                rows.append({"method": method, "impl": impl, **_measure(args, data, method, impl)})
            rows[-2].update(_agreement(data, method))

    header = (
        f"{'method':<8} {'impl':<16} {'seconds':>8} {'peak RSS +MiB':>14} {'tracemalloc MiB':>16} "
        f"{'max|Δ| vs ref':>14}"
    )
    print(f"{n_models} models x {tokens:,} words x {neurons} neurons (float32 input), "
          f"threads={args.threads}, device={args.device}, precision={args.precision}")  # fmt: skip
    print(header)
    print("-" * len(header))
    for row in rows:
        diff = row.get("max_abs_diff")
        print(
            f"{row['method']:<8} {row['impl']:<16} {row['seconds']:>8.2f} "
            f"{row['peak_rss_growth_mib']:>14.1f} "
            f"{row['tracemalloc_peak_mib']:>16.1f} {'' if diff is None else f'{diff:.1e}':>14}"
        )
    report = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": _machine(args),
        "config": {
            "models": n_models,
            "tokens": tokens,
            "neurons": neurons,
            "input_dtype": "float32",
            "device": args.device,
            "precision": args.precision,
            "small": args.small,
            "seed": args.seed,
        },
        "results": rows,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="3 x 5,000 x 128: a quick run")
    parser.add_argument("--threads", type=int, default=2, help="torch and BLAS threads (default 2)")
    parser.add_argument("--models", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=50_000)
    parser.add_argument("--neurons", type=int, default=512)
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset of methods")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda", "numpy"])
    parser.add_argument("--precision", default="float64", choices=["float32", "float64"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="JSON report path")
    # Internal: one measurement in a child process.
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--method", help=argparse.SUPPRESS)
    parser.add_argument("--impl", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.threads < 1:
        parser.error("--threads must be >= 1")
    if args.child:
        child(args)
    else:
        parent(args)


if __name__ == "__main__":
    main()
