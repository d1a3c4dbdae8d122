"""Which datasets a tenant holds, how many bytes they take, and the quota check before a new one.

One index per tenant: a sorted set of handles scored by their expiry (seconds since the epoch) and a
hash of their stored bytes. Listing and usage read the index, never a scan of the key space.

Creating a dataset is three steps: ``reserve`` (atomically purge expired entries, check the quota
with the new dataset's size, and hold its place), the caller writes the chunks, then ``commit``
writes the manifest and gives the manifest and every chunk **one** absolute expiry, in one
transaction: a chunk never outlives or predeceases its manifest. ``release`` undoes a reservation
when the build fails; ``remove`` deletes a dataset and its entry together.

Redis runs ``reserve`` as a Lua script and ``commit``/``remove`` as MULTI/EXEC, so several servers
sharing one Redis keep one consistent count. The in-process store does the same under its lock.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from neuronscope_server.store import KVStore, MemoryStore, RedisStore, StoreFull, StoreUnavailable, _is_oom

INDEX = "ns:v1:dsidx:"  # + tenant: sorted set handle -> expiry
BYTES = "ns:v1:dsbytes:"  # + tenant: hash handle -> stored bytes
BUILD_SECONDS = 6 * 3600  # a reservation lasts this long if its build never commits or releases


@dataclass(frozen=True)
class Usage:
    datasets: int
    bytes: int


class QuotaExceeded(Exception):
    def __init__(self, usage: Usage) -> None:
        super().__init__("quota exceeded")
        self.usage = usage


_RESERVE = """
local now, handle, nbytes, hold = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local max_bytes, max_sets = tonumber(ARGV[5]), tonumber(ARGV[6])
for _, h in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do redis.call('HDEL', KEYS[2], h) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local used = 0
for _, v in ipairs(redis.call('HVALS', KEYS[2])) do used = used + tonumber(v) end
local count = redis.call('ZCARD', KEYS[1])
if redis.call('ZSCORE', KEYS[1], handle) then  -- the same content again replaces itself
  used = used - tonumber(redis.call('HGET', KEYS[2], handle) or '0')
  count = count - 1
end
if (max_bytes > 0 and used + nbytes > max_bytes) or (max_sets > 0 and count + 1 > max_sets) then
  return {0, count, used}
end
redis.call('ZADD', KEYS[1], now + hold, handle)
redis.call('HSET', KEYS[2], handle, nbytes)
return {1, count, used}
"""

_USAGE = """
local now = tonumber(ARGV[1])
for _, h in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do redis.call('HDEL', KEYS[2], h) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local used = 0
for _, v in ipairs(redis.call('HVALS', KEYS[2])) do used = used + tonumber(v) end
return {redis.call('ZRANGE', KEYS[1], 0, -1), used}
"""


class DatasetIndex:
    """Base: the quota arithmetic is in the backends (a Lua script, or Python under a lock)."""

    def reserve(self, tenant: str, handle: str, nbytes: int, max_bytes: int, max_datasets: int) -> Usage:
        """Hold a place for ``nbytes``; raises QuotaExceeded with the usage before it. Returns that usage."""
        raise NotImplementedError

    def commit(self, tenant: str, handle: str, manifest_key: str, manifest: bytes, chunk_keys: Sequence[str],
               nbytes: int, expires_unix: float) -> None:
        raise NotImplementedError

    def release(self, tenant: str, handle: str, keys: Sequence[str]) -> None:
        raise NotImplementedError

    def remove(self, tenant: str, handle: str, keys: Sequence[str]) -> int:
        raise NotImplementedError

    def handles(self, tenant: str) -> tuple[list[str], Usage]:
        """The tenant's live (and reserved) handles, sorted, and its usage."""
        raise NotImplementedError


class RedisDatasetIndex(DatasetIndex):
    def __init__(self, store: RedisStore) -> None:
        self.store = store
        self.r = store.client
        self._reserve = self.r.register_script(_RESERVE)
        self._usage = self.r.register_script(_USAGE)

    def _call(self, op: str, fn):
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - every Redis failure is StoreUnavailable/StoreFull
            if _is_oom(exc):
                raise StoreFull("redis is out of memory (maxmemory)") from exc
            self.store._failed(op, exc)
            raise StoreUnavailable("redis unavailable") from exc

    def reserve(self, tenant, handle, nbytes, max_bytes, max_datasets):
        ok, count, used = self._call("reserve", lambda: self._reserve(
            keys=[INDEX + tenant, BYTES + tenant],
            args=[time.time(), handle, int(nbytes), BUILD_SECONDS, int(max_bytes), int(max_datasets)]))
        if not ok:
            raise QuotaExceeded(Usage(int(count), int(used)))
        return Usage(int(count), int(used))

    def commit(self, tenant, handle, manifest_key, manifest, chunk_keys, nbytes, expires_unix):
        at = int(expires_unix)

        def run():
            pipe = self.r.pipeline(transaction=True)
            pipe.set(manifest_key, manifest, exat=at)
            for k in chunk_keys:
                pipe.expireat(k, at)
            pipe.zadd(INDEX + tenant, {handle: at})
            pipe.hset(BYTES + tenant, handle, int(nbytes))
            pipe.execute()

        self._call("commit", run)

    def release(self, tenant, handle, keys):
        def run():
            pipe = self.r.pipeline(transaction=True)
            if keys:
                pipe.delete(*keys)
            pipe.zrem(INDEX + tenant, handle)
            pipe.hdel(BYTES + tenant, handle)
            pipe.execute()

        self._call("release", run)

    def remove(self, tenant, handle, keys):
        def run():
            pipe = self.r.pipeline(transaction=True)
            pipe.delete(*keys)
            pipe.zrem(INDEX + tenant, handle)
            pipe.hdel(BYTES + tenant, handle)
            return int(pipe.execute()[0])

        return self._call("delete", run)

    def handles(self, tenant):
        members, used = self._call("usage", lambda: self._usage(keys=[INDEX + tenant, BYTES + tenant],
                                                                args=[time.time()]))
        names = sorted(m.decode() if isinstance(m, bytes) else m for m in members)
        return names, Usage(len(names), int(used))


class MemoryDatasetIndex(DatasetIndex):
    """The same semantics for the in-process store (one process, so one lock is enough)."""

    def __init__(self, store: MemoryStore) -> None:
        self.store = store
        self._entries: dict[str, dict[str, tuple[float, int]]] = {}  # tenant -> handle -> (expiry, bytes)

    def _live(self, tenant: str) -> dict[str, tuple[float, int]]:
        now = time.time()
        entries = self._entries.setdefault(tenant, {})
        for h in [h for h, (exp, _) in entries.items() if exp <= now]:
            del entries[h]
        return entries

    def reserve(self, tenant, handle, nbytes, max_bytes, max_datasets):
        with self.store.lock:
            entries = self._live(tenant)
            others = {h: v for h, v in entries.items() if h != handle}
            usage = Usage(len(others), sum(b for _, b in others.values()))
            if (max_bytes > 0 and usage.bytes + nbytes > max_bytes) or (max_datasets > 0 and usage.datasets + 1 > max_datasets):
                raise QuotaExceeded(usage)
            entries[handle] = (time.time() + BUILD_SECONDS, int(nbytes))
            return usage

    def commit(self, tenant, handle, manifest_key, manifest, chunk_keys, nbytes, expires_unix):
        with self.store.lock:
            self.store.set_many({manifest_key: manifest}, max(1, int(expires_unix - time.time())), strict=True)
            self.store.expire_at([manifest_key, *chunk_keys], expires_unix)
            self._live(tenant)[handle] = (expires_unix, int(nbytes))

    def release(self, tenant, handle, keys):
        with self.store.lock:
            self.store.delete(keys)
            self._live(tenant).pop(handle, None)

    def remove(self, tenant, handle, keys):
        with self.store.lock:
            n = self.store.delete(keys)
            self._live(tenant).pop(handle, None)
            return n

    def handles(self, tenant):
        with self.store.lock:
            entries = self._live(tenant)
            return sorted(entries), Usage(len(entries), sum(b for _, b in entries.values()))


def index_for(store: KVStore) -> DatasetIndex:
    if isinstance(store, RedisStore):
        return RedisDatasetIndex(store)
    if isinstance(store, MemoryStore):
        return MemoryDatasetIndex(store)
    raise TypeError(f"no dataset index for {type(store).__name__}")
