"""A real gRPC server on a loopback socket (port 0) serving tiny random-weight models."""

from __future__ import annotations

import pytest

from neuronscope import Client
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig


@pytest.fixture(scope="module")
def server(tiny_models):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])), ("gpt2", str(tiny_models["gpt2"])),
                                       ("bert", str(tiny_models["bert"]))),
                       max_batch_sentences=32, max_sentence_tokens=40, stream_chunk_bytes=64 * 1024,
                       forward_batch_size=8, grace_seconds=1.0)
    running = create_server(cfg)
    yield running
    running.stop(0)


@pytest.fixture()
def client(server):
    with Client(server.address, timeout=60) as c:
        yield c
