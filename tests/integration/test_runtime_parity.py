"""Captured activations equal the stock transformers model's own hidden states (float32, 1e-5)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from neuronscope_server.hooks import hook_count
from neuronscope_server.runtime import ModelRuntime, SentenceInput, TranslateSpec

SENTENCES = ["She doesn't like the cold.", "A big oil spot spread across the water", "Yes"]
TOL = 1e-5


def _source_reference(rt: ModelRuntime, text: str, **fwd) -> tuple[tuple[torch.Tensor, ...], dict]:
    enc = rt.tokenizer([text], return_tensors="pt")
    with torch.inference_mode():
        if rt.kind == "seq2seq":
            out = rt.model(**enc, **fwd, output_hidden_states=True)
            return out, enc
        out = rt.model(**enc, output_hidden_states=True)
        return out, enc


def _check_stack(rt, result, hidden, prefix, rows):
    """hidden: tuple (embeddings, layer0, ..., layerN-1 [final-norm applied to the last for some models])."""
    n_layers = len(hidden) - 1
    assert np.allclose(result.activations[prefix + "embeddings"], hidden[0][0, rows].numpy(), atol=TOL)
    has_final = (prefix + "final") in rt.sites
    for i in range(n_layers):
        got = result.activations[f"{prefix}layers.{i}"]
        if i == n_layers - 1 and has_final:
            # transformers puts the final layer norm's output in the last hidden state
            got = result.activations[prefix + "final"]
        ref = hidden[i + 1][0, rows].numpy()
        assert got.shape == ref.shape
        assert np.abs(got - ref).max() < TOL, f"{prefix}layers.{i}"


@pytest.mark.parametrize("kind", ["marian", "t5", "gpt2", "bert"])
def test_capture_equals_hidden_states(tiny_models, kind):
    rt = ModelRuntime.load(kind, tiny_models[kind], device="cpu")
    sites = tuple(rt.sites)
    spec = TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), capture_sites=sites,
                         aggregation="none", max_new_tokens=8)
    results = rt.translate(spec)
    assert hook_count(rt.model) == 0
    for text, res in zip(SENTENCES, results):
        n = len(res.source_pieces)
        if rt.kind == "seq2seq":
            dec = torch.tensor([[rt.model.config.decoder_start_token_id] + rt.tokenizer.convert_tokens_to_ids(
                list(res.target_pieces))])
            out, _ = _source_reference(rt, text, decoder_input_ids=dec)
            _check_stack(rt, res, out.encoder_hidden_states, "encoder.", slice(0, n))
            _check_stack(rt, res, out.decoder_hidden_states, "decoder.", slice(1, 1 + len(res.target_pieces)))
        else:
            out, _ = _source_reference(rt, text)
            _check_stack(rt, res, out.hidden_states, "", slice(0, n))
        for name, spec_ in rt.sites.items():
            assert res.activations[name].shape[1] == spec_.width
        _check_logits(rt, res, out, n)


def _check_logits(rt, res, out, n):
    """The `logits` site is the LM head's output (before a final bias), at the same positions."""
    if rt.kind == "seq2seq":
        ref = out.logits[0, 1 : 1 + len(res.target_pieces)]
        bias = getattr(rt.model, "final_logits_bias", None)
        if bias is not None:
            ref = ref - bias[0]
        got = res.activations["decoder.logits"]
    elif "logits" in rt.sites:
        ref, got = out.logits[0, :n], res.activations["logits"]
    else:
        return
    assert np.abs(got - ref.numpy()).max() < 1e-4


@pytest.mark.parametrize("kind", ["llama", "qwen2"])
def test_llama_style_causal_lms_have_every_site(build_tiny, kind):
    """LLaMA/Qwen-style models load, list embeddings, layers, .ffn, .attn, final and logits, capture exactly
    what transformers computes, and take overrides."""
    rt = ModelRuntime.load(kind, build_tiny(kind), device="cpu")
    assert rt.kind == "causal-lm"
    assert {"embeddings", "layers.0", "layers.1.ffn", "layers.1.attn", "final", "logits"} <= set(rt.sites)
    spec = TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), capture_sites=tuple(rt.sites),
                         aggregation="none", skip_generation=True)
    for text, res in zip(SENTENCES, rt.translate(spec)):
        out, _ = _source_reference(rt, text)
        n = len(res.source_pieces)
        _check_stack(rt, res, out.hidden_states, "", slice(0, n))
        _check_logits(rt, res, out, n)
        assert res.activations["layers.1.attn"].shape == (n, 32)
    from neuronscope_server.runtime import OverrideSpec

    gen = TranslateSpec(sentences=(SentenceInput(text=SENTENCES[0]),), max_new_tokens=6)
    ov = OverrideSpec(site="layers.0.attn", neurons=tuple(range(32)), op="set", values=(5.0,))
    plain, steered = rt.translate(gen)[0], rt.translate(replace(gen, overrides=(ov,)))[0]
    assert steered.receipt["overrides"][0]["cells_changed"] > 0 and plain.receipt["overrides"] == []


def test_minilm_capture_equals_hidden_states(minilm_dir):
    rt = ModelRuntime.load("minilm", minilm_dir, device="cpu")
    assert rt.kind == "encoder" and len([s for s in rt.sites if s.endswith(".ffn")]) == 6
    spec = TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), capture_sites=tuple(rt.sites),
                         aggregation="none", skip_generation=True)
    for text, res in zip(SENTENCES, rt.translate(spec)):
        out, _ = _source_reference(rt, text)
        _check_stack(rt, res, out.hidden_states, "", slice(0, len(res.source_pieces)))
        assert res.source_pieces[0] == "[CLS]" and res.source_piece_words[0] == -1


def test_word_aggregation_matches_pieces(tiny_models):
    rt = ModelRuntime.load("marian", tiny_models["marian"], device="cpu")
    words = ("She", "does", "n't", "like", "the", "cold", ".")
    space_after = (True, False, True, True, True, False, False)
    base = dict(sentences=(SentenceInput(words=words, space_after=space_after),), capture_sites=("encoder.layers.1",),
                max_new_tokens=4)
    raw = rt.translate(TranslateSpec(aggregation="none", **base))[0]
    assert raw.source_words == list(words)
    # the text is rebuilt as it was written, so no extra "▁" piece appears before "n't" or "."
    assert "▁" not in raw.source_pieces
    pw = raw.source_piece_words
    rows = raw.activations["encoder.layers.1"]
    for how in ("first", "last", "mean"):
        agg = rt.translate(TranslateSpec(aggregation=how, **base))[0].activations["encoder.layers.1"]
        assert agg.shape == (len(words), rows.shape[1])
        for w in range(len(words)):
            mine = rows[pw == w]
            ref = {"first": mine[0], "last": mine[-1], "mean": mine.mean(axis=0)}[how]
            assert np.allclose(agg[w], ref, atol=1e-6)


@pytest.mark.parametrize("kind", ["marian", "t5", "gpt2", "bert", "minilm", "en-es"])
def test_source_tokenization_equals_the_tokenizers_own_call(kind, tiny_models, minilm_dir, default_model_dir):
    """prepare() calls the Rust tokenizer directly where that gives what transformers' __call__ gives."""
    path = {"minilm": minilm_dir, "en-es": default_model_dir}.get(kind) or tiny_models[kind]
    rt = ModelRuntime.load(kind, path, device="cpu")
    texts = [*SENTENCES, "Ünïcödé — “quotes”, tabs\tand  double  spaces", "12:30, e.g. U.S.A.'s", "x"]
    fast = rt._tokenize_sources(texts)
    if getattr(rt.tokenizer, "is_fast", False):
        assert rt._backend is not None, "a fast tokenizer should take the direct path"
    rt.tokenize(texts[:2], padding=True, truncation=True, max_length=4)  # leaves padding/truncation set on the backend
    again = rt._tokenize_sources(texts)
    rt._backend = None  # transformers' own call
    slow = rt._tokenize_sources(texts)
    for got in (fast, again):
        assert [ids for ids, _, _ in got] == [list(ids) for ids, _, _ in slow]
        assert [special for _, special, _ in got] == [special for _, special, _ in slow]
        assert [offs and [tuple(o) for o in offs] for _, _, offs in got] == [offs for _, _, offs in slow]
