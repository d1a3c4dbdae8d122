"""Benchmark: word means of a packed capture, piece rows to word rows, three ways.

    .venv/bin/python bench/aggregation.py
    .venv/bin/python bench/aggregation.py --quick

The runtime averages each word's piece rows of a capture whose sites sit side by side (MiniLM's 7 sites x
384 = 2,688 columns), for a padded batch ``(sentences, pieces, columns)`` with special tokens (-1). Timed
from the batch and each sentence's piece-to-word map to each sentence's ``(words, columns)`` rows:

* ``reduceat``: per-sentence ``np.add.reduceat`` down the rows (the runtime's way before session 8);
* ``plan + run_means``: session 8's batch plan (runs of each word's pieces), gather, then ``index_add_``
  over run ids (copied here as it was);
* ``word_means``: ``alignment.word_means`` (session 9): one ``index_select``, one ``index_add_`` into one
  row per word, one division, for the whole batch.

Two shapes (one sentence of 12 pieces; 64 sentences padded to 30) and two states: ``warm`` (calls back to
back) and ``idle`` (a 7 ms sleep before each timed call, as a server between batch-1 requests: the core's
caches are cold). Median of ``--repeats`` calls after 5 warm-up calls, the three timed in turns; torch pinned
to ``--threads``.
Checks the three agree to 1e-5. Prints a table and writes JSON to ``bench/results/aggregation.json``
(``--out``).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from common import REPO, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "aggregation.json"


def _medians_us(fns: dict, repeats: int, idle: float) -> dict[str, float]:
    """Median µs of each function, timed in turns (one call of each per round), so that this machine's
    drifting speed affects every function alike."""
    for fn in fns.values():
        for _ in range(5):
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            if idle:
                time.sleep(idle)
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: 1e6 * statistics.median(t) for name, t in times.items()}


def reduceat(h: np.ndarray, pws: list[np.ndarray]) -> list[np.ndarray]:
    out = []
    for b, pw in enumerate(pws):
        valid = np.flatnonzero(pw >= 0)
        idx = pw[valid]
        starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
        ends = np.r_[starts[1:], idx.size]
        out.append(np.add.reduceat(h[b, valid], starts, axis=0) / (ends - starts)[:, None].astype(np.float32))
    return out


def plan_run_means(h: np.ndarray, pws: list[np.ndarray], n_words: list[int]) -> list[np.ndarray]:
    """Session 8's ``batch_plan`` + ``apply_plan`` + ``run_means`` for means, as they were."""
    import torch

    rows, ids, offset = [], [], 0
    for b, pw in enumerate(pws):
        valid = np.flatnonzero(pw >= 0)
        idx = pw[valid]
        if idx.size and np.any(idx[1:] < idx[:-1]):
            raise ValueError("out of order")
        rows.append(valid + b * h.shape[1])
        ids.append(idx + offset)
        offset += n_words[b]
    flat, idx = np.concatenate(rows), np.concatenate(ids)
    starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
    ends = np.r_[starts[1:], idx.size]
    out = np.zeros((sum(n_words), h.shape[2]), dtype=np.float32)
    vals = h.reshape(-1, h.shape[2])[flat]
    lens = ends - starts
    runs = torch.from_numpy(np.repeat(np.arange(len(starts)), lens))
    sums = torch.zeros((len(starts), vals.shape[1]), dtype=torch.float32)
    sums.index_add_(0, runs, torch.from_numpy(np.ascontiguousarray(vals, dtype=np.float32)))
    out[idx[starts]] = sums.numpy() / lens[:, None].astype(np.float32)
    return np.split(out, np.cumsum(n_words)[:-1]) if len(n_words) > 1 else [out]


def make_batch(rng: np.random.Generator, sentences: int, pieces: int, length: int, width: int):
    """A padded batch: each sentence [CLS] words of 1-3 pieces (an occasional 5) [SEP], then padding."""
    pws, n_words = [], []
    for _ in range(sentences):
        words, pw = 0, [-1]
        while len(pw) < pieces - 1:
            k = min(int(rng.choice([1, 1, 1, 2, 2, 3, 5])), pieces - 1 - len(pw))
            pw += [words] * k
            words += 1
        pws.append(np.asarray(pw + [-1], dtype=np.int32))
        n_words.append(words)
    return rng.standard_normal((sentences, length, width), dtype=np.float32), pws, n_words


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

    from neuronscope_server.alignment import word_means

    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    rows = []
    for label, sentences, pieces, length in (("1 sentence", 1, 12, 12), ("64 sentences", 64, 20, 30)):
        h, pws, n_words = make_batch(rng, sentences, pieces, length, 7 * 384)
        fns = {
            "reduceat": lambda h=h, pws=pws: reduceat(h, pws),
            "plan_run_means": lambda h=h, pws=pws, n=n_words: plan_run_means(h, pws, n),
            "word_means": lambda h=h, pws=pws, n=n_words: word_means(h, pws, n),
        }
        want = fns["reduceat"]()
        for name, fn in fns.items():
            for got, ref in zip(fn(), want):
                np.testing.assert_allclose(got, ref, rtol=1e-5, atol=1e-5, err_msg=name)
        for state, idle in (("warm", 0.0), ("idle", 0.007)):
            row = {"shape": label, "state": state, "sentences": sentences, "pieces": sentences * pieces,
                   "words": sum(n_words), "columns": h.shape[2]}
            row.update({f"{name}_us": us for name, us in _medians_us(fns, args.repeats, idle).items()})
            row["speedup_vs_plan"] = row["plan_run_means_us"] / row["word_means_us"]
            rows.append(row)
    print(table(["capture", "state", "pieces", "words", "reduceat µs", "plan + run_means µs", "word_means µs",
                 "vs plan"],
                [[r["shape"], r["state"], r["pieces"], r["words"], r["reduceat_us"], r["plan_run_means_us"],
                  r["word_means_us"], r["speedup_vs_plan"]] for r in rows]))
    write_report(args.out, "aggregation", args, {"rows": rows})


if __name__ == "__main__":
    main()
