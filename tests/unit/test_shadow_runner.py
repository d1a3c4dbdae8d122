"""Shadow runs wait for a quiet model and drop the oldest samples rather than queue without bound."""

from __future__ import annotations

import threading
import time

from neuronscope_server.rollouts import ShadowRunner


class FakeBatcher:
    def __init__(self) -> None:
        self.busy = True
        self.since = time.monotonic()

    def quiet_for(self) -> float:
        return 0.0 if self.busy else time.monotonic() - self.since


def test_waits_for_quiet_then_runs_in_order_and_drops_the_oldest():
    b = FakeBatcher()
    runner = ShadowRunner(quiet_s=0.05, max_pending=3)
    ran, dropped = [], []
    done = threading.Event()

    def job(i):
        def fn():
            ran.append(i)
            if i == 4:
                done.set()
        return fn

    for i in range(5):
        runner.submit(b, lambda f: f(), job(i), lambda i=i: dropped.append(i))
    time.sleep(0.3)
    assert ran == [] and dropped == [0, 1] and runner.pending() == 3  # busy model: nothing runs
    b.busy, b.since = False, time.monotonic()
    assert done.wait(5)
    assert ran == [2, 3, 4]


def test_a_failing_run_does_not_stop_the_runner():
    b = FakeBatcher()
    b.busy = False
    runner = ShadowRunner(quiet_s=0.01, max_pending=4)
    ok = threading.Event()

    def boom():
        raise RuntimeError("shadow failed")

    runner.submit(b, lambda f: f(), boom, lambda: None)
    runner.submit(b, lambda f: f(), ok.set, lambda: None)
    assert ok.wait(5)
