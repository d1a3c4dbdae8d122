"""The one place where domain errors become gRPC status codes."""

from __future__ import annotations

import functools
import inspect
import logging
import uuid
from collections.abc import Callable

import grpc

from neuronscope import wire
from neuronscope_server import errors

log = logging.getLogger(__name__)
MAX_DETAILS = 1024  # characters of an error message sent back

CODES: dict[type[errors.NeuronscopeError], grpc.StatusCode] = {
    errors.InvalidArgument: grpc.StatusCode.INVALID_ARGUMENT,
    errors.NotFound: grpc.StatusCode.NOT_FOUND,
    errors.FailedPrecondition: grpc.StatusCode.FAILED_PRECONDITION,
    errors.ResourceExhausted: grpc.StatusCode.RESOURCE_EXHAUSTED,
    errors.Unavailable: grpc.StatusCode.UNAVAILABLE,
    errors.Unauthenticated: grpc.StatusCode.UNAUTHENTICATED,
    errors.PermissionDenied: grpc.StatusCode.PERMISSION_DENIED,
    errors.Cancelled: grpc.StatusCode.CANCELLED,
    errors.DataLoss: grpc.StatusCode.DATA_LOSS,
}


def status_of(exc: BaseException) -> tuple[grpc.StatusCode, str]:
    """Status code and client-safe message for ``exc``; unexpected errors become INTERNAL."""
    for cls in type(exc).__mro__:
        if cls in CODES:
            msg = str(exc)
            if isinstance(exc, errors.ResourceExhausted) and exc.retry_after is not None:
                msg += f" (retry after {exc.retry_after:.2f}s)"
            return CODES[cls], msg
    if isinstance(exc, wire.WireError):
        return grpc.StatusCode.INVALID_ARGUMENT, str(exc)
    return grpc.StatusCode.INTERNAL, ""


def _request_id(request, context: grpc.ServicerContext) -> str:
    rid = getattr(request, "request_id", "")
    if not rid:
        rid = dict(context.invocation_metadata() or ()).get("x-request-id", "")
    return rid or "-"


def _abort(context: grpc.ServicerContext, method: str, exc: BaseException, request=None) -> None:
    code, msg = status_of(exc)
    rid = _request_id(request, context)
    if code is grpc.StatusCode.INTERNAL:
        incident = uuid.uuid4().hex[:12]
        # the traceback stays in the server log; the client gets an id to quote
        log.exception("%s failed: INTERNAL request_id=%s incident=%s", method, rid, incident)
        msg = f"internal error (incident {incident}); the server log has details"
    else:
        # the message names fields and ranges, never activations or keys; echoed input is cut short
        if len(msg) > MAX_DETAILS:
            msg = msg[:MAX_DETAILS] + "… (cut)"
        log.info("%s failed: %s request_id=%s: %s", method, code.name, rid, msg)
    if isinstance(exc, errors.ResourceExhausted) and exc.retry_after is not None:
        context.set_trailing_metadata((("retry-after-seconds", f"{exc.retry_after:.3f}"),))
    context.abort(code, msg)


def mapped(fn: Callable) -> Callable:
    """Decorate a servicer method (unary or server-streaming) so every exception leaves as a status."""
    name = fn.__name__
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def stream(self, request, context):
            try:
                yield from fn(self, request, context)
            except Exception as exc:  # noqa: BLE001 - the mapping point
                _abort(context, name, exc, request)

        return stream

    @functools.wraps(fn)
    def unary(self, request, context):
        try:
            return fn(self, request, context)
        except Exception as exc:  # noqa: BLE001 - the mapping point
            _abort(context, name, exc, request)

    return unary
