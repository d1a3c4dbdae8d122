"""Admission before work: cheap checks on a request's raw sizes, before any tokenizing, lock or queue.

A request that fails here is refused whole, in microseconds, naming the limit; nothing about it is
tokenized or held. Limits that need the tokenizer (tokens per sentence) are checked later, in
``prepare``, on input these checks have already bounded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from neuronscope_server.errors import InvalidArgument


def shown(value: str, limit: int = 48) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for echoing client input in error messages."""
    if len(value) <= limit:
        return repr(value)
    return repr(value[:limit]) + f"… ({len(value)} characters)"


def sentence_chars(text: str, words: Sequence[str]) -> int:
    """Characters a sentence will be tokenized as (pre-split words are joined with at most one space)."""
    return len(text) if text else sum(len(w) for w in words) + len(words)


def check_sentences(
    sentences: Iterable[tuple[str, Sequence[str], str]], max_sentences: int, max_chars: int, field: str = "sentences"
) -> int:
    """Refuse a batch by its raw sizes; ``sentences`` yields (text, words, reference). Returns the count.

    Raises InvalidArgument naming the first sentence over ``max_chars`` (its text or its reference)
    or a batch over ``max_sentences`` — counted as it goes, so a huge batch is not walked whole.
    """
    n = 0
    for i, (text, words, reference) in enumerate(sentences):
        n += 1
        if n > max_sentences:
            raise InvalidArgument(f"{field} has more than {max_sentences} entries; allowed 1-{max_sentences} per "
                                  "request (the client splits and streams larger batches)")
        chars = sentence_chars(text, words)
        if chars > max_chars:
            raise InvalidArgument(f"{field}[{i}] has {chars} characters; allowed 1-{max_chars} per sentence "
                                  "(max_sentence_chars)")
        if len(reference) > max_chars:
            raise InvalidArgument(f"{field}[{i}].reference has {len(reference)} characters; allowed 0-{max_chars} "
                                  "per sentence (max_sentence_chars)")
    return n


def check_names(names: Sequence[str], max_count: int, field: str, max_len: int = 128) -> None:
    """Site names and the like: a bounded count of bounded strings."""
    if len(names) > max_count:
        raise InvalidArgument(f"{field} has {len(names)} entries; allowed 0-{max_count}")
    for j, name in enumerate(names):
        if len(name) > max_len:
            raise InvalidArgument(f"{field}[{j}] {shown(name)} is longer than {max_len} characters")
