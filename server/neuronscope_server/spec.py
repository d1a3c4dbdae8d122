"""The request vocabulary shared by service, batcher, cache and datasets: plain data, no torch, no grpc.

The runtime turns these into tensors; the cache keys them; the batcher groups them. One list of
override ops and aggregations lives here (``hooks.Op`` has one member per name in ``OPS``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

import numpy as np

# names shared with the client and the wire codec (hooks.Op has one member per name in OPS)
from neuronscope.wire import AGGREGATIONS, OPS  # noqa: E402, F401


@dataclass(frozen=True)
class SentenceInput:
    """Raw ``text``, or pre-split ``words`` (+ ``space_after``); optional ``reference`` translation."""

    text: str = ""
    words: tuple[str, ...] = ()
    space_after: tuple[bool, ...] = ()
    reference: str = ""
    # the reference as pre-split words (target-side datasets): target rows are aggregated to these words
    reference_words: tuple[str, ...] = ()
    reference_space_after: tuple[bool, ...] = ()


@dataclass(frozen=True)
class ConditionSpec:
    """When an override applies (see the proto's Condition): a lexical trigger and/or a neuron test."""

    source_words: tuple[str, ...] = ()
    site: str = ""
    neuron: int = 0
    threshold: float = 0.0
    below: bool = False
    standardized: bool = False
    mean: float = 0.0
    std: float = 1.0
    any_position: bool = False
    after_target_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class SteerSpec:
    """Move neurons from one label's class mean toward another's (resolved by the service into set/add)."""

    dataset: str
    label_column: str
    from_label: str
    to_label: str
    beta: float = 1.0
    set: bool = False


@dataclass(frozen=True)
class OverrideSpec:
    """An override as a client states it (validated and resolved by the runtime).

    ``positions``: "all" or "words". For source sites ``words`` are source word indices; for target
    (decoder) sites they are decoder steps (step s reads the s-th token, 0 = the start token, and
    predicts token s+1).
    """

    site: str
    neurons: tuple[int, ...]
    op: str = "set"
    values: tuple[float, ...] = ()
    standardized: bool = False
    means: tuple[float, ...] = ()
    stds: tuple[float, ...] = ()
    low: float = 0.0
    high: float = 0.0
    positions: str = "all"
    words: tuple[int, ...] = ()
    # PROJECT: (k, k) float32 acting on the k listed neurons; ``means`` is the center (default 0)
    matrix: np.ndarray | None = field(default=None, compare=False)
    when: ConditionSpec | None = None
    step_from: int = 0  # decoder sites: steps [step_from, step_to); step_to 0: to the end
    step_to: int = 0
    steer: SteerSpec | None = None
    # one tuple of word indices (or decoder steps) per sentence of the request; resolved by the service
    per_sentence: tuple[tuple[int, ...], ...] | None = None


@dataclass(frozen=True)
class TranslateSpec:
    sentences: tuple[SentenceInput, ...]
    num_beams: int = 1
    max_new_tokens: int = 0
    min_new_tokens: int = 0
    capture_sites: tuple[str, ...] = ()
    aggregation: str = "mean"
    overrides: tuple[OverrideSpec, ...] = ()
    return_baseline: bool = False
    skip_generation: bool = False
    use_cache: bool = True  # generation with the KV cache (off only to check that overrides do not depend on it)


@dataclass
class SentenceOutput:
    translation: str
    source_words: list[str]
    target_words: list[str]
    source_pieces: list[str]
    source_piece_words: np.ndarray  # (pieces,) int32
    target_pieces: list[str]
    target_piece_words: np.ndarray  # (pieces,) int32
    activations: dict[str, np.ndarray] = field(default_factory=dict)  # site -> (words | pieces, neurons) float32
    baseline_translation: str = ""
    # what the overrides did and whether the output degenerated (the proto's Receipt, as plain data):
    # {"overrides": [{"override", "site", "cells_changed", "positions", "words", "mean_abs_change",
    #  "max_abs_change"}], "hit_max_tokens", "repetition", "degenerate"}
    receipt: dict | None = None


@dataclass(frozen=True)
class Limits:
    max_batch_sentences: int = 256
    max_sentence_tokens: int = 256
    max_overrides: int = 64
    max_new_tokens: int = 256
    max_beams: int = 8
    forward_batch_size: int = 64
    # the fixed cost of one forward pass in tokens, for cutting a pass into micro-batches of similar
    # lengths (micro_batches.py; generating passes count 12x); -1: by device (CPU 32, CUDA 2048)
    forward_overhead_tokens: int = -1
    # capture-only passes without overrides replay a TorchScript trace of the model (traced_capture.py)
    traced_captures: bool = True
    # CPU float32 nn.Linear weights re-stored input-major at load (weight_layout.py)
    input_major_weights: bool = True


def _override(o: OverrideSpec) -> dict:
    d = asdict(o)
    m = d.pop("matrix")
    if m is not None:  # a big matrix enters the key as its digest
        d["matrix"] = hashlib.sha256(np.ascontiguousarray(m, dtype="<f4").data).hexdigest()
    return d


def _shape(model: str, revision: str, spec: TranslateSpec) -> dict:
    """What a pass computes, apart from its sentences and overrides."""
    return {
        "model": model, "revision": revision,
        "sites": list(spec.capture_sites), "aggregation": spec.aggregation, "beams": spec.num_beams,
        "max_new_tokens": spec.max_new_tokens, "min_new_tokens": spec.min_new_tokens, "cache": spec.use_cache,
        "skip_generation": spec.skip_generation,
        "baseline": spec.return_baseline,
    }


def _dumps(d: dict) -> str:
    return json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def request_canonical(model: str, revision: str, spec: TranslateSpec) -> str:
    """Everything but the sentence that determines a result (computed once per request)."""
    return _dumps({**_shape(model, revision, spec), "overrides": [_override(o) for o in spec.overrides]})


def batch_signature(model: str, revision: str, spec: TranslateSpec) -> str:
    """What requests must share to run as rows of one forward pass: everything but sentences and overrides.

    Overrides are scoped to their own rows inside the pass, so they do not split batches (nor are they
    serialised here: a projection matrix would be hashed for nothing).
    """
    return _dumps({**_shape(model, revision, spec), "refs": bool(spec.sentences and spec.sentences[0].reference)})
