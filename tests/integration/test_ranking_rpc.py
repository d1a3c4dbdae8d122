"""RankNeurons through a real socket, on a dataset of real annotated sentences."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from neuronscope import Client, errors

ANNOTATIONS = Path(__file__).resolve().parents[2] / "data" / "annotations" / "dev.jsonl"


@pytest.fixture(scope="module")
def dataset(server):
    recs = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()[:700]]
    recs = [r for r in recs if len(r["words"]) <= 16][:400]  # the fixture server allows 40 tokens per sentence
    with Client(server.address, timeout=300) as c:
        info = c.create_dataset([r["words"] for r in recs], {"upos": [r["upos"] for r in recs],
                                                             "tense": [r["tense"] for r in recs]},
                                sites=["encoder.embeddings", "encoder.layers.1"],
                                space_after=[r["space_after"] for r in recs])
    return info


def test_lca_ranking_end_to_end(server, dataset):
    stages = []
    with Client(server.address, timeout=300) as c:
        r = c.rank_neurons(dataset.handle, "upos", control_task=True, on_progress=lambda s, f: stages.append(s))
    assert stages[0] == "loading" and "training" in stages and "ablation" in stages
    assert sorted(r.ordering.tolist()) == list(range(64))  # a permutation of both sites' neurons
    assert r.cutoffs[-1] == 64 and list(r.cutoffs) == sorted(r.cutoffs)
    assert r.neuron_sites == (("encoder.embeddings", 0, 32), ("encoder.layers.1", 32, 32))
    assert r.site_of(40) == ("encoder.layers.1", 8)
    assert "NOUN" in r.classes and r.labels["NOUN"].train_words > 0
    # embeddings of a random model still carry word identity: the probe must beat the most frequent class
    most_frequent = max(x.test_words for x in r.labels.values()) / r.test_words
    assert r.accuracy > most_frequent + 0.1 and r.majority_baseline > most_frequent
    assert r.ablation_score("all", 100) == pytest.approx(r.accuracy, abs=1e-6)
    assert r.ablation_score("top", 20) > r.ablation_score("bottom", 20)
    assert r.control_accuracy > 0 and r.selectivity == pytest.approx(r.accuracy - r.control_accuracy)
    assert r.train_words + r.test_words + r.dropped_words == dataset.words


@pytest.mark.parametrize("method", ["probeless", "gmm", "anova"])
def test_cheap_rankers(server, dataset, method):
    with Client(server.address, timeout=300) as c:
        r = c.rank_neurons(dataset.handle, "tense", method=method, ignore_labels=["_"], sites=["encoder.layers.1"])
    assert sorted(r.ordering.tolist()) == list(range(32))
    assert r.scores is not None and r.scores.shape == (32,)
    assert np.all(np.diff(r.scores[r.ordering]) <= 1e-6)  # ordered by score, descending
    assert set(r.classes) <= {"Past", "Pres"}


@pytest.mark.parametrize(
    "kwargs, exc, needle",
    [
        (dict(label_column="nope"), errors.InvalidArgument, "not in dataset"),
        (dict(label_column="upos", l1=-1.0), errors.InvalidArgument, "l1 -1.0 out of range"),
        (dict(label_column="upos", method="magic"), errors.InvalidArgument, "method 'magic'"),
        (dict(label_column="upos", sites=["encoder.layers.0"]), errors.InvalidArgument, "not in dataset"),
        (dict(label_column="tense", ignore_labels=["_", "Past"]), errors.InvalidArgument, "at least 2"),
        (dict(label_column="upos", test_fraction=1.5), errors.InvalidArgument, "test_fraction"),
    ],
)
def test_bad_ranking_requests(server, dataset, kwargs, exc, needle):
    with Client(server.address) as c, pytest.raises(exc) as info:
        c.rank_neurons(dataset.handle, **kwargs)
    assert needle in info.value.details


def test_unknown_dataset(server):
    with Client(server.address) as c, pytest.raises(errors.NotFound):
        c.rank_neurons("ds_missing", "upos")


@pytest.fixture(scope="module")
def three_models(server):
    recs = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()[:300]]
    recs = [r for r in recs if len(r["words"]) <= 16][:150]
    words, spaces = [r["words"] for r in recs], [r["space_after"] for r in recs]
    labels = {"upos": [r["upos"] for r in recs]}
    with Client(server.address, timeout=300) as c:
        return [
            c.create_dataset(words, labels, sites=["encoder.layers.1"], space_after=spaces, model="marian"),
            c.create_dataset(words, labels, sites=["layers.1"], space_after=spaces, model="gpt2"),
            c.create_dataset(words, labels, sites=["layers.1"], space_after=spaces, model="bert"),
        ]


@pytest.mark.parametrize("method", ["maxcorr", "mincorr", "linreg"])
def test_cross_model_rankings(server, three_models, method):
    a, b, c_ = three_models
    with Client(server.address, timeout=300) as c:
        r = c.rank_neurons(a.handle, "", method=method, other_datasets=[b.handle, c_.handle])
    assert r.models == (a.handle, b.handle, c_.handle)
    assert sorted(r.ordering.tolist()) == list(range(32))
    assert r.partner_model is not None and set(r.partner_model.tolist()) <= {1, 2}
    if method == "linreg":  # regresses on a whole model: no single partner neuron
        assert np.all(r.partner_neuron == -1)
    else:
        assert r.partner_neuron.shape == (32,) and np.all((r.partner_neuron >= 0) & (r.partner_neuron < 32))
    s = r.scores[r.ordering]
    assert np.all(np.diff(s) <= 1e-6) if method != "linreg" else np.all(np.diff(s) >= -1e-6)
    if method == "maxcorr":
        np.testing.assert_allclose(np.abs(r.partner_corr), r.scores, atol=1e-5)
    # the server spools each dataset to a file and correlates a block of rows at a time: the same result
    # as the arrays in memory
    from neuronscope_server.ranking_job import RankParams, rank_crossmodel

    with Client(server.address, timeout=300) as c:
        arrays = [next(iter(c.load_dataset(d.handle).activations.values())) for d in three_models]
    expected = rank_crossmodel(arrays, RankParams(method=method))
    np.testing.assert_allclose(r.scores, expected.scores, rtol=1e-5, atol=1e-6)
    assert r.ordering.tolist() == expected.ordering.tolist()


def test_svcca_directions_can_be_erased(server, three_models):
    a, b, _ = three_models
    refs = ["Los niños jugaron", "Vi tres perros"]
    with Client(server.address, timeout=300) as c:
        r = c.rank_neurons(a.handle, "", method="svcca", other_datasets=[b.handle])
        k = len(r.canonical_correlations)
        assert r.directions.shape == (32, k) and 0 < k <= 32
        assert np.all(np.diff(r.canonical_correlations) <= 1e-6) and r.canonical_correlations[0] <= 1.0 + 1e-5
        pts = c.erase("encoder.layers.1", [0, min(3, k)], ["The children played", "I saw three dogs"], refs,
                      directions=r.directions, center=r.center, model="marian")
        assert [p.k for p in pts] == [0, min(3, k)]


def test_cross_model_needs_the_same_words(server, three_models):
    a = three_models[0]
    with Client(server.address, timeout=300) as c:
        other = c.create_dataset([["different", "words"]], {"upos": [["ADJ", "NOUN"]]}, sites=["layers.1"],
                                 model="gpt2")
        with pytest.raises(errors.InvalidArgument, match="same words"):
            c.rank_neurons(a.handle, "", method="maxcorr", other_datasets=[other.handle])
        with pytest.raises(errors.InvalidArgument, match="needs other_datasets"):
            c.rank_neurons(a.handle, "", method="maxcorr")
