"""Datasets that survive: per-tenant quotas, TTL bounds, one expiry for a manifest and its chunks,
no listed-but-unreadable dataset under memory pressure, DATA_LOSS for a lost chunk, AOF restarts.

Every case runs against real redis-server processes (and the in-process store where it applies).
"""

from __future__ import annotations

import hashlib
import json

import pytest
import redis

from neuronscope import Client, errors
from neuronscope_server.app import create_server
from neuronscope_server.auth import hash_key
from neuronscope_server.config import ServerConfig
from neuronscope_server.dataset_index import BYTES, INDEX

KEYS = {"key-a": ("acme", "analyst"), "key-b": ("bravo", "analyst")}
SITES = ["encoder.layers.0", "encoder.layers.1"]


def _keys_file(path):
    path.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": r}
                                         for k, (t, r) in KEYS.items()]}))
    return str(path)


def _words(tag: str, n: int) -> list[list[str]]:
    return [[f"{tag}{i}", "the", "cat", "sat", "."] for i in range(n)]


def _labels(words):
    return {"t": [["X"] * len(w) for w in words]}


def _digest(c: Client, handle: str) -> str:
    h = hashlib.sha256()
    for chunk in c.read_dataset(handle):
        for site in sorted(chunk.activations):
            h.update(chunk.activations[site].tobytes())
        h.update("\x00".join(chunk.words).encode())
    return h.hexdigest()


def _server(tiny_models, tmp_path, **kw):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), keys_file=_keys_file(tmp_path / "k.json"),
                       stream_chunk_bytes=64 * 1024, **kw)
    return create_server(cfg)


def test_default_quotas_refuse_before_a_gigabyte():
    c = ServerConfig()
    assert 0 < c.tenant_max_dataset_bytes < 10**9
    assert 0 < c.dataset_max_bytes <= c.tenant_max_dataset_bytes
    assert 0 < c.tenant_max_datasets


@pytest.mark.parametrize("store", ["memory", "redis"])
def test_a_tenant_filling_its_quota_is_refused_and_others_go_on(tiny_models, tmp_path, own_redis, store):
    quota = 400_000
    running = _server(tiny_models, tmp_path, redis_url=own_redis.url if store == "redis" else "",
                      tenant_max_dataset_bytes=quota, tenant_max_datasets=50)
    try:
        with Client(running.address, api_key="key-a", timeout=120) as a, \
                Client(running.address, api_key="key-b", timeout=120) as b:
            made = []
            with pytest.raises(errors.ResourceExhausted) as refused:
                for i in range(40):  # ~105 KB each: the quota ends it after 3
                    words = _words(f"a{i}x", 80)
                    made.append(a.create_dataset(words, _labels(words), sites=SITES))
            assert 2 <= len(made) < 40
            msg = str(refused.value)
            assert "quota" in msg and str(quota) in msg and "in use" in msg
            usage = a.usage()
            assert usage.tenant == "acme" and usage.datasets == len(made)
            assert usage.dataset_bytes == sum(d.bytes for d in made) <= quota
            assert usage.max_dataset_bytes == quota
            assert {d.handle for d in a.list_datasets()} == {d.handle for d in made}
            # the other tenant is unaffected and sees nothing of acme's
            words = _words("b", 200)
            mine = b.create_dataset(words, _labels(words), sites=SITES)
            assert [d.handle for d in b.list_datasets()] == [mine.handle]
            assert b.server_info().usage.datasets == 1
            # deleting gives the room back
            assert a.delete_dataset(made[0].handle)
            assert a.usage().datasets == len(made) - 1
            words = _words("again", 80)
            a.create_dataset(words, _labels(words), sites=SITES)
    finally:
        running.stop(0)


def test_dataset_count_and_per_dataset_bytes_are_capped(tiny_models, tmp_path):
    running = _server(tiny_models, tmp_path, tenant_max_datasets=2, dataset_max_bytes=150_000)
    try:
        with Client(running.address, api_key="key-a", timeout=120) as a:
            for i in range(2):
                words = _words(f"n{i}", 20)
                a.create_dataset(words, _labels(words), sites=SITES)
            words = _words("n3", 20)
            with pytest.raises(errors.ResourceExhausted, match="2 of 2 datasets"):
                a.create_dataset(words, _labels(words), sites=SITES)
            big = _words("big", 1000)  # 5,000 words x 64 neurons x 4 B = 1.28 MB
            with pytest.raises(errors.ResourceExhausted, match="allowed up to 150000 per dataset"):
                a.create_dataset(big, _labels(big), sites=SITES)
            assert a.usage().datasets == 2
    finally:
        running.stop(0)


@pytest.mark.parametrize("ttl, ok", [(2**62, False), (10**9, False), (5, False), (60, True), (0, True)])
def test_ttl_bounds(tiny_models, tmp_path, ttl, ok):
    running = _server(tiny_models, tmp_path)
    try:
        with Client(running.address, api_key="key-a", timeout=60) as a:
            words = _words(f"ttl{ttl}", 3)
            if ok:
                info = a.create_dataset(words, _labels(words), sites=SITES, ttl_seconds=ttl)
                assert info.ttl_seconds == (ttl or running.config.dataset_ttl_seconds)
            else:
                with pytest.raises(errors.InvalidArgument, match=r"ttl_seconds .* allowed 60-2592000"):
                    a.create_dataset(words, _labels(words), sites=SITES, ttl_seconds=ttl)
    finally:
        running.stop(0)


def test_manifest_and_chunks_share_one_expiry_and_a_lost_chunk_is_data_loss(tiny_models, tmp_path, own_redis):
    running = _server(tiny_models, tmp_path, redis_url=own_redis.url)
    r = redis.Redis.from_url(own_redis.url)
    try:
        with Client(running.address, api_key="key-a", timeout=120) as a:
            words = _words("exp", 600)
            info = a.create_dataset(words, _labels(words), sites=SITES, ttl_seconds=3600)
            assert info.chunks >= 3
            keys = [k.decode() for k in r.scan_iter(match=f"ns:v1:ds:acme:{info.handle}:*")]
            assert len(keys) == info.chunks + 1
            expiries = {r.expiretime(k) for k in keys}
            assert len(expiries) == 1 and expiries.pop() > 0  # one absolute expiry for all of them
            assert r.zscore(INDEX + "acme", info.handle) == r.expiretime(keys[0])
            # a chunk lost under its manifest: DATA_LOSS naming the handle, not a broken stream
            r.delete(f"ns:v1:ds:acme:{info.handle}:c:1")
            with pytest.raises(errors.DataLoss, match=f"{info.handle}.*chunk 1 of {info.chunks}"):
                a.load_dataset(info.handle)
            assert a.delete_dataset(info.handle)
            assert r.hget(BYTES + "acme", info.handle) is None and a.usage().datasets == 0
    finally:
        running.stop(0)


def test_under_maxmemory_every_listed_dataset_reads_back_identical(tiny_models, tmp_path, redis_factory):
    """The documented setting (noeviction for datasets): Redis fills, creation is refused with
    RESOURCE_EXHAUSTED, and every dataset ListDatasets reports is complete and byte-identical."""
    full = redis_factory("--maxmemory", "6mb", "--maxmemory-policy", "noeviction")
    running = _server(tiny_models, tmp_path, redis_url=full.url, tenant_max_dataset_bytes=0, tenant_max_datasets=0)
    try:
        with Client(running.address, api_key="key-a", timeout=120) as a:
            digests = {}
            with pytest.raises(errors.ResourceExhausted, match="full|out of memory"):
                for i in range(200):
                    words = _words(f"p{i}x", 150)
                    info = a.create_dataset(words, _labels(words), sites=SITES)
                    digests[info.handle] = _digest(a, info.handle)
            assert len(digests) >= 3
            listed = a.list_datasets()
            assert {d.handle for d in listed} == set(digests)
            for d in listed:
                assert _digest(a, d.handle) == digests[d.handle]
            # translations (whose cache writes are skipped when full) go on
            assert a.translate(["the cat sat ."], max_new_tokens=3).translations
    finally:
        running.stop(0)


def test_datasets_survive_kill_9_with_aof(tiny_models, tmp_path, redis_factory):
    """The deploy/ setting: Redis with appendonly on a volume. kill -9, restart: datasets, usage
    and profiles are back, byte-identical."""
    aof = redis_factory("--appendonly", "yes", "--appendfsync", "always", "--dir", str(tmp_path))
    running = _server(tiny_models, tmp_path, redis_url=aof.url)
    try:
        with Client(running.address, api_key="key-a", timeout=120) as a:
            words = _words("aof", 300)
            info = a.create_dataset(words, _labels(words), sites=SITES)
            before = _digest(a, info.handle)
            aof.kill()
            aof.start()  # same port, same --dir: replays the append-only file
            for _ in range(50):  # the server's connection pool reconnects on its own
                try:
                    listed = a.list_datasets()
                    break
                except errors.Unavailable:
                    import time

                    time.sleep(0.1)
            assert [d.handle for d in listed] == [info.handle]
            assert _digest(a, info.handle) == before
            assert a.usage().dataset_bytes == info.bytes
    finally:
        running.stop(0)


def test_datasets_go_to_the_data_redis_and_an_evicting_one_is_reported(tiny_models, tmp_path, redis_factory, caplog):
    cache = redis_factory("--maxmemory", "50mb", "--maxmemory-policy", "allkeys-lru")
    data = redis_factory("--maxmemory-policy", "noeviction")
    running = _server(tiny_models, tmp_path, redis_url=cache.url, data_redis_url=data.url)
    try:
        with Client(running.address, api_key="key-a", timeout=60) as a:
            words = _words("where", 10)
            info = a.create_dataset(words, _labels(words), sites=SITES)
            a.translate(["the cat sat ."], capture=["encoder.layers.0"], max_new_tokens=2)
        rc, rd = redis.Redis.from_url(cache.url), redis.Redis.from_url(data.url)
        assert rd.exists(f"ns:v1:ds:acme:{info.handle}:m") and not rc.exists(f"ns:v1:ds:acme:{info.handle}:m")
        assert rc.dbsize() > 0  # the capture was cached in the cache Redis
    finally:
        running.stop(0)
    with caplog.at_level("ERROR", logger="neuronscope_server.app"):
        evicting = _server(tiny_models, tmp_path, redis_url=cache.url)  # one Redis for all, and it evicts
        evicting.stop(0)
    assert any("maxmemory-policy allkeys-lru" in r.getMessage() for r in caplog.records)
