"""Benchmark: does shadow mode slow the live answer? Latency of requests naming a profile, shadowed vs not.

    .venv/bin/python bench/shadow.py             # 120 requests per arm (2 cores: ~2 min)
    .venv/bin/python bench/shadow.py --quick

A server in this process (127.0.0.1, port 0) serves `models/en-es` with the activation cache off. Profile
"hook" has version 1 (live: scale 8 neurons of encoder.layers.2 by 1.0, a no-op) and version 2 (the
candidate: set them to 5.0). Arm "plain": no shadow. Arm "shadow": version 2 in shadow on 100 % of requests —
each request is answered with version 1, then also run with version 2 at bulk priority. Requests are sent one
at a time, one sentence each (test.en), the arms alternating in blocks of 10 so drift hits both; reported:
median and p90 latency of the live answer per arm and their ratio, and how many shadow runs completed.

Prints a table and writes JSON to bench/results/shadow.json (`--out`).
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import REPO, read_sentences, table, write_report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=120, help="requests per arm (quick: 20)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", default=str(REPO / "bench" / "results" / "shadow.json"))
    args = parser.parse_args(argv)
    if args.quick:
        args.requests = 20
    import torch

    torch.set_num_threads(args.threads)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    from neuronscope import Client, Override
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    running = create_server(ServerConfig(port=0, models=(("en-es", str(REPO / "models" / "en-es")),),
                                         cache_max_bytes=1, threads=args.threads))
    neurons = [3, 17, 42, 99, 120, 150, 200, 250]
    lat: dict[str, list[float]] = {"plain": [], "shadow": []}
    try:
        with Client(running.address) as c:
            c.create_profile("hook", [Override("encoder.layers.2", neurons, "scale", [1.0])])
            c.create_profile("hook", [Override("encoder.layers.2", neurons, "set", [5.0])])
            c.set_rollout("hook", canary_version=0, canary_percent=0.0, stable_version=1)
            sents = read_sentences(2 * args.requests + 1, offset=10)
            c.translate([sents[-1]], profile="hook")  # warm-up
            i = 0
            while i < 2 * args.requests:
                arm = "plain" if (i // 10) % 2 == 0 else "shadow"
                c.set_shadow("hook", version=2 if arm == "shadow" else 0, percent=100.0)
                time.sleep(1.1)  # the rollout record is re-read within a second
                for _ in range(10):
                    t0 = time.perf_counter()
                    c.translate([sents[i]], profile="hook")
                    lat[arm].append(time.perf_counter() - t0)
                    i += 1
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                report = c.shadow_report("hook")
                if report and report[0]["requests"] >= len(lat["shadow"]):
                    break
                time.sleep(0.5)
    finally:
        running.stop(0)
    rows = []
    for arm, xs in lat.items():
        xs = sorted(xs)
        rows.append({"arm": arm, "requests": len(xs), "p50_ms": 1000 * statistics.median(xs),
                     "p90_ms": 1000 * xs[int(0.9 * (len(xs) - 1))]})
    ratio = rows[1]["p50_ms"] / rows[0]["p50_ms"]
    done = report[0]["requests"] if report else 0
    print(table(["arm", "requests", "p50 ms", "p90 ms"], [[r["arm"], r["requests"], r["p50_ms"], r["p90_ms"]]
                                                         for r in rows]))
    print(f"shadow / plain p50: {ratio:.2f}x; shadow runs completed: {done} of {len(lat['shadow'])}; "
          f"changed: {report[0]['changed'] if report else 0}")
    write_report(args.out, "shadow", args, {"rows": rows, "p50_ratio": ratio, "shadow_runs": done,
                                            "changed": report[0]["changed"] if report else 0})


if __name__ == "__main__":
    main()
