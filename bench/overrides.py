"""Benchmark: latency of translate-with-overrides vs plain translate through the client.

    .venv/bin/python bench/overrides.py              # full run
    .venv/bin/python bench/overrides.py --quick      # smoke run

A server in this process (127.0.0.1, port 0) serves `--model` (default `models/en-es`) with the
activation cache disabled (`cache_max_bytes=1`: the in-process store skips any value larger than
its capacity) and dynamic batching off (a lone client would otherwise wait `batch_max_delay_ms` for
company on every call; `--batching` turns it on). Through the client, at batch 1 and batch 32,
each batch of `data/corpus/test.en` is translated plainly and with overrides (`set` 10 neurons of
`encoder.layers.2` to 5.0 and `scale` 10 neurons of `decoder.layers.1` by 0.5; the last layer when
the model has fewer), alternating which goes first. No activations are captured (unary `Translate`).
Each batch size runs in two modes. `fixed`: every output is exactly `--fixed-tokens` pieces (default
24; `min_new_tokens` = `max_new_tokens`), so the ratio is the hooks' cost on equal work (target
<= 1.2x). `free`: outputs end where the model ends them; an override can make translations longer
or shorter, so this ratio mixes hook cost with the override's effect on length, reported as the mean
number of generated target pieces per sentence.

Prints a table and writes JSON (command, machine, date, rows) to `bench/results/overrides.json`
(`--out`). `--quick`: 6 requests at batch 1, 1 at batch 32.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from common import REPO, build_overrides, read_sentences, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "overrides.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default=str(REPO / "models" / "en-es"), help="seq2seq model dir (default models/en-es)"
    )
    parser.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    parser.add_argument("--quick", action="store_true", help="a fast smoke run")
    parser.add_argument("--requests-b1", type=int, default=48, help="timed request pairs at batch 1 (quick: 6)")
    parser.add_argument("--requests-b32", type=int, default=8, help="timed request pairs at batch 32 (quick: 1)")
    parser.add_argument("--batching", action="store_true", help="leave dynamic batching on (default: off)")
    parser.add_argument("--max-new-tokens", type=int, default=0, help="generation cap (0: the model's own limit)")
    parser.add_argument("--fixed-tokens", type=int, default=24, help="output length in the fixed mode (default 24)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="JSON report path")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests_b1, args.requests_b32 = 6, 1

    import torch

    torch.set_num_threads(args.threads)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    from neuronscope import Client
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    model = str(Path(args.model).resolve())
    cfg = ServerConfig(
        host="127.0.0.1",
        port=0,
        models=(("en-es", model),),
        device="cpu",
        cache_max_bytes=1,
        batching=args.batching,
        grace_seconds=1.0,
    )
    server = create_server(cfg)
    rows = []
    try:
        with Client(server.address, timeout=600, retries=1) as c:
            sites = {s.name: s.width for s in c.model_info().sites}
            overrides = build_overrides(sites)
            print("overrides: " + "; ".join(f"{o.op} {len(o.neurons)} neurons of {o.site}" for o in overrides))

            def timed(sents: list[str], ovs, fixed: bool = False) -> tuple[float, int]:
                n_tok = args.fixed_tokens if fixed else args.max_new_tokens
                t0 = time.perf_counter()
                r = c.translate(sents, overrides=ovs, max_new_tokens=n_tok, min_new_tokens=n_tok if fixed else 0)
                dt_ = time.perf_counter() - t0
                assert r.cache_hits == 0, "the cache should be disabled"
                return dt_, sum(len(s.target_pieces) for s in r.sentences)

            timed(read_sentences(1, offset=2000), ())  # warm-up, untimed
            timed(read_sentences(1, offset=2001), overrides)
            offset = 0
            for mode, bs, n in (("fixed", 1, args.requests_b1), ("fixed", 32, args.requests_b32),
                                ("free", 1, args.requests_b1), ("free", 32, args.requests_b32)):
                plain, over, plain_pieces, over_pieces = [], [], 0, 0
                for i in range(n):
                    sents = read_sentences(bs, offset=offset)
                    offset += bs
                    order = [("plain", ()), ("over", overrides)]
                    if i % 2:
                        order.reverse()
                    for kind, ovs in order:
                        t, pieces = timed(sents, ovs, fixed=mode == "fixed")
                        if kind == "plain":
                            plain.append(t)
                            plain_pieces += pieces
                        else:
                            over.append(t)
                            over_pieces += pieces
                row = {
                    "mode": mode,
                    "batch": bs,
                    "requests": n,
                    "plain_ms": 1000 * statistics.median(plain),
                    "override_ms": 1000 * statistics.median(over),
                    "plain_ms_all": [1000 * t for t in plain],
                    "override_ms_all": [1000 * t for t in over],
                    "ratio_of_totals": sum(over) / sum(plain),
                    "plain_pieces_per_sentence": plain_pieces / (n * bs),
                    "override_pieces_per_sentence": over_pieces / (n * bs),
                }
                row["ratio"] = row["override_ms"] / row["plain_ms"]
                rows.append(row)
                print(
                    f"  {mode} batch {bs}: plain {row['plain_ms']:.1f} ms, overrides {row['override_ms']:.1f} ms, "
                    f"{row['ratio']:.2f}x",
                    flush=True,
                )
    finally:
        server.stop(0)

    print()
    print(
        table(
            [
                "mode",
                "batch",
                "requests",
                "plain ms (median)",
                "overrides ms (median)",
                "ratio",
                "ratio of totals",
                "pieces/sent plain",
                "pieces/sent overrides",
            ],
            [
                [
                    r["mode"],
                    r["batch"],
                    r["requests"],
                    r["plain_ms"],
                    r["override_ms"],
                    r["ratio"],
                    r["ratio_of_totals"],
                    r["plain_pieces_per_sentence"],
                    r["override_pieces_per_sentence"],
                ]
                for r in rows
            ],
        )
    )
    fixed = [r for r in rows if r["mode"] == "fixed"]
    target = {"max_ratio": 1.2, "met": bool(fixed) and max(r["ratio"] for r in fixed) <= 1.2}
    print(f"target overrides <= 1.2x plain at equal output length: {'met' if target['met'] else 'NOT met'}")
    write_report(
        args.out,
        "overrides",
        args,
        {
            "quick": args.quick,
            "model": model,
            "overrides": [
                {"site": o.site, "op": o.op, "neurons": list(o.neurons), "values": list(o.values)} for o in overrides
            ],
            "server": {"cache_max_bytes": 1, "batching": args.batching},
            "rows": rows,
            "target": target,
        },
    )


if __name__ == "__main__":
    main()
