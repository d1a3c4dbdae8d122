"""Canonical activation site names and where they live in each transformers architecture.

Names are stable across architectures:

* seq2seq (Marian, mBART, M2M100/NLLB, T5/MT5): ``encoder.embeddings``, ``encoder.layers.{i}``,
  ``encoder.layers.{i}.ffn``, ``encoder.final`` (after a final layer norm, where the model has one),
  and the same under ``decoder.``;
* encoder-only (BERT-style) and causal LMs (GPT-2-style): ``embeddings``, ``layers.{i}``,
  ``layers.{i}.ffn``, ``final``.

``embeddings`` is the input of the first layer (token + position embeddings, as in
``output_hidden_states[0]``); ``layers.{i}`` is the output of block ``i`` (``hidden_states[i+1]``);
``layers.{i}.ffn`` is the FFN activation (the input of the FFN's output projection, width = FFN size);
``final`` is the output of the stack's final layer norm (``last_hidden_state`` for GPT-2 and T5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from neuronscope_server.admission import shown
from neuronscope_server.errors import InvalidArgument

if TYPE_CHECKING:  # only annotations: the cache and datasets import SiteSpec without torch
    import torch


@dataclass(frozen=True)
class SiteSpec:
    """Where one site is read or written.

    ``hook`` is ``"pre"`` (the site is the first positional input of ``module``) or ``"out"`` (the
    site is the module's output, or its first element when the output is a tuple).
    """

    name: str
    side: str  # "source" | "target"
    width: int
    module: str
    hook: str


@dataclass(frozen=True)
class _Stack:
    prefix: str  # "encoder." / "decoder." / ""
    side: str
    layers: str  # module path of the ModuleList of blocks
    ffn_out: str  # path of the FFN output projection inside one block
    final_norm: str | None
    attn: str | None = None  # path of the self-attention module inside one block (its output: ``.attn``)


# module paths relative to the *whole* model object as loaded by the runtime
_ARCH = {
    "marian": (
        _Stack("encoder.", "source", "model.encoder.layers", "fc2", None, "self_attn"),
        _Stack("decoder.", "target", "model.decoder.layers", "fc2", None, "self_attn"),
    ),
    "mbart": (
        _Stack("encoder.", "source", "model.encoder.layers", "fc2", "model.encoder.layer_norm", "self_attn"),
        _Stack("decoder.", "target", "model.decoder.layers", "fc2", "model.decoder.layer_norm", "self_attn"),
    ),
    "m2m_100": (
        _Stack("encoder.", "source", "model.encoder.layers", "fc2", "model.encoder.layer_norm", "self_attn"),
        _Stack("decoder.", "target", "model.decoder.layers", "fc2", "model.decoder.layer_norm", "self_attn"),
    ),
    "t5": (
        _Stack("encoder.", "source", "encoder.block", "layer.1.DenseReluDense.wo", "encoder.final_layer_norm",
               "layer.0.SelfAttention"),
        _Stack("decoder.", "target", "decoder.block", "layer.2.DenseReluDense.wo", "decoder.final_layer_norm",
               "layer.0.SelfAttention"),
    ),
    "gpt2": (_Stack("", "source", "transformer.h", "mlp.c_proj", "transformer.ln_f", "attn"),),
    "bert": (_Stack("", "source", "encoder.layer", "output.dense", None, "attention.self"),),
    # LLaMA-style causal LMs (Qwen2, Mistral share the layout)
    "llama": (_Stack("", "source", "model.layers", "mlp.down_proj", "model.norm", "self_attn"),),
}
# the model's output logits (before any final bias), where it has an LM head: side, module path
_LOGITS = {"marian": ("decoder.", "target"), "mbart": ("decoder.", "target"), "m2m_100": ("decoder.", "target"),
           "t5": ("decoder.", "target"), "gpt2": ("", "source"), "llama": ("", "source")}
_ARCH["mt5"] = _ARCH["t5"]
_ARCH["nllb-moe"] = _ARCH["m2m_100"]
_ARCH["roberta"] = _ARCH["bert"]
for _name in ("qwen2", "qwen3", "mistral"):
    _ARCH[_name] = _ARCH["llama"]
    _LOGITS[_name] = _LOGITS["llama"]
_LOGITS["mt5"] = _LOGITS["t5"]
_LOGITS["nllb-moe"] = _LOGITS["m2m_100"]
_ARCH["xlm-roberta"] = _ARCH["bert"]


def supported_model_types() -> tuple[str, ...]:
    return tuple(sorted(_ARCH))


def _get(model: torch.nn.Module, path: str) -> torch.nn.Module:
    return model.get_submodule(path)


def _ffn_width(module: torch.nn.Module) -> int:
    # nn.Linear has in_features; GPT-2's Conv1D stores weight as (in, out)
    if hasattr(module, "in_features"):
        return int(module.in_features)
    return int(module.weight.shape[0])


def discover_sites(model: torch.nn.Module, model_type: str) -> dict[str, SiteSpec]:
    """All canonical sites of ``model`` in forward order, by name."""
    if model_type not in _ARCH:
        raise InvalidArgument(
            f"model_type {model_type!r} is not supported; supported: {', '.join(supported_model_types())}"
        )
    sites: dict[str, SiteSpec] = {}
    hidden = int(getattr(model.config, "d_model", None) or model.config.hidden_size)
    for stack in _ARCH[model_type]:
        blocks = _get(model, stack.layers)
        sites[stack.prefix + "embeddings"] = SiteSpec(
            stack.prefix + "embeddings", stack.side, hidden, f"{stack.layers}.0", "pre"
        )
        for i, _ in enumerate(blocks):
            sites[f"{stack.prefix}layers.{i}"] = SiteSpec(
                f"{stack.prefix}layers.{i}", stack.side, hidden, f"{stack.layers}.{i}", "out"
            )
            ffn_path = f"{stack.layers}.{i}.{stack.ffn_out}"
            sites[f"{stack.prefix}layers.{i}.ffn"] = SiteSpec(
                f"{stack.prefix}layers.{i}.ffn", stack.side, _ffn_width(_get(model, ffn_path)), ffn_path, "pre"
            )
            if stack.attn is not None:  # the self-attention's output, before the residual
                sites[f"{stack.prefix}layers.{i}.attn"] = SiteSpec(
                    f"{stack.prefix}layers.{i}.attn", stack.side, hidden, f"{stack.layers}.{i}.{stack.attn}", "out"
                )
        if stack.final_norm is not None:
            sites[stack.prefix + "final"] = SiteSpec(stack.prefix + "final", stack.side, hidden, stack.final_norm, "out")
    if model_type in _LOGITS and hasattr(model, "lm_head"):
        prefix, side = _LOGITS[model_type]
        head = model.get_output_embeddings()
        width = int(getattr(head, "out_features", 0) or head.weight.shape[0])
        sites[prefix + "logits"] = SiteSpec(prefix + "logits", side, width, "lm_head", "out")
    return sites


def resolve(sites: dict[str, SiteSpec], name: str, field: str = "site") -> SiteSpec:
    """The spec of ``name``, or InvalidArgument that lists what exists (e.g. 'layers 0-5')."""
    if name in sites:
        return sites[name]
    prefixes = sorted({s.name.split("layers.")[0] for s in sites.values() if "layers." in s.name})
    ranges = []
    for prefix in prefixes:
        n = sum(1 for s in sites if s.startswith(prefix + "layers.") and s.count(".") == prefix.count(".") + 1)
        ranges.append(f"{prefix}layers.0-{n - 1}")
    raise InvalidArgument(
        f"{field} {shown(name)} not found; this model has {', '.join(ranges)} (each also with .ffn and .attn), "
        f"and {', '.join(s for s in sites if 'layers.' not in s)}"
    )
