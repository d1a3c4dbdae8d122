"""One exception class per gRPC status code; each carries ``.code`` and ``.details``."""

from __future__ import annotations

import grpc


class NeuronscopeError(Exception):
    """A failed call. ``code``: the grpc.StatusCode; ``details``: the server's message."""

    code: grpc.StatusCode = grpc.StatusCode.UNKNOWN

    def __init__(self, details: str, code: grpc.StatusCode | None = None, retry_after: float | None = None) -> None:
        super().__init__(details)
        self.details = details
        if code is not None:
            self.code = code
        self.retry_after = retry_after

    def __str__(self) -> str:
        return f"{self.code.name}: {self.details}"


class Cancelled(NeuronscopeError):
    code = grpc.StatusCode.CANCELLED


class Unknown(NeuronscopeError):
    code = grpc.StatusCode.UNKNOWN


class InvalidArgument(NeuronscopeError, ValueError):
    code = grpc.StatusCode.INVALID_ARGUMENT


class DeadlineExceeded(NeuronscopeError, TimeoutError):
    code = grpc.StatusCode.DEADLINE_EXCEEDED


class NotFound(NeuronscopeError, LookupError):
    code = grpc.StatusCode.NOT_FOUND


class AlreadyExists(NeuronscopeError):
    code = grpc.StatusCode.ALREADY_EXISTS


class PermissionDenied(NeuronscopeError, PermissionError):
    code = grpc.StatusCode.PERMISSION_DENIED


class ResourceExhausted(NeuronscopeError):
    code = grpc.StatusCode.RESOURCE_EXHAUSTED


class FailedPrecondition(NeuronscopeError):
    code = grpc.StatusCode.FAILED_PRECONDITION


class Aborted(NeuronscopeError):
    code = grpc.StatusCode.ABORTED


class OutOfRange(NeuronscopeError):
    code = grpc.StatusCode.OUT_OF_RANGE


class Unimplemented(NeuronscopeError, NotImplementedError):
    code = grpc.StatusCode.UNIMPLEMENTED


class Internal(NeuronscopeError):
    code = grpc.StatusCode.INTERNAL


class Unavailable(NeuronscopeError, ConnectionError):
    code = grpc.StatusCode.UNAVAILABLE


class DataLoss(NeuronscopeError):
    code = grpc.StatusCode.DATA_LOSS


class Unauthenticated(NeuronscopeError):
    code = grpc.StatusCode.UNAUTHENTICATED


_BY_CODE: dict[grpc.StatusCode, type[NeuronscopeError]] = {
    cls.code: cls
    for cls in (
        Cancelled, Unknown, InvalidArgument, DeadlineExceeded, NotFound, AlreadyExists, PermissionDenied,
        ResourceExhausted, FailedPrecondition, Aborted, OutOfRange, Unimplemented, Internal, Unavailable,
        DataLoss, Unauthenticated,
    )
}


def from_rpc_error(err: grpc.RpcError) -> NeuronscopeError:
    """The typed exception for a failed call (keeps the server's retry hint, if any)."""
    code = err.code() if hasattr(err, "code") else grpc.StatusCode.UNKNOWN
    details = err.details() if hasattr(err, "details") else str(err)
    retry_after = None
    trailing = err.trailing_metadata() if hasattr(err, "trailing_metadata") else None
    for key, value in trailing or ():
        if key == "retry-after-seconds":
            try:
                retry_after = float(value)
            except ValueError:
                pass
    return _BY_CODE.get(code, NeuronscopeError)(details or "", code, retry_after)


def from_status(code_name: str, details: str) -> NeuronscopeError:
    """The typed exception for a status given by name (a failed job's ``error_code``, e.g. "INVALID_ARGUMENT")."""
    code = getattr(grpc.StatusCode, code_name, grpc.StatusCode.UNKNOWN)
    return _BY_CODE.get(code, NeuronscopeError)(details, code)
