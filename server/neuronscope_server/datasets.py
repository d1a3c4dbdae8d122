"""Analysis datasets: per-word activations + label columns stored in chunks under a handle.

A dataset is written as chunks of whole sentences (each chunk at most ``chunk_bytes`` of
activations), then its manifest last, so a half-written dataset is never visible: readers find a
dataset only through its manifest. The manifest and every chunk get one absolute expiry in one
transaction (``dataset_index``), and the tenant's quota is checked with the dataset's size before any
work. A chunk missing under a live manifest (a store that lost data) is ``DataLoss`` naming the handle. Values are protobuf messages (``DatasetChunk``,
``DatasetInfo``) built with the one wire codec. Memory while building is bounded by one window of
sentences plus one chunk, whatever the dataset's size.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.dataset_index import BUILD_SECONDS, QuotaExceeded, Usage, index_for
from neuronscope_server.errors import DataLoss, InvalidArgument, NotFound, ResourceExhausted, Unavailable
from neuronscope_server.sites import SiteSpec
from neuronscope_server.spec import SentenceOutput
from neuronscope_server.store import KVStore, StoreFull, StoreUnavailable

PREFIX = "ns:v1:ds:"
STORAGE_DTYPES = ("float32", "float16")


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
                 max_bytes: int = 0, tenant_max_bytes: int = 0, tenant_max_datasets: int = 0) -> None:
        self.store = store
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
        written: list[str] = []
        buf: list[tuple[LabeledSentence, SentenceOutput]] = []
        buf_bytes = 0
        n_chunks = 0
        total_bytes = 0

        def flush() -> None:
            nonlocal buf, buf_bytes, n_chunks, total_bytes
            if not buf:
                return
            chunk = pb.DatasetChunk(index=n_chunks)
            for site in sites:
                rows = np.concatenate([o.activations[site.name] for _, o in buf], axis=0)
                chunk.activations.append(pb.SiteActivations(site=site.name, side=site.side,
                                                            values=wire.encode(rows, storage)))
            for name in columns:
                chunk.labels.append(pb.LabelColumn(name=name, values=[v for s, _ in buf for v in s.labels[name]]))
            chunk.words.extend(w for s, _ in buf for w in s.words)
            chunk.sentence_lengths.extend(len(s.words) for s, _ in buf)
            data = chunk.SerializeToString()
            key = _chunk_key(tenant, handle, n_chunks)
            # invisible until the manifest commits; if the build dies, they expire with the reservation
            self.store.set_many({key: data}, BUILD_SECONDS, strict=True)
            written.append(key)
            n_chunks += 1
            total_bytes += len(data)
            buf, buf_bytes = [], 0

        with self._building(tenant, handle, written):
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
            info.chunks = n_chunks
            info.bytes = total_bytes
            info.created_unix = time.time()
            info.ttl_seconds = ttl
            self.index.commit(tenant, handle, _manifest_key(tenant, handle), info.SerializeToString(), written,
                              total_bytes, info.created_unix + ttl)
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
        written: list[str] = []
        total_bytes = words = sentences = 0
        with self._building(tenant, handle, written):
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
                out = pb.DatasetChunk(index=len(written), words=chunk.words, sentence_lengths=chunk.sentence_lengths,
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
                key = _chunk_key(tenant, handle, len(written))
                self.store.set_many({key: data}, BUILD_SECONDS, strict=True)
                written.append(key)
                total_bytes += len(data)
            if words != info.words:
                raise InvalidArgument(f"the header announced {info.words} words; {words} arrived")
            info.chunks, info.bytes, info.sentences = len(written), total_bytes, sentences
            info.created_unix, info.ttl_seconds = time.time(), ttl
            self.index.commit(tenant, handle, _manifest_key(tenant, handle), info.SerializeToString(), written,
                              total_bytes, info.created_unix + ttl)
        return info

    @contextmanager
    def _building(self, tenant: str, handle: str, written: list[str]):
        """Around writing a dataset: on any failure its chunks and reservation go, and a store failure is
        RESOURCE_EXHAUSTED (full) or UNAVAILABLE; nothing half-written is ever listed."""
        try:
            yield
        except StoreUnavailable as exc:
            self._cleanup(tenant, handle, written)
            if isinstance(exc, StoreFull):
                raise ResourceExhausted(f"dataset store is full: {exc}") from None
            raise Unavailable("dataset store (Redis) is unavailable; nothing was kept, retry later") from None
        except BaseException:
            self._cleanup(tenant, handle, written)
            raise

    def _cleanup(self, tenant: str, handle: str, keys: list[str]) -> None:
        try:
            self.index.release(tenant, handle, keys)
        except StoreUnavailable:
            pass  # chunks without a manifest are invisible; they and the reservation expire by themselves

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
        info = self.describe(tenant, handle)
        keys = [_manifest_key(tenant, handle)] + [_chunk_key(tenant, handle, i) for i in range(info.chunks)]
        try:
            return self.index.remove(tenant, handle, keys) > 0
        except StoreUnavailable:
            raise Unavailable("dataset store (Redis) is unavailable") from None

    def chunks(self, tenant: str, handle: str) -> Iterator[pb.DatasetChunk]:
        """Stored chunks in order, one at a time (never the whole dataset in memory)."""
        info = self.describe(tenant, handle)
        for i in range(info.chunks):
            raw = self._get(_chunk_key(tenant, handle, i))
            if raw is None:
                if self._get(_manifest_key(tenant, handle)) is None:
                    raise NotFound(f"dataset {handle!r} expired or was deleted while it was read")
                raise DataLoss(f"dataset {handle!r}: chunk {i} of {info.chunks} is missing from the store "
                               "(evicted or lost in a restart); create the dataset again")
            chunk = pb.DatasetChunk()
            chunk.ParseFromString(raw)
            yield chunk

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
