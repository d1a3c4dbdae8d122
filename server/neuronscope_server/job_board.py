"""Job records: state, progress, chunks done, cancellation and results of long work — no gRPC, no torch.

A job is one tenant's piece of long work (CreateDataset, RankNeurons) split into tasks that workers run.
Its id is derived from the tenant and the request's content, so submitting the same work again finds the
same job (and its result) instead of doing the work twice. Records live in Redis when the server and its
workers share one (the record outlives any process: a restarted gRPC server still answers GetJob, a
redelivered task finds what its dead predecessor finished); in-process otherwise (the embedded default).

Two things make redelivery safe. Each task holds a *lease* (a Redis key with a short expiry, renewed by a
heartbeat) while it runs: a second delivery of a task whose lease is alive defers instead of running it
twice. And every write a task makes is idempotent (chunk i is stored under its index, a finished job is
never re-finished), so a task killed half-way and run again ends in the same state.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, replace

QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED = "queued", "running", "succeeded", "failed", "cancelled"
STATES = (QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED)
ENDED = (SUCCEEDED, FAILED, CANCELLED)
PREFIX = "ns:job:"
# a finished job's record (and result) is kept this long after its last change
RECORD_SECONDS = 7 * 24 * 3600


def job_id(tenant: str, kind: str, spec: bytes) -> str:
    """The content address of a job: the same tenant submitting the same spec gets the same id."""
    h = hashlib.sha256()
    for part in (tenant.encode(), kind.encode(), spec):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return "j-" + h.hexdigest()[:32]


@dataclass
class JobRecord:
    id: str
    tenant: str
    kind: str
    spec: bytes  # the serialized JobSpec (deterministic)
    state: str = QUEUED
    stage: str = ""
    fraction: float = 0.0
    chunks_total: int = 0
    chunks_done: int = 0
    created_unix: float = 0.0
    updated_unix: float = 0.0
    error_code: str = ""
    error_message: str = ""
    estimated_bytes: int = 0
    attempts: int = 0
    cancel: bool = False
    result: bytes = b""
    plan: bytes = b""  # what the submitter decided for the workers (e.g. chunk boundaries), opaque here

    @property
    def ended(self) -> bool:
        return self.state in ENDED


_FIELDS = ("tenant", "kind", "spec", "state", "stage", "fraction", "chunks_total", "created_unix",
           "updated_unix", "error_code", "error_message", "estimated_bytes", "attempts", "cancel", "result", "plan")
_SMALL = tuple(f for f in _FIELDS if f not in ("spec", "result", "plan"))  # "tenant" first: it marks a record


def _record(job: str, h: dict[bytes, bytes], done: int) -> JobRecord:
    g = lambda k, d=b"": h.get(k.encode(), d)  # noqa: E731
    return JobRecord(
        id=job, tenant=g("tenant").decode(), kind=g("kind").decode(), spec=g("spec"), state=g("state").decode(),
        stage=g("stage").decode(), fraction=float(g("fraction", b"0")), chunks_total=int(g("chunks_total", b"0")),
        chunks_done=done, created_unix=float(g("created_unix", b"0")), updated_unix=float(g("updated_unix", b"0")),
        error_code=g("error_code").decode(), error_message=g("error_message").decode(),
        estimated_bytes=int(g("estimated_bytes", b"0")), attempts=int(g("attempts", b"0")),
        cancel=g("cancel") == b"1", result=g("result"), plan=g("plan"),
    )


def _encode(fields: dict[str, object]) -> dict[str, bytes]:
    out = {}
    for k, v in fields.items():
        if isinstance(v, bytes):
            out[k] = v
        elif isinstance(v, bool):
            out[k] = b"1" if v else b"0"
        else:
            out[k] = str(v).encode()
    return out


# Move a job to a new state unless it has ended (a cancelled job stays cancelled whatever a late task says).
# ARGV: state, then field/value pairs. Returns 1 when applied.
_TRANSITION = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 0 end
if state == 'succeeded' or state == 'failed' or state == 'cancelled' then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[1])
for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1
"""

# Submit: create the record if absent; restart it if it ended without success (or, when asked, if its result
# is gone: a dataset deleted since). Returns 1 when the caller must dispatch the job's tasks, 0 when it
# already exists (queued, running or succeeded).
_SUBMIT = """
local state = redis.call('HGET', KEYS[1], 'state')
local stale = ARGV[#ARGV - 2] == '1' and state == 'succeeded'
if state and state ~= 'failed' and state ~= 'cancelled' and not stale then return 0 end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[1] .. ':owners', KEYS[1] .. ':parts')
for i = 1, #ARGV - 3, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('ZADD', KEYS[4], ARGV[#ARGV - 1], ARGV[#ARGV])
return 1
"""


class RedisJobBoard:
    """Job records in Redis: a hash per job, a hash of stored chunks (index → bytes), a per-tenant index."""

    def __init__(self, client) -> None:
        self.r = client
        self._transition = client.register_script(_TRANSITION)
        self._submit = client.register_script(_SUBMIT)

    @staticmethod
    def _keys(job: str) -> tuple[str, str, str]:
        return PREFIX + job, PREFIX + job + ":done", PREFIX + job + ":finish"

    def submit(self, rec: JobRecord, redo_succeeded: bool = False) -> bool:
        now = time.time()
        rec.created_unix = rec.updated_unix = now
        fields = {k: getattr(rec, k) for k in _FIELDS}
        args: list[object] = []
        for k, v in _encode(fields).items():
            args += [k, v]
        key, done, finish = self._keys(rec.id)
        fresh = bool(self._submit(keys=[key, done, finish, f"ns:jobs:{rec.tenant}"],
                                  args=[*args, "1" if redo_succeeded else "0", now, rec.id]))
        self.r.expire(key, RECORD_SECONDS)
        return fresh

    def get(self, job: str, spec: bool = False, result: bool = True) -> JobRecord | None:
        """The record; its spec and plan only with ``spec`` (a dataset job's spec holds every sentence:
        megabytes, which a watcher polling 5 times a second must not fetch), its result (when it
        succeeded) unless ``result`` is False."""
        key, done, _ = self._keys(job)
        fields = [*_SMALL, *(("spec", "plan") if spec else ())]
        pipe = self.r.pipeline()
        pipe.hmget(key, fields)
        pipe.hlen(done)
        values, n = pipe.execute()
        if values[0] is None:  # no tenant: no record
            return None
        rec = _record(job, {f.encode(): v for f, v in zip(fields, values) if v is not None}, int(n))
        if result and rec.state == SUCCEEDED:
            rec.result = self.r.hget(key, "result") or b""
        return rec

    def transition(self, job: str, state: str, **fields: object) -> bool:
        fields["updated_unix"] = time.time()
        args: list[object] = [state]
        for k, v in _encode(fields).items():
            args += [k, v]
        key = self._keys(job)[0]
        applied = bool(self._transition(keys=[key], args=args))
        if state in ENDED and applied:
            self.r.expire(key, RECORD_SECONDS)
        return applied

    def progress(self, job: str, stage: str, fraction: float) -> None:
        # HSET only while running: progress never resurrects an ended job's record
        self._transition(keys=[self._keys(job)[0]], args=[RUNNING, "stage", stage, "fraction", f"{fraction:.6f}",
                                                          "updated_unix", str(time.time())])

    def chunk_done(self, job: str, index: int, nbytes: int, owner: str = "") -> int:
        """Record chunk ``index`` as stored (``nbytes``, by ``owner``); returns how many chunks are stored."""
        key, done, _ = self._keys(job)
        pipe = self.r.pipeline()
        pipe.hset(done, str(index), str(nbytes))
        pipe.expire(done, RECORD_SECONDS)
        pipe.hlen(done)
        pipe.hset(key, "updated_unix", str(time.time()))
        if owner:  # who stored what: for operators (and tests) looking at how work spread
            pipe.hset(PREFIX + job + ":owners", str(index), owner)
            pipe.expire(PREFIX + job + ":owners", RECORD_SECONDS)
        return int(pipe.execute()[2])

    def chunks_done(self, job: str) -> dict[int, int]:
        """{chunk index: stored bytes} of the chunks stored so far."""
        return {int(k): int(v) for k, v in self.r.hgetall(self._keys(job)[1]).items()}

    def put_part(self, job: str, index: int, data: bytes) -> None:
        """A task's own piece of the result (an erase point), kept until the job's finisher joins them."""
        pipe = self.r.pipeline()
        pipe.hset(PREFIX + job + ":parts", str(index), data)
        pipe.expire(PREFIX + job + ":parts", RECORD_SECONDS)
        pipe.execute()

    def parts(self, job: str) -> dict[int, bytes]:
        return {int(k): v for k, v in self.r.hgetall(PREFIX + job + ":parts").items()}

    def claim_finish(self, job: str) -> bool:
        """True for exactly one caller per job run: the one that finishes it (commits the dataset)."""
        return bool(self.r.set(self._keys(job)[2], b"1", nx=True, ex=RECORD_SECONDS))

    def release_finish(self, job: str) -> None:
        self.r.delete(self._keys(job)[2])

    def add_attempt(self, job: str) -> None:
        self.r.hincrby(self._keys(job)[0], "attempts", 1)

    def request_cancel(self, job: str) -> bool:
        key = self._keys(job)[0]
        self.r.hset(key, "cancel", b"1")
        return self.transition(job, CANCELLED, stage="cancelled")

    def cancelled(self, job: str) -> bool:
        return self.r.hget(self._keys(job)[0], "cancel") == b"1"

    def list(self, tenant: str, limit: int) -> list[JobRecord]:
        """The tenant's newest ``limit`` records, without specs or results (GetJob has those)."""
        ids = [x.decode() for x in self.r.zrevrange(f"ns:jobs:{tenant}", 0, limit - 1)]
        recs = [self.get(j, result=False) for j in ids]
        stale = [j for j, r in zip(ids, recs) if r is None]
        if stale:  # expired records leave the index too
            self.r.zrem(f"ns:jobs:{tenant}", *stale)
        return [r for r in recs if r is not None]

    # -- leases: one live runner per task
    def lease(self, task_key: str, owner: str, seconds: float) -> bool:
        """Take (or renew, if ``owner`` holds it) the lease on ``task_key``; False when another holds it."""
        key = f"ns:lease:{task_key}"
        if self.r.set(key, owner, nx=True, px=int(seconds * 1000)):
            return True
        if self.r.get(key) == owner.encode():
            self.r.pexpire(key, int(seconds * 1000))
            return True
        return False

    def lease_left(self, task_key: str) -> float:
        ms = self.r.pttl(f"ns:lease:{task_key}")
        return max(0.0, ms / 1000) if ms and ms > 0 else 0.0

    def unlease(self, task_key: str, owner: str) -> None:
        key = f"ns:lease:{task_key}"
        if self.r.get(key) == owner.encode():
            self.r.delete(key)


class MemoryJobBoard:
    """The same records in this process (no broker: the server runs jobs on its own threads)."""

    def __init__(self) -> None:
        self._jobs: dict[str, JobRecord] = {}
        self._done: dict[str, dict[int, int]] = {}
        self._parts: dict[str, dict[int, bytes]] = {}
        self._finish: set[str] = set()
        self._leases: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def submit(self, rec: JobRecord, redo_succeeded: bool = False) -> bool:
        with self._lock:
            old = self._jobs.get(rec.id)
            if old is not None and old.state not in (FAILED, CANCELLED) and not (
                    redo_succeeded and old.state == SUCCEEDED):
                return False
            rec.created_unix = rec.updated_unix = time.time()
            self._jobs[rec.id] = rec
            self._done[rec.id] = {}
            self._parts.pop(rec.id, None)
            self._finish.discard(rec.id)
            return True

    def get(self, job: str, spec: bool = False, result: bool = True) -> JobRecord | None:
        with self._lock:
            rec = self._jobs.get(job)
            if rec is None:
                return None
            out = replace(rec)
            out.chunks_done = len(self._done.get(job, ()))
        if not spec:  # the same record the Redis board gives
            out.spec, out.plan = b"", b""
        if not result or out.state != SUCCEEDED:
            out.result = b""
        return out

    def transition(self, job: str, state: str, **fields: object) -> bool:
        with self._lock:
            rec = self._jobs.get(job)
            if rec is None or rec.ended:
                return False
            rec.state = state
            for k, v in fields.items():
                setattr(rec, k, v)
            rec.updated_unix = time.time()
            return True

    def progress(self, job: str, stage: str, fraction: float) -> None:
        self.transition(job, RUNNING, stage=stage, fraction=fraction)

    def chunk_done(self, job: str, index: int, nbytes: int, owner: str = "") -> int:
        with self._lock:
            s = self._done.setdefault(job, {})
            s[index] = nbytes
            return len(s)

    def chunks_done(self, job: str) -> dict[int, int]:
        with self._lock:
            return dict(self._done.get(job, {}))

    def put_part(self, job: str, index: int, data: bytes) -> None:
        with self._lock:
            self._parts.setdefault(job, {})[index] = data

    def parts(self, job: str) -> dict[int, bytes]:
        with self._lock:
            return dict(self._parts.get(job, {}))

    def claim_finish(self, job: str) -> bool:
        with self._lock:
            if job in self._finish:
                return False
            self._finish.add(job)
            return True

    def release_finish(self, job: str) -> None:
        with self._lock:
            self._finish.discard(job)

    def add_attempt(self, job: str) -> None:
        with self._lock:
            if job in self._jobs:
                self._jobs[job].attempts += 1

    def request_cancel(self, job: str) -> bool:
        with self._lock:
            if job in self._jobs:
                self._jobs[job].cancel = True
        return self.transition(job, CANCELLED, stage="cancelled")

    def cancelled(self, job: str) -> bool:
        with self._lock:
            rec = self._jobs.get(job)
            return bool(rec and rec.cancel)

    def list(self, tenant: str, limit: int) -> list[JobRecord]:
        with self._lock:
            ids = [j for j, r in sorted(self._jobs.items(), key=lambda kv: -kv[1].created_unix) if r.tenant == tenant]
        return [r for r in (self.get(j, result=False) for j in ids[:limit]) if r is not None]

    def lease(self, task_key: str, owner: str, seconds: float) -> bool:
        now = time.monotonic()
        with self._lock:
            held = self._leases.get(task_key)
            if held is None or held[1] < now or held[0] == owner:
                self._leases[task_key] = (owner, now + seconds)
                return True
            return False

    def lease_left(self, task_key: str) -> float:
        with self._lock:
            held = self._leases.get(task_key)
            return max(0.0, held[1] - time.monotonic()) if held else 0.0

    def unlease(self, task_key: str, owner: str) -> None:
        with self._lock:
            if self._leases.get(task_key, ("",))[0] == owner:
                del self._leases[task_key]


JobBoard = RedisJobBoard | MemoryJobBoard


def open_board(redis_url: str) -> JobBoard:
    """Redis when a URL is given (server and workers must name the same one), else in-process."""
    if not redis_url:
        return MemoryJobBoard()
    import redis

    return RedisJobBoard(redis.Redis.from_url(redis_url, socket_timeout=5, socket_connect_timeout=5))
