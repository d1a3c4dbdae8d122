"""Override profiles: named, versioned sets of overrides per tenant, kept until deleted.

Keys: ``ns:v1:prof:{tenant}:{name}:{version}``. Versions are immutable; creating a profile whose
name exists adds the next version, so a production hook that pins ``name@version`` never changes
under it, and one that asks for the latest picks up a reviewed update.
"""

from __future__ import annotations

import re
import threading
import time

from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.errors import InvalidArgument, NotFound, Unavailable
from neuronscope_server.store import KVStore, StoreUnavailable

PREFIX = "ns:v1:prof:"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def check_name(name: str, field: str = "name") -> str:
    if not _NAME.match(name or ""):
        raise InvalidArgument(f"{field} {name!r}: 1-64 characters of letters, digits, '.', '_', '-'")
    return name


def parse_ref(ref: str) -> tuple[str, int]:
    """'name' → (name, 0 = latest); 'name@3' → (name, 3)."""
    name, _, version = ref.partition("@")
    check_name(name, "profile")
    if version and not version.isdigit():
        raise InvalidArgument(f"profile {ref!r}: the version after '@' must be a positive integer")
    return name, int(version or 0)


class ProfileStore:
    def __init__(self, store: KVStore) -> None:
        self.store = store
        self._lock = threading.Lock()  # one writer per process picks the next version

    def _versions(self, tenant: str, name: str) -> list[int]:
        try:
            keys = self.store.scan(f"{PREFIX}{tenant}:{name}:")
        except StoreUnavailable:
            raise Unavailable("profile store (Redis) is unavailable") from None
        return sorted(int(k.rsplit(":", 1)[1]) for k in keys if k.rsplit(":", 1)[1].isdigit())

    def create(self, tenant: str, profile: pb.OverrideProfile, created_by: str) -> pb.OverrideProfile:
        check_name(profile.name, "profile.name")
        with self._lock:
            versions = self._versions(tenant, profile.name)
            out = pb.OverrideProfile()
            out.CopyFrom(profile)
            out.version = (versions[-1] if versions else 0) + 1
            out.created_unix = time.time()
            out.created_by = created_by
            try:
                self.store.set_many({f"{PREFIX}{tenant}:{out.name}:{out.version}": out.SerializeToString()}, None,
                                    strict=True)
            except StoreUnavailable as e:
                raise Unavailable(f"profile store unavailable: {e}") from None
        return out

    def get(self, tenant: str, name: str, version: int = 0) -> pb.OverrideProfile:
        check_name(name, "profile")
        if version == 0:
            versions = self._versions(tenant, name)
            if not versions:
                raise NotFound(f"profile {name!r} not found")
            version = versions[-1]
        try:
            raw = self.store.get_many([f"{PREFIX}{tenant}:{name}:{version}"], strict=True)[0]
        except StoreUnavailable:
            raise Unavailable("profile store (Redis) is unavailable") from None
        if raw is None:
            raise NotFound(f"profile {name!r} version {version} not found")
        out = pb.OverrideProfile()
        out.ParseFromString(raw)
        return out

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
            return self.store.delete([f"{PREFIX}{tenant}:{name}:{v}" for v in versions])
        except StoreUnavailable:
            raise Unavailable("profile store (Redis) is unavailable") from None
