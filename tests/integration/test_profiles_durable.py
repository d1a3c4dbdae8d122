"""Profiles that survive: atomic versions across servers, served from memory through a Redis outage,
written back when Redis comes back empty, loud when a default profile is missing, no scans on lookup."""

from __future__ import annotations

import threading
import time

import grpc
import numpy as np
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuronscope import Client, Override
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig
from neuronscope_server.profiles import ProfileStore
from neuronscope_server.store import RedisStore, StoreUnavailable

SENT = ["The children played in the garden ."]


def _health(address: str, service: str) -> int:
    with grpc.insecure_channel(address) as ch:
        return health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status


def _metric(running, name: str, **labels) -> float:
    return running.metrics.registry.get_sample_value(name, labels) or 0.0


def test_two_servers_never_overwrite_each_others_versions(tiny_models, own_redis):
    servers = [create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                          redis_url=own_redis.url)) for _ in range(2)]
    acked: list[tuple[int, float]] = []
    lock = threading.Lock()
    try:
        def create(i: int) -> None:
            with Client(servers[i % 2].address, timeout=30) as c:
                value = float(i)
                p = c.create_profile("calm", [Override("encoder.layers.0", [i % 32], "set", [value])], model="marian")
                with lock:
                    acked.append((p.version, value))

        threads = [threading.Thread(target=create, args=(i,)) for i in range(60)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        versions = [v for v, _ in acked]
        assert len(acked) == 60 and len(set(versions)) == 60, sorted(versions)
        with Client(servers[1].address) as c:
            for version, value in acked:  # every acknowledged version reads back with its own content
                assert c.get_profile("calm", version).overrides[0].values == (value,)
            time.sleep(1.1)  # the latest version is re-checked once a second
            assert c.get_profile("calm").version == max(versions)
    finally:
        for s in servers:
            s.stop(0)


def test_default_profile_survives_redis_outage_and_an_empty_restart(tiny_models, own_redis):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), redis_url=own_redis.url,
                       default_profile="marian=default:mitigate")
    running = create_server(cfg)
    try:
        with Client(running.address, timeout=30) as c:
            c.create_profile("mitigate", [Override("encoder.layers.1", [0], "set", [7.0])], model="marian")
            first = c.translate(SENT, capture=["encoder.layers.1"], max_new_tokens=3)
            assert first.profile == "mitigate"
            own_redis.kill()
            failures, applied = 0, 0
            end = time.monotonic() + 10
            i = 0
            while time.monotonic() < end:
                try:
                    r = c.translate([f"{SENT[0]} {i}"], capture=["encoder.layers.1"], max_new_tokens=3)
                    applied += r.profile == "mitigate" and bool(np.all(r.sentences[0].activations["encoder.layers.1"][:, 0] == 7.0))
                except Exception:  # noqa: BLE001 - counted: the acceptance is zero
                    failures += 1
                i += 1
                time.sleep(0.1)
            assert failures == 0 and applied == i, (failures, applied, i)
            assert _metric(running, "neuronscope_profile_events_total", event="stale") >= 1
            own_redis.start()  # empty: no persistence
            time.sleep(1.5)  # past the refresh interval
            r = c.translate(SENT, capture=["encoder.layers.1"], max_new_tokens=3)
            assert r.profile == "mitigate" and r.profile_version == 1
        assert _metric(running, "neuronscope_profile_events_total", event="republished") == 1
        import redis

        assert redis.Redis.from_url(own_redis.url).exists("ns:v1:prof:default:mitigate:1")
        assert _health(running.health_address, "neuronscope.default_profile.marian") == \
            health_pb2.HealthCheckResponse.SERVING
    finally:
        running.stop(0)


def test_missing_default_profile_is_loud(tiny_models, caplog):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                       default_profile="marian=default:absent")
    running = create_server(cfg)
    try:
        assert _health(running.health_address, "neuronscope.default_profile.marian") == \
            health_pb2.HealthCheckResponse.NOT_SERVING
        assert _health(running.health_address, "") == health_pb2.HealthCheckResponse.SERVING
        assert _metric(running, "neuronscope_default_profile_missing", model="marian") == 1
        assert any(r.levelname == "ERROR" and "default profile" in r.getMessage() for r in caplog.records)
        with Client(running.address) as c:
            assert c.translate(SENT, max_new_tokens=3).profile == ""  # traffic flows without it
            c.create_profile("absent", [Override("encoder.layers.1", [0], "zero")], model="marian")
            time.sleep(1.1)
            assert c.translate(SENT, max_new_tokens=3).profile == "absent"
        assert _health(running.health_address, "neuronscope.default_profile.marian") == \
            health_pb2.HealthCheckResponse.SERVING
        assert _metric(running, "neuronscope_default_profile_missing", model="marian") == 0
    finally:
        running.stop(0)


def test_latest_lookup_never_scans_and_does_not_grow_with_the_keyspace(own_redis):
    import redis

    store = RedisStore(own_redis.url)
    profiles = ProfileStore(store, refresh_seconds=0)  # every lookup goes to Redis
    rec = pb.OverrideProfile(name="calm", model="m", overrides=[pb.Override(site="s", neurons=[1])])
    for _ in range(3):
        profiles.create("acme", rec, "test")

    def timed() -> float:
        start = time.perf_counter()
        for _ in range(200):
            assert profiles.get("acme", "calm").version == 3
        return (time.perf_counter() - start) / 200

    empty = timed()
    r = redis.Redis.from_url(own_redis.url)
    pipe = r.pipeline(transaction=False)
    for i in range(200_000):
        pipe.set(f"unrelated:{i}", b"x")
        if i % 10_000 == 9_999:
            pipe.execute()
    pipe.execute()

    def no_scan(prefix: str) -> list[str]:
        raise AssertionError(f"scanned {prefix!r}")

    store.scan = no_scan  # type: ignore[method-assign]
    full = timed()
    assert full < max(3 * empty, empty + 0.002), (empty, full)
    # deleted on another server: a deletion, not a loss, so it is not written back
    other = ProfileStore(RedisStore(own_redis.url), refresh_seconds=0)
    assert other.delete("acme", "calm") == 3
    with pytest.raises(Exception, match="not found"):
        profiles.get("acme", "calm")
    assert not r.exists("ns:v1:prof:acme:calm:3")


def test_store_failure_without_a_copy_is_unavailable():
    class Down:
        def get_many(self, keys, strict=False):
            raise StoreUnavailable("down")

    from neuronscope_server.errors import Unavailable

    with pytest.raises(Unavailable):
        ProfileStore(Down()).get("acme", "calm")  # type: ignore[arg-type]


@pytest.mark.parametrize("call, exc, needle", [
    (lambda c: c.translate(SENT, profile="calm@²"), "InvalidArgument", "positive integer"),
    (lambda c: c.translate(SENT, profile="calm@99999999999999"), "InvalidArgument", "positive integer"),
    (lambda c: c.create_dataset([["a", "b"]], {"t": [["X", "Y"]]}, sites=["encoder.layers.0"], ttl_seconds=2**62),
     "InvalidArgument", "ttl_seconds"),
    (lambda c: c.translate(SENT, overrides=[Override("encoder.layers.0", [0], "set", [1e30], standardized=True,
                                                     means=[0.0], stds=[1e30])]), "InvalidArgument", "overflows"),
])
def test_odd_inputs_get_typed_statuses(tiny_models, call, exc, needle):
    from neuronscope import errors

    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),)))
    try:
        with Client(running.address) as c:
            with pytest.raises(getattr(errors, exc), match=needle):
                call(c)
            assert c.translate(SENT, max_new_tokens=3).translations
    finally:
        running.stop(0)


def test_profile_export_import_between_servers_gives_the_same_translations(tiny_models, own_redis, tmp_path):
    """A profile is a file: exported from one server (Redis), imported into another (in-process),
    it reads back with the same overrides and changes translations the same way; the import records
    where it came from."""
    from neuronscope.profile_file import load_profile

    cfg = dict(port=0, models=(("marian", str(tiny_models["marian"])),))
    a = create_server(ServerConfig(redis_url=own_redis.url, **cfg))
    b = create_server(ServerConfig(**cfg))
    try:
        with Client(a.address) as ca, Client(b.address) as cb:
            rng = np.random.default_rng(3)
            means, stds = rng.normal(size=3).tolist(), (rng.random(3) + 0.5).tolist()
            made = ca.create_profile("calm", [
                Override("encoder.layers.1", [1, 5, 9], "set", [2.5, -1.0 / 3.0, 1e-7], standardized=True,
                         means=means, stds=stds, words=[0, 2]),
                Override("encoder.layers.1", list(range(32)), "set", [8.0]),
            ], description="a test hook")
            path = tmp_path / "calm.json"
            ca.export_profile("calm", str(path))
            assert load_profile(path).overrides == made.overrides  # exact floats through JSON
            imported = cb.import_profile(str(path))
            assert imported.version == 1 and imported.overrides == made.overrides
            assert imported.description == "a test hook"
            assert f"calm@{made.version}" in imported.origin and str(path) in imported.origin
            want = ca.translate(SENT * 2, profile="calm", max_new_tokens=8).translations
            assert cb.translate(SENT * 2, profile="calm", max_new_tokens=8).translations == want
            assert cb.translate(SENT * 2, max_new_tokens=8).translations != want  # the profile does something
    finally:
        a.stop(0)
        b.stop(0)


@pytest.mark.parametrize("doc, needle", [
    ("not json", "not JSON"),
    ('{"format": "other"}', "not a neuronscope profile"),
    ('{"format": "neuronscope.profile/v1", "overrides": []}', "non-empty list"),
    ('{"format": "neuronscope.profile/v1", "overrides": [{"site": "x", "neurons": [1], "evil": 1}]}', "unknown keys"),
])
def test_malformed_profile_files_are_refused_clearly(tmp_path, doc, needle):
    from neuronscope.profile_file import load_profile

    p = tmp_path / "p.json"
    p.write_text(doc)
    with pytest.raises(ValueError, match=needle):
        load_profile(p)


def test_a_redis_command_error_fails_only_its_call(own_redis):
    """Only an unreachable Redis makes the cache step aside; a command error (here INCR on a
    non-number) fails that call alone and the next cache read is served."""
    store = RedisStore(own_redis.url)
    store.set_many({"k": b"not a number", "v": b"1"}, 60)
    with pytest.raises(StoreUnavailable):
        store.incr("k")
    assert store.get_many(["v"]) == [b"1"]
    own_redis.kill()
    assert store.get_many(["v"]) == [None]  # unreachable: a miss ...
    own_redis.start()
    assert store.get_many(["v"]) == [None]  # ... and the cache steps aside for the back-off
    time.sleep(store.backoff + 0.1)
    store.set_many({"v": b"2"}, 60)
    assert store.get_many(["v"]) == [b"2"]
