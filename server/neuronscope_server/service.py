"""gRPC servicer: decode requests, call the runtime, encode responses. No domain logic here."""

from __future__ import annotations

import contextvars
import itertools
import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace

import numpy as np

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc
from neuronscope_server.activation_cache import ActivationCache
from neuronscope_server.admission import check_names, check_sentences
from neuronscope_server.auth import current_principal
from neuronscope_server.batcher import PRIORITY_ANALYSIS, PRIORITY_BULK, PRIORITY_TRANSLATE, Batcher
from neuronscope_server.config import ServerConfig
from neuronscope_server.dataset_requests import extraction_spec, plan_dataset
from neuronscope_server.datasets import CHUNK_FORMAT, STORAGE_DTYPES, URL_DEFAULT_SECONDS, DatasetStore
from neuronscope_server.encoded import EncodedResult, response_bytes
from neuronscope_server.erasure import erase_curve, spec_from_request
from neuronscope_server.errors import (
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ResourceExhausted,
    Unavailable,
)
from neuronscope_server.grpc_errors import mapped
from neuronscope_server.job_board import JobBoard, JobRecord, MemoryJobBoard
from neuronscope_server.job_service import JobRpcs
from neuronscope_server.job_tasks import DatasetLimits, JobContext, ThreadDispatcher, job_pb
from neuronscope_server.metrics import Metrics
from neuronscope_server.profiles import ProfileStore, parse_ref
from neuronscope_server.ranking_requests import check_request, params_from_request, run_ranking
from neuronscope_server.registry import ModelRegistry
from neuronscope_server.rollouts import Rollout, Rollouts, ShadowLog, ShadowRunner, routing_key
from neuronscope_server.spec import (
    ConditionSpec,
    OverrideSpec,
    SentenceInput,
    SentenceOutput,
    SteerSpec,
    TranslateSpec,
)

log = logging.getLogger(__name__)
MAX_ORIGIN_CHARS = 512
VERSION = "0.1.0"

AGGREGATION = {pb.AGGREGATION_UNSPECIFIED: "mean", **{v: k for k, v in wire.AGGREGATION_ENUMS.items()}}
OPS = {v: k for k, v in wire.OP_ENUMS.items()}
POSITIONS = {pb.POSITIONS_UNSPECIFIED: "all", pb.POSITIONS_ALL: "all", pb.POSITIONS_WORDS: "words"}
CAPTURE_DTYPES = ("float32", "float16", "bfloat16")
MAX_NAMES = 512  # site names one request may list


def _enum(value: int, table: dict[int, str], field: str) -> str:
    if value not in table:
        raise InvalidArgument(f"{field} {value} is not a known enum value")
    return table[value]


def override_from_pb(j: int, o: pb.Override) -> OverrideSpec:
    spec = _override_from_pb(j, o)
    if o.per_sentence:
        if o.positions == pb.POSITIONS_WORDS or o.words:
            raise InvalidArgument(f"overrides[{j}]: give positions as words or per_sentence, not both")
        spec = replace(spec, per_sentence=tuple(tuple(x.values) for x in o.per_sentence))
    return spec


def _override_from_pb(j: int, o: pb.Override) -> OverrideSpec:
    if o.HasField("steer"):
        st = o.steer
        for name in ("dataset", "label_column", "from_label", "to_label"):
            if not getattr(st, name):
                raise InvalidArgument(f"overrides[{j}].steer.{name} is required")
        if not np.isfinite(st.beta):
            raise InvalidArgument(f"overrides[{j}].steer.beta must be a finite number")
        return OverrideSpec(site=o.site, neurons=tuple(o.neurons), op="add",
                            positions=_enum(o.positions, POSITIONS, f"overrides[{j}].positions"), words=tuple(o.words),
                            when=_condition(j, o.when) if o.HasField("when") else None, step_from=o.step_from,
                            step_to=o.step_to, steer=SteerSpec(st.dataset, st.label_column, st.from_label,
                                                               st.to_label, float(st.beta), bool(st.set)))
    if o.op == pb.OVERRIDE_OP_UNSPECIFIED:
        raise InvalidArgument(f"overrides[{j}].op is required; allowed: {', '.join(OPS.values())}")
    return OverrideSpec(
        site=o.site, neurons=tuple(o.neurons), op=_enum(o.op, OPS, f"overrides[{j}].op"), values=tuple(o.values),
        standardized=o.standardized, means=tuple(o.means), stds=tuple(o.stds), low=o.low, high=o.high,
        positions=_enum(o.positions, POSITIONS, f"overrides[{j}].positions"), words=tuple(o.words),
        matrix=wire.decode(o.matrix, field=f"overrides[{j}].matrix").astype(np.float32) if o.HasField("matrix") else None,
        when=_condition(j, o.when) if o.HasField("when") else None,
        step_from=o.step_from, step_to=o.step_to,
    )


def _condition(j: int, c: pb.Condition) -> ConditionSpec:
    where = f"overrides[{j}].when"
    if not c.source_words and not c.site and not c.after_target_words:
        raise InvalidArgument(f"{where} is empty; give source_words, after_target_words, or a site and neuron to test")
    if len(c.after_target_words) > 256 or any(len(w) > 100 for w in c.after_target_words):
        raise InvalidArgument(f"{where}.after_target_words: up to 256 words of up to 100 characters")
    if len(c.source_words) > 256 or any(len(w) > 100 for w in c.source_words):
        raise InvalidArgument(f"{where}.source_words: up to 256 words of up to 100 characters")
    if c.standardized and not (np.isfinite(c.std) and c.std > 0):
        raise InvalidArgument(f"{where}.std must be a positive number with standardized thresholds")
    if not np.isfinite([c.threshold, c.mean]).all():
        raise InvalidArgument(f"{where}: threshold and mean must be finite")
    return ConditionSpec(source_words=tuple(w.lower() for w in c.source_words), site=c.site, neuron=c.neuron,
                         threshold=c.threshold, below=c.below, standardized=c.standardized, mean=c.mean,
                         std=c.std if c.standardized else 1.0, any_position=c.any_position,
                         after_target_words=tuple(w.lower() for w in c.after_target_words))


def spec_from_pb(req: pb.TranslateRequest) -> tuple[TranslateSpec, str]:
    """The domain spec of a request, and the wire dtype for captured activations."""
    dtype = req.capture.dtype or "float32"
    if dtype not in CAPTURE_DTYPES:
        raise InvalidArgument(f"capture.dtype {dtype!r} not allowed; allowed: {', '.join(CAPTURE_DTYPES)}")
    sentences = tuple(
        SentenceInput(text=s.text, words=tuple(s.words), space_after=tuple(s.space_after), reference=s.reference)
        for s in req.sentences
    )
    spec = TranslateSpec(
        sentences=sentences,
        num_beams=max(1, req.decoding.num_beams),
        max_new_tokens=req.decoding.max_new_tokens,
        min_new_tokens=req.decoding.min_new_tokens,
        capture_sites=tuple(req.capture.sites),
        aggregation=_enum(req.capture.aggregation, AGGREGATION, "capture.aggregation"),
        overrides=tuple(override_from_pb(j, o) for j, o in enumerate(req.overrides)),
        return_baseline=req.return_baseline,
        skip_generation=req.skip_generation,
    )
    return spec, dtype


def result_to_pb(index: int, out: SentenceOutput, sides: dict[str, str], dtype: str) -> pb.SentenceResult:
    return pb.SentenceResult(
        index=index,
        translation=out.translation,
        source_words=out.source_words,
        target_words=out.target_words,
        source_pieces=out.source_pieces,
        source_piece_words=out.source_piece_words.tolist(),
        target_pieces=out.target_pieces,
        target_piece_words=out.target_piece_words.tolist(),
        activations=[
            pb.SiteActivations(site=site, side=sides[site], values=wire.encode(arr, dtype))
            for site, arr in out.activations.items()
        ],
        baseline_translation=out.baseline_translation,
        receipt=_receipt_pb(out.receipt) if out.receipt is not None else None,
    )


def _receipt_pb(r: dict) -> pb.Receipt:
    return pb.Receipt(
        overrides=[pb.OverrideEffect(override=e["override"], site=e["site"], cells_changed=e["cells_changed"],
                                     positions=e["positions"], words=e["words"], mean_abs_change=e["mean_abs_change"],
                                     max_abs_change=e["max_abs_change"], condition_met=e.get("condition_met", False))
                   for e in r["overrides"]],
        hit_max_tokens=r["hit_max_tokens"], repetition=r["repetition"], degenerate=r["degenerate"],
    )


class NeuronScopeServicer(JobRpcs, pb_grpc.NeuronScopeServicer):
    def __init__(self, config: ServerConfig, registry: ModelRegistry, metrics: Metrics, cache: ActivationCache,
                 datasets: DatasetStore, profiles: ProfileStore, batchers: dict[str, Batcher],
                 board: JobBoard | None = None, dispatch: Callable[[JobRecord], None] | None = None) -> None:
        self.config = config
        self.registry = registry
        self.metrics = metrics
        self.cache = cache
        self.datasets = datasets
        self.profiles = profiles
        self.batchers = batchers  # model name -> Batcher, filled as models load
        # model -> (tenant, "name[@version]") from --default-profile MODEL=TENANT:NAME[@VERSION]
        self.default_profiles = {m: (t, ref) for m, t, ref in config.default_profile_refs()}
        self._default_ok: dict[str, bool] = {}
        self.rollouts = Rollouts(profiles.store)
        self.shadows = ShadowLog()
        # shadow runs go one at a time, after the live answer, only while the model is quiet
        self._shadow = ShadowRunner(config.shadow_quiet_ms / 1000.0, config.shadow_max_pending)
        self._stats: dict[tuple, dict] = {}  # (tenant, dataset, column, site) -> class statistics
        self._stats_lock = threading.Lock()
        self.on_default_profile: Callable[[str, bool], None] | None = None  # (model, applies) → health
        c = config
        self.jobs = JobContext(
            board=board if board is not None else MemoryJobBoard(), datasets=datasets, runtime=registry.get,
            limits=DatasetLimits(c.dataset_max_words, c.dataset_min_ttl_seconds, c.dataset_max_ttl_seconds,
                                 c.dataset_ttl_seconds, c.stream_chunk_bytes),
            analysis_device=c.analysis_device, max_job_bytes=c.max_job_bytes,
            # jobs run here share the model with live traffic: bulk priority, small pieces, like CreateDataset
            extract=lambda rt, spec, stop, tenant: self.batchers[rt.name].run(
                spec, PRIORITY_BULK, stop, tenant, piece=c.bulk_piece_sentences),
        )
        self.dispatch = dispatch if dispatch is not None else ThreadDispatcher(self.jobs, c.job_threads)

    @mapped
    def ServerInfo(self, request, context):
        c = self.config
        devices = {str(rt.device) for rt in self.registry.all()}
        return pb.ServerInfoResponse(
            version=VERSION, models=self.registry.names(), default_model=c.default,
            max_message_bytes=c.max_message_bytes, max_batch_sentences=c.max_batch_sentences,
            max_sentence_tokens=c.max_sentence_tokens, stream_chunk_bytes=c.stream_chunk_bytes,
            device=",".join(sorted(devices)), cache=self.cache.store.kind, auth_enabled=bool(c.keys_file),
            usage=self._usage(current_principal().tenant, None),
        )

    def _usage(self, tenant: str, usage) -> pb.TenantUsage:
        """The tenant's usage and quotas; counts are -1 when the data store cannot be read."""
        c = self.config
        if usage is None:
            try:
                usage = self.datasets.usage(tenant)
            except Unavailable:
                pass
        return pb.TenantUsage(
            tenant=tenant, datasets=usage.datasets if usage else -1, dataset_bytes=usage.bytes if usage else -1,
            max_datasets=c.tenant_max_datasets, max_dataset_bytes=c.tenant_max_dataset_bytes,
            max_bytes_per_dataset=c.dataset_max_bytes, min_ttl_seconds=c.dataset_min_ttl_seconds,
            max_ttl_seconds=c.dataset_max_ttl_seconds, default_ttl_seconds=c.dataset_ttl_seconds,
        )

    @mapped
    def ListModels(self, request, context):
        return pb.ListModelsResponse(
            models=[
                pb.ModelSummary(name=rt.name, kind=rt.kind, architecture=type(rt.model).__name__, revision=rt.revision)
                for rt in self.registry.all()
            ]
        )

    @mapped
    def ModelInfo(self, request, context):
        rt = self.registry.get(request.model)
        info = rt.info()
        return pb.ModelInfoResponse(
            name=info["name"], kind=info["kind"], architecture=info["architecture"], revision=info["revision"],
            sites=[pb.Site(name=s.name, side=s.side, width=s.width, module=s.module) for s in info["sites"]],
            tokenizer=info["tokenizer"], vocab_size=info["vocab_size"],
            max_sentence_tokens=rt.limits.max_sentence_tokens, dtype=info["dtype"], device=info["device"],
        )

    def _admit(self, kind: str, check: Callable[[], object]) -> None:
        """Run a raw-size check; a refusal is counted by ``kind`` and raised."""
        try:
            check()
        except InvalidArgument:
            self.metrics.admission_refused.labels(kind).inc()
            raise

    def _admit_translate(self, request: pb.TranslateRequest) -> None:
        c = self.config
        self._admit("sentences", lambda: check_sentences(
            ((s.text, s.words, s.reference) for s in request.sentences), c.max_batch_sentences, c.max_sentence_chars))
        self._admit("capture", lambda: check_names(request.capture.sites, MAX_NAMES, "capture.sites"))
        if len(request.overrides) > c.max_overrides:
            self.metrics.admission_refused.labels("overrides").inc()
            raise InvalidArgument(f"overrides has {len(request.overrides)} entries; allowed 0-{c.max_overrides}")

    def _results(self, request: pb.TranslateRequest, context, state: dict) -> Iterator[pb.SentenceResult]:
        """Each sentence's result (any order, ``index`` set): cache hits first, then computed misses."""
        self._admit_translate(request)  # raw sizes first: nothing is tokenized, looked up or queued before
        tenant = current_principal().tenant
        rt = self.registry.get(request.model)
        state["rt"] = rt  # in-flight work keeps its model even if the server starts draining
        spec, dtype = spec_from_pb(request)
        profile = self._profile_for(request, rt.name, context, state)
        n_profile = len(profile.overrides) if profile is not None else 0
        if profile is not None:
            # the profile's overrides come first; the request's own apply on top of them
            spec = replace(spec, overrides=tuple(override_from_pb(j, o) for j, o in enumerate(profile.overrides))
                           + spec.overrides)
            state["profile"] = profile
        plabels = self.metrics.profile_labels(profile.name, str(profile.version)) if profile is not None else None
        spec = self._resolve_steering(spec, tenant, n_profile)
        for j, o in enumerate(spec.overrides):
            if o.per_sentence is not None and len(o.per_sentence) != len(spec.sentences):
                raise InvalidArgument(f"overrides[{j - n_profile}].per_sentence has {len(o.per_sentence)} entries for "
                                      f"{len(spec.sentences)} sentences; give one per sentence (empty: none)")
        # validate before the cache and the queue: a bad request fails alone; only misses are tokenized
        rt.validate(spec)
        if spec.capture_sites:
            width = sum(rt.sites[name].width for name in spec.capture_sites)
            # a bound on what capture may cost: words are at most tokens
            est = sum(len(s.words) or len(s.text.split()) for s in spec.sentences) * width * 4
            if est > self.config.max_capture_bytes:
                raise ResourceExhausted(
                    f"capture would be about {est} bytes of float32; allowed up to {self.config.max_capture_bytes} "
                    "per request: send fewer sentences or sites"
                )
        if request.require_effect and spec.overrides:
            # the answer depends on every sentence's receipt: gather them all before sending any
            results = list(self._computed(request, context, rt, spec, dtype, tenant, n_profile, raw=False,
                                          plabels=plabels))
            _check_effect(results, spec, n_profile)
            yield from results
            return
        yield from self._computed(request, context, rt, spec, dtype, tenant, n_profile, raw=True, plabels=plabels)

    def _computed(self, request, context, rt, spec: TranslateSpec, dtype: str, tenant: str, n_profile: int,
                  raw: bool, plabels: tuple[str, ...] | None = None) -> Iterator:
        """Cache hits, then computed misses (``raw``: hits as their stored bytes, else parsed messages).

        Entries are kept in the request's wire dtype, so a hit is never re-encoded and a miss is encoded once.
        """
        sides = {s.name: s.side for s in rt.sites.values()}
        keys = self.cache.keys(tenant, rt.name, rt.revision, spec, dtype)
        if raw:
            cached: list = self.cache.lookup_raw(keys)
            for i, stored in enumerate(cached):
                if stored is not None:
                    yield EncodedResult(i, stored)
        else:
            cached = self.cache.lookup(keys)
            for i, hit in enumerate(cached):
                if hit is not None:
                    hit.index = i
                    hit.cache_hit = True
                    yield hit
        missing = [i for i, hit in enumerate(cached) if hit is None]
        if not missing:
            return
        per_sentence = any(o.per_sentence is not None for o in spec.overrides)
        if per_sentence:
            yield from self._computed_per_sentence(spec, missing, keys, rt, tenant, n_profile, raw, dtype, context,
                                                   plabels)
            return
        prepared = dict(zip(missing, rt.prepare(replace(spec, sentences=tuple(spec.sentences[i] for i in missing)),
                                                numbers=missing)))
        start = time.perf_counter()
        priority = PRIORITY_ANALYSIS if (spec.capture_sites or spec.return_baseline) else PRIORITY_TRANSLATE
        # captures queue in small pieces while plain translations are about, so those never wait long
        batcher = self.batchers[rt.name]
        step = batcher.piece_for(priority)
        stop = lambda: not context.is_active()  # noqa: E731
        futures = []
        try:
            for c in range(0, len(missing), step):
                idx = missing[c : c + step]
                sub = replace(spec, sentences=tuple(spec.sentences[i] for i in idx))
                # one piece: this thread would only wait for it, so it runs the pass itself if the model is idle
                futures.append((idx, batcher.submit(sub, priority, should_stop=stop, tenant=tenant,
                                                    prepared=[prepared[i] for i in idx],
                                                    run_here=len(missing) <= step)))
        except ResourceExhausted:
            for _, f in futures:
                f.cancel()
            raise
        n_words = 0
        for idx, fut in futures:
            outs = fut.result()
            fresh = [result_to_pb(i, out, sides, dtype) for i, out in zip(idx, outs)]
            for m in fresh:
                self._count_receipt(m.receipt, n_profile, spec, plabels)
            n_words += sum(len(out.source_words) for out in outs)
            if raw:  # serialized once, for the cache and the response
                data = {m.index: m.SerializeToString() for m in fresh}
                self.cache.save_raw({keys[i]: d for i, d in data.items()})
                for i, d in data.items():
                    yield EncodedResult(i, d, cache_hit=False)
                continue
            self.cache.save({keys[m.index]: m for m in fresh})
            yield from fresh
        self.metrics.forward_seconds.labels(rt.name).observe(time.perf_counter() - start)
        if rt.device.type == "cuda":
            import torch

            self.metrics.gpu_memory.labels(str(rt.device)).set(torch.cuda.memory_allocated(rt.device))
        self.metrics.sentences.labels(rt.name).inc(len(missing))
        self.metrics.words.labels(rt.name).inc(n_words)

    def _class_stats(self, tenant: str, handle: str, column: str, site: str):
        """A dataset's per-label statistics at one site, computed once and kept while the dataset lives."""
        key = (tenant, handle, column, site)
        with self._stats_lock:
            hit = self._stats.get(key)
        if hit is None:
            hit = self.datasets.class_stats(tenant, handle, column, [site])[site]
            with self._stats_lock:
                self._stats[key] = hit
                while len(self._stats) > 64:  # a small LRU: statistics are (labels × neurons) floats
                    self._stats.pop(next(iter(self._stats)))
        return hit

    def _resolve_steering(self, spec: TranslateSpec, tenant: str, n_profile: int) -> TranslateSpec:
        """Steer overrides become set/add with values from the dataset's class means (the cache key keeps
        the steer itself, and the runtime sees plain overrides)."""
        if not any(o.steer is not None for o in spec.overrides):
            return spec
        if not current_principal().allows("analyst"):
            raise PermissionDenied("steer reads a dataset's statistics and needs the analyst role")
        out = []
        for j, o in enumerate(spec.overrides):
            st = o.steer
            if st is None:
                out.append(o)
                continue
            where = f"profile entry {j}" if j < n_profile else f"overrides[{j - n_profile}]"
            try:
                stats = self._class_stats(tenant, st.dataset, st.label_column, o.site)
            except InvalidArgument as e:
                raise InvalidArgument(f"{where}.steer: {e}") from None
            for name, lab in (("from_label", st.from_label), ("to_label", st.to_label)):
                if lab not in stats:
                    raise InvalidArgument(f"{where}.steer.{name} {lab!r} is not a label of {st.label_column!r} in "
                                          f"{st.dataset}; it has {', '.join(sorted(stats))}")
            width = len(stats[st.to_label][1])
            bad = [n for n in o.neurons if not 0 <= n < width]
            if bad or not o.neurons:
                raise InvalidArgument(f"{where}.neurons: give neuron indices in 0-{width - 1} for {o.site!r}")
            idx = list(o.neurons)
            mu_to, mu_from = stats[st.to_label][1][idx], stats[st.from_label][1][idx]
            delta = st.beta * (mu_to - mu_from)
            if st.set:
                out.append(replace(o, op="set", values=tuple(float(v) for v in mu_to + delta)))
            else:
                out.append(replace(o, op="add", values=tuple(float(v) for v in delta)))
        return replace(spec, overrides=tuple(out))

    @mapped
    def ClassStatistics(self, request, context):
        tenant = current_principal().tenant
        info = self.datasets.describe(tenant, _handle(request.dataset))
        stats = self.datasets.class_stats(tenant, info.handle, request.label_column, list(request.sites))
        return pb.ClassStatisticsResponse(stats=[
            pb.ClassStats(site=site, label=lab, count=n, mean=wire.encode(mu, "float32"), std=wire.encode(sd, "float32"))
            for site, by_label in stats.items() for lab, (n, mu, sd) in by_label.items()])

    def _computed_per_sentence(self, spec: TranslateSpec, missing: list[int], keys: list[str], rt, tenant: str,
                               n_profile: int, raw: bool, dtype: str, context,
                               plabels: tuple[str, ...] | None = None) -> Iterator:
        """Overrides with positions per sentence: each sentence is submitted with its own positions, and the
        batcher runs them as rows of shared passes (each row's overrides touch only that row)."""
        sides = {s.name: s.side for s in rt.sites.values()}
        subs = {i: replace(spec, sentences=(spec.sentences[i],), overrides=_sentence_overrides(spec.overrides, i))
                for i in missing}
        prepared = {i: rt.prepare(subs[i], numbers=[i])[0] for i in missing}  # checks each sentence's positions
        priority = PRIORITY_ANALYSIS if (spec.capture_sites or spec.return_baseline) else PRIORITY_TRANSLATE
        batcher = self.batchers[rt.name]
        stop = lambda: not context.is_active()  # noqa: E731
        futures = []
        try:
            for i in missing:
                futures.append((i, batcher.submit(subs[i], priority, should_stop=stop, tenant=tenant,
                                                  prepared=[prepared[i]])))
        except ResourceExhausted:
            for _, f in futures:
                f.cancel()
            raise
        for i, fut in futures:
            m = result_to_pb(i, fut.result()[0], sides, dtype)
            self._count_receipt(m.receipt, n_profile, spec, plabels)
            if raw:
                data = m.SerializeToString()
                self.cache.save_raw({keys[i]: data})
                yield EncodedResult(i, data, cache_hit=False)
            else:
                self.cache.save({keys[i]: m})
                yield m
        self.metrics.sentences.labels(rt.name).inc(len(missing))

    def _count_receipt(self, receipt: pb.Receipt, n_profile: int, spec: TranslateSpec,
                       plabels: tuple[str, ...] | None = None) -> None:
        """Mark profile entries in a fresh receipt (before it is cached) and count it in the metrics
        (``plabels``: the bounded (profile, version) labels of the request's profile)."""
        m = self.metrics
        if plabels is not None:
            hit = any(e.cells_changed for e in receipt.overrides if e.override < n_profile)
            m.profile_sentences.labels(*plabels, "changed" if hit else "no_effect").inc()
        for e in receipt.overrides:
            e.from_profile = e.override < n_profile
            kind = "profile" if e.from_profile else "request"
            if e.override < len(spec.overrides) and spec.overrides[e.override].when is not None:
                m.override_conditions.labels(kind, "met" if e.condition_met else "not_met").inc()
            m.overrides_applied.labels(kind, "changed" if e.cells_changed else "no_effect").inc()
            m.override_cells_changed.labels(kind).inc(e.cells_changed)
        if receipt.degenerate:
            m.degenerate_outputs.labels("overridden" if len(receipt.overrides) else "plain").inc()

    def _header(self, request: pb.TranslateRequest, state: dict) -> pb.TranslateResponse:
        rt = state.get("rt") or self.registry.get(request.model)
        resp = pb.TranslateResponse(model=rt.name, revision=rt.revision, request_id=request.request_id)
        profile = state.get("profile")
        if profile is not None:
            resp.profile, resp.profile_version = profile.name, profile.version
        return resp

    @mapped
    def Translate(self, request, context):
        start = time.perf_counter()
        size = 0
        results = []
        state: dict = {}
        for msg in self._results(request, context, state):
            size += msg.ByteSize()
            if size > self.config.max_message_bytes - 4096:
                raise ResourceExhausted(
                    f"response would exceed max_message_bytes ({self.config.max_message_bytes}); "
                    "use TranslateStream (the client does this for you) or capture fewer sites"
                )
            results.append(msg)
        ordered = sorted(results, key=lambda r: r.index)
        if "shadow" in state:
            self._start_shadow(request, state, ordered)
        self._observe_profile(state, start)
        return _finish(self._header(request, state), ordered, start)

    def _observe_profile(self, state: dict, start: float) -> None:
        """Count a Translate request and its latency under its profile version ("none": without one)."""
        p = state.get("profile")
        labels = self.metrics.profile_labels(p.name, str(p.version)) if p is not None else ("none", "")
        self.metrics.profile_requests.labels(*labels).inc()
        self.metrics.profile_request_seconds.labels(*labels).observe(time.perf_counter() - start)

    def _start_shadow(self, request: pb.TranslateRequest, state: dict, results: list) -> None:
        """Queue a shadow run of ``request`` with the shadow version; the live answer does not wait for it."""
        live = [(r if isinstance(r, pb.SentenceResult) else pb.SentenceResult.FromString(r.data)).translation
                for r in results]
        tenant, name, version = state["shadow"]
        rt = state["rt"]
        principal = current_principal()

        labels = self.metrics.profile_labels(name, str(version))

        def dropped() -> None:  # too many waiting: the oldest sample is not run (counted, never queued forever)
            self.metrics.shadow_sentences.labels(*labels, "skipped").inc(len(live))

        def run() -> None:
            try:
                profile = self.profiles.get(tenant, name, version)
                spec, _ = spec_from_pb(request)
                spec = replace(spec, capture_sites=(), return_baseline=False, overrides=tuple(
                    override_from_pb(j, o) for j, o in enumerate(profile.overrides)) + spec.overrides)
                t0 = time.perf_counter()
                outs = self.batchers[rt.name].run(spec, PRIORITY_BULK, None, principal.tenant,
                                                  piece=self.config.bulk_piece_sentences)
                self.metrics.shadow_seconds.labels(*labels).observe(time.perf_counter() - t0)
                sources = [s.text or " ".join(s.words) for s in request.sentences]
                changed = self.shadows.record(tenant, name, version, sources, live, [o.translation for o in outs])
                self.metrics.shadow_sentences.labels(*labels, "changed").inc(changed)
                self.metrics.shadow_sentences.labels(*labels, "same").inc(len(outs) - changed)
            except Exception:  # noqa: BLE001 - a failed shadow run never touches live traffic
                log.exception("shadow run of %s@%s failed", name, version)

        self._shadow.submit(self.batchers[rt.name], contextvars.copy_context().run, run, dropped)

    @mapped
    def TranslateStream(self, request, context):
        start = time.perf_counter()
        pending: list = []
        size = 0
        state: dict = {}
        for msg in self._results(request, context, state):
            n = msg.ByteSize()
            if n > self.config.max_message_bytes - 4096:
                raise ResourceExhausted(
                    f"sentences[{msg.index}]: its activations alone exceed max_message_bytes "
                    f"({self.config.max_message_bytes}); capture fewer sites or use float16"
                )
            if pending and size + n > self.config.stream_chunk_bytes:
                yield _finish(self._header(request, state), pending, start)
                pending, size = [], 0
            pending.append(msg)
            size += n
        self._observe_profile(state, start)
        yield _finish(self._header(request, state), pending, start)


    # ------------------------------------------------------------------ datasets
    @mapped
    def CreateDataset(self, request, context):
        return self._create_dataset(request, context)

    @mapped
    def CreateDatasetStream(self, request, context):
        """CreateDataset with progress: the work runs on a thread while this one streams its events."""
        events: queue.Queue = queue.Queue()
        box: dict[str, object] = {}

        def work() -> None:
            try:
                box["result"] = self._create_dataset(request, context, lambda f: events.put(f))
            except BaseException as e:  # noqa: BLE001 - re-raised on the RPC thread below
                box["error"] = e
            finally:
                events.put(None)

        # the principal (a context variable) must be seen by the worker thread too
        worker = threading.Thread(target=contextvars.copy_context().run, args=(work,), name="dataset", daemon=True)
        worker.start()
        yield pb.CreateDatasetEvent(progress=pb.RankProgress(stage="extracting", fraction=0.0))
        while (fraction := events.get()) is not None:
            yield pb.CreateDatasetEvent(progress=pb.RankProgress(stage="extracting", fraction=fraction))
        worker.join()
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        yield pb.CreateDatasetEvent(progress=pb.RankProgress(stage="done", fraction=1.0))
        yield pb.CreateDatasetEvent(result=box["result"])

    @mapped
    def ImportDataset(self, request_iterator, context):
        first = next(request_iterator, None)
        if first is None or not first.HasField("header"):
            raise InvalidArgument("the first ImportDatasetRequest must carry the header")
        h = first.header
        c = self.config
        self._admit("capture", lambda: check_names([s.name for s in h.sites], MAX_NAMES, "header.sites"))
        if not h.sites:
            raise InvalidArgument("header.sites is empty; name each site with its width")
        if len({s.name for s in h.sites}) != len(h.sites):
            raise InvalidArgument("header.sites lists a site twice")
        for j, s in enumerate(h.sites):
            if not 1 <= s.width <= 1 << 16:
                raise InvalidArgument(f"header.sites[{j}].width {s.width} out of range; allowed 1-65536")
        if not 1 <= h.words <= c.dataset_max_words:
            raise InvalidArgument(f"header.words {h.words} out of range; allowed 1-{c.dataset_max_words}")
        if len(set(h.label_columns)) != len(h.label_columns):
            raise InvalidArgument("header.label_columns lists a column twice")
        storage = h.storage_dtype or "float32"
        if storage not in STORAGE_DTYPES:
            raise InvalidArgument(f"header.storage_dtype {storage!r} not allowed; allowed: {', '.join(STORAGE_DTYPES)}")
        lo, hi = c.dataset_min_ttl_seconds, c.dataset_max_ttl_seconds
        if h.ttl_seconds != 0 and not lo <= h.ttl_seconds <= hi:
            raise InvalidArgument(f"header.ttl_seconds {h.ttl_seconds} out of range; allowed {lo}-{hi}, or 0")
        if len(h.source) > MAX_ORIGIN_CHARS or len(h.name) > MAX_ORIGIN_CHARS:
            raise InvalidArgument(f"header.source and header.name take up to {MAX_ORIGIN_CHARS} characters")
        tenant = current_principal().tenant
        # imported activations have no request to address them by: each import is a new dataset
        handle = "ds_" + uuid.uuid4().hex[:20]
        info = pb.DatasetInfo(handle=handle, name=h.name, model=h.source or "imported", revision="imported",
                              sites=[pb.Site(name=s.name, side=s.side or "source", width=s.width) for s in h.sites],
                              label_columns=h.label_columns, words=h.words, storage_dtype=storage,
                              aggregation="imported")
        start = time.perf_counter()

        def chunks():
            for msg in request_iterator:
                if not msg.HasField("chunk"):
                    raise InvalidArgument("only the first ImportDatasetRequest carries a header; then chunks")
                yield msg.chunk

        info = self.datasets.import_chunks(tenant, handle, info, chunks(), ttl=h.ttl_seconds)
        return pb.CreateDatasetResponse(dataset=info, compute_seconds=time.perf_counter() - start)

    def _admit_dataset(self, request: pb.CreateDatasetRequest) -> None:
        """Raw-size limits of a CreateDataset request, before any work (also for a job's spec)."""
        c = self.config
        self._admit("sentences", lambda: check_sentences(
            (("", s.words, " ".join(s.target_words)) for s in request.sentences), c.dataset_max_words,
            c.max_sentence_chars))
        self._admit("capture", lambda: check_names(request.sites, MAX_NAMES, "sites"))

    def _create_dataset(self, request, context, progress: Callable[[float], None] | None = None):
        c = self.config
        if c.broker_url:  # workers build it (job_tasks.run_chunk); this call waits for the job (admitted there)
            result = None
            for event in self.wait_job(pb.JobSpec(create_dataset=request), context):
                if isinstance(event, tuple):
                    if progress is not None:
                        progress(min(0.99, event[1]))
                else:
                    result = event
            return job_pb(result).dataset
        self._admit_dataset(request)
        tenant = current_principal().tenant
        rt = self.registry.get(request.model)
        plan = plan_dataset(request, rt, tenant, c.dataset_max_words, c.dataset_min_ttl_seconds,
                            c.dataset_max_ttl_seconds, c.dataset_ttl_seconds)
        handle, info, sentences, sites = plan.handle, plan.info, plan.sentences, plan.sites
        start = time.perf_counter()
        try:  # content-addressed: the same request again finds the stored dataset and does no work
            existing = self.datasets.describe(tenant, handle)
        except NotFound:
            existing = None
        if existing is not None:
            if progress is not None:
                progress(0.99)
            return pb.CreateDatasetResponse(dataset=existing, cache_hits=len(sentences),
                                            compute_seconds=time.perf_counter() - start)
        done = 0

        def extract(part):
            nonlocal done
            spec = extraction_spec(part, plan.site_names, plan.aggregation)
            # bulk work goes through the model's batcher in small pieces, behind interactive requests
            outs = self.batchers[rt.name].run(spec, PRIORITY_BULK, lambda: not context.is_active(), tenant,
                                              piece=self.config.bulk_piece_sentences)
            done += len(part)
            if progress is not None:
                progress(0.99 * done / len(sentences))  # the last percent is storing the manifest
            return outs

        # windows small enough for ~20 progress steps, large enough to batch well
        window = max(16, min(self.config.max_batch_sentences, -(-len(sentences) // 20)))
        info = self.datasets.create(tenant, handle, info, sentences, sites, extract, ttl=request.ttl_seconds,
                                    window=window)
        return pb.CreateDatasetResponse(dataset=info, compute_seconds=time.perf_counter() - start)

    @mapped
    def ListDatasets(self, request, context):
        tenant = current_principal().tenant
        datasets, usage = self.datasets.list(tenant)
        return pb.ListDatasetsResponse(datasets=datasets, usage=self._usage(tenant, usage))

    @mapped
    def DescribeDataset(self, request, context):
        return pb.DescribeDatasetResponse(dataset=self.datasets.describe(current_principal().tenant, _handle(request.handle)))

    @mapped
    def DeleteDataset(self, request, context):
        return pb.DeleteDatasetResponse(deleted=self.datasets.delete(current_principal().tenant, _handle(request.handle)))

    @mapped
    def ReadDataset(self, request, context):
        dtype = request.dtype
        if dtype and dtype not in CAPTURE_DTYPES:
            raise InvalidArgument(f"dtype {dtype!r} not allowed; allowed: {', '.join(CAPTURE_DTYPES)}")
        info = self.datasets.describe(current_principal().tenant, _handle(request.handle))
        known = [x.name for x in info.sites]
        for j, name in enumerate(request.sites):
            if name not in known:
                raise InvalidArgument(f"sites[{j}] {name!r} is not in dataset {info.handle}; it has {', '.join(known)}")
        wanted = set(request.sites)
        for chunk in self.datasets.chunks(current_principal().tenant, info.handle):
            if not context.is_active():
                return
            if wanted:
                keep = [a for a in chunk.activations if a.site in wanted]
                del chunk.activations[:]
                chunk.activations.extend(keep)
            if dtype and dtype != info.storage_dtype:
                for a in chunk.activations:
                    a.values.CopyFrom(wire.encode(wire.decode(a.values), dtype))
            yield chunk

    @mapped
    def GetDatasetUrls(self, request, context):
        urls = self.datasets.chunk_urls(current_principal().tenant, _handle(request.dataset),
                                        request.expires_seconds or URL_DEFAULT_SECONDS)
        if urls is None:
            raise FailedPrecondition("this server keeps datasets where it cannot sign download URLs (no S3 object "
                                     "store, or no credentials to sign with); read the dataset with ReadDataset")
        return pb.GetDatasetUrlsResponse(urls=urls, format=CHUNK_FORMAT)


    # ------------------------------------------------------------------ ranking
    @mapped
    def RankNeurons(self, request, context):
        tenant = current_principal().tenant
        params = params_from_request(request, self.config.analysis_device)
        if self.config.broker_url:  # a worker ranks (job_tasks.run_rank); this call streams the job's progress
            for event in self.wait_job(pb.JobSpec(rank_neurons=request), context):
                if isinstance(event, tuple):
                    yield pb.RankNeuronsResponse(progress=pb.RankProgress(stage=event[0], fraction=event[1]))
                else:
                    yield pb.RankNeuronsResponse(progress=pb.RankProgress(stage="done", fraction=1.0))
                    yield pb.RankNeuronsResponse(result=job_pb(event).ranking)
            return
        check_request(self.datasets, tenant, request, self.config.analysis_device)
        yield pb.RankNeuronsResponse(progress=pb.RankProgress(stage="loading", fraction=0.0))
        # the work (loading included) runs on a thread so progress streams while it works; the dataset is
        # spooled to a local file and ranked a block of rows at a time (ranking_job.rank_dataset)
        events: queue.Queue = queue.Queue()
        box: dict[str, object] = {}

        def work() -> None:
            try:
                box["result"] = run_ranking(self.datasets, tenant, request, params,
                                            progress=lambda stage, f: events.put((stage, f)),
                                            should_stop=lambda: not context.is_active(),
                                            memory_limit_bytes=self.config.max_job_bytes)
            except BaseException as e:  # noqa: BLE001 - re-raised on the RPC thread below
                box["error"] = e
            finally:
                events.put(None)

        worker = threading.Thread(target=contextvars.copy_context().run, args=(work,), name="rank", daemon=True)
        worker.start()
        while (event := events.get()) is not None:
            yield pb.RankNeuronsResponse(progress=pb.RankProgress(stage=event[0], fraction=event[1]))
        worker.join()
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        yield pb.RankNeuronsResponse(progress=pb.RankProgress(stage="done", fraction=1.0))
        yield pb.RankNeuronsResponse(result=box["result"])

    # ------------------------------------------------------------------ profiles
    @mapped
    def CreateProfile(self, request, context):
        p = request.profile
        if len(p.origin) > MAX_ORIGIN_CHARS or len(p.description) > MAX_ORIGIN_CHARS * 8:
            raise InvalidArgument(f"profile.origin has {len(p.origin)} characters and profile.description "
                                  f"{len(p.description)}; allowed up to {MAX_ORIGIN_CHARS} and {MAX_ORIGIN_CHARS * 8}")
        rt = self.registry.get(p.model, field="profile.model")
        p.model = rt.name
        for j, o in enumerate(p.overrides):
            if o.per_sentence:
                raise InvalidArgument(f"profile.overrides[{j}].per_sentence: positions per sentence belong to a "
                                      "request, not to a profile")
            # validate against the model now, so a broken profile never reaches live traffic
            rt.validate_override(j, override_from_pb(j, o))
        principal = current_principal()
        made = self.profiles.create(principal.tenant, p, principal.key_id)
        self.rollouts.audit(principal.tenant, principal.key_id, "create", made.name, made.version, made.origin)
        return pb.CreateProfileResponse(profile=made)

    @mapped
    def GetProfile(self, request, context):
        return pb.GetProfileResponse(profile=self.profiles.get(current_principal().tenant, request.name, request.version))

    @mapped
    def ListProfiles(self, request, context):
        return pb.ListProfilesResponse(profiles=self.profiles.list(current_principal().tenant))

    @mapped
    def DeleteProfile(self, request, context):
        principal = current_principal()
        n = self.profiles.delete(principal.tenant, request.name)
        self.rollouts.audit(principal.tenant, principal.key_id, "delete", request.name, 0, f"{n} versions")
        return pb.DeleteProfileResponse(deleted_versions=n)

    @mapped
    def SetRollout(self, request, context):
        p = current_principal()
        name, _ = parse_ref(request.name)
        if request.canary_version < 0 or request.stable_version < 0:
            raise InvalidArgument("canary_version and stable_version are positive (0: none / the latest)")
        if request.canary_version:
            self.profiles.get(p.tenant, name, request.canary_version)  # NOT_FOUND when it does not exist
        stable = request.stable_version or self.profiles.get(p.tenant, name, 0).version
        self.profiles.get(p.tenant, name, stable)
        r = self.rollouts.set(p.tenant, name, request.canary_version, request.canary_percent, stable, p.key_id)
        return pb.RolloutResponse(rollout=_rollout_pb(r))

    @mapped
    def PromoteRollout(self, request, context):
        p = current_principal()
        return pb.RolloutResponse(rollout=_rollout_pb(self.rollouts.promote(p.tenant, parse_ref(request.name)[0],
                                                                            p.key_id)))

    @mapped
    def RollbackRollout(self, request, context):
        p = current_principal()
        return pb.RolloutResponse(rollout=_rollout_pb(self.rollouts.rollback(p.tenant, parse_ref(request.name)[0],
                                                                             p.key_id)))

    @mapped
    def GetRollout(self, request, context):
        r = self.rollouts.get(current_principal().tenant, parse_ref(request.name)[0])
        if r is None:
            raise NotFound(f"profile {request.name!r} has no rollout")
        return pb.RolloutResponse(rollout=_rollout_pb(r))

    @mapped
    def SetShadow(self, request, context):
        p = current_principal()
        name, _ = parse_ref(request.name)
        if request.version:
            self.profiles.get(p.tenant, name, request.version)
        stable = self.profiles.get(p.tenant, name, 0).version
        r = self.rollouts.set_shadow(p.tenant, name, request.version, request.percent, stable, p.key_id)
        return pb.RolloutResponse(rollout=_rollout_pb(r))

    @mapped
    def ShadowReport(self, request, context):
        name, _ = parse_ref(request.name)
        return pb.ShadowReportResponse(versions=[
            pb.ShadowVersionReport(version=v, requests=st["requests"], sentences=st["sentences"],
                                   changed=st["changed"], diffs=[pb.ShadowDiff(**d) for d in st["diffs"]])
            for v, st in self.shadows.report(current_principal().tenant, name)])

    @mapped
    def ListAudit(self, request, context):
        if not 0 <= request.limit <= 10000:
            raise InvalidArgument(f"limit {request.limit} out of range; allowed 0-10000 (0: 100)")
        entries = self.rollouts.audit_log(current_principal().tenant, request.limit or 100)
        return pb.ListAuditResponse(entries=[pb.AuditEntry(**e) for e in entries])

    def _profile_for(self, request: pb.TranslateRequest, model: str, context=None,
                     state: dict | None = None) -> pb.OverrideProfile | None:
        """The profile a Translate applies: the named one, else the server's default for the model; without
        ``@version``, the version its rollout gives this request (canary or stable), else the latest."""
        key = routing_key(request.request_id, dict(context.invocation_metadata() or ()) if context else {},
                          [s.text or " ".join(s.words) for s in request.sentences])
        if request.profile:
            name, version = parse_ref(request.profile)
            tenant = current_principal().tenant
            version = version or self._rollout_version(tenant, name, key, state)
            profile = self.profiles.get(tenant, name, version)
        elif model in self.default_profiles and not request.no_default_profile:
            profile = self.default_profile(model, key, state)
            if profile is None:
                return None
        else:
            return None
        if profile.model != model:
            raise InvalidArgument(f"profile {profile.name!r} was made for model {profile.model!r}, not {model!r}")
        return profile

    def _rollout_version(self, tenant: str, name: str, key: str, state: dict | None) -> int:
        """The version a request with routing ``key`` gets from profile ``name``'s rollout (0: none, the latest);
        marks ``state`` when the rollout also shadows this request."""
        rollout = self.rollouts.get(tenant, name)
        if rollout is None:
            return 0
        if state is not None and rollout.shadowed(key):
            state["shadow"] = (tenant, name, rollout.shadow)
        return rollout.pick(key)

    def default_profile(self, model: str, key: str = "", state: dict | None = None) -> pb.OverrideProfile | None:
        """The model's --default-profile (from memory when the store fails), or None — loudly.

        Availability first: when the profile cannot be had, live traffic keeps flowing without it, the
        response names no profile, and the server says so: an ERROR log line when it goes missing,
        ``neuronscope_default_profile_missing{model}`` = 1, and the health lane's service
        ``neuronscope.default_profile.<model>`` NOT_SERVING (overall health stays SERVING).
        """
        d_tenant, ref = self.default_profiles[model]
        try:
            name, version = parse_ref(ref)
            version = version or self._rollout_version(d_tenant, name, key, state)
            profile = self.profiles.get(d_tenant, name, version)
        except (NotFound, Unavailable) as e:
            self._default_profile_state(model, False, f"{d_tenant}:{ref}: {e}")
            return None
        self._default_profile_state(model, True, "")
        return profile

    def _default_profile_state(self, model: str, ok: bool, why: str) -> None:
        if self._default_ok.get(model) == ok:
            return
        self._default_ok[model] = ok
        self.metrics.default_profile_missing.labels(model).set(0 if ok else 1)
        if ok:
            log.info("default profile for model %s applies", model)
        else:
            log.error("default profile for model %s cannot be applied (%s); translating without it", model, why)
        if self.on_default_profile is not None:
            self.on_default_profile(model, ok)

    # ------------------------------------------------------------------ erasure
    @mapped
    def Erase(self, request, context):
        c = self.config
        self._admit("sentences", lambda: check_sentences(
            ((t, (), r) for t, r in itertools.zip_longest(request.sentences, request.references, fillvalue="")),
            c.max_erase_sentences, c.max_sentence_chars))
        rt = self.registry.get(request.model)
        spec = spec_from_request(request)
        if c.broker_url:  # workers score the points (job_tasks.run_point); this call streams them at the end
            for event in self.wait_job(pb.JobSpec(erase=request), context):
                if isinstance(event, tuple):
                    yield pb.EraseResponse(progress=pb.RankProgress(stage="erase", fraction=event[1]))
                    continue
                for p in job_pb(event).erase.points:
                    if not request.return_translations:
                        del p.translations[:]
                    yield pb.EraseResponse(point=p)
            return
        tenant = current_principal().tenant
        batcher = self.batchers[rt.name]

        def translate(ts: TranslateSpec, should_stop) -> list[SentenceOutput]:
            return batcher.run(ts, PRIORITY_BULK, should_stop, tenant, piece=self.config.bulk_piece_sentences)

        for i, point in enumerate(erase_curve(rt, spec, should_stop=lambda: not context.is_active(),
                                              batch=self.config.max_batch_sentences, translate=translate)):
            total = len(spec.ks) * (1 + len(spec.random_seeds))
            yield pb.EraseResponse(progress=pb.RankProgress(stage="erase", fraction=(i + 1) / total))
            yield pb.EraseResponse(point=pb.ErasePoint(
                k=point.k, bleu=point.bleu, chrf=point.chrf, perplexity=point.perplexity, erased=point.erased,
                translations=point.translations if request.return_translations else [],
                select=point.select, seed=point.seed,
            ))


    @mapped
    def Sweep(self, request, context):
        c = self.config
        self._admit("sentences", lambda: check_sentences(
            ((t, (), r) for t, r in itertools.zip_longest(request.sentences, request.references, fillvalue="")),
            c.max_erase_sentences, c.max_sentence_chars))
        if not request.sentences:
            raise InvalidArgument("sentences is empty; give the sentences to translate under each setting")
        if request.references and len(request.references) != len(request.sentences):
            raise InvalidArgument(f"references has {len(request.references)} entries; one per sentence "
                                  f"({len(request.sentences)}) or none")
        if not request.settings:
            raise InvalidArgument("settings is empty; give the grid of override settings")
        total = len(request.settings) * len(request.sentences)
        if total > c.max_sweep_translations:
            raise ResourceExhausted(f"the sweep asks for {total} translations ({len(request.settings)} settings × "
                                    f"{len(request.sentences)} sentences); allowed up to {c.max_sweep_translations}")
        tenant = current_principal().tenant
        rt = self.registry.get(request.model)
        settings = []
        for i, s in enumerate(request.settings):
            ovs = tuple(override_from_pb(j, o) for j, o in enumerate(s.overrides))
            if any(o.steer is not None for o in ovs):
                ovs = self._resolve_steering(replace(TranslateSpec(sentences=()), overrides=ovs), tenant, 0).overrides
            for j, o in enumerate(ovs):
                if o.per_sentence is not None and len(o.per_sentence) != len(request.sentences):
                    raise InvalidArgument(f"settings[{i}].overrides[{j}].per_sentence has {len(o.per_sentence)} "
                                          f"entries for {len(request.sentences)} sentences")
                try:
                    rt.validate_override(j, replace(o, per_sentence=None))
                except InvalidArgument as e:
                    raise InvalidArgument(f"settings[{i}].{e}") from None
            settings.append((s.label or f"setting {i}", ovs))
        sentences = tuple(SentenceInput(text=t) for t in request.sentences)
        base = TranslateSpec(sentences=sentences, num_beams=max(1, request.decoding.num_beams),
                             max_new_tokens=request.decoding.max_new_tokens)
        rt.validate(base)
        batcher = self.batchers[rt.name]
        stop = lambda: not context.is_active()  # noqa: E731
        refs = list(request.references)
        import sacrebleu

        def run(ovs) -> list[SentenceOutput]:
            # one submission per setting: its sentences share passes, behind interactive requests
            if not any(o.per_sentence is not None for o in ovs):
                return batcher.run(replace(base, overrides=ovs), PRIORITY_BULK, stop, tenant,
                                   piece=self.config.bulk_piece_sentences)
            # positions per sentence: each sentence its own overrides, as rows of shared passes
            futures = []
            for k, sent in enumerate(sentences):
                sub = replace(base, sentences=(sent,), overrides=_sentence_overrides(ovs, k))
                futures.append(batcher.submit(sub, PRIORITY_BULK, should_stop=stop, tenant=tenant,
                                              prepared=rt.prepare(sub, numbers=[k])))
            return [f.result()[0] for f in futures]

        def point(i: int, label: str, outs: list[SentenceOutput], plain: list[str] | None) -> pb.SweepPoint:
            hyps = [o.translation for o in outs]
            flags = [h != p for h, p in zip(hyps, plain)] if plain is not None else [False] * len(hyps)
            return pb.SweepPoint(
                setting=i, label=label,
                bleu=sacrebleu.corpus_bleu(hyps, [refs]).score if refs else 0.0,
                chrf=sacrebleu.corpus_chrf(hyps, [refs]).score if refs else 0.0,
                bleu_vs_plain=sacrebleu.corpus_bleu(hyps, [plain]).score if plain is not None else 100.0,
                changed=sum(flags), changed_flags=flags,
                degenerate=sum(bool(o.receipt and o.receipt.get("degenerate")) for o in outs),
                translations=hyps if request.return_translations else [],
            )

        steps = len(settings) + 1
        plain_outs = run(())
        plain = [o.translation for o in plain_outs]
        yield pb.SweepEvent(plain=point(-1, "plain", plain_outs, None))
        yield pb.SweepEvent(progress=pb.RankProgress(stage="plain", fraction=1 / steps))
        for i, (label, ovs) in enumerate(settings):
            yield pb.SweepEvent(point=point(i, label, run(ovs), plain))
            yield pb.SweepEvent(progress=pb.RankProgress(stage=label, fraction=(i + 2) / steps))


def _sentence_overrides(overrides: tuple[OverrideSpec, ...], i: int) -> tuple[OverrideSpec, ...]:
    """Sentence ``i``'s own overrides: positions per sentence become that sentence's word positions
    ("none" when it has none, which keeps every override's index for the receipt)."""
    return tuple(o if o.per_sentence is None else replace(
        o, per_sentence=None, positions="words" if o.per_sentence[i] else "none", words=o.per_sentence[i])
        for o in overrides)


def _rollout_pb(r: Rollout) -> pb.Rollout:
    return pb.Rollout(name=r.name, stable_version=r.stable, canary_version=r.canary, canary_percent=r.percent,
                      history=r.history, updated_by=r.updated_by, updated_unix=r.updated_unix,
                      shadow_version=r.shadow, shadow_percent=r.shadow_percent)


def _check_effect(results: list, spec: TranslateSpec, n_profile: int) -> None:
    """require_effect: FAILED_PRECONDITION naming each override that changed no cell in any sentence."""
    total = [0] * len(spec.overrides)
    for r in results:
        for e in r.receipt.overrides:
            total[e.override] += e.cells_changed
    idle = [j for j, n in enumerate(total) if n == 0]
    if idle:
        names = []
        for j in idle:
            o = spec.overrides[j]
            where = f"profile entry {j}" if j < n_profile else f"overrides[{j - n_profile}]"
            names.append(f"{where} ({o.op} {len(o.neurons)} neurons at {o.site})")
        raise FailedPrecondition(f"require_effect: {', '.join(names)} changed no activation in any sentence "
                                 "(e.g. set to the values they already had, or positions not in these sentences)")


def _handle(handle: str) -> str:
    if not handle:
        raise InvalidArgument("handle is empty; give a dataset handle from CreateDataset or ListDatasets")
    return handle


def _finish(header: pb.TranslateResponse, results: list, start: float) -> pb.TranslateResponse | bytes:
    """The response for ``results``; as wire bytes when some are cache hits kept in their stored bytes."""
    header.cache_hits = sum(r.cache_hit for r in results)
    header.cache_misses = len(results) - header.cache_hits
    header.compute_seconds = time.perf_counter() - start
    if any(isinstance(r, EncodedResult) for r in results):
        return response_bytes(header, results)
    header.results.extend(results)
    return header
