"""Cross-model correlation on en-es, en-es-b, en-es-c (Bau et al. ICLR 2019), through the RPCs.

For each method (MaxCorr, MinCorr, LinReg, SVCCA) on the top encoder layer: the top-10 neurons of
en-es with the share of their variance explained by word position and by word identity (ICLR
Table 1), the overlap of each ranking with the linguistic (POS probe) ranking, and the erasure
curve: BLEU on test sentences as the top / bottom k neurons (or SVCCA directions) are erased
(ICLR Fig. 2).

Usage: python scripts/results_crossmodel.py [--threads 2] [--quick]
Writes docs/results/crossmodel.md and bench/results/crossmodel.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--site", default="encoder.layers.2")
    p.add_argument("--words", type=int, default=20_000)
    p.add_argument("--test-sentences", type=int, default=200)
    p.add_argument("--ks", default="0,13,26,51,102")  # 0, 5, 10, 20, 40 % of 256
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--models", default="en-es,en-es-b,en-es-c", help="first = the model whose neurons are ranked")
    p.add_argument("--quick", action="store_true")
    args = p.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    from neuronscope import Client
    from neuronscope.analysis import explained_variance_by, read_annotations
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    names = args.models.split(",")
    recs = read_annotations(REPO / "data" / "annotations" / "probe.jsonl", 2000 if args.quick else args.words)
    n_test = 40 if args.quick else args.test_sentences
    test_en = (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()[:n_test]
    test_es = (REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()[:n_test]
    ks = [int(k) for k in args.ks.split(",")]
    cfg = ServerConfig(port=0, models=tuple((n, str(REPO / "models" / n)) for n in names), threads=args.threads)
    running = create_server(cfg)
    out: dict = {"command": " ".join(["python"] + sys.argv), "date": datetime.date.today().isoformat(),
                 "site": args.site, "words": sum(len(r["words"]) for r in recs), "methods": {}}
    try:
        with Client(running.address, timeout=7200) as c:
            words = [r["words"] for r in recs]
            spaces = [r["space_after"] for r in recs]
            sets = [c.create_dataset(words, {"tag": [r["tag"] for r in recs]}, sites=[args.site], space_after=spaces,
                                     model=n, name=f"xmodel-{n}") for n in names]
            data = c.load_dataset(sets[0].handle)
            X = data.activations[args.site]
            positions = np.concatenate([np.arange(n) for n in data.sentence_lengths])
            identity = np.asarray([w.lower() for w in data.words])
            ev_pos = explained_variance_by(X, positions)
            ev_tok = explained_variance_by(X, identity)
            lca = c.rank_neurons(sets[0].handle, "tag", min_label_count=5)
            lca_top = set(lca.ordering[: len(lca.ordering) // 10].tolist())
            width = X.shape[1]
            # the linguistic (POS probe) ranking's own erasure curve, for comparison (AAAI §ablation)
            out["lca_erasure"] = {sel: [(p_.k, p_.bleu) for p_ in c.erase(args.site, ks, test_en, test_es, model=names[0],
                                                                         select=sel, ordering=lca.ordering.tolist())]
                                  for sel in ("top", "bottom", "random")}
            print("lca", json.dumps(out["lca_erasure"]), flush=True)
            for method in ("maxcorr", "mincorr", "linreg", "svcca"):
                r = c.rank_neurons(sets[0].handle, "", method=method, other_datasets=[s.handle for s in sets[1:]])
                entry: dict = {"seconds": r.seconds}
                if method == "svcca":
                    entry["canonical_correlations"] = r.canonical_correlations[:10].tolist()
                    Z = (X - r.center) @ r.directions[:, :10]
                    entry["top10"] = [{"direction": i, "corr": float(r.canonical_correlations[i]),
                                       "position": float(explained_variance_by(Z[:, i], positions)),
                                       "identity": float(explained_variance_by(Z[:, i], identity))} for i in range(10)]
                    d = r.directions.shape[1]
                    sk = sorted({min(k * d // width, d) for k in ks} | {0, min(5, d)})
                    curves = {sel: c.erase(args.site, sk, test_en, test_es, model=names[0], select=sel,
                                           directions=r.directions, center=r.center.tolist()) for sel in ("top", "bottom")}
                else:
                    entry["top10"] = [{"neuron": int(n), "score": float(r.scores[n]),
                                       "partner": f"{names[r.partner_model[n]]}:{r.partner_neuron[n]}"
                                       if r.partner_model[n] >= 0 else "",
                                       "position": float(ev_pos[n]), "identity": float(ev_tok[n])}
                                      for n in r.ordering[:10]]
                    entry["overlap_with_lca_top10pct"] = len(lca_top & set(r.ordering[: width // 10].tolist())) / max(
                        1, len(lca_top))
                    # random erasure does not depend on the ranking: it is in the linguistic curve above
                    curves = {sel: c.erase(args.site, ks, test_en, test_es, model=names[0], select=sel,
                                           ordering=r.ordering.tolist()) for sel in ("top", "bottom")}
                entry["erasure"] = {sel: [(p_.k, p_.bleu) for p_ in pts] for sel, pts in curves.items()}
                out["methods"][method] = entry
                print(method, json.dumps(entry["erasure"]), flush=True)
    finally:
        running.stop(0)

    (REPO / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (REPO / "bench" / "results" / "crossmodel.json").write_text(json.dumps(out, indent=2) + "\n")
    md = [f"# Cross-model correlation: {names[0]} vs {', '.join(names[1:])} (ICLR 2019 Table 1 and Fig. 2)", "",
          f"Generated by `{out['command']}` on {out['date']} (2 CPU cores, no GPU). Site `{args.site}` (256 neurons) "
          f"over {out['words']:,} probing words; erasure curves on the first {n_test} test sentences (greedy, "
          "sacreBLEU against the Apertium references). Explained variance by a condition c = 1 − E_c[Var(x|c)]/Var(x), "
          "with c = word position in the sentence or lower-cased word identity.", "",
          "## Erasure with the linguistic ranking (POS probe on the same layer)", "",
          "BLEU by k erased: " + "; ".join(f"{sel}: " + ", ".join(f"{k}→{b:.1f}" for k, b in pts)
                                             for sel, pts in out["lca_erasure"].items()), ""]
    for method, e in out["methods"].items():
        md += [f"## {method}", ""]
        if method == "svcca":
            md += ["| direction | canonical corr | position % | identity % |", "|---|---|---|---|"]
            md += [f"| {t['direction']} | {t['corr']:.3f} | {100 * t['position']:.1f} | {100 * t['identity']:.1f} |"
                   for t in e["top10"]]
        else:
            md += [f"Overlap of the top 10 % with the POS probe's top 10 %: {100 * e['overlap_with_lca_top10pct']:.0f} %.",
                   "", "| neuron | score | partner | position % | identity % |", "|---|---|---|---|---|"]
            md += [f"| {t['neuron']} | {t['score']:.3f} | {t['partner']} | {100 * t['position']:.1f} | "
                   f"{100 * t['identity']:.1f} |" for t in e["top10"]]
        md += ["", "Erasure (BLEU by k erased): " + "; ".join(
            f"{sel}: " + ", ".join(f"{k}→{b:.1f}" for k, b in pts) for sel, pts in e["erasure"].items()), ""]
    (REPO / "docs" / "results" / "crossmodel.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
