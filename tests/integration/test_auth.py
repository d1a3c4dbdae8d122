"""API keys, roles and tenant isolation through a real socket."""

from __future__ import annotations

import json
import os
import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuronscope import Client, errors
from neuronscope_server.app import create_server
from neuronscope_server.auth import hash_key
from neuronscope_server.config import ServerConfig

KEYS = {"reader-a": ("a", "reader"), "analyst-a": ("a", "analyst"), "analyst-b": ("b", "analyst"),
        "admin-a": ("a", "admin")}


def _write_keys(path, keys):
    path.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": r}
                                         for k, (t, r) in keys.items()]}))


@pytest.fixture(scope="module")
def keys_path(tmp_path_factory):
    p = tmp_path_factory.mktemp("auth") / "keys.json"
    _write_keys(p, KEYS)
    return p


@pytest.fixture(scope="module")
def auth_server(tiny_models, keys_path):
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         keys_file=str(keys_path)))
    yield running
    running.stop(0)


def test_no_key_or_wrong_key_is_unauthenticated(auth_server):
    with Client(auth_server.address) as c, pytest.raises(errors.Unauthenticated, match="missing API key"):
        c.translate(["hello"])
    with Client(auth_server.address, api_key="nope") as c, pytest.raises(errors.Unauthenticated, match="unknown"):
        c.list_models()
    with grpc.insecure_channel(auth_server.address) as ch:  # health needs no key
        assert health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest()).status == \
            health_pb2.HealthCheckResponse.SERVING


def test_reader_cannot_use_analyst_calls(auth_server):
    with Client(auth_server.address, api_key="reader-a") as c:
        assert c.translate(["hello there"], max_new_tokens=2).sentences
        with pytest.raises(errors.PermissionDenied, match="needs role 'analyst'"):
            c.create_dataset([["a", "b"]], {"t": [["X", "Y"]]}, sites=["encoder.layers.0"])
        with pytest.raises(errors.PermissionDenied):
            c.list_datasets()


def test_tenants_cannot_see_each_others_datasets_or_cache(auth_server):
    sent = [f"tenant isolation {time.time_ns()}"]
    with Client(auth_server.address, api_key="analyst-a") as a, Client(auth_server.address, api_key="analyst-b") as b:
        info = a.create_dataset([["a", "b"]], {"t": [["X", "Y"]]}, sites=["encoder.layers.0"])
        assert info.handle in {d.handle for d in a.list_datasets()}
        assert info.handle not in {d.handle for d in b.list_datasets()}
        for call in (b.describe_dataset, b.delete_dataset, lambda h: list(b.read_dataset(h))):
            with pytest.raises(errors.NotFound):  # not PERMISSION_DENIED: existence is not leaked
                call(info.handle)
        assert a.describe_dataset(info.handle).words == 2
        kw = dict(capture=["encoder.layers.0"], max_new_tokens=2)
        assert a.translate(sent, **kw).cache_misses == 1
        assert b.translate(sent, **kw).cache_misses == 1  # B does not hit A's entry
        assert a.translate(sent, **kw).cache_hits == 1


def test_keys_file_reload_takes_effect(auth_server, keys_path):
    with Client(auth_server.address, api_key="late-key", retries=1) as c:
        with pytest.raises(errors.Unauthenticated):
            c.list_models()
        _write_keys(keys_path, {**KEYS, "late-key": ("c", "reader")})
        future = time.time() + 5
        os.utime(keys_path, (future, future))  # a new mtime even on coarse clocks
        deadline = time.time() + 5
        while True:
            try:
                assert c.list_models() == ["marian"]
                break
            except errors.Unauthenticated:
                assert time.time() < deadline, "new key not picked up"
                time.sleep(0.3)


def test_per_tenant_rate_limit_refuses_with_retry_hint(tiny_models, keys_path):
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         keys_file=str(keys_path), tenant_rate=0.5, tenant_burst=2))
    try:
        with Client(running.address, api_key="analyst-a", retries=1) as a, \
                Client(running.address, api_key="analyst-b") as b:
            a.list_models()
            a.list_models()
            with pytest.raises(errors.ResourceExhausted, match="over its request rate") as info:
                a.list_models()
            assert info.value.retry_after is not None and 0 < info.value.retry_after <= 2.0
            assert b.list_models() == ["marian"]  # another tenant is not affected
        text = running.metrics.registry.get_sample_value(
            "neuronscope_rpc_requests_total", {"method": "ListModels", "code": "RESOURCE_EXHAUSTED"})
        assert text == 1.0
    finally:
        running.stop(0)


def test_keys_file_shape_tenants_and_reload_policy(tmp_path, tiny_models):
    from neuronscope_server.auth import KeyRing

    bad = tmp_path / "bad.json"
    for text, needle in [("[]", "expected"), ('{"keys": [{"sha256": "' + "a" * 64 + '", "tenant": "acme:x"}]}',
                                             "tenant must be")]:
        bad.write_text(text)
        with pytest.raises(ValueError, match=needle):
            KeyRing(str(bad))
    path = tmp_path / "keys.json"
    _write_keys(path, {"k1": ("acme", "reader")})
    ring = KeyRing(str(path))
    assert ring.lookup("k1").tenant == "acme"
    path.write_text("[]")  # unparsable as a keys file: the last good keys stay
    os.utime(path, (time.time() + 5, time.time() + 5))
    ring._checked = 0.0
    assert ring.lookup("k1") is not None
    path.unlink()  # deleted: fail closed
    ring._checked = 0.0
    assert ring.lookup("k1") is None
    _write_keys(path, {"k2": ("acme", "reader")})  # back: reloaded
    ring._checked = 0.0
    assert ring.lookup("k2") is not None and ring.lookup("k1") is None
