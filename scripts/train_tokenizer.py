"""Train the shared EN+ES Unigram tokenizer used by every model under models/.

A ``tokenizers`` Unigram model with SentencePiece-style Metaspace pre-tokenisation, saved as a
``PreTrainedTokenizerFast`` (``tokenizer.json``) so that ``AutoTokenizer.from_pretrained`` loads it
offline and returns character offsets (used to map subwords to words).

Special ids (Marian convention for this project): <pad>=0, </s>=1, <unk>=2.

Usage: python scripts/train_tokenizer.py --corpus data/corpus --out build/tokenizer
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

SPECIALS = ["<pad>", "</s>", "<unk>"]


def train(files: list[Path], vocab_size: int) -> PreTrainedTokenizerFast:
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.UnigramTrainer(
        vocab_size=vocab_size, special_tokens=SPECIALS, unk_token="<unk>", shrinking_factor=0.75
    )
    tok.train([str(f) for f in files], trainer)
    eos = tok.token_to_id("</s>")
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", eos)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<pad>", eos_token="</s>", unk_token="<unk>", model_max_length=128
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    p.add_argument("--out", type=Path, default=Path("build/tokenizer"))
    p.add_argument("--vocab-size", type=int, default=8000)
    args = p.parse_args(argv)
    tok = train([args.corpus / "train.en", args.corpus / "train.es"], args.vocab_size)
    if [tok.convert_tokens_to_ids(s) for s in SPECIALS] != [0, 1, 2]:
        raise RuntimeError("special token ids moved")
    tok.save_pretrained(args.out)
    print(tok.tokenize("She doesn't like the cold."))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
