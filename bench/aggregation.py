"""Benchmark: word means of captured pieces, ``np.add.reduceat`` (before session 8) vs ``alignment.run_means``.

    .venv/bin/python bench/aggregation.py
    .venv/bin/python bench/aggregation.py --quick

The runtime averages each word's piece rows of a packed capture (every site side by side). Two shapes
of MiniLM's all-sites capture (7 sites x 384 = 2,688 columns): one sentence (12 pieces) and a 64-sentence
batch (1,280 pieces); words of 1-3 pieces (and an occasional 5). Median of ``--repeats`` calls after 5
warm-up calls, torch pinned to ``--threads``. Checks the two agree to 1e-5. Prints a table and writes JSON
to ``bench/results/aggregation.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from common import REPO, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "aggregation.json"


def _median_us(fn, repeats: int) -> float:
    for _ in range(5):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1e6 * statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="20 repeats")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    if args.quick:
        args.repeats = 20

    import torch

    from neuronscope_server.alignment import run_means

    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    rows = []
    for label, pieces in (("1 sentence", 12), ("64 sentences", 1280)):
        vals = rng.standard_normal((pieces, 7 * 384), dtype=np.float32)
        lengths = []
        while sum(lengths) < pieces:
            lengths.append(min(int(rng.choice([1, 1, 1, 2, 2, 3, 5])), pieces - sum(lengths)))
        starts = np.r_[0, np.cumsum(lengths)[:-1]]
        ends = starts + np.asarray(lengths)

        def reduceat(vals=vals, starts=starts, ends=ends):
            return np.add.reduceat(vals, starts, axis=0) / (ends - starts)[:, None]

        def ours(vals=vals, starts=starts, ends=ends):
            return run_means(vals, starts, ends)

        np.testing.assert_allclose(ours(), reduceat(), rtol=1e-5, atol=1e-5)
        row = {"shape": label, "pieces": pieces, "words": len(lengths), "columns": vals.shape[1],
               "reduceat_us": _median_us(reduceat, args.repeats), "run_means_us": _median_us(ours, args.repeats)}
        row["speedup"] = row["reduceat_us"] / row["run_means_us"]
        rows.append(row)
    print(table(["capture", "pieces", "words", "columns", "reduceat µs", "run_means µs", "speed-up"],
                [[r["shape"], r["pieces"], r["words"], r["columns"], r["reduceat_us"], r["run_means_us"],
                  r["speedup"]] for r in rows]))
    write_report(args.out, "aggregation", args, {"rows": rows})


if __name__ == "__main__":
    main()
