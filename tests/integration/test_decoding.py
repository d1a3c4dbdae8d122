"""Bytes that protobuf cannot parse (text that is not UTF-8) get INVALID_ARGUMENT naming the field."""

from __future__ import annotations

import grpc
import pytest

from neuronscope import Client
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.decoding import find_bad_utf8


def _with_bad_text(msg, good: str) -> bytes:
    """``msg`` serialised with the UTF-8 of ``good`` replaced by the invalid byte 0xff."""
    raw = msg.SerializeToString()
    assert raw.count(good.encode()) == 1
    return raw.replace(good.encode(), b"\xff" * len(good.encode()))


def _raw_call(address: str, method: str, payload: bytes, stream: bool = False):
    with grpc.insecure_channel(address) as ch:
        kind = ch.unary_stream if stream else ch.unary_unary
        call = kind(f"/neuronscope.v1.NeuronScope/{method}", request_serializer=lambda b: b,
                    response_deserializer=lambda b: b)
        with pytest.raises(grpc.RpcError) as info:
            out = call(payload, timeout=30)
            if stream:
                list(out)
        return info.value


@pytest.mark.parametrize("method, msg, good, path, stream", [
    ("Translate", pb.TranslateRequest(sentences=[pb.SourceSentence(text="fine"), pb.SourceSentence(text="QQQQ")]),
     "QQQQ", "sentences[1].text", False),
    ("CreateDataset", pb.CreateDatasetRequest(sentences=[
        pb.LabeledSentence(words=["a"]), pb.LabeledSentence(words=["b", "ZZZZ"])]), "ZZZZ", "sentences[1].words[1]",
     False),
    ("ReadDataset", pb.ReadDatasetRequest(handle="ds_QQQQ"), "ds_QQQQ", "handle", True),
])
def test_invalid_utf8_is_invalid_argument_naming_the_field(server, method, msg, good, path, stream):
    err = _raw_call(server.address, method, _with_bad_text(msg, good), stream)
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert err.details().startswith(path) and "UTF-8" in err.details()
    with Client(server.address) as c:  # and the server goes on
        assert c.translate(["the cat sat ."], model="marian", max_new_tokens=3).translations


def test_garbage_bytes_are_invalid_argument(server):
    err = _raw_call(server.address, "Translate", b"\x0a\xff\xff\xff\xff\xff\xff")
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT and "TranslateRequest" in err.details()


def test_walker_ignores_valid_messages():
    ok = pb.TranslateRequest(sentences=[pb.SourceSentence(text="ça va"), pb.SourceSentence(words=["日本"])],
                             model="marian").SerializeToString()
    assert find_bad_utf8(pb.TranslateRequest.DESCRIPTOR, ok) is None
