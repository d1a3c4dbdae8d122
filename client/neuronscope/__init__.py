"""neuronscope: neuron-level analysis of NLP models over gRPC (client side).

>>> from neuronscope import Client, Override

Names are imported on first use (PEP 562), so ``import neuronscope.analysis`` or
``neuronscope.wire`` does not pull in grpc.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Client": "neuronscope.client",
    "sweep_grid": "neuronscope.client",
    "NeuronscopeError": "neuronscope.errors",
    **{name: "neuronscope.types" for name in (
        "Condition", "Dataset", "DatasetInfo", "ErasePoint", "Job", "ModelInfo", "Override", "Profile", "Ranking", "SentenceResult",
        "ServerInfo", "Site", "Steer", "SweepPoint", "TenantUsage", "TranslateResult",
    )},
}
__all__ = ["Client", "Condition", "Dataset", "DatasetInfo", "ErasePoint", "Job", "ModelInfo", "NeuronscopeError", "Override", "Profile",
           "Ranking", "SentenceResult", "ServerInfo", "Site", "Steer", "SweepPoint", "TenantUsage", "TranslateResult",
           "sweep_grid"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from neuronscope.client import Client
    from neuronscope.errors import NeuronscopeError
    from neuronscope.types import (
        Condition,
        Dataset,
        DatasetInfo,
        ErasePoint,
        ModelInfo,
        Override,
        Profile,
        Ranking,
        SentenceResult,
        ServerInfo,
        Site,
        Steer,
        TenantUsage,
        TranslateResult,
    )


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module 'neuronscope' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
