"""Transport limits: grpc core arguments from the config, the health lane, and the stalled-stream watchdog.

What each limit defends against (measured in docs/RELIABILITY.md):

- ``max_connections`` + ``handshake_timeout_seconds``: a flood of bare TCP connections is closed on
  accept past the limit, and one that never speaks HTTP/2 is closed after the handshake timeout, so
  the process never runs out of file descriptors.
- ``idle_timeout_seconds`` / ``max_connection_age_seconds``: connections do not live for ever.
- ``max_concurrent_streams``: one connection cannot open thousands of calls at once.
- ``max_concurrent_rpcs``: calls past it are refused at once with RESOURCE_EXHAUSTED instead of
  queueing without bound in front of the handler threads.
- ``stream_no_progress_seconds``: a server stream whose client stops reading holds a handler thread
  only until the watchdog cancels it.
- The health lane: ``grpc.health.v1`` on its own server, port and threads, so probes answer whatever
  user traffic does.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path

import grpc
from grpc_health.v1 import health, health_pb2_grpc

from neuronscope_server.config import ServerConfig
from neuronscope_server.metrics import Metrics

log = logging.getLogger(__name__)


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def server_options(config: ServerConfig) -> list[tuple[str, int]]:
    """grpc core channel arguments for the serving port (each is tested in tests/integration/test_transport.py)."""
    options = [
        ("grpc.max_send_message_length", config.max_message_bytes),
        ("grpc.max_receive_message_length", config.max_request_bytes),
        ("grpc.max_concurrent_streams", config.max_concurrent_streams),
        ("grpc.max_allowed_incoming_connections", config.max_connections),
        ("grpc.server_handshake_timeout_ms", _ms(config.handshake_timeout_seconds)),
        ("grpc.max_connection_idle_ms", _ms(config.idle_timeout_seconds)),
        ("grpc.so_reuseport", 0),
    ]
    if config.max_connection_age_seconds:
        options += [
            ("grpc.max_connection_age_ms", _ms(config.max_connection_age_seconds)),
            ("grpc.max_connection_age_grace_ms", _ms(config.max_connection_age_grace_seconds)),
        ]
    return options


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def start_health_lane(config: ServerConfig, servicer: health.HealthServicer) -> tuple[grpc.Server, int]:
    """Serve ``grpc.health.v1`` on its own port with its own two threads; returns the server and its port.

    Plaintext even when the serving port has TLS: it carries no user data, and Kubernetes' gRPC probe
    cannot speak TLS. It binds the serving host.
    """
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="health"),
        options=[
            ("grpc.so_reuseport", 0),
            ("grpc.max_concurrent_streams", 4),
            ("grpc.max_allowed_incoming_connections", 64),
            ("grpc.server_handshake_timeout_ms", _ms(config.handshake_timeout_seconds)),
            ("grpc.max_connection_idle_ms", 60_000),
            ("grpc.max_receive_message_length", 4096),
        ],
        maximum_concurrent_rpcs=16,  # Watch streams hold a slot; a flood of them is refused, Check still answers
    )
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    bind = bind_address(config.host, config.health_bind_port)
    try:
        port = server.add_insecure_port(bind)
    except RuntimeError:  # grpcio raises when the port is taken
        port = 0
    if port == 0 and config.health_port == -1:
        # the derived port (serving port + 1) is taken: any free port rather than no server
        port = server.add_insecure_port(bind_address(config.host, 0))
        log.warning("health lane: %s is taken; serving health on port %d instead (set --health-port)", bind, port)
    if port == 0:
        raise OSError(f"could not bind the health lane on {bind}")
    server.start()
    return server, port


class StreamWatchdog:
    """Cancels server streams whose client has not taken a message for ``timeout`` seconds.

    grpc's sync server sends a streamed message from the handler thread and blocks there until the
    transport accepts it; a client that never reads would hold that thread for ever. ``watch`` wraps
    a handler's generator and marks when each message was handed to grpc; the generator is resumed
    only once grpc has sent it, which clears the mark. A slow but steady reader keeps clearing it.
    """

    def __init__(self, timeout: float, metrics: Metrics) -> None:
        self.timeout = timeout
        self.metrics = metrics
        self._pending: dict[int, tuple[float, grpc.ServicerContext, str]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ids = itertools.count()
        self._thread = threading.Thread(target=self._loop, name="stream-watchdog", daemon=True)
        self._thread.start()

    def watch(self, gen: Iterator, context: grpc.ServicerContext, method: str) -> Iterator:
        with self._lock:
            token = next(self._ids)
        try:
            for item in gen:
                with self._lock:
                    self._pending[token] = (time.monotonic(), context, method)
                yield item
                with self._lock:
                    self._pending.pop(token, None)
        finally:
            with self._lock:
                self._pending.pop(token, None)

    def _loop(self) -> None:
        interval = min(1.0, self.timeout / 4)
        while not self._stop.wait(interval):
            now = time.monotonic()
            with self._lock:
                stalled = [(t, v) for t, v in self._pending.items() if now - v[0] > self.timeout]
                for token, _ in stalled:
                    del self._pending[token]
            for _, (_since, context, method) in stalled:
                self.metrics.streams_stalled.labels(method).inc()
                log.warning("%s: client read nothing for %.0fs; stream ended", method, self.timeout)
                # from another thread only cancel() is safe; it wakes the blocked send and frees the thread
                context.cancel()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


def count_connections(port: int) -> int:
    """Established TCP connections to local ``port`` (Linux /proc; 0 where it cannot be read)."""
    hex_port = f":{port:04X}"
    n = 0
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            # local_address ends with the port; state 01 is ESTABLISHED
            if len(parts) > 3 and parts[1].endswith(hex_port) and parts[3] == "01":
                n += 1
    return n
