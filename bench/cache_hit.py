"""Benchmark: where a cache hit's time goes, client decoding apart, for hits a warm server answers after idling.

    .venv/bin/python bench/cache_hit.py
    .venv/bin/python bench/cache_hit.py --quick

``bench/cache.py`` times each hit right after the miss that filled it. This one times what a client of
a warm server sees. A server process (``neuronscope serve --device cpu --cache-ttl-seconds 600``) serves
``--model`` (default ``models/en-es``) with the in-process cache (``--redis-url``: Redis with its near
copy; add ``--redis-only`` for none). It answers the same 64-sentence batch of ``data/corpus/test.en``
``--hits`` times, each call after ``--idle-ms`` of idling, as between a user's requests:
``capture=[encoder.embeddings, encoder.layers.0..N-1]``, ``skip_generation=True`` (``bench/cache.py``'s
encoder-only request), in ``--dtype`` (default float32). Reports medians of the whole call, of the
client's decoding of the results into arrays (``_sentence_result``), and of the server's own time
(``compute_seconds``). Prints a table and writes JSON to ``bench/results/cache-hit.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from common import REPO, ServerProcess, read_sentences, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "cache-hit.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(REPO / "models" / "en-es"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--hits", type=int, default=200)
    parser.add_argument("--idle-ms", type=float, default=10.0)
    parser.add_argument("--redis-url", default="", help="serve the cache from Redis (with its near copy)")
    parser.add_argument("--redis-only", action="store_true",
                        help="with --redis-url: no near copy (--cache-near-bytes 0), as a replica that did not compute the entries")
    parser.add_argument("--dtype", default="float32", choices=("float32", "float16", "bfloat16"),
                        help="the wire dtype the client asks for")
    parser.add_argument("--quick", action="store_true", help="30 hits")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    if args.quick:
        args.hits = 30

    import neuronscope.client as client_module
    from neuronscope import Client

    decoding = [0.0]
    plain = client_module._sentence_result

    def timed(result):  # the client's decoding of one sentence, summed per call
        t0 = time.perf_counter()
        out = plain(result)
        decoding[0] += time.perf_counter() - t0
        return out

    client_module._sentence_result = timed
    if args.redis_only and not args.redis_url:
        parser.error("--redis-only needs --redis-url")
    extra = ["--device", "cpu", "--cache-ttl-seconds", "600"] + (["--redis-url", args.redis_url] if args.redis_url else [])
    extra += ["--cache-near-bytes", "0"] if args.redis_only else []
    sentences = [f"{s} {time.time_ns()}" for s in read_sentences(64)]  # never cached before
    calls, decode, server = [], [], []
    with tempfile.TemporaryDirectory() as log_dir:
        proc = ServerProcess(args.model, args.threads, extra, log_dir)
        try:
            proc.wait_ready()
            with Client(proc.address, timeout=600) as c:
                sites = [s.name for s in c.model_info().sites
                         if s.side == "source" and (s.name == "encoder.embeddings" or s.name.count(".") == 2)]
                first = c.translate(sentences, capture=sites, skip_generation=True, dtype=args.dtype)  # the miss that fills the cache
                assert first.cache_misses == len(sentences)
                for _ in range(args.hits):
                    time.sleep(args.idle_ms / 1e3)
                    decoding[0] = 0.0
                    t0 = time.perf_counter()
                    r = c.translate(sentences, capture=sites, skip_generation=True, dtype=args.dtype)
                    calls.append(time.perf_counter() - t0)
                    assert r.cache_hits == len(sentences)
                    decode.append(decoding[0])
                    server.append(r.compute_seconds)
        finally:
            proc.stop()
            client_module._sentence_result = plain
    store = ("redis only" if args.redis_only else "redis + near copy") if args.redis_url else "in-process"
    row = {"store": store, "dtype": args.dtype, "sentences": len(sentences),
           "sites": len(sites), "call_ms": 1e3 * statistics.median(calls),
           "client_decode_ms": 1e3 * statistics.median(decode), "server_ms": 1e3 * statistics.median(server),
           "call_p90_ms": 1e3 * sorted(calls)[int(0.9 * (len(calls) - 1))]}
    print(table(["store", "dtype", "sentences", "sites", "hit ms (median)", "p90 ms", "client decoding ms", "server ms"],
                [[row["store"], row["dtype"], row["sentences"], row["sites"], row["call_ms"], row["call_p90_ms"],
                  row["client_decode_ms"], row["server_ms"]]]))
    write_report(args.out, "cache_hit", args, {"rows": [row]})


if __name__ == "__main__":
    main()
