"""Overrides change exactly what they should, per request, and never leave a hook behind."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from neuronscope_server.errors import InvalidArgument
from neuronscope_server.hooks import hook_count
from neuronscope_server.runtime import ModelRuntime, OverrideSpec, SentenceInput, TranslateSpec

TEXT = ("The children played in the garden", "She doesn't like the cold.")


@pytest.fixture(scope="module")
def rt(tiny_models):
    return ModelRuntime.load("marian", tiny_models["marian"], device="cpu")


def _spec(**kw) -> TranslateSpec:
    base = dict(sentences=tuple(SentenceInput(text=t) for t in TEXT), max_new_tokens=6, aggregation="none")
    base.update(kw)
    return TranslateSpec(**base)


def test_zero_override_equals_zeroing_by_hand(rt):
    neurons = [0, 5, 17]
    ours = rt.translate(_spec(capture_sites=("encoder.layers.1", "decoder.layers.1"),
                              overrides=(OverrideSpec("encoder.layers.0", tuple(neurons), "zero"),)))
    layer = rt.model.get_submodule("model.encoder.layers.0")

    def by_hand(mod, args, output):
        h = output[0] if isinstance(output, tuple) else output
        h = h.clone()
        h[..., neurons] = 0
        return (h, *output[1:]) if isinstance(output, tuple) else h

    handle = layer.register_forward_hook(by_hand)
    try:
        for text, res in zip(TEXT, ours):
            enc = rt.tokenizer([text], return_tensors="pt")
            with torch.inference_mode():
                gen = rt.model.generate(**enc, max_new_tokens=6)
                out = rt.model(**enc, decoder_input_ids=gen, output_hidden_states=True)
            assert rt.tokenizer.decode(gen[0], skip_special_tokens=True).strip() == res.translation
            np.testing.assert_allclose(res.activations["encoder.layers.1"], out.encoder_hidden_states[2][0].numpy(),
                                       atol=1e-5)
            n = len(res.target_pieces)
            np.testing.assert_allclose(res.activations["decoder.layers.1"],
                                       out.decoder_hidden_states[2][0, 1 : 1 + n].numpy(), atol=1e-5)
    finally:
        handle.remove()


def test_override_on_later_layer_leaves_earlier_layers_alone(rt):
    sites = ("encoder.embeddings", "encoder.layers.0", "encoder.layers.1")
    plain = rt.translate(_spec(capture_sites=sites))
    changed = rt.translate(_spec(capture_sites=sites, overrides=(OverrideSpec("encoder.layers.1", (3,), "set", (9.0,)),)))
    for p, c in zip(plain, changed):
        np.testing.assert_array_equal(p.activations["encoder.embeddings"], c.activations["encoder.embeddings"])
        np.testing.assert_array_equal(p.activations["encoder.layers.0"], c.activations["encoder.layers.0"])
        # the overridden site is captured after the override
        assert np.all(c.activations["encoder.layers.1"][:, 3] == 9.0)
        assert not np.allclose(p.activations["encoder.layers.1"][:, 3], 9.0)


@pytest.mark.parametrize(
    "op, values, expect",
    [
        ("add", (2.0,), lambda a: a + 2.0),
        ("scale", (-1.0,), lambda a: -a),
        ("clamp", (), lambda a: np.clip(a, -0.1, 0.1)),
    ],
)
def test_ops_on_captured_site(rt, op, values, expect):
    plain = rt.translate(_spec(capture_sites=("encoder.layers.1",)))
    ov = OverrideSpec("encoder.layers.1", (1, 2), op, values, low=-0.1, high=0.1)
    got = rt.translate(_spec(capture_sites=("encoder.layers.1",), overrides=(ov,)))
    for p, g in zip(plain, got):
        np.testing.assert_allclose(g.activations["encoder.layers.1"][:, [1, 2]],
                                   expect(p.activations["encoder.layers.1"][:, [1, 2]]), atol=1e-6)
        np.testing.assert_array_equal(g.activations["encoder.layers.1"][:, 3:], p.activations["encoder.layers.1"][:, 3:])


def test_standardized_set_and_word_positions(rt):
    ov = OverrideSpec("encoder.layers.0", (4,), "set", (2.0,), standardized=True, means=(1.0,), stds=(0.5,),
                      positions="words", words=(1,))
    res = rt.translate(_spec(capture_sites=("encoder.layers.0",), overrides=(ov,)))[0]
    col = res.activations["encoder.layers.0"][:, 4]
    on_word = res.source_piece_words == 1
    assert np.all(col[on_word] == 2.0)  # mean + 2.0 * std
    assert not np.any(col[~on_word] == 2.0)


def test_decoder_step_override_changes_only_later_steps(rt):
    plain = rt.translate(_spec(capture_sites=("decoder.layers.1",)))[0]
    ov = OverrideSpec("decoder.layers.0", tuple(range(32)), "set", (5.0,), positions="words", words=(3,))
    got = rt.translate(_spec(capture_sites=("decoder.layers.1",), overrides=(ov,)))[0]
    # decoder positions 1..3 read pieces produced before step 3 was touched: identical
    p, g = plain.activations["decoder.layers.1"], got.activations["decoder.layers.1"]
    if plain.target_pieces[:3] == got.target_pieces[:3]:
        np.testing.assert_allclose(p[:2], g[:2], atol=1e-6)
    assert not np.allclose(p[2], g[2]) or plain.target_pieces != got.target_pieces


def test_no_hook_left_after_failed_requests(rt, monkeypatch):
    bad = OverrideSpec("encoder.layers.0", (1,), "set", (1.0,), positions="words", words=(99,))
    with pytest.raises(InvalidArgument):
        rt.translate(_spec(overrides=(bad,)))
    assert hook_count(rt.model) == 0

    # a failure inside the hooked forward pass itself
    real = rt.model.generate
    seen: list[int] = []

    def broken(*a, **k):
        seen.append(hook_count(rt.model))  # the override hook is attached during the pass
        raise RuntimeError("mid-forward failure")

    monkeypatch.setattr(rt.model, "generate", broken)
    with pytest.raises(RuntimeError):
        rt.translate(_spec(overrides=(OverrideSpec("encoder.layers.0", (1,), "zero"),),
                           capture_sites=("encoder.layers.1",)))
    monkeypatch.setattr(rt.model, "generate", real)
    assert seen == [1]
    assert hook_count(rt.model) == 0


def test_concurrent_requests_get_their_own_overrides(rt):
    specs = {
        "a": _spec(capture_sites=("encoder.layers.1",), overrides=(OverrideSpec("encoder.layers.0", (0, 1), "set", (3.0,)),)),
        "b": _spec(capture_sites=("encoder.layers.1",), overrides=(OverrideSpec("encoder.layers.0", (0, 1), "set", (-3.0,)),)),
        "c": _spec(capture_sites=("encoder.layers.1",)),
    }
    expected = {k: rt.translate(s) for k, s in specs.items()}
    results: dict[str, list] = {k: [] for k in specs}
    errors: list[BaseException] = []

    def worker(key: str) -> None:
        try:
            for _ in range(4):
                results[key].append(rt.translate(specs[key]))
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in specs for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for key, runs in results.items():
        assert len(runs) == 8
        for run in runs:
            for got, exp in zip(run, expected[key]):
                assert got.translation == exp.translation
                np.testing.assert_array_equal(got.activations["encoder.layers.1"], exp.activations["encoder.layers.1"])
    assert hook_count(rt.model) == 0


def test_concurrent_checks_and_translations_do_not_corrupt_tokenization(rt):
    """Regression: an unpadded length check racing a padded batch used to return ragged batches."""
    import time

    spec_long = _spec(capture_sites=("encoder.layers.0",))
    spec_mixed = TranslateSpec(sentences=(SentenceInput(text="a"), SentenceInput(text="a b c d e f g h")),
                               max_new_tokens=2)
    errors: list[BaseException] = []
    stop = time.monotonic() + 3

    def checker():
        try:
            while time.monotonic() < stop:
                rt.check(spec_long)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    def translator():
        try:
            while time.monotonic() < stop:
                rt.translate(spec_mixed)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=checker), threading.Thread(target=translator)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]


@pytest.mark.parametrize("beams", [1, 3])
def test_mixed_overrides_in_one_pass_equal_separate_passes(rt, beams):
    """Rows of one forward pass with different overrides (source words, decoder steps, none) each get
    exactly what a pass of their own gives."""
    groups = [
        (OverrideSpec("encoder.layers.0", (1, 2, 3), "set", values=(40.0,)),),
        (),
        (OverrideSpec("decoder.layers.1", (0, 4), "scale", values=(-30.0,), positions="words", words=(1, 2)),),
        (OverrideSpec("encoder.layers.1", (5,), "add", values=(25.0,), positions="words", words=(0,)),),
    ]
    texts = ("The children played in the garden", "She doesn't like the cold.", "A dog barked .", "Hello there")
    sites = ("encoder.layers.1", "decoder.layers.1")
    alone = [rt.translate(TranslateSpec(sentences=(SentenceInput(text=t),), max_new_tokens=6, num_beams=beams,
                                        capture_sites=sites, aggregation="none", overrides=g))[0]
             for t, g in zip(texts, groups)]
    merged = rt.translate(
        TranslateSpec(sentences=tuple(SentenceInput(text=t) for t in texts), max_new_tokens=6, num_beams=beams,
                      capture_sites=sites, aggregation="none"),
        row_overrides=list(groups))
    for a, m in zip(alone, merged):
        assert m.translation == a.translation
        for site in sites:
            np.testing.assert_allclose(m.activations[site], a.activations[site], atol=1e-4)
    # the overrides did something: the first sentence differs from its plain translation
    plain = rt.translate(TranslateSpec(sentences=(SentenceInput(text=texts[0]),), max_new_tokens=6,
                                       num_beams=beams, capture_sites=sites, aggregation="none"))[0]
    assert not np.allclose(plain.activations["encoder.layers.1"], alone[0].activations["encoder.layers.1"])
    assert hook_count(rt.model) == 0
