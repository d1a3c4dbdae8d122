"""Prometheus metrics: one registry per server, bounded labels only (method, code, model, result)."""

from __future__ import annotations

import threading

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


PROFILE_LABEL_LIMIT = 50  # distinct (profile, version) label pairs; later ones are counted as "_other"


class BoundedLabels:
    """Label values admitted first come, first served, up to ``limit`` distinct tuples; the rest share
    ("_other", …). Profile names and versions are user-made, so a label per version would otherwise let
    clients grow the exposition without bound."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._seen: set[tuple[str, ...]] = set()
        self._lock = threading.Lock()

    def __call__(self, *values: str) -> tuple[str, ...]:
        if values in self._seen:
            return values
        with self._lock:
            if len(self._seen) < self.limit:
                self._seen.add(values)
                return values
        return ("_other",) * len(values)


class Metrics:
    """All neuronscope metrics, registered on ``registry`` (a fresh one per server and per test)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.rpc_requests = Counter(
            "neuronscope_rpc_requests", "RPCs handled, by method and status code.", ["method", "code"], registry=r
        )
        self.rpc_latency = Histogram(
            "neuronscope_rpc_latency_seconds", "RPC handling time.", ["method"], buckets=_LATENCY_BUCKETS, registry=r
        )
        self.rpc_in_flight = Gauge("neuronscope_rpc_in_flight", "RPCs being handled now.", registry=r)
        self.sentences = Counter(
            "neuronscope_sentences", "Sentences processed, by model.", ["model"], registry=r
        )
        self.words = Counter("neuronscope_words", "Source words processed, by model.", ["model"], registry=r)
        self.forward_seconds = Histogram(
            "neuronscope_forward_seconds", "Model compute time per request.", ["model"], buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.cache_requests = Counter(
            "neuronscope_cache_requests", "Activation cache lookups, by result (hit|miss|error).", ["result"],
            registry=r,
        )
        self.cache_near_hits = Counter(
            "neuronscope_cache_near_hits", "Activation cache hits served by the in-process copy in front of Redis "
            "(also counted as hits).", registry=r,
        )
        self.cache_bytes = Counter(
            "neuronscope_cache_bytes", "Bytes moved to and from the activation cache.", ["direction"], registry=r
        )
        self.cache_latency = Histogram(
            "neuronscope_cache_latency_seconds", "Activation cache call time.", ["op"], buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge("neuronscope_queue_depth", "Requests waiting per model.", ["model"], registry=r)
        self.queue_wait = Histogram(
            "neuronscope_queue_wait_seconds", "Time a request waited for its forward pass, by priority class.",
            ["model", "priority"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.queue_rejected = Counter(
            "neuronscope_queue_rejected", "Requests refused because the model queue was full.", ["model"], registry=r
        )
        self.preemptions = Counter(
            "neuronscope_preemptions", "Capture and bulk passes stopped between decoder steps so that interactive work could run "
            "(their requests ran again after it).", ["model"], registry=r)
        self.batch_seconds = Histogram(
            "neuronscope_batch_seconds", "Time of one merged forward pass, by its most urgent priority class.",
            ["model", "priority"], buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.batch_size = Histogram(
            "neuronscope_batch_sentences", "Sentences per merged forward pass.", ["model"],
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256), registry=r,
        )
        self.models_loaded = Gauge("neuronscope_models_loaded", "Models loaded and warmed.", registry=r)
        self.gpu_memory = Gauge(
            "neuronscope_gpu_memory_allocated_bytes", "torch.cuda.memory_allocated, by device.", ["device"],
            registry=r,
        )
        # transport: what grpc core refuses never reaches a handler, so these are counted where it decides
        self.rpcs_refused = Counter(
            "neuronscope_rpcs_refused", "RPCs refused at the max_concurrent_rpcs limit, by method.", ["method"],
            registry=r,
        )
        self.streams_stalled = Counter(
            "neuronscope_streams_stalled", "Server streams ended because the client read nothing for "
            "stream_no_progress_seconds, by method.", ["method"], registry=r,
        )
        self.connections_open = Gauge(
            "neuronscope_connections_open", "Established TCP connections to the serving port.", registry=r
        )
        self.profile_events = Counter(
            "neuronscope_profile_events", "Profile store events: stale (served from memory while the store "
            "failed), republished (written back after the store lost it).", ["event"], registry=r,
        )
        self.default_profile_missing = Gauge(
            "neuronscope_default_profile_missing", "1 while a model's --default-profile cannot be found.",
            ["model"], registry=r,
        )
        # receipts (bounded labels: where the override came from, and whether it changed anything)
        self.overrides_applied = Counter(
            "neuronscope_overrides_applied", "Overrides applied to a sentence, by source (request or profile) and "
            "outcome (changed, no_effect).", ["source", "outcome"], registry=r,
        )
        self.override_cells_changed = Counter(
            "neuronscope_override_cells_changed", "Activation cells changed by overrides, by source.", ["source"],
            registry=r,
        )
        self.override_conditions = Counter(
            "neuronscope_override_conditions", "Conditional overrides per sentence, by source and whether their "
            "`when` held (the fire rate is met / (met + not_met)).", ["source", "outcome"], registry=r,
        )
        self.shadow_sentences = Counter(
            "neuronscope_shadow_sentences", "Sentences of shadowed requests, by shadow profile version and outcome: "
            "changed or same (vs the live baseline), skipped (dropped while the model stayed busy).", ["profile", "version", "outcome"],
            registry=r,
        )
        self.shadow_seconds = Histogram(
            "neuronscope_shadow_seconds", "Time of a shadow run (the work a version adds per request), by "
            "profile version.", ["profile", "version"], buckets=_LATENCY_BUCKETS, registry=r,
        )
        # per profile version (bounded by profile_labels): what live traffic gets with each version
        self.profile_labels = BoundedLabels(PROFILE_LABEL_LIMIT)
        self.profile_requests = Counter(
            "neuronscope_profile_requests", "Translate requests served with a profile, by profile and version "
            "(profile \"none\": without one).", ["profile", "version"], registry=r,
        )
        self.profile_sentences = Counter(
            "neuronscope_profile_sentences", "Sentences translated with a profile version, by whether its "
            "overrides changed any activation (changed) or none (no_effect).", ["profile", "version", "outcome"],
            registry=r,
        )
        self.profile_request_seconds = Histogram(
            "neuronscope_profile_request_seconds", "Translate latency by profile version (profile \"none\": "
            "without one); the latency a version adds is its quantile minus none's.", ["profile", "version"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.degenerate_outputs = Counter(
            "neuronscope_degenerate_outputs", "Outputs flagged degenerate (repetition; see Receipt), by whether "
            "overrides applied.", ["kind"], registry=r,
        )
        self.admission_refused = Counter(
            "neuronscope_admission_refused", "Requests refused before any work, by limit.", ["limit"], registry=r
        )
