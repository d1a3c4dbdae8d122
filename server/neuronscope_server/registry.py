"""The served models by name, and whether the server is ready to use them."""

from __future__ import annotations

import threading

from neuronscope_server.errors import NotFound, Unavailable
from neuronscope_server.runtime import ModelRuntime


class ModelRegistry:
    """Thread-safe map of model name → runtime; ``get`` fails clearly while loading or draining."""

    def __init__(self, default: str) -> None:
        self.default = default
        self._models: dict[str, ModelRuntime] = {}
        self._lock = threading.Lock()
        self.ready = False
        self.draining = False

    def add(self, runtime: ModelRuntime) -> None:
        with self._lock:
            self._models[runtime.name] = runtime

    def names(self) -> list[str]:
        with self._lock:
            return list(self._models)

    def all(self) -> list[ModelRuntime]:
        with self._lock:
            return list(self._models.values())

    def get(self, name: str, field: str = "model") -> ModelRuntime:
        if self.draining:
            raise Unavailable("server is draining; retry on another replica")
        if not self.ready:
            raise Unavailable("models are still loading; retry shortly")
        name = name or self.default
        with self._lock:
            rt = self._models.get(name)
            names = sorted(self._models)
        if rt is None:
            raise NotFound(f"{field} {name!r} not found; served models: {', '.join(names)}")
        return rt
