"""Input-major Linear weights (weight_layout.py): the same outputs, no memory added, shared weights left alone."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from neuronscope_server.runtime import ModelRuntime, OverrideSpec, SentenceInput, TranslateSpec
from neuronscope_server.spec import Limits
from neuronscope_server.weight_layout import input_major_linear_weights, is_input_major

SENTENCES = ("She doesn't like the cold.", "Yes", "A big oil spot spread across the unbelievably calm water")


def _linear_weights(model: torch.nn.Module) -> list[torch.Tensor]:
    return [m.weight for m in model.modules() if isinstance(m, torch.nn.Linear)]


def test_only_unshared_float32_cpu_linear_weights_change_and_values_stay():
    torch.manual_seed(0)
    emb = torch.nn.Embedding(11, 6)
    tied = torch.nn.Linear(6, 11, bias=False)
    tied.weight = emb.weight  # a tied output layer: the lookup wants the embedding's rows contiguous
    plain, half = torch.nn.Linear(6, 4), torch.nn.Linear(6, 4).to(torch.bfloat16)
    model = torch.nn.ModuleDict({"emb": emb, "tied": tied, "plain": plain, "bf16": half})
    before = {k: p.detach().clone() for k, p in model.named_parameters()}
    params = dict(model.named_parameters())

    assert input_major_linear_weights(model) == 1
    assert is_input_major(plain.weight) and plain.weight.shape == (4, 6)
    assert plain.weight is params["plain.weight"]  # the same Parameter object, new storage
    assert emb.weight.is_contiguous() and half.weight.is_contiguous()
    for k, p in model.named_parameters():
        assert torch.equal(p, before[k]), k
    x = torch.randn(3, 6)
    assert torch.allclose(plain(x), x @ before["plain.weight"].T + before["plain.bias"], atol=1e-6)
    assert input_major_linear_weights(model) == 0  # idempotent: an input-major weight is left as it is


@pytest.mark.parametrize("model", ["marian", "t5", "bert", "minilm"])
def test_runtime_outputs_equal_the_row_major_model(tiny_models, minilm_dir, model):
    path = minilm_dir if model == "minilm" else tiny_models[model]
    fast = ModelRuntime.load(model, path, device="cpu")
    plain = ModelRuntime.load(model, path, device="cpu", limits=Limits(input_major_weights=False))
    changed = [w for w in _linear_weights(fast.model) if is_input_major(w)]
    assert changed, "no Linear weight was re-stored"
    assert not any(is_input_major(w) for w in _linear_weights(plain.model))
    if model == "marian":  # its output layer shares the embedding matrix: left row-major
        assert fast.model.get_output_embeddings().weight.is_contiguous()

    source = [s.name for s in fast.sites.values() if s.side == "source"]
    target = [s.name for s in fast.sites.values() if s.side == "target"][:2]
    specs = [TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES), capture_sites=tuple(source),
                           skip_generation=True),  # the traced capture
             TranslateSpec(sentences=(SentenceInput(text=SENTENCES[0]),), capture_sites=tuple(source[:1]),
                           skip_generation=True)]  # one sentence: the unmasked graph
    if fast.kind == "seq2seq":  # generation, target captures and an override: the eager hooked passes
        ov = OverrideSpec(site=source[1], neurons=(0, 3), op="set", values=(2.0,))
        specs.append(TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTENCES),
                                   capture_sites=tuple(source[:2] + target), max_new_tokens=8, overrides=(ov,)))
    for spec in specs:
        for g, w in zip(fast.translate(spec), plain.translate(spec)):
            assert g.translation == w.translation
            assert list(g.activations) == list(w.activations)
            for site in g.activations:
                np.testing.assert_allclose(g.activations[site], w.activations[site], rtol=1e-5, atol=1e-5,
                                           err_msg=site)


def test_traces_share_the_models_weights(minilm_dir):
    """A frozen trace folds weights in as constants: they must be the model's own storage, not copies."""
    rt = ModelRuntime.load("minilm", minilm_dir, device="cpu")
    spec = TranslateSpec(sentences=(SentenceInput(text=SENTENCES[2]),), capture_sites=("layers.5",),
                         skip_generation=True)
    rt.translate(spec)
    graphs = [g for g in rt._traced._graphs.values() if hasattr(g, "graph")]  # type: ignore[union-attr]
    assert graphs
    owned = {p.untyped_storage().data_ptr() for p in rt.model.parameters()}
    for graph in graphs:
        consts = [n.output().toIValue() for n in graph.graph.nodes() if n.kind() == "prim::Constant"]
        weights = [t for t in consts if isinstance(t, torch.Tensor) and t.dim() == 2 and t.numel() >= 384 * 384]
        assert weights
        assert {t.untyped_storage().data_ptr() for t in weights} <= owned
