"""Cache hits sent as stored: a ``SentenceResult`` kept in its wire bytes, never parsed and re-encoded.

A cached entry is a serialized ``SentenceResult``. Protobuf lets fields follow in any order and the
last value of a scalar field wins, so appending ``index`` and ``cache_hit`` to the stored bytes gives
the result for this request; a ``TranslateResponse`` is its header's bytes followed by each result as
a length-delimited ``results`` field. The handlers return those bytes, and the response serializer
(``decoding.DecodeInterceptor``) passes bytes through untouched.
"""

from __future__ import annotations

from collections.abc import Sequence

from neuronscope.v1 import neuronscope_pb2 as pb


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _tag(message, name: str, wire_type: int) -> bytes:
    return _varint(message.DESCRIPTOR.fields_by_name[name].number << 3 | wire_type)


_INDEX = _tag(pb.SentenceResult, "index", 0)
_CACHE_HIT = _tag(pb.SentenceResult, "cache_hit", 0) + b"\x01"
_RESULTS = _tag(pb.TranslateResponse, "results", 2)


class EncodedResult:
    """A ``SentenceResult`` already serialized (a cache hit's stored bytes, or a fresh result serialized once
    for the cache and the response) answering sentence ``index`` of a request."""

    __slots__ = ("index", "stored", "suffix", "cache_hit")

    def __init__(self, index: int, stored: bytes, cache_hit: bool = True) -> None:
        self.index = index
        self.cache_hit = cache_hit
        self.stored = stored  # kept apart from its suffix: the response joins them once, with no copy before
        self.suffix = _INDEX + _varint(index) + (_CACHE_HIT if cache_hit else b"")

    @property
    def data(self) -> bytes:
        """The whole serialized ``SentenceResult`` (a copy: the response itself never needs one)."""
        return self.stored + self.suffix

    def ByteSize(self) -> int:  # noqa: N802 - the protobuf message API the handlers size chunks with
        return len(self.stored) + len(self.suffix)


def response_bytes(header: pb.TranslateResponse, results: Sequence[pb.SentenceResult | EncodedResult]) -> bytes:
    """``header`` with ``results`` appended as its ``results`` field, in the order given (one copy of each)."""
    parts = [header.SerializeToString()]
    for r in results:
        if isinstance(r, EncodedResult):
            parts += [_RESULTS, _varint(r.ByteSize()), r.stored, r.suffix]
        else:
            data = r.SerializeToString()
            parts += [_RESULTS, _varint(len(data)), data]
    return b"".join(parts)
