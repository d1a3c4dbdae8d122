"""Benchmark: peak memory and time of an out-of-core (spooled) lca ranking vs the in-memory one.

Issue #18 part 4. A synthetic dataset (default 1,000,000 words x 256 neurons, float16 storage, 12
labels, 8 planted informative neurons, labels mostly fixed by a Zipf-distributed word type) is made
on the fly as ``DatasetChunk`` messages of whole sentences (~4 MiB each, like the store's), chunk by
chunk from a per-chunk seed, so every run sees the same data and none holds it whole. Each run is a
fresh subprocess:

- ``spooled``: ``dataset_matrix.spool`` (a temporary file) then ``ranking_job.rank_matrix`` — the
  server's RankNeurons path (``rank_dataset`` minus the store);
- ``in-memory``: the chunks decoded and concatenated as ``DatasetStore.arrays`` does, then
  ``ranking_job.rank`` (today's: the same blocked code over the array, so the same result);
- ``before``: the same loading, then ``ranking_job.rank`` as it was at ``--legacy-commit`` (the
  path RankNeurons took before: ``X[train]``, z-scored copies, the probe's shuffled copy).

Peak RSS is the child's ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` (Linux: KiB); "growth" is the
peak minus the peak after imports and a warm-up ranking of 2,000 words (torch's kernels and thread
pools), i.e. what the job itself added. Seconds cover spooling (or loading) and ranking; making the
data is included in both (it stands in for reading the store). The orderings of the two paths are
compared on the same words (``--in-memory-words``, default: all of them).

    .venv/bin/python bench/rank_memory.py --threads 1
    .venv/bin/python bench/rank_memory.py --words 200000 --in-memory-words 200000 --threads 1

Prints a table and writes JSON to ``bench/results/rank_memory.json`` (``--out`` to change).
Target: peak RSS < 1.5 GB for the spooled 1M x 256 ranking.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "client"), str(REPO / "server")]

from bench.common import table, write_report  # noqa: E402

SITE = "encoder.layers.5"
VOCAB = 20_000  # distinct word types
LEGACY_COMMIT = "9191be1"  # ranking_job.py before out-of-core ranking


CROSS = ("maxcorr", "mincorr", "linreg", "svcca")


def plan(neurons: int, classes: int, planted: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The dataset's fixed parts: each word type's label `(VOCAB,)`, each neuron's scale `(neurons,)`
    and the planted neurons `(planted,)` (neuron `planted[j]` marks class `j`)."""
    rng = np.random.default_rng(seed)
    type_label = rng.integers(0, classes, VOCAB)
    scale = np.exp(rng.normal(size=neurons)).astype(np.float32)
    return type_label, scale, rng.choice(neurons, size=planted, replace=False)


def make_chunks(words: int, neurons: int, classes: int, planted: int, seed: int,
                chunk_words: int) -> Iterator[Any]:
    """The dataset as ``DatasetStore.chunks`` yields it: chunks of whole sentences (3-25 words).

    Each word type has a label (10 % of tokens get a random one instead); neuron ``planted_j`` is
    shifted by +1.5 std for words of class ``j`` (``j < planted``); every neuron has its own scale.
    """
    from neuronscope import wire
    from neuronscope.v1 import neuronscope_pb2 as pb

    type_label, scale, planted_cols = plan(neurons, classes, planted, seed)
    names = [f"L{c:02d}" for c in range(classes)]
    done, i = 0, 0
    while done < words:
        r = np.random.default_rng([seed, i])
        lengths = []
        n = 0
        while n < min(chunk_words, words - done):
            lengths.append(int(min(r.integers(3, 26), words - done - n)))
            n += lengths[-1]
        types = (r.zipf(1.3, n) - 1) % VOCAB
        y = np.where(r.random(n) < 0.1, r.integers(0, classes, n), type_label[types])
        X = r.standard_normal((n, neurons), dtype=np.float32)
        for j, col in enumerate(planted_cols):
            X[:, col] += 1.5 * (y == j)
        X *= scale
        yield pb.DatasetChunk(
            index=i, words=[f"t{t}" for t in types.tolist()], sentence_lengths=lengths,
            labels=[pb.LabelColumn(name="label", values=[names[c] for c in y.tolist()])],
            activations=[pb.SiteActivations(site=SITE, side="source", values=wire.encode(X, "float16"))],
        )
        done += n
        i += 1


def legacy_rank(commit: str):
    """``ranking_job.rank`` as it was at ``commit`` (before this change: X[train], z-scored copies and the
    probe's shuffled copy, all in memory), run against today's analysis package."""
    import types

    source = subprocess.run(["git", "show", f"{commit}:server/neuronscope_server/ranking_job.py"], cwd=REPO,
                            capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("legacy_ranking_job")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{commit}:ranking_job.py", "exec"), module.__dict__)
    return module


def child(args: argparse.Namespace) -> None:
    import torch

    from neuronscope import wire
    from neuronscope_server.dataset_matrix import spool
    from neuronscope_server.ranking_job import RankParams, estimate_rank_bytes, rank, rank_matrix

    torch.set_num_threads(args.threads)
    params = RankParams(method=args.method, control_task=args.control_task, seed=args.seed)

    def chunks(words: int) -> Iterator[Any]:
        return make_chunks(words, args.neurons, args.classes, args.planted, args.seed, args.chunk_words)

    def run_spooled(words: int, work_dir: str) -> tuple[Any, float]:
        start = time.perf_counter()
        with spool(chunks(words), [SITE], "label", directory=work_dir) as m:
            spooled = time.perf_counter() - start
            return rank_matrix(m, m.words, params, block_rows=args.block_rows or None), spooled

    rank_fn, params_in_memory = rank, params
    if args.mode == "before":
        legacy = legacy_rank(args.legacy_commit)
        rank_fn = legacy.rank
        params_in_memory = legacy.RankParams(method=args.method, control_task=args.control_task, seed=args.seed)

    def run_in_memory(words: int) -> tuple[Any, float]:
        start = time.perf_counter()
        acts, labels, texts, lengths = [], [], [], []
        for c in chunks(words):  # as DatasetStore.arrays did
            acts.append(wire.decode(c.activations[0].values).astype(np.float32, copy=False))
            labels.extend(c.labels[0].values)
            texts.extend(c.words)
            lengths.extend(c.sentence_lengths)
        X = np.concatenate(acts, axis=0)
        del acts
        loaded = time.perf_counter() - start
        return rank_fn(X, labels, texts, lengths, params_in_memory), loaded

    if args.method in CROSS:  # three models' datasets (their own seeds), correlated with maxcorr etc.
        from contextlib import ExitStack

        from neuronscope_server.ranking_job import rank_crossmodel

        def model_chunks(words: int, k: int) -> Iterator[Any]:
            return make_chunks(words, args.neurons, args.classes, args.planted, args.seed + k, args.chunk_words)

        def run_spooled(words: int, work_dir: str) -> tuple[Any, float]:  # noqa: F811 - the cross-model form
            start = time.perf_counter()
            with ExitStack() as files:
                models = [files.enter_context(spool(model_chunks(words, k), [SITE], "", directory=work_dir))
                          for k in range(3)]
                spooled = time.perf_counter() - start
                return rank_crossmodel(models, params), spooled

        def run_in_memory(words: int) -> tuple[Any, float]:  # noqa: F811
            start = time.perf_counter()
            models = [np.concatenate([wire.decode(c.activations[0].values).astype(np.float32, copy=False)
                                      for c in model_chunks(words, k)], axis=0) for k in range(3)]
            loaded = time.perf_counter() - start
            return rank_crossmodel(models, params), loaded

    with tempfile.TemporaryDirectory(prefix="neuronscope-bench-") as work_dir:
        # warm-up: imports, torch's kernels and thread pools, on 2,000 words of the same kind
        if args.mode == "spooled":
            run_spooled(2_000, work_dir)
        else:
            run_in_memory(2_000)
        baseline_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        out, load_seconds = run_spooled(args.words, work_dir) if args.mode == "spooled" else run_in_memory(args.words)
        seconds = time.perf_counter() - start
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    estimate = 0 if args.method in CROSS else estimate_rank_bytes(
        args.words, args.neurons, params, args.block_rows or None, classes=args.classes, storage_itemsize=2,
        chunk_bytes=args.chunk_words * args.neurons * 2)
    json.dump({
        "mode": args.mode, "words": args.words, "neurons": args.neurons, "seconds": seconds,
        "load_seconds": load_seconds, "peak_rss_mib": peak_kib / 1024, "baseline_rss_mib": baseline_kib / 1024,
        "growth_mib": (peak_kib - baseline_kib) / 1024, "estimate_mib": estimate / 2**20,
        "accuracy": out.accuracy, "majority": out.majority, "train_words": out.train_words,
        "ordering": out.ordering.tolist(), "ablation": [[r.selection, r.percent, r.score] for r in out.ablation],
        "scores": None if out.scores is None else out.scores.tolist(),
    }, sys.stdout)


def measure(args: argparse.Namespace, mode: str, words: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", "--mode", mode, "--words", str(words), "--neurons", str(args.neurons),
           "--classes", str(args.classes), "--planted", str(args.planted), "--seed", str(args.seed),
           "--chunk-words", str(args.chunk_words), "--block-rows", str(args.block_rows), "--threads", str(args.threads),
           "--legacy-commit", args.legacy_commit, "--method", args.method] + (["--control-task"] if args.control_task else [])
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads),
               OPENBLAS_NUM_THREADS=str(args.threads))
    print(f"running {mode} on {words:,} words ...", flush=True)
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"{mode} child failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--neurons", type=int, default=256)
    ap.add_argument("--classes", type=int, default=12)
    ap.add_argument("--planted", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--method", choices=["lca", "probeless", "gmm", "anova", *CROSS], default="lca",
                    help="a label method, or a cross-model one over three synthetic models")
    ap.add_argument("--control-task", action="store_true", help="lca: also train the control-task probe")
    ap.add_argument("--chunk-words", type=int, default=8_192, help="words per chunk (8,192 x 256 float16 = 4 MiB)")
    ap.add_argument("--block-rows", type=int, default=0, help="rank_matrix's block (0: 16 MiB of float32)")
    ap.add_argument("--in-memory-words", type=int, default=None,
                    help="words for the in-memory comparison (default: --words; 0 skips it)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "rank_memory.json"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--legacy-commit", default=LEGACY_COMMIT,
                    help="commit whose ranking_job.rank is the 'before' run (the last one before out-of-core ranking)")
    ap.add_argument("--mode", choices=["spooled", "in-memory", "before"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args)
        return
    import torch

    torch.set_num_threads(args.threads)  # the children set their own; this is what the report records
    in_memory_words = args.words if args.in_memory_words is None else args.in_memory_words
    runs = [measure(args, "spooled", args.words)]
    if in_memory_words:
        if in_memory_words != args.words:
            runs.append(measure(args, "spooled", in_memory_words))
        runs.append(measure(args, "in-memory", in_memory_words))
        if args.method not in CROSS:  # the code before out-of-core ranking had no cross-model path to compare
            runs.append(measure(args, "before", in_memory_words))
    planted = set(plan(args.neurons, args.classes, args.planted, args.seed)[2].tolist())
    reference = {r["words"]: r["ordering"] for r in runs if r["mode"] == "spooled"}
    for r in runs:
        r["same_ordering_as_spooled"] = r["ordering"] == reference[r["words"]]
        r["planted_in_top"] = len(planted & set(r["ordering"][: len(planted)]))
    headers = ["path", "words", "neurons", "seconds", "load s", "peak RSS MiB", "growth MiB", "estimate MiB",
               "accuracy", "planted in top", "same ordering as spooled"]
    rows = [[r["mode"], f"{r['words']:,}", r["neurons"], r["seconds"], r["load_seconds"], r["peak_rss_mib"],
             r["growth_mib"], r["estimate_mib"], r["accuracy"], f"{r['planted_in_top']}/{len(planted)}",
             r["same_ordering_as_spooled"]] for r in runs]
    print()
    print(table(headers, rows))
    scores = {r["words"]: r["scores"] for r in runs if r["mode"] == "spooled"}
    for r in runs:
        r["ordering_head"] = r.pop("ordering")[:32]
        if r.get("scores") is not None:  # cross-model: how far the spooled scores are from the in-memory ones
            r["max_abs_score_diff_vs_spooled"] = float(np.max(np.abs(np.subtract(r.pop("scores"),
                                                                                   scores[r["words"]]))))
        else:
            r.pop("scores", None)
    write_report(args.out, "rank_memory", args, {"runs": runs, "planted": sorted(planted),
                                                  "target": "spooled peak RSS < 1.5 GB at 1M x 256"})


if __name__ == "__main__":
    main()
