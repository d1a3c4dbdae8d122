"""Benchmark: 16 concurrent clients for a fixed time, with dynamic batching on vs off; optional fault injection.

    .venv/bin/python bench/load.py                    # 2 x 60 s (batching on, then off)
    .venv/bin/python bench/load.py --fault            # the same with faults injected (see below)
    .venv/bin/python bench/load.py --quick [--fault]  # 2 x 10 s smoke run
    .venv/bin/python bench/load.py --mix overrides    # every request with overrides of its own

The server runs as a subprocess (`.venv/bin/neuronscope serve --host 127.0.0.1 --port P --model
en-es=PATH --threads T`, plus `--no-batching` for the "off" run), serving `--model` (default
`models/en-es`). `--clients` threads (default 16), each with its own `Client` (no retries), send
requests back to back for `--seconds` (default 60; quick 10), drawing sentences at random from
`data/corpus/test.en` and, per request, a kind at random: plain translate of 1 sentence (50%),
translate of 4 sentences capturing one encoder layer (25%), translate of 1 sentence with overrides
(set 10 neurons of encoder.layers.2, scale 10 of decoder.layers.1; 25%). Without `--fault` the
activation cache is disabled (`--cache-max-bytes 1`) so every request computes.

Reported per run: requests, errors by status code (only RESOURCE_EXHAUSTED is acceptable),
p50/p99 latency (all, and per kind), throughput in requests/s and sentences/s, and the server's
VmRSS at start and end (plus the peak, sampled every 0.5 s from /proc/PID/status). Throughput
divides successful requests (and their sentences) by the time until the last in-flight request
returned, so the tail after `--seconds` counts.

`--fault` also, in each run: starts its own `redis-server` on a free loopback port and points the
server's cache at it (`--redis-url`); kills Redis (SIGKILL) at 30% of the run and restarts it at
60%; one extra client keeps opening a `TranslateStream` (64 sentences, every encoder site; the server
gets `--stream-chunk-bytes 65536` so a stream has several messages) and cancels it after the first
message; another sends malformed requests through the raw stub (301 sentences > max_batch_sentences
256, an unknown capture site, an out-of-range neuron index, no sentences at all), which must get
INVALID_ARGUMENT (or RESOURCE_EXHAUSTED). The run passes when the server stays up, every well-formed
request succeeds (or gets RESOURCE_EXHAUSTED), every malformed one is refused with one of those
codes, and a plain translate still succeeds at the end.

Prints a table and writes JSON (command, machine, date, rows) to `bench/results/load.json`
(`bench/results/load-fault.json` with `--fault`; `--out` to change).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from common import (
    REPO,
    ServerProcess,
    all_sentences,
    build_overrides,
    free_port,
    layer_site,
    proc_mem,
    table,
    write_report,
)

RESULTS = REPO / "bench" / "results"
OK_CODES = {"OK", "RESOURCE_EXHAUSTED"}
REFUSAL_CODES = {"INVALID_ARGUMENT", "RESOURCE_EXHAUSTED"}


# ---------------------------------------------------------------------- bench plumbing
def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


class RedisProcess:
    """A private ``redis-server`` on a free loopback port, no persistence; can be killed and restarted."""

    def __init__(self, binary: str, log_dir: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log = open(Path(log_dir) / f"redis-{self.port}.log", "a")
        self.proc: subprocess.Popen | None = None
        self.events: list[tuple[float, str]] = []

    def start(self) -> None:
        import redis

        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--protected-mode",
                "yes",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                redis.Redis.from_url(self.url, socket_timeout=0.5, socket_connect_timeout=0.5).ping()
                return
            except Exception:  # noqa: BLE001
                time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not answer within 10 s")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def close(self) -> None:
        self.kill()
        self.log.close()


FIRST_ERRORS: dict[str, str] = {}  # status code -> the first message seen, for the report


# ---------------------------------------------------------------------- workload
class Workload:
    """The request mix and the sites/overrides it needs (read once from ModelInfo)."""

    def __init__(self, sites: dict[str, int], max_new_tokens: int, mix: str = "mixed") -> None:
        self.mix = mix
        self.sites = sites
        self.capture_site = layer_site(sites, "encoder", 2)
        self.encoder_sites = [s for s in sites if s.startswith("encoder.") and not s.endswith((".ffn", ".attn", "final", "logits"))]
        self.overrides = build_overrides(sites)
        self.max_new_tokens = max_new_tokens
        self.sentences = all_sentences()

    def one(self, client, rng: random.Random) -> tuple[str, int]:
        """Send one request of a random kind; returns (kind, sentences)."""
        if self.mix == "overrides":
            from neuronscope import Override

            # every request has overrides of its own (random neurons and value): none are identical
            site = self.capture_site
            neurons = rng.sample(range(self.sites[site]), 10)
            client.translate([rng.choice(self.sentences)], max_new_tokens=self.max_new_tokens,
                             overrides=[Override(site, neurons=neurons, op="set", values=[rng.uniform(-3, 3)])])
            return "overrides", 1
        x = rng.random()
        if x < 0.5:
            client.translate([rng.choice(self.sentences)], max_new_tokens=self.max_new_tokens)
            return "plain", 1
        if x < 0.75:
            client.translate(
                rng.sample(self.sentences, 4), capture=[self.capture_site], max_new_tokens=self.max_new_tokens
            )
            return "activations", 4
        client.translate([rng.choice(self.sentences)], overrides=self.overrides, max_new_tokens=self.max_new_tokens)
        return "overrides", 1


def client_loop(address: str, work: Workload, seed: int, deadline: float, records: list, lock: threading.Lock) -> None:
    from neuronscope import Client, errors

    rng = random.Random(seed)
    with Client(address, timeout=300, retries=1) as c:
        while time.monotonic() < deadline:
            t0 = time.perf_counter()
            try:
                kind, n = work.one(c, rng)
                code = "OK"
            except errors.NeuronscopeError as e:
                kind, n, code = "?", 0, e.code.name
                FIRST_ERRORS.setdefault(code, str(e)[:300])
            except Exception as e:  # noqa: BLE001 - recorded, never fatal to the run
                kind, n, code = "?", 0, f"client-{type(e).__name__}"
            with lock:
                records.append((kind, n, code, time.perf_counter() - t0))


def canceller_loop(address: str, work: Workload, deadline: float, stats: Counter, lock: threading.Lock) -> None:
    """Open a TranslateStream, cancel it after its first message, repeat."""
    import grpc

    from neuronscope.v1 import neuronscope_pb2 as pb
    from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc

    rng = random.Random(1234)
    with grpc.insecure_channel(address) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        while time.monotonic() < deadline:
            req = pb.TranslateRequest(
                sentences=[pb.SourceSentence(text=s) for s in rng.sample(work.sentences, 64)],
                capture=pb.Capture(sites=work.encoder_sites),
                decoding=pb.Decoding(max_new_tokens=work.max_new_tokens),
            )
            call = stub.TranslateStream(req, timeout=300)
            outcome = "no-message"
            try:
                for _ in call:
                    call.cancel()
                    outcome = "cancelled-after-first-message"
                    break
            except grpc.RpcError as e:
                outcome = "cancelled-after-first-message" if e.code() == grpc.StatusCode.CANCELLED else e.code().name
            with lock:
                stats[outcome] += 1
            time.sleep(0.3)


def bad_requests_loop(address: str, work: Workload, deadline: float, stats: Counter, lock: threading.Lock) -> None:
    """Malformed requests through the raw stub; records (kind, status code)."""
    import grpc

    from neuronscope.v1 import neuronscope_pb2 as pb
    from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc

    one = [pb.SourceSentence(text=work.sentences[0])]
    site = work.overrides[0].site
    bad = {
        "oversize-301-sentences": pb.TranslateRequest(
            sentences=[pb.SourceSentence(text=s) for s in (work.sentences * 2)[:301]]
        ),
        "unknown-site": pb.TranslateRequest(sentences=one, capture=pb.Capture(sites=["encoder.layers.999"])),
        "bad-neuron-index": pb.TranslateRequest(
            sentences=one, overrides=[pb.Override(site=site, neurons=[10**6], op=pb.OVERRIDE_SET, values=[1.0])]
        ),
        "empty-sentences": pb.TranslateRequest(sentences=[]),
    }
    with grpc.insecure_channel(address, options=[("grpc.max_send_message_length", 64 * 2**20)]) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        while time.monotonic() < deadline:
            for kind, req in bad.items():
                try:
                    stub.Translate(req, timeout=60)
                    code = "OK"
                except grpc.RpcError as e:
                    code = e.code().name
                with lock:
                    stats[(kind, code)] += 1
                time.sleep(0.1)


def chaos_loop(redis: RedisProcess, t0: float, seconds: float, stop: threading.Event) -> None:
    """Kill Redis at 30% of the run, restart it at 60%."""
    if stop.wait(max(0.0, t0 + 0.3 * seconds - time.monotonic())):
        return
    redis.kill()
    redis.events.append((time.monotonic() - t0, "killed"))
    if stop.wait(max(0.0, t0 + 0.6 * seconds - time.monotonic())):
        return
    redis.start()
    redis.events.append((time.monotonic() - t0, "restarted"))


def run_once(args: argparse.Namespace, model: str, batching: bool, log_dir: str) -> dict[str, Any]:
    from neuronscope import Client

    extra = ([] if batching else ["--no-batching"]) + args.server_args.split()
    redis = None
    fault_notes = []
    if args.fault:
        extra += ["--stream-chunk-bytes", "65536"]
        binary = shutil.which(args.redis_server) or (args.redis_server if Path(args.redis_server).exists() else "")
        if binary:
            redis = RedisProcess(binary, log_dir)
            redis.start()
            extra += ["--redis-url", redis.url]
        else:
            fault_notes.append(f"Redis faults skipped: {args.redis_server!r} not found; in-process cache instead")
            print(fault_notes[-1])
    else:
        extra += ["--cache-max-bytes", "1"]
    server = ServerProcess(model, args.threads, extra, log_dir)
    try:
        server.wait_ready()
        with Client(server.address, retries=1) as c:
            work = Workload({s.name: s.width for s in c.model_info().sites}, args.max_new_tokens, args.mix)
        time.sleep(0.5)
        rss_start = proc_mem(server.proc.pid)
        records: list = []
        cancels: Counter = Counter()
        bad: Counter = Counter()
        lock = threading.Lock()
        peak = [rss_start.get("VmRSS", 0)]
        t0 = time.monotonic()
        deadline = t0 + args.seconds
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.5):
                peak[0] = max(peak[0], proc_mem(server.proc.pid).get("VmRSS", 0))

        threads = [
            threading.Thread(
                target=client_loop, args=(server.address, work, 1000 + i, deadline, records, lock), daemon=True
            )
            for i in range(args.clients)
        ]
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        if args.fault:
            threads.append(
                threading.Thread(
                    target=canceller_loop, args=(server.address, work, deadline, cancels, lock), daemon=True
                )
            )
            threads.append(
                threading.Thread(
                    target=bad_requests_loop, args=(server.address, work, deadline, bad, lock), daemon=True
                )
            )
            if redis is not None:
                threads.append(threading.Thread(target=chaos_loop, args=(redis, t0, args.seconds, stop), daemon=True))
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.seconds + 600)
        elapsed = time.monotonic() - t0
        stop.set()
        sampler.join()
        alive = server.alive()
        final_ok = False
        if alive:
            try:
                with Client(server.address, timeout=120, retries=1) as c:
                    c.translate([work.sentences[1]], max_new_tokens=args.max_new_tokens)
                final_ok = True
            except Exception as e:  # noqa: BLE001
                fault_notes.append(f"final plain translate failed: {e}")
        rss_end = proc_mem(server.proc.pid)
    finally:
        server.stop()
        if redis is not None:
            redis.close()
    log_lines = server.log_path.read_text(errors="replace").splitlines()
    first_error = next((i for i, x in enumerate(log_lines) if " ERROR " in x), None)
    server_log = {
        "redis_failure_warnings": sum("redis" in x and "failed" in x for x in log_lines),
        "error_lines": sum(" ERROR " in x or "Traceback" in x for x in log_lines),
        "first_error": log_lines[first_error : first_error + 60] if first_error is not None else [],
    }

    ok = [r for r in records if r[2] == "OK"]
    codes = Counter(r[2] for r in records)
    lat = [r[3] for r in ok]
    row: dict[str, Any] = {
        "batching": batching,
        "fault": args.fault,
        "clients": args.clients,
        "seconds": elapsed,
        "requests": len(records),
        "ok": len(ok),
        "codes": dict(codes),
        "unacceptable_errors": sum(n for code, n in codes.items() if code not in OK_CODES),
        "p50_ms": 1000 * (percentile(lat, 0.5) or 0),
        "p99_ms": 1000 * (percentile(lat, 0.99) or 0),
        "requests_per_s": len(ok) / elapsed,
        "sentences_per_s": sum(r[1] for r in ok) / elapsed,
        "per_kind": {},
        "rss_start_mib": rss_start.get("VmRSS", 0) / 1024,
        "rss_end_mib": rss_end.get("VmRSS", 0) / 1024,
        "rss_peak_sampled_mib": max(peak[0], rss_end.get("VmRSS", 0)) / 1024,
        "vmhwm_end_mib": rss_end.get("VmHWM", 0) / 1024,
        "server_alive": alive,
        "final_translate_ok": final_ok,
        "notes": fault_notes,
        "first_errors": dict(FIRST_ERRORS),
        "server_log": server_log,
    }
    for kind in ("plain", "activations", "overrides"):
        k_lat = [r[3] for r in ok if r[0] == kind]
        row["per_kind"][kind] = {
            "ok": len(k_lat),
            "p50_ms": 1000 * (percentile(k_lat, 0.5) or 0),
            "p99_ms": 1000 * (percentile(k_lat, 0.99) or 0),
        }
    if args.fault:
        bad_by_kind: dict[str, dict[str, int]] = {}
        for (kind, code), n in bad.items():
            bad_by_kind.setdefault(kind, {})[code] = n
        row["malformed"] = bad_by_kind
        row["malformed_not_refused"] = sum(n for (_, code), n in bad.items() if code not in REFUSAL_CODES)
        row["cancelled_streams"] = dict(cancels)
        # a stream is well-formed: anything but a cancel after its first message (or RESOURCE_EXHAUSTED) is a failure
        row["streams_failed"] = sum(
            n for k, n in cancels.items() if k not in ("cancelled-after-first-message", "RESOURCE_EXHAUSTED")
        )
        row["redis_events"] = redis.events if redis is not None else []
    row["passed"] = (
        alive
        and final_ok
        and row["unacceptable_errors"] == 0
        and row.get("malformed_not_refused", 0) == 0
        and row.get("streams_failed", 0) == 0
    )
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default=str(REPO / "models" / "en-es"), help="seq2seq model dir (default models/en-es)"
    )
    parser.add_argument("--threads", type=int, default=2, help="torch threads, here and in the server (default 2)")
    parser.add_argument("--quick", action="store_true", help="a fast smoke run (10 s per run)")
    parser.add_argument("--seconds", type=float, default=60.0, help="duration of each run (quick: 10)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent client threads (default 16)")
    parser.add_argument("--server-args", default="", help="extra flags for neuronscope serve, space-separated")
    parser.add_argument("--mix", choices=("mixed", "overrides"), default="mixed",
                        help="mixed: the request mix above; overrides: every request a 1-sentence translate with "
                        "overrides of its own (random neurons and value), so no two are identical")
    parser.add_argument("--batching", default="on,off", help="runs to do: on, off or on,off (default)")
    parser.add_argument(
        "--fault", action="store_true", help="inject faults (Redis kill/restart, cancels, bad requests)"
    )
    parser.add_argument("--redis-server", default="redis-server", help="redis-server binary for --fault")
    parser.add_argument("--max-new-tokens", type=int, default=0, help="generation cap (0: the model's own limit)")
    parser.add_argument("--out", default="", help="JSON report path (default bench/results/load[-fault].json)")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds = 10.0
    args.out = args.out or str(RESULTS / ("load-fault.json" if args.fault else "load.json"))
    modes = [m.strip() for m in args.batching.split(",") if m.strip()]
    if not modes or any(m not in ("on", "off") for m in modes):
        parser.error("--batching takes on, off or on,off")

    import torch

    torch.set_num_threads(args.threads)
    model = str(Path(args.model).resolve())
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-load-") as log_dir:
        for mode in modes:
            print(
                f"run: batching {mode}, {args.clients} clients, {args.seconds:.0f} s"
                f"{', with faults' if args.fault else ''} ...",
                flush=True,
            )
            row = run_once(args, model, mode == "on", log_dir)
            rows.append(row)
            print(
                f"  {row['requests']} requests, {row['ok']} ok, codes {row['codes']}, "
                f"{row['requests_per_s']:.1f} req/s",
                flush=True,
            )

    print()
    print(
        table(
            [
                "batching",
                "requests",
                "ok",
                "errors by code",
                "p50 ms",
                "p99 ms",
                "req/s",
                "sent/s",
                "RSS start MiB",
                "RSS end MiB",
                "RSS peak MiB",
            ],
            [
                [
                    "on" if r["batching"] else "off",
                    r["requests"],
                    r["ok"],
                    ", ".join(f"{k}={v}" for k, v in sorted(r["codes"].items()) if k != "OK") or "none",
                    r["p50_ms"],
                    r["p99_ms"],
                    r["requests_per_s"],
                    r["sentences_per_s"],
                    r["rss_start_mib"],
                    r["rss_end_mib"],
                    r["rss_peak_sampled_mib"],
                ]
                for r in rows
            ],
        )
    )
    print()
    print(
        table(
            ["batching", "kind", "ok", "p50 ms", "p99 ms"],
            [
                ["on" if r["batching"] else "off", k, v["ok"], v["p50_ms"], v["p99_ms"]]
                for r in rows
                for k, v in r["per_kind"].items()
            ],
        )
    )
    if args.fault:
        for r in rows:
            print(f"\nfaults (batching {'on' if r['batching'] else 'off'}): redis {r['redis_events'] or 'not used'}")
            print(
                f"  server log: {r['server_log']['redis_failure_warnings']} Redis-failure warnings, "
                f"{r['server_log']['error_lines']} ERROR/Traceback lines"
            )
            print(f"  cancelled streams: {r['cancelled_streams']}")
            if r["server_log"]["first_error"]:
                print("  first server ERROR:\n    " + "\n    ".join(r["server_log"]["first_error"][:25]))
            for kind, codes in sorted(r["malformed"].items()):
                print(f"  malformed {kind}: {codes}")
            print(
                f"  server alive: {r['server_alive']}, final translate ok: {r['final_translate_ok']}"
                + (f", notes: {r['notes']}" if r["notes"] else "")
            )
    passed = all(r["passed"] for r in rows)
    claim = "only RESOURCE_EXHAUSTED among well-formed requests"
    if args.fault:
        claim += ", malformed refused, server up"
    print(f"\n{claim}: {'PASS' if passed else 'FAIL'}")
    write_report(
        args.out,
        "load-fault" if args.fault else "load",
        args,
        {"quick": args.quick, "model": model, "rows": rows, "passed": passed},
    )


if __name__ == "__main__":
    main()
