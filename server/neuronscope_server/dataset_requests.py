"""A CreateDataset request, checked and planned: its sentences, sites, handle, and how it is cut into chunks.

The gRPC server and the job workers both run CreateDataset; they share this module so that a dataset
built by N workers chunk by chunk is byte-for-byte the dataset one process builds: the same sentences,
the same chunk boundaries (``chunk_bounds``: whole sentences, at most ``chunk_bytes`` of activations,
the rule ``DatasetStore.create`` uses), the same chunk messages (``build_chunk``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server import alignment
from neuronscope_server.datasets import STORAGE_DTYPES, LabeledSentence, dataset_handle, validate_sentences
from neuronscope_server.errors import InvalidArgument
from neuronscope_server.sites import SiteSpec, resolve
from neuronscope_server.spec import SentenceInput, SentenceOutput, TranslateSpec

# the wire's enum values by name; unspecified means "mean" (the default everywhere)
AGGREGATION = {pb.AGGREGATION_UNSPECIFIED: "mean", **{v: k for k, v in wire.AGGREGATION_ENUMS.items()}}


@dataclass
class DatasetPlan:
    """What a CreateDataset request asks for, validated against the model it names."""

    handle: str
    info: pb.DatasetInfo  # the manifest to be, without chunks/bytes/created
    sentences: list[LabeledSentence]
    sites: list[SiteSpec]
    site_names: tuple[str, ...]
    aggregation: str

    @property
    def width(self) -> int:
        return sum(s.width for s in self.sites)


def aggregation_name(value: int, field: str = "aggregation") -> str:
    if value not in AGGREGATION:
        raise InvalidArgument(f"{field} {value} is not a known enum value")
    return AGGREGATION[value]


def plan_dataset(request: pb.CreateDatasetRequest, rt, tenant: str, max_words: int, min_ttl: int, max_ttl: int,
                 default_ttl: int) -> DatasetPlan:
    """Check ``request`` against the runtime ``rt`` (its sites and kind) and the server's limits."""
    aggregation = aggregation_name(request.aggregation)
    if aggregation == "none":
        raise InvalidArgument("aggregation none is not allowed for datasets: labels are per word")
    storage = request.storage_dtype or "float32"
    if storage not in STORAGE_DTYPES:
        raise InvalidArgument(f"storage_dtype {storage!r} not allowed; allowed: {', '.join(STORAGE_DTYPES)}")
    if not request.sites:
        raise InvalidArgument("sites is empty; name at least one source-side site (ModelInfo.sites)")
    if request.ttl_seconds != 0 and not min_ttl <= request.ttl_seconds <= max_ttl:
        raise InvalidArgument(f"ttl_seconds {request.ttl_seconds} out of range; allowed "
                              f"{min_ttl}-{max_ttl}, or 0 for the server default ({default_ttl})")
    sites = [resolve(rt.sites, name, field=f"sites[{j}]") for j, name in enumerate(request.sites)]
    target = any(s.target_words for s in request.sentences)
    if target and rt.kind != "seq2seq":
        raise InvalidArgument(f"target_words: model {rt.name!r} is {rt.kind}; target-side datasets need seq2seq")
    side = "target" if target else "source"
    for j, site in enumerate(sites):
        if site.side != side:
            raise InvalidArgument(
                f"sites[{j}] {site.name!r} is a {site.side}-side site; this dataset is {side}-side "
                + ("(sentences carry target_words)" if target else "(give sentences target_words for decoder sites)"))
    sentences = []
    for i, s in enumerate(request.sentences):
        labels = {}
        for col in s.labels:
            if col.name in labels:
                raise InvalidArgument(f"sentences[{i}].labels: column {col.name!r} given twice")
            labels[col.name] = tuple(col.values)
        if target:
            if not s.target_words:
                raise InvalidArgument(f"sentences[{i}].target_words is empty; a target-side dataset needs the "
                                      "reference of every sentence")
            sentences.append(LabeledSentence(tuple(s.target_words), tuple(s.target_space_after), labels,
                                             source_words=tuple(s.words), source_space_after=tuple(s.space_after)))
        else:
            sentences.append(LabeledSentence(tuple(s.words), tuple(s.space_after), labels))
    columns = validate_sentences(sentences, max_words)
    handle = dataset_handle(tenant, rt.name, rt.revision, request.sites, aggregation, storage, sentences)
    info = pb.DatasetInfo(
        handle=handle, name=request.name, model=rt.name, revision=rt.revision,
        sites=[pb.Site(name=x.name, side=x.side, width=x.width, module=x.module) for x in sites],
        label_columns=columns, sentences=len(sentences), words=sum(len(x.words) for x in sentences),
        storage_dtype=storage, aggregation=aggregation,
    )
    return DatasetPlan(handle, info, sentences, sites, tuple(request.sites), aggregation)


def extraction_spec(part: Sequence[LabeledSentence], site_names: Sequence[str], aggregation: str) -> TranslateSpec:
    """The forward pass that yields ``part``'s per-word activations (teacher-forced on the reference for
    target-side datasets)."""
    return TranslateSpec(
        sentences=tuple(
            SentenceInput(words=x.source_words, space_after=x.source_space_after,
                          reference=alignment.words_from_list(list(x.words), list(x.space_after)).text,
                          reference_words=x.words, reference_space_after=x.space_after)
            if x.source_words else SentenceInput(words=x.words, space_after=x.space_after) for x in part),
        capture_sites=tuple(site_names), aggregation=aggregation, skip_generation=True,
    )


def chunk_bounds(sentences: Sequence[LabeledSentence], width: int, itemsize: int, chunk_bytes: int
                 ) -> list[tuple[int, int]]:
    """Sentence ranges [lo, hi) of the chunks: whole sentences, a new chunk when the next sentence's
    activations would push this one past ``chunk_bytes`` (a sentence alone may exceed it)."""
    bounds: list[tuple[int, int]] = []
    lo, nbytes = 0, 0
    for i, s in enumerate(sentences):
        row = len(s.words) * width * itemsize
        if i > lo and nbytes + row > chunk_bytes:
            bounds.append((lo, i))
            lo, nbytes = i, 0
        nbytes += row
    if lo < len(sentences):
        bounds.append((lo, len(sentences)))
    return bounds


def build_chunk(index: int, part: Sequence[tuple[LabeledSentence, SentenceOutput]], sites: Sequence[SiteSpec],
                columns: Sequence[str], storage: str) -> pb.DatasetChunk:
    """One stored chunk: per site `(words, width)` activations in ``storage`` dtype, words, labels, lengths."""
    chunk = pb.DatasetChunk(index=index)
    for s, o in part:
        if len(o.target_words if s.source_words else o.source_words) != len(s.words):
            raise InvalidArgument("internal word mismatch")  # pragma: no cover - guarded by alignment
    for site in sites:
        rows = np.concatenate([o.activations[site.name] for _, o in part], axis=0)
        chunk.activations.append(pb.SiteActivations(site=site.name, side=site.side, values=wire.encode(rows, storage)))
    for name in columns:
        chunk.labels.append(pb.LabelColumn(name=name, values=[v for s, _ in part for v in s.labels[name]]))
    chunk.words.extend(w for s, _ in part for w in s.words)
    chunk.sentence_lengths.extend(len(s.words) for s, _ in part)
    return chunk
