"""Dynamic batching: compatible concurrent requests to one model run as one forward pass.

Requests wait in a bounded priority queue per model (a full queue refuses at once with
RESOURCE_EXHAUSTED). One worker thread per model takes the most urgent request, then gathers more
requests with the same signature (capture spec, decoding, overrides) for up to ``max_delay`` seconds
or ``max_batch`` sentences, runs them as one ``ModelRuntime.translate`` and hands each caller its
own slice. Production translation (priority 0) is served before bulk extraction (priority 1).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

from neuronscope_server.activation_cache import request_canonical
from neuronscope_server.errors import Cancelled, InvalidArgument, ResourceExhausted
from neuronscope_server.metrics import Metrics
from neuronscope_server.runtime import ModelRuntime, TranslateSpec

log = logging.getLogger(__name__)

PRIORITY_TRANSLATE = 0  # plain translation, e.g. live traffic through a profile
PRIORITY_ANALYSIS = 1  # captures, datasets


@dataclass(order=True)
class _Item:
    priority: int
    seq: int
    spec: TranslateSpec = field(compare=False)
    signature: str = field(compare=False)
    future: Future = field(compare=False)
    should_stop: Callable[[], bool] | None = field(compare=False, default=None)
    enqueued: float = field(compare=False, default=0.0)


class Batcher:
    def __init__(self, runtime: ModelRuntime, metrics: Metrics, max_batch: int = 32, max_delay: float = 0.005,
                 queue_size: int = 256, enabled: bool = True) -> None:
        self.runtime = runtime
        self.metrics = metrics
        self.max_batch = max_batch
        self.max_delay = max_delay
        self.queue_size = queue_size
        self.enabled = enabled
        self._heap: list[_Item] = []
        self._cv = threading.Condition()
        self._seq = itertools.count()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name=f"batcher-{runtime.name}", daemon=True)
        self._thread.start()

    def depth(self) -> int:
        with self._cv:
            return len(self._heap)

    def submit(self, spec: TranslateSpec, priority: int = PRIORITY_ANALYSIS,
               should_stop: Callable[[], bool] | None = None) -> Future:
        """Queue ``spec``; the future resolves to its outputs in request order."""
        fut: Future = Future()
        # requests with the same signature may share a forward pass
        has_refs = bool(spec.sentences and spec.sentences[0].reference)
        signature = (request_canonical(self.runtime.name, self.runtime.revision, spec) + f"|refs={has_refs}"
                     if self.enabled else str(id(fut)))
        with self._cv:
            if self._closed:
                raise ResourceExhausted("model queue is closed (server draining)", retry_after=1.0)
            if len(self._heap) >= self.queue_size:
                self.metrics.queue_rejected.labels(self.runtime.name).inc()
                raise ResourceExhausted(
                    f"model {self.runtime.name!r} queue is full ({self.queue_size} requests waiting)", retry_after=0.5
                )
            heapq.heappush(self._heap, _Item(priority, next(self._seq), spec, signature, fut, should_stop,
                                             time.perf_counter()))
            self.metrics.queue_depth.labels(self.runtime.name).set(len(self._heap))
            self._cv.notify()
        return fut

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify_all()
        self._thread.join(timeout=5)

    def _take_batch(self) -> list[_Item] | None:
        with self._cv:
            while not self._heap and not self._closed:
                self._cv.wait()
            if not self._heap:
                return None
            first = heapq.heappop(self._heap)
            batch, n = [first], len(first.spec.sentences)
            deadline = time.perf_counter() + self.max_delay
            while n < self.max_batch:
                same = [it for it in self._heap if it.signature == first.signature
                        and n + len(it.spec.sentences) <= self.max_batch]
                for it in same:
                    if n + len(it.spec.sentences) > self.max_batch:
                        break
                    self._heap.remove(it)
                    batch.append(it)
                    n += len(it.spec.sentences)
                if same:
                    heapq.heapify(self._heap)
                remaining = deadline - time.perf_counter()
                if n >= self.max_batch or remaining <= 0 or not self.enabled:
                    break
                self._cv.wait(remaining)
            self.metrics.queue_depth.labels(self.runtime.name).set(len(self._heap))
            return batch

    def _loop(self) -> None:
        while True:
            batch = self._take_batch()
            if batch is None:
                return
            now = time.perf_counter()
            live = []
            for it in batch:
                self.metrics.queue_wait.labels(self.runtime.name).observe(now - it.enqueued)
                if it.should_stop is not None and it.should_stop():
                    it.future.set_exception(Cancelled("request cancelled while queued"))
                elif it.future.set_running_or_notify_cancel():
                    live.append(it)
            if not live:
                continue
            merged = replace(live[0].spec, sentences=tuple(s for it in live for s in it.spec.sentences))
            self.metrics.batch_size.labels(self.runtime.name).observe(len(merged.sentences))

            def stop(live: list[_Item] = live) -> bool:  # a merged pass stops only when every caller has gone
                return all(it.should_stop is not None and it.should_stop() for it in live)

            try:
                outs = self.runtime.translate(merged, should_stop=stop)
            except InvalidArgument:
                if len(live) == 1:
                    live[0].future.set_exception(sys.exc_info()[1])  # type: ignore[arg-type]
                    continue
                # one caller's bad sentence must not fail the others: run each on its own
                for it in live:
                    try:
                        it.future.set_result(self.runtime.translate(it.spec, should_stop=it.should_stop))
                    except BaseException as e:  # noqa: BLE001
                        it.future.set_exception(e)
                continue
            except BaseException as e:  # noqa: BLE001 - delivered to every caller
                for it in live:
                    it.future.set_exception(e)
                continue
            start = 0
            for it in live:
                k = len(it.spec.sentences)
                it.future.set_result(outs[start : start + k])
                start += k


