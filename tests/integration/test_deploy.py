"""Deployment artefacts: Kubernetes manifests validate offline; the metrics exposition passes promtool
and has every series the Grafana dashboard queries."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from neuronscope import Client, Condition, Override
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

REPO = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    exe = shutil.which(name, path=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    if exe is None:
        pytest.fail(f"{name} is not installed (make test installs it)")
    return exe


def test_kubernetes_manifests_validate():
    r = subprocess.run([_tool("kubernetes-validate"), str(REPO / "deploy" / "k8s" / "neuronscope.yaml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "passed for resource deployment/neuronscope" in r.stdout + r.stderr


def test_datasets_and_profiles_live_on_a_persistent_redis_that_never_evicts():
    import yaml

    docs = {(d["kind"], d["metadata"]["name"]): d
            for d in yaml.safe_load_all((REPO / "deploy" / "k8s" / "neuronscope.yaml").read_text()) if d}
    data = docs[("StatefulSet", "neuronscope-redis-data")]["spec"]
    args = data["template"]["spec"]["containers"][0]["args"]
    assert args[args.index("--maxmemory-policy") + 1] == "noeviction"
    assert args[args.index("--appendonly") + 1] == "yes" and args[args.index("--dir") + 1] == "/data"
    assert data["volumeClaimTemplates"][0]["metadata"]["name"] == "data"
    cache = docs[("Deployment", "neuronscope-redis")]["spec"]["template"]["spec"]["containers"][0]["args"]
    assert cache[cache.index("--maxmemory-policy") + 1] == "allkeys-lru"
    env = {e["name"]: e["value"] for e in
           docs[("Deployment", "neuronscope")]["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert "neuronscope-redis-data" in env["NEURONSCOPE_DATA_REDIS_URL"]
    assert "neuronscope-redis:" in env["NEURONSCOPE_REDIS_URL"]


def test_job_workers_and_their_autoscaling_match_the_queues_the_server_uses():
    """Each queue has a worker Deployment running `neuronscope worker` on it and a KEDA ScaledObject
    watching the Redis list Celery keeps that queue in (the broker URL's database), and the server and
    workers name the same broker, Redis and object store."""
    import yaml

    from neuronscope_server.config import load_config
    from neuronscope_server.job_queue import QUEUES

    docs = {(d["kind"], d["metadata"]["name"]): d
            for d in yaml.safe_load_all((REPO / "deploy" / "k8s" / "neuronscope.yaml").read_text()) if d}

    def env(kind: str, name: str) -> dict[str, str]:
        c = docs[(kind, name)]["spec"]["template"]["spec"]["containers"][0]
        return {e["name"]: e["value"] for e in c.get("env", [])}

    server_env = env("Deployment", "neuronscope")
    broker = server_env["NEURONSCOPE_BROKER_URL"]
    assert broker.startswith("redis://neuronscope-redis-data:6379/")  # persistent, never evicts
    for short, queue in QUEUES.items():
        name = f"neuronscope-worker-{short}"
        c = docs[("Deployment", name)]["spec"]["template"]["spec"]["containers"][0]
        assert c["command"] == ["neuronscope", "worker"]
        cfg = load_config(c["args"], env={})  # the worker's flags parse
        assert cfg.worker_queues == short
        w_env = env("Deployment", name)
        for key in ("NEURONSCOPE_BROKER_URL", "NEURONSCOPE_DATA_REDIS_URL", "NEURONSCOPE_REDIS_URL"):
            assert w_env[key] == server_env[key], key
        assert c["envFrom"] == docs[("Deployment", "neuronscope")]["spec"]["template"]["spec"]["containers"][0]["envFrom"]
        scaler = docs[("ScaledObject", name)]["spec"]
        assert scaler["scaleTargetRef"]["name"] == name
        trig = scaler["triggers"][0]
        assert trig["type"] == "redis" and trig["metadata"]["listName"] == queue
        assert trig["metadata"]["databaseIndex"] == broker.rsplit("/", 1)[1]
        assert trig["metadata"]["address"] == broker.split("//")[1].rsplit("/", 1)[0]
    gpu = docs[("Deployment", "neuronscope-worker-gpu")]["spec"]["template"]["spec"]["containers"][0]
    assert gpu["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert "neuronscope-datasets" in docs[("ConfigMap", "neuronscope-objects")]["data"]["NEURONSCOPE_OBJECT_STORE_URL"]


@pytest.fixture(scope="module")
def exposition(tiny_models) -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), metrics_port=port))
    try:
        with Client(running.address) as c:
            c.translate(["some traffic"], capture=["encoder.layers.0"], max_new_tokens=2)
            c.translate(["some traffic"], capture=["encoder.layers.0"], max_new_tokens=2)
            # receipts and conditions: their counters are in the exposition promtool checks
            c.translate(["some traffic", "other words"], max_new_tokens=2, overrides=[
                Override("encoder.layers.1", [1, 2], "set", [50.0], when=Condition(source_words=["traffic"])),
                Override("encoder.layers.1", [3], "add", [0.0])])
            # per profile version: requests, sentences changed, latency
            c.create_profile("hook", [Override("encoder.layers.1", [1, 2], "set", [50.0])])
            c.translate(["some traffic", "other words"], max_new_tokens=2, profile="hook")
        return urllib.request.urlopen(f"http://127.0.0.1:{running.metrics_port}/metrics", timeout=5).read().decode()
    finally:
        running.stop(0)


def test_receipt_and_condition_counters_are_exported(exposition):
    assert 'neuronscope_override_conditions_total{outcome="met",source="request"} 1.0' in exposition
    assert 'neuronscope_override_conditions_total{outcome="not_met",source="request"} 1.0' in exposition
    assert 'neuronscope_overrides_applied_total{outcome="no_effect",source="request"} 3.0' in exposition
    assert 'neuronscope_overrides_applied_total{outcome="changed",source="request"} 1.0' in exposition


def test_profile_version_metrics_are_exported(exposition):
    assert 'neuronscope_profile_requests_total{profile="hook",version="1"} 1.0' in exposition
    assert 'neuronscope_profile_requests_total{profile="none",version=""} 3.0' in exposition
    assert 'neuronscope_profile_sentences_total{outcome="changed",profile="hook",version="1"} 2.0' in exposition
    assert 'neuronscope_profile_request_seconds_count{profile="hook",version="1"} 1.0' in exposition


def test_promtool_accepts_the_exposition(exposition):
    r = subprocess.run([_tool("promtool"), "check", "metrics"], input=exposition, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_dashboard_queries_only_existing_series(exposition):
    dash = json.loads((REPO / "deploy" / "grafana-dashboard.json").read_text())
    exprs = [t["expr"] for p in dash["panels"] for t in p["targets"]]
    names = set(re.findall(r"\b(neuronscope_[a-z_]+)\b", " ".join(exprs)))
    assert len(names) >= 8
    # a histogram/counter family shows up in the exposition under its TYPE line
    families = set(re.findall(r"^# TYPE (neuronscope_[a-z_]+) ", exposition, flags=re.M))
    for name in names:
        base = re.sub(r"_(bucket|sum|count|total)$", "", name)
        assert base in families or name in families, name
