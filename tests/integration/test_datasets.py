"""Datasets: chunked storage under a handle, exact round trips, bad input, Redis and in-process stores."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from neuronscope import Client, errors
from neuronscope.analysis import read_annotations
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig
from neuronscope_server.runtime import SentenceInput, TranslateSpec

ANNOTATIONS = Path(__file__).resolve().parents[2] / "data" / "annotations"


@pytest.fixture(scope="module", params=["memory", "redis"])
def ds_server(request, tiny_models):
    redis_url = os.environ.get("NEURONSCOPE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0") if request.param == "redis" else ""
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), redis_url=redis_url,
                       stream_chunk_bytes=1024 * 1024, dataset_max_words=60_000, dataset_ttl_seconds=600)
    running = create_server(cfg)
    yield running
    running.stop(0)


def test_dataset_round_trips_exactly(ds_server):
    recs = read_annotations(ANNOTATIONS / "probe.jsonl", 30_000) + read_annotations(ANNOTATIONS / "dev.jsonl", 21_000)
    words = [r["words"] for r in recs]
    n_words = sum(len(w) for w in words)
    assert n_words >= 50_000
    labels = {"upos": [r["upos"] for r in recs], "tense": [r["tense"] for r in recs]}
    sites = ["encoder.layers.1", "encoder.embeddings"]
    with Client(ds_server.address, timeout=600) as c:
        info = c.create_dataset(words, labels, sites=sites, space_after=[r["space_after"] for r in recs],
                                name="probe+dev")
        assert info.handle.startswith("ds_") and info.words == n_words and info.sentences == len(recs)
        assert info.chunks >= 2  # 51k words x 64 neurons x 4 B > 1 MiB chunks
        assert set(info.label_columns) == {"upos", "tense"}
        assert [s.width for s in info.sites] == [32, 32]
        assert info.ttl_seconds == 600
        again = c.create_dataset(words, labels, sites=sites, space_after=[r["space_after"] for r in recs])
        assert again.handle == info.handle  # content-addressed
        assert info.handle in {d.handle for d in c.list_datasets()}
        data = c.load_dataset(info.handle)
        assert data.activations["encoder.layers.1"].shape == (n_words, 32)
        assert list(data.words) == [w for ws in words for w in ws]
        assert list(data.labels["upos"]) == [t for r in recs for t in r["upos"]]
        assert list(data.sentence_lengths) == [len(w) for w in words]
        # the stored rows are exactly what the model gives for those sentences
        rt = ds_server.registry.get("marian")
        some = [0, 17, len(recs) - 1]
        direct = rt.translate(TranslateSpec(
            sentences=tuple(SentenceInput(words=tuple(words[i]), space_after=tuple(recs[i]["space_after"])) for i in some),
            capture_sites=("encoder.layers.1",), skip_generation=True))
        offsets = np.concatenate([[0], np.cumsum(data.sentence_lengths)])
        for i, out in zip(some, direct):
            np.testing.assert_allclose(data.activations["encoder.layers.1"][offsets[i]:offsets[i + 1]],
                                       out.activations["encoder.layers.1"], atol=1e-5)
        f16 = next(c.read_dataset(info.handle, sites=["encoder.embeddings"], dtype="float16"))
        assert list(f16.activations) == ["encoder.embeddings"] and f16.activations["encoder.embeddings"].dtype == np.float16
        assert c.delete_dataset(info.handle)
        with pytest.raises(errors.NotFound):
            c.describe_dataset(info.handle)


@pytest.mark.parametrize(
    "kwargs, exc, needle",
    [
        (dict(sentences=[["a", "b"]], labels={"t": [["X"]]}), errors.InvalidArgument, "has 1 values for 2 words"),
        (dict(sentences=[["a"], ["b"]], labels={"t": [["X"]]}), ValueError, "labels['t'] has 1 entries"),
        (dict(sentences=[["a"]], labels={"t": [["X"]]}, sites=["decoder.layers.0"]), errors.InvalidArgument,
         "target-side"),
        (dict(sentences=[["a"]], labels={"t": [["X"]]}, sites=["encoder.layers.5"]), errors.InvalidArgument,
         "encoder.layers.0-1"),
        (dict(sentences=[["a"]], labels={"t": [["X"]]}, aggregation="none"), errors.InvalidArgument, "per word"),
        (dict(sentences=[["w"] * 100] * 700, labels={"t": [["X"] * 100] * 700}), errors.ResourceExhausted,
         "allowed 1-60000"),
    ],
)
def test_bad_datasets_are_refused_and_nothing_is_kept(ds_server, kwargs, exc, needle):
    kwargs.setdefault("sites", ["encoder.layers.0"])
    with Client(ds_server.address) as c:
        before = {d.handle for d in c.list_datasets()}
        with pytest.raises(exc) as info:
            c.create_dataset(**kwargs)
        assert needle in str(info.value)
        assert {d.handle for d in c.list_datasets()} == before


def test_unknown_handle_is_not_found(ds_server):
    with Client(ds_server.address) as c:
        with pytest.raises(errors.NotFound):
            c.describe_dataset("ds_doesnotexist")
        with pytest.raises(errors.NotFound):
            list(c.read_dataset("ds_doesnotexist"))
        with pytest.raises(errors.InvalidArgument):
            c.delete_dataset("")


def test_full_redis_is_resource_exhausted_and_others_go_on(tiny_models, redis_factory):
    """Redis at maxmemory with noeviction: the dataset that does not fit is refused with
    RESOURCE_EXHAUSTED (not UNAVAILABLE), nothing of it is kept, and translations go on."""
    full = redis_factory("--maxmemory", "3mb", "--maxmemory-policy", "noeviction")
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         redis_url=full.url, stream_chunk_bytes=256 * 1024))
    try:
        with Client(running.address, timeout=120) as c:
            words = [[f"w{i}", "the", "cat", "sat", "."] for i in range(3000)]
            with pytest.raises(errors.ResourceExhausted, match="full|out of memory"):
                c.create_dataset(words, {"t": [["X"] * 5] * 3000}, sites=["encoder.layers.0", "encoder.layers.1"])
            assert c.list_datasets() == []
            assert c.translate(["the cat sat ."], max_new_tokens=3).translations
    finally:
        running.stop(0)
