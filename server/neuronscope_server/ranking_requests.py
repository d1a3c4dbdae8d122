"""A RankNeurons request run against stored datasets, to its RankingResult — shared by the server and workers.

The gRPC handler (for clients that wait on the stream) and the job workers call ``run_ranking``; both
therefore give the same result for the same request and data.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack

import numpy as np

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.dataset_matrix import spool
from neuronscope_server.datasets import DatasetStore
from neuronscope_server.errors import Cancelled, InvalidArgument
from neuronscope_server.ranking_job import (
    CROSS_METHODS,
    RankOutcome,
    RankParams,
    estimate_dataset_rank_bytes,
    rank_crossmodel,
    rank_dataset,
)


def handle_of(field: str, value: str) -> str:
    v = value.strip()
    if not v:
        raise InvalidArgument(f"{field} is empty; give a dataset handle (CreateDataset, ListDatasets)")
    return v


def params_from_request(request: pb.RankNeuronsRequest, device: str) -> RankParams:
    """The request's settings with the documented defaults; validated."""
    params = RankParams(
        method=request.method or "lca", ignore_labels=tuple(request.ignore_labels),
        l1=request.l1 if request.HasField("l1") else 1e-5, l2=request.l2 if request.HasField("l2") else 1e-5,
        solver=request.solver or "fast", epochs=request.epochs, search_stride=request.search_stride or 100,
        mass=request.mass if request.HasField("mass") else 0.25,
        ablation_percents=tuple(request.ablation_percents) or (10.0, 15.0, 20.0),
        retrain_ablation=request.retrain_ablation, control_task=request.control_task,
        test_fraction=request.test_fraction if request.HasField("test_fraction") else 0.2,
        seed=request.seed, min_label_count=request.min_label_count, device=device,
        linreg_aggregation=request.linreg_aggregation or "max", raw_activations=request.raw_activations,
        variance=request.variance if request.HasField("variance") else 0.99,
    )
    params.validate()
    return params


def label_sites(request: pb.RankNeuronsRequest, info: pb.DatasetInfo) -> list[pb.Site]:
    """The dataset's sites the request ranks (checked), for a label method."""
    if request.other_datasets:
        raise InvalidArgument(f"other_datasets is only for {', '.join(CROSS_METHODS)}; "
                              f"method is {request.method or 'lca'!r}")
    if request.label_column not in info.label_columns:
        raise InvalidArgument(
            f"label_column {request.label_column!r} not in dataset; it has {', '.join(info.label_columns)}"
        )
    known = [x.name for x in info.sites]
    for j, name in enumerate(request.sites):
        if name not in known:
            raise InvalidArgument(f"sites[{j}] {name!r} is not in dataset {info.handle}; it has {', '.join(known)}")
    return [x for x in info.sites if not request.sites or x.name in request.sites]


def check_request(datasets: DatasetStore, tenant: str, request: pb.RankNeuronsRequest, device: str
                  ) -> tuple[RankParams, pb.DatasetInfo]:
    """Everything that can be refused before any work: settings, the dataset(s), columns and sites."""
    params = params_from_request(request, device)
    info = datasets.describe(tenant, handle_of("dataset", request.dataset))
    if params.method in CROSS_METHODS:
        for j, h in enumerate(request.other_datasets):
            datasets.describe(tenant, handle_of(f"other_datasets[{j}]", h))
    else:
        label_sites(request, info)
    return params, info


def lca_result(outcome: RankOutcome, info: pb.DatasetInfo, sites: list[pb.Site], label_column: str
               ) -> pb.RankingResult:
    offsets = np.cumsum([0] + [x.width for x in sites])
    result = pb.RankingResult(
        method=outcome.method, dataset=info.handle, label_column=label_column,
        neuron_sites=[pb.NeuronSite(site=x.name, offset=int(o), width=x.width) for x, o in zip(sites, offsets)],
        ordering=wire.encode(outcome.ordering.astype(np.int64), "int64"), cutoffs=outcome.cutoffs,
        classes=outcome.classes, accuracy=outcome.accuracy, majority_baseline=outcome.majority,
        control_accuracy=outcome.control_accuracy, selectivity=outcome.selectivity,
        train_words=outcome.train_words, test_words=outcome.test_words, seconds=outcome.seconds,
        dropped_words=outcome.dropped_words, warnings=outcome.warnings,
        labels=[
            pb.LabelNeurons(label=c, neurons=outcome.label_neurons.get(c, []), train_words=outcome.label_train[c],
                            test_words=outcome.label_test[c], accuracy=outcome.label_accuracy.get(c, 0.0))
            for c in outcome.classes
        ],
        ablation=[pb.AblationCell(mode=r.mode, selection=r.selection, percent=r.percent, neurons=r.n_neurons,
                                  score=r.score) for r in outcome.ablation],
    )
    if outcome.scores is not None:
        result.scores.CopyFrom(wire.encode(outcome.scores, "float32"))
    return result


def cross_result(outcome: RankOutcome, infos: list[pb.DatasetInfo], sites: list[pb.Site]) -> pb.RankingResult:
    offsets = np.cumsum([0] + [x.width for x in sites])
    result = pb.RankingResult(
        method=outcome.method, dataset=infos[0].handle, models=[i.handle for i in infos],
        neuron_sites=[pb.NeuronSite(site=x.name, offset=int(o), width=x.width) for x, o in zip(sites, offsets)],
        ordering=wire.encode(outcome.ordering.astype(np.int64), "int64"), train_words=outcome.train_words,
        seconds=outcome.seconds,
    )
    result.scores.CopyFrom(wire.encode(outcome.scores, "float32"))
    if outcome.partner_model is not None:
        result.partner_model.extend(outcome.partner_model.tolist())
        result.partner_neuron.extend(outcome.partner_neuron.tolist())
        result.partner_corr.extend(outcome.partner_corr.tolist())
    if outcome.directions is not None:
        result.directions.CopyFrom(wire.encode(outcome.directions, "float32"))
        result.canonical_correlations.extend(outcome.canonical_correlations.tolist())
        result.center.extend(outcome.center.tolist())
    return result


def run_ranking(datasets: DatasetStore, tenant: str, request: pb.RankNeuronsRequest, params: RankParams,
                progress: Callable[[str, float], None] = lambda stage, fraction: None,
                should_stop: Callable[[], bool] = lambda: False, memory_limit_bytes: int = 0) -> pb.RankingResult:
    """Rank; ``progress(stage, fraction)``; ``should_stop`` polled between chunks and training epochs (then
    ``Cancelled``). A label method spools the dataset to a local file and ranks it a block of rows at a
    time (``rank_dataset``: memory bounded by the block, not the dataset; refused up front when its
    estimate exceeds ``memory_limit_bytes``); cross-model methods load every dataset whole."""
    info = datasets.describe(tenant, handle_of("dataset", request.dataset))
    if params.method in CROSS_METHODS:
        return _run_cross(datasets, tenant, request, params, info, progress, should_stop)
    sites = label_sites(request, info)
    outcome = rank_dataset(datasets, tenant, info.handle, request.label_column, [x.name for x in sites], params,
                           progress=progress, should_stop=should_stop, memory_limit_bytes=memory_limit_bytes)
    return lca_result(outcome, info, sites, request.label_column)


def estimate_bytes(datasets: DatasetStore, info: pb.DatasetInfo, request: pb.RankNeuronsRequest,
                   params: RankParams) -> int:
    """Peak memory of the ranking, before it runs: the spooled estimate for a label method; every dataset
    whole (float32) plus the correlation work for a cross-model one."""
    if params.method in CROSS_METHODS:
        # spooled, then correlated a chunk of rows at a time: the correlation code's working chunks (64 MiB),
        # the neuron-by-neuron matrices between models (float64) and the per-word columns of every model
        models = 1 + len(request.other_datasets)
        neurons = sum(s.width for s in info.sites if not request.sites or s.name in request.sites) * models
        return (64 << 20) + 8 * neurons * neurons + 16 * int(info.words) * models
    sites = [x.name for x in label_sites(request, info)]
    return estimate_dataset_rank_bytes(info, sites, params, chunk_bytes=datasets.chunk_bytes)


def _run_cross(datasets, tenant, request, params, info, progress, should_stop) -> pb.RankingResult:
    """Spool every dataset (the chosen sites) to a local file and correlate them a block of rows at a time:
    memory is bounded by the correlation code's chunks, not by the datasets."""
    infos = [info] + [datasets.describe(tenant, handle_of(f"other_datasets[{j}]", h))
                      for j, h in enumerate(request.other_datasets)]
    with ExitStack() as files:
        models, sites0, first = [], None, None
        for j, inf in enumerate(infos):
            names = [x.name for x in inf.sites if not request.sites or x.name in request.sites]
            if not names:
                raise InvalidArgument(f"dataset {inf.handle} has none of sites {list(request.sites)}")

            def loaded(done: int, j: int = j, total: int = max(1, inf.chunks)) -> None:
                if should_stop():
                    raise Cancelled("ranking cancelled while loading")
                progress("loading", 0.1 * (j + done / total) / len(infos))

            m = files.enter_context(spool(datasets.chunks(tenant, inf.handle), names, "", on_chunk=loaded))
            if first is None:
                first, sites0 = m, [x for x in inf.sites if x.name in names]
            elif not _same_words(first, m):
                raise InvalidArgument(
                    f"other_datasets[{j - 1}] {inf.handle} does not hold the same words as dataset {info.handle}; "
                    "create every dataset from the same sentences"
                )
            models.append(m)
        outcome = rank_crossmodel(models, params, progress=progress)
    return cross_result(outcome, infos, sites0)


def _same_words(a, b) -> bool:
    """Whether two spooled datasets hold the same words in the same sentences."""
    wa, wb = a.words, b.words
    if not np.array_equal(wa.lengths, wb.lengths) or wa.word_ids.shape != wb.word_ids.shape:
        return False
    va, vb = np.asarray(wa.vocabulary, dtype=object), np.asarray(wb.vocabulary, dtype=object)
    return bool(np.array_equal(va[wa.word_ids], vb[wb.word_ids]))
