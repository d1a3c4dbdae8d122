"""Profile rollouts for live traffic: a deterministic canary split, promotion, rollback to the previous
version's exact outputs, and an audit log that each tenant's admins alone can read."""

from __future__ import annotations

import json

import pytest

from neuronscope import Client, Override, errors
from neuronscope_server.app import create_server
from neuronscope_server.auth import hash_key
from neuronscope_server.config import ServerConfig
from neuronscope_server.rollouts import Rollout

KEYS = {"admin-a": ("acme", "admin"), "reader-a": ("acme", "reader"), "admin-b": ("bravo", "admin")}
SENT = ["The children played in the garden ."]


def test_canary_split_is_within_5_percent_over_2000_keys_and_sticky():
    r = Rollout(name="calm", stable=1, canary=2, percent=20.0)
    picks = [r.pick(f"request-{i}") for i in range(2000)]
    share = picks.count(2) / len(picks)
    assert abs(share - 0.20) <= 0.05, share
    assert picks == [r.pick(f"request-{i}") for i in range(2000)]  # sticky: a key keeps its version
    assert {Rollout("calm", 1, 2, 0.0).pick(f"k{i}") for i in range(200)} == {1}
    assert {Rollout("calm", 1, 2, 100.0).pick(f"k{i}") for i in range(200)} == {2}


@pytest.fixture()
def server(tiny_models, tmp_path):
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": role}
                                         for k, (t, role) in KEYS.items()]}))
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         keys_file=str(keys), tenant_rate=0))
    yield running
    running.stop(0)


def test_canary_promote_rollback_and_audit(server):
    v1 = [Override("encoder.layers.1", list(range(32)), "set", [8.0])]
    v2 = [Override("encoder.layers.1", list(range(32)), "set", [-8.0])]
    with Client(server.address, api_key="admin-a") as a, Client(server.address, api_key="admin-b") as b, \
            Client(server.address, api_key="reader-a") as reader:
        a.create_profile("calm", v1)
        a.create_profile("calm", v2)
        one = a.translate(SENT, profile="calm@1", max_new_tokens=6).sentences[0].translation
        two = a.translate(SENT, profile="calm@2", max_new_tokens=6).sentences[0].translation
        assert one != two
        r = a.set_rollout("calm", canary_version=2, canary_percent=30.0, stable_version=1)
        assert (r.stable_version, r.canary_version, r.canary_percent) == (1, 2, 30.0)
        # each request id lands where the split puts it, and keeps landing there
        split = Rollout("calm", 1, 2, 30.0)
        from neuronscope.v1 import neuronscope_pb2 as pb

        for i in range(30):
            rid = f"req-{i}"
            req = pb.TranslateRequest(sentences=[pb.SourceSentence(text=SENT[0])], profile="calm", request_id=rid,
                                      decoding=pb.Decoding(max_new_tokens=6))
            resp = reader._call(reader._stub.Translate, req, None)
            assert resp.profile_version == split.pick(rid)
            assert resp.results[0].translation == (two if split.pick(rid) == 2 else one)
        with pytest.raises(errors.PermissionDenied):
            reader.set_rollout("calm", 2, 50.0)
        r = a.promote_rollout("calm")
        assert (r.stable_version, r.canary_version, r.history) == (2, 0, (1,))
        assert a.translate(SENT, profile="calm", max_new_tokens=6).sentences[0].translation == two
        r = a.rollback_rollout("calm")
        assert r.stable_version == 1
        back = a.translate(SENT, profile="calm", max_new_tokens=6)
        assert back.profile_version == 1 and back.sentences[0].translation == one  # the previous outputs, exactly
        log = a.audit_log()
        assert [e.action for e in log] == ["rollback", "promote", "rollout", "create", "create"]
        assert all(e.key_id == "admin-a" and e.tenant == "acme" and e.profile == "calm" for e in log)
        assert b.audit_log() == []  # another tenant sees none of it
        with pytest.raises(errors.NotFound):
            b.get_rollout("calm")
        with pytest.raises(errors.PermissionDenied):
            reader.audit_log()
        with pytest.raises(errors.InvalidArgument, match="percent 120"):
            a.set_rollout("calm", 2, 120.0)
        with pytest.raises(errors.NotFound):
            a.set_rollout("calm", 9, 10.0)


def test_shadow_mode_records_differences_and_never_changes_live_answers(server):
    import time

    v1 = [Override("encoder.layers.1", [0], "add", [0.0])]  # the live version changes nothing
    v2 = [Override("decoder.layers.1", list(range(32)), "set", [30.0], step_from=1)]
    sents = [f"the cat number {i} sat on the mat ." for i in range(12)]
    with Client(server.address, api_key="admin-a") as a, Client(server.address, api_key="reader-a") as reader:
        a.create_profile("hook", v1)
        a.create_profile("hook", v2)
        a.set_rollout("hook", canary_version=0, canary_percent=0.0, stable_version=1)
        r = a.set_shadow("hook", version=2, percent=100.0)
        assert (r.stable_version, r.canary_version) == (1, 0)
        plain = [a.translate([s], max_new_tokens=6).sentences[0].translation for s in sents]
        live = [reader.translate([s], profile="hook", max_new_tokens=6) for s in sents]
        assert [x.sentences[0].translation for x in live] == plain  # answered without the shadow version
        assert {x.profile_version for x in live} == {1}
        shadowed = [a.translate([s], profile="hook@2", max_new_tokens=6).sentences[0].translation for s in sents]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            report = a.shadow_report("hook")
            if report and report[0]["requests"] == len(sents):
                break
            time.sleep(0.1)
        (rep,) = report
        assert rep["version"] == 2 and rep["requests"] == rep["sentences"] == len(sents)
        assert rep["changed"] == sum(p != s for p, s in zip(plain, shadowed)) > 0
        assert 0 < len(rep["diffs"]) <= 20 and all(d["live"] != d["shadow"] for d in rep["diffs"])
        assert any(e.action == "shadow" for e in a.audit_log())
