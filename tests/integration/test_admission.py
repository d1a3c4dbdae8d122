"""Admission before work: oversized requests are refused on raw sizes, fast, holding nothing."""

from __future__ import annotations

import json
import threading
import time

import grpc
import pytest

from neuronscope import Client, errors
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc
from neuronscope_server.app import create_server
from neuronscope_server.auth import hash_key
from neuronscope_server.config import ServerConfig

KEYS = {"reader-a": ("a", "reader"), "reader-b": ("b", "reader"), "analyst-a": ("a", "analyst")}


def _rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@pytest.fixture(scope="module")
def server(tiny_models, tmp_path_factory):
    keys = tmp_path_factory.mktemp("admission") / "keys.json"
    keys.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": r}
                                         for k, (t, r) in KEYS.items()]}))
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         keys_file=str(keys)))
    yield running
    running.stop(0)


def test_megabyte_sentences_are_refused_fast_and_hold_nothing(server):
    """20 sentences of 1 MB from a reader key, while another tenant translates."""
    latencies: list[float] = []
    stop = threading.Event()

    def victim() -> None:
        with Client(server.address, api_key="reader-b", timeout=10) as c:
            while not stop.is_set():
                start = time.perf_counter()
                c.translate(["the cat sat on the mat ."])
                latencies.append(time.perf_counter() - start)
                time.sleep(0.05)

    t = threading.Thread(target=victim, daemon=True)
    t.start()
    time.sleep(0.5)
    rss0 = _rss_mb()
    req = pb.TranslateRequest(sentences=[pb.SourceSentence(text="word " * 209_715 + "w") for _ in range(20)])
    with grpc.insecure_channel(server.address, options=[("grpc.max_send_message_length", 64 << 20)]) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        for _ in range(3):
            start = time.perf_counter()
            with pytest.raises(grpc.RpcError) as e:
                stub.Translate(req, metadata=(("authorization", "Bearer reader-a"),), timeout=30)
            took = time.perf_counter() - start
            assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert "sentences[0] has 1048576 characters; allowed 1-4096" in e.value.details()
            assert took < 3.0, took
    del req
    grown = _rss_mb() - rss0
    time.sleep(1.0)
    stop.set()
    t.join()
    assert grown < 200, f"RSS grew {grown:.0f} MB"
    assert latencies and sorted(latencies)[int(0.99 * (len(latencies) - 1))] < 3.0
    assert server.metrics.registry.get_sample_value("neuronscope_admission_refused_total",
                                                    {"limit": "sentences"}) >= 3


@pytest.mark.parametrize("call, needle", [
    (lambda c: c.translate(["hello"], capture=["x" * 1_000_000]), "is longer than 128 characters"),
    (lambda c: c.translate(["hello"], capture=["encoder.layers.99" + "x" * 500]), "is longer than 128"),
    (lambda c: c.translate(["hello"], references=["hola " * 2000]), "reference has 10000 characters"),
    (lambda c: c.create_dataset([["w" * 5000]], {"t": [["X"]]}, sites=["encoder.layers.0"]),
     "has 5001 characters; allowed 1-4096"),
])
def test_oversized_fields_name_the_limit_and_are_not_echoed_whole(server, call, needle):
    with Client(server.address, api_key="analyst-a", timeout=30) as c:
        with pytest.raises(errors.InvalidArgument) as e:
            call(c)
        assert needle in str(e.value)
        assert len(str(e.value)) < 1200
        assert c.translate(["still serving ."]).translations


def test_unknown_long_site_name_is_cut_in_the_message(server):
    with Client(server.address, api_key="analyst-a", timeout=30) as c:
        with pytest.raises(errors.InvalidArgument) as e:
            c.translate(["hello"], capture=["decoder.layers.9" + "y" * 100])
        assert "(116 characters)" in str(e.value) and "y" * 60 not in str(e.value)
