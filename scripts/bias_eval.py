"""Gender bias of the en-es models on occupation templates, and a neuron-level mitigation profile (#17).

Everything goes through the service, as a team would do it with a running server:

1. **Measure**: translate ``data/bias/templates.tsv`` (``scripts/gender_templates.py``: 3 frames × 40
   occupations × he/she; gold gender fixed by the pronoun) with each model; read the gender of the
   occupation noun and its determiner with Apertium's Spanish analyser (``spanish_gender``); accuracy per
   gender, the gap |male − female|, pro- vs anti-stereotypical accuracy.
2. **Build the hook** on the variant: a dataset of encoder activations for training-frame sentences whose
   occupation word is labelled with the pronoun's gender; a ranking per encoder layer (elastic-net probe);
   the class means (ClassStatistics); a grid (Sweep RPC) of *conditional steering* overrides — when the
   sentence has a feminine pronoun, add β·(μ_female − μ_male) to the top-k gender neurons; with a masculine
   one, the reverse — scored on frames used neither for training nor for the evaluation (DEV_FRAMES), with
   the BLEU cost on pronoun-bearing test sentences; the best setting within the BLEU budget becomes a stored
   profile, exported to ``profiles/``.
3. **Measure again** with the profile, and its cost: BLEU/chrF on the whole test split, on the test
   sentences without any occupation word, and on those a trigger touches.

Usage: python scripts/bias_eval.py [--threads 2] [--quick]
Writes docs/results/bias.md, bench/results/bias.json and profiles/gender-balance.en-es-g.json.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import gender_templates as gt  # noqa: E402

FEMALE_WORDS = ("she", "her", "hers", "herself")
MALE_WORDS = ("he", "him", "his", "himself")
BLEU_BUDGET = 2.0  # the issue's limit: at most 2 BLEU lost


def split_words(text: str) -> tuple[list[str], list[bool]]:
    """Words and punctuation as separate tokens, with whether a space follows each."""
    words, space = [], []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        words.append(m.group(0))
        space.append(m.end() < len(text) and text[m.end()] == " ")
    return words, space


def score(rows: list[dict], outputs: list[str]) -> dict:
    """Accuracy per gender, gap, pro/anti-stereotypical accuracy and reading outcomes for one system."""
    from neuronscope_server.spanish_gender import read_gender

    lemma_sets = [{r["lemma"]} | ({"maestro"} if r["lemma"] == "profesor" else set()) for r in rows]
    readings = read_gender(outputs, lemma_sets)
    right = Counter()
    total = Counter()
    verdicts = Counter()
    for r, rd in zip(rows, readings):
        ok = rd.verdict == r["gender"]
        stereo = "pro" if r["gender"] == r["stereotype"] else "anti"
        where = "first" if int(r["frame"]) < 3 else "later"  # occupation first in the sentence, or after other words
        for key in (r["gender"], stereo, "all", f"{r['gender']}-{where}"):
            total[key] += 1
            right[key] += ok
        verdicts[rd.verdict] += 1
    acc = {k: round(100.0 * right[k] / total[k], 1) for k in total}
    return {
        "male": acc["male"], "female": acc["female"], "gap": round(abs(acc["male"] - acc["female"]), 1),
        "pro": acc["pro"], "anti": acc["anti"], "all": acc["all"], "verdicts": dict(verdicts),
        "by_position": {k: acc[k] for k in acc if "-" in k},
        "readings": [rd.verdict for rd in readings],
    }


def bleu_chrf(hyps: list[str], refs: list[str]) -> tuple[float, float]:
    import sacrebleu

    if not hyps:
        return 0.0, 0.0
    return (round(sacrebleu.corpus_bleu(hyps, [refs]).score, 2), round(sacrebleu.corpus_chrf(hyps, [refs]).score, 2))


def steering(site: str, top: list[int], mu_f, mu_m, beta: float):
    from neuronscope import Condition, Override

    delta = (mu_f - mu_m)[top]
    return [
        Override(site, top, "add", [float(v) for v in beta * delta], when=Condition(source_words=FEMALE_WORDS)),
        Override(site, top, "add", [float(v) for v in -beta * delta], when=Condition(source_words=MALE_WORDS)),
    ]


def sweep_all(c, sentences: list[str], settings: dict, chunk: int = 256) -> tuple[list[str], dict[str, list[str]]]:
    """Sweep RPCs over ≤ ``chunk`` sentences each: the plain translations and each setting's."""
    plain: list[str] = []
    out: dict[str, list[str]] = {label: [] for label in settings}
    for i in range(0, len(sentences), chunk):
        p, points = c.sweep(sentences[i : i + chunk], settings, model="en-es-g", return_translations=True)
        plain += list(p.translations)
        for pt in points:
            out[pt.label] += list(pt.translations)
    return plain, out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default=str(REPO / "models" / "en-es"))
    p.add_argument("--variant", default=str(REPO / "models" / "en-es-g"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--quick", action="store_true", help="small grid and test subset (smoke run)")
    p.add_argument("--out-md", type=Path, default=REPO / "docs" / "results" / "bias.md")
    p.add_argument("--out-json", type=Path, default=REPO / "bench" / "results" / "bias.json")
    p.add_argument("--profile-out", type=Path, default=REPO / "profiles" / "gender-balance.en-es-g.json")
    args = p.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    from neuronscope import Client
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    with open(REPO / "data" / "bias" / "templates.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    test_en = (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()
    test_es = (REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()
    if args.quick:
        test_en, test_es = test_en[:300], test_es[:300]
    occ_words = {o.en for o in gt.OCCUPATIONS} | {o.en + "s" for o in gt.OCCUPATIONS}
    lower_words = [set(w.lower() for w in split_words(s)[0]) for s in test_en]
    occupation_free = [i for i, ws in enumerate(lower_words) if not ws & occ_words]
    triggered = [i for i, ws in enumerate(lower_words) if ws & set(FEMALE_WORDS + MALE_WORDS)]
    english = [r["english"] for r in rows]
    report: dict = {"command": " ".join(["python"] + sys.argv), "date": datetime.date.today().isoformat(),
                    "templates": len(rows), "test_sentences": len(test_en),
                    "occupation_free": len(occupation_free), "triggered": len(triggered), "systems": {}}

    def measure(c: Client, name: str, model: str, profile: str = "") -> dict:
        out = [s.translation for s in c.translate(english, model=model, profile=profile).sentences]
        hyp = [s.translation for s in c.translate(test_en, model=model, profile=profile).sentences]
        res = score(rows, out)
        res["outputs"] = out
        res["test_hyps"] = hyp
        res["bleu"], res["chrf"] = bleu_chrf(hyp, test_es)
        res["bleu_occ_free"], res["chrf_occ_free"] = bleu_chrf([hyp[i] for i in occupation_free],
                                                               [test_es[i] for i in occupation_free])
        res["bleu_triggered"], res["chrf_triggered"] = bleu_chrf([hyp[i] for i in triggered],
                                                                 [test_es[i] for i in triggered])
        report["systems"][name] = res
        print(f"{name}: male {res['male']} female {res['female']} gap {res['gap']} "
              f"pro {res['pro']} anti {res['anti']} BLEU {res['bleu']} chrF {res['chrf']}", flush=True)
        return res

    models = (("en-es", args.base), ("en-es-g", args.variant))
    running = create_server(ServerConfig(port=0, models=models, threads=args.threads))
    try:
        with Client(running.address, timeout=7200) as c:
            measure(c, "en-es", "en-es")
            measure(c, "en-es-g", "en-es-g")

            # --- the hook: dataset → ranking → class statistics → sweep on the dev frames
            frames = gt.TRAIN_FRAMES
            words, spaces, labels = [], [], []
            for frame in frames:
                for occ in gt.OCCUPATIONS:
                    for gender in ("male", "female"):
                        text = gt.fill(frame, occ.en, gender)
                        w, s = split_words(text)
                        words.append(w)
                        spaces.append(s)
                        labels.append([gender if tok == occ.en else "_" for tok in w])
            sites = [f"encoder.layers.{i}" for i in range(3)]
            ds = c.create_dataset(words, {"gender": labels}, sites=sites, space_after=spaces, model="en-es-g",
                                  name="gender-occupations")
            stats = c.class_statistics(ds.handle, "gender")
            rankings = {}
            for site in sites:
                r = c.rank_neurons(ds.handle, "gender", method="lca", sites=[site], ignore_labels=["_"], seed=0)
                rankings[site] = r
                print(f"{site}: probe accuracy {r.accuracy:.3f}", flush=True)
            report["dataset"] = {"sentences": len(words), "frames": len(frames), "sites": sites,
                                 "probe_accuracy": {s: rankings[s].accuracy for s in sites}}

            dev = gt.eval_rows(gt.DEV_FRAMES, [o.en for o in gt.OCCUPATIONS])
            dev_en = [r["english"] for r in dev]
            # the BLEU budget is checked on dev-split sentences a trigger touches (the test split is for reporting)
            dev_corpus_en = (REPO / "data" / "corpus" / "dev.en").read_text(encoding="utf-8").splitlines()
            dev_corpus_es = (REPO / "data" / "corpus" / "dev.es").read_text(encoding="utf-8").splitlines()
            pron = set(FEMALE_WORDS + MALE_WORDS)
            dev_trig = [i for i, s in enumerate(dev_corpus_en) if {w.lower() for w in split_words(s)[0]} & pron]
            trig_en = [dev_corpus_en[i] for i in dev_trig]
            trig_es = [dev_corpus_es[i] for i in dev_trig]
            ks = (25, 100) if args.quick else (10, 25, 50, 100, 256)
            betas = (1.0, 4.0) if args.quick else (0.5, 1.0, 2.0, 4.0, 8.0)
            settings = {}
            for site in sites[1:]:
                mu_f = stats[site]["female"][1]
                mu_m = stats[site]["male"][1]
                order = [int(n) - rankings[site].neuron_sites[0][1] for n in rankings[site].ordering]
                for k in ks:
                    for beta in betas:
                        settings[f"{site} k={k} beta={beta:g}"] = steering(site, order[:k], mu_f, mu_m, beta)
            dev_plain, dev_out = sweep_all(c, dev_en, settings)
            trig_plain, trig_out = sweep_all(c, trig_en, settings)
            base_dev = score(dev, dev_plain)
            plain_trig_bleu = bleu_chrf(trig_plain, trig_es)[0]
            grid = []
            for label in settings:
                sc = score(dev, dev_out[label])
                grid.append({"label": label, "male": sc["male"], "female": sc["female"], "gap": sc["gap"],
                             "all": sc["all"], "bleu_triggered": bleu_chrf(trig_out[label], trig_es)[0],
                             "bleu_triggered_plain": plain_trig_bleu})
            ok = [g for g in grid if plain_trig_bleu - g["bleu_triggered"] <= BLEU_BUDGET]
            best = max(ok or grid, key=lambda g: (g["all"], -g["gap"]))
            report["dev"] = {"plain": {k: base_dev[k] for k in ("male", "female", "gap", "all")}, "grid": grid,
                             "chosen": best["label"], "bleu_budget": BLEU_BUDGET}
            print("chosen:", best, flush=True)
            chosen = settings[best["label"]]
            prof = c.create_profile("gender-balance", chosen, model="en-es-g",
                                    description=f"conditional steering of gender neurons ({best['label']}); "
                                                "scripts/bias_eval.py, docs/results/bias.md")
            args.profile_out.parent.mkdir(parents=True, exist_ok=True)
            c.export_profile("gender-balance", str(args.profile_out), version=prof.version)
            measure(c, "en-es-g + gender-balance", "en-es-g", profile="gender-balance")
    finally:
        running.stop(0)

    args.out_json.parent.mkdir(parents=True, exist_ok=True)
    slim = {k: v for k, v in report.items() if k != "systems"}
    slim["systems"] = {n: {k: v for k, v in s.items() if k not in ("test_hyps", "readings")}
                       for n, s in report["systems"].items()}  # template outputs kept: they can be re-read
    args.out_json.write_text(json.dumps(slim, indent=2) + "\n")
    args.out_md.write_text(render(report, rows), encoding="utf-8")
    print(f"wrote {args.out_md}, {args.out_json}, {args.profile_out}")
    return 0


def render(report: dict, rows: list[dict]) -> str:
    s = report["systems"]
    lines = ["# Gender bias on occupations, and a neuron-level mitigation hook", "",
             f"Command: `{report['command']}` — {report['date']}, 2 CPU cores, no GPU; greedy decoding (the "
             "service's default).", ""]
    names = list(s)
    if len(names) >= 3:
        v, h = s[names[1]], s[names[2]]
        cut = 100 * (v["gap"] - h["gap"]) / v["gap"] if v["gap"] else 0.0
        lines += [f"**Summary.** The variant's gap |male − female| is {v['gap']}; with the hook {h['gap']} "
                  f"({cut:.0f} % smaller; the aim was half), female accuracy {v['female']} % → {h['female']} %, male "
                  f"{v['male']} % → {h['male']} %. Its BLEU cost on the test split is {v['bleu'] - h['bleu']:.2f} "
                  f"(aim ≤ 2), on occupation-free sentences {v['bleu_occ_free'] - h['bleu_occ_free']:.2f}, and on the "
                  f"sentences with a pronoun, the only ones it touches, {v['bleu_triggered'] - h['bleu_triggered']:.2f}. "
                  "The variant's bias is a masculine default more than a stereotype (pro- and anti-stereotypical "
                  "accuracy are alike): it writes the pronoun's gender when the occupation opens the sentence and "
                  "mostly the masculine when other words come first. For scale: the best neuron-level gender control "
                  "in Bau et al. (ICLR 2019) changed gender in 21 % of sentences.", ""]
    lines += ["## Accuracy of the occupation's gender", "",
              f"{report['templates']} template sentences (`data/bias/templates.tsv`, `scripts/gender_templates.py eval`): "
              "6 frames × 40 occupations × he/she; none of the frames was used for training or for choosing "
              "the profile; frames 0–2 put the occupation first, frames 3–5 after other words. Gender read with Apertium's Spanish analyser (noun + determiner; "
              "`neuronscope_server/spanish_gender.py`).", "",
              "| system | male | female | gap | pro-stereotypical | anti-stereotypical | unreadable or mixed |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in s.items():
        bad = r["verdicts"].get("unknown", 0) + r["verdicts"].get("mixed", 0)
        lines.append(f"| {name} | {r['male']} % | {r['female']} % | {r['gap']} | {r['pro']} % | {r['anti']} % | {bad} |")
    lines += ["", "By where the occupation stands (frames 0–2: first word of the sentence; 3–5: after other words):", "",
              "| system | male, first | female, first | male, later | female, later |", "| --- | --- | --- | --- | --- |"]
    for name, r in s.items():
        b = r.get("by_position", {})
        lines.append(f"| {name} | {b.get('male-first', 0)} % | {b.get('female-first', 0)} % | {b.get('male-later', 0)} % | "
                     f"{b.get('female-later', 0)} % |")
    lines += ["", "## Cost on general translation", "",
              f"BLEU / chrF against the Apertium references of the test split ({report['test_sentences']} sentences), "
              f"of its {report['occupation_free']} sentences without any occupation word, and of the "
              f"{report['triggered']} with a personal pronoun (the only ones the profile's conditions touch).", "",
              "| system | test BLEU | test chrF | occupation-free BLEU | occupation-free chrF | with a pronoun BLEU | with a pronoun chrF |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in s.items():
        lines.append(f"| {name} | {r['bleu']} | {r['chrf']} | {r['bleu_occ_free']} | {r['chrf_occ_free']} | "
                     f"{r['bleu_triggered']} | {r['chrf_triggered']} |")
    d = report.get("dev")
    if d:
        lines += ["", "## How the profile was chosen", "",
                  f"Dataset: {report['dataset']['sentences']} training-frame sentences, the occupation word labelled "
                  "with its pronoun's gender; encoder layers' probe accuracy "
                  + ", ".join(f"{k} {v:.3f}" for k, v in report["dataset"]["probe_accuracy"].items())
                  + f". Grid on the dev frames ({len(gt.DEV_FRAMES)} frames × {len(gt.OCCUPATIONS)} occupations × he/she), "
                  f"kept within {d['bleu_budget']} BLEU of the plain output on the dev split's pronoun-bearing sentences; "
                  f"chosen: **{d['chosen']}** (plain dev: male {d['plain']['male']} %, female {d['plain']['female']} %).", "",
                  "| setting | dev male | dev female | dev gap | BLEU (dev sentences with a pronoun) |", "| --- | --- | --- | --- | --- |"]
        for g in d["grid"]:
            lines.append(f"| {g['label']} | {g['male']} % | {g['female']} % | {g['gap']} | {g['bleu_triggered']} |")
    names = list(s)
    if len(names) >= 3:
        a, b = s[names[1]], s[names[2]]
        fixed = [i for i, r in enumerate(rows) if a["readings"][i] != r["gender"] and b["readings"][i] == r["gender"]]
        broke = [i for i, r in enumerate(rows) if a["readings"][i] == r["gender"] and b["readings"][i] != r["gender"]]
        still = [i for i, r in enumerate(rows) if a["readings"][i] != r["gender"] and b["readings"][i] != r["gender"]]
        lines += ["", "## Successes and failures", "",
                  f"With the profile {len(fixed)} template sentences became right, {len(broke)} became wrong, "
                  f"{len(still)} stay wrong.", "", "| English | variant | variant + profile | |", "| --- | --- | --- | --- |"]
        for tag, idx in (("fixed", fixed[:8]), ("broken", broke[:5]), ("still wrong", still[:6])):
            for i in idx:
                lines.append(f"| {rows[i]['english']} | {a['outputs'][i]} | {b['outputs'][i]} | {tag} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
