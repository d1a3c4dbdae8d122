"""Typed domain errors; the service maps each to one gRPC status code (see grpc_errors.py)."""

from __future__ import annotations


class NeuronscopeError(Exception):
    """Base of the domain error tree. ``str(err)`` is safe to send to the client."""


class InvalidArgument(NeuronscopeError):
    """The request is malformed: the message names the field and the allowed range."""


class NotFound(NeuronscopeError):
    """A model, site, dataset, profile or job does not exist (or belongs to another tenant)."""


class FailedPrecondition(NeuronscopeError):
    """The request is well formed but the system is not in a state to run it."""


class ResourceExhausted(NeuronscopeError):
    """A queue, quota or size limit was hit; ``retry_after`` (seconds) hints when to retry."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Unavailable(NeuronscopeError):
    """The server is loading or draining."""


class DataLoss(NeuronscopeError):
    """Stored data that should exist is gone (a dataset chunk missing under its manifest)."""


class Unauthenticated(NeuronscopeError):
    """No or an unknown API key."""


class PermissionDenied(NeuronscopeError):
    """The key's role does not allow this call."""


class Cancelled(NeuronscopeError):
    """The client went away or its deadline passed; work stopped between steps."""
