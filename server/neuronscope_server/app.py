"""Build, start and stop a neuronscope gRPC server (health, reflection, metrics, graceful drain)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass, field

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc
from neuronscope_server.activation_cache import ActivationCache
from neuronscope_server.auth import AuthInterceptor, KeyRing
from neuronscope_server.batcher import Batcher
from neuronscope_server.config import ServerConfig, placement
from neuronscope_server.datasets import DatasetStore
from neuronscope_server.decoding import DecodeInterceptor, request_types
from neuronscope_server.metrics import Metrics
from neuronscope_server.object_store import open_object_store
from neuronscope_server.profiles import ProfileStore
from neuronscope_server.quotas import TenantLimiter
from neuronscope_server.registry import ModelRegistry
from neuronscope_server.runtime import Limits, ModelRuntime
from neuronscope_server.service import NeuronScopeServicer
from neuronscope_server.store import MemoryStore, open_store
from neuronscope_server.transport import (
    StreamWatchdog,
    bind_address,
    count_connections,
    server_options,
    start_health_lane,
)

log = logging.getLogger(__name__)
SERVICE_NAME = pb.DESCRIPTOR.services_by_name["NeuronScope"].full_name


class MetricsInterceptor(grpc.ServerInterceptor):
    """Per-RPC count by status code and latency histogram, for every method, in one place.

    Server streams also pass through the stalled-stream watchdog here. Interceptors run on grpc's
    polling thread before it applies ``maximum_concurrent_rpcs``, so ``at_limit`` (set once the
    server exists) tells which calls grpc is about to refuse, and they are counted too.
    """

    def __init__(self, metrics: Metrics, watchdog: StreamWatchdog | None = None) -> None:
        self.metrics = metrics
        self.watchdog = watchdog
        self.at_limit: Callable[[], bool] | None = None

    def intercept_service(self, continuation, handler_call_details):
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        method = handler_call_details.method.rsplit("/", 1)[-1]
        m = self.metrics
        if self.at_limit is not None and self.at_limit():
            m.rpcs_refused.labels(method).inc()
            m.rpc_requests.labels(method, grpc.StatusCode.RESOURCE_EXHAUSTED.name).inc()
            return handler  # grpc refuses it without running it
        watchdog = self.watchdog

        def finish(context, start, failed: bool) -> None:
            code = context.code() if hasattr(context, "code") else None
            if code is None:
                code = grpc.StatusCode.UNKNOWN if failed else grpc.StatusCode.OK
            m.rpc_requests.labels(method, code.name).inc()
            m.rpc_latency.labels(method).observe(time.perf_counter() - start)

        # the auth layer hands over request-streaming handlers (so refusals never wait for a message);
        # the plain forms are kept for servers built without it
        unary_inner = handler.unary_unary or handler.stream_unary
        if unary_inner is not None:
            def unary(request, context):
                start = time.perf_counter()
                m.rpc_in_flight.inc()
                failed = True
                try:
                    resp = unary_inner(request, context)
                    failed = False
                    return resp
                finally:
                    m.rpc_in_flight.dec()
                    finish(context, start, failed)

            make = grpc.unary_unary_rpc_method_handler if handler.unary_unary else grpc.stream_unary_rpc_method_handler
            return make(unary, handler.request_deserializer, handler.response_serializer)
        stream_inner = handler.unary_stream or handler.stream_stream
        if stream_inner is not None:
            def stream(request, context):
                start = time.perf_counter()
                m.rpc_in_flight.inc()
                failed = True
                try:
                    gen = stream_inner(request, context)
                    yield from (watchdog.watch(gen, context, method) if watchdog is not None else gen)
                    failed = False
                finally:
                    m.rpc_in_flight.dec()
                    finish(context, start, failed)

            make_s = grpc.unary_stream_rpc_method_handler if handler.unary_stream else grpc.stream_stream_rpc_method_handler
            return make_s(stream, handler.request_deserializer, handler.response_serializer)
        return handler


@dataclass
class RunningServer:
    """A started server: the port it bound, and what ``stop`` must shut down."""

    server: grpc.Server
    port: int
    config: ServerConfig
    registry: ModelRegistry
    metrics: Metrics
    health: health.HealthServicer
    health_server: grpc.Server | None = None
    health_port: int = 0
    watchdog: StreamWatchdog | None = None
    cache: ActivationCache | None = None
    datasets: DatasetStore | None = None
    batchers: dict = field(default_factory=dict)
    metrics_port: int = 0
    dispatch: object = None  # the job dispatcher (threads or Celery): closed on stop
    _metrics_http: object = None
    _stopped: threading.Event = field(default_factory=threading.Event)

    @property
    def address(self) -> str:
        return bind_address(self.config.host, self.port)

    @property
    def health_address(self) -> str:
        return bind_address(self.config.host, self.health_port)

    def stop(self, grace: float | None = None) -> None:
        """Drain: health NOT_SERVING, refuse new work, finish in-flight work within ``grace`` seconds."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self.registry.draining = True
        self.health.enter_graceful_shutdown()
        self.server.stop(self.config.grace_seconds if grace is None else grace).wait()
        if self.health_server is not None:
            self.health_server.stop(0)
        if self.watchdog is not None:
            self.watchdog.close()
        for b in self.batchers.values():
            b.close()
        if hasattr(self.dispatch, "close"):
            self.dispatch.close()
        if self._metrics_http is not None:
            self._metrics_http.shutdown()  # type: ignore[attr-defined]

    def wait(self) -> None:
        self.server.wait_for_termination()


def load_models(config: ServerConfig) -> list[ModelRuntime]:
    limits = Limits(
        max_batch_sentences=config.max_batch_sentences,
        max_sentence_tokens=config.max_sentence_tokens,
        max_overrides=config.max_overrides,
        forward_batch_size=config.forward_batch_size,
        forward_overhead_tokens=config.forward_overhead_tokens,
        traced_captures=config.traced_captures,
        input_major_weights=config.input_major_weights,
    )
    return [ModelRuntime.load(name, *placement(path, config.device, config.dtype), limits)
            for name, path in config.models]


def data_url(config: ServerConfig) -> str:
    """The Redis of datasets, profiles and job records; with a broker and no other Redis, the broker's."""
    return config.data_redis_url or config.redis_url or config.broker_url


def open_datasets(config: ServerConfig, data_store) -> DatasetStore:
    """The dataset store as the server and every worker must see it (same key-value and object stores)."""
    return DatasetStore(data_store, config.dataset_ttl_seconds, config.stream_chunk_bytes, config.dataset_max_words,
                        max_bytes=config.dataset_max_bytes, tenant_max_bytes=config.tenant_max_dataset_bytes,
                        tenant_max_datasets=config.tenant_max_datasets,
                        # empty: chunks stay beside the manifests (Redis or in-process), as before
                        objects=open_object_store(config.object_store_url, config.s3_endpoint_url)
                        if config.object_store_url else None)


def open_jobs(config: ServerConfig):
    """(job board, dispatcher) for a broker, or (None, None): the servicer then runs jobs on its own threads."""
    if not config.broker_url:
        return None, None
    from neuronscope_server.job_board import open_board
    from neuronscope_server.job_queue import CeleryDispatcher, make_app

    return open_board(data_url(config)), CeleryDispatcher(make_app(config.broker_url,
                                                                   config.job_visibility_timeout_seconds))


def _data_store(config: ServerConfig, cache_store, metrics: Metrics):
    """Where datasets and profiles live: a store that never evicts them (see docs/RELIABILITY.md)."""
    url = data_url(config)
    if not url:
        return open_store("", config.data_max_bytes, evict=False)  # in-process: refuses writes when full
    store = cache_store if url == config.redis_url else open_store(
        url, 0, on_error=lambda op: metrics.cache_requests.labels("error").inc())
    policy = store.eviction_policy()
    if policy is not None and policy != "noeviction":
        # an evicting Redis may drop a dataset's chunks or a profile; say so loudly, once, at start
        log.error("the Redis holding datasets and profiles (%s) has maxmemory-policy %s: it may evict them. "
                  "Run it with noeviction, or give the cache its own Redis (--redis-url) and datasets and "
                  "profiles another (--data-redis-url)", store.url_for_logs, policy)
    return store


def create_server(
    config: ServerConfig, runtimes: list[ModelRuntime] | None = None, metrics: Metrics | None = None,
    block_until_ready: bool = True,
) -> RunningServer:
    """Bind ``config.host:config.port`` (port 0: any free port), then load and warm the models.

    Health reports NOT_SERVING until every model is loaded and warmed. With ``block_until_ready``
    false, loading happens in a background thread (RPCs meanwhile get UNAVAILABLE).
    """
    metrics = metrics or Metrics()
    registry = ModelRegistry(config.default)
    watchdog = StreamWatchdog(config.stream_no_progress_seconds, metrics)
    metrics_interceptor = MetricsInterceptor(metrics, watchdog)
    auth_interceptor = AuthInterceptor(
        KeyRing(config.keys_file) if config.keys_file else None,
        TenantLimiter(config.tenant_max_concurrent, config.tenant_rate, config.tenant_burst)
        if (config.tenant_max_concurrent or config.tenant_rate) else None,
    )
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=config.workers, thread_name_prefix="rpc"),
        # metrics outermost, so refused calls are counted too
        interceptors=[
            metrics_interceptor,
            auth_interceptor,
            # innermost: unparsable requests (text that is not UTF-8) are INVALID_ARGUMENT, not INTERNAL
            DecodeInterceptor(request_types(pb.DESCRIPTOR.services_by_name["NeuronScope"], pb)),
        ],
        options=server_options(config),
        maximum_concurrent_rpcs=config.max_concurrent_rpcs,
    )
    state = getattr(server, "_state", None)  # grpcio's own count, read where it decides (see MetricsInterceptor)
    if state is not None and hasattr(state, "active_rpc_count"):
        metrics_interceptor.at_limit = lambda: state.active_rpc_count >= config.max_concurrent_rpcs
        auth_interceptor.at_limit = metrics_interceptor.at_limit
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    for name in ("", SERVICE_NAME):
        health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    store = open_store(config.redis_url, config.cache_max_bytes,
                       on_error=lambda op: metrics.cache_requests.labels("error").inc())
    near = MemoryStore(config.cache_near_bytes) if config.redis_url and config.cache_near_bytes > 0 else None
    cache = ActivationCache(store, metrics, config.cache_ttl_seconds, near=near)
    data_store = _data_store(config, store, metrics)
    datasets = open_datasets(config, data_store)
    profiles = ProfileStore(data_store, on_event=lambda event: metrics.profile_events.labels(event).inc())
    batchers: dict[str, Batcher] = {}
    board, dispatch = open_jobs(config)
    servicer = NeuronScopeServicer(config, registry, metrics, cache, datasets, profiles, batchers, board, dispatch)
    servicer.on_default_profile = lambda model, ok: health_servicer.set(
        f"neuronscope.default_profile.{model}",
        health_pb2.HealthCheckResponse.SERVING if ok else health_pb2.HealthCheckResponse.NOT_SERVING)
    pb_grpc.add_NeuronScopeServicer_to_server(servicer, server)
    reflection.enable_server_reflection((SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME), server)

    bind = bind_address(config.host, config.port)
    if config.tls_cert:
        with open(config.tls_cert, "rb") as f:
            cert = f.read()
        with open(config.tls_key, "rb") as f:
            key = f.read()
        ca = None
        if config.tls_client_ca:
            with open(config.tls_client_ca, "rb") as f:
                ca = f.read()
        creds = grpc.ssl_server_credentials([(key, cert)], root_certificates=ca, require_client_auth=ca is not None)
        port = server.add_secure_port(bind, creds)
    else:
        port = server.add_insecure_port(bind)
    if port == 0:
        raise OSError(f"could not bind {bind}")
    server.start()
    try:
        health_server, health_port = start_health_lane(config, health_servicer)
    except Exception:
        server.stop(0)
        watchdog.close()
        raise
    metrics.connections_open.set_function(lambda: count_connections(port))
    log.info("serving on %s; health lane on %s", bind, bind_address(config.host, health_port))

    running = RunningServer(server, port, config, registry, metrics, health_servicer, health_server=health_server,
                            health_port=health_port, watchdog=watchdog, cache=cache, datasets=datasets,
                            batchers=batchers, dispatch=servicer.dispatch)
    if config.metrics_port:
        from prometheus_client import start_http_server

        http, _thread = start_http_server(config.metrics_port, addr=config.host, registry=metrics.registry)
        running._metrics_http = http
        running.metrics_port = http.server_port

    def load() -> None:
        try:
            for rt in runtimes if runtimes is not None else load_models(config):
                rt.warm_up()
                batchers[rt.name] = Batcher(rt, metrics, max_batch=config.batch_max_sentences,
                                            max_delay=config.batch_max_delay_ms / 1000, queue_size=config.queue_size,
                                            enabled=config.batching, bulk_max_batch=config.bulk_piece_sentences)
                registry.add(rt)
                metrics.models_loaded.set(len(registry.names()))
                log.info("model %s loaded (%s, revision %s, %s)", rt.name, rt.kind, rt.revision, rt.device)
            for model in servicer.default_profiles:
                if model in registry.names():
                    servicer.default_profile(model)  # into memory now, so a later Redis outage does not matter
            for name in ("", SERVICE_NAME):
                health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
            registry.ready = True
        except Exception:
            log.exception("loading models failed; the server stays NOT_SERVING")
            raise

    if block_until_ready:
        try:
            load()
        except Exception:
            running.stop(0)
            raise
    else:
        threading.Thread(target=load, name="model-loader", daemon=True).start()
    return running
