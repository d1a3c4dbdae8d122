"""Rolling out a profile version to live traffic: canaries, promotion, rollback, and an audit log.

A rollout is a small record per (tenant, profile name): the ``stable`` version, an optional ``canary``
version with the share of requests it gets, and the history of stable versions. A Translate that names
the profile without ``@version`` (or a server's default profile) gets the canary when the request's
routing key — its ``request_id``, else the ``x-canary-key`` metadata, else its sentences — hashes under
the canary share, else the stable version: deterministic, so a key sticks to one version. Without a
rollout record the latest version applies, as before.

Every change to profiles and rollouts appends an audit entry (who — key id and tenant —, what, when),
readable by the tenant's admins only. Records are JSON in the data store: the rollout at
``ns:v1:rollout:{tenant}:{name}``, audit entries at ``ns:v1:audit:{tenant}:{seq}`` numbered by INCR.
Rollout records are kept in memory and re-read at most every ``refresh_seconds``, so live traffic does
not wait on the store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from neuronscope_server.errors import InvalidArgument, NotFound, ResourceExhausted, Unavailable
from neuronscope_server.store import KVStore, StoreFull, StoreUnavailable

ROLLOUT = "ns:v1:rollout:"
AUDIT = "ns:v1:audit:"
AUDIT_SEQ = "ns:v1:auditseq:"


@dataclass
class Rollout:
    name: str
    stable: int
    canary: int = 0
    percent: float = 0.0  # share of requests (0-100) that get the canary
    history: list[int] = field(default_factory=list)  # earlier stable versions, oldest first
    updated_by: str = ""
    updated_unix: float = 0.0
    shadow: int = 0  # a version run beside live traffic for comparison only (0: none)
    shadow_percent: float = 0.0  # share of requests also run with it

    def _bucket(self, salt: str, routing_key: str) -> int:
        return int.from_bytes(hashlib.sha256(f"{self.name}:{salt}:{routing_key}".encode()).digest()[:4], "big") % 10000

    def pick(self, routing_key: str) -> int:
        """The version for a request with this key (deterministic: the same key, the same version)."""
        if not self.canary or self.percent <= 0:
            return self.stable
        return self.canary if self._bucket("canary", routing_key) < self.percent * 100 else self.stable

    def shadowed(self, routing_key: str) -> bool:
        """Whether this request is also run with the shadow version (its own sample, independent of the canary)."""
        return bool(self.shadow) and self._bucket("shadow", routing_key) < self.shadow_percent * 100


class Rollouts:
    def __init__(self, store: KVStore, refresh_seconds: float = 1.0) -> None:
        self.store = store
        self.refresh_seconds = refresh_seconds
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], tuple[Rollout | None, float]] = {}

    # ------------------------------------------------------------------ records
    def _read(self, tenant: str, name: str) -> Rollout | None:
        try:
            raw = self.store.get_many([f"{ROLLOUT}{tenant}:{name}"], strict=True)[0]
        except StoreUnavailable:
            raise Unavailable("rollout store (Redis) is unavailable") from None
        return None if raw is None else Rollout(**json.loads(raw))

    def _write(self, tenant: str, r: Rollout) -> None:
        try:
            self.store.set_many({f"{ROLLOUT}{tenant}:{r.name}": json.dumps(asdict(r)).encode()}, None, strict=True)
        except StoreFull:
            raise ResourceExhausted("rollout store is full") from None
        except StoreUnavailable:
            raise Unavailable("rollout store (Redis) is unavailable") from None
        with self._lock:
            self._cache[(tenant, r.name)] = (r, time.monotonic())

    def get(self, tenant: str, name: str) -> Rollout | None:
        """The rollout of ``name`` (from memory when fresh; the last known copy when the store fails)."""
        with self._lock:
            hit = self._cache.get((tenant, name))
        if hit is not None and time.monotonic() - hit[1] < self.refresh_seconds:
            return hit[0]
        try:
            r = self._read(tenant, name)
        except Unavailable:
            if hit is not None:
                return hit[0]
            raise
        with self._lock:
            self._cache[(tenant, name)] = (r, time.monotonic())
        return r

    def set(self, tenant: str, name: str, canary: int, percent: float, stable: int, who: str) -> Rollout:
        if not 0 <= percent <= 100:
            raise InvalidArgument(f"percent {percent} out of range; allowed 0-100")
        r = self._read(tenant, name) or Rollout(name=name, stable=stable)
        r.canary, r.percent = canary, float(percent)
        r.updated_by, r.updated_unix = who, time.time()
        self._write(tenant, r)
        self.audit(tenant, who, "rollout", name, canary, f"canary v{canary} at {percent:g} %, stable v{r.stable}")
        return r

    def set_shadow(self, tenant: str, name: str, version: int, percent: float, stable: int, who: str) -> Rollout:
        if not 0 <= percent <= 100:
            raise InvalidArgument(f"percent {percent} out of range; allowed 0-100")
        r = self._read(tenant, name) or Rollout(name=name, stable=stable)
        r.shadow, r.shadow_percent = version, float(percent)
        r.updated_by, r.updated_unix = who, time.time()
        self._write(tenant, r)
        self.audit(tenant, who, "shadow", name, version, f"shadow v{version} on {percent:g} % of requests")
        return r

    def promote(self, tenant: str, name: str, who: str) -> Rollout:
        r = self._read(tenant, name)
        if r is None or not r.canary:
            raise InvalidArgument(f"profile {name!r} has no canary to promote")
        r.history.append(r.stable)
        old = r.stable
        r.stable, r.canary, r.percent = r.canary, 0, 0.0
        r.updated_by, r.updated_unix = who, time.time()
        self._write(tenant, r)
        self.audit(tenant, who, "promote", name, r.stable, f"stable v{old} -> v{r.stable}")
        return r

    def rollback(self, tenant: str, name: str, who: str) -> Rollout:
        """Drop the canary if there is one; else return to the previous stable version."""
        r = self._read(tenant, name)
        if r is None:
            raise NotFound(f"profile {name!r} has no rollout to roll back")
        if r.canary:
            detail = f"canary v{r.canary} dropped, stable v{r.stable}"
            r.canary, r.percent = 0, 0.0
        elif r.history:
            old, r.stable = r.stable, r.history.pop()
            detail = f"stable v{old} -> v{r.stable}"
        else:
            raise InvalidArgument(f"profile {name!r} has no earlier stable version to roll back to")
        r.updated_by, r.updated_unix = who, time.time()
        self._write(tenant, r)
        self.audit(tenant, who, "rollback", name, r.stable, detail)
        return r

    # ------------------------------------------------------------------ audit
    def audit(self, tenant: str, who: str, action: str, name: str, version: int, detail: str = "") -> None:
        """Append an entry; a store failure is logged by the store and does not undo the change."""
        try:
            seq = self.store.incr(f"{AUDIT_SEQ}{tenant}")
            entry = {"seq": seq, "unix": time.time(), "key_id": who, "tenant": tenant, "action": action,
                     "profile": name, "version": version, "detail": detail}
            self.store.set_many({f"{AUDIT}{tenant}:{seq}": json.dumps(entry).encode()}, None, strict=True)
        except StoreUnavailable:
            pass

    def audit_log(self, tenant: str, limit: int = 100) -> list[dict]:
        """The tenant's newest ``limit`` entries, newest first (reads the counter, then the entries)."""
        try:
            top = int(self.store.get_many([f"{AUDIT_SEQ}{tenant}"], strict=True)[0] or b"0")
            seqs = list(range(top, max(0, top - limit), -1))
            raws = self.store.get_many([f"{AUDIT}{tenant}:{s}" for s in seqs], strict=True)
        except StoreUnavailable:
            raise Unavailable("audit store (Redis) is unavailable") from None
        return [json.loads(r) for r in raws if r is not None]


def routing_key(request_id: str, metadata: dict, sentences: list[str]) -> str:
    """What a canary split hashes: the request id, else the client's x-canary-key, else the sentences."""
    return request_id or metadata.get("x-canary-key", "") or "\x1f".join(sentences)


class ShadowRunner:
    """Runs shadow work one item at a time, and only once the model has been quiet for ``quiet_s``.

    A forward pass cannot be preempted: a shadow pass that is running when a live request arrives makes it
    wait, whatever its priority. So a shadow run starts only when the model's batcher has had nothing queued
    or running for ``quiet_s`` — under back-to-back traffic shadows wait — and at most ``max_pending`` wait:
    the oldest are dropped (``on_drop``), so shadowing is a best-effort sample that never slows live answers.
    """

    def __init__(self, quiet_s: float = 0.05, max_pending: int = 64) -> None:
        self.quiet_s, self.max_pending = quiet_s, max_pending
        self._pending: deque = deque()
        self._cv = threading.Condition()
        self._thread = threading.Thread(target=self._loop, name="shadow", daemon=True)
        self._thread.start()

    def submit(self, batcher, call: Callable, fn: Callable[[], None], on_drop: Callable[[], None]) -> None:
        """Queue ``call(fn)`` to run when ``batcher`` (anything with ``quiet_for()``) has been quiet."""
        with self._cv:
            if len(self._pending) >= self.max_pending:
                _, _, _, drop = self._pending.popleft()
                drop()
            self._pending.append((batcher, call, fn, on_drop))
            self._cv.notify()

    def pending(self) -> int:
        with self._cv:
            return len(self._pending)

    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._pending:
                    self._cv.wait()
                batcher = self._pending[0][0]
            quiet = batcher.quiet_for()
            if quiet < self.quiet_s:
                time.sleep(max(self.quiet_s - quiet, self.quiet_s / 5))
                continue
            with self._cv:
                if not self._pending:
                    continue
                _, call, fn, _ = self._pending.popleft()
            try:
                call(fn)
            except Exception:  # noqa: BLE001 - shadow work never takes the runner down
                logging.getLogger(__name__).exception("shadow run failed")


class ShadowLog:
    """What shadow runs found, per (tenant, profile, version): counts and a bounded sample of differences."""

    def __init__(self, samples: int = 20) -> None:
        self._lock = threading.Lock()
        self._stats: dict[tuple[str, str, int], dict] = {}
        self.samples = samples

    def record(self, tenant: str, name: str, version: int, sources: list[str], live: list[str],
               shadow: list[str]) -> int:
        """Add one shadowed request; returns how many of its sentences changed."""
        changed = 0
        with self._lock:
            st = self._stats.setdefault((tenant, name, version), {"requests": 0, "sentences": 0, "changed": 0,
                                                                  "diffs": []})
            st["requests"] += 1
            for s, a, b in zip(sources, live, shadow):
                st["sentences"] += 1
                if a != b:
                    changed += 1
                    st["changed"] += 1
                    st["diffs"].append({"source": s, "live": a, "shadow": b})
                    del st["diffs"][: -self.samples]  # bounded: the newest samples
        return changed

    def report(self, tenant: str, name: str) -> list[tuple[int, dict]]:
        with self._lock:
            return sorted((v, dict(st, diffs=list(st["diffs"]))) for (t, n, v), st in self._stats.items()
                          if t == tenant and n == name)
