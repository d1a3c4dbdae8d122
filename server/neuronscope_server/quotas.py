"""Per-tenant limits: concurrent RPCs and a request-rate token bucket. Refusals carry a retry hint."""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from neuronscope_server.errors import ResourceExhausted


class TenantLimiter:
    """``acquire(tenant)`` before an RPC and ``release(tenant)`` after; 0 disables a limit."""

    def __init__(self, max_concurrent: int = 0, rate: float = 0.0, burst: int = 0) -> None:
        self.max_concurrent = max_concurrent
        self.rate = rate
        self.burst = burst or max(1, int(rate))
        self._lock = threading.Lock()
        self._active: dict[str, int] = defaultdict(int)
        self._tokens: dict[str, float] = {}
        self._stamp: dict[str, float] = {}

    def acquire(self, tenant: str) -> None:
        with self._lock:
            if self.rate > 0:
                now = time.monotonic()
                tokens = min(self.burst, self._tokens.get(tenant, self.burst) + (now - self._stamp.get(tenant, now)) * self.rate)
                self._stamp[tenant] = now
                if tokens < 1:
                    self._tokens[tenant] = tokens
                    raise ResourceExhausted(
                        f"tenant {tenant!r} is over its request rate ({self.rate:g}/s, burst {self.burst})",
                        retry_after=(1 - tokens) / self.rate,
                    )
                self._tokens[tenant] = tokens - 1
            if self.max_concurrent and self._active[tenant] >= self.max_concurrent:
                raise ResourceExhausted(
                    f"tenant {tenant!r} has {self._active[tenant]} requests in flight; allowed {self.max_concurrent}",
                    retry_after=0.1,
                )
            self._active[tenant] += 1

    def release(self, tenant: str) -> None:
        with self._lock:
            self._active[tenant] = max(0, self._active[tenant] - 1)
