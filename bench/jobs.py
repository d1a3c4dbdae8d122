"""Benchmark: a CreateDataset job's words/second with 1 and 2 `neuronscope worker` processes (Celery on Redis).

    .venv/bin/python bench/jobs.py                 # 20,000 sentences (the corpus' 5,000, 4 times), en-es
    .venv/bin/python bench/jobs.py --quick         # 400 sentences

A private redis-server (broker, job board, datasets), one gRPC server and the workers run as real
processes on 127.0.0.1. Each row submits the same dataset job (deleted in between, so it is computed
again), times submit → succeeded, and reports words/s. Rows: 1 worker with 1 torch thread, 1 worker
with 2 threads, 2 workers with 1 thread each (this machine's cores split between processes instead of
threads). The job is cut into chunks of at most --chunk-bytes of activations; any worker runs any chunk.

Prints a table and writes JSON to bench/results/jobs.json (`--out`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from common import REPO, all_sentences, free_port, table, write_report

BIN = Path(sys.executable).parent


def _start(args: list[str], log: Path, ready: str, threads: int) -> subprocess.Popen:
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS=str(threads))
    proc = subprocess.Popen([str(BIN / "neuronscope"), *args], stdout=log.open("w"), stderr=subprocess.STDOUT,
                            env=env, start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline:
        if ready in log.read_text():
            return proc
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    raise RuntimeError(f"{args[0]} did not start: {log.read_text()[-2000:]}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(REPO / "models" / "en-es"))
    ap.add_argument("--site", default="encoder.layers.2")
    ap.add_argument("--sentences", type=int, default=20_000, help="the corpus' sentences, repeated to this many")
    ap.add_argument("--chunk-bytes", type=int, default=1 << 20)
    ap.add_argument("--threads", type=int, default=1, help="torch threads of the server (workers: per row)")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "jobs.json"))
    args = ap.parse_args()
    n = 400 if args.quick else args.sentences
    corpus = all_sentences()
    sents = [corpus[i % len(corpus)].split() for i in range(n)]
    labels = {"w": [["x"] * len(s) for s in sents]}
    words = sum(len(s) for s in sents)

    from neuronscope import Client

    logs = Path(REPO / "build" / "bench-jobs")
    logs.mkdir(parents=True, exist_ok=True)
    redis_port = free_port()
    redis = subprocess.Popen([shutil.which("redis-server") or "redis-server", "--bind", "127.0.0.1", "--port",
                              str(redis_port), "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{redis_port}/0"
    port = free_port()
    common = ["--model", f"en-es={args.model}", "--broker-url", url, "--stream-chunk-bytes", str(args.chunk_bytes),
              "--dataset-max-bytes", str(4 << 30), "--tenant-max-dataset-bytes", str(8 << 30)]
    procs: list[subprocess.Popen] = []
    rows = []
    try:
        time.sleep(0.5)
        procs.append(_start(["serve", "--port", str(port), "--threads", str(args.threads), *common],
                            logs / "server.log", "neuronscope: serving", args.threads))
        c = Client(f"127.0.0.1:{port}")
        for n_workers, threads in ((1, 1), (1, 2), (2, 1)):
            workers = [_start(["worker", "--worker-queues", "gpu", "--threads", str(threads), *common],
                              logs / f"worker{i}.log", " ready.", threads) for i in range(n_workers)]
            t0 = time.perf_counter()
            job = c.submit_dataset_job(sents, labels, [args.site], storage_dtype="float16")
            done = c.wait_job(job.id, timeout=3600)
            secs = time.perf_counter() - t0
            rows.append({"workers": n_workers, "threads_per_worker": threads, "sentences": n, "words": words,
                         "chunks": done.chunks_total, "seconds": secs, "words_per_s": words / secs})
            print(f"{n_workers} worker(s) x {threads} thread(s): {secs:.1f} s, {words / secs:.0f} words/s", flush=True)
            c.delete_dataset(done.result.handle)
            for w in workers:
                _stop(w)
    finally:
        for p in procs:
            _stop(p)
        redis.kill()
    base = rows[0]["words_per_s"]
    print(table(["workers", "threads each", "chunks", "seconds", "words/s", "speed-up vs 1x1"],
                [[r["workers"], r["threads_per_worker"], r["chunks"], round(r["seconds"], 1), round(r["words_per_s"]),
                  round(r["words_per_s"] / base, 2)] for r in rows]))
    write_report(args.out, "jobs", args, {"rows": rows})


if __name__ == "__main__":
    main()
