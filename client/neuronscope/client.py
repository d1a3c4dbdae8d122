"""``Client``: the Python client for a neuronscope server (numpy in and out)."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import grpc
import numpy as np

from neuronscope import errors, wire
from neuronscope.heap import keep_heap_pad
from neuronscope.types import (
    AblationCell,
    AuditEntry,
    Condition,
    Dataset,
    DatasetChunk,
    DatasetInfo,
    ErasePoint,
    Job,
    LabelNeurons,
    ModelInfo,
    Override,
    OverrideEffect,
    Profile,
    Ranking,
    Receipt,
    Rollout,
    SentenceResult,
    ServerInfo,
    Site,
    Steer,
    SweepPoint,
    TenantUsage,
    TranslateResult,
)
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc

T = TypeVar("T")
_AGG = wire.AGGREGATION_ENUMS
_OPS = wire.OP_ENUMS
_OP_NAMES = {v: k for k, v in _OPS.items()}
Sentence = str | Sequence[str]


def _override_pb(o: Override) -> pb.Override:
    if o.op not in _OPS:
        raise ValueError(f"Override.op {o.op!r} not allowed; allowed: {', '.join(_OPS)}")
    msg = pb.Override(
        site=o.site, neurons=[int(n) for n in o.neurons], op=_OPS[o.op], values=[float(v) for v in o.values],
        standardized=o.standardized, means=[float(v) for v in o.means], stds=[float(v) for v in o.stds],
        low=o.low, high=o.high,
        positions=pb.POSITIONS_ALL if o.words is None else pb.POSITIONS_WORDS,
        words=[] if o.words is None else [int(w) for w in o.words], step_from=int(o.step_from), step_to=int(o.step_to),
    )
    if o.matrix is not None:
        msg.matrix.CopyFrom(wire.encode(np.asarray(o.matrix, dtype=np.float32)))
    if o.per_sentence is not None:
        msg.per_sentence.extend(pb.IndexList(values=[int(x) for x in ws]) for ws in o.per_sentence)
    if o.steer is not None:
        s = o.steer
        msg.steer.CopyFrom(pb.Steer(dataset=s.dataset, label_column=s.label_column, from_label=s.from_label,
                                    to_label=s.to_label, beta=float(s.beta), set=s.set))
    if o.when is not None:
        c = o.when
        msg.when.CopyFrom(pb.Condition(source_words=list(c.source_words), site=c.site, neuron=int(c.neuron),
                                       threshold=float(c.threshold), below=c.below, standardized=c.standardized,
                                       mean=float(c.mean), std=float(c.std), any_position=c.any_position,
                                       after_target_words=list(c.after_target_words)))
    return msg


def _override_from_pb(m: pb.Override) -> Override:
    return Override(
        site=m.site, neurons=tuple(m.neurons), op=_OP_NAMES.get(m.op, "set"), values=tuple(m.values),
        standardized=m.standardized, means=tuple(m.means), stds=tuple(m.stds), low=m.low, high=m.high,
        words=tuple(m.words) if m.positions == pb.POSITIONS_WORDS else None,
        matrix=wire.decode(m.matrix, field="matrix") if m.HasField("matrix") else None,
        when=Condition(tuple(m.when.source_words), m.when.site, m.when.neuron, m.when.threshold, m.when.below,
                       m.when.standardized, m.when.mean, m.when.std if m.when.standardized else 1.0,
                       m.when.any_position, tuple(m.when.after_target_words)) if m.HasField("when") else None,
        step_from=m.step_from, step_to=m.step_to,
        steer=Steer(m.steer.dataset, m.steer.label_column, m.steer.from_label, m.steer.to_label, m.steer.beta,
                    m.steer.set) if m.HasField("steer") else None,
        per_sentence=tuple(tuple(x.values) for x in m.per_sentence) if m.per_sentence else None,
    )


def _profile(p: pb.OverrideProfile) -> Profile:
    return Profile(name=p.name, version=p.version, model=p.model, description=p.description,
                   overrides=tuple(_override_from_pb(o) for o in p.overrides), created_unix=p.created_unix,
                   created_by=p.created_by, origin=p.origin)


def _int32s(values) -> np.ndarray:
    # np.asarray walks a protobuf repeated field through the sequence protocol (9 µs for 15 values)
    return np.fromiter(values, dtype=np.int32, count=len(values))


def _sentence_result(r: pb.SentenceResult) -> SentenceResult:
    return SentenceResult(
        translation=r.translation,
        source_words=tuple(r.source_words), target_words=tuple(r.target_words),
        source_pieces=tuple(r.source_pieces), source_piece_words=_int32s(r.source_piece_words),
        target_pieces=tuple(r.target_pieces), target_piece_words=_int32s(r.target_piece_words),
        activations={a.site: wire.decode(a.values, field=f"activations[{a.site}]") for a in r.activations},
        baseline_translation=r.baseline_translation,
        receipt=_receipt(r.receipt) if r.HasField("receipt") else None,
    )


def _rollout(r: pb.Rollout) -> Rollout:
    return Rollout(r.name, r.stable_version, r.canary_version, r.canary_percent, tuple(r.history), r.updated_by,
                   r.updated_unix)


def _sweep_point(p: pb.SweepPoint) -> SweepPoint:
    return SweepPoint(setting=p.setting, label=p.label, bleu=p.bleu, chrf=p.chrf, bleu_vs_plain=p.bleu_vs_plain,
                      changed=p.changed, degenerate=p.degenerate, translations=tuple(p.translations),
                      changed_flags=tuple(p.changed_flags))


def sweep_grid(site: str, neurons: Sequence[Sequence[int]] | Sequence[int], op: str, values: Sequence[float],
               **override_kw: Any) -> dict[str, list[Override]]:
    """The settings of a sweep: every neuron set (a list of indices, or a list of such lists) × every value,
    labelled like "set [17] to +4". ``override_kw``: more ``Override`` fields (``words``, ``per_sentence``…)."""
    sets = [list(neurons)] if neurons and isinstance(next(iter(neurons)), int) else [list(n) for n in neurons]
    return {f"{op} {ns} to {v:+g}": [Override(site, ns, op, [float(v)], **override_kw)] for ns in sets for v in values}


def _receipt(r: pb.Receipt) -> Receipt:
    return Receipt(
        overrides=tuple(OverrideEffect(e.override, e.from_profile, e.site, e.cells_changed, tuple(e.positions),
                                       tuple(e.words), e.mean_abs_change, e.max_abs_change, e.condition_met)
                        for e in r.overrides),
        hit_max_tokens=r.hit_max_tokens, repetition=r.repetition, degenerate=r.degenerate,
    )


class Client:
    """A connection to one neuronscope server.

    >>> with Client("127.0.0.1:50051") as c:                        # doctest: +SKIP
    ...     r = c.translate(["I saw three dogs."], capture=["encoder.layers.2"])
    ...     r.sentences[0].activations["encoder.layers.2"].shape    # (words, neurons)

    ``timeout``: default deadline in seconds for every call. ``retries``: attempts for idempotent
    calls that fail with UNAVAILABLE (exponential backoff with jitter). ``root_certificates``:
    PEM bytes to use TLS. The first client in a process asks glibc's malloc to keep 64 MiB of freed
    heap (``neuronscope.heap``; ``NEURONSCOPE_HEAP_PAD_MIB=0`` leaves malloc alone): large responses
    otherwise fault their memory in afresh on every call.
    """

    def __init__(
        self,
        address: str,
        api_key: str | None = None,
        timeout: float = 120.0,
        retries: int = 3,
        max_message_bytes: int = 64 * 1024 * 1024,
        root_certificates: bytes | None = None,
        client_cert: tuple[bytes, bytes] | None = None,
    ) -> None:
        keep_heap_pad()
        options = [
            ("grpc.max_send_message_length", max_message_bytes),
            ("grpc.max_receive_message_length", max_message_bytes),
        ]
        if root_certificates is not None or client_cert is not None:
            key, chain = client_cert if client_cert else (None, None)
            creds = grpc.ssl_channel_credentials(root_certificates, private_key=key, certificate_chain=chain)
            self._channel = grpc.secure_channel(address, creds, options=options)
        else:
            self._channel = grpc.insecure_channel(address, options=options)
        self._stub = pb_grpc.NeuronScopeStub(self._channel)
        self._metadata = (("authorization", f"Bearer {api_key}"),) if api_key else ()
        self.timeout = timeout
        self.retries = retries
        self._server_info: ServerInfo | None = None
        self._widths: dict[str, dict[str, tuple[int, str]]] = {}  # model -> site -> (width, side)

    # ------------------------------------------------------------------ plumbing
    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the channel (``with Client(...)`` does it for you)."""
        self._channel.close()

    def _call(self, fn: Callable[..., T], request: Any, timeout: float | None, idempotent: bool = True) -> T:
        attempts = self.retries if idempotent else 1
        delay = 0.2
        for attempt in range(attempts):
            try:
                return fn(request, timeout=timeout or self.timeout, metadata=self._metadata)
            except grpc.RpcError as e:
                err = errors.from_rpc_error(e)
                if isinstance(err, errors.Unavailable) and attempt + 1 < attempts:
                    time.sleep(delay * (1 + random.random()))
                    delay *= 2
                    continue
                raise err from None
        raise AssertionError("unreachable")

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Block until the server's health check says SERVING (models loaded and warmed).

        Raises Unavailable when it does not within ``timeout`` seconds.
        """
        from grpc_health.v1 import health_pb2, health_pb2_grpc

        stub = health_pb2_grpc.HealthStub(self._channel)
        req = health_pb2.HealthCheckRequest(service="neuronscope.v1.NeuronScope")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if stub.Check(req, timeout=2.0, metadata=self._metadata).status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError as e:
                if e.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                    raise errors.from_rpc_error(e) from None
            time.sleep(0.1)
        raise errors.Unavailable(f"server not SERVING after {timeout:.0f}s")

    # ------------------------------------------------------------------ discovery
    def server_info(self, timeout: float | None = None) -> ServerInfo:
        """Version, models, limits (sentences per request, tokens per sentence, message bytes), device, cache
        and your tenant's usage and quotas (``.usage``)."""
        r = self._call(self._stub.ServerInfo, pb.ServerInfoRequest(), timeout)
        info = ServerInfo(
            version=r.version, models=tuple(r.models), default_model=r.default_model,
            max_message_bytes=r.max_message_bytes, max_batch_sentences=r.max_batch_sentences,
            max_sentence_tokens=r.max_sentence_tokens, stream_chunk_bytes=r.stream_chunk_bytes, device=r.device,
            cache=r.cache, auth_enabled=r.auth_enabled, usage=_usage(r.usage),
        )
        self._server_info = info
        return info

    def list_models(self, timeout: float | None = None) -> list[str]:
        """Names of the models the server serves (``model_info(name)`` for each one's sites)."""
        r = self._call(self._stub.ListModels, pb.ListModelsRequest(), timeout)
        return [m.name for m in r.models]

    def model_info(self, model: str = "", timeout: float | None = None) -> ModelInfo:
        """One model: its kind, revision, tokenizer, dtype, device and sites (``.sites``: name, side, width);
        ``model`` empty: the default model."""
        r = self._call(self._stub.ModelInfo, pb.ModelInfoRequest(model=model), timeout)
        return ModelInfo(
            name=r.name, kind=r.kind, architecture=r.architecture, revision=r.revision,
            sites=tuple(Site(s.name, s.side, s.width, s.module) for s in r.sites), tokenizer=r.tokenizer,
            vocab_size=r.vocab_size, max_sentence_tokens=r.max_sentence_tokens, dtype=r.dtype, device=r.device,
        )

    # ------------------------------------------------------------------ translate
    def translate(
        self,
        sentences: Sequence[Sentence],
        model: str = "",
        capture: Iterable[str] = (),
        aggregation: str = "mean",
        dtype: str = "float32",
        references: Sequence[str] | None = None,
        space_after: Sequence[Sequence[bool]] | None = None,
        num_beams: int = 1,
        max_new_tokens: int = 0,
        min_new_tokens: int = 0,
        overrides: Sequence[Override] = (),
        profile: str = "",
        return_baseline: bool = False,
        skip_generation: bool = False,
        no_default_profile: bool = False,
        require_effect: bool = False,
        timeout: float | None = None,
    ) -> TranslateResult:
        """Translate ``sentences`` (raw strings, or lists of pre-split words) and capture activations.

        ``capture``: site names (see ``model_info().sites``); each sentence's
        ``activations[site]`` is (words, neurons) float32 (float16 with ``dtype="float16"``).
        ``references``: teacher-force the decoder on these translations for target-side sites.
        ``min_new_tokens`` = ``max_new_tokens``: every output has that many pieces (timing, sweeps).
        ``profile``: apply a stored override profile ("name" = latest, "name@3" = version 3)
        before ``overrides``. Each sentence's ``receipt`` says what every override changed (cells,
        positions, size of the change) and whether the output degenerated; ``require_effect=True`` makes an
        override that changed nothing an error (``FailedPrecondition`` naming it). Any batch size: large batches are split to the server's limit and streamed.
        """
        if aggregation not in _AGG:
            raise ValueError(f"aggregation {aggregation!r} not allowed; allowed: {', '.join(_AGG)}")
        if references is not None and len(references) != len(sentences):
            raise ValueError(f"references has {len(references)} entries for {len(sentences)} sentences")
        if space_after is not None and len(space_after) != len(sentences):
            raise ValueError(f"space_after has {len(space_after)} entries for {len(sentences)} sentences")
        capture = list(capture)
        info = self._server_info or self.server_info(timeout)
        limit = max(1, info.max_batch_sentences)
        results: list[SentenceResult] = []
        head: pb.TranslateResponse | None = None
        compute = 0.0
        hits = misses = 0
        for start in range(0, max(len(sentences), 1), limit):
            chunk = range(start, min(start + limit, len(sentences)))
            req = pb.TranslateRequest(
                model=model,
                sentences=[self._sentence_pb(sentences, references, space_after, i) for i in chunk],
                decoding=pb.Decoding(num_beams=num_beams, max_new_tokens=max_new_tokens,
                                     min_new_tokens=min_new_tokens),
                capture=pb.Capture(sites=capture, aggregation=_AGG[aggregation], dtype=dtype),
                overrides=[_override_pb(o) for o in overrides], return_baseline=return_baseline,
                profile=profile, skip_generation=skip_generation, no_default_profile=no_default_profile,
                require_effect=require_effect,
            )
            part: list[SentenceResult | None] = [None] * len(chunk)
            streaming = bool(capture) and self._big(req, info.max_message_bytes)
            for resp in self._responses(req, streaming=streaming, timeout=timeout):
                head = head or resp
                compute += resp.compute_seconds
                hits += resp.cache_hits
                misses += resp.cache_misses
                for r in resp.results:
                    part[r.index] = _sentence_result(r)
            if any(p is None for p in part):
                raise errors.DataLoss("server response is missing sentences", grpc.StatusCode.DATA_LOSS)
            results.extend(p for p in part if p is not None)
        return TranslateResult(
            model=head.model if head else model, revision=head.revision if head else "",
            sentences=tuple(results), profile=head.profile if head else "",
            profile_version=head.profile_version if head else 0, compute_seconds=compute,
            cache_hits=hits, cache_misses=misses,
        )

    @staticmethod
    def _sentence_pb(sentences, references, space_after, i: int) -> pb.SourceSentence:
        s = sentences[i]
        msg = pb.SourceSentence(reference=references[i] if references is not None else "")
        if isinstance(s, str):
            msg.text = s
        else:
            msg.words.extend(s)
            if space_after is not None:
                msg.space_after.extend(bool(x) for x in space_after[i])
        return msg

    def _big(self, req: pb.TranslateRequest, max_message_bytes: int) -> bool:
        """Whether the captured activations could come near one message's limit: then stream.

        A bound from the request alone: every word up to 4 pieces (aggregation none), a decoder site up
        to 4 pieces per source word + 16 steps, float32. Small captures go unary: a stream costs a
        thread and a round of call setup per request (~5 ms) in grpc's Python client.
        """
        if req.model not in self._widths:
            self._widths[req.model] = {s.name: (s.width, s.side) for s in self.model_info(req.model).sites}
        widths = self._widths[req.model]
        words = sum(len(s.words) or len(s.text.split()) or 1 for s in req.sentences)
        per_word = 4 if req.capture.aggregation == pb.AGGREGATION_NONE else 1
        total = 0
        for site in req.capture.sites:
            width, side = widths.get(site, (0, "source"))
            rows = words * per_word if side == "source" else words * 4 + 16 * len(req.sentences)
            total += rows * width * 4
        return total > max_message_bytes // 4

    def _responses(self, req: pb.TranslateRequest, streaming: bool, timeout: float | None):
        if not streaming:
            try:
                yield self._call(self._stub.Translate, req, timeout)
                return
            except errors.ResourceExhausted as exc:
                if "max_message_bytes" not in str(exc):
                    raise
            # larger than the estimate: the same request as a stream
        try:
            yield from self._stub.TranslateStream(req, timeout=timeout or self.timeout, metadata=self._metadata)
        except grpc.RpcError as e:
            raise errors.from_rpc_error(e) from None

    def _stream(self, method, req, timeout: float | None, on_progress: Callable[[str, float], None] | None = None):
        """The messages of a server stream other than progress (which goes to ``on_progress``). When the caller
        stops early — Ctrl-C, an error in a callback — the call is cancelled, so the server stops the work."""
        call = method(req, timeout=timeout or self.timeout, metadata=self._metadata)
        try:
            for msg in call:
                if msg.HasField("progress"):
                    if on_progress is not None:
                        on_progress(msg.progress.stage, msg.progress.fraction)
                    continue
                yield msg
        except grpc.RpcError as e:
            raise errors.from_rpc_error(e) from None
        except BaseException:  # including GeneratorExit when the consumer stops
            call.cancel()
            raise

    # ------------------------------------------------------------------ datasets
    def create_dataset(
        self,
        sentences: Sequence[Sequence[str]],
        labels: dict[str, Sequence[Sequence[str]]],
        sites: Iterable[str],
        model: str = "",
        space_after: Sequence[Sequence[bool]] | None = None,
        aggregation: str = "mean",
        name: str = "",
        ttl_seconds: int = 0,
        storage_dtype: str = "float32",
        on_progress: Callable[[str, float], None] | None = None,
        progress: bool | None = None,
        target_words: Sequence[Sequence[str]] | None = None,
        target_space_after: Sequence[Sequence[bool]] | None = None,
        timeout: float | None = None,
    ) -> DatasetInfo:
        """Extract and store activations of pre-split ``sentences`` with per-word ``labels``.

        With ``target_words`` (each sentence's reference translation as words) the dataset is
        target-side: ``sites`` are decoder sites, the decoder reads the reference (teacher forcing), its
        rows are aggregated to those words, and ``labels[column][i]`` has one label per target word.

        ``labels[column][i]`` has one label per word of ``sentences[i]``. Returns the dataset's
        info; its ``handle`` names it in ``read_dataset`` / ``load_dataset`` / ranking calls.
        Creating the same dataset twice returns the same handle. ``on_progress(stage, fraction)``
        follows the extraction ("extracting", 0-1, then "done", 1.0); Ctrl-C cancels it on the server.
        ``progress``: a progress bar (None: when stderr is a terminal or in a notebook).
        """
        from neuronscope.progress import bar_for

        on_progress = on_progress or bar_for("create_dataset", progress)
        req = dataset_request(sentences, labels, sites, model=model, space_after=space_after, aggregation=aggregation,
                              name=name, ttl_seconds=ttl_seconds, storage_dtype=storage_dtype,
                              target_words=target_words, target_space_after=target_space_after)
        # not retried: a create that timed out may still finish on the server (same handle)
        result = None
        for msg in self._stream(self._stub.CreateDatasetStream, req, timeout, on_progress):
            result = msg.result
        if result is None:
            raise errors.DataLoss("CreateDatasetStream ended without a result", grpc.StatusCode.DATA_LOSS)
        return _dataset_info(result.dataset)

    # ------------------------------------------------------------------ jobs
    def submit_dataset_job(self, sentences: Sequence[Sequence[str]], labels: dict[str, Sequence[Sequence[str]]],
                           sites: Iterable[str], timeout: float | None = None, **options: Any) -> Job:
        """CreateDataset as a job: returns at once with the job (``options``: those of ``create_dataset``).
        The server's workers extract its chunks side by side; ``wait_job`` follows it. The same work
        submitted again returns the same job."""
        req = dataset_request(sentences, labels, sites, **options)
        return _job(self._call(self._stub.SubmitJob, pb.SubmitJobRequest(spec=pb.JobSpec(create_dataset=req)),
                               timeout))

    def submit_rank_job(self, dataset: str, label_column: str = "", timeout: float | None = None,
                        **options: Any) -> Job:
        """RankNeurons as a job (``options``: those of ``rank_neurons``); returns at once with the job."""
        req = rank_request(dataset, label_column, **options)
        return _job(self._call(self._stub.SubmitJob, pb.SubmitJobRequest(spec=pb.JobSpec(rank_neurons=req)), timeout))

    def submit_erase_job(self, site: str, ks: Sequence[int], sentences: Sequence[str], references: Sequence[str] = (),
                         timeout: float | None = None, **options: Any) -> Job:
        """Erase as a job (``options``: those of ``erase``): each point (k, and each random control) is a task
        any worker runs; the result is the list of ErasePoints in ``erase``'s order."""
        req = erase_request(site, ks, sentences, references, **options)
        return _job(self._call(self._stub.SubmitJob, pb.SubmitJobRequest(spec=pb.JobSpec(erase=req)), timeout))

    def get_job(self, job_id: str, timeout: float | None = None) -> Job:
        """One of this tenant's jobs: state, stage, progress, and the result once it succeeded."""
        return _job(self._call(self._stub.GetJob, pb.GetJobRequest(id=job_id), timeout))

    def watch_job(self, job_id: str, timeout: float | None = None) -> Iterator[Job]:
        """The job each time it changes, until it ends (succeeded, failed or cancelled)."""
        stream = self._stub.WatchJob(pb.WatchJobRequest(id=job_id), timeout=timeout, metadata=self._metadata)
        try:
            for msg in stream:
                yield _job(msg)
        except grpc.RpcError as e:
            raise errors.from_rpc_error(e) from None

    def wait_job(self, job_id: str, on_progress: Callable[[str, float], None] | None = None,
                 timeout: float | None = None) -> Job:
        """Follow a job to its end; returns it (``result`` set) or raises the error it failed with."""
        job = None
        for job in self.watch_job(job_id, timeout=timeout):
            if on_progress is not None:
                on_progress(job.stage or job.state, job.fraction)
        if job is None:
            raise errors.DataLoss("WatchJob ended without the job", grpc.StatusCode.DATA_LOSS)
        if job.state == "failed":
            raise errors.from_status(job.error_code, job.error_message)
        if job.state == "cancelled":
            raise errors.Cancelled(f"job {job.id} was cancelled", grpc.StatusCode.CANCELLED)
        return job

    def cancel_job(self, job_id: str, timeout: float | None = None) -> Job:
        """Stop a job on every worker (its tasks see the flag within a fraction of a second); a dataset job's
        partial build and quota reservation are released."""
        return _job(self._call(self._stub.CancelJob, pb.CancelJobRequest(id=job_id), timeout, idempotent=True))

    def list_jobs(self, state: str = "", limit: int = 0, timeout: float | None = None) -> list[Job]:
        """This tenant's jobs, newest first (``state``: only those in it)."""
        r = self._call(self._stub.ListJobs, pb.ListJobsRequest(state=state, limit=limit), timeout)
        return [_job(j) for j in r.jobs]

    def import_dataset(
        self,
        sentences: Sequence[Sequence[str]],
        activations: dict[str, np.ndarray],
        labels: dict[str, Sequence[Sequence[str]]] | None = None,
        name: str = "",
        source: str = "",
        storage_dtype: str = "float32",
        ttl_seconds: int = 0,
        timeout: float | None = None,
    ) -> DatasetInfo:
        """Store activations computed elsewhere (e.g. a NeuroX file) as a dataset on the server.

        ``sentences[i]``: its words; ``activations[site] (total words, neurons)``: every sentence's rows,
        concatenated in order; ``labels[column][i]``: one label per word of sentence i. ``source`` says where
        the activations come from (shown as the dataset's model). Rankings, reads and exports then work on it
        like on any dataset (translation-based calls need the model itself). Each import is a new handle.
        """
        labels = labels or {}
        total = sum(len(s) for s in sentences)
        arrays = {site: np.asarray(a, dtype=np.float32) for site, a in activations.items()}
        for site, a in arrays.items():
            if a.ndim != 2 or a.shape[0] != total:
                raise ValueError(f"activations[{site!r}] has shape {a.shape}; expected ({total}, neurons)")
        for col, values in labels.items():
            if len(values) != len(sentences):
                raise ValueError(f"labels[{col!r}] has {len(values)} entries for {len(sentences)} sentences")
        header = pb.ImportHeader(name=name, source=source, label_columns=list(labels), words=total,
                                 storage_dtype=storage_dtype, ttl_seconds=ttl_seconds,
                                 sites=[pb.Site(name=s, side="source", width=a.shape[1]) for s, a in arrays.items()])
        per_word = sum(a.shape[1] for a in arrays.values()) * 4 + 32
        budget = max(1, (self._server_info or self.server_info(timeout)).stream_chunk_bytes // per_word)

        def messages():
            yield pb.ImportDatasetRequest(header=header)
            start = i = 0
            while i < len(sentences):
                j, n = i, 0
                while j < len(sentences) and (n == 0 or n + len(sentences[j]) <= budget):
                    n += len(sentences[j])
                    j += 1
                chunk = pb.DatasetChunk(words=[w for s in sentences[i:j] for w in s],
                                        sentence_lengths=[len(s) for s in sentences[i:j]],
                                        labels=[pb.LabelColumn(name=c, values=[v for x in vals[i:j] for v in x])
                                                for c, vals in labels.items()])
                for site, a in arrays.items():
                    chunk.activations.append(pb.SiteActivations(site=site, side="source",
                                                                values=wire.encode(a[start:start + n])))
                yield pb.ImportDatasetRequest(chunk=chunk)
                start, i = start + n, j

        try:
            r = self._stub.ImportDataset(messages(), timeout=timeout or self.timeout, metadata=self._metadata)
        except grpc.RpcError as e:
            raise errors.from_rpc_error(e) from None
        return _dataset_info(r.dataset)

    def class_statistics(self, dataset: str, label_column: str, sites: Iterable[str] = (),
                         timeout: float | None = None) -> dict[str, dict[str, tuple[int, np.ndarray, np.ndarray]]]:
        """Per-label statistics of a dataset's neurons, computed on the server: {site: {label: (count,
        mean (neurons,), std (neurons,))}} (float32; population std). What ``Steer`` uses."""
        req = pb.ClassStatisticsRequest(dataset=dataset, label_column=label_column, sites=list(sites))
        out: dict[str, dict[str, tuple[int, np.ndarray, np.ndarray]]] = {}
        for s in self._call(self._stub.ClassStatistics, req, timeout).stats:
            out.setdefault(s.site, {})[s.label] = (s.count, wire.decode(s.mean, field="mean"),
                                                   wire.decode(s.std, field="std"))
        return out

    def list_datasets(self, timeout: float | None = None) -> list[DatasetInfo]:
        """The calling tenant's datasets (see ``usage()`` for the bytes they take and the quotas)."""
        r = self._call(self._stub.ListDatasets, pb.ListDatasetsRequest(), timeout)
        return [_dataset_info(d) for d in r.datasets]

    def usage(self, timeout: float | None = None) -> TenantUsage:
        """The calling tenant's stored datasets and bytes, with its quotas and the TTL bounds."""
        return _usage(self._call(self._stub.ListDatasets, pb.ListDatasetsRequest(), timeout).usage)

    def describe_dataset(self, handle: str, timeout: float | None = None) -> DatasetInfo:
        """A dataset's sites (with widths), label columns, sentences, words, chunks and bytes."""
        r = self._call(self._stub.DescribeDataset, pb.DescribeDatasetRequest(handle=handle), timeout)
        return _dataset_info(r.dataset)

    def delete_dataset(self, handle: str, timeout: float | None = None) -> bool:
        """Delete a dataset of your tenant; whether it existed. Its bytes leave your quota."""
        return self._call(self._stub.DeleteDataset, pb.DeleteDatasetRequest(handle=handle), timeout).deleted

    def read_dataset(
        self, handle: str, sites: Iterable[str] = (), dtype: str = "", timeout: float | None = None
    ) -> Iterator[DatasetChunk]:
        """Stream a dataset chunk by chunk (the server holds one chunk at a time)."""
        req = pb.ReadDatasetRequest(handle=handle, sites=list(sites), dtype=dtype)
        try:
            for c in self._stub.ReadDataset(req, timeout=timeout or self.timeout, metadata=self._metadata):
                yield DatasetChunk(
                    index=c.index,
                    activations={a.site: wire.decode(a.values, field=f"activations[{a.site}]") for a in c.activations},
                    labels={col.name: tuple(col.values) for col in c.labels},
                    words=tuple(c.words), sentence_lengths=tuple(c.sentence_lengths),
                )
        except grpc.RpcError as e:
            raise errors.from_rpc_error(e) from None

    def dataset_urls(self, handle: str, expires_seconds: int = 900, timeout: float | None = None) -> list[str]:
        """Presigned download URLs of a dataset's chunks, in order, valid for ``expires_seconds`` (1-604800; never
        past the dataset's expiry). Each URL returns one serialized ``neuronscope.v1.DatasetChunk``; parse it with
        ``neuronscope.v1.neuronscope_pb2.DatasetChunk.FromString``. ``FailedPrecondition`` when the server's
        dataset store cannot sign URLs (only an S3 object store can)."""
        req = pb.GetDatasetUrlsRequest(dataset=handle, expires_seconds=expires_seconds)
        return list(self._call(self._stub.GetDatasetUrls, req, timeout).urls)

    def load_dataset(self, handle: str, sites: Iterable[str] = (), dtype: str = "",
                     timeout: float | None = None) -> Dataset:
        """The whole dataset as numpy arrays (concatenated chunks)."""
        info = self.describe_dataset(handle, timeout)
        acts: dict[str, list[np.ndarray]] = {}
        labels: dict[str, list[str]] = {}
        words: list[str] = []
        lengths: list[int] = []
        for chunk in self.read_dataset(handle, sites, dtype, timeout):
            for site, arr in chunk.activations.items():
                acts.setdefault(site, []).append(arr)
            for col, vals in chunk.labels.items():
                labels.setdefault(col, []).extend(vals)
            words.extend(chunk.words)
            lengths.extend(chunk.sentence_lengths)
        return Dataset(
            info=info, activations={k: np.concatenate(v) for k, v in acts.items()},
            labels={k: np.asarray(v) for k, v in labels.items()}, words=np.asarray(words),
            sentence_lengths=np.asarray(lengths, dtype=np.int64),
        )

    # ------------------------------------------------------------------ ranking
    def rank_neurons(
        self,
        dataset: str,
        label_column: str,
        method: str = "lca",
        sites: Iterable[str] = (),
        ignore_labels: Iterable[str] = (),
        l1: float | None = None,
        l2: float | None = None,
        solver: str = "fast",
        epochs: int = 0,
        search_stride: int = 0,
        mass: float | None = None,
        ablation_percents: Iterable[float] = (),
        retrain_ablation: bool = False,
        control_task: bool = False,
        test_fraction: float | None = None,
        seed: int = 0,
        min_label_count: int = 0,
        other_datasets: Iterable[str] = (),
        linreg_aggregation: str = "",
        variance: float | None = None,
        raw_activations: bool = False,
        on_progress: Callable[[str, float], None] | None = None,
        progress: bool | None = None,
        timeout: float | None = None,
    ) -> Ranking:
        """Rank the neurons of a dataset's ``sites`` for the property in ``label_column``.

        ``method``: "lca" (elastic-net probe + NeuroX ordering, with accuracy, majority baseline,
        per-label neurons and the masking-out table), "probeless", "gmm" or "anova"; or cross-model
        "maxcorr", "mincorr", "linreg", "svcca" with ``other_datasets`` (same sentences, other models).
        ``raw_activations``: NeuroX-exact (no z-scoring; masking sets activations to 0).
        ``on_progress(stage, fraction)`` is called as the server reports progress (to 1.0 at the end);
        ``progress``: a progress bar (None: when stderr is a terminal or in a notebook). Ctrl-C stops the job.
        """
        from neuronscope.progress import bar_for

        on_progress = on_progress or bar_for(f"rank {method}", progress)
        req = rank_request(
            dataset, label_column, method=method, sites=sites, ignore_labels=ignore_labels, l1=l1, l2=l2,
            solver=solver, epochs=epochs, search_stride=search_stride, mass=mass, ablation_percents=ablation_percents,
            retrain_ablation=retrain_ablation, control_task=control_task, test_fraction=test_fraction, seed=seed,
            min_label_count=min_label_count, other_datasets=other_datasets, linreg_aggregation=linreg_aggregation,
            variance=variance, raw_activations=raw_activations)
        result = None
        for msg in self._stream(self._stub.RankNeurons, req, timeout, on_progress):  # Ctrl-C stops the job
            result = msg.result
        if result is None:
            raise errors.DataLoss("RankNeurons ended without a result", grpc.StatusCode.DATA_LOSS)
        return _ranking(result)

    def neuron_card(
        self,
        site: str,
        neuron: int,
        dataset: str,
        ranking: Ranking | None = None,
        sentences: Sequence[str] = (),
        alphas: Sequence[float] = (-8.0, -4.0, 4.0, 8.0),
        top_n: int = 10,
        min_count: int = 3,
        model: str = "",
        timeout: float | None = None,
    ):
        """One neuron at a glance (a ``neuronscope.viz.NeuronCard``; ``.to_html()``, notebooks show it).

        From ``dataset`` (which must hold ``site``): its top words (types seen ``min_count`` times, by
        mean activation), top sentences with heatmaps and the mean per label of each label column;
        with ``ranking`` its rank and score; and its causal effect: ``sentences`` (default: the text of
        its three top sentences) translated plainly, with the neuron zeroed, and with it set to
        mean + α·std for each α in ``alphas`` (the dataset's statistics), changed words marked.
        """
        from neuronscope.viz.card import CausalEffect, build_card

        info = self.describe_dataset(dataset, timeout=timeout)
        sites = {s.name: s.width for s in info.sites}
        if site not in sites:
            raise ValueError(f"site {site!r} is not in dataset {dataset}; it has {', '.join(sites)}")
        if not 0 <= neuron < sites[site]:
            raise ValueError(f"neuron {neuron} out of range for {site}; allowed 0-{sites[site] - 1}")
        data = self.load_dataset(dataset, sites=[site], timeout=timeout)
        values = data.activations[site][:, neuron].astype(np.float64)
        card = build_card(site, neuron, data.words, values, data.sentence_lengths, labels=data.labels,
                          ranking=ranking, top_n=top_n, min_count=min_count)
        probes = list(sentences) or [" ".join(s.words) for s in card.top_sentences[:3]]
        if not probes:
            return card
        mu, sd = float(values.mean()), float(values.std()) or 1.0
        settings = [("zero", Override(site, [neuron], "zero"))] + [
            (f"α={a:+g}", Override(site, [neuron], "set", [a], standardized=True, means=[mu], stds=[sd]))
            for a in alphas
        ]
        model = model or info.model
        base = self.translate(probes, model=model, timeout=timeout)
        rows: list[list[tuple[str, str]]] = [[] for _ in probes]
        for label, ov in settings:
            r = self.translate(probes, model=model, overrides=[ov], timeout=timeout)
            for i, s in enumerate(r.sentences):
                rows[i].append((label, s.translation))
        effects = tuple(CausalEffect(p, b.translation, tuple(rs)) for p, b, rs in zip(probes, base.sentences, rows))
        return dataclasses.replace(card, effects=effects)

    # ------------------------------------------------------------------ profiles
    def create_profile(self, name: str, overrides: Sequence[Override], model: str = "", description: str = "",
                       origin: str = "", timeout: float | None = None) -> Profile:
        """Store a new version of profile ``name`` (version 1 if it is new). Needs the admin role."""
        msg = pb.OverrideProfile(name=name, model=model, description=description, origin=origin,
                                 overrides=[_override_pb(o) for o in overrides])
        r = self._call(self._stub.CreateProfile, pb.CreateProfileRequest(profile=msg), timeout, idempotent=False)
        return _profile(r.profile)

    def export_profile(self, name: str, path: str, version: int = 0, timeout: float | None = None) -> Profile:
        """Write profile ``name`` (``version`` 0: the latest) to a JSON file that ``import_profile`` reads."""
        from neuronscope.profile_file import save_profile

        profile = self.get_profile(name, version, timeout=timeout)
        save_profile(profile, path)
        return profile

    def import_profile(self, path: str, name: str = "", model: str = "", timeout: float | None = None) -> Profile:
        """Store the profile in a file as a new version here (under ``name``, default the file's name).

        The overrides are checked against this server's model like any new profile; ``origin``
        records the file's creator, time and version. Needs the admin role.
        """
        from neuronscope.profile_file import load_profile, origin_of

        p = load_profile(path)
        return self.create_profile(name or p.name, p.overrides, model=model or p.model, description=p.description,
                                   origin=origin_of(p, str(path)), timeout=timeout)

    def get_profile(self, name: str, version: int = 0, timeout: float | None = None) -> Profile:
        """Profile ``name`` at ``version`` (0: the latest), with its overrides, creator and time."""
        return _profile(self._call(self._stub.GetProfile, pb.GetProfileRequest(name=name, version=version), timeout).profile)

    def list_profiles(self, timeout: float | None = None) -> list[Profile]:
        """Your tenant's profiles, latest version of each."""
        return [_profile(p) for p in self._call(self._stub.ListProfiles, pb.ListProfilesRequest(), timeout).profiles]

    def delete_profile(self, name: str, timeout: float | None = None) -> int:
        """Delete every version of profile ``name``; how many there were. Needs the admin role."""
        return self._call(self._stub.DeleteProfile, pb.DeleteProfileRequest(name=name), timeout).deleted_versions

    def erase_ranking(self, ranking: Ranking, ks: Sequence[int], sentences: Sequence[str],
                      references: Sequence[str] = (), select: str = "top", random_seeds: Sequence[int] = (),
                      model: str = "", **kw: Any) -> list[ErasePoint]:
        """Erase the ``select`` k neurons of ``ranking`` — across all of its sites — for each k, scoring BLEU
        and chrF on the server, with random controls for each of ``random_seeds`` in the same call."""
        return self.erase("", ks, sentences, references, ordering=[int(n) for n in ranking.ordering],
                          select=select, model=model, sites=[s for s, _, _ in ranking.neuron_sites],
                          random_seeds=random_seeds, **kw)

    def sweep(
        self,
        sentences: Sequence[str],
        settings: dict[str, Sequence[Override]] | Sequence[tuple[str, Sequence[Override]]],
        references: Sequence[str] = (),
        model: str = "",
        num_beams: int = 1,
        max_new_tokens: int = 0,
        return_translations: bool = False,
        on_progress: Callable[[str, float], None] | None = None,
        progress: bool | None = None,
        timeout: float | None = None,
    ) -> tuple[SweepPoint, list[SweepPoint]]:
        """Translate ``sentences`` under each setting of a grid in one call: (the plain point, one point per
        setting). ``settings``: label -> overrides (``sweep_grid`` builds neurons × op × values). Each point
        has BLEU/chrF against ``references`` (when given), BLEU against the plain translations, and how
        many sentences changed or degenerated; ``return_translations`` adds the outputs."""
        from neuronscope.progress import bar_for

        on_progress = on_progress or bar_for("sweep", progress)
        items = list(settings.items()) if isinstance(settings, dict) else list(settings)
        req = pb.SweepRequest(
            model=model, sentences=list(sentences), references=list(references),
            settings=[pb.SweepSetting(label=label, overrides=[_override_pb(o) for o in ovs]) for label, ovs in items],
            decoding=pb.Decoding(num_beams=num_beams, max_new_tokens=max_new_tokens),
            return_translations=return_translations,
        )
        plain, points = None, []
        for msg in self._stream(self._stub.Sweep, req, timeout, on_progress):
            if msg.HasField("plain"):
                plain = _sweep_point(msg.plain)
            else:
                points.append(_sweep_point(msg.point))
        if plain is None:
            raise errors.DataLoss("Sweep ended without its plain translations", grpc.StatusCode.DATA_LOSS)
        return plain, points

    # ------------------------------------------------------------------ rollouts and audit
    def set_rollout(self, name: str, canary_version: int, canary_percent: float, stable_version: int = 0,
                    timeout: float | None = None) -> Rollout:
        """Serve ``canary_version`` of profile ``name`` to ``canary_percent`` % of requests that name it without
        @version (or get it as a server's default profile); the rest keep the stable version (for a first
        rollout: ``stable_version``, 0 = the latest now). Admin role; recorded in the audit log."""
        req = pb.SetRolloutRequest(name=name, canary_version=canary_version, canary_percent=canary_percent,
                                   stable_version=stable_version)
        return _rollout(self._call(self._stub.SetRollout, req, timeout, idempotent=False).rollout)

    def promote_rollout(self, name: str, timeout: float | None = None) -> Rollout:
        """Make the canary the stable version for all traffic (admin; audited)."""
        return _rollout(self._call(self._stub.PromoteRollout, pb.RolloutRequest(name=name), timeout,
                                   idempotent=False).rollout)

    def rollback_rollout(self, name: str, timeout: float | None = None) -> Rollout:
        """Drop the canary, or with none go back to the previous stable version (admin; audited)."""
        return _rollout(self._call(self._stub.RollbackRollout, pb.RolloutRequest(name=name), timeout,
                                   idempotent=False).rollout)

    def get_rollout(self, name: str, timeout: float | None = None) -> Rollout:
        """The current rollout of profile ``name`` (NotFound when it has none)."""
        return _rollout(self._call(self._stub.GetRollout, pb.RolloutRequest(name=name), timeout).rollout)

    def set_shadow(self, name: str, version: int, percent: float, timeout: float | None = None) -> Rollout:
        """Run ``version`` of profile ``name`` in shadow on ``percent`` % of the requests that use the profile:
        they are answered as before, then also run with the shadow version at low priority, and the
        differences are counted (``shadow_report``). ``version`` 0 turns shadowing off. Admin; audited."""
        req = pb.SetShadowRequest(name=name, version=version, percent=percent)
        return _rollout(self._call(self._stub.SetShadow, req, timeout, idempotent=False).rollout)

    def shadow_report(self, name: str, timeout: float | None = None) -> list[dict]:
        """Per shadow version of ``name`` (on this server): requests, sentences, how many changed, and the
        newest differences as {source, live, shadow}."""
        r = self._call(self._stub.ShadowReport, pb.RolloutRequest(name=name), timeout)
        return [{"version": v.version, "requests": v.requests, "sentences": v.sentences, "changed": v.changed,
                 "diffs": [{"source": d.source, "live": d.live, "shadow": d.shadow} for d in v.diffs]}
                for v in r.versions]

    def audit_log(self, limit: int = 100, timeout: float | None = None) -> list[AuditEntry]:
        """Who created, deleted, rolled out, promoted or rolled back which profile version, newest first
        (your tenant's only; admin role)."""
        r = self._call(self._stub.ListAudit, pb.ListAuditRequest(limit=limit), timeout)
        return [AuditEntry(e.seq, e.unix, e.key_id, e.tenant, e.action, e.profile, e.version, e.detail)
                for e in r.entries]

    # ------------------------------------------------------------------ erasure
    def erase(
        self,
        site: str,
        ks: Sequence[int],
        sentences: Sequence[str],
        references: Sequence[str] = (),
        ordering: Sequence[int] = (),
        select: str = "top",
        model: str = "",
        num_beams: int = 1,
        seed: int = 0,
        op: str = "zero",
        means: Sequence[float] = (),
        directions: np.ndarray | None = None,
        center: Sequence[float] = (),
        return_translations: bool = False,
        sites: Sequence[str] = (),
        random_seeds: Sequence[int] = (),
        on_point: Callable[[ErasePoint], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
        progress: bool | None = None,
        timeout: float | None = None,
    ) -> list[ErasePoint]:
        """Erase the ``select`` k neurons of ``ordering`` at ``site`` for each k in ``ks`` and score
        the model (BLEU/chrF against ``references``, or perplexity for a causal LM).

        ``directions (width, d)``: erase k directions by projection instead (e.g. SVCCA directions).
        ``sites`` (with ``site`` empty): several sites at once, ``ordering`` ranking their concatenated
        neurons (a Ranking's global ids; ``erase_ranking`` does this). ``random_seeds``: random controls
        in the same call, one curve per seed (points carry ``select`` and ``seed``).
        ``on_progress(stage, fraction)``: after each k (to 1.0); ``progress``: a bar (None: when watched).
        """
        from neuronscope.progress import bar_for

        on_progress = on_progress or bar_for("erase", progress)
        req = erase_request(site, ks, sentences, references, ordering=ordering, select=select, model=model,
                            num_beams=num_beams, seed=seed, op=op, means=means, directions=directions, center=center,
                            return_translations=return_translations, sites=sites, random_seeds=random_seeds)
        points = []
        for msg in self._stream(self._stub.Erase, req, timeout):  # progress here is per k, below
            point = _erase_point(msg.point)
            points.append(point)
            if on_point is not None:
                on_point(point)
            if on_progress is not None:
                runs = 1 + len(random_seeds)
                on_progress(f"k={point.k}", 0.99 * len(points) / max(1, len(ks) * runs))
        if on_progress is not None:
            on_progress("done", 1.0)
        return points


def _ranking(r: pb.RankingResult) -> Ranking:
    return Ranking(
        method=r.method, dataset=r.dataset, label_column=r.label_column,
        ordering=wire.decode(r.ordering, field="ordering"), cutoffs=tuple(r.cutoffs),
        scores=wire.decode(r.scores, field="scores") if r.HasField("scores") else None, classes=tuple(r.classes),
        labels={x.label: LabelNeurons(x.label, tuple(x.neurons), x.train_words, x.test_words, x.accuracy)
                for x in r.labels},
        accuracy=r.accuracy if r.HasField("accuracy") else None, majority_baseline=r.majority_baseline,
        control_accuracy=r.control_accuracy if r.HasField("control_accuracy") else None,
        selectivity=r.selectivity if r.HasField("selectivity") else None,
        ablation=tuple(AblationCell(a.mode, a.selection, a.percent, a.neurons, a.score) for a in r.ablation),
        train_words=r.train_words, test_words=r.test_words, dropped_words=r.dropped_words, seconds=r.seconds,
        neuron_sites=tuple((n.site, n.offset, n.width) for n in r.neuron_sites), warnings=tuple(r.warnings),
        models=tuple(r.models),
        partner_model=np.asarray(r.partner_model, dtype=np.int64) if r.partner_model else None,
        partner_neuron=np.asarray(r.partner_neuron, dtype=np.int64) if r.partner_neuron else None,
        partner_corr=np.asarray(r.partner_corr, dtype=np.float32) if r.partner_corr else None,
        directions=wire.decode(r.directions, field="directions") if r.HasField("directions") else None,
        canonical_correlations=np.asarray(r.canonical_correlations, dtype=np.float32) if r.canonical_correlations else None,
        center=np.asarray(r.center, dtype=np.float32) if r.center else None,
    )


def _usage(u: pb.TenantUsage) -> TenantUsage:
    return TenantUsage(
        tenant=u.tenant, datasets=u.datasets, dataset_bytes=u.dataset_bytes, max_datasets=u.max_datasets,
        max_dataset_bytes=u.max_dataset_bytes, max_bytes_per_dataset=u.max_bytes_per_dataset,
        min_ttl_seconds=u.min_ttl_seconds, max_ttl_seconds=u.max_ttl_seconds,
        default_ttl_seconds=u.default_ttl_seconds,
    )


def _dataset_info(d: pb.DatasetInfo) -> DatasetInfo:
    return DatasetInfo(
        handle=d.handle, name=d.name, model=d.model, revision=d.revision,
        sites=tuple(Site(s.name, s.side, s.width, s.module) for s in d.sites), label_columns=tuple(d.label_columns),
        sentences=d.sentences, words=d.words, chunks=d.chunks, bytes=d.bytes, storage_dtype=d.storage_dtype,
        aggregation=d.aggregation, created_unix=d.created_unix, ttl_seconds=d.ttl_seconds,
    )


def dataset_request(
    sentences: Sequence[Sequence[str]],
    labels: dict[str, Sequence[Sequence[str]]],
    sites: Iterable[str],
    model: str = "",
    space_after: Sequence[Sequence[bool]] | None = None,
    aggregation: str = "mean",
    name: str = "",
    ttl_seconds: int = 0,
    storage_dtype: str = "float32",
    target_words: Sequence[Sequence[str]] | None = None,
    target_space_after: Sequence[Sequence[bool]] | None = None,
) -> pb.CreateDatasetRequest:
    """The CreateDatasetRequest of ``Client.create_dataset`` (and of a dataset job); checks shapes."""
    if aggregation not in _AGG:
        raise ValueError(f"aggregation {aggregation!r} not allowed; allowed: {', '.join(_AGG)}")
    for col, values in labels.items():
        if len(values) != len(sentences):
            raise ValueError(f"labels[{col!r}] has {len(values)} entries for {len(sentences)} sentences")
    if target_words is not None and len(target_words) != len(sentences):
        raise ValueError(f"target_words has {len(target_words)} entries for {len(sentences)} sentences")
    return pb.CreateDatasetRequest(
        model=model, sites=list(sites), aggregation=_AGG[aggregation], name=name, ttl_seconds=ttl_seconds,
        storage_dtype=storage_dtype,
        sentences=[
            pb.LabeledSentence(
                words=list(words), space_after=[bool(x) for x in space_after[i]] if space_after else [],
                labels=[pb.LabelColumn(name=col, values=list(values[i])) for col, values in labels.items()],
                target_words=list(target_words[i]) if target_words is not None else [],
                target_space_after=[bool(x) for x in target_space_after[i]] if target_space_after else [],
            )
            for i, words in enumerate(sentences)
        ],
    )


def rank_request(
    dataset: str,
    label_column: str = "",
    method: str = "lca",
    sites: Iterable[str] = (),
    ignore_labels: Iterable[str] = (),
    l1: float | None = None,
    l2: float | None = None,
    solver: str = "fast",
    epochs: int = 0,
    search_stride: int = 0,
    mass: float | None = None,
    ablation_percents: Iterable[float] = (),
    retrain_ablation: bool = False,
    control_task: bool = False,
    test_fraction: float | None = None,
    seed: int = 0,
    min_label_count: int = 0,
    other_datasets: Iterable[str] = (),
    linreg_aggregation: str = "",
    variance: float | None = None,
    raw_activations: bool = False,
) -> pb.RankNeuronsRequest:
    """The RankNeuronsRequest of ``Client.rank_neurons`` (and of a ranking job)."""
    req = pb.RankNeuronsRequest(
        dataset=dataset, label_column=label_column, method=method, sites=list(sites),
        ignore_labels=list(ignore_labels), solver=solver, epochs=epochs, search_stride=search_stride,
        ablation_percents=list(ablation_percents), retrain_ablation=retrain_ablation, control_task=control_task,
        seed=seed, min_label_count=min_label_count, other_datasets=list(other_datasets),
        linreg_aggregation=linreg_aggregation, raw_activations=raw_activations,
    )
    for name, value in (("l1", l1), ("l2", l2), ("mass", mass), ("test_fraction", test_fraction),
                        ("variance", variance)):
        if value is not None:
            setattr(req, name, value)
    return req


def erase_request(
    site: str,
    ks: Sequence[int],
    sentences: Sequence[str],
    references: Sequence[str] = (),
    ordering: Sequence[int] = (),
    select: str = "top",
    model: str = "",
    num_beams: int = 1,
    seed: int = 0,
    op: str = "zero",
    means: Sequence[float] = (),
    directions: np.ndarray | None = None,
    center: Sequence[float] = (),
    return_translations: bool = False,
    sites: Sequence[str] = (),
    random_seeds: Sequence[int] = (),
) -> pb.EraseRequest:
    """The EraseRequest of ``Client.erase`` (and of an erase job)."""
    req = pb.EraseRequest(
        model=model, site=site, ordering=[int(n) for n in ordering], ks=[int(k) for k in ks], select=select,
        sentences=list(sentences), references=list(references), num_beams=num_beams, seed=seed, op=op,
        means=[float(m) for m in means], center=[float(c) for c in center],
        return_translations=return_translations, sites=list(sites), random_seeds=[int(s) for s in random_seeds],
    )
    if directions is not None:
        req.directions.CopyFrom(wire.encode(np.asarray(directions, dtype=np.float32)))
    return req


def _erase_point(p: pb.ErasePoint) -> ErasePoint:
    return ErasePoint(k=p.k, bleu=p.bleu, chrf=p.chrf, perplexity=p.perplexity, erased=tuple(p.erased),
                      translations=tuple(p.translations), select=p.select or "top", seed=p.seed)


def _job(msg: pb.Job) -> Job:
    kind = msg.WhichOneof("result")
    result: Any = None
    if kind == "dataset":
        result = _dataset_info(msg.dataset.dataset)
    elif kind == "ranking":
        result = _ranking(msg.ranking)
    elif kind == "erase":
        result = [_erase_point(p) for p in msg.erase.points]
    return Job(id=msg.id, kind=msg.kind, state=msg.state, stage=msg.stage, fraction=msg.fraction,
               chunks_total=msg.chunks_total, chunks_done=msg.chunks_done, created_unix=msg.created_unix,
               updated_unix=msg.updated_unix, error_code=msg.error_code, error_message=msg.error_message,
               estimated_bytes=msg.estimated_bytes, attempts=msg.attempts, result=result)
