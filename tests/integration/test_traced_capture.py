"""Capture passes replayed from traces give what the eager hooked pass gives; anything unsafe runs eagerly."""

from __future__ import annotations

import logging

import numpy as np
import pytest
import torch

from neuronscope_server import traced_capture
from neuronscope_server.runtime import ModelRuntime, OverrideSpec, SentenceInput, TranslateSpec
from neuronscope_server.spec import AGGREGATIONS, Limits

# different lengths in one pass (padding), a one-word sentence, a word split into several pieces
SENTENCES = ["She doesn't like the cold.", "Yes", "A big oil spot spread across the unbelievably calm water",
             "The mayor talked to the reporters yesterday ."]


def _pair(path, name: str) -> tuple[ModelRuntime, ModelRuntime]:
    traced = ModelRuntime.load(name, path, device="cpu")
    eager = ModelRuntime.load(name, path, device="cpu", limits=Limits(traced_captures=False))
    return traced, eager


def _graphs(rt: ModelRuntime) -> dict:
    return dict(rt._traced._graphs)  # type: ignore[union-attr]


def _spec(sites, aggregation="mean", **kw) -> TranslateSpec:
    return TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), capture_sites=tuple(sites),
                         aggregation=aggregation, skip_generation=True, **kw)


@pytest.mark.parametrize("model", ["bert", "minilm", "marian"])
def test_traced_capture_equals_the_eager_pass_for_every_aggregation(tiny_models, minilm_dir, model):
    path = minilm_dir if model == "minilm" else tiny_models[model]
    traced, eager = _pair(path, model)
    source = [s.name for s in traced.sites.values() if s.side == "source"]
    hidden = [n for n in source if n.endswith("embeddings") or n.rsplit(".", 1)[-1].isdigit()]
    for sites in (hidden, source, source[-1:]):  # NeuroX's set, every source site (ffn, attn, final), one site
        for how in AGGREGATIONS:
            got = traced.translate(_spec(sites, how))
            want = eager.translate(_spec(sites, how))
            for g, w in zip(got, want):
                assert g.source_words == w.source_words
                assert list(g.activations) == list(w.activations) == list(sites)
                for site in sites:
                    assert g.activations[site].shape == w.activations[site].shape
                    assert np.allclose(g.activations[site], w.activations[site], rtol=1e-5, atol=1e-5), (site, how)
        # the replay really ran: a usable graph is kept for this site set
        assert _graphs(traced)[(tuple(sites), True)] is not traced_capture._FAILED
    assert eager._traced is None


@pytest.mark.parametrize("model", ["minilm", "marian", "t5"])
def test_batches_without_padding_replay_the_unmasked_graph(tiny_models, minilm_dir, model):
    """One sentence, or sentences of one length: the graph traced without a mask, same values as eager."""
    path = minilm_dir if model == "minilm" else tiny_models[model]
    traced, eager = _pair(path, model)
    sites = [s.name for s in traced.sites.values() if s.side == "source"]
    lone = TranslateSpec(sentences=(SentenceInput(text=SENTENCES[2]),), capture_sites=tuple(sites),
                         skip_generation=True)
    same = TranslateSpec(sentences=(SentenceInput(text="the cat sat on the mat"), SentenceInput(text="the dog sat on the rug")),
                         capture_sites=tuple(sites), skip_generation=True, aggregation="none")
    for spec in (lone, same):
        assert len({len(p.ids) for p in traced.prepare(spec)}) == 1  # no padding in the pass
        for g, w in zip(traced.translate(spec), eager.translate(spec)):
            for site in sites:
                assert np.allclose(g.activations[site], w.activations[site], rtol=1e-5, atol=1e-5), site
    graphs = _graphs(traced)
    assert graphs[(tuple(sites), False)] is not traced_capture._FAILED
    assert (tuple(sites), True) not in graphs  # the masked graph was never needed


def test_passes_with_overrides_or_target_sites_stay_eager(tiny_models):
    traced, eager = _pair(tiny_models["marian"], "marian")
    ov = OverrideSpec(site="encoder.layers.0", neurons=(1, 2), op="set", values=(3.0,))
    spec = _spec(["encoder.layers.1"], overrides=(ov,))
    got, want = traced.translate(spec), eager.translate(spec)
    assert all(np.array_equal(g.activations["encoder.layers.1"], w.activations["encoder.layers.1"])
               for g, w in zip(got, want))
    both = TranslateSpec(sentences=(SentenceInput(text="Hello there"),), max_new_tokens=6,
                         capture_sites=("encoder.layers.1", "decoder.layers.0"))
    g, w = traced.translate(both)[0], eager.translate(both)[0]
    assert g.translation == w.translation
    assert np.allclose(g.activations["decoder.layers.0"], w.activations["decoder.layers.0"], atol=1e-6)
    assert _graphs(traced) == {}  # neither pass was traced


def test_a_site_set_that_cannot_be_traced_or_replays_differently_runs_eagerly(tiny_models, monkeypatch, caplog):
    traced, eager = _pair(tiny_models["bert"], "bert")
    sites = ["embeddings", "layers.0"]

    def broken_trace(*a, **k):
        raise RuntimeError("tracer refused")

    with monkeypatch.context() as m:
        m.setattr(torch.jit, "trace", broken_trace)
        with caplog.at_level(logging.WARNING, logger="neuronscope_server.traced_capture"):
            got = traced.translate(_spec(sites))
    assert "runs eagerly" in caplog.text and "tracer refused" in caplog.text
    assert _graphs(traced)[(tuple(sites), True)] is traced_capture._FAILED

    # a replay that differs from the eager pass on other shapes is refused by the parity check
    real_freeze = torch.jit.freeze

    class Wrong(torch.nn.Module):
        def __init__(self, graph):
            super().__init__()
            self.graph = graph

        def forward(self, ids, mask):
            return self.graph(ids, mask) + (ids.shape[0] > 2)  # right for the traced shape, wrong for others

    monkeypatch.setattr(torch.jit, "freeze", lambda g: Wrong(real_freeze(g)))
    other = ["layers.1"]
    traced.translate(_spec(other))
    assert _graphs(traced)[(tuple(other), True)] is traced_capture._FAILED
    want = eager.translate(_spec(sites))
    for g, w in zip(got, want):
        for site in sites:
            assert np.array_equal(g.activations[site], w.activations[site])
