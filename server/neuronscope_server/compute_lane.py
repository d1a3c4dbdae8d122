"""One thread runs every CPU model pass of the process.

Why: torch's CPU kernels run on OpenMP, and GNU OpenMP (the runtime torch's wheels ship) keeps a
thread team *per calling thread*. Once two long-lived threads have each run a parallel region, the
process holds more OpenMP threads than cores, and libgomp throttles its spin-wait to a few hundred
iterations: every fork/join then sleeps and wakes through the kernel. On 2 cores a MiniLM forward
measured 3.6 ms from one thread and 4.4 ms (+22 %) as soon as a second thread had run one too
(docs/PERFORMANCE.md). A server has such threads naturally — one batcher per model, job threads, the
model loader — so every CPU pass goes through this lane instead: the calling thread hands the pass
over and waits; the lane's thread is the only one whose OpenMP team does model work.

CUDA passes do not use it: their kernels run on the device and the host side is one thread per
model already; only CPU placement has the per-thread team problem.

Models now share the lane, so urgency has to cross models: an ``urgent`` pass (one holding a plain
translation) runs before queued non-urgent ones, and ``urgent_waiting()`` tells a running capture or
bulk pass of *any* model to yield at its next decoder step (the batcher's preemption).
"""

from __future__ import annotations

import heapq
import itertools
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")


class ComputeLane:
    """A single worker thread; ``run(fn, ...)`` executes ``fn`` there and returns its result or raises."""

    def __init__(self, name: str = "compute-cpu") -> None:
        self.name = name
        self._start()

    def _start(self) -> None:
        self._pid = os.getpid()
        self._heap: list = []  # (0 urgent | 1, arrival, future, fn, args, kwargs)
        self._cv = threading.Condition()
        self._seq = itertools.count()
        self._urgent = 0  # urgent passes queued, not yet started
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def run(self, fn: Callable[..., T], *args, urgent: bool = False, **kwargs) -> T:
        if self._pid != os.getpid():  # a forked child: the parent's thread did not come along
            self._start()
        if threading.current_thread() is self._thread:  # a pass that starts another (warm-up, erasure)
            return fn(*args, **kwargs)
        fut: Future = Future()
        with self._cv:
            heapq.heappush(self._heap, (0 if urgent else 1, next(self._seq), fut, fn, args, kwargs))
            self._urgent += urgent
            self._cv.notify()
        return fut.result()

    def urgent_waiting(self) -> bool:
        """Whether an urgent pass is queued (read without the lock: an int's value is atomic)."""
        return self._urgent > 0

    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._heap:
                    self._cv.wait()
                rank, _, fut, fn, args, kwargs = heapq.heappop(self._heap)
                self._urgent -= rank == 0
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args, **kwargs))
            except BaseException as e:  # noqa: BLE001 - delivered to the caller, who re-raises it
                fut.set_exception(e)


_cpu_lane: ComputeLane | None = None
_lock = threading.Lock()


def lane_for(device_type: str) -> ComputeLane | None:
    """The process's CPU lane for ``"cpu"`` (created on first use); None for other devices."""
    global _cpu_lane
    if device_type != "cpu":
        return None
    with _lock:
        if _cpu_lane is None:
            _cpu_lane = ComputeLane()
        return _cpu_lane
