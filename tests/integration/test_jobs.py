"""Jobs on real processes: a gRPC server and `neuronscope worker`s (Celery) on a private Redis, on 127.0.0.1.

Kills are real (`kill -9` of a worker's process, of the server's), so are restarts; nothing is faked.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import redis

from neuronscope import Client
from neuronscope.errors import NotFound
from neuronscope_server.auth import hash_key
from neuronscope_server.ranking_job import RankParams, rank

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
VISIBILITY = 4  # seconds before a dead worker's task is redelivered (production default: 60)


class Proc:
    """A `neuronscope serve|worker` process writing to a log file; ``ready`` waits for a line in it."""

    def __init__(self, args: list[str], log: Path) -> None:
        self.args, self.log = args, log
        self.proc: subprocess.Popen | None = None

    def start(self, ready: str, timeout: float = 120) -> Proc:
        env = dict(os.environ, TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS="1")
        self.log.write_text("")
        self.proc = subprocess.Popen([str(BIN / "neuronscope"), *self.args], stdout=self.log.open("a"),
                                     stderr=subprocess.STDOUT, env=env, start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if ready in self.log.read_text():
                return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError(f"{self.args[0]} did not start:\n{self.log.read_text()[-3000:]}")

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill9()


@pytest.fixture()
def cluster(own_redis, tiny_models, tmp_path):
    """Start a server and workers sharing ``own_redis`` as broker and store; all are stopped at the end."""
    procs: list[Proc] = []
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"keys": [{"id": t, "sha256": hash_key(f"key-{t}"), "tenant": t, "role": "analyst"}
                                         for t in ("t1", "t2")]}))
    common = ["--model", f"bert={tiny_models['bert']}", "--model", f"marian={tiny_models['marian']}",
              "--no-serve-bundled-model", "--threads", "1",
              "--broker-url", own_redis.url, "--keys-file", str(keys),
              "--job-visibility-timeout-seconds", str(VISIBILITY), "--stream-chunk-bytes", "65536",
              # as README's commands: chunks in a directory every process shares, manifests in Redis
              "--object-store", f"file://{tmp_path / 'objects'}"]
    class Cluster:
        redis_url = own_redis.url
        port = _free_port()

        def server(self) -> Proc:
            p = Proc(["serve", "--port", str(self.port), *common], tmp_path / f"server{len(procs)}.log")
            procs.append(p)
            return p.start("neuronscope: serving")

        def worker(self, queues: str = "gpu,cpu") -> Proc:
            p = Proc(["worker", "--worker-queues", queues, *common], tmp_path / f"worker{len(procs)}.log")
            procs.append(p)
            return p.start(" ready.")

        def client(self, tenant: str = "t1") -> Client:
            return Client(f"127.0.0.1:{self.port}", api_key=f"key-{tenant}")

    yield Cluster()
    for p in procs:
        p.stop()


def _wait(cond, timeout: float, what: str, step: float = 0.05):
    deadline = time.time() + timeout
    while time.time() < deadline:
        got = cond()
        if got:
            return got
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _lease_owner(redis_url: str, task_key: str) -> int | None:
    """The pid of the worker running ``task_key`` (its lease names it), or None."""
    owner = redis.Redis.from_url(redis_url).get(f"ns:lease:{task_key}")
    return int(owner.decode().split(":")[1]) if owner else None


def _planted(n_words: int, n_neurons: int, seed: int = 0):
    """Sentences of 10 words, 3 classes carried by 6 planted neurons plus noise everywhere."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n_words)
    X = rng.normal(size=(n_words, n_neurons)).astype(np.float32)
    for k, col in enumerate((3, 50, 77, 130, 200, 251)):
        X[:, col] += 1.5 * (y == k % 3)
    words = [f"w{i % 500}" for i in range(n_words)]
    labels = [f"c{v}" for v in y]
    lengths = [10] * (n_words // 10)
    return X, words, labels, lengths


def test_rank_job_survives_a_killed_worker_and_a_restarted_server(cluster):
    """200k words x 256 neurons ranked by a worker that is killed -9 mid-job, while the gRPC server is
    killed and restarted: the job completes on the other worker with the in-process result."""
    server = cluster.server()
    workers = {w.pid: w for w in (cluster.worker("cpu"), cluster.worker("cpu"))}
    c = cluster.client()
    X, words, labels, lengths = _planted(200_000, 256)
    sents = [words[i : i + 10] for i in range(0, len(words), 10)]
    info = c.import_dataset(sents, {"acts": X}, labels={"y": [labels[i : i + 10] for i in range(0, len(labels), 10)]},
                            storage_dtype="float32")
    job = c.submit_rank_job(info.handle, "y")
    # out of core: the estimate is a fraction of the 200 MB the dataset takes in memory
    assert job.state in ("queued", "running") and 0 < job.estimated_bytes < X.nbytes
    pid = _wait(lambda: _lease_owner(cluster.redis_url, f"{job.id}:rank"), 60, "a worker to take the job")
    _wait(lambda: c.get_job(job.id).stage in ("training", "ordering", "ablation"), 120, "training to start")
    workers[pid].kill9()
    server.kill9()
    server = cluster.server()  # the same port; the job board is in Redis
    c = cluster.client()
    seen = c.get_job(job.id)
    assert seen.id == job.id and seen.state in ("queued", "running")
    done = c.wait_job(job.id, timeout=300)
    assert done.state == "succeeded" and done.attempts >= 2  # the killed delivery and the rerun
    # the same ranking as in one process, on the same arrays
    expected = rank(X, labels, words, lengths, RankParams())
    assert list(done.result.ordering) == [int(i) for i in expected.ordering]
    assert done.result.accuracy == pytest.approx(expected.accuracy, abs=1e-9)
    # the result is kept: submitting the same work again answers at once, with the same job, and the
    # call that waits (RankNeurons, on top of jobs when a broker is configured) returns that result
    again = c.submit_rank_job(info.handle, "y")
    assert again.id == job.id and again.state == "succeeded"
    assert list(c.rank_neurons(info.handle, "y", progress=False).ordering) == list(done.result.ordering)
    # tenants are isolated: t2 cannot see t1's job
    with pytest.raises(NotFound):
        cluster.client("t2").get_job(job.id)
    assert [j.id for j in cluster.client("t2").list_jobs()] == []


def test_cancel_stops_work_on_every_worker_within_two_seconds(cluster):
    cluster.server()
    cluster.worker("gpu")
    cluster.worker("gpu")
    c = cluster.client()
    # the call that waits runs on the workers too (CreateDatasetStream on top of a job)
    small = c.create_dataset([["the", "cat"], ["a", "dog", "ran"]], {"det": [["D", "O"], ["D", "O", "O"]]},
                             ["layers.1"], model="bert", progress=False)
    assert small.words == 5 and [j.kind for j in c.list_jobs(state="succeeded")] == ["create_dataset"]
    c.delete_dataset(small.handle)
    sents, labels = _sentences(60_000, 3)
    job = c.submit_dataset_job(sents, labels, ["layers.1", "layers.0"], model="bert")
    assert job.chunks_total >= 100
    r = redis.Redis.from_url(cluster.redis_url)
    leases = lambda: r.keys(f"ns:lease:{job.id}:*")  # noqa: E731 - the tasks some worker is running
    # cancel while the job runs: chunks already stored and a worker in the middle of one
    _wait(lambda: c.get_job(job.id).chunks_done >= 2 and leases(), 120, "two chunks stored and a task running",
          step=0.005)
    t0 = time.time()
    cancelled = c.cancel_job(job.id)
    assert cancelled.state == "cancelled"
    _wait(lambda: not leases(), 2.0, "every worker to stop the job's tasks", step=0.02)
    stopped_after = time.time() - t0
    done = c.get_job(job.id).chunks_done
    time.sleep(1.5)
    assert c.get_job(job.id).chunks_done == done and not leases()  # nothing more is stored
    assert stopped_after < 2.0
    assert c.list_datasets() == []  # the partial build is gone, and its quota with it
    assert c.usage().dataset_bytes == 0 and c.usage().datasets == 0


def _sentences(n: int, seed: int):
    rng = np.random.default_rng(seed)
    vocab = ["the", "cat", "sat", "on", "a", "mat", "dog", "ran", "far", "away"]
    sents = [list(rng.choice(vocab, size=int(rng.integers(6, 14)))) for _ in range(n)]
    return sents, {"det": [["D" if w in ("the", "a") else "O" for w in s] for s in sents]}


def test_dataset_job_splits_across_two_workers_and_reads_back_as_one_workers(cluster):
    cluster.server()
    w1, w2 = cluster.worker("gpu"), cluster.worker("gpu")
    sents, labels = _sentences(20_000, 5)
    c = cluster.client("t1")
    job = c.submit_dataset_job(sents, labels, ["layers.1"], model="bert", storage_dtype="float16")
    fractions = [j.fraction for j in c.watch_job(job.id, timeout=600)]
    done = c.get_job(job.id)
    assert done.state == "succeeded", done.error_message
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)  # progress only moves forward, to 100 %
    r = redis.Redis.from_url(cluster.redis_url)
    owners = {v.decode().split(":")[1] for v in r.hvals(f"ns:job:{job.id}:owners")}
    assert owners == {str(w1.pid), str(w2.pid)}  # both workers stored chunks
    # every chunk stored once: as many deliveries as chunks, each index recorded
    assert done.chunks_done == done.chunks_total == done.attempts >= 20
    assert done.result.words == sum(len(s) for s in sents)

    w2.stop()  # the same work by one worker (another tenant, so not the same job)
    c2 = cluster.client("t2")
    one = c2.wait_job(c2.submit_dataset_job(sents, labels, ["layers.1"], model="bert", storage_dtype="float16").id,
                      timeout=600)
    assert one.chunks_total == done.chunks_total
    a, b = c.load_dataset(done.result.handle), c2.load_dataset(one.result.handle)
    np.testing.assert_array_equal(a.words, b.words)
    np.testing.assert_array_equal(a.labels["det"], b.labels["det"])
    np.testing.assert_array_equal(a.sentence_lengths, b.sentence_lengths)
    np.testing.assert_array_equal(a.activations["layers.1"], b.activations["layers.1"])
    assert len(list(c.read_dataset(done.result.handle))) == len(list(c2.read_dataset(one.result.handle)))


def test_erase_points_spread_over_workers_and_equal_one_process(cluster, tiny_models):
    """Erase (the call that waits) on a server with a broker: each point is a task; two workers share them
    and the curve equals the one a server without workers computes."""
    cluster.server()
    w1, w2 = cluster.worker("gpu"), cluster.worker("gpu")
    rng = np.random.default_rng(11)
    vocab = ["the", "cat", "sat", "on", "a", "mat", "dog", "ran", "far", "away"]
    sources = [" ".join(rng.choice(vocab, size=int(rng.integers(3, 9)))) for _ in range(40)]
    refs = [s[::-1] for s in sources]
    kw = dict(ordering=list(range(32))[::-1], model="marian", random_seeds=[1, 2], return_translations=True)
    ks = list(range(0, 33, 4))
    c = cluster.client()
    points = c.erase("encoder.layers.1", ks, sources, refs, progress=False, **kw)
    job = next(j for j in c.list_jobs() if j.kind == "erase")
    assert job.state == "succeeded" and job.chunks_total == len(ks) * 3 == len(points)
    owners = {v.decode().split(":")[1] for v in redis.Redis.from_url(cluster.redis_url).hvals(f"ns:job:{job.id}:owners")}
    assert owners == {str(w1.pid), str(w2.pid)}
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    local = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                       serve_bundled_model=False))
    try:
        with Client(local.address) as lc:
            expected = lc.erase("encoder.layers.1", ks, sources, refs, progress=False, **kw)
    finally:
        local.stop(0)
    assert [(p.k, p.select, p.seed, p.erased, p.translations) for p in points] == \
        [(p.k, p.select, p.seed, p.erased, p.translations) for p in expected]
    assert [p.bleu for p in points] == pytest.approx([p.bleu for p in expected], abs=1e-9)
