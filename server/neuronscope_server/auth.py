"""API keys → (tenant, role), checked in one interceptor; the keys file is reloaded when it changes.

Keys file (JSON)::

    {"keys": [{"id": "alice", "sha256": "<hex sha256 of the key>", "tenant": "acme", "role": "analyst"}]}

Only hashes are stored, so the file is not a secret by itself; keys travel as
``authorization: Bearer <key>`` metadata and are never logged. Roles nest:
``reader`` (translate, activations) < ``analyst`` (+ datasets, ranking) < ``admin`` (+ profiles).
Health checks and reflection need no key.
"""

from __future__ import annotations

import contextvars
import hashlib
import hmac
import json
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import grpc

from neuronscope_server.errors import ResourceExhausted
from neuronscope_server.quotas import TenantLimiter

log = logging.getLogger(__name__)

ROLES = ("reader", "analyst", "admin")
_TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")  # no ':' — tenants are parts of storage keys
# the least role each method needs; methods not listed need "admin"
METHOD_ROLES = {
    "ServerInfo": "reader", "ListModels": "reader", "ModelInfo": "reader", "Translate": "reader",
    "TranslateStream": "reader", "GetProfile": "reader", "ListProfiles": "reader", "GetRollout": "reader",
    "ShadowReport": "analyst",
    "CreateDataset": "analyst", "CreateDatasetStream": "analyst", "ImportDataset": "analyst",
    "ClassStatistics": "analyst", "ListDatasets": "analyst", "DescribeDataset": "analyst", "DeleteDataset": "analyst",
    "GetDatasetUrls": "analyst",
    "ReadDataset": "analyst", "RankNeurons": "analyst", "RankNeuronsStream": "analyst", "Erase": "analyst",
    "Sweep": "analyst",
    "SubmitJob": "analyst", "GetJob": "analyst", "WatchJob": "analyst", "CancelJob": "analyst", "ListJobs": "analyst",
}
OPEN_SERVICES = ("/grpc.health.v1.Health/", "/grpc.reflection.v1alpha.ServerReflection/",
                 "/grpc.reflection.v1.ServerReflection/")


@dataclass(frozen=True)
class Principal:
    key_id: str
    tenant: str
    role: str

    def allows(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


ANONYMOUS = Principal(key_id="anonymous", tenant="default", role="admin")  # no keys file: loopback only
_current: contextvars.ContextVar[Principal] = contextvars.ContextVar("principal", default=ANONYMOUS)


def current_principal() -> Principal:
    """The caller of the RPC being handled on this thread."""
    return _current.get()


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyRing:
    """Hashed keys from a file, reloaded (at most once a second) when its mtime changes."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._by_hash: dict[str, Principal] = {}
        self._mtime = -1.0
        self._checked = 0.0
        self._load()

    def _load(self) -> None:
        stat = os.stat(self.path)
        data = json.loads(self.path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
            raise ValueError(f"keys_file {self.path}: expected {{\"keys\": [...]}}")
        by_hash: dict[str, Principal] = {}
        for i, k in enumerate(data["keys"]):
            if not isinstance(k, dict):
                raise ValueError(f"keys_file {self.path}: keys[{i}] must be an object")
            if not _TENANT.match(str(k.get("tenant", ""))):
                raise ValueError(f"keys_file {self.path}: keys[{i}].tenant must be 1-64 letters, digits, '.', '_', '-'")
            role = k.get("role", "reader")
            if role not in ROLES:
                raise ValueError(f"keys_file {self.path}: keys[{i}].role {role!r}; allowed: {', '.join(ROLES)}")
            digest = str(k["sha256"]).lower()
            if len(digest) != 64:
                raise ValueError(f"keys_file {self.path}: keys[{i}].sha256 must be 64 hex digits")
            by_hash[digest] = Principal(key_id=str(k.get("id", f"key{i}")), tenant=str(k["tenant"]), role=role)
        self._by_hash, self._mtime = by_hash, stat.st_mtime
        log.info("loaded %d API keys from %s", len(by_hash), self.path)

    def _maybe_reload(self) -> None:
        now = time.monotonic()
        if now - self._checked < 1.0:
            return
        self._checked = now
        try:
            if os.stat(self.path).st_mtime != self._mtime:
                self._load()
        except FileNotFoundError:
            # deleted: an explicit revocation, so fail closed (no key is valid until the file is back)
            if self._by_hash:
                log.error("keys file %s is gone: every key refused until it is back", self.path)
            self._by_hash, self._mtime = {}, -1.0
        except (OSError, ValueError, KeyError, TypeError) as e:
            # unparsable (e.g. half-written): keep the last good keys rather than locking everyone out
            log.error("keys file %s not reloaded, keeping the last good keys: %s", self.path, e)

    def lookup(self, key: str) -> Principal | None:
        with self._lock:
            self._maybe_reload()
            digest = hash_key(key)
            for known, principal in self._by_hash.items():
                if hmac.compare_digest(known, digest):
                    return principal
        return None


def _refuse_now(handler, code: grpc.StatusCode, message: str, trailing: tuple = ()):
    """A handler that refuses at once, without waiting for the request message.

    It has the request-streaming form: grpc runs such a behaviour as soon as a thread is free, while a
    unary-request behaviour first waits for the message, and a stream reset before sending one (an
    HTTP/2 rapid-reset flood) holds a thread and an RPC slot until grpc notices the reset.
    """
    def abort(request_iterator, context):
        if trailing:
            context.set_trailing_metadata(trailing)
        context.abort(code, message)

    if handler.unary_stream or handler.stream_stream:
        return grpc.stream_stream_rpc_method_handler(abort, handler.request_deserializer, handler.response_serializer)
    return grpc.stream_unary_rpc_method_handler(abort, handler.request_deserializer, handler.response_serializer)


class AuthInterceptor(grpc.ServerInterceptor):
    """Authenticate (UNAUTHENTICATED), authorise by role (PERMISSION_DENIED), apply the tenant's limits
    (RESOURCE_EXHAUSTED) and expose the principal.

    ``intercept_service`` runs on grpc's polling thread, so a refusal is decided there and answered
    without reading the request; an admitted call holds its tenant slot until it ends (released by the
    handler, which always runs: see ``_with_principal``). ``at_limit`` (set once the server exists) says
    grpc is about to refuse the call at ``maximum_concurrent_rpcs``: then no tenant slot is taken.
    """

    def __init__(self, keyring: KeyRing | None, limiter: TenantLimiter | None = None) -> None:
        self.keyring = keyring
        self.limiter = limiter
        self.at_limit = lambda: False

    def intercept_service(self, continuation, handler_call_details):
        handler = continuation(handler_call_details)
        full = handler_call_details.method
        if handler is None or full.startswith(OPEN_SERVICES):
            return handler
        if self.keyring is None:
            principal = ANONYMOUS
        else:
            md = dict(handler_call_details.invocation_metadata or ())
            auth = md.get("authorization", "")
            if not auth.startswith("Bearer ") or not auth[7:].strip():
                return _refuse_now(handler, grpc.StatusCode.UNAUTHENTICATED,
                                   "missing API key: send metadata 'authorization: Bearer <key>'")
            found = self.keyring.lookup(auth[7:].strip())
            if found is None:
                return _refuse_now(handler, grpc.StatusCode.UNAUTHENTICATED, "unknown API key")
            principal = found
        method = full.rsplit("/", 1)[-1]
        need = METHOD_ROLES.get(method, "admin")
        if not principal.allows(need):
            return _refuse_now(handler, grpc.StatusCode.PERMISSION_DENIED,
                               f"{method} needs role {need!r}; key {principal.key_id!r} has {principal.role!r}")
        if self.limiter is None or self.at_limit():
            return _with_principal(handler, principal, lambda: None)
        try:
            self.limiter.acquire(principal.tenant)
        except ResourceExhausted as e:
            return _refuse_now(handler, grpc.StatusCode.RESOURCE_EXHAUSTED, str(e),
                               (("retry-after-seconds", f"{e.retry_after or 0:.3f}"),))
        limiter, tenant = self.limiter, principal.tenant
        return _with_principal(handler, principal, lambda: limiter.release(tenant))


def _first_request(request_iterator, context):
    """The one message of a unary request, or None when the client went away before sending it."""
    try:
        return next(request_iterator)
    except StopIteration:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, "the request message is missing")
    except Exception:  # noqa: BLE001 - grpc raises RpcError for a cancelled call
        if context.is_active():
            raise
        return None


def _with_principal(handler, principal: Principal, release):
    """The handler in request-streaming form, run with ``principal`` set; ``release`` runs once at the end.

    The request-streaming form makes grpc run the behaviour even when the client resets the stream
    before its message arrives, so the tenant slot is always given back.
    """
    if handler.unary_unary:
        inner = handler.unary_unary

        def unary(request_iterator, context):
            try:
                request = _first_request(request_iterator, context)
                if request is None:
                    return None
                token = _current.set(principal)
                try:
                    return inner(request, context)
                finally:
                    _current.reset(token)
            finally:
                release()

        return grpc.stream_unary_rpc_method_handler(unary, handler.request_deserializer, handler.response_serializer)
    if handler.unary_stream:
        inner_s = handler.unary_stream

        def stream(request_iterator, context):
            try:
                request = _first_request(request_iterator, context)
                if request is None:
                    return
                # set around each step: a generator may resume on another thread
                token = _current.set(principal)
                try:
                    gen = inner_s(request, context)
                finally:
                    _current.reset(token)
                while True:
                    token = _current.set(principal)
                    try:
                        item = next(gen)
                    except StopIteration:
                        return
                    finally:
                        _current.reset(token)
                    yield item
            finally:
                release()

        return grpc.stream_stream_rpc_method_handler(stream, handler.request_deserializer, handler.response_serializer)
    if handler.stream_unary:  # client streaming (ImportDataset): the behaviour always runs
        inner_su = handler.stream_unary

        def client_stream(request_iterator, context):
            token = _current.set(principal)
            try:
                return inner_su(request_iterator, context)
            finally:
                _current.reset(token)
                release()

        return grpc.stream_unary_rpc_method_handler(client_stream, handler.request_deserializer,
                                                    handler.response_serializer)
    release()
    return handler
