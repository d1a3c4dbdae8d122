"""Benchmark: time to render token heatmaps (HTML and SVG), a neuron card and a plot, median of repeats.

The heatmap workload is the issue's: 1,000 words (50 sentences x 20 words) x 3 neurons; target < 1 s
each. Pure Python string building, so single-threaded; ``--threads`` is recorded for the report
only. Prints a table and writes JSON; run from the repository root.

    python bench/viz.py
    python bench/viz.py --sentences 200 --repeats 3 --out /tmp/viz.json
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from common import REPO, table, write_report

try:
    import neuronscope.viz as viz
except ImportError:
    # Run from a checkout without installing: client/ holds the `neuronscope` package.
    sys.path.insert(0, str(REPO / "client"))
    import neuronscope.viz as viz

DEFAULT_OUT = REPO / "bench" / "results" / "viz.json"


def make_sentences(n: int, words: int, neurons: int, seed: int = 0) -> tuple[list[list[str]], list[np.ndarray]]:
    """``n`` sentences of ``words`` words from a 500-type vocabulary, float32 (words, neurons) activations."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(500)]
    sents = [[vocab[j] for j in rng.integers(0, len(vocab), words)] for _ in range(n)]
    values = [rng.standard_normal((words, neurons)).astype(np.float32) for _ in range(n)]
    return sents, values


def timed(fn: Callable[[], Any], repeats: int) -> tuple[list[float], Any]:
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return times, out


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    sents, values = make_sentences(args.sentences, args.words, args.neurons)
    labels = [f"n{k}" for k in range(args.neurons)]
    n_words = args.sentences * args.words
    rng = np.random.default_rng(1)
    card_words = np.array([f"w{i}" for i in rng.integers(0, 2000, args.card_words)])
    card_acts = rng.standard_normal(args.card_words).astype(np.float32)
    lengths = np.full(args.card_words // 20, 20)
    pos = np.array(["NN", "VB", "DT", "JJ", "IN"])[rng.integers(0, 5, args.card_words)]
    cases: list[tuple[str, int, Callable[[], Any], Callable[[Any], int]]] = [
        ("heatmap_html", n_words, lambda: viz.heatmap_html(sents, values, labels), len),
        ("heatmap_svg", n_words, lambda: viz.heatmap_svg(sents, values, labels), len),
        ("build_card+to_html", args.card_words,
         lambda: viz.build_card("encoder.layers.3", 7, card_words, card_acts, lengths, {"pos": pos}).to_html(), len),
    ]
    try:
        import matplotlib  # noqa: F401

        scores = rng.standard_normal(512)
        cases.append(("plot_scores+to_svg", 512, lambda: viz.to_svg(viz.plot_scores(scores)), len))
    except ImportError:
        print("matplotlib missing: plot row skipped (pip install 'neuronscope[viz]')")
    rows = []
    for name, size, fn, measure in cases:
        fn()  # warm-up: imports, numpy dispatch
        times, out = timed(fn, args.repeats)
        rows.append({"case": name, "words": size, "neurons": args.neurons if name.startswith("heatmap") else 1,
                     "median_seconds": statistics.median(times), "min_seconds": min(times),
                     "output_chars": measure(out), "target_seconds": 1.0 if name.startswith("heatmap") else None})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=50)
    ap.add_argument("--words", type=int, default=20, help="words per sentence")
    ap.add_argument("--neurons", type=int, default=3)
    ap.add_argument("--card-words", type=int, default=50_000, help="dataset words for the neuron card")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1, help="recorded only: rendering is single-threaded")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args()
    rows = run(args)
    print(table(["case", "words", "neurons", "median s", "min s", "output chars", "target s"],
                [[r["case"], r["words"], r["neurons"], r["median_seconds"], r["min_seconds"], r["output_chars"],
                  r["target_seconds"]] for r in rows]))
    ok = all(r["median_seconds"] < r["target_seconds"] for r in rows if r["target_seconds"])
    print(f"heatmaps under target: {ok}")
    write_report(args.out, "viz", args, {"results": rows, "heatmaps_under_target": ok})


if __name__ == "__main__":
    main()
