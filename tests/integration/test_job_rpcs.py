"""Job RPCs on a server without a broker (jobs run on its own threads): results, errors, limits."""

from __future__ import annotations

import time

import grpc
import numpy as np
import pytest

from neuronscope import Client
from neuronscope.errors import InvalidArgument, NotFound, ResourceExhausted
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

SENTS = [["the", "cat", "sat"], ["a", "dog", "ran", "far"], ["the", "dog", "sat"], ["a", "cat", "ran"]] * 10
LABELS = {"det": [["D" if w in ("the", "a") else "O" for w in s] for s in SENTS],
          "one": [["x"] * len(s) for s in SENTS]}


def test_dataset_and_rank_jobs_equal_the_calls_that_wait(client):
    job = client.submit_dataset_job(SENTS, LABELS, ["layers.1"], model="bert")
    assert job.kind == "create_dataset" and job.chunks_total >= 1 and job.estimated_bytes > 0
    done = client.wait_job(job.id, timeout=120)
    assert done.state == "succeeded" and done.fraction == 1.0 and done.chunks_done == done.chunks_total
    direct = client.create_dataset(SENTS, LABELS, ["layers.1"], model="bert", progress=False)
    assert direct.handle == done.result.handle  # the same content, the same dataset
    rj = client.wait_job(client.submit_rank_job(direct.handle, "det", seed=3).id, timeout=120)
    ranked = client.rank_neurons(direct.handle, "det", seed=3, progress=False)
    assert list(rj.result.ordering) == list(ranked.ordering) and rj.result.accuracy == ranked.accuracy
    listed = client.list_jobs()
    assert [j.id for j in listed][:2] == [rj.id, job.id]
    assert all(j.state == "succeeded" for j in client.list_jobs(state="succeeded"))


def test_a_job_that_fails_reports_its_error_and_wait_raises_it(client):
    info = client.create_dataset(SENTS, LABELS, ["layers.1"], model="bert", progress=False)
    job = client.submit_rank_job(info.handle, "one")  # one class only: the probe cannot train
    with pytest.raises(InvalidArgument, match="at least 2"):
        client.wait_job(job.id, timeout=60)
    got = client.get_job(job.id)
    assert got.state == "failed" and got.error_code == "INVALID_ARGUMENT" and got.result is None


@pytest.mark.parametrize("call, request_, code, needle", [
    ("SubmitJob", pb.SubmitJobRequest(), grpc.StatusCode.INVALID_ARGUMENT, "spec is empty"),
    ("SubmitJob", pb.SubmitJobRequest(spec=pb.JobSpec(rank_neurons=pb.RankNeuronsRequest(dataset="ds_nope",
                                                                                          label_column="x"))),
     grpc.StatusCode.NOT_FOUND, "ds_nope"),
    ("SubmitJob", pb.SubmitJobRequest(spec=pb.JobSpec(create_dataset=pb.CreateDatasetRequest(model="bert"))),
     grpc.StatusCode.INVALID_ARGUMENT, "sites is empty"),
    ("GetJob", pb.GetJobRequest(), grpc.StatusCode.INVALID_ARGUMENT, "id is empty"),
    ("GetJob", pb.GetJobRequest(id="j-" + "0" * 32), grpc.StatusCode.NOT_FOUND, "not found"),
    ("GetJob", pb.GetJobRequest(id="x" * 100_000), grpc.StatusCode.NOT_FOUND, "not found"),
    ("CancelJob", pb.CancelJobRequest(id="j-1"), grpc.StatusCode.NOT_FOUND, "not found"),
    ("ListJobs", pb.ListJobsRequest(limit=5000), grpc.StatusCode.INVALID_ARGUMENT, "1-1000"),
    ("ListJobs", pb.ListJobsRequest(state="done"), grpc.StatusCode.INVALID_ARGUMENT, "queued, running"),
])
def test_bad_job_requests_name_the_field(client, call, request_, code, needle):
    from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc

    stub = pb_grpc.NeuronScopeStub(client._channel)
    with pytest.raises(grpc.RpcError) as e:
        getattr(stub, call)(request_, timeout=30)
    assert e.value.code() == code and needle in e.value.details()
    assert len(e.value.details()) < 1200  # a 100 kB id is not echoed back


def test_a_job_over_the_memory_limit_is_refused_with_its_estimate(tiny_models):
    cfg = ServerConfig(port=0, models=(("bert", str(tiny_models["bert"])),), serve_bundled_model=False,
                       max_job_bytes=10_000)
    running = create_server(cfg)
    try:
        with Client(running.address, timeout=60) as c:
            info = c.create_dataset(SENTS, LABELS, ["layers.1"], model="bert", progress=False)
            with pytest.raises(ResourceExhausted, match=r"about \d+ bytes.*allowed 10000"):
                c.submit_rank_job(info.handle, "det")
            with pytest.raises(NotFound):
                c.get_job("j-" + "1" * 32)
    finally:
        running.stop(0)


def test_cancel_a_running_job(client):
    rng = np.random.default_rng(0)
    sents = [list(rng.choice(["the", "cat", "sat", "on", "a", "mat"], size=8)) for _ in range(3000)]
    job = client.submit_dataset_job(sents, {"d": [["x"] * 8 for _ in sents]}, ["layers.1"], model="bert")
    got = client.cancel_job(job.id)
    assert got.state == "cancelled"
    time.sleep(1.0)  # a task in flight sees the flag at its next step and stores nothing more
    assert client.get_job(job.id).state == "cancelled"
    assert 24_000 not in [d.words for d in client.list_datasets()]  # the build never commits


def test_erase_job_equals_the_erase_call(client):
    sources = ["the cat sat", "a dog ran far", "the dog sat on a mat", "a cat ran"]
    refs = ["el gato", "un perro", "el perro", "un gato"]
    order = list(range(32))[::-1]
    kw = dict(ordering=order, model="marian", random_seeds=[7], return_translations=True)
    direct = client.erase("encoder.layers.1", [0, 8, 16], sources, refs, progress=False, **kw)
    job = client.submit_erase_job("encoder.layers.1", [0, 8, 16], sources, refs, **kw)
    assert job.kind == "erase" and job.chunks_total == 6  # 3 ks, for the curve and one random control
    done = client.wait_job(job.id, timeout=120)
    assert [(p.k, p.select, p.seed, p.bleu, p.erased, p.translations) for p in done.result] == \
        [(p.k, p.select, p.seed, p.bleu, p.erased, p.translations) for p in direct]
    with pytest.raises(InvalidArgument, match="ks value 99"):  # checked at submit, before any worker
        client.submit_erase_job("encoder.layers.1", [99], sources, refs, ordering=order, model="marian")


def test_a_failed_dataset_job_gives_back_its_quota(client):
    before = client.usage()
    long = ["word"] * 60  # over the server's 40 tokens: refused by the worker's forward pass, not at submit
    sents = [["the", "cat"], long]
    job = client.submit_dataset_job(sents, {"x": [["a"] * len(s) for s in sents]}, ["layers.1"], model="bert")
    with pytest.raises(InvalidArgument, match="tokens"):
        client.wait_job(job.id, timeout=60)
    after = client.usage()
    assert (after.datasets, after.dataset_bytes) == (before.datasets, before.dataset_bytes)
