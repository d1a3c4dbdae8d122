"""The service through a real socket: discovery, translate with capture, streaming, errors, health, metrics."""

from __future__ import annotations

import threading
import time
import urllib.request

import grpc
import numpy as np
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuronscope import Client, Override, errors
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig
from neuronscope_server.runtime import ModelRuntime, SentenceInput, TranslateSpec

SENTS = ["She doesn't like the cold.", "I saw three dogs yesterday", "The water was warm and the sky blue."]


def test_discovery(client):
    info = client.server_info()
    assert info.models == ("marian", "gpt2", "bert") and info.default_model == "marian"
    assert info.max_batch_sentences == 32 and info.cache == "memory" and not info.auth_enabled
    assert client.list_models() == ["marian", "gpt2", "bert"]
    mi = client.model_info("marian")
    assert mi.kind == "seq2seq" and mi.architecture == "MarianMTModel" and len(mi.revision) == 12
    assert mi.site("encoder.layers.1").width == 32 and mi.site("decoder.layers.0.ffn").width == 48
    assert mi.site("decoder.layers.1").side == "target"
    assert client.model_info("gpt2").site("final").side == "source"


def test_translate_capture_over_socket_equals_in_process(client, server, tiny_models):
    sites = ["encoder.layers.1", "decoder.layers.0", "encoder.embeddings"]
    remote = client.translate(SENTS, capture=sites, max_new_tokens=6)
    rt = server.registry.get("marian")
    local = rt.translate(TranslateSpec(sentences=tuple(SentenceInput(text=s) for s in SENTS), capture_sites=tuple(sites),
                                       max_new_tokens=6))
    assert remote.model == "marian" and remote.revision == rt.revision
    for r, loc in zip(remote.sentences, local):
        assert r.translation == loc.translation and list(r.source_words) == loc.source_words
        assert list(r.target_words) == loc.target_words
        for s in sites:
            assert r.activations[s].dtype == np.float32
            np.testing.assert_array_equal(r.activations[s], loc.activations[s])
        assert r.activations["encoder.layers.1"].shape == (len(r.source_words), 32)
        assert r.activations["decoder.layers.0"].shape == (len(r.target_words), 32)


def test_float16_and_teacher_forced_references(client):
    r = client.translate(["I saw it ."], capture=["decoder.layers.1"], dtype="float16",
                         references=["Lo vi ayer ."], max_new_tokens=4)
    s = r.sentences[0]
    assert s.target_words == ("Lo", "vi", "ayer", ".")
    assert s.activations["decoder.layers.1"].dtype == np.float16
    assert s.activations["decoder.layers.1"].shape == (4, 32)


def test_large_batch_is_split_and_streamed_in_order(client):
    sents = [f"sentence number {i} has {'many ' * (i % 7)}words" for i in range(70)]  # > max_batch_sentences
    r = client.translate(sents, capture=["encoder.layers.0"], max_new_tokens=3)
    assert len(r.sentences) == 70
    for text, s in zip(sents, r.sentences):
        assert list(s.source_words) == text.split()
        assert s.activations["encoder.layers.0"].shape[0] == len(text.split())


def test_stream_yields_chunks_bounded_by_chunk_size(server):
    with grpc.insecure_channel(server.address) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        req = pb.TranslateRequest(sentences=[pb.SourceSentence(text=" ".join(["word"] * 30))] * 32,
                                  capture=pb.Capture(sites=["encoder.layers.0", "encoder.layers.1",
                                                            "encoder.layers.0.ffn"], aggregation=pb.AGGREGATION_NONE),
                                  decoding=pb.Decoding(max_new_tokens=2))
        msgs = list(stub.TranslateStream(req, timeout=60))
    assert len(msgs) > 1
    assert sorted(r.index for m in msgs for r in m.results) == list(range(32))
    assert all(m.ByteSize() <= server.config.stream_chunk_bytes + 20_000 for m in msgs)


def test_causal_and_encoder_models(client):
    g = client.translate(["the cat sat"], model="gpt2", capture=["layers.0", "final"], max_new_tokens=3)
    assert g.sentences[0].activations["final"].shape == (3, 32)
    b = client.translate(["the cat sat"], model="bert", capture=["layers.1"], skip_generation=True)
    assert b.sentences[0].translation == "" and b.sentences[0].activations["layers.1"].shape == (3, 32)


@pytest.mark.parametrize(
    "kwargs, exc, needle",
    [
        (dict(sentences=[]), errors.InvalidArgument, "sentences is empty"),
        (dict(sentences=["x"], model="nope"), errors.NotFound, "served models: bert, gpt2, marian"),
        (dict(sentences=["x"], capture=["encoder.layers.7"]), errors.InvalidArgument, "encoder.layers.0-1"),
        (dict(sentences=[" ".join(["w"] * 60)]), errors.InvalidArgument, "allowed 1-40"),
        (dict(sentences=["x"], num_beams=50), errors.InvalidArgument, "num_beams"),
        (dict(sentences=["x"], dtype="float64", capture=["encoder.layers.0"]), errors.InvalidArgument, "capture.dtype"),
        (dict(sentences=["x"], overrides=[Override("encoder.layers.0", [32], "set", [1.0])]),
         errors.InvalidArgument, "allowed 0-31"),
        (dict(sentences=["x"], overrides=[Override("encoder.layers.0", [1], "set", [float("nan")])]),
         errors.InvalidArgument, "finite"),
        (dict(sentences=["x"], overrides=[Override("encoder.layers.0", [1], "set")]), errors.InvalidArgument,
         "values is required"),
        (dict(sentences=["x"], references=["y"], model="bert"), errors.InvalidArgument, "references need seq2seq"),
    ],
)
def test_bad_input_gets_clear_status_and_server_keeps_serving(client, kwargs, exc, needle):
    with pytest.raises(exc) as info:
        client.translate(**kwargs)
    assert needle in info.value.details
    assert client.translate(["still serving"], max_new_tokens=2).sentences[0].translation is not None


def test_raw_bad_enum_and_oversize_batch(server):
    with grpc.insecure_channel(server.address) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        with pytest.raises(grpc.RpcError) as e:
            stub.Translate(pb.TranslateRequest(sentences=[pb.SourceSentence(text="x")],
                                               capture=pb.Capture(sites=["encoder.layers.0"], aggregation=42)))
        assert e.value.code() is grpc.StatusCode.INVALID_ARGUMENT and "capture.aggregation" in e.value.details()
        with pytest.raises(grpc.RpcError) as e:
            stub.Translate(pb.TranslateRequest(sentences=[pb.SourceSentence(text="x")] * 33))
        assert e.value.code() is grpc.StatusCode.INVALID_ARGUMENT and "allowed 1-32" in e.value.details()


def test_unexpected_exception_arrives_as_internal(server, client, monkeypatch):
    rt = server.registry.get("marian")

    def boom(*a, **k):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(rt, "translate_iter", boom)
    with pytest.raises(errors.Internal) as info:
        client.translate(["x"], timeout=10)
    assert info.value.code is grpc.StatusCode.INTERNAL
    assert "secret" not in info.value.details and "incident" in info.value.details


def test_metrics_count_rpcs_by_code(tiny_models):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), metrics_port=port)
    running = create_server(cfg)
    try:
        with Client(running.address) as c:
            c.translate(["hello there"], max_new_tokens=2)
            with pytest.raises(errors.NotFound):
                c.model_info("nope")
        text = urllib.request.urlopen(f"http://127.0.0.1:{running.metrics_port}/metrics", timeout=5).read().decode()
        assert 'neuronscope_rpc_requests_total{code="OK",method="Translate"} 1.0' in text
        assert 'neuronscope_rpc_requests_total{code="NOT_FOUND",method="ModelInfo"} 1.0' in text
        assert "neuronscope_rpc_latency_seconds_bucket" in text and 'neuronscope_words_total{model="marian"}' in text
    finally:
        running.stop(0)


def test_health_not_serving_until_loaded_then_drains(tiny_models):
    rt = ModelRuntime.load("marian", tiny_models["marian"], device="cpu")
    gate = threading.Event()
    warm = rt.warm_up

    def slow_warm_up():
        gate.wait(10)
        warm()

    rt.warm_up = slow_warm_up
    running = create_server(ServerConfig(port=0, models=(("marian", "unused"),)), runtimes=[rt],
                            block_until_ready=False)
    try:
        with grpc.insecure_channel(running.address) as ch:
            h = health_pb2_grpc.HealthStub(ch)
            assert h.Check(health_pb2.HealthCheckRequest(service="")).status == health_pb2.HealthCheckResponse.NOT_SERVING
            with Client(running.address, retries=1) as c, pytest.raises(errors.Unavailable):
                c.translate(["x"])
            gate.set()
            with Client(running.address) as c:
                c.wait_ready(timeout=20)
            assert h.Check(health_pb2.HealthCheckRequest(service="neuronscope.v1.NeuronScope")).status == \
                health_pb2.HealthCheckResponse.SERVING
            running.stop(1.0)
            with pytest.raises(grpc.RpcError):
                h.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
    finally:
        running.stop(0)


def test_reflection_lists_the_service(server):
    from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

    with grpc.insecure_channel(server.address) as ch:
        stub = reflection_pb2_grpc.ServerReflectionStub(ch)
        resp = next(stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")])))
    names = {s.name for s in resp.list_services_response.service}
    assert {"neuronscope.v1.NeuronScope", "grpc.health.v1.Health"} <= names


def test_deadline_stops_work_between_decoder_steps(client):
    sents = [f"a rather long sentence number {i} about the garden and the water" for i in range(32)]
    t0 = time.monotonic()
    with pytest.raises(errors.DeadlineExceeded):
        client.translate(sents, num_beams=4, max_new_tokens=200, timeout=0.3)
    assert time.monotonic() - t0 < 5
    # the abandoned work stops at the next decoder step: a small request is served promptly
    t1 = time.monotonic()
    assert client.translate(["quick one"], max_new_tokens=2, timeout=30).sentences
    assert time.monotonic() - t1 < 15


def test_graceful_drain_finishes_in_flight_work(tiny_models):
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), grace_seconds=20))
    result: dict = {}
    sents = [f"in flight sentence {i} with some words" for i in range(32)]

    def long_call():
        with Client(running.address, retries=1) as c:
            try:
                result["r"] = c.translate(sents, num_beams=4, max_new_tokens=40, capture=["encoder.layers.1"])
            except Exception as e:  # noqa: BLE001
                result["e"] = e

    t = threading.Thread(target=long_call)
    t.start()
    time.sleep(0.5)  # the request is running
    stopper = threading.Thread(target=running.stop)
    stopper.start()
    time.sleep(0.2)
    with Client(running.address, retries=1, timeout=5) as c, pytest.raises(errors.NeuronscopeError) as info:
        c.translate(["new work"])  # refused while draining
    assert info.value.code in (grpc.StatusCode.UNAVAILABLE,)
    t.join(60)
    stopper.join(60)
    assert "e" not in result, result.get("e")
    assert len(result["r"].sentences) == 32


def test_each_sentence_is_tokenized_once_per_request(server, client, monkeypatch):
    """Validate, tokenize and align once (prepare); the batched pass reuses it, for every kind of request."""
    rt = server.registry.get("marian")
    counted: list[int] = []
    inner = rt._tokenize_sources  # every source-side tokenization, through the Rust tokenizer or transformers'

    def counting(texts):
        counted.append(len(texts))
        return inner(texts)

    monkeypatch.setattr(rt, "_tokenize_sources", counting)
    texts = [f"sentence number {i} is not like the others ." for i in range(12)]
    r = client.translate(texts[:5], capture=["encoder.layers.1", "decoder.layers.0"])
    assert len(r.sentences) == 5 and sum(counted) == 5
    counted.clear()
    client.translate([t + " again" for t in texts[5:9]])
    assert sum(counted) == 4
    counted.clear()
    client.translate([t + " with override" for t in texts[9:12]],
                     overrides=[Override("encoder.layers.0", [1], "zero")], return_baseline=True)
    assert sum(counted) == 3


def test_min_new_tokens_fixes_the_output_length(client):
    r = client.translate(["the cat sat .", "a"], model="marian", min_new_tokens=7, max_new_tokens=7)
    assert [len(s.target_pieces) for s in r.sentences] == [7, 7]
    from neuronscope import errors

    with pytest.raises(errors.InvalidArgument, match="min_new_tokens 9 out of range; allowed 0-7"):
        client.translate(["the cat sat ."], model="marian", min_new_tokens=9, max_new_tokens=7)
