"""The shipped models: load with plain transformers offline, translate, and serve through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from serving import free_port, server_process

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models"


def test_en_es_loads_offline_and_translates(default_model_dir):
    import sacrebleu
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(default_model_dir, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(default_model_dir, local_files_only=True).eval()
    assert next(model.parameters()).dtype.is_floating_point
    assert model.generation_config.max_length >= 64  # not transformers' default of 20
    en = (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()[:48]
    es = (REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()[:48]
    enc = tok(en, return_tensors="pt", padding=True)
    out = model.generate(**enc, num_beams=1)
    hyps = tok.batch_decode(out, skip_special_tokens=True)
    bleu = sacrebleu.corpus_bleu(hyps, [es]).score
    assert bleu > 30, (bleu, hyps[:3])  # the full test-set score (beam 4) is in the model card


TENSE_KEPT_BAR = 0.80  # share of single-finite-verb test sentences whose translation keeps the tense
SHIPPED = sorted(p.parent.name for p in MODELS.glob("*/model.safetensors"))


def test_the_default_model_is_shipped():
    assert "en-es" in SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_model_cards_report_measured_numbers(name):
    d = MODELS / name
    card = (d / "README.md").read_text(encoding="utf-8")
    ev = json.loads((d / "eval.json").read_text())
    assert "scripts/evaluate_model.py" in card and "Licen" in card
    if name == "en-lm":
        assert ev["perplexity"] < ev["unigram_perplexity"]
    else:
        assert ev["beam4"]["bleu"] > 30 and f"{ev['beam4']['bleu']:.2f}" in card


def test_shipped_translation_models_meet_the_quality_bar():
    """The bar the models-and-data issue set, on the evaluations shipped with the models (scripts/evaluate_model.py)."""
    ev = {name: json.loads((MODELS / name / "eval.json").read_text()) for name in SHIPPED if name.startswith("en-es")}
    main = ev["en-es"]
    assert main["beam4"]["bleu"] >= 45 and main["beam4"]["chrf"] >= 65
    assert main["test_sentences"] >= 2000
    for name, e in ev.items():
        assert main["beam4"]["bleu"] - e["beam4"]["bleu"] <= 10, f"{name} is more than 10 BLEU below en-es"
    tense = main["tense"]["beam4"]
    assert tense["sentences"] >= 500 and tense["kept"] >= TENSE_KEPT_BAR


def test_serve_refuses_public_address_without_keys():
    exe = Path(sys.executable).parent / "neuronscope"
    r = subprocess.run([str(exe), "serve", "--host", "0.0.0.0", "--port", "0"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "refusing to serve unauthenticated" in r.stderr


def test_make_serve_and_the_readme_client_example(default_model_dir):
    """Runs README's `make serve` (with a free port) and its client example, verbatim but for the port."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    port = free_port()

    def block(marker: str) -> str:
        code = readme.split(marker, 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
        return code.replace("127.0.0.1:50051", f"127.0.0.1:{port}")

    env = {**os.environ, "NEURONSCOPE_THREADS": "1"}
    with server_process(["make", "-s", "serve", f"ARGS=--port {port}"], REPO, env) as line:
        assert f"127.0.0.1:{port}" in line, line
        r = subprocess.run([sys.executable, "-c", block("<!-- readme-client-example")], capture_output=True,
                           text=True, timeout=180, cwd=REPO)
        assert r.returncode == 0, r.stderr
        out = r.stdout.splitlines()
        assert out[0].startswith("en-es ['encoder.embeddings'")
        assert any(", 256)" in x and "yesterday" in x for x in out)
        assert any("->" in x for x in out)
        r = subprocess.run([sys.executable, "-c", block("<!-- readme-analysis-example")], capture_output=True,
                           text=True, timeout=600, cwd=REPO)
        assert r.returncode == 0, r.stderr
        out = r.stdout.splitlines()
        accuracy, majority = (float(x) for x in out[0].split()[:2])
        assert accuracy > 0.5 and majority > 0.5
        assert out[-1].startswith("[(0, ") and "(50, " in out[-1]
        r = subprocess.run([sys.executable, "-c", block("<!-- readme-conditional-example")], capture_output=True,
                           text=True, timeout=180, cwd=REPO)
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip().splitlines()[-1] == "[True, False]"
        r = subprocess.run([sys.executable, "-c", block("<!-- readme-jobs-example")], capture_output=True,
                           text=True, timeout=300, cwd=REPO)
        assert r.returncode == 0, r.stderr
        lines = r.stdout.strip().splitlines()
        assert lines[-2] == "succeeded done 1.0" and lines[-1].endswith("['rank_neurons', 'create_dataset']")
        r = subprocess.run([sys.executable, "-c", block("<!-- readme-control-example")], capture_output=True,
                           text=True, timeout=600, cwd=REPO)
        assert r.returncode == 0, r.stderr
        lines = r.stdout.strip().splitlines()
        assert len(lines) == 2 and all(" -> " in x for x in lines)
        # "pintó la valla vieja -> pinta la valla vieja 3.0 True encoder.layers.2": the same verb, re-tensed
        kept = [x for x in lines if " True encoder.layers." in x]
        assert kept and all(x.split(" -> ")[0] != x.split(" -> ")[1].split(" True ")[0].rsplit(" ", 1)[0]
                            for x in kept)


def test_training_script_smoke(tmp_path, default_model_dir):
    """The training script end to end on 200 pairs with a tiny model (the real recipe takes ~1 h)."""
    out, work, corpus = tmp_path / "m", tmp_path / "w", tmp_path / "corpus"
    corpus.mkdir()
    for lang in ("en", "es"):  # the full train split is rebuilt by scripts/build_corpus.py, not committed
        dev = (REPO / "data" / "corpus" / f"dev.{lang}").read_text(encoding="utf-8").splitlines()
        (corpus / f"train.{lang}").write_text("\n".join(dev[:200]) + "\n", encoding="utf-8")
        (corpus / f"dev.{lang}").write_text("\n".join(dev[200:220]) + "\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "train_model.py"), "--arch", "marian", "--out", str(out),
         "--work", str(work), "--tokenizer", str(default_model_dir), "--corpus", str(corpus), "--limit", "200",
         "--max-steps", "3",
         "--d-model", "32", "--layers", "1", "--heads", "2", "--ffn", "64", "--threads", "1",
         "--eval-every-min", "100"],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    from transformers import AutoModelForSeq2SeqLM

    model = AutoModelForSeq2SeqLM.from_pretrained(out, local_files_only=True)
    assert model.config.d_model == 32 and (out / "training_log.jsonl").is_file()
    assert json.loads((out / "generation_config.json").read_text())["max_length"] == 128

    # Continue the finished model (its checkpoint gone) on another training split: counters and log carry on.
    for lang in ("en", "es"):
        (corpus / f"train.alt.{lang}").write_text((corpus / f"train.{lang}").read_text(encoding="utf-8"))
    out2 = tmp_path / "m2"
    r = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "train_model.py"), "--arch", "marian", "--out", str(out2),
         "--work", str(tmp_path / "w2"), "--tokenizer", str(default_model_dir), "--corpus", str(corpus),
         "--train-split", "train.alt", "--init-from", str(out), "--max-steps", "5", "--rewarmup", "2",
         "--d-model", "32", "--layers", "1", "--heads", "2", "--ffn", "64", "--threads", "1",
         "--eval-every-min", "100"],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    log = [json.loads(line) for line in (out2 / "training_log.jsonl").read_text().splitlines()]
    restart = [rec for rec in log if rec.get("restart")]
    assert len(restart) == 1 and restart[0]["step"] == 3 and restart[0]["from"] == str(out)
    assert log[-1]["final"] and log[-1]["step"] == 5
    import torch

    before = AutoModelForSeq2SeqLM.from_pretrained(out, local_files_only=True).state_dict()
    after = AutoModelForSeq2SeqLM.from_pretrained(out2, local_files_only=True).state_dict()
    moved = [k for k in before if not torch.equal(before[k], after[k])]
    assert moved, "two more optimizer steps changed no weight"
