"""The batcher on its own (a stand-in runtime that records each forward pass): merging, priority, limits."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from neuronscope_server.batcher import PRIORITY_ANALYSIS, PRIORITY_BULK, PRIORITY_TRANSLATE, Batcher
from neuronscope_server.errors import InvalidArgument, ResourceExhausted
from neuronscope_server.metrics import Metrics
from neuronscope_server.spec import OverrideSpec, SentenceInput, SentenceOutput, TranslateSpec


class RecordingRuntime:
    """Stands in for ModelRuntime: echoes each sentence and records the batches it was given."""

    name, revision = "fake", "r1"

    def __init__(self, delay: float = 0.0) -> None:
        self.calls: list[list[str]] = []
        self.row_overrides: list = []
        self.delay = delay
        self.gate = threading.Event()
        self.gate.set()

    def urgent_waiting(self):  # no other model shares a compute lane here
        return False

    def translate(self, spec, should_stop=None, row_overrides=None, prepared=None, urgent=False):
        self.gate.wait(5)
        texts = [s.text for s in spec.sentences]
        self.row_overrides.append(row_overrides)
        if any(t == "bad" for t in texts):
            raise InvalidArgument("sentences[0] is bad")
        self.calls.append(texts)
        time.sleep(self.delay)
        return [SentenceOutput(t.upper(), [t], [], [], np.zeros(0, np.int32), [], np.zeros(0, np.int32)) for t in texts]


def _spec(*texts, sites=()):
    return TranslateSpec(sentences=tuple(SentenceInput(text=t) for t in texts), capture_sites=sites)


def test_concurrent_compatible_requests_share_a_forward_pass():
    rt = RecordingRuntime()
    rt.gate.clear()  # hold the worker so requests pile up
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=0.05)
    try:
        blocker = b.submit(_spec("first"))
        time.sleep(0.05)
        futs = [b.submit(_spec(f"s{i}")) for i in range(5)]
        other = b.submit(_spec("x", sites=("encoder.layers.0",)))  # another signature: not merged
        rt.gate.set()
        assert [f.result(5)[0].translation for f in futs] == [f"S{i}" for i in range(5)]
        assert other.result(5)[0].translation == "X" and blocker.result(5)
        merged = [c for c in rt.calls if "s0" in c]
        assert len(merged) == 1 and {"s0", "s1", "s2", "s3", "s4"} <= set(merged[0])
        assert ["x"] in rt.calls
    finally:
        b.close()


def test_priority_and_queue_limit():
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=1, max_delay=0.0, queue_size=3)
    try:
        b.submit(_spec("running"))
        time.sleep(0.05)  # the worker holds "running"; the next three wait in the queue
        low = b.submit(_spec("bulk"), PRIORITY_ANALYSIS)
        high = b.submit(_spec("live"), PRIORITY_TRANSLATE)
        b.submit(_spec("more"), PRIORITY_ANALYSIS)
        with pytest.raises(ResourceExhausted, match="queue is full") as info:
            b.submit(_spec("overflow"))
        assert info.value.retry_after is not None
        rt.gate.set()
        low.result(5), high.result(5)
        assert rt.calls.index(["live"]) < rt.calls.index(["bulk"])  # production before bulk
    finally:
        b.close()


def test_one_bad_request_does_not_fail_its_batch_mates():
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=0.05)
    try:
        b.submit(_spec("hold"))
        time.sleep(0.05)
        good, bad = b.submit(_spec("ok")), b.submit(_spec("bad"))
        rt.gate.set()
        assert good.result(5)[0].translation == "OK"
        with pytest.raises(InvalidArgument):
            bad.result(5)
    finally:
        b.close()


def test_disabled_batching_runs_each_request_alone():
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=0.05, enabled=False)
    try:
        futs = [b.submit(_spec(f"s{i}")) for i in range(3)]
        rt.gate.set()
        [f.result(5) for f in futs]
        assert all(len(c) == 1 for c in rt.calls)
    finally:
        b.close()


def test_requests_with_different_overrides_share_a_pass_with_their_own_rows():
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=0.05)
    try:
        b.submit(_spec("hold"))
        time.sleep(0.05)
        specs = [TranslateSpec(sentences=(SentenceInput(text=f"a{i}"), SentenceInput(text=f"b{i}")),
                               overrides=(OverrideSpec("encoder.layers.0", (i,), "zero"),)) for i in range(3)]
        futs = [b.submit(s) for s in specs]
        rt.gate.set()
        assert [[o.translation for o in f.result(5)] for f in futs] == [[f"A{i}", f"B{i}"] for i in range(3)]
        merged = [k for k, c in enumerate(rt.calls) if "a0" in c]
        assert len(merged) == 1 and rt.calls[merged[0]] == ["a0", "b0", "a1", "b1", "a2", "b2"]
        rows = rt.row_overrides[merged[0]]
        assert [r[0].neurons for r in rows] == [(0,), (0,), (1,), (1,), (2,), (2,)]
    finally:
        b.close()


def test_tenants_take_turns_and_bulk_waits_behind_interactive():
    """Tenant a queues 6 bulk pieces, tenant b 2: b's are served after at most one of a's each."""
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=1, max_delay=0.0)
    try:
        b.submit(_spec("hold"))
        time.sleep(0.05)
        futs = [b.submit(_spec(f"a{i}"), PRIORITY_BULK, tenant="a") for i in range(6)]
        futs += [b.submit(_spec(f"b{i}"), PRIORITY_BULK, tenant="b") for i in range(2)]
        live = b.submit(_spec("live"), PRIORITY_TRANSLATE, tenant="a")
        rt.gate.set()
        [f.result(5) for f in [*futs, live]]
        order = [c[0] for c in rt.calls[1:]]
        assert order[0] == "live"
        assert order[1:6] == ["a0", "b0", "a1", "b1", "a2"]
    finally:
        b.close()


def test_plain_translations_merge_only_with_plain_translations():
    """Bulk erasure scoring has a plain translation's signature; merged into a live request's pass, its rows
    would lengthen a pass that cannot be preempted (a live sentence rode in 61-sentence erasure passes)."""
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=64, max_delay=0.05)
    try:
        b.submit(_spec("hold"))
        time.sleep(0.05)
        bulk = [b.submit(_spec(f"e{i}", f"f{i}"), PRIORITY_BULK, tenant="a") for i in range(4)]
        live = [b.submit(_spec(f"live{i}"), PRIORITY_TRANSLATE, tenant=t) for i, t in enumerate("bcb")]
        rt.gate.set()
        [f.result(5) for f in [*bulk, *live]]
        passes = [set(c) for c in rt.calls[1:]]
        assert passes[0] == {"live0", "live1", "live2"}  # the live requests, together and alone
        assert {"e0", "f0", "e1", "f1", "e2", "f2", "e3", "f3"} == set().union(*passes[1:])
        assert len(passes) == 2  # the bulk requests still share one pass among themselves
    finally:
        b.close()


def test_lone_request_does_not_wait_out_the_batching_window():
    rt = RecordingRuntime()
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=2.0)
    try:
        start = time.perf_counter()
        b.submit(_spec("alone")).result(5)
        assert time.perf_counter() - start < 0.5
    finally:
        b.close()


def test_run_submits_in_pieces_that_merge_only_when_no_one_waits():
    rt = RecordingRuntime()
    rt.gate.clear()
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=0.0, bulk_max_batch=4)
    try:
        b.submit(_spec("hold"))
        time.sleep(0.05)
        result: list = []
        t = threading.Thread(target=lambda: result.extend(
            b.run(_spec(*[f"s{i}" for i in range(10)]), PRIORITY_BULK, tenant="a", piece=4)))
        t.start()
        time.sleep(0.05)
        rt.gate.set()
        t.join(5)
        assert [o.translation for o in result] == [f"S{i}" for i in range(10)]
        assert [len(c) for c in rt.calls[1:]] == [8, 2]  # nobody interactive about: pieces merge
        rt.calls.clear()
        b.submit(_spec("live"), PRIORITY_TRANSLATE).result(5)  # now someone is
        rt.gate.clear()
        t = threading.Thread(target=lambda: b.run(_spec(*[f"t{i}" for i in range(10)]), PRIORITY_BULK, piece=4))
        t.start()
        time.sleep(0.05)
        rt.gate.set()
        t.join(5)
        assert [len(c) for c in rt.calls[1:]] == [4, 4, 2]
    finally:
        b.close()


def test_a_bulk_pass_is_preempted_for_interactive_work_and_then_finishes():
    """A long bulk pass stops at its next step when an interactive request arrives; the interactive request
    runs first, the bulk request runs again and gets its full answer; after MAX_PREEMPTIONS it must finish."""
    import threading
    import time

    from neuronscope_server.batcher import MAX_PREEMPTIONS, PRIORITY_BULK, PRIORITY_TRANSLATE, Batcher
    from neuronscope_server.metrics import Metrics
    from neuronscope_server.spec import SentenceInput, SentenceOutput, TranslateSpec

    order: list[str] = []

    class SlowRuntime:
        name, revision = "m", "r"

        def urgent_waiting(self):
            return False

        def translate(self, spec, should_stop=None, row_overrides=None, prepared=None, urgent=False):
            text = spec.sentences[0].text
            steps = 30 if text.startswith("bulk") else 1
            for _ in range(steps):  # "decoder steps", each a chance to stop
                if should_stop is not None:
                    should_stop()
                time.sleep(0.01)
            order.append(text)
            return [SentenceOutput(s.text.upper(), [], [], [], None, [], None) for s in spec.sentences]

    metrics = Metrics()
    b = Batcher(SlowRuntime(), metrics, max_batch=8, max_delay=0.0, enabled=False)
    try:
        bulk = b.submit(TranslateSpec(sentences=(SentenceInput(text="bulk"),)), PRIORITY_BULK)
        time.sleep(0.05)  # the bulk pass is running
        t0 = time.perf_counter()
        live = b.submit(TranslateSpec(sentences=(SentenceInput(text="live"),)), PRIORITY_TRANSLATE)
        assert live.result(5)[0].translation == "LIVE"
        assert time.perf_counter() - t0 < 0.15  # not behind the whole 0.3 s bulk pass
        assert bulk.result(5)[0].translation == "BULK"
        assert order == ["live", "bulk"]
        # steady interactive traffic (a request every 50 ms, shorter than the bulk pass): the bulk request is
        # preempted at most MAX_PREEMPTIONS times, then runs to the end
        order.clear()
        stop = threading.Event()

        def flood():
            while not stop.is_set():
                b.submit(TranslateSpec(sentences=(SentenceInput(text="live"),)), PRIORITY_TRANSLATE).result(5)
                time.sleep(0.05)

        bulk = b.submit(TranslateSpec(sentences=(SentenceInput(text="bulk2"),)), PRIORITY_BULK)
        threads = [threading.Thread(target=flood)]
        for t in threads:
            t.start()
        assert bulk.result(10)[0].translation == "BULK2"
        stop.set()
        for t in threads:
            t.join()
        assert 1 + 1 <= metrics.preemptions.labels("m")._value.get() <= 1 + MAX_PREEMPTIONS
    finally:
        b.close()


def _wait_for(cond, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.002)


class ThreadRecordingRuntime(RecordingRuntime):
    """Also records which thread ran each pass."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__(delay)
        self.threads: list[str] = []

    def translate(self, spec, should_stop=None, row_overrides=None, prepared=None, urgent=False):
        self.threads.append(threading.current_thread().name)
        return super().translate(spec, should_stop, row_overrides, prepared, urgent)


def test_run_here_runs_a_lone_request_on_the_callers_thread_only_when_the_model_is_idle():
    rt = ThreadRecordingRuntime(delay=0.2)
    b = Batcher(rt, Metrics(), max_batch=8, max_delay=0.05)
    try:
        fut = b.submit(_spec("alone"), PRIORITY_TRANSLATE, run_here=True)
        assert fut.done() and fut.result()[0].translation == "ALONE"  # ran before submit returned
        assert rt.threads == [threading.current_thread().name]

        # while a caller's own pass runs, others queue, merge, and run after it on the batcher's thread
        results = {}
        caller = threading.Thread(
            target=lambda: results.setdefault("first", b.submit(_spec("first"), run_here=True).result(5)),
            name="caller")
        caller.start()
        _wait_for(lambda: "caller" in rt.threads)  # "first" is running on the caller's thread
        later = [b.submit(_spec(f"s{i}"), run_here=True) for i in range(3)]  # the model is busy: queued
        assert not any(f.done() for f in later)
        caller.join(5)
        assert [f.result(5)[0].translation for f in later] == ["S0", "S1", "S2"]
        assert rt.calls[-2:] == [["first"], ["s0", "s1", "s2"]]  # one pass at a time; the three merged
        assert rt.threads[-2:] == ["caller", "batcher-fake"]
        assert results["first"][0].translation == "FIRST"
    finally:
        b.close()


def test_a_preempted_run_here_pass_finishes_on_the_batchers_thread():
    class PreemptibleRuntime(ThreadRecordingRuntime):
        def translate(self, spec, should_stop=None, row_overrides=None, prepared=None, urgent=False):
            self.threads.append(threading.current_thread().name)
            for _ in range(20):  # "decoder steps"
                if should_stop is not None:
                    should_stop()  # raises Preempted when interactive work waits
                time.sleep(0.01)
            self.calls.append([s.text for s in spec.sentences])
            return [SentenceOutput(s.text.upper(), [], [], [], None, [], None) for s in spec.sentences]

    rt = PreemptibleRuntime()
    metrics = Metrics()
    b = Batcher(rt, metrics, max_batch=8, max_delay=0.0)
    try:
        bulk: dict = {}
        caller = threading.Thread(target=lambda: bulk.setdefault(
            "fut", b.submit(_spec("bulk", sites=("encoder.layers.0",)), PRIORITY_BULK, run_here=True)),
            name="caller")  # a capture: another batch signature, so it never merges with the live request
        caller.start()
        _wait_for(lambda: "caller" in rt.threads)  # the bulk pass runs on the caller's thread
        live = b.submit(_spec("live"), PRIORITY_TRANSLATE, run_here=True)  # busy: queued, and it preempts
        assert live.result(5)[0].translation == "LIVE"
        caller.join(5)
        assert bulk["fut"].result(5)[0].translation == "BULK"
        assert rt.calls == [["live"], ["bulk"]]
        assert rt.threads == ["caller", "batcher-fake", "batcher-fake"]  # stopped, then live, then bulk again
        assert metrics.preemptions.labels("fake")._value.get() == 1
    finally:
        b.close()
