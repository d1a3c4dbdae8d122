"""Dataset chunks in object storage: a local directory and a real S3 server (moto_server, see s3server.py).

No boto3 mocks: every S3 case talks HTTP to a moto_server subprocess.
"""

from __future__ import annotations

import time
import urllib.request
from urllib.parse import parse_qs, urlparse

import numpy as np
import pytest

from neuronscope import Client, errors, wire
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig, load_config
from neuronscope_server.datasets import CHUNK_FORMAT, DatasetStore, LabeledSentence
from neuronscope_server.errors import DataLoss, InvalidArgument, NotFound
from neuronscope_server.object_store import (
    LocalDirStore,
    ObjectStoreUnavailable,
    S3Store,
    open_object_store,
)
from neuronscope_server.sites import SiteSpec
from neuronscope_server.spec import SentenceOutput
from neuronscope_server.store import MemoryStore, StoreUnavailable

BAD_KEYS = ["../escape", "a/../../escape", "/etc/passwd", "a//b", "", ".hidden", "a/./b", "a\\..\\b", "a/b/"]
WIDTH = 8


# ------------------------------------------------------------------ the stores themselves
def test_local_dir_store_round_trip_list_delete(tmp_path):
    store = LocalDirStore(tmp_path / "objects")
    store.put("datasets/acme/ds_1/chunk-000000.pb", b"one")
    store.put("datasets/acme/ds_1/chunk-000001.pb", b"two")
    store.put("datasets/bravo/ds_2/chunk-000000.pb", b"three")
    store.put("datasets/acme/ds_1/chunk-000000.pb", b"one again")  # replaced whole
    assert store.get("datasets/acme/ds_1/chunk-000000.pb") == b"one again"
    assert store.get("datasets/acme/ds_1/chunk-000009.pb") is None
    assert store.list("datasets/acme/") == ["datasets/acme/ds_1/chunk-000000.pb", "datasets/acme/ds_1/chunk-000001.pb"]
    assert len(store.list("")) == 3
    assert not [p for p in (tmp_path / "objects").rglob(".tmp-*")]  # no temporary file left behind
    assert store.presigned_url("datasets/acme/ds_1/chunk-000000.pb", 60) is None
    assert store.delete(["datasets/acme/ds_1/chunk-000000.pb", "datasets/acme/ds_1/chunk-000001.pb", "nope"]) == 2
    assert store.list("datasets/acme/") == []
    assert not (tmp_path / "objects" / "datasets" / "acme").exists()  # empty folders pruned
    assert store.get("datasets/bravo/ds_2/chunk-000000.pb") == b"three"


@pytest.mark.parametrize("key", BAD_KEYS)
def test_local_dir_store_refuses_keys_outside_its_root(tmp_path, key):
    store = LocalDirStore(tmp_path / "root")
    for op in (lambda: store.put(key, b"x"), lambda: store.get(key), lambda: store.delete([key])):
        with pytest.raises(ValueError, match="object key"):
            op()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["root"]  # nothing written anywhere


def test_open_object_store_urls(tmp_path):
    default = open_object_store("")
    assert isinstance(default, LocalDirStore) and default.root.name.startswith("neuronscope-objects-")
    assert (default.root.stat().st_mode & 0o077) == 0  # private to this user
    default.put("a/b", b"1")
    assert default.get("a/b") == b"1"
    local = open_object_store(f"file://{tmp_path}/objs")
    assert isinstance(local, LocalDirStore) and local.root == (tmp_path / "objs").resolve()
    for bad in ("file://relative/path", "http://example.com/x", "s3://", "redis://localhost"):
        with pytest.raises(ValueError, match="object_store_url"):
            open_object_store(bad)


def test_s3_store_round_trip_list_delete_and_urls(s3_endpoint, s3_bucket):
    store = open_object_store(f"s3://{s3_bucket}/some/prefix", endpoint_url=s3_endpoint)
    assert isinstance(store, S3Store)
    data = bytes(range(256)) * 100
    store.put("datasets/acme/ds_1/chunk-000000.pb", data)
    store.put("datasets/acme/ds_1/chunk-000001.pb", b"two")
    store.put("datasets/bravo/ds_2/chunk-000000.pb", b"three")
    assert store.get("datasets/acme/ds_1/chunk-000000.pb") == data
    assert store.get("datasets/acme/ds_1/missing.pb") is None
    assert store.list("datasets/acme/") == ["datasets/acme/ds_1/chunk-000000.pb", "datasets/acme/ds_1/chunk-000001.pb"]
    import boto3

    raw = boto3.client("s3", endpoint_url=s3_endpoint).list_objects_v2(Bucket=s3_bucket)["Contents"]
    assert all(o["Key"].startswith("some/prefix/datasets/") for o in raw)  # under the URL's prefix
    url = store.presigned_url("datasets/acme/ds_1/chunk-000000.pb", 60)
    with urllib.request.urlopen(url, timeout=10) as r:
        assert r.read() == data
    assert store.delete(["datasets/acme/ds_1/chunk-000000.pb", "datasets/acme/ds_1/chunk-000001.pb"]) == 2
    assert store.list("datasets/") == ["datasets/bravo/ds_2/chunk-000000.pb"]


@pytest.mark.parametrize("key", BAD_KEYS)
def test_s3_store_refuses_path_traversal_keys(s3_endpoint, s3_bucket, key):
    store = S3Store(s3_bucket, "p", endpoint_url=s3_endpoint)
    with pytest.raises(ValueError, match="object key"):
        store.put(key, b"x")
    assert store.list("") == []


def test_s3_store_creates_its_bucket_only_when_asked(s3_endpoint):
    from botocore.exceptions import ClientError

    with pytest.raises(ClientError, match="NoSuchBucket"):  # a configuration error, not an outage
        S3Store("ns-not-created", endpoint_url=s3_endpoint).put("a", b"1")
    made = S3Store("ns-created-on-demand", endpoint_url=s3_endpoint, create_bucket=True)
    made.put("a", b"1")
    assert S3Store("ns-created-on-demand", endpoint_url=s3_endpoint, create_bucket=True).get("a") == b"1"


def test_an_unreachable_s3_is_store_unavailable():
    from s3server import free_port

    store = S3Store("b", endpoint_url=f"http://127.0.0.1:{free_port()}", connect_timeout=0.5)
    with pytest.raises(StoreUnavailable) as info:
        store.get("a")
    assert isinstance(info.value, ObjectStoreUnavailable) and "testing" not in str(info.value)


# ------------------------------------------------------------------ datasets on an object store
def _header(words: int) -> pb.DatasetInfo:
    return pb.DatasetInfo(handle="ds_imp", storage_dtype="float32", label_columns=["t"], words=words,
                          sites=[pb.Site(name="enc", side="source", width=WIDTH)])


def _chunk(rng, sentences: int, width: int = WIDTH) -> pb.DatasetChunk:
    words = [w for i in range(sentences) for w in (f"w{i}", "the", "cat")]
    acts = rng.standard_normal((len(words), width)).astype(np.float32)
    return pb.DatasetChunk(words=words, sentence_lengths=[3] * sentences,
                           labels=[pb.LabelColumn(name="t", values=["X"] * len(words))],
                           activations=[pb.SiteActivations(site="enc", side="source", values=wire.encode(acts))])


def _datasets(objects, **kw) -> DatasetStore:
    return DatasetStore(MemoryStore(evict=False), 600, 64 * 1024, 100_000, objects=objects, **kw)


def _s3(endpoint: str, bucket: str) -> S3Store:
    return S3Store(bucket, "neuronscope", endpoint_url=endpoint)


def test_an_imported_dataset_lives_in_s3_and_reads_back_identical(s3_endpoint, s3_bucket):
    objects = _s3(s3_endpoint, s3_bucket)
    ds = _datasets(objects)
    rng = np.random.default_rng(0)
    sent = [_chunk(rng, n) for n in (4, 2, 5)]
    info = ds.import_chunks("acme", "ds_imp", _header(33), iter(sent))
    assert info.chunks == 3
    stored = objects.list("datasets/acme/ds_imp/")
    assert len(stored) == 3 and all(k.endswith(f"chunk-{i:06d}.pb") for i, k in enumerate(stored))
    # the key-value store holds the manifest and the pointer, no chunk
    assert sorted(k.rsplit(":", 1)[1] for k in ds.store.scan("ns:v1:ds:acme:")) == ["m", "o"]
    back = list(ds.chunks("acme", "ds_imp"))
    assert [c.index for c in back] == [0, 1, 2]
    for got, want in zip(back, sent):
        assert list(got.words) == list(want.words) and list(got.sentence_lengths) == list(want.sentence_lengths)
        np.testing.assert_array_equal(wire.decode(got.activations[0].values), wire.decode(want.activations[0].values))
    acts, labels, words, lengths = ds.arrays("acme", "ds_imp")
    assert acts["enc"].shape == (33, WIDTH) and len(labels["t"]) == 33 and sum(lengths) == 33
    assert ds.delete("acme", "ds_imp")
    assert objects.list("") == []
    assert ds.list("acme")[0] == [] and ds.usage("acme").bytes == 0
    assert ds.store.scan("ns:v1:ds:acme:") == []


def test_a_lost_object_under_a_live_manifest_is_data_loss(s3_endpoint, s3_bucket):
    objects = _s3(s3_endpoint, s3_bucket)
    ds = _datasets(objects)
    rng = np.random.default_rng(1)
    ds.import_chunks("acme", "ds_imp", _header(18), iter([_chunk(rng, 3), _chunk(rng, 3)]))
    objects.delete([objects.list("datasets/")[1]])
    with pytest.raises(DataLoss, match="ds_imp.*chunk 1 of 2"):
        list(ds.chunks("acme", "ds_imp"))


def test_a_failed_import_leaves_no_objects_and_no_quota(s3_endpoint, s3_bucket):
    objects = _s3(s3_endpoint, s3_bucket)
    ds = _datasets(objects)
    rng = np.random.default_rng(2)
    bad = [_chunk(rng, 2), _chunk(rng, 2), _chunk(rng, 2, width=WIDTH + 1)]  # the third has the wrong width
    with pytest.raises(InvalidArgument, match=r"chunks\[2\].*shape"):
        ds.import_chunks("acme", "ds_imp", _header(18), iter(bad))
    assert objects.list("") == []
    assert ds.usage("acme").datasets == 0 and ds.store.scan("ns:v1:ds:") == []


def _sites() -> list[SiteSpec]:
    return [SiteSpec(name="enc", side="source", width=WIDTH, module="m", hook="out")]


def _sentences(n: int) -> list[LabeledSentence]:
    return [LabeledSentence(words=(f"w{i}", "the", "cat"), space_after=(True, True, False),
                            labels={"t": ("A", "B", "A")}) for i in range(n)]


def _output(s: LabeledSentence, seed: int) -> SentenceOutput:
    acts = np.random.default_rng(seed).standard_normal((len(s.words), WIDTH)).astype(np.float32)
    return SentenceOutput(translation="", source_words=list(s.words), target_words=[], source_pieces=[],
                          source_piece_words=np.zeros(0, np.int32), target_pieces=[],
                          target_piece_words=np.zeros(0, np.int32), activations={"enc": acts})


def _info() -> pb.DatasetInfo:
    return pb.DatasetInfo(handle="ds_made", storage_dtype="float32", label_columns=["t"],
                          sites=[pb.Site(name="enc", side="source", width=WIDTH)])


def test_a_failed_create_deletes_the_objects_it_wrote(s3_endpoint, s3_bucket):
    objects = _s3(s3_endpoint, s3_bucket)
    ds = DatasetStore(MemoryStore(evict=False), 600, 3 * WIDTH * 4, 100_000, objects=objects)  # a chunk per sentence
    calls = 0

    def extract(part):
        nonlocal calls
        calls += 1
        if calls == 4:
            assert len(objects.list("datasets/")) >= 2  # chunks were written before the failure
            raise RuntimeError("the model fell over")
        return [_output(s, i) for i, s in enumerate(part)]

    with pytest.raises(RuntimeError, match="fell over"):
        ds.create("acme", "ds_made", _info(), _sentences(6), _sites(), extract, window=1)
    assert objects.list("") == []
    assert ds.usage("acme").datasets == 0


def test_presigned_urls_download_the_exact_chunks_and_expire_with_the_dataset(s3_endpoint, s3_bucket):
    objects = _s3(s3_endpoint, s3_bucket)
    ds = DatasetStore(MemoryStore(evict=False), 600, 3 * WIDTH * 4 * 2, 100_000, objects=objects)
    info = ds.create("acme", "ds_made", _info(), _sentences(5), _sites(),
                     lambda part: [_output(s, i) for i, s in enumerate(part)], window=2, ttl=300)
    assert info.chunks == 3
    urls = ds.chunk_urls("acme", "ds_made", 3600)
    assert len(urls) == 3
    for url, chunk in zip(urls, ds.chunks("acme", "ds_made")):
        with urllib.request.urlopen(url, timeout=10) as r:
            body = r.read()
        assert body == chunk.SerializeToString()
        assert pb.DatasetChunk.FromString(body).index == chunk.index
        assert int(parse_qs(urlparse(url).query)["X-Amz-Expires"][0]) <= 300  # never past the dataset's expiry
    for bad in (0, -1, 604_801):
        with pytest.raises(InvalidArgument, match="expires_seconds .* allowed 1-604800"):
            ds.chunk_urls("acme", "ds_made", bad)
    with pytest.raises(NotFound):
        ds.chunk_urls("bravo", "ds_made", 60)  # another tenant's handle
    assert CHUNK_FORMAT == "neuronscope.v1.DatasetChunk protobuf"


def test_stores_that_cannot_sign_give_no_urls(tmp_path):
    for objects in (LocalDirStore(tmp_path), None):
        ds = _datasets(objects)
        rng = np.random.default_rng(3)
        ds.import_chunks("acme", "ds_imp", _header(6), iter([_chunk(rng, 2)]))
        assert ds.chunk_urls("acme", "ds_imp", 60) is None
        assert len(list(ds.chunks("acme", "ds_imp"))) == 1


def test_sweep_deletes_objects_of_expired_datasets_and_spares_live_and_running_builds(s3_endpoint, s3_bucket):
    objects = _s3(s3_endpoint, s3_bucket)
    ds = DatasetStore(MemoryStore(evict=False), 600, 3 * WIDTH * 4, 100_000, objects=objects,
                      sweep_seconds=3600)
    rng = np.random.default_rng(4)
    ds.import_chunks("acme", "ds_short", _header(6), iter([_chunk(rng, 2)]), ttl=1)
    ds.import_chunks("acme", "ds_long", _header(6), iter([_chunk(rng, 2)]), ttl=600)
    time.sleep(1.2)  # ds_short's manifest (and pointer) expire; its object stays until a sweep
    with pytest.raises(NotFound):
        list(ds.chunks("acme", "ds_short"))
    assert len(objects.list("datasets/acme/ds_short/")) == 1
    swept_mid_build = []

    def extract(part):
        if objects.list("datasets/acme/ds_made/"):  # this build has written a chunk: sweep now
            swept_mid_build.append(ds.sweep_orphans())
        return [_output(s, i) for i, s in enumerate(part)]

    ds.create("acme", "ds_made", _info(), _sentences(4), _sites(), extract, window=1)
    assert swept_mid_build and swept_mid_build[0] == 1  # only ds_short's object went
    assert objects.list("datasets/acme/ds_short/") == []
    assert len(objects.list("datasets/acme/ds_long/")) == 1
    assert len(list(ds.chunks("acme", "ds_made"))) == 4  # the running build lost nothing
    objects.put("datasets/acme/ds_gone/b-0123456789ab/chunk-000000.pb", b"left by a crashed server")
    assert ds.sweep_orphans() == 1
    assert ds.sweep_orphans() == 0


# ------------------------------------------------------------------ over gRPC
def test_a_server_with_an_s3_object_store_answers_get_dataset_urls(tiny_models, s3_endpoint, s3_bucket):
    argv = ["--port", "0", "--model", f"marian={tiny_models['marian']}", "--no-serve-bundled-model",
            "--stream-chunk-bytes", str(64 * 1024), "--object-store", f"s3://{s3_bucket}/ns",
            "--s3-endpoint-url", s3_endpoint]
    cfg = load_config(argv, env={})
    assert (cfg.object_store_url, cfg.s3_endpoint_url) == (f"s3://{s3_bucket}/ns", s3_endpoint)
    running = create_server(cfg)
    try:
        with Client(running.address, timeout=60) as c:
            words = [[f"w{i}", "the", "cat", "sat", "."] for i in range(400)]
            info = c.create_dataset(words, {"t": [["X"] * 5] * 400}, sites=["encoder.layers.0"])
            assert info.chunks >= 2
            urls = c.dataset_urls(info.handle, expires_seconds=120)
            assert len(urls) == info.chunks
            streamed = list(c.read_dataset(info.handle))
            for url, chunk in zip(urls, streamed):
                with urllib.request.urlopen(url, timeout=10) as r:
                    got = pb.DatasetChunk.FromString(r.read())
                assert tuple(got.words) == chunk.words
                np.testing.assert_array_equal(wire.decode(got.activations[0].values),
                                              chunk.activations["encoder.layers.0"])
            with pytest.raises(errors.InvalidArgument, match="expires_seconds 604801 out of range; allowed 1-604800"):
                c.dataset_urls(info.handle, expires_seconds=604_801)
            with pytest.raises(errors.NotFound):
                c.dataset_urls("ds_nope")
            assert c.delete_dataset(info.handle)
        import boto3

        assert boto3.client("s3", endpoint_url=s3_endpoint).list_objects_v2(Bucket=s3_bucket).get("KeyCount") == 0
    finally:
        running.stop(0)


def test_a_server_without_an_object_store_refuses_urls_as_failed_precondition(tiny_models):
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),)))
    try:
        with Client(running.address, timeout=60) as c:
            words = [["the", "cat", "sat", "."]]
            info = c.create_dataset(words, {"t": [["X"] * 4]}, sites=["encoder.layers.0"])
            with pytest.raises(errors.FailedPrecondition, match="ReadDataset"):
                c.dataset_urls(info.handle)
    finally:
        running.stop(0)
