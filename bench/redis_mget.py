"""Benchmark: one MGET of a cache hit's worth of values, back to back vs after an idle gap.

    .venv/bin/python bench/redis_mget.py                      # Redis at redis://127.0.0.1:6379/0
    .venv/bin/python bench/redis_mget.py --quick

Why a Redis-only cache hit costs more inside a request than in a loop: Redis writes a large reply a
piece at a time (it stops after ~64 KB per client per event-loop turn; `strace` shows a 2.3 MB MGET
reply leaving in ~27 writes of 70-106 KB), and the reader wakes for each piece. Back to back the wake-ups
are cheap; after the process has idled (a server between requests, or during a forward pass) each one
costs a cold wake-up. This stores ``--keys`` random values of ``--value-bytes`` (default: 64 x 36 kB,
about ``bench/cache.py``'s encoder-only hit) under a throw-away prefix, then times ``--calls`` MGETs of
all of them with redis-py (hiredis parser) after a sleep of each ``--gaps`` value (0: back to back), in
turns. Deletes the keys after. Prints a table and writes JSON to ``bench/results/redis-mget.json``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid

from common import REPO, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "redis-mget.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--keys", type=int, default=64)
    parser.add_argument("--value-bytes", type=int, default=36_000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--gaps", default="0,0.001,0.01", help="idle seconds before each MGET, comma-separated")
    parser.add_argument("--quick", action="store_true", help="30 calls")
    parser.add_argument("--threads", type=int, default=1, help="recorded with the machine (no torch here)")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    if args.quick:
        args.calls = 30

    import redis

    r = redis.Redis.from_url(args.redis_url)
    prefix = f"bench-mget:{uuid.uuid4().hex}:"
    keys = [f"{prefix}{i}" for i in range(args.keys)]
    r.mset({k: os.urandom(args.value_bytes) for k in keys})
    gaps = [float(g) for g in args.gaps.split(",")]
    times: dict[float, list[float]] = {g: [] for g in gaps}
    try:
        for _ in range(5):
            r.mget(keys)
        for _ in range(args.calls):
            for gap in gaps:
                if gap:
                    time.sleep(gap)
                t0 = time.perf_counter()
                values = r.mget(keys)
                times[gap].append(time.perf_counter() - t0)
                assert all(v is not None and len(v) == args.value_bytes for v in values)
    finally:
        r.delete(*keys)
    rows = [{"gap_ms": 1000 * g, "median_ms": 1000 * statistics.median(t), "p90_ms": 1000 * sorted(t)[int(0.9 * len(t))]}
            for g, t in times.items()]
    print(table(["idle before each MGET (ms)", "median ms", "p90 ms"],
                [[r_["gap_ms"], r_["median_ms"], r_["p90_ms"]] for r_ in rows]))
    write_report(args.out, "redis-mget", args, {"bytes": args.keys * args.value_bytes, "rows": rows})


if __name__ == "__main__":
    main()
