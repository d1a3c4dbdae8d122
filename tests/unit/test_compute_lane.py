"""The CPU compute lane: one thread runs every pass; urgent passes go first and are visible to running ones."""

from __future__ import annotations

import threading

import pytest

from neuronscope_server.compute_lane import ComputeLane, lane_for


def test_every_caller_runs_on_the_one_lane_thread_and_gets_its_result_or_error():
    lane = ComputeLane("test-lane")
    seen: list[str] = []
    results: list[int] = []

    def work(x: int) -> int:
        seen.append(threading.current_thread().name)
        if x < 0:
            raise ValueError(f"bad {x}")
        return x * 2

    threads = [threading.Thread(target=lambda i=i: results.append(lane.run(work, i))) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert sorted(results) == [i * 2 for i in range(8)]
    assert set(seen) == {"test-lane"}
    with pytest.raises(ValueError, match="bad -1"):
        lane.run(work, -1)
    # a pass that starts another (warm-up inside a pass) runs inline instead of waiting for itself
    assert lane.run(lambda: lane.run(work, 3)) == 6


def test_urgent_pass_runs_before_queued_ones_and_is_seen_by_the_running_pass():
    lane = ComputeLane("test-lane-2")
    order: list[str] = []
    started, release = threading.Event(), threading.Event()
    saw_urgent: list[bool] = []

    def long_pass() -> None:
        started.set()
        release.wait(5)
        saw_urgent.append(lane.urgent_waiting())  # what a preemptible pass polls between decoder steps
        order.append("long")

    def queued(name: str) -> None:
        order.append(name)

    runner = threading.Thread(target=lane.run, args=(long_pass,))
    runner.start()
    assert started.wait(5)
    bulk = threading.Thread(target=lane.run, args=(queued, "bulk"))
    bulk.start()
    while not lane._heap:  # the bulk pass is queued before the urgent one arrives
        threading.Event().wait(0.01)
    urgent = threading.Thread(target=lane.run, args=(queued, "urgent"), kwargs={"urgent": True})
    urgent.start()
    while not lane.urgent_waiting():
        threading.Event().wait(0.01)
    release.set()
    for t in (runner, bulk, urgent):
        t.join(5)
    assert order == ["long", "urgent", "bulk"]
    assert saw_urgent == [True]
    assert not lane.urgent_waiting()


def test_cpu_models_share_one_lane_and_cuda_has_none():
    assert lane_for("cpu") is lane_for("cpu")
    assert lane_for("cuda") is None


def test_a_forked_child_gets_a_lane_of_its_own():
    import os

    lane = ComputeLane("test-lane-fork")
    assert lane.run(lambda: 1) == 1
    pid = os.fork()
    if pid == 0:  # the child: the parent's lane thread does not exist here
        import signal

        signal.alarm(10)  # a lane that waits for the parent's thread would hang: die instead
        try:
            ok = lane.run(lambda: os.getpid()) == os.getpid()
        finally:
            os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert lane.run(lambda: 2) == 2  # the parent's lane is untouched
