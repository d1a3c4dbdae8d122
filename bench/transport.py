"""Benchmark: a bare grpc round trip returning a cache hit's worth of bytes, with and without the client's heap pad.

    .venv/bin/python bench/transport.py            # 2.3 MB responses, 300 calls per row
    .venv/bin/python bench/transport.py --quick

What grpc itself costs to move one large response between two processes on this machine, apart from
neuronscope: a generic handler in a child process returns ``--bytes`` random bytes (default 2,348,453:
``bench/cache.py``'s 64-sentence encoder-only hit); this process calls it ``--calls`` times after 20
warm-up calls and reports the median. ``--work-ms`` makes the handler sleep before answering, as a
forward pass would (the server's threads idle meanwhile): the time beyond it is grpc's round trip on a
machine whose cores went idle. Each row runs the client in a fresh interpreter: one with glibc's
malloc defaults (``NEURONSCOPE_HEAP_PAD_MIB=0``), one after ``neuronscope.heap.keep_heap_pad()`` (what
``Client`` does). The server process never sets a pad. Prints a table and writes JSON to
``bench/results/transport.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from common import REPO, free_port, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "transport.json"


def serve(port: int, size: int, work_ms: float = 0.0) -> None:
    from concurrent import futures

    import grpc

    payload = os.urandom(size)

    def get(request, context):
        if work_ms:
            time.sleep(work_ms / 1000)  # the handler's "work": the server's threads idle meanwhile, as in a pass
        return payload

    handler = grpc.method_handlers_generic_handler("bench.Transport", {"Get": grpc.unary_unary_rpc_method_handler(get)})
    server = grpc.server(futures.ThreadPoolExecutor(4), options=[("grpc.max_send_message_length", 256 << 20)])
    server.add_generic_rpc_handlers((handler,))
    server.add_insecure_port(f"127.0.0.1:{port}")
    server.start()
    server.wait_for_termination()


def call(port: int, calls: int, pad: bool) -> None:
    import grpc

    from neuronscope.heap import keep_heap_pad

    kept = keep_heap_pad() if pad else 0
    channel = grpc.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.max_receive_message_length", 256 << 20)])
    get = channel.unary_unary("/bench.Transport/Get")
    grpc.channel_ready_future(channel).result(timeout=30)
    for _ in range(20):
        get(b"")
    times = []
    for _ in range(calls):
        t0 = time.perf_counter()
        get(b"")
        times.append(time.perf_counter() - t0)
    print(json.dumps({"heap_pad_bytes": kept, "median_ms": 1000 * statistics.median(times),
                      "p90_ms": 1000 * sorted(times)[int(0.9 * len(times))]}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=2_348_453, help="response size (default: a 64-sentence hit)")
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--runs", type=int, default=2, help="alternating runs of each row")
    parser.add_argument("--quick", action="store_true", help="50 calls, one run")
    parser.add_argument("--threads", type=int, default=2, help="recorded with the machine (grpc only here)")
    parser.add_argument("--work-ms", type=float, default=0.0,
                        help="the handler sleeps this long before answering (a forward pass's time); the "
                        "table then also shows the time beyond it")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--role", choices=("server", "client"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pad", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.role == "server":
        return serve(args.port, args.bytes, args.work_ms)
    if args.role == "client":
        return call(args.port, args.calls, args.pad)
    if args.quick:
        args.calls, args.runs = 50, 1

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("NEURONSCOPE_HEAP_PAD_MIB", "MALLOC_TOP_PAD_")}
    server = subprocess.Popen([sys.executable, __file__, "--role", "server", "--port", str(port),
                               "--bytes", str(args.bytes), "--work-ms", str(args.work_ms)], env=env | {"NEURONSCOPE_HEAP_PAD_MIB": "0"})
    rows = []
    try:
        for run in range(args.runs):
            for pad in (False, True):
                cmd = [sys.executable, __file__, "--role", "client", "--port", str(port), "--calls", str(args.calls)]
                out = subprocess.run(cmd + (["--pad"] if pad else []), env=env, capture_output=True, text=True,
                                     check=True, timeout=600)
                row = {"run": run, "client": "heap pad (Client's default)" if pad else "glibc defaults",
                       **json.loads(out.stdout.strip().splitlines()[-1])}
                rows.append(row)
                print(f"  run {run} {row['client']}: {row['median_ms']:.2f} ms", flush=True)
    finally:
        server.kill()
        server.wait()
    print()
    for r in rows:
        r["beyond_work_ms"] = r["median_ms"] - args.work_ms
    print(table(["run", "client malloc", "pad bytes", "median ms", "p90 ms", "beyond the work ms"],
                [[r["run"], r["client"], r["heap_pad_bytes"], r["median_ms"], r["p90_ms"], r["beyond_work_ms"]]
                 for r in rows]))
    write_report(args.out, "transport", args, {"bytes": args.bytes, "work_ms": args.work_ms, "rows": rows})


if __name__ == "__main__":
    main()
