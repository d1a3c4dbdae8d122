"""Activation cache against real Redis servers: hit/miss accounting, partial hits, TTL, outages."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest

from neuronscope import Client
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig
from neuronscope_server.store import MemoryStore, RedisStore

SENTS = ["The children played in the garden", "She doesn't like the cold.", "I saw three dogs"]


def _metric(running, name: str, **labels) -> float:
    v = running.metrics.registry.get_sample_value(name, labels)
    return 0.0 if v is None else v


def test_hits_partial_hits_and_ttl_on_shared_redis(tiny_models):
    url = os.environ.get("NEURONSCOPE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    import redis

    r = redis.Redis.from_url(url)
    r.ping()  # must run, not skip: make test makes sure Redis is up
    # a fresh model revision-independent namespace: the tenant "default" plus unique sentences
    tag = f"{time.time_ns()}"
    sents = [f"{s} {tag}" for s in SENTS]
    before = set(r.scan_iter(match="ns:v1:act:default:*"))
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), redis_url=url,
                                         cache_ttl_seconds=120))
    try:
        with Client(running.address) as c:
            assert c.server_info().cache == "redis"
            first = c.translate(sents[:2], capture=["encoder.layers.1"], max_new_tokens=4)
            assert (first.cache_hits, first.cache_misses) == (0, 2)
            second = c.translate(sents, capture=["encoder.layers.1"], max_new_tokens=4)  # partial hit
            assert (second.cache_hits, second.cache_misses) == (2, 1)
            for a, b in zip(first.sentences, second.sentences[:2]):
                assert a.translation == b.translation
                np.testing.assert_array_equal(a.activations["encoder.layers.1"], b.activations["encoder.layers.1"])
            # a different capture spec is a different entry
            other = c.translate(sents[:1], capture=["encoder.layers.0"], max_new_tokens=4)
            assert other.cache_misses == 1
            # another wire dtype is an entry of its own, kept in that dtype: its hits go out as stored
            f16 = c.translate(sents[:1], capture=["encoder.layers.1"], max_new_tokens=4, dtype="float16")
            assert (f16.cache_hits, f16.cache_misses) == (0, 1)
            again = c.translate(sents[:1], capture=["encoder.layers.1"], max_new_tokens=4, dtype="float16")
            assert (again.cache_hits, again.cache_misses) == (1, 0)
            want = first.sentences[0].activations["encoder.layers.1"].astype(np.float16)
            for got in (f16, again):
                arr = got.sentences[0].activations["encoder.layers.1"]
                assert arr.dtype == np.float16
                np.testing.assert_array_equal(arr, want)
                assert got.sentences[0].translation == first.sentences[0].translation
        keys = set(r.scan_iter(match="ns:v1:act:default:*")) - before
        assert len(keys) == 5  # 3 sentences x encoder.layers.1, 1 x encoder.layers.0, 1 in float16 (not the warm-up)
        assert all(0 < r.ttl(k) <= 120 for k in keys)
        assert _metric(running, "neuronscope_cache_requests_total", result="hit") == 3
        assert _metric(running, "neuronscope_cache_requests_total", result="miss") == 5
    finally:
        running.stop(0)


@pytest.mark.parametrize("near", [0, 1 << 20], ids=["redis-only", "near-cache"])
def test_redis_outage_costs_speed_not_requests(tiny_models, own_redis, near):
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         redis_url=own_redis.url, cache_near_bytes=near))
    store = running_store(running)
    store.backoff = 0.2
    try:
        with Client(running.address, retries=1) as c:
            kw = dict(capture=["encoder.layers.1"], max_new_tokens=4)
            base = c.translate(SENTS, **kw)
            assert c.translate(SENTS, **kw).cache_hits == 3
            own_redis.kill()
            for i in range(3):  # every request still succeeds: as misses, or from the near copy
                down = c.translate(SENTS + [f"A new sentence number {i} ."], **kw)
                assert down.translations[:3] == base.translations
                assert (down.cache_hits, down.cache_misses) == ((3, 1) if near else (0, 4))
            assert _metric(running, "neuronscope_cache_requests_total", result="error") >= 1
            own_redis.start()  # a restarted Redis is empty; the server reconnects by itself
            time.sleep(0.3)
            deadline = time.time() + 10
            while c.translate(SENTS, **kw).cache_hits < 3:
                assert time.time() < deadline, "hits did not resume after Redis came back"
                time.sleep(0.2)
    finally:
        running.stop(0)


def test_near_cache_reads_through_redis_and_serves_repeats_from_memory(tiny_models, own_redis):
    """Two servers share Redis: the second finds the first's entries there, then in its own memory."""
    cfg = dict(port=0, models=(("marian", str(tiny_models["marian"])),), redis_url=own_redis.url)
    first, second = create_server(ServerConfig(**cfg)), create_server(ServerConfig(**cfg))
    try:
        kw = dict(capture=["encoder.layers.1"], max_new_tokens=4)
        with Client(first.address, retries=1) as a, Client(second.address, retries=1) as b:
            made = a.translate(SENTS, **kw)
            assert made.cache_misses == 3
            assert _metric(first, "neuronscope_cache_near_hits_total") == 0
            assert a.translate(SENTS, **kw).cache_hits == 3  # its own writes are near
            assert _metric(first, "neuronscope_cache_near_hits_total") == 3
            got = b.translate(SENTS, **kw)  # from Redis: the second server never computed them
            assert got.cache_hits == 3 and _metric(second, "neuronscope_cache_near_hits_total") == 0
            again = b.translate(SENTS, **kw)
            assert again.cache_hits == 3 and _metric(second, "neuronscope_cache_near_hits_total") == 3
            for x, y in zip(made.sentences, again.sentences):
                assert x.translation == y.translation
                np.testing.assert_array_equal(x.activations["encoder.layers.1"], y.activations["encoder.layers.1"])
    finally:
        first.stop(0)
        second.stop(0)


def running_store(running) -> RedisStore:
    store = running.cache.store
    assert isinstance(store, RedisStore)
    return store


def test_memory_store_is_bounded_lru_with_ttl():
    s = MemoryStore(max_bytes=100)
    s.set_many({"a": b"x" * 40, "b": b"y" * 40}, ttl_seconds=60)
    assert s.get_many(["a"]) == [b"x" * 40]  # a is now most recently used
    s.set_many({"c": b"z" * 40}, ttl_seconds=60)
    assert s.get_many(["a", "b", "c"]) == [b"x" * 40, None, b"z" * 40]
    assert s.nbytes <= 100
    s.set_many({"d": b"w"}, ttl_seconds=0)
    assert s.get_many(["d"]) == [None]
    assert s.get_many([]) == []


def test_memory_store_incr_and_add_are_atomic():
    import threading

    store = MemoryStore(1 << 20, evict=False)
    got: list[int] = []
    added: list[bool] = []

    def work() -> None:
        for _ in range(200):
            got.append(store.incr("seq"))
            added.append(store.add("once", b"x"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == list(range(1, 801)) and added.count(True) == 1


def test_hits_sent_as_stored_bytes_equal_what_was_computed(tiny_models):
    """Hits go out as their stored bytes with index and cache_hit appended: every field equals the
    computed result's, in request order, through Translate and TranslateStream; a bad sentence after
    hits is named by its place in the request."""
    import grpc
    import pytest

    from neuronscope import errors
    from neuronscope.v1 import neuronscope_pb2 as pb
    from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc

    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         max_sentence_tokens=40))
    tag = f"{time.time_ns()}"
    sents = [f"{s} {tag}" for s in SENTS]

    def request(texts, capture):
        return pb.TranslateRequest(sentences=[pb.SourceSentence(text=t) for t in texts],
                                   decoding=pb.Decoding(max_new_tokens=5),
                                   capture=pb.Capture(sites=capture, aggregation=pb.AGGREGATION_MEAN))

    try:
        with grpc.insecure_channel(running.address) as ch:
            stub = pb_grpc.NeuronScopeStub(ch)
            for capture in ([], ["encoder.layers.1", "decoder.layers.0"]):
                tail = stub.Translate(request(sents[1:], capture), timeout=60)  # computes and caches 1 and 2
                mixed = stub.Translate(request(sents, capture), timeout=60)  # 0 computed, 1 and 2 hits
                assert (mixed.cache_hits, mixed.cache_misses) == (2, 1)
                assert [(r.index, r.cache_hit) for r in mixed.results] == [(0, False), (1, True), (2, True)]
                warm = stub.Translate(request(sents, capture), timeout=60)
                streamed = [r for resp in stub.TranslateStream(request(sents, capture), timeout=60) for r in resp.results]
                assert (warm.cache_hits, warm.cache_misses) == (3, 0)
                computed = [mixed.results[0]] + [pb.SentenceResult() for _ in tail.results]
                for j, r in enumerate(tail.results):
                    computed[j + 1].CopyFrom(r)
                    computed[j + 1].index = j + 1
                for got in (list(mixed.results), list(warm.results), sorted(streamed, key=lambda r: r.index)):
                    assert [r.index for r in got] == [0, 1, 2]
                    for c, w in zip(computed, got):
                        w.cache_hit = False
                        assert w == c  # every field, activations bytes included
        with Client(running.address) as c:
            too_long = " ".join(["word"] * 60)
            with pytest.raises(errors.InvalidArgument, match=r"sentences\[3\] has \d+ tokens"):
                c.translate(sents + [too_long], max_new_tokens=5)
    finally:
        running.stop(0)
