"""The job board's rules, the same for its Redis (real redis-server) and in-process forms."""

from __future__ import annotations

import time

import pytest

from neuronscope_server.job_board import (
    CANCELLED,
    FAILED,
    RUNNING,
    SUCCEEDED,
    JobRecord,
    MemoryJobBoard,
    job_id,
    open_board,
)


@pytest.fixture(params=["redis", "memory"])
def board(request, own_redis):
    return open_board(own_redis.url) if request.param == "redis" else MemoryJobBoard()


def _rec(tenant: str = "t1", spec: bytes = b"spec", chunks: int = 3) -> JobRecord:
    return JobRecord(id=job_id(tenant, "create_dataset", spec), tenant=tenant, kind="create_dataset", spec=spec,
                     chunks_total=chunks)


def test_ids_are_content_addresses_per_tenant():
    assert job_id("t1", "rank_neurons", b"x") == job_id("t1", "rank_neurons", b"x")
    assert len({job_id("t1", "rank_neurons", b"x"), job_id("t2", "rank_neurons", b"x"),
                job_id("t1", "create_dataset", b"x"), job_id("t1", "rank_neurons", b"y")}) == 4
    # the parts are length-prefixed: moving a byte between tenant and spec changes the id
    assert job_id("t1", "k", b"ab") != job_id("t1a", "k", b"b")


def test_submit_once_and_again_only_after_failure_or_cancel(board):
    rec = _rec()
    assert board.submit(rec) is True
    assert board.submit(_rec()) is False  # queued: the same job
    assert board.transition(rec.id, RUNNING, stage="extracting")
    assert board.submit(_rec()) is False
    assert board.transition(rec.id, FAILED, error_code="INTERNAL")
    assert board.submit(_rec()) is True  # a failed job is started afresh
    got = board.get(rec.id)
    assert got.state == "queued" and got.error_code == "" and got.chunks_done == 0
    assert board.transition(rec.id, SUCCEEDED, result=b"r")
    assert board.submit(_rec()) is False
    assert board.submit(_rec(), redo_succeeded=True) is True  # its result was lost: redo


def test_an_ended_job_never_changes_state_again(board):
    rec = _rec()
    board.submit(rec)
    assert board.request_cancel(rec.id)
    assert board.cancelled(rec.id)
    assert not board.transition(rec.id, RUNNING)
    board.progress(rec.id, "extracting", 0.5)  # a late task's progress is ignored
    assert not board.transition(rec.id, SUCCEEDED, result=b"late")
    got = board.get(rec.id)
    assert got.state == CANCELLED and got.fraction == 0.0 and got.result == b""


def test_chunks_are_counted_once_and_one_runner_finishes(board):
    rec = _rec(chunks=2)
    board.submit(rec)
    assert board.chunk_done(rec.id, 0, 100, "w1") == 1
    assert board.chunk_done(rec.id, 0, 100, "w2") == 1  # a redelivered chunk counts once
    assert board.chunk_done(rec.id, 1, 50, "w2") == 2
    assert board.chunks_done(rec.id) == {0: 100, 1: 50}
    assert board.get(rec.id).chunks_done == 2
    assert board.claim_finish(rec.id) is True
    assert board.claim_finish(rec.id) is False


def test_leases_exclude_a_second_runner_until_they_expire(board):
    assert board.lease("j:0", "w1", 0.5)
    assert not board.lease("j:0", "w2", 0.5)
    assert board.lease("j:0", "w1", 0.5)  # renewal by the holder
    assert 0 < board.lease_left("j:0") <= 0.5
    time.sleep(0.6)
    assert board.lease("j:0", "w2", 0.5)  # the holder died: its lease ran out
    board.unlease("j:0", "w1")  # not the holder: nothing happens
    assert not board.lease("j:0", "w1", 0.5)
    board.unlease("j:0", "w2")
    assert board.lease("j:0", "w1", 0.5)


def test_list_is_per_tenant_newest_first(board):
    a, b, c = _rec("t1", b"a"), _rec("t1", b"b"), _rec("t2", b"c")
    for r in (a, b, c):
        board.submit(r)
        time.sleep(0.01)
    assert [r.id for r in board.list("t1", 10)] == [b.id, a.id]
    assert [r.id for r in board.list("t2", 10)] == [c.id]
    assert [r.id for r in board.list("t1", 1)] == [b.id]
