"""Tense control that keeps the verb, on en-es, through the RPCs (issue #16; Bau et al. 2019 §6).

Method (``neuronscope_server.tense_control.TenseControl``): at the English verb's position, shift every
neuron of an encoder layer by β·(μ_to − μ_from) (class means of English past/present verbs in the
probing set, ``Steer``); settings from the weakest up run in one Sweep; per sentence the weakest that
Apertium reads with the same Spanish verb in the target tense and the rest unchanged is kept.

Reported on the test split (``--split dev`` to look without touching it): sentences with exactly one
finite English verb in the source tense whose baseline translation has a finite Spanish verb in that
tense. Measures, per direction and split by ordinary verbs vs ser/estar/haber: raw success (a finite verb
in the target tense, none in the source tense), clean (and every other word as before), lemma kept
(clean, same verb), and BLEU of the outputs against the unmodified translations.

Usage: python scripts/control_tense.py [--threads 2] [--quick] [--split dev]
Writes docs/results/control.md and bench/results/control.json (test split).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIRECTIONS = (("past", "present"), ("present", "past"))


def candidates(recs: list[dict], src: str, limit: int) -> list[tuple[str, int]]:
    """(text, whitespace-word index of the verb) for sentences with exactly one finite English verb in ``src``."""
    from neuronscope_server.spanish_tense import english_finite_verbs

    out = []
    for r in recs:
        verbs = english_finite_verbs(r)
        if len(verbs) == 1 and verbs[0][1] == src:
            vi = verbs[0][0]
            off = sum(len(w) + (1 if sp else 0) for w, sp in zip(r["words"][:vi], r["space_after"][:vi]))
            out.append((r["text"], len(r["text"][:off].split())))
    return out[:limit]


def run(ctl, cands: list[tuple[str, int]], src: str, dst: str) -> dict:
    """Baseline, the Spanish verb, and every setting's output and judgement, for the candidates."""
    from neuronscope_server.spanish_tense import spanish_verb_tenses
    from neuronscope_server.tense_control import judge, locate_verb

    texts = [t for t, _ in cands]
    base = ctl.client.translate(texts, model=ctl.model).sentences
    readings = spanish_verb_tenses([b.translation for b in base])
    verbs = [locate_verb(b.target_words, [int(x) for x in b.target_piece_words], b.translation, src, r)
             for b, r in zip(base, readings)]
    todo = [i for i, v in enumerate(verbs) if v is not None]
    outs = ctl.sweep_settings([texts[i] for i in todo], [[cands[i][1]] for i in todo], src, dst)
    judged = {k: [judge(base[i].translation, verbs[i], o[n], dst, r[n]) for n, i in enumerate(todo)]
              for k, (o, r) in outs.items()}
    return {"candidates": len(cands), "sentences": [texts[i] for i in todo], "base": [base[i].translation for i in todo],
            "verbs": [verbs[i] for i in todo], "outs": {k: o for k, (o, _) in outs.items()}, "judged": judged}


def summarise(ctl, res: dict) -> dict:
    """Fixed-setting rows (all three layers, each β) and the per-sentence search row, split by verb class."""
    import sacrebleu

    from neuronscope_server.tense_control import SPECIAL_LEMMAS, Judgement

    n = len(res["base"])
    special = [v.lemma in SPECIAL_LEMMAS for v in res["verbs"]]

    def row(name: str, outputs: list[str], js: list) -> dict:
        r = {"setting": name, "sentences": n}
        for cls, mask in (("all", [True] * n), ("ordinary", [not x for x in special]), ("ser/estar/haber", special)):
            idx = [i for i in range(n) if mask[i]]
            m = max(len(idx), 1)
            r[cls] = {"n": len(idx), "success": 100 * sum(js[i].success for i in idx) / m,
                      "clean": 100 * sum(js[i].clean for i in idx) / m,
                      "lemma_kept": 100 * sum(js[i].lemma_kept for i in idx) / m}
        r["bleu_vs_plain"] = sacrebleu.corpus_bleu(outputs, [res["base"]]).score if n else 0.0
        return r

    rows = []
    for k, (sites, beta, col) in enumerate(ctl.settings):
        if len(sites) > 1 and col == "tense_lexical":  # the fixed rows: all three encoder layers at each β
            rows.append(row(f"fixed: all layers, lexical-verb means, β = {beta:g}", res["outs"][k], res["judged"][k]))
    outputs, js, chosen = [], [], []
    for i in range(n):
        pick = next((k for k in range(len(ctl.settings)) if res["judged"][k][i].lemma_kept), None)
        chosen.append(pick)
        outputs.append(res["base"][i] if pick is None else res["outs"][pick][i])
        js.append(Judgement(False, False, False) if pick is None else res["judged"][pick][i])
    rows.append(row("search: weakest setting that keeps the verb", outputs, js))
    # raw success and clean of a search that accepts any success (the verb may change)
    any_out, any_js = [], []
    for i in range(n):
        pick = next((k for k in range(len(ctl.settings)) if res["judged"][k][i].success), None)
        any_out.append(res["base"][i] if pick is None else res["outs"][pick][i])
        any_js.append(Judgement(False, False, False) if pick is None else res["judged"][pick][i])
    rows.append(row("search: weakest setting with the target tense", any_out, any_js))
    return {"rows": rows, "outputs": outputs, "chosen": chosen}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=str(REPO / "models" / "en-es"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--split", default="test")
    p.add_argument("--limit", type=int, default=10_000)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--wide", action="store_true", help="more settings: layer pairs and finer β (slower)")
    p.add_argument("--render-only", action="store_true", help="rewrite control.md from bench/results/control.json")
    args = p.parse_args(argv)
    if args.render_only:
        out = json.loads((REPO / "bench" / "results" / "control.json").read_text())
        (REPO / "docs" / "results" / "control.md").write_text(render(out), encoding="utf-8")
        return 0
    import torch

    torch.set_num_threads(args.threads)
    from neuronscope import Client
    from neuronscope.analysis import read_annotations
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig
    from neuronscope_server.tense_control import ENCODER_SITES, TenseControl

    probe = read_annotations(REPO / "data" / "annotations" / "probe.jsonl", 3000 if args.quick else 30_000)
    recs = read_annotations(REPO / "data" / "annotations" / f"{args.split}.jsonl")
    limit = 40 if args.quick else args.limit
    out: dict = {"command": " ".join(["python"] + sys.argv), "date": datetime.date.today().isoformat(),
                 "split": args.split}
    running = create_server(ServerConfig(port=0, models=(("en-es", args.model),), threads=args.threads))
    try:
        with Client(running.address, timeout=7200) as c:
            settings = None
            if args.wide:
                groups = [(s,) for s in ENCODER_SITES] + [ENCODER_SITES[:2], ENCODER_SITES[1:], ENCODER_SITES]
                settings = [(g, b, col) for b in (0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8) for g in groups
                            for col in ("tense_lexical", "tense")]
            ctl = TenseControl(c, model="en-es", settings=settings, fit_words=[r["words"] for r in probe],
                               fit_space_after=[r["space_after"] for r in probe], fit_tense=[r["tense"] for r in probe],
                               fit_lemma=[r["lemma"] for r in probe])
            ctl.fit()
            out["settings"] = [[list(s), b, col] for s, b, col in ctl.settings]
            out["results"] = {}
            for src, dst in DIRECTIONS:
                res = run(ctl, candidates(recs, src, limit), src, dst)
                summ = summarise(ctl, res)
                ok = [i for i, ch in enumerate(summ["chosen"]) if ch is not None][:8]
                bad = [i for i, ch in enumerate(summ["chosen"]) if ch is None][:6]
                strongest = len(ctl.settings) - 1
                out["results"][f"{src}->{dst}"] = {
                    "candidates": res["candidates"], "with_verb": len(res["base"]), "rows": summ["rows"],
                    "chosen": {str(k): summ["chosen"].count(k) for k in range(len(ctl.settings))},
                    "successes": [[res["sentences"][i], res["base"][i], summ["outputs"][i],
                                   " + ".join(ctl.settings[summ["chosen"][i]][0]) + f" ({ctl.settings[summ['chosen'][i]][2]})",
                                   ctl.settings[summ["chosen"][i]][1]] for i in ok],
                    "failures": [[res["sentences"][i], res["base"][i], res["outs"][strongest][i]] for i in bad],
                }
                s = summ["rows"][-2]["all"]
                print(f"{src}->{dst}: {len(res['base'])} sentences; lemma kept {s['lemma_kept']:.1f} %, "
                      f"clean {s['clean']:.1f} %, success {s['success']:.1f} %", flush=True)
    finally:
        running.stop(0)
    name = "control.json" if args.split == "test" and not args.quick else f"control-{args.split}.json"
    (REPO / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (REPO / "bench" / "results" / name).write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    if name == "control.json":
        (REPO / "docs" / "results" / "control.md").write_text(render(out), encoding="utf-8")
    return 0


def render(out: dict) -> str:
    md = ["# Tense control that keeps the verb (en-es)", "",
          f"Generated by `{out['command']}` on {out['date']} (2 CPU cores, no GPU). Method "
          "(`neuronscope_server/tense_control.py`, `TenseControl.control`): at the English verb's position, every "
          "neuron of an encoder layer is shifted by β·(μ_to − μ_from), the difference of the class means of English "
          "past and present verbs in the probing set (ClassStatistics, `Steer`); settings from the weakest up "
          f"(layers 0, 1, 2 and all three; β {', '.join(sorted({f'{b:g}' for _, b, _ in out['settings']}, key=float))}; "
          "first with the means of lexical verbs only — be/have/do left out, since was/is dominate the means of all "
          "verbs and pull toward *ser* — then with all verbs) run in one Sweep call, and each sentence keeps the weakest whose output Apertium's analyser reads with the same "
          "verb in the target tense and every other word unchanged (the translation is left as it was when none "
          "does). The earlier recipe (set the top 50 gmm neurons of layer 2 to μ_to + 4(μ_to − μ_from)) mostly "
          "replaced the verb; measured independently it kept it in 18 % (past → present) and 6 % (present → past).", "",
          f"Sentences: {out['split']} split, exactly one finite English verb in the source tense, and a finite Spanish "
          "verb in that tense in the unmodified translation. *Success*: a finite verb in the target tense and none in "
          "the source tense. *Clean*: success with every other word unchanged. *Lemma kept*: clean with the same verb. "
          "BLEU is against the unmodified translations (100 = nothing changed).", ""]
    got = {k: next(r for r in d["rows"] if r["setting"].startswith("search: weakest setting that keeps"))["all"]
           ["lemma_kept"] for k, d in out["results"].items()}
    floor = {"past->present": 40.0, "present->past": 30.0}
    md += ["**Against the issue's floor** (lemma kept ≥ 40 % past → present, ≥ 30 % present → past): "
           + "; ".join(f"{k.replace('->', ' → ')} {v:.1f} % ({'reached' if v >= floor.get(k, 0) else 'not reached'})"
                       for k, v in got.items())
           + ". Where it fails: for ordinary verbs the shift that changes the tense mostly also changes the verb "
           "(often to *es*) or another word; ser/estar/haber re-tense far more easily. The poster's 67 % is not "
           "approached on these sentences (WordNet glosses, which en-es often translates badly to begin with).", ""]
    for direction, d in out["results"].items():
        md += [f"## {direction.replace('->', ' → ')} ({d['with_verb']} sentences)", "",
               "| setting | success | clean | lemma kept | ordinary verbs: lemma kept | ser/estar/haber: lemma kept "
               "| BLEU vs unmodified |", "|---|---|---|---|---|---|---|"]
        for r in d["rows"]:
            a, o, s = r["all"], r["ordinary"], r["ser/estar/haber"]
            md.append(f"| {r['setting']} | {a['success']:.1f} % | {a['clean']:.1f} % | **{a['lemma_kept']:.1f} %** | "
                      f"{o['lemma_kept']:.1f} % (n={o['n']}) | {s['lemma_kept']:.1f} % (n={s['n']}) | "
                      f"{r['bleu_vs_plain']:.1f} |")
        md += ["", "Successes (source | before | after | layers | β):", ""]
        md += [f"- {a} | {b} | {c} | {lay} | {beta:g}" for a, b, c, lay, beta in d["successes"]]
        md += ["", "Failures (source | before | after with the strongest setting):", ""]
        md += [f"- {a} | {b} | {c}" for a, b, c in d["failures"]]
        md.append("")
    return "\n".join(md) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
