"""Dynamic batching: concurrent requests to one model run as rows of one forward pass.

Requests wait per model in a bounded queue (a full queue refuses at once with RESOURCE_EXHAUSTED),
kept per priority class and, inside a class, per tenant. One worker thread per model takes the
next request from the most urgent class, tenants taking turns (round-robin), so one tenant's
backlog never starves another's. It then adds every queued request with the same batch signature
(capture spec, decoding; *not* overrides, which are scoped to their own rows) up to ``max_batch``
sentences — plain translations only with plain translations, captures and bulk work only with each
other — runs them as one ``ModelRuntime.translate`` and hands each caller its own slice. A
request with nothing to merge with goes at once; ``max_delay`` is waited only to fill a batch that
already merges several requests. One pass runs at a time per model; when the model is idle, a caller
that would only wait for its one request runs the pass on its own thread (``submit(run_here=True)``),
saving two thread hand-overs, while whatever arrives meanwhile queues and merges as usual. On the CPU
the pass itself runs on the process's one compute thread (``compute_lane.py``), shared by every model's
batcher: a pass holding a plain translation goes ahead of other models' queued passes there, and another
model's waiting plain translation preempts too.

Priority classes: interactive translation (0) before captures (1) before bulk work — datasets,
erasure — (2). Bulk callers submit small pieces, so an interactive request waits at most for one
piece's forward pass — and a capture or bulk pass that generates (erasure scoring; a degenerate output
can run to the length limit) is *preempted*: when an interactive request arrives, the pass stops at its
next decoder step, its requests go back to the head of their queue, and the interactive request runs. A
request is preempted at most ``MAX_PREEMPTIONS`` times, so steady live traffic cannot keep it from ending.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

from neuronscope_server.errors import Cancelled, InvalidArgument, ResourceExhausted
from neuronscope_server.metrics import Metrics
from neuronscope_server.spec import SentenceOutput, TranslateSpec, batch_signature

log = logging.getLogger(__name__)

PRIORITY_TRANSLATE = 0  # plain translation, e.g. live traffic through a profile
PRIORITY_ANALYSIS = 1  # captures
PRIORITY_BULK = 2  # datasets, erasure, sweeps
PRIORITIES = (PRIORITY_TRANSLATE, PRIORITY_ANALYSIS, PRIORITY_BULK)
PRIORITY_NAMES = ("interactive", "capture", "bulk")  # metric label values
MAX_PREEMPTIONS = 4  # times one request's pass may be stopped for interactive work before it must finish


class Preempted(Exception):
    """Raised inside a capture or bulk pass (between decoder steps) when interactive work is waiting."""


@dataclass
class _Item:
    spec: TranslateSpec
    signature: str
    tenant: str
    future: Future
    should_stop: Callable[[], bool] | None = None
    priority: int = PRIORITY_ANALYSIS
    prepared: list | None = None  # the runtime's Prepared sentences, when the caller has them
    enqueued: float = field(default_factory=time.perf_counter)
    preempted: int = 0  # times its pass was stopped for interactive work


class _FairQueue:
    """Items per priority class, per tenant inside a class; tenants are served in turn."""

    def __init__(self) -> None:
        self._classes: dict[int, OrderedDict[str, deque[_Item]]] = {p: OrderedDict() for p in PRIORITIES}
        self.size = 0

    def push(self, priority: int, item: _Item) -> None:
        self._classes[priority].setdefault(item.tenant, deque()).append(item)
        self.size += 1

    def push_front(self, item: _Item) -> None:
        """Back to the head of its tenant's queue, its tenant first in turn (a preempted request)."""
        tenants = self._classes[item.priority]
        tenants.setdefault(item.tenant, deque()).appendleft(item)
        tenants.move_to_end(item.tenant, last=False)
        self.size += 1

    def waiting(self, priority: int) -> bool:
        return bool(self._classes[priority])

    def pop_next(self) -> _Item | None:
        """The head item of the next tenant in turn, in the most urgent non-empty class."""
        for tenants in self._classes.values():
            if tenants:
                tenant, items = next(iter(tenants.items()))
                item = items.popleft()
                if items:
                    tenants.move_to_end(tenant)  # its next item waits for the other tenants' turns
                else:
                    del tenants[tenant]
                self.size -= 1
                return item
        return None

    def take_matching(self, signature: str, room: int, priorities: tuple[int, ...] = PRIORITIES) -> list[_Item]:
        """Queued items of ``priorities`` with ``signature`` that fit in ``room`` sentences, most urgent first,
        tenants in turn."""
        taken: list[_Item] = []
        for priority in priorities:
            tenants = self._classes[priority]
            for tenant in list(tenants):
                items = tenants[tenant]
                for it in list(items):
                    if it.signature == signature and len(it.spec.sentences) <= room:
                        items.remove(it)
                        taken.append(it)
                        room -= len(it.spec.sentences)
                if not items:
                    del tenants[tenant]
        self.size -= len(taken)
        return taken


class Batcher:
    def __init__(self, runtime, metrics: Metrics, max_batch: int = 32, max_delay: float = 0.005,
                 queue_size: int = 256, enabled: bool = True, bulk_max_batch: int = 0) -> None:
        self.runtime = runtime
        self.metrics = metrics
        self.max_batch = max_batch
        # a pass of captures or bulk work holds this many sentences at most (0: max_batch) while
        # interactive requests are about (one in the last ``interactive_window`` seconds), since one that
        # arrives meanwhile waits for the pass to end; with none about, bulk passes fill up to max_batch
        self.bulk_max_batch = bulk_max_batch or max_batch
        self.interactive_window = 5.0
        self._last_interactive = float("-inf")
        self.max_delay = max_delay
        self.queue_size = queue_size
        self.enabled = enabled
        self._queue = _FairQueue()
        self._cv = threading.Condition()
        self._ids = itertools.count()
        self._closed = False
        self._active = 0  # passes running now
        self.last_activity = time.monotonic()  # last submit or end of a pass (shadow work waits for quiet)
        self._thread = threading.Thread(target=self._loop, name=f"batcher-{runtime.name}", daemon=True)
        self._thread.start()

    def piece_for(self, priority: int) -> int:
        """How many sentences a caller should submit at once: small pieces only while interactive
        requests are about (so they wait for at most one small pass), else whole passes."""
        quiet = time.monotonic() - self._last_interactive > self.interactive_window
        return self.max_batch if priority == PRIORITY_TRANSLATE or quiet else self.bulk_max_batch

    def quiet_for(self) -> float:
        """Seconds since the model last had work queued or running (0 while it has some)."""
        with self._cv:
            if self._queue.size or self._active:
                return 0.0
            return time.monotonic() - self.last_activity

    def depth(self) -> int:
        with self._cv:
            return self._queue.size

    def submit(self, spec: TranslateSpec, priority: int = PRIORITY_ANALYSIS,
               should_stop: Callable[[], bool] | None = None, tenant: str = "",
               prepared: list | None = None, run_here: bool = False) -> Future:
        """Queue ``spec``; the future resolves to its outputs in request order.

        ``prepared``: ``runtime.prepare(spec)``'s result, so the pass does not tokenize again.
        ``run_here``: when the model is idle (nothing queued, no pass running), run the pass on the
        calling thread before returning instead of handing it to the batcher's thread. A caller about
        to wait for the future anyway saves two thread hand-overs, each a wake-up through the kernel.
        Nothing else is waiting then, so no batching, order or fairness is lost: requests that arrive
        meanwhile queue and merge as usual, and run when this pass ends.
        """
        if priority not in PRIORITIES:
            raise ValueError(f"priority {priority}: allowed {PRIORITIES}")
        fut: Future = Future()
        signature = (batch_signature(self.runtime.name, self.runtime.revision, spec) if self.enabled
                     else f"alone-{next(self._ids)}")
        with self._cv:
            if self._closed:
                raise ResourceExhausted("model queue is closed (server draining)", retry_after=1.0)
            if self._queue.size >= self.queue_size:
                self.metrics.queue_rejected.labels(self.runtime.name).inc()
                raise ResourceExhausted(
                    f"model {self.runtime.name!r} queue is full ({self.queue_size} requests waiting)", retry_after=0.5
                )
            item = _Item(spec, signature, tenant, fut, should_stop, priority, prepared)
            self.last_activity = time.monotonic()
            if priority == PRIORITY_TRANSLATE:
                self._last_interactive = time.monotonic()
            here = run_here and not self._queue.size and not self._active
            if here:
                self._active += 1  # the batcher's thread takes nothing until this pass ends
            else:
                self._queue.push(priority, item)
                self.metrics.queue_depth.labels(self.runtime.name).set(self._queue.size)
                self._cv.notify()
        if here:
            self._execute([item])
        return fut

    def run(self, spec: TranslateSpec, priority: int = PRIORITY_BULK, should_stop: Callable[[], bool] | None = None,
            tenant: str = "", piece: int = 0, window: int = 16) -> list[SentenceOutput]:
        """Submit ``spec`` in pieces of at most ``piece`` sentences (0: ``max_batch``) and wait for all.

        Up to ``window`` pieces are queued at once: they merge into fuller passes when nothing more
        urgent waits, and other tenants' requests are served between them (tenants take turns).
        """
        piece = piece or self.max_batch
        pending: deque[Future] = deque()
        outs: list[SentenceOutput] = []
        try:
            for start in range(0, len(spec.sentences), piece):
                part = replace(spec, sentences=spec.sentences[start : start + piece])
                pending.append(self.submit(part, priority, should_stop, tenant))
                if len(pending) >= window:
                    outs += pending.popleft().result()
            while pending:
                outs += pending.popleft().result()
        except BaseException:
            for f in pending:
                f.cancel()
            raise
        return outs

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify_all()
        self._thread.join(timeout=5)

    def _take_batch(self) -> list[_Item] | None:
        with self._cv:
            # one pass at a time per model: while a caller runs one on its own thread (``run_here``),
            # requests keep queueing, to merge into the next pass
            while (not self._queue.size or self._active) and not self._closed:
                self._cv.wait()
            first = self._queue.pop_next()
            if first is None:
                return None
            self._active += 1  # under the lock, so ``run_here`` sees this pass as soon as its items leave the queue
            batch, n = [first], len(first.spec.sentences)
            quiet = time.monotonic() - self._last_interactive > self.interactive_window
            cap = self.max_batch if first.priority == PRIORITY_TRANSLATE or quiet else self.bulk_max_batch
            # interactive requests merge only with each other, captures and bulk work only with each other:
            # a bulk row in a plain translation's pass would make that pass longer (and it cannot be
            # preempted), and a plain translation in a bulk pass would make the bulk pass unpreemptible.
            # Bulk erasure scoring has a plain translation's signature, so this is not hypothetical: merged,
            # one live sentence rode in 61-sentence erasure passes of 0.5 s (bench/fairness.py, session 11)
            mergeable = (PRIORITY_TRANSLATE,) if first.priority == PRIORITY_TRANSLATE else (PRIORITY_ANALYSIS, PRIORITY_BULK)
            if self.enabled:
                deadline = time.perf_counter() + self.max_delay
                while n < cap:
                    more = self._queue.take_matching(first.signature, cap - n, mergeable)
                    batch += more
                    n += sum(len(it.spec.sentences) for it in more)
                    remaining = deadline - time.perf_counter()
                    # a lone request goes at once; a batch that merges others may wait briefly to fill
                    if len(batch) == 1 or remaining <= 0 or n >= cap:
                        break
                    self._cv.wait(remaining)
            self.metrics.queue_depth.labels(self.runtime.name).set(self._queue.size)
            return batch

    def _loop(self) -> None:
        while True:
            batch = self._take_batch()
            if batch is None:
                return
            self._execute(batch)

    def _execute(self, batch: list[_Item]) -> None:
        """Run one taken batch (``_active`` already counts it), then free the model for the next."""
        now = time.perf_counter()
        live = []
        try:
            for it in batch:
                self.metrics.queue_wait.labels(self.runtime.name, PRIORITY_NAMES[it.priority]).observe(now - it.enqueued)
                if it.should_stop is not None and it.should_stop():
                    it.future.set_exception(Cancelled("request cancelled while queued"))
                elif it.future.running() or it.future.set_running_or_notify_cancel():  # running: preempted before
                    live.append(it)
            if live:
                self._run(live)
        finally:
            with self._cv:
                self._active -= 1
                self.last_activity = time.monotonic()
                self._cv.notify()  # the batcher's thread waits while a caller's own pass runs
        if live:
            self.metrics.batch_seconds.labels(
                self.runtime.name, PRIORITY_NAMES[min(it.priority for it in live)]).observe(time.perf_counter() - now)

    def _run(self, live: list[_Item]) -> None:
        merged = replace(live[0].spec, sentences=tuple(s for it in live for s in it.spec.sentences), overrides=())
        # one override tuple per sentence: each request's overrides touch only its own rows
        row_overrides = [it.spec.overrides for it in live for _ in it.spec.sentences]
        self.metrics.batch_size.labels(self.runtime.name).observe(len(merged.sentences))

        preemptible = all(it.priority != PRIORITY_TRANSLATE and it.preempted < MAX_PREEMPTIONS for it in live)

        def stop() -> bool:  # a merged pass stops only when every caller has gone
            # a dict's truth and an int: safe without the lock. Models on the CPU share one compute lane, so
            # another model's waiting plain translation preempts too
            if preemptible and (self._queue.waiting(PRIORITY_TRANSLATE) or self.runtime.urgent_waiting()):
                raise Preempted
            return all(it.should_stop is not None and it.should_stop() for it in live)

        extra = {}
        if all(it.prepared is not None for it in live):
            extra["prepared"] = [p for it in live for p in it.prepared]  # type: ignore[union-attr]
        try:
            outs = self.runtime.translate(merged, should_stop=stop, row_overrides=row_overrides,
                                          urgent=any(it.priority == PRIORITY_TRANSLATE for it in live), **extra)
        except Preempted:
            with self._cv:
                for it in reversed(live):  # back in their order, ahead of the rest of their class
                    it.preempted += 1
                    self._queue.push_front(it)
            self.metrics.preemptions.labels(self.runtime.name).inc()
            return
        except InvalidArgument:
            if len(live) == 1:
                live[0].future.set_exception(sys.exc_info()[1])  # type: ignore[arg-type]
                return
            # one caller's bad sentence or override must not fail the others: run each on its own
            for it in live:
                try:
                    extra = {} if it.prepared is None else {"prepared": it.prepared}
                    it.future.set_result(self.runtime.translate(it.spec, should_stop=it.should_stop, **extra))
                except BaseException as e:  # noqa: BLE001
                    it.future.set_exception(e)
            return
        except BaseException as e:  # noqa: BLE001 - delivered to every caller
            for it in live:
                it.future.set_exception(e)
            return
        start = 0
        for it in live:
            k = len(it.spec.sentences)
            it.future.set_result(outs[start : start + k])
            start += k
