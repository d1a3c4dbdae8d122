"""Benchmark: the fair-sharing measurement of tests/e2e/test_fairness.py, repeated, with the server's own view.

    .venv/bin/python bench/fairness.py              # 3 runs
    .venv/bin/python bench/fairness.py --runs 5 --server-args "--gil-switch-interval-ms 0"

`neuronscope serve` with the default flags (plus `--server-args`) in its own process, keys for tenants a
(analyst) and b (reader). Each run is the test's own `_measure`: b's solo p99 over 50 plain Translates,
then 6 clients of a run captures, dataset creation and erasure back to back while b sends one plain
Translate every 0.5 s for 30 s. Reported per run: b's solo p99, p50 and p99 under the load, their ratio
(the test's bar: p99 <= 5x solo, >= 95 % ok), bulk calls done, and from the server's metrics the mean
time a plain translation waited for its pass and the mean time of its pass (both over the whole run,
solo calls included), and how many capture or bulk passes were preempted.

Prints a table and writes JSON (command, machine, date, runs) to `bench/results/fairness.json` (`--out`).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from common import REPO, free_port, table, write_report

sys.path.insert(0, str(REPO / "tests" / "e2e"))
import test_fairness as fair  # noqa: E402 - the measurement the acceptance test makes, not a copy of it

DEFAULT_OUT = REPO / "bench" / "results" / "fairness.json"


def _metric(text: str, name: str, **labels: str) -> float:
    want = ",".join(f'{k}="{v}"' for k, v in labels.items())
    total = 0.0
    for line in text.splitlines():
        m = re.match(rf"{name}(?:{{(.*)}})? (\S+)$", line)
        if m and all(part in (m.group(1) or "") for part in want.split(",") if part):
            total += float(m.group(2))
    return total


def one_run(server_args: list[str]) -> dict:
    from neuronscope import Client
    from neuronscope_server.auth import hash_key

    tmp = Path(tempfile.mkdtemp(prefix="bench-fairness-"))
    keys = tmp / "keys.json"
    keys.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": r}
                                         for k, (t, r) in fair.KEYS.items()]}))
    port, mport = free_port(), free_port()
    with open(tmp / "server.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "neuronscope_server.cli", "serve", "--port", str(port), "--health-port", "0",
             "--metrics-port", str(mport), "--keys-file", str(keys), "--model", f"en-es={REPO / 'models' / 'en-es'}",
             *server_args], stdout=log, stderr=subprocess.STDOUT)
    try:
        address = f"127.0.0.1:{port}"
        with Client(address, api_key="live-b") as c:
            c.wait_ready(120)
        run = fair._measure(address, iter(fair.SOURCES[2000:]))
        text = urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=5).read().decode()
    finally:
        proc.terminate()
        proc.wait(30)
    lat = sorted(run.latencies)
    live = {"model": "en-es", "priority": "interactive"}
    passes = _metric(text, "neuronscope_batch_seconds_count", **live)
    return {
        "solo_p99_s": run.solo_p99, "ok": len(lat), "failed": len(run.failures),
        "p50_s": lat[len(lat) // 2], "p99_s": fair._p99(lat), "ratio": fair._p99(lat) / run.solo_p99,
        "meets_bar": run.meets_bar(), "bulk_calls": run.bulk_ok,
        "live_queue_wait_mean_s": _metric(text, "neuronscope_queue_wait_seconds_sum", **live) / max(1, passes),
        "live_pass_mean_s": _metric(text, "neuronscope_batch_seconds_sum", **live) / max(1, passes),
        "preemptions": _metric(text, "neuronscope_preemptions_total"),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--server-args", default="", help="extra flags for neuronscope serve, space-separated")
    parser.add_argument("--threads", type=int, default=0, help="recorded only: the server uses its defaults")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    runs = []
    for i in range(args.runs):
        r = one_run(args.server_args.split())
        runs.append(r)
        print(f"run {i + 1}: solo p99 {r['solo_p99_s']:.3f}s, under bulk p50 {r['p50_s']:.3f}s p99 {r['p99_s']:.3f}s "
              f"({r['ratio']:.2f}x), {r['bulk_calls']} bulk calls", flush=True)
    print()
    print(table(["run", "solo p99 s", "p50 s", "p99 s", "p99 / solo", "bar met", "bulk calls",
                 "live wait ms", "live pass ms", "preempted"],
                [[i + 1, r["solo_p99_s"], r["p50_s"], r["p99_s"], r["ratio"], r["meets_bar"], r["bulk_calls"],
                  1000 * r["live_queue_wait_mean_s"], 1000 * r["live_pass_mean_s"], int(r["preemptions"])]
                 for i, r in enumerate(runs)]))
    write_report(args.out, "fairness", args, {"runs": runs})


if __name__ == "__main__":
    main()
