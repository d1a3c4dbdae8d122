"""What a job's tasks do — submit, extract one chunk, rank — whoever runs them (a worker, or the server).

These functions hold no task-engine code: ``job_queue`` wraps them as Celery tasks for workers
(`neuronscope worker`), and ``ThreadDispatcher`` runs them on the server's own threads when no broker
is configured. A job is planned once at submit (validated, its chunk boundaries fixed, its memory
estimated, its quota reserved); every task then re-reads the job's spec from the board, so a task may
run on any worker, be killed, and run again elsewhere with the same result.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server import erasure
from neuronscope_server.dataset_requests import DatasetPlan, build_chunk, chunk_bounds, extraction_spec, plan_dataset
from neuronscope_server.datasets import DatasetStore
from neuronscope_server.errors import Cancelled, InvalidArgument, NeuronscopeError, NotFound, ResourceExhausted
from neuronscope_server.job_board import CANCELLED, FAILED, QUEUED, RUNNING, SUCCEEDED, JobBoard, JobRecord, job_id
from neuronscope_server.ranking_requests import check_request, estimate_bytes, run_ranking

log = logging.getLogger(__name__)

LEASE_SECONDS = 10.0  # a task's claim; renewed every third of it while the task runs
CANCEL_POLL_SECONDS = 0.2  # how stale a task's view of "cancelled" may be
PLANS_KEPT = 4


class Busy(Exception):
    """Another live runner holds this task (a redelivered duplicate); try again after ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"task held by another runner for {seconds:.1f} s more")
        self.seconds = seconds


@dataclass
class DatasetLimits:
    max_words: int
    min_ttl: int
    max_ttl: int
    default_ttl: int
    chunk_bytes: int


@dataclass
class JobContext:
    """What tasks need: the job board, the dataset store, models by name, and how to run a forward pass."""

    board: JobBoard
    datasets: DatasetStore
    runtime: Callable[[str], object]  # model name -> ModelRuntime (NotFound/FailedPrecondition if not held)
    limits: DatasetLimits
    analysis_device: str = "cpu"
    max_job_bytes: int = 0  # refuse a job whose estimated peak memory exceeds this (0: no limit)
    # extract(runtime, spec, should_stop, tenant) -> outputs; the server sends it through its batcher
    extract: Callable | None = None
    owner: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
    plans: OrderedDict = field(default_factory=OrderedDict)  # job id -> DatasetPlan (see _plan)
    plans_lock: threading.Lock = field(default_factory=threading.Lock)


# ------------------------------------------------------------------ submit (on the gRPC server)
def _kind(spec: pb.JobSpec) -> str:
    kind = spec.WhichOneof("spec")
    if kind is None:
        raise InvalidArgument("spec is empty; set create_dataset, rank_neurons or erase")
    return kind


def _plan(ctx: JobContext, tenant: str, request: pb.CreateDatasetRequest, job: str = "") -> DatasetPlan:
    """The request checked and planned; a worker keeps the last few jobs' plans (every chunk task of a job
    would otherwise re-check all of its sentences)."""
    with ctx.plans_lock:  # the server's job threads share the context
        if job and job in ctx.plans:
            ctx.plans.move_to_end(job)
            return ctx.plans[job]
    rt = ctx.runtime(request.model)
    lim = ctx.limits
    plan = plan_dataset(request, rt, tenant, lim.max_words, lim.min_ttl, lim.max_ttl, lim.default_ttl)
    if job:
        with ctx.plans_lock:
            ctx.plans[job] = plan
            while len(ctx.plans) > PLANS_KEPT:
                ctx.plans.popitem(last=False)
    return plan


def submit(ctx: JobContext, tenant: str, spec: pb.JobSpec, dispatch: Callable[[JobRecord], None]) -> JobRecord:
    """Check and plan ``spec``, record the job and hand its tasks to ``dispatch`` — or, when the same
    tenant already submitted the same work (queued, running or done), return that job untouched."""
    kind = _kind(spec)
    data = spec.SerializeToString(deterministic=True)
    rec = JobRecord(id=job_id(tenant, kind, data), tenant=tenant, kind=kind, spec=data)
    existing = ctx.board.get(rec.id)
    stale = existing is not None and existing.state == SUCCEEDED and kind == "create_dataset" and not _dataset_exists(
        ctx, tenant, existing)
    if existing is not None and existing.state not in (FAILED, CANCELLED) and not stale:
        return existing
    if kind == "create_dataset":
        plan = _plan(ctx, tenant, spec.create_dataset)
        storage = plan.info.storage_dtype
        bounds = chunk_bounds(plan.sentences, plan.width, wire.itemsize(storage), ctx.limits.chunk_bytes)
        rec.chunks_total = len(bounds)
        rec.estimated_bytes = max((sum(len(s.words) for s in plan.sentences[lo:hi]) for lo, hi in bounds),
                                  default=0) * plan.width * 4 * 3  # float32 rows, encoded copy, chunk message
        try:
            stored = ctx.datasets.describe(tenant, plan.handle)
        except NotFound:
            stored = None
        if stored is None:
            # the quota reserved and the build's place fixed now, so that every worker writes into one build
            folder = ctx.datasets.begin_build(tenant, plan.handle,
                                              ctx.datasets.estimate_bytes(plan.sentences, plan.sites, storage))
            rec.plan = json.dumps({"bounds": bounds, "handle": plan.handle, "folder": folder}).encode()
        else:  # content-addressed: the dataset exists, the job is done before it starts
            rec.state, rec.fraction, rec.stage = SUCCEEDED, 1.0, "done"
            rec.result = pb.CreateDatasetResponse(dataset=stored, cache_hits=len(plan.sentences)).SerializeToString()
    elif kind == "erase":
        espec = erasure.spec_from_request(spec.erase)
        erasure.validate(ctx.runtime(spec.erase.model), espec)  # refused now, not on a worker
        points = erasure.points_of(espec)
        rec.chunks_total = len(points)
        rec.plan = json.dumps({"points": points}).encode()
        # one point: its sentences' translations in flight, a batch at a time
        rec.estimated_bytes = 64 * 1024 * len(espec.sentences) + (16 << 20)
    else:
        params, info = check_request(ctx.datasets, tenant, spec.rank_neurons, ctx.analysis_device)
        rec.estimated_bytes = estimate_bytes(ctx.datasets, info, spec.rank_neurons, params)
        if ctx.max_job_bytes and rec.estimated_bytes > ctx.max_job_bytes:
            raise ResourceExhausted(f"this ranking would need about {rec.estimated_bytes} bytes of memory on a worker; "
                                    f"allowed {ctx.max_job_bytes} (--max-job-bytes): rank fewer sites or words")
    if ctx.board.submit(rec, redo_succeeded=stale) and rec.state == QUEUED:
        dispatch(rec)
    return ctx.board.get(rec.id) or rec


def _dataset_exists(ctx: JobContext, tenant: str, rec: JobRecord) -> bool:
    """Whether a finished dataset job's dataset is still stored (deleted or expired: the job is redone)."""
    result = pb.CreateDatasetResponse()
    result.ParseFromString(rec.result)
    try:
        ctx.datasets.describe(tenant, result.dataset.handle)
    except NotFound:
        return False
    return True


# ------------------------------------------------------------------ tasks (on workers)
@contextmanager
def _lease(board: JobBoard, task_key: str, owner: str) -> Iterator[None]:
    """Hold ``task_key`` while the body runs (renewed by a heartbeat); Busy if another live runner has it."""
    if not board.lease(task_key, owner, LEASE_SECONDS):
        raise Busy(max(1.0, board.lease_left(task_key)))
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(LEASE_SECONDS / 3):
            try:
                board.lease(task_key, owner, LEASE_SECONDS)
            except Exception:  # noqa: BLE001 - a missed beat only risks a duplicate run, which is idempotent
                log.warning("lease renewal for %s failed", task_key, exc_info=True)

    t = threading.Thread(target=beat, name=f"lease-{task_key[:16]}", daemon=True)
    t.start()
    try:
        yield
    finally:
        stop.set()
        t.join(1)
        board.unlease(task_key, owner)


def _stopper(board: JobBoard, job: str) -> Callable[[], bool]:
    """A cheap should_stop: reads the job's cancel flag at most every CANCEL_POLL_SECONDS."""
    state = {"at": 0.0, "stop": False}

    def should_stop() -> bool:
        now = time.monotonic()
        if not state["stop"] and now - state["at"] >= CANCEL_POLL_SECONDS:
            state["at"] = now
            state["stop"] = board.cancelled(job)
        return state["stop"]

    return should_stop


@contextmanager
def _task(ctx: JobContext, rec: JobRecord, key: str, **fields: object
          ) -> Iterator[tuple[Callable[[], bool], pb.JobSpec] | None]:
    """Around one task: its lease, an attempt counted, the job marked running with ``fields``; yields
    (should_stop, the job's spec), or None when the job was cancelled meanwhile."""
    with _lease(ctx.board, f"{rec.id}:{key}", ctx.owner):
        ctx.board.add_attempt(rec.id)
        should_stop = _stopper(ctx.board, rec.id)
        if should_stop():
            yield None
            return
        ctx.board.transition(rec.id, RUNNING, **fields)
        spec = pb.JobSpec()
        spec.ParseFromString(rec.spec)
        yield should_stop, spec


def fail_job(ctx: JobContext, job: str, exc: BaseException) -> None:
    """Record the failure; a dataset build's stored chunks and quota reservation go with the job."""
    if ctx.board.transition(job, FAILED, **_failure(exc)):  # False: it had ended already
        abandon_build(ctx, job)


def abandon_build(ctx: JobContext, job: str) -> None:
    """A failed or cancelled dataset job gives back its build: the chunks stored so far and its quota
    reservation (a chunk a late task stores after this is swept as an orphan)."""
    rec = ctx.board.get(job, spec=True, result=False)
    if rec is None or rec.kind != "create_dataset" or not rec.plan:
        return
    try:
        ctx.datasets.abandon_build(rec.tenant, *build_of(rec), rec.chunks_total)
    except Exception:  # noqa: BLE001 - unreleased, the reservation expires with its build time
        log.warning("could not release the build of job %s", job, exc_info=True)


def _failure(exc: BaseException) -> dict[str, str]:
    """The failure as the status a caller would have got: the domain error's code and message (the classes
    are named after the gRPC codes: InvalidArgument -> INVALID_ARGUMENT); anything else is INTERNAL without
    details (they go to the log, never to a client)."""
    if isinstance(exc, NeuronscopeError):
        return {"stage": "failed", "error_code": re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).upper(),
                "error_message": str(exc)[:2000]}
    return {"stage": "failed", "error_code": "INTERNAL", "error_message": "internal error (see the worker's log)"}


def run_chunk(ctx: JobContext, job: str, index: int) -> str:
    """Extract and store chunk ``index`` of a create_dataset job; the runner that stores the last chunk
    commits the dataset. Returns what happened ("stored", "skipped", "cancelled", ...)."""
    rec = ctx.board.get(job, spec=True)
    if rec is None or rec.ended:
        return "skipped"
    if index in ctx.board.chunks_done(job):
        _maybe_finish(ctx, rec)
        return "already stored"
    with _task(ctx, rec, str(index), stage="extracting") as started:
        if started is None:
            return "cancelled"
        should_stop, spec = started
        try:
            plan = _plan(ctx, rec.tenant, spec.create_dataset, rec.id)
            lo, hi = json.loads(rec.plan)["bounds"][index]
            part = plan.sentences[lo:hi]
            rt = ctx.runtime(spec.create_dataset.model)
            run = ctx.extract or _extract_direct
            outs = run(rt, extraction_spec(part, plan.site_names, plan.aggregation), should_stop, rec.tenant)
            chunk = build_chunk(index, list(zip(part, outs)), plan.sites, list(plan.info.label_columns),
                                plan.info.storage_dtype)
            handle, folder = build_of(rec)
            nbytes = ctx.datasets.put_chunk(rec.tenant, handle, folder, index, chunk.SerializeToString())
        except Cancelled:
            return "cancelled"
        except NeuronscopeError as exc:
            fail_job(ctx, job, exc)
            return "failed"
        done = ctx.board.chunk_done(job, index, nbytes, ctx.owner)
        ctx.board.progress(job, "extracting", 0.99 * done / max(1, rec.chunks_total))
    _maybe_finish(ctx, ctx.board.get(job, spec=True) or rec)
    return "stored"


def _extract_direct(rt, spec, should_stop: Callable[[], bool], tenant: str) -> list:
    """A worker's forward passes: the model is its own, so requests of the runtime's largest size."""
    n = rt.limits.max_batch_sentences
    outs: list = []
    for lo in range(0, len(spec.sentences), n):
        if should_stop():
            raise Cancelled("job cancelled")
        outs += rt.translate(dataclasses.replace(spec, sentences=spec.sentences[lo : lo + n]), should_stop)
    return outs


def _maybe_finish(ctx: JobContext, rec: JobRecord) -> None:
    """Commit the dataset once every chunk is stored — exactly once per job run."""
    sizes = ctx.board.chunks_done(rec.id)
    if rec.ended or len(sizes) < rec.chunks_total or not ctx.board.claim_finish(rec.id):
        return
    spec = pb.JobSpec()
    spec.ParseFromString(rec.spec)
    try:
        plan = _plan(ctx, rec.tenant, spec.create_dataset, rec.id)
        handle, folder = build_of(rec)
        info = ctx.datasets.commit_build(rec.tenant, handle, folder, plan.info, rec.chunks_total,
                                         sum(sizes.values()), ttl=spec.create_dataset.ttl_seconds)
    except NeuronscopeError as exc:
        fail_job(ctx, rec.id, exc)
        return
    except BaseException:
        ctx.board.release_finish(rec.id)  # let a later delivery try again
        raise
    result = pb.CreateDatasetResponse(dataset=info)
    ctx.board.transition(rec.id, SUCCEEDED, stage="done", fraction=1.0, result=result.SerializeToString())


def run_rank(ctx: JobContext, job: str) -> str:
    """Run a rank_neurons job to its RankingResult (stored on the board)."""
    rec = ctx.board.get(job, spec=True)
    if rec is None or rec.ended:
        return "skipped"
    with _task(ctx, rec, "rank", stage="loading", fraction=0.0) as started:
        if started is None:
            return "cancelled"
        should_stop, spec = started
        request = spec.rank_neurons
        last = {"at": 0.0}

        def progress(stage: str, fraction: float) -> None:
            now = time.monotonic()
            if now - last["at"] >= 0.25:  # at most 4 writes a second
                last["at"] = now
                ctx.board.progress(job, stage, fraction)

        try:
            params, _ = check_request(ctx.datasets, rec.tenant, request, ctx.analysis_device)
            result = run_ranking(ctx.datasets, rec.tenant, request, params, progress, should_stop,
                                 memory_limit_bytes=ctx.max_job_bytes)
        except Cancelled:
            return "cancelled"
        except NeuronscopeError as exc:
            fail_job(ctx, job, exc)
            return "failed"
        ctx.board.transition(job, SUCCEEDED, stage="done", fraction=1.0,
                             result=result.SerializeToString())
    return "done"


def run_point(ctx: JobContext, job: str, index: int) -> str:
    """Score point ``index`` of an erase job (``erasure.points_of`` order); the runner that stores the last
    point joins them into the job's EraseResult."""
    rec = ctx.board.get(job, spec=True)
    if rec is None or rec.ended:
        return "skipped"
    if index not in ctx.board.chunks_done(job):
        with _task(ctx, rec, str(index), stage="erase") as started:
            if started is None:
                return "cancelled"
            should_stop, spec = started
            select, seed, k = json.loads(rec.plan)["points"][index]
            try:
                rt = ctx.runtime(spec.erase.model)
                p = erasure.erase_point(rt, erasure.spec_from_request(spec.erase), select, seed, k, should_stop,
                                        batch=rt.limits.max_batch_sentences,
                                        translate=_erase_translate(ctx, rt, rec.tenant))
            except Cancelled:
                return "cancelled"
            except NeuronscopeError as exc:
                fail_job(ctx, job, exc)
                return "failed"
            point = pb.ErasePoint(k=p.k, bleu=p.bleu, chrf=p.chrf, perplexity=p.perplexity, erased=p.erased,
                                  translations=p.translations if spec.erase.return_translations else [],
                                  select=p.select, seed=p.seed)
            ctx.board.put_part(job, index, point.SerializeToString())
            done = ctx.board.chunk_done(job, index, point.ByteSize(), ctx.owner)
            ctx.board.progress(job, "erase", 0.99 * done / max(1, rec.chunks_total))
    rec = ctx.board.get(job) or rec
    if not rec.ended and rec.chunks_done >= rec.chunks_total and ctx.board.claim_finish(job):
        parts = ctx.board.parts(job)
        result = pb.EraseResult()
        for i in range(rec.chunks_total):
            result.points.add().ParseFromString(parts[i])
        ctx.board.transition(job, SUCCEEDED, stage="done", fraction=1.0, result=result.SerializeToString())
    return "stored"


def _erase_translate(ctx: JobContext, rt, tenant: str):
    """How a point's translations run: through the server's batcher (bulk priority) when it runs the job,
    or straight on the worker's model."""
    if ctx.extract is None:
        return None
    return lambda spec, stop: ctx.extract(rt, spec, stop, tenant)


def build_of(rec: JobRecord) -> tuple[str, str]:
    """(dataset handle, build folder) a create_dataset job writes into, as fixed at submit."""
    plan = json.loads(rec.plan)
    return plan["handle"], plan["folder"]


def tasks_of(rec: JobRecord) -> list[tuple[str, tuple]]:
    """The tasks a job is made of: (name, args)."""
    if rec.kind == "create_dataset":
        return [("extract_chunk", (rec.id, i)) for i in range(rec.chunks_total)]
    if rec.kind == "erase":
        return [("erase_point", (rec.id, i)) for i in range(rec.chunks_total)]
    return [("rank", (rec.id,))]


class ThreadDispatcher:
    """Runs jobs on this process's threads (no broker configured): one job's tasks in order, jobs side
    by side up to ``workers``."""

    def __init__(self, ctx: JobContext, workers: int = 2) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.ctx = ctx
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="job")

    def __call__(self, rec: JobRecord) -> None:
        self.pool.submit(self._run, rec)

    def _run(self, rec: JobRecord) -> None:
        for name, args in tasks_of(rec):
            try:
                outcome = RUNNERS[name](self.ctx, *args)
            except BaseException as exc:  # noqa: BLE001 - the job records the failure; the thread lives on
                log.exception("job %s task %s failed", rec.id, name)
                fail_job(self.ctx, rec.id, exc)
                return
            if outcome in ("cancelled", "failed", "skipped"):
                return

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


RUNNERS = {"extract_chunk": run_chunk, "erase_point": run_point, "rank": run_rank}


def job_pb(rec: JobRecord) -> pb.Job:
    """The record as the wire's Job message (the result decoded by kind)."""
    job = pb.Job(id=rec.id, kind=rec.kind, state=rec.state, stage=rec.stage, fraction=rec.fraction,
                 chunks_total=rec.chunks_total, chunks_done=rec.chunks_done, created_unix=rec.created_unix,
                 updated_unix=rec.updated_unix, error_code=rec.error_code, error_message=rec.error_message,
                 estimated_bytes=rec.estimated_bytes, attempts=rec.attempts)
    if rec.state == SUCCEEDED and rec.result:
        if rec.kind == "create_dataset":
            job.dataset.ParseFromString(rec.result)
        elif rec.kind == "erase":
            job.erase.ParseFromString(rec.result)
        else:
            job.ranking.ParseFromString(rec.result)
    return job
