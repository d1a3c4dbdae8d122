"""Analysis datasets: per-word activations + label columns stored in chunks under a handle.

A dataset is written as chunks of whole sentences (each chunk at most ``chunk_bytes`` of
activations), then its manifest last, so a half-written dataset is never visible: readers find a
dataset only through its manifest. The manifest and every chunk get one absolute expiry in one
transaction (``dataset_index``), and the tenant's quota is checked with the dataset's size before any
work. A chunk missing under a live manifest (a store that lost data) is ``DataLoss`` naming the handle. Values are protobuf messages (``DatasetChunk``,
``DatasetInfo``) built with the one wire codec. Memory while building is bounded by one window of
sentences plus one chunk, whatever the dataset's size.

Where chunks live: in the key-value store beside the manifest (no object store configured), or in an
object store (``object_store``: a directory or S3) under ``datasets/{tenant}/{handle}/{build}/chunk-
{i:06d}.pb``. Then the key-value store keeps the manifest, the tenant's index and quota as before, plus
one *pointer* key per dataset naming its build's folder; the pointer is written before the first chunk
and committed with the manifest's expiry, so it is how a reader finds the chunks and how
``sweep_orphans`` tells live objects from those of an expired, deleted or crashed build. Each build
writes a fresh folder, so a sweep never deletes the chunks of a build of the same handle that began
after it listed. A dataset without a pointer (written before an object store was configured) is read
from the key-value store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

import numpy as np

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.dataset_index import BUILD_SECONDS, QuotaExceeded, Usage, index_for
from neuronscope_server.errors import DataLoss, InvalidArgument, NotFound, ResourceExhausted, Unavailable
from neuronscope_server.object_store import ObjectStore, ObjectStoreUnavailable
from neuronscope_server.sites import SiteSpec
from neuronscope_server.spec import SentenceOutput
from neuronscope_server.store import KVStore, StoreFull, StoreUnavailable

PREFIX = "ns:v1:ds:"
STORAGE_DTYPES = ("float32", "float16")
OBJECTS = "datasets/"  # the object-store prefix of every chunk
CHUNK_FORMAT = "neuronscope.v1.DatasetChunk protobuf"  # what a chunk object (and URL) holds
URL_DEFAULT_SECONDS = 900
URL_MAX_SECONDS = 7 * 24 * 3600  # SigV4's limit
SWEEP_SECONDS = 600.0  # at most one orphan sweep per this many seconds (started by a create)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabeledSentence:
    words: tuple[str, ...]  # the words the rows and labels are about (target words for target-side datasets)
    space_after: tuple[bool, ...]
    labels: dict[str, tuple[str, ...]]  # column -> one value per word
    source_words: tuple[str, ...] = ()  # target-side datasets: the source sentence
    source_space_after: tuple[bool, ...] = ()


def _manifest_key(tenant: str, handle: str) -> str:
    return f"{PREFIX}{tenant}:{handle}:m"


def _chunk_key(tenant: str, handle: str, i: int) -> str:
    return f"{PREFIX}{tenant}:{handle}:c:{i}"


def _pointer_key(tenant: str, handle: str) -> str:
    """The key-value key naming the object-store folder of the dataset's chunks."""
    return f"{PREFIX}{tenant}:{handle}:o"


def _escape(part: str) -> str:
    """A tenant or handle as one object-key part: reversible (``_unescape``), never empty or dot-led."""
    out = quote(part, safe="")
    return "%2E" + out[1:] if out.startswith(".") else out or "%00"


def _unescape(part: str) -> str:
    return "" if part == "%00" else unquote(part)


def _chunk_object(folder: str, i: int) -> str:
    return f"{folder}chunk-{i:06d}.pb"


@dataclass
class _Build:
    """What one dataset build has written so far, for the commit or the cleanup."""

    tenant: str
    handle: str
    folder: str = ""  # its object-store folder ("": chunks in the key-value store)
    kv_keys: list[str] = field(default_factory=list)  # chunks or the pointer: they get the manifest's expiry
    objects: list[str] = field(default_factory=list)
    chunks: int = 0


def validate_sentences(sentences: Sequence[LabeledSentence], max_words: int) -> list[str]:
    """Check labels line up with words; returns the label column names (the same for every sentence)."""
    if not sentences:
        raise InvalidArgument("sentences is empty; a dataset needs at least one labelled sentence")
    columns = sorted(sentences[0].labels)
    total = 0
    for i, s in enumerate(sentences):
        if not s.words:
            raise InvalidArgument(f"sentences[{i}].words is empty")
        if sorted(s.labels) != columns:
            raise InvalidArgument(
                f"sentences[{i}].labels has columns {sorted(s.labels)}; every sentence must have {columns}"
            )
        for name, values in s.labels.items():
            if len(values) != len(s.words):
                raise InvalidArgument(
                    f"sentences[{i}].labels[{name!r}] has {len(values)} values for {len(s.words)} words"
                )
        total += len(s.words)
    if total > max_words:
        raise ResourceExhausted(f"dataset has {total} words; allowed 1-{max_words} per dataset")
    return columns


def dataset_handle(tenant: str, model: str, revision: str, sites: Sequence[str], aggregation: str, dtype: str,
                   sentences: Sequence[LabeledSentence]) -> str:
    """Content address: the same request from the same tenant yields the same handle."""
    h = hashlib.sha256()
    h.update(json.dumps([tenant, model, revision, list(sites), aggregation, dtype]).encode())
    for s in sentences:
        h.update(json.dumps([s.words, s.space_after, sorted(s.labels.items()), s.source_words,
                             s.source_space_after]).encode())
    return "ds_" + h.hexdigest()[:20]


class DatasetStore:
    """Create, list, describe, delete and read datasets for one store, per tenant."""

    def __init__(self, store: KVStore, default_ttl: int, chunk_bytes: int, max_words: int,
                 max_bytes: int = 0, tenant_max_bytes: int = 0, tenant_max_datasets: int = 0,
                 objects: ObjectStore | None = None, sweep_seconds: float = SWEEP_SECONDS) -> None:
        self.store = store
        self.objects = objects  # None: chunks in ``store`` beside their manifest
        self.sweep_seconds = sweep_seconds
        self._next_sweep = 0.0  # the first create of a process sweeps
        self._sweep_lock = threading.Lock()
        self.index = index_for(store)
        self.default_ttl = default_ttl
        self.chunk_bytes = chunk_bytes
        self.max_words = max_words
        self.max_bytes = max_bytes  # one dataset (0: no limit)
        self.tenant_max_bytes = tenant_max_bytes
        self.tenant_max_datasets = tenant_max_datasets

    @staticmethod
    def estimate_bytes(sentences: Sequence[LabeledSentence], sites: Sequence[SiteSpec], storage: str) -> int:
        """Stored size before any work: activations plus the words and labels (a few percent high)."""
        width = sum(s.width for s in sites)
        words = sum(len(s.words) for s in sentences)
        text = sum(len(w.encode()) + 2 for s in sentences for w in s.words)
        text += sum(len(v.encode()) + 2 for s in sentences for col in s.labels.values() for v in col)
        return words * width * wire.itemsize(storage) + text + 64 * len(sites) * (1 + words // 4096)

    def usage(self, tenant: str) -> Usage:
        try:
            return self.index.handles(tenant)[1]
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable") from None

    def _reserve(self, tenant: str, handle: str, nbytes: int) -> None:
        if self.max_bytes and nbytes > self.max_bytes:
            raise ResourceExhausted(f"dataset would store {nbytes} bytes; allowed up to {self.max_bytes} per dataset "
                                    "(fewer sentences, fewer sites or storage_dtype float16)")
        try:
            self.index.reserve(tenant, handle, nbytes, self.tenant_max_bytes, self.tenant_max_datasets)
        except QuotaExceeded as exc:
            u = exc.usage
            raise ResourceExhausted(
                f"tenant {tenant!r} quota: this dataset needs {nbytes} bytes; in use {u.bytes} of "
                f"{self.tenant_max_bytes or 'unlimited'} bytes and {u.datasets} of "
                f"{self.tenant_max_datasets or 'unlimited'} datasets (delete datasets or wait for them to expire)"
            ) from None
        except StoreFull:
            raise ResourceExhausted("dataset store is full") from None
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable; nothing was kept, retry later") from None

    # ------------------------------------------------------------------ write
    def create(
        self,
        tenant: str,
        handle: str,
        info: pb.DatasetInfo,
        sentences: Sequence[LabeledSentence],
        sites: Sequence[SiteSpec],
        extract: Callable[[Sequence[LabeledSentence]], list[SentenceOutput]],
        window: int = 256,
        ttl: int = 0,
    ) -> pb.DatasetInfo:
        """Extract activations window by window, write chunks, then the manifest.

        ``extract`` maps a window of sentences to their outputs, in order. On any failure the
        chunks written so far are deleted and no manifest exists.
        """
        ttl = ttl or self.default_ttl
        self._reserve(tenant, handle, self.estimate_bytes(sentences, sites, info.storage_dtype))
        columns = list(info.label_columns)
        storage = info.storage_dtype
        width = sum(s.width for s in sites)
        buf: list[tuple[LabeledSentence, SentenceOutput]] = []
        buf_bytes = 0
        total_bytes = 0

        def flush() -> None:
            nonlocal buf, buf_bytes, total_bytes
            if not buf:
                return
            chunk = pb.DatasetChunk(index=build.chunks)
            for site in sites:
                rows = np.concatenate([o.activations[site.name] for _, o in buf], axis=0)
                chunk.activations.append(pb.SiteActivations(site=site.name, side=site.side,
                                                            values=wire.encode(rows, storage)))
            for name in columns:
                chunk.labels.append(pb.LabelColumn(name=name, values=[v for s, _ in buf for v in s.labels[name]]))
            chunk.words.extend(w for s, _ in buf for w in s.words)
            chunk.sentence_lengths.extend(len(s.words) for s, _ in buf)
            data = chunk.SerializeToString()
            self._write_chunk(build, data)
            total_bytes += len(data)
            buf, buf_bytes = [], 0

        with self._building(tenant, handle) as build:
            for start in range(0, len(sentences), window):
                part = sentences[start : start + window]
                outs = extract(part)
                for s, o in zip(part, outs):
                    if len(o.target_words if s.source_words else o.source_words) != len(s.words):
                        raise InvalidArgument("internal word mismatch")  # pragma: no cover - guarded by alignment
                    row_bytes = len(s.words) * width * wire.itemsize(storage)
                    if buf and buf_bytes + row_bytes > self.chunk_bytes:
                        flush()
                    buf.append((s, o))
                    buf_bytes += row_bytes
            flush()
            info.chunks = build.chunks
            info.bytes = total_bytes
            info.created_unix = time.time()
            info.ttl_seconds = ttl
            self.index.commit(tenant, handle, _manifest_key(tenant, handle), info.SerializeToString(), build.kv_keys,
                              total_bytes, info.created_unix + ttl)
        self._maybe_sweep()
        return info

    def import_chunks(self, tenant: str, handle: str, info: pb.DatasetInfo, chunks: Iterator[pb.DatasetChunk],
                      ttl: int = 0) -> pb.DatasetInfo:
        """Store activations computed elsewhere: ``info`` (sites with widths, label columns, ``words`` to
        come) is checked against the quota first; each chunk is validated (shapes, finite values, labels per
        word), re-encoded in the storage dtype and written; the manifest commits when all have arrived."""
        ttl = ttl or self.default_ttl
        widths = {s.name: s.width for s in info.sites}
        columns = list(info.label_columns)
        storage = info.storage_dtype
        itemsize = wire.itemsize(storage)
        self._reserve(tenant, handle, info.words * (sum(widths.values()) * itemsize + 16))
        total_bytes = words = sentences = 0
        with self._building(tenant, handle) as build:
            for i, chunk in enumerate(chunks):
                where = f"chunks[{i}]"
                n = len(chunk.words)
                if sum(chunk.sentence_lengths) != n or any(x <= 0 for x in chunk.sentence_lengths):
                    raise InvalidArgument(f"{where}: sentence_lengths sum to {sum(chunk.sentence_lengths)} for {n} "
                                          "words; each sentence needs at least one word")
                words += n
                sentences += len(chunk.sentence_lengths)
                if words > info.words:
                    raise InvalidArgument(f"{where}: more words than the header's words ({info.words})")
                if sorted(c.name for c in chunk.labels) != sorted(columns):
                    raise InvalidArgument(f"{where}: label columns {sorted(c.name for c in chunk.labels)}; "
                                          f"the header has {sorted(columns)}")
                for c in chunk.labels:
                    if len(c.values) != n:
                        raise InvalidArgument(f"{where}: labels[{c.name!r}] has {len(c.values)} values for {n} words")
                got = {a.site: a for a in chunk.activations}
                if sorted(got) != sorted(widths):
                    raise InvalidArgument(f"{where}: sites {sorted(got)}; the header has {sorted(widths)}")
                out = pb.DatasetChunk(index=build.chunks, words=chunk.words, sentence_lengths=chunk.sentence_lengths,
                                      labels=chunk.labels)
                for site in info.sites:
                    values = wire.decode(got[site.name].values, field=f"{where}.activations[{site.name}]")
                    if values.shape != (n, site.width):
                        raise InvalidArgument(f"{where}.activations[{site.name}] has shape {list(values.shape)}; "
                                              f"expected [{n}, {site.width}]")
                    if not np.isfinite(values).all():
                        raise InvalidArgument(f"{where}.activations[{site.name}] holds NaN or infinite values")
                    out.activations.append(pb.SiteActivations(site=site.name, side=site.side,
                                                              values=wire.encode(values, storage)))
                data = out.SerializeToString()
                self._write_chunk(build, data)
                total_bytes += len(data)
            if words != info.words:
                raise InvalidArgument(f"the header announced {info.words} words; {words} arrived")
            info.chunks, info.bytes, info.sentences = build.chunks, total_bytes, sentences
            info.created_unix, info.ttl_seconds = time.time(), ttl
            self.index.commit(tenant, handle, _manifest_key(tenant, handle), info.SerializeToString(), build.kv_keys,
                              total_bytes, info.created_unix + ttl)
        self._maybe_sweep()
        return info

    @contextmanager
    def _building(self, tenant: str, handle: str) -> Iterator[_Build]:
        """Around writing a dataset: on any failure its chunks and reservation go, and a store failure is
        RESOURCE_EXHAUSTED (full) or UNAVAILABLE; nothing half-written is ever listed."""
        build = _Build(tenant, handle)
        try:
            if self.objects is not None:
                # the pointer first: a sweep that lists this build's objects finds it (module docstring)
                build.folder = f"{OBJECTS}{_escape(tenant)}/{_escape(handle)}/b-{secrets.token_hex(6)}/"
                pointer = _pointer_key(tenant, handle)
                build.kv_keys.append(pointer)
                self.store.set_many({pointer: build.folder.encode()}, BUILD_SECONDS, strict=True)
            yield build
        except StoreUnavailable as exc:
            self._cleanup(build)
            if isinstance(exc, StoreFull):
                raise ResourceExhausted(f"dataset store is full: {exc}") from None
            if isinstance(exc, ObjectStoreUnavailable):
                raise Unavailable("dataset object store is unavailable; nothing was kept, retry later") from None
            raise Unavailable("dataset store (Redis) is unavailable; nothing was kept, retry later") from None
        except BaseException:
            self._cleanup(build)
            raise

    def _write_chunk(self, build: _Build, data: bytes) -> None:
        """Store chunk ``build.chunks``: invisible until the manifest commits; a failed build deletes it."""
        if self.objects is None:
            key = _chunk_key(build.tenant, build.handle, build.chunks)
            # if the build dies without cleaning up, the chunk expires with the reservation
            self.store.set_many({key: data}, BUILD_SECONDS, strict=True)
            build.kv_keys.append(key)
        else:
            key = _chunk_object(build.folder, build.chunks)
            build.objects.append(key)  # before the put: a put that fails half way is deleted too
            self.objects.put(key, data)
        build.chunks += 1

    def _cleanup(self, build: _Build) -> None:
        if build.objects and self.objects is not None:
            try:
                self.objects.delete(build.objects)
            except StoreUnavailable:
                log.warning("could not delete the %d objects of a failed build of %s; the orphan sweep will",
                            len(build.objects), build.handle)
        try:
            self.index.release(build.tenant, build.handle, build.kv_keys)
        except StoreUnavailable:
            pass  # chunks without a manifest are invisible; they and the reservation expire by themselves

    # ------------------------------------------------------------------ builds split across workers
    # A dataset job (job_tasks) reserves and fixes the build's place once, then any worker stores any chunk,
    # and the one that stores the last commits. The same keys and folders as ``create``, so readers, quotas,
    # expiry, the orphan sweep and deletion treat both alike.
    def begin_build(self, tenant: str, handle: str, nbytes: int) -> str:
        """Reserve ``nbytes`` of the tenant's quota; returns the build's folder ("" = the key-value store)."""
        self._reserve(tenant, handle, nbytes)
        if self.objects is None:
            return ""
        folder = f"{OBJECTS}{_escape(tenant)}/{_escape(handle)}/b-{secrets.token_hex(6)}/"
        with self._mapped():
            self.store.set_many({_pointer_key(tenant, handle): folder.encode()}, BUILD_SECONDS, strict=True)
        return folder

    def put_chunk(self, tenant: str, handle: str, folder: str, index: int, data: bytes) -> int:
        """Store chunk ``index`` (a serialized DatasetChunk) of a build; idempotent. Returns its size."""
        with self._mapped():
            if folder:
                self.objects.put(_chunk_object(folder, index), data)  # type: ignore[union-attr]
            else:
                self.store.set_many({_chunk_key(tenant, handle, index): data}, BUILD_SECONDS, strict=True)
        return len(data)

    def commit_build(self, tenant: str, handle: str, folder: str, info: pb.DatasetInfo, n_chunks: int,
                     total_bytes: int, ttl: int = 0) -> pb.DatasetInfo:
        """Make a build visible: the manifest, with one expiry for it and every chunk (or the pointer)."""
        ttl = ttl or self.default_ttl
        out = pb.DatasetInfo()
        out.CopyFrom(info)
        out.chunks, out.bytes, out.created_unix, out.ttl_seconds = n_chunks, total_bytes, time.time(), ttl
        keys = [_pointer_key(tenant, handle)] if folder else [_chunk_key(tenant, handle, i) for i in range(n_chunks)]
        with self._mapped():
            self.index.commit(tenant, handle, _manifest_key(tenant, handle), out.SerializeToString(), keys,
                              total_bytes, out.created_unix + ttl)
        return out

    def abandon_build(self, tenant: str, handle: str, folder: str, n_chunks: int) -> None:
        """A failed or cancelled build: its chunks and its reservation go (a later chunk is swept as an orphan)."""
        build = _Build(tenant, handle, folder)
        if folder:
            build.kv_keys.append(_pointer_key(tenant, handle))
            build.objects = [_chunk_object(folder, i) for i in range(n_chunks)]
        else:
            build.kv_keys = [_chunk_key(tenant, handle, i) for i in range(n_chunks)]
        self._cleanup(build)

    @contextmanager
    def _mapped(self) -> Iterator[None]:
        try:
            yield
        except StoreFull as exc:
            raise ResourceExhausted(f"dataset store is full: {exc}") from None
        except ObjectStoreUnavailable:
            raise Unavailable("dataset object store is unavailable; retry later") from None
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable; retry later") from None

    # ------------------------------------------------------------------ read
    def describe(self, tenant: str, handle: str) -> pb.DatasetInfo:
        raw = self._get(_manifest_key(tenant, handle))
        if raw is None:
            # another tenant's handle is NOT_FOUND too: existence is not leaked
            raise NotFound(f"dataset {handle!r} not found (or expired)")
        info = pb.DatasetInfo()
        info.ParseFromString(raw)
        return info

    def list(self, tenant: str) -> tuple[list[pb.DatasetInfo], Usage]:
        """The tenant's datasets (from its index: no key-space scan) and its usage."""
        try:
            handles, usage = self.index.handles(tenant)
            raws = self.store.get_many([_manifest_key(tenant, h) for h in handles], strict=True)
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable") from None
        out = []
        for raw in raws:  # a reservation (a build in progress) has no manifest yet
            if raw is not None:
                info = pb.DatasetInfo()
                info.ParseFromString(raw)
                out.append(info)
        return out, usage

    def delete(self, tenant: str, handle: str) -> bool:
        """Delete the manifest, pointer and index entry in one transaction, then the chunk objects (if that
        fails they are orphans: invisible, and the next sweep deletes them)."""
        info = self.describe(tenant, handle)
        folder = self._folder(tenant, handle)
        keys = [_manifest_key(tenant, handle), _pointer_key(tenant, handle)]
        if folder is None:
            keys += [_chunk_key(tenant, handle, i) for i in range(info.chunks)]
        try:
            removed = self.index.remove(tenant, handle, keys) > 0
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable") from None
        if folder is not None and self.objects is not None:
            try:
                self.objects.delete([_chunk_object(folder, i) for i in range(info.chunks)])
            except StoreUnavailable:
                log.warning("dataset %s deleted; its %d chunk objects stay until the orphan sweep", handle, info.chunks)
        return removed

    def chunks(self, tenant: str, handle: str) -> Iterator[pb.DatasetChunk]:
        """Stored chunks in order, one at a time (never the whole dataset in memory)."""
        info = self.describe(tenant, handle)
        folder = self._folder(tenant, handle)
        if folder is not None and self.objects is None:
            raise DataLoss(f"dataset {handle!r} is kept in an object store this server is not configured with "
                           "(object_store_url); create the dataset again or configure that store")
        for i in range(info.chunks):
            if folder is None:
                raw = self._get(_chunk_key(tenant, handle, i))
            else:
                raw = self._get_object(_chunk_object(folder, i))
            if raw is None:
                if self._get(_manifest_key(tenant, handle)) is None:
                    raise NotFound(f"dataset {handle!r} expired or was deleted while it was read")
                raise DataLoss(f"dataset {handle!r}: chunk {i} of {info.chunks} is missing from the store "
                               "(evicted or lost in a restart); create the dataset again")
            chunk = pb.DatasetChunk()
            chunk.ParseFromString(raw)
            yield chunk

    def chunk_urls(self, tenant: str, handle: str, expires_seconds: int = URL_DEFAULT_SECONDS) -> list[str] | None:
        """Presigned GET URLs of the dataset's chunks in order (each a serialized ``DatasetChunk``), valid for
        ``expires_seconds`` but never past the dataset's expiry; None when its store cannot sign URLs (the
        key-value store, a local directory, S3 without credentials)."""
        if not 1 <= expires_seconds <= URL_MAX_SECONDS:
            raise InvalidArgument(f"expires_seconds {expires_seconds} out of range; allowed 1-{URL_MAX_SECONDS} "
                                  f"(0: {URL_DEFAULT_SECONDS})")
        info = self.describe(tenant, handle)
        folder = self._folder(tenant, handle)
        if folder is None or self.objects is None:
            return None
        left = int(info.created_unix + info.ttl_seconds - time.time())
        if left < 1:
            raise NotFound(f"dataset {handle!r} not found (or expired)")
        urls = []
        for i in range(info.chunks):
            url = self.objects.presigned_url(_chunk_object(folder, i), min(expires_seconds, left))
            if url is None:
                return None
            urls.append(url)
        return urls

    def sweep_orphans(self) -> int:
        """Delete chunk objects no live dataset or running build points at (expired manifests, crashed builds,
        deletes whose object delete failed); returns how many. The listing comes first, then the pointers:
        a build that wrote objects before the listing wrote its pointer before them (module docstring)."""
        if self.objects is None:
            return 0
        folders: dict[str, list[str]] = {}
        for key in self.objects.list(OBJECTS):
            parts = key.split("/")
            if len(parts) == 5 and parts[3].startswith("b-"):  # datasets/tenant/handle/build/chunk
                folders.setdefault("/".join(parts[:4]) + "/", []).append(key)
        names = list(folders)
        orphans: list[str] = []
        for start in range(0, len(names), 500):
            part = names[start : start + 500]
            pointers = self.store.get_many([_pointer_key(_unescape(f.split("/")[1]), _unescape(f.split("/")[2]))
                                            for f in part], strict=True)
            orphans += [k for f, p in zip(part, pointers) if p is None or p.decode() != f for k in folders[f]]
        return self.objects.delete(orphans) if orphans else 0

    def _maybe_sweep(self) -> None:
        """Start a sweep in the background at most once per ``sweep_seconds`` (a create is a cheap moment:
        objects only become orphans when datasets come and go)."""
        if self.objects is None or time.monotonic() < self._next_sweep or not self._sweep_lock.acquire(blocking=False):
            return
        self._next_sweep = time.monotonic() + self.sweep_seconds

        def run() -> None:
            try:
                n = self.sweep_orphans()
                if n:
                    log.info("deleted %d orphaned dataset chunk objects", n)
            except Exception as exc:  # noqa: BLE001 - a failed sweep is retried at the next interval
                log.warning("orphan sweep of dataset objects failed: %s", type(exc).__name__)
            finally:
                self._sweep_lock.release()

        threading.Thread(target=run, name="dataset-sweep", daemon=True).start()

    def arrays(self, tenant: str, handle: str, sites: Sequence[str] = (),
               on_chunk: Callable[[int, int], None] | None = None,
               ) -> tuple[dict[str, np.ndarray], dict[str, list[str]], list[str], list[int]]:
        """The whole dataset as arrays: ({site: (words, neurons) float32}, {column: labels}, words, sentence lengths).

        ``on_chunk(chunks_read, chunks)`` after each chunk (progress; raise in it to stop)."""
        total = self.describe(tenant, handle).chunks
        acts: dict[str, list[np.ndarray]] = {}
        labels: dict[str, list[str]] = {}
        words: list[str] = []
        lengths: list[int] = []
        for i, chunk in enumerate(self.chunks(tenant, handle), 1):
            if on_chunk is not None:
                on_chunk(i, total)
            for a in chunk.activations:
                if not sites or a.site in sites:
                    acts.setdefault(a.site, []).append(wire.decode(a.values).astype(np.float32, copy=False))
            for col in chunk.labels:
                labels.setdefault(col.name, []).extend(col.values)
            words.extend(chunk.words)
            lengths.extend(chunk.sentence_lengths)
        return {k: np.concatenate(v, axis=0) for k, v in acts.items()}, labels, words, lengths

    def class_stats(self, tenant: str, handle: str, column: str, sites: Sequence[str] = ()
                    ) -> dict[str, dict[str, tuple[int, np.ndarray, np.ndarray]]]:
        """{site: {label: (count, mean (neurons,), std (neurons,))}} over the whole dataset, read chunk by chunk
        (memory: one chunk plus two float64 sums per label and site)."""
        info = self.describe(tenant, handle)
        if column not in info.label_columns:
            raise InvalidArgument(f"label_column {column!r} not in dataset {handle}; it has "
                                  f"{', '.join(info.label_columns) or 'no label columns'}")
        known = [s.name for s in info.sites]
        for j, name in enumerate(sites):
            if name not in known:
                raise InvalidArgument(f"sites[{j}] {name!r} is not in dataset {handle}; it has {', '.join(known)}")
        wanted = list(sites) or known
        sums: dict[str, dict[str, list]] = {s: {} for s in wanted}
        for chunk in self.chunks(tenant, handle):
            labels = np.asarray(next(c.values for c in chunk.labels if c.name == column))
            for a in chunk.activations:
                if a.site not in sums:
                    continue
                x = wire.decode(a.values).astype(np.float64)
                for lab in np.unique(labels):
                    rows = x[labels == lab]
                    acc = sums[a.site].setdefault(str(lab), [0, np.zeros(x.shape[1]), np.zeros(x.shape[1])])
                    acc[0] += rows.shape[0]
                    acc[1] += rows.sum(axis=0)
                    acc[2] += (rows * rows).sum(axis=0)
        out: dict[str, dict[str, tuple[int, np.ndarray, np.ndarray]]] = {}
        for site, by_label in sums.items():
            out[site] = {}
            for lab, (n, s, sq) in sorted(by_label.items()):
                mean = s / n
                out[site][lab] = (n, mean.astype(np.float32), np.sqrt(np.maximum(sq / n - mean * mean, 0.0)).astype(np.float32))
        return out

    def _get(self, key: str) -> bytes | None:
        try:
            return self.store.get_many([key], strict=True)[0]
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable; retry later") from None

    def _get_object(self, key: str) -> bytes | None:
        try:
            return self.objects.get(key)  # type: ignore[union-attr]
        except StoreUnavailable:
            raise Unavailable("dataset object store is unavailable; retry later") from None

    def _folder(self, tenant: str, handle: str) -> str | None:
        """The object-store folder of the dataset's chunks; None: they are in the key-value store."""
        raw = self._get(_pointer_key(tenant, handle))
        return None if raw is None else raw.decode()
