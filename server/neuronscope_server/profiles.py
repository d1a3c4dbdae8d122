"""Override profiles: named, versioned sets of overrides per tenant, kept until deleted.

Versions are immutable; creating a profile whose name exists adds the next version, so a production
hook that pins ``name@version`` never changes under it, and one that asks for the latest picks up a
reviewed update within ``refresh_seconds``. Keys and failure behaviour: ``ProfileStore``.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable

from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.errors import InvalidArgument, NotFound, ResourceExhausted, Unavailable
from neuronscope_server.store import KVStore, StoreFull, StoreUnavailable

PREFIX = "ns:v1:prof:"
SEQ_PREFIX = "ns:v1:profseq:"
MAX_ALLOCATION_TRIES = 1000
LATEST_WINDOW = 16  # newest version numbers read at once when looking for the latest record
log = logging.getLogger(__name__)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def check_name(name: str, field: str = "name") -> str:
    if not _NAME.match(name or ""):
        raise InvalidArgument(f"{field} {name!r}: 1-64 characters of letters, digits, '.', '_', '-'")
    return name


def parse_ref(ref: str) -> tuple[str, int]:
    """'name' → (name, 0 = latest); 'name@3' → (name, 3)."""
    name, _, version = ref.partition("@")
    check_name(name, "profile")
    if version and not (version.isascii() and version.isdigit() and len(version) <= 9):
        raise InvalidArgument(f"profile {ref!r}: the version after '@' must be a positive integer")
    return name, int(version or 0)


class ProfileStore:
    """Versioned profile records that survive Redis trouble and never overwrite one another.

    Keys: the record ``ns:v1:prof:{tenant}:{name}:{version}`` (immutable, no expiry) and the version
    counter ``ns:v1:profseq:{tenant}:{name}``. A new version number comes from INCR and its record is
    written with SET NX, so two servers creating one name at once get distinct versions and no
    acknowledged record is ever overwritten. The latest version is the counter's value (walking down
    past a number whose write failed), so a lookup reads two keys and never scans.

    Every record read or written is kept in memory (records are immutable), and the latest version of
    a name is re-checked at most every ``refresh_seconds``: live traffic reads profiles from memory, and
    when the store fails the last known copy keeps serving. When the store has lost a profile this
    server holds (Redis restarted empty), the server writes it back (``republished``).
    """

    def __init__(self, store: KVStore, refresh_seconds: float = 1.0,
                 on_event: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.refresh_seconds = refresh_seconds
        self._on_event = on_event or (lambda event: None)  # "stale" | "republished", for metrics
        self._lock = threading.Lock()
        self._records: dict[tuple[str, str, int], pb.OverrideProfile] = {}
        self._latest: dict[tuple[str, str], tuple[int, float]] = {}  # -> (version, checked at, monotonic)

    @staticmethod
    def _key(tenant: str, name: str, version: int) -> str:
        return f"{PREFIX}{tenant}:{name}:{version}"

    @staticmethod
    def _seq(tenant: str, name: str) -> str:
        return f"{SEQ_PREFIX}{tenant}:{name}"

    def _remember(self, tenant: str, record: pb.OverrideProfile, latest: bool, creating: bool = False) -> None:
        """Keep ``record``; as the latest when ``latest`` (a new one only if newer than the latest known)."""
        with self._lock:
            self._records[(tenant, record.name, record.version)] = record
            known = self._latest.get((tenant, record.name))
            if latest and (known is None or record.version >= known[0] or not creating):
                self._latest[(tenant, record.name)] = (record.version, time.monotonic())

    def _versions(self, tenant: str, name: str) -> list[int]:
        """Every stored version of ``name`` (a scan: only for listing and deleting, never for Translate)."""
        try:
            keys = self.store.scan(f"{PREFIX}{tenant}:{name}:")
        except StoreUnavailable:
            raise Unavailable("profile store (Redis) is unavailable") from None
        return sorted(int(k.rsplit(":", 1)[1]) for k in keys if k.rsplit(":", 1)[1].isdigit())

    def create(self, tenant: str, profile: pb.OverrideProfile, created_by: str) -> pb.OverrideProfile:
        check_name(profile.name, "profile.name")
        out = pb.OverrideProfile()
        out.CopyFrom(profile)
        out.created_unix = time.time()
        out.created_by = created_by
        try:
            # records written before the counter existed make SET NX fail: take the next number
            for _ in range(MAX_ALLOCATION_TRIES):
                out.version = self.store.incr(self._seq(tenant, out.name))
                if self.store.add(self._key(tenant, out.name, out.version), out.SerializeToString()):
                    break
            else:
                raise Unavailable(f"profile {out.name!r}: no free version after {MAX_ALLOCATION_TRIES} tries")
        except StoreFull as e:
            raise ResourceExhausted(f"profile store is full: {e}") from None
        except StoreUnavailable as e:
            raise Unavailable(f"profile store unavailable: {e}") from None
        self._remember(tenant, out, latest=True, creating=True)
        return out

    def _read(self, tenant: str, name: str, version: int) -> pb.OverrideProfile | None:
        raw = self.store.get_many([self._key(tenant, name, version)], strict=True)[0]
        if raw is None:
            return None
        out = pb.OverrideProfile()
        out.ParseFromString(raw)
        self._remember(tenant, out, latest=False)
        return out

    def _latest_from_store(self, tenant: str, name: str) -> tuple[pb.OverrideProfile | None, bool]:
        """(the latest record or None, whether the store still has the name's counter).

        A counter without records means deleted; no counter at all means never created — or lost.
        """
        raw = self.store.get_many([self._seq(tenant, name)], strict=True)[0]
        if raw is None:
            # no counter: profiles stored before it existed (one scan, then the counter takes over)
            versions = self._versions(tenant, name)
            return (self._read(tenant, name, versions[-1]) if versions else None), False
        top = int(raw)
        # the newest few numbers in one read: a number whose write failed holds no record
        window = list(range(top, max(0, top - LATEST_WINDOW), -1))
        for value in self.store.get_many([self._key(tenant, name, v) for v in window], strict=True):
            if value is not None:
                out = pb.OverrideProfile()
                out.ParseFromString(value)
                self._remember(tenant, out, latest=False)
                return out, True
        return None, True

    def get(self, tenant: str, name: str, version: int = 0) -> pb.OverrideProfile:
        """``name@version`` (0: the latest), from memory when it can be; raises NotFound or Unavailable."""
        check_name(name, "profile")
        if version < 0:
            raise InvalidArgument(f"version {version} must be >= 0 (0: the latest)")
        with self._lock:
            if version:
                held = self._records.get((tenant, name, version))
            else:
                latest = self._latest.get((tenant, name))
                held = self._records.get((tenant, name, latest[0])) if latest else None
                if held is not None and time.monotonic() - latest[1] >= self.refresh_seconds:
                    held, stale = None, held  # re-check the store; ``stale`` serves if it fails
                else:
                    stale = held
        if held is not None:
            return held
        try:
            if version:
                found, counted = self._read(tenant, name, version), True
            else:
                found, counted = self._latest_from_store(tenant, name)
        except StoreUnavailable:
            if not version and stale is not None:
                self._on_event("stale")
                log.warning("profile store unavailable; serving %s:%s@%d from memory", tenant, name, stale.version)
                return stale
            raise Unavailable("profile store (Redis) is unavailable") from None
        if found is None and not version and stale is not None:
            if counted:  # deleted on another server
                with self._lock:
                    self._latest.pop((tenant, name), None)
            else:  # the store lost what this server holds (e.g. Redis restarted empty): write it back
                self._republish(tenant, stale)
                found = stale
        if found is None:
            raise NotFound(f"profile {name!r}{f' version {version}' if version else ''} not found")
        if not version:
            self._remember(tenant, found, latest=True)
        return found

    def _republish(self, tenant: str, record: pb.OverrideProfile) -> None:
        try:
            self.store.add(self._key(tenant, record.name, record.version), record.SerializeToString())
            self.store.add(self._seq(tenant, record.name), str(record.version).encode())
        except StoreUnavailable:
            return
        self._on_event("republished")
        log.warning("profile %s:%s@%d was missing from the store; written back from memory",
                    tenant, record.name, record.version)

    def list(self, tenant: str) -> list[pb.OverrideProfile]:
        try:
            keys = self.store.scan(f"{PREFIX}{tenant}:")
        except StoreUnavailable:
            raise Unavailable("profile store (Redis) is unavailable") from None
        names = sorted({k[len(PREFIX) + len(tenant) + 1 :].rsplit(":", 1)[0] for k in keys})
        return [self.get(tenant, n) for n in names]

    def delete(self, tenant: str, name: str) -> int:
        versions = self._versions(tenant, check_name(name, "name"))
        if not versions:
            raise NotFound(f"profile {name!r} not found")
        try:
            # the counter stays: numbers are never reused, and other servers see a deletion, not a loss
            n = self.store.delete([self._key(tenant, name, v) for v in versions])
        except StoreUnavailable:
            raise Unavailable("profile store (Redis) is unavailable") from None
        with self._lock:
            self._latest.pop((tenant, name), None)
            for v in versions:
                self._records.pop((tenant, name, v), None)
        return n
