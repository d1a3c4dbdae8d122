"""Key-value stores behind the activation cache, datasets and profiles: Redis, or an in-process LRU.

Both implement ``KVStore``. The Redis store never fails a cache request: every call is bounded by a
socket timeout, and an error is logged, counted and reported as a miss (reads) or a skipped write.
Only when Redis is *unreachable* (connection refused, reset or timed out) does the store stay quiet
for ``backoff`` seconds instead of paying a timeout per call (then redis-py reconnects by itself);
any other failure (a command error, a full Redis) fails only the call that met it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Protocol

log = logging.getLogger(__name__)


class StoreUnavailable(Exception):
    """The backing store did not answer (only raised by ``strict`` calls)."""


class StoreFull(StoreUnavailable):
    """The store refused a write for lack of memory (in-process store full, Redis OOM under maxmemory)."""


class KVStore(Protocol):
    kind: str

    def get_many(self, keys: Sequence[str], strict: bool = False) -> list[bytes | None]: ...

    def set_many(self, items: dict[str, bytes], ttl_seconds: int | None, strict: bool = False) -> bool: ...

    def delete(self, keys: Iterable[str]) -> int: ...

    def scan(self, prefix: str) -> list[str]: ...

    def incr(self, key: str) -> int: ...

    def add(self, key: str, value: bytes) -> bool: ...

    def ttl(self, key: str) -> int | None: ...


class MemoryStore:
    """A bounded LRU of bytes with per-key expiry; thread-safe. Evicts least recently used first."""

    kind = "memory"

    def __init__(self, max_bytes: int = 256 * 1024 * 1024, evict: bool = True) -> None:
        self.max_bytes = max_bytes
        # evict=False: a store of records nobody may lose (datasets, profiles) refuses writes when full
        self.evict = evict
        self._data: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.RLock()  # re-entered by incr/add, which read and write under one hold

    def _live(self, key: str, now: float) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires <= now:
            self._drop(key)
            return None
        self._data.move_to_end(key)
        return value

    def _drop(self, key: str) -> None:
        value, _ = self._data.pop(key)
        self._bytes -= len(value)

    def get_many(self, keys: Sequence[str], strict: bool = False) -> list[bytes | None]:
        now = time.monotonic()
        with self._lock:
            return [self._live(k, now) for k in keys]

    def set_many(self, items: dict[str, bytes], ttl_seconds: int | None, strict: bool = False) -> bool:
        """Write; ``ttl_seconds=None`` keeps the entries until deleted (or evicted)."""
        expires = float("inf") if ttl_seconds is None else time.monotonic() + ttl_seconds
        with self._lock:
            if not self.evict:
                replaced = sum(len(self._data[k][0]) for k in items if k in self._data)
                need = self._bytes - replaced + sum(len(v) for v in items.values())
                if need > self.max_bytes:
                    raise StoreFull(f"in-process store full: {need} bytes needed, {self.max_bytes} allowed")
            for key, value in items.items():
                if len(value) > self.max_bytes:
                    if strict:
                        raise StoreFull(f"{len(value)} bytes exceed the in-process store ({self.max_bytes})")
                    continue  # would evict everything and still not fit
                if key in self._data:
                    self._drop(key)
                self._data[key] = (value, expires)
                self._bytes += len(value)
            while self._bytes > self.max_bytes and self._data:
                self._drop(next(iter(self._data)))
        return True

    def delete(self, keys: Iterable[str]) -> int:
        n = 0
        with self._lock:
            for k in keys:
                if k in self._data:
                    self._drop(k)
                    n += 1
        return n

    def scan(self, prefix: str) -> list[str]:
        now = time.monotonic()
        with self._lock:
            return [k for k in list(self._data) if k.startswith(prefix) and self._live(k, now) is not None]

    def incr(self, key: str) -> int:
        """Add one to the integer at ``key`` (0 when absent) and return it; atomic, no expiry."""
        with self._lock:
            value = int(self._live(key, time.monotonic()) or b"0") + 1
            self.set_many({key: str(value).encode()}, None, strict=True)
        return value

    def add(self, key: str, value: bytes) -> bool:
        """Write ``key`` only if it does not exist (no expiry); whether it was written."""
        with self._lock:
            if self._live(key, time.monotonic()) is not None:
                return False
            self.set_many({key: value}, None, strict=True)
        return True

    @property
    def lock(self) -> threading.RLock:
        """Held by the dataset index to change several keys as one step."""
        return self._lock

    def expire_at(self, keys: Iterable[str], unix: float) -> None:
        """Give ``keys`` one absolute expiry (seconds since the epoch); absent keys are skipped."""
        expires = time.monotonic() + (unix - time.time())
        with self._lock:
            for k in keys:
                if k in self._data:
                    self._data[k] = (self._data[k][0], expires)

    def ttl(self, key: str) -> int | None:
        with self._lock:
            item = self._data.get(key)
            if item is None or item[1] == float("inf"):
                return None
            return max(0, int(item[1] - time.monotonic()))

    @property
    def nbytes(self) -> int:
        return self._bytes


class RedisStore:
    """Redis with bounded calls; failures degrade to misses (see module docstring)."""

    kind = "redis"

    def __init__(self, url: str, timeout: float = 0.5, backoff: float = 1.0, on_error=None) -> None:
        import redis

        self._redis = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=15,
            retry_on_timeout=False,
        )
        self.backoff = backoff
        self._quiet_until = 0.0
        self._on_error = on_error or (lambda op: None)
        self.url_for_logs = url.split("@")[-1]  # never log a password in the URL

    def _down(self) -> bool:
        return time.monotonic() < self._quiet_until

    @property
    def client(self):
        """The redis-py client, for multi-key transactions (the dataset index)."""
        return self._redis

    def _failed(self, op: str, exc: Exception) -> None:
        self._on_error(op)
        if _unreachable(exc):
            # every call would meet the same timeout: the cache steps aside for a moment
            self._quiet_until = time.monotonic() + self.backoff
            log.warning("redis %s failed (%s): %s; treating the cache as a miss for %.1fs", op,
                        self.url_for_logs, type(exc).__name__, self.backoff)
        else:
            log.warning("redis %s failed (%s): %s; this call only", op, self.url_for_logs, type(exc).__name__)

    def eviction_policy(self) -> str | None:
        """Redis's ``maxmemory-policy`` (None when it cannot be read, e.g. CONFIG is disabled)."""
        try:
            return self._redis.config_get("maxmemory-policy").get("maxmemory-policy")
        except Exception:  # noqa: BLE001 - managed Redis often forbids CONFIG
            return None

    def get_many(self, keys: Sequence[str], strict: bool = False) -> list[bytes | None]:
        """Pipelined MGET. Failures read as misses, or raise StoreUnavailable when ``strict``."""
        if not keys:
            return []
        if self._down() and not strict:
            return [None] * len(keys)
        try:
            return list(self._redis.mget(list(keys)))
        except Exception as exc:  # noqa: BLE001 - any Redis failure is a miss
            self._failed("mget", exc)
            if strict:
                raise StoreUnavailable("redis unavailable") from exc
            return [None] * len(keys)

    def set_many(self, items: dict[str, bytes], ttl_seconds: int | None, strict: bool = False) -> bool:
        """Write with a TTL (None: no expiry). Failures return False, or raise StoreUnavailable when ``strict``."""
        if not items:
            return True
        if self._down() and not strict:
            return False
        try:
            pipe = self._redis.pipeline(transaction=False)
            for k, v in items.items():
                pipe.set(k, v, ex=None if ttl_seconds is None else max(1, int(ttl_seconds)))
            pipe.execute()
            return True
        except Exception as exc:  # noqa: BLE001
            if _is_oom(exc):  # Redis is up, only full: no back-off, reads go on
                if strict:
                    raise StoreFull("redis is out of memory (maxmemory)") from exc
                self._on_error("set")
                return False
            self._failed("set", exc)
            if strict:
                raise StoreUnavailable("redis unavailable") from exc
            return False

    def delete(self, keys: Iterable[str]) -> int:
        keys = list(keys)
        if not keys:
            return 0
        try:
            return int(self._redis.delete(*keys))
        except Exception as exc:  # noqa: BLE001
            self._failed("delete", exc)
            raise StoreUnavailable("redis unavailable") from exc

    def scan(self, prefix: str) -> list[str]:
        try:
            return [k.decode() for k in self._redis.scan_iter(match=_escape(prefix) + "*", count=500)]
        except Exception as exc:  # noqa: BLE001
            self._failed("scan", exc)
            raise StoreUnavailable("redis unavailable") from exc

    def incr(self, key: str) -> int:
        try:
            return int(self._redis.incr(key))
        except Exception as exc:  # noqa: BLE001
            self._failed("incr", exc)
            raise StoreUnavailable("redis unavailable") from exc

    def add(self, key: str, value: bytes) -> bool:
        try:
            return bool(self._redis.set(key, value, nx=True))
        except Exception as exc:  # noqa: BLE001
            if _is_oom(exc):
                raise StoreFull("redis is out of memory (maxmemory)") from exc
            self._failed("set", exc)
            raise StoreUnavailable("redis unavailable") from exc

    def ttl(self, key: str) -> int | None:
        try:
            t = int(self._redis.ttl(key))
        except Exception as exc:  # noqa: BLE001
            self._failed("ttl", exc)
            return None
        return None if t < 0 else t


def _unreachable(exc: Exception) -> bool:
    """A connection-level failure (refused, reset, timed out), as opposed to an error of one command."""
    import redis

    return isinstance(exc, (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError))


def _is_oom(exc: Exception) -> bool:
    """Redis refused a write at maxmemory (redis-py's OutOfMemoryError: "... used memory > 'maxmemory'")."""
    return type(exc).__name__ == "OutOfMemoryError" or "maxmemory" in str(exc)


def _escape(prefix: str) -> str:
    return "".join("\\" + c if c in "*?[]\\" else c for c in prefix)


def open_store(redis_url: str, max_bytes: int, on_error=None, evict: bool = True) -> KVStore:
    """Redis when a URL is given, else an in-process store (the embedded default)."""
    if redis_url:
        return RedisStore(redis_url, on_error=on_error)
    return MemoryStore(max_bytes, evict=evict)
