"""The tense-control experiment of Bau et al. (ICLR 2019 §6), run through the RPCs on en-es.

1. Dataset of encoder activations for the probing sentences, labelled with English verb tense
   (VBD → past, VBZ/VBP → present; other words are left out).
2. Rank the site's neurons for tense (per-neuron GMM, as the paper; or the elastic-net probe).
3. For test sentences with one finite English verb in the source tense whose baseline Spanish
   translation Apertium's analyser reads as that tense, set the top-k neurons at the verb's position
   to mean_to + β·(mean_to − mean_from) and translate again (TranslateWithOverrides).
4. Success = the Spanish translation now has a finite verb in the target tense and none in the
   source tense. BLEU (against the Apertium references) is compared with the unmodified translations.

Usage: python scripts/control_tense.py [--site encoder.layers.2] [--ranker gmm] [--threads 2] [--quick]
Writes docs/results/control.md and bench/results/control.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COARSE = {"VBD": "past", "VBZ": "present", "VBP": "present"}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=str(REPO / "models" / "en-es"))
    p.add_argument("--site", default="encoder.layers.2")
    p.add_argument("--ranker", choices=["gmm", "lca"], default="gmm")
    p.add_argument("--ks", default="5,10,25,50")
    p.add_argument("--betas", default="0,1,2,4,8")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--quick", action="store_true")
    args = p.parse_args(argv)
    import sacrebleu
    import torch

    torch.set_num_threads(args.threads)
    from neuronscope import Client, Override
    from neuronscope.analysis import read_annotations
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig
    from neuronscope_server.spanish_tense import english_finite_verbs, spanish_finite_tenses, spanish_verb_tenses

    probe = read_annotations(REPO / "data" / "annotations" / "probe.jsonl")
    test = read_annotations(REPO / "data" / "annotations" / "test.jsonl")
    if args.quick:
        probe, test = probe[:600], test[:300]
    ks = [int(k) for k in args.ks.split(",")]
    betas = [float(b) for b in args.betas.split(",")]
    test_es = (REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()
    test_en = (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()
    ref_of = dict(zip(test_en, test_es))

    running = create_server(ServerConfig(port=0, models=(("en-es", args.model),), threads=args.threads))
    out: dict = {"command": " ".join(["python"] + sys.argv), "date": datetime.date.today().isoformat(),
                 "site": args.site, "ranker": args.ranker, "runs": []}
    try:
        with Client(running.address, timeout=3600) as c:
            labels = [[COARSE.get(t, "_") for t in r["tag"]] for r in probe]
            ds = c.create_dataset([r["words"] for r in probe], {"vtense": labels}, sites=[args.site],
                                  space_after=[r["space_after"] for r in probe], model="en-es", name="tense")
            ranking = c.rank_neurons(ds.handle, "vtense", method=args.ranker, ignore_labels=["_"], seed=0)
            data = c.load_dataset(ds.handle)
            X, y = data.activations[args.site], data.labels["vtense"]
            mean = {t: X[y == t].mean(axis=0) for t in ("past", "present")}
            out["ranking"] = {"accuracy": ranking.accuracy, "top10": ranking.ordering[:10].tolist(),
                              "train_words": ranking.train_words}
            for src, dst in (("past", "present"), ("present", "past")):
                # test sentences with exactly one finite verb, in the source tense
                cands = []
                for r in test:
                    verbs = english_finite_verbs(r)
                    if len(verbs) == 1 and verbs[0][1] == src and r["text"] in ref_of:
                        cands.append((r, verbs[0][0]))
                base = c.translate([r["words"] for r, _ in cands], space_after=[r["space_after"] for r, _ in cands])
                read = spanish_verb_tenses(base.translations)
                keep = [i for i, v in enumerate(read) if src in spanish_finite_tenses(v)]
                cands = [cands[i] for i in keep]
                base_hyps = [base.translations[i] for i in keep]
                refs = [ref_of[r["text"]] for r, _ in cands]
                if not cands:
                    print(f"{src}->{dst}: no test sentence's translation reads {src}; skipped", flush=True)
                    continue
                base_bleu = sacrebleu.corpus_bleu(base_hyps, [refs]).score
                print(f"{src}->{dst}: {len(cands)} sentences whose translation reads {src}; baseline BLEU {base_bleu:.1f}",
                      flush=True)
                by_verb = defaultdict(list)
                for i, (_, v) in enumerate(cands):
                    by_verb[v].append(i)
                for k in ks:
                    neurons = ranking.ordering[:k].tolist()
                    for beta in betas:
                        value = mean[dst][neurons] + beta * (mean[dst][neurons] - mean[src][neurons])
                        hyps = [""] * len(cands)
                        for v, idx in by_verb.items():
                            r = c.translate([cands[i][0]["words"] for i in idx],
                                            space_after=[cands[i][0]["space_after"] for i in idx],
                                            overrides=[Override(args.site, neurons, "set", value.tolist(), words=[v])])
                            for i, h in zip(idx, r.translations):
                                hyps[i] = h
                        tenses = [spanish_finite_tenses(v) for v in spanish_verb_tenses(hyps)]
                        ok = [dst in t and src not in t for t in tenses]
                        success = sum(ok) / max(len(cands), 1)
                        # examples: the first successes (the first sentences when there are none)
                        shown = ([i for i, flag in enumerate(ok) if flag] or list(range(len(cands))))[:3]
                        bleu = sacrebleu.corpus_bleu(hyps, [refs]).score
                        run = {"direction": f"{src}->{dst}", "k": k, "beta": beta, "sentences": len(cands),
                               "success": success, "bleu": bleu, "baseline_bleu": base_bleu,
                               "examples": [[cands[i][0]["text"], base_hyps[i], hyps[i]] for i in shown],
                               "examples_succeeded": any(ok)}
                        out["runs"].append(run)
                        print(f"  k={k:3d} beta={beta:4.1f}: success {100 * success:5.1f} %  BLEU {bleu:5.1f} "
                              f"(baseline {base_bleu:.1f})", flush=True)
    finally:
        running.stop(0)

    (REPO / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (REPO / "bench" / "results" / "control.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    md = ["# Tense control on en-es (Bau et al. 2019 §6)", "",
          f"Generated by `{out['command']}` on {out['date']} (2 CPU cores, no GPU). Site `{args.site}`, neurons "
          f"ranked by `{args.ranker}` for English verb tense"
          + (f" (held-out probe accuracy {100 * out['ranking']['accuracy']:.1f} %). " if args.ranker == "lca"
             else " (per-neuron Gaussian classifier, as in the paper). ")
          + "Value set at the verb's position: mean(target tense) + β·(mean(target) − mean(source)). Success: the "
          "Spanish translation (read by Apertium's analyser) has a finite verb in the target tense and none in the "
          "source tense; only sentences whose unmodified translation reads in the source tense count.", "",
          "| direction | k | β | sentences | success % | BLEU | baseline BLEU |", "|---|---|---|---|---|---|---|"]
    for r in out["runs"]:
        md.append(f"| {r['direction']} | {r['k']} | {r['beta']:g} | {r['sentences']} | {100 * r['success']:.1f} | "
                  f"{r['bleu']:.1f} | {r['baseline_bleu']:.1f} |")
    best = max(out["runs"], key=lambda r: (r["direction"] == "past->present", r["success"]), default=None)
    if best is None:
        print("no runs")
        return 1
    md += ["", f"Best past → present: {100 * best['success']:.1f} % at k = {best['k']}, β = {best['beta']:g} "
           f"(BLEU {best['bleu']:.1f} vs {best['baseline_bleu']:.1f}). "
           + ("Successful examples" if best.get("examples_succeeded") else "Examples")
           + " (source | before | after):", ""]
    md += [f"- {a} | {b} | {c_}" for a, b, c_ in best["examples"]]
    (REPO / "docs" / "results" / "control.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
