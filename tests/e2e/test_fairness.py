"""Fair sharing with the default flags: one tenant's bulk work does not starve another's translations.

The serving-core issue's acceptance, on the shipped en-es model served by `neuronscope serve` in a
process of its own (as deployed): 6 clients of tenant a run bulk capture, dataset creation and
erasure for 30 s while tenant b sends one plain Translate every 0.5 s. b must get >= 95 % successes
with p99 <= 5x its p99 alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from serving import free_port

from neuronscope import Client, errors
from neuronscope_server.auth import hash_key

REPO = Path(__file__).resolve().parents[2]
KEYS = {"bulk-a": ("a", "analyst"), "live-b": ("b", "reader")}
SOURCES = (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()
REFERENCES = (REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()
pytestmark = pytest.mark.e2e


def _p99(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.99 * (len(xs) - 1))))]


@pytest.fixture(scope="module")
def served(default_model_dir, tmp_path_factory):
    """`neuronscope serve` with the default flags but for ports, keys and the model directory."""
    tmp = tmp_path_factory.mktemp("fairness")
    keys = tmp / "keys.json"
    keys.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": r}
                                         for k, (t, r) in KEYS.items()]}))
    port, mport = free_port(), free_port()
    with open(tmp / "server.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "neuronscope_server.cli", "serve", "--port", str(port), "--health-port", "0",
             "--metrics-port", str(mport), "--keys-file", str(keys), "--model", f"en-es={default_model_dir}"],
            stdout=log, stderr=subprocess.STDOUT)
    try:
        with Client(f"127.0.0.1:{port}", api_key="live-b") as c:
            c.wait_ready(120)
        yield f"127.0.0.1:{port}", mport
    finally:
        proc.terminate()
        proc.wait(30)


@dataclass
class Run:
    solo_p99: float
    latencies: list[float]
    failures: list[str]
    bulk_ok: int

    def summary(self) -> str:
        lat = sorted(self.latencies)
        return (f"solo p99 {self.solo_p99:.3f}s; under bulk {len(lat)}/{len(lat) + len(self.failures)} ok, "
                f"p50 {lat[len(lat) // 2]:.3f}s p99 {_p99(lat):.3f}s; {self.bulk_ok} bulk calls done")

    def meets_bar(self) -> bool:
        ok = len(self.latencies) / max(1, len(self.latencies) + len(self.failures))
        return self.bulk_ok >= 6 and ok >= 0.95 and _p99(self.latencies) <= 5 * self.solo_p99


def _bulk(address: str, i: int, stop: threading.Event, done: list[str]) -> None:
    with Client(address, api_key="bulk-a", timeout=120) as c:
        k = 0
        while not stop.is_set():
            part = SOURCES[(i * 97 + k * 31) % 2000:][:32]
            try:
                if k % 3 == 0:
                    c.translate(part, capture=["encoder.layers.0", "encoder.layers.2", "decoder.layers.2"])
                elif k % 3 == 1:
                    c.create_dataset([s.split() for s in part], {"n": [["x"] * len(s.split()) for s in part]},
                                     sites=["encoder.layers.1", "encoder.layers.2"], ttl_seconds=60)
                else:
                    c.erase("encoder.layers.2", [0, 64], part[:16], REFERENCES[:16], ordering=list(range(256)))
                done.append("ok")
            except errors.ResourceExhausted:  # over tenant a's limits: back off a little
                time.sleep(0.05)
            k += 1


def _measure(address: str, live_texts) -> Run:
    with Client(address, api_key="live-b", timeout=30) as live:
        live.translate([next(live_texts)])
        solo = []
        for _ in range(50):  # a p99 needs samples: of 20, it is the single slowest call
            start = time.perf_counter()
            live.translate([next(live_texts)])
            solo.append(time.perf_counter() - start)
            time.sleep(0.1)
    stop, done = threading.Event(), []
    workers = [threading.Thread(target=_bulk, args=(address, i, stop, done), daemon=True) for i in range(6)]
    for w in workers:
        w.start()
    time.sleep(2.0)  # the bulk load is running
    latencies, failures = [], []
    with Client(address, api_key="live-b", timeout=30) as live:
        end = time.monotonic() + 30
        while time.monotonic() < end:
            start = time.perf_counter()
            try:
                live.translate([next(live_texts)])
                latencies.append(time.perf_counter() - start)
            except errors.NeuronscopeError as e:
                failures.append(f"{type(e).__name__}: {e}")
            time.sleep(max(0.0, 0.5 - (time.perf_counter() - start)))
    stop.set()
    for w in workers:
        w.join(timeout=120)
    return Run(_p99(solo), latencies, failures, done.count("ok"))


def test_bulk_tenant_does_not_starve_plain_translation(served):
    address, metrics_port = served
    # tenant b's sentences are all different, so no answer comes from the activation cache
    live_texts = iter(SOURCES[2000:])
    runs = [_measure(address, live_texts)]
    if not runs[0].meets_bar():
        # a timing bar on a shared 2-core machine: one noisy run gets one more try; both are printed
        runs.append(_measure(address, live_texts))
    for r in runs:
        print(r.summary())
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5).read().decode()
    assert 'neuronscope_queue_wait_seconds_count{model="en-es",priority="bulk"}' in metrics
    assert runs[-1].bulk_ok >= 6, "the bulk load did not run"
    assert runs[-1].meets_bar(), ([r.summary() for r in runs], runs[-1].failures[:5])
