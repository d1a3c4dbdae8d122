"""Activation-cache keys: one per sentence, stable, and separate per tenant, model, sentence and request shape."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from hypothesis import given
from hypothesis import strategies as st

from neuronscope_server.activation_cache import KEY_PREFIX, ActivationCache
from neuronscope_server.spec import OverrideSpec, SentenceInput, TranslateSpec, request_canonical

words = st.lists(st.text(min_size=1, max_size=6), max_size=5).map(tuple)
sentences = st.builds(SentenceInput, text=st.text(max_size=20), words=words,
                      space_after=st.lists(st.booleans(), max_size=5).map(tuple), reference=st.text(max_size=10),
                      reference_words=words)


@given(st.lists(sentences, min_size=1, max_size=4))
def test_keys_hash_the_request_shape_and_each_sentences_fields(batch):
    spec = TranslateSpec(sentences=tuple(batch), capture_sites=("encoder.layers.0",))
    keys = ActivationCache.keys("t1", "m", "r1", spec)
    base = hashlib.sha256(request_canonical("m", "r1", spec).encode("utf-8"))
    for s, key in zip(batch, keys):
        h = base.copy()  # what the keys were before (asdict): entries cached then are still found
        h.update(json.dumps(asdict(s), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        assert key == f"{KEY_PREFIX}t1:{h.hexdigest()}"


@given(st.lists(st.text(max_size=40), min_size=1, max_size=4))
def test_text_only_sentences_keep_their_keys(texts):
    """The fast path for a sentence with only text (any characters: quotes, escapes, non-ASCII) gives the same
    key as the JSON of its fields."""
    batch = tuple(SentenceInput(text=t) for t in texts)
    spec = TranslateSpec(sentences=batch, capture_sites=("encoder.layers.0",))
    base = hashlib.sha256(request_canonical("m", "r1", spec).encode("utf-8"))
    for s, key in zip(batch, ActivationCache.keys("t1", "m", "r1", spec)):
        h = base.copy()
        h.update(json.dumps(asdict(s), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        assert key == f"{KEY_PREFIX}t1:{h.hexdigest()}"


def test_keys_differ_by_tenant_model_revision_sentence_and_overrides():
    s = (SentenceInput(text="a cat"), SentenceInput(text="a dog"))
    spec = TranslateSpec(sentences=s, capture_sites=("layers.0",))
    k = ActivationCache.keys("t1", "m", "r1", spec)
    assert k[0] != k[1]
    assert ActivationCache.keys("t2", "m", "r1", spec)[0] != k[0]
    assert ActivationCache.keys("t1", "m2", "r1", spec)[0] != k[0]
    assert ActivationCache.keys("t1", "m", "r2", spec)[0] != k[0]
    ov = TranslateSpec(sentences=s, capture_sites=("layers.0",), overrides=(OverrideSpec("layers.0", (1,), "zero"),))
    assert ActivationCache.keys("t1", "m", "r1", ov)[0] != k[0]
    assert ActivationCache.keys("t1", "m", "r1", spec) == k  # stable


def test_the_wire_dtype_is_part_of_a_key_and_float32_keys_are_unchanged():
    spec = TranslateSpec(sentences=(SentenceInput(text="a"), SentenceInput(text="b")), capture_sites=("encoder.layers.0",))
    plain = ActivationCache.keys("t1", "m", "r1", spec)
    assert ActivationCache.keys("t1", "m", "r1", spec, "float32") == plain
    half = ActivationCache.keys("t1", "m", "r1", spec, "float16")
    brain = ActivationCache.keys("t1", "m", "r1", spec, "bfloat16")
    assert len({*plain, *half, *brain}) == 6
    assert all(k.startswith(f"{KEY_PREFIX}t1:") for k in half + brain)
