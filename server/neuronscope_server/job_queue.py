"""Jobs on Celery: the app (Redis as broker), the two tasks, the dispatcher the server uses, the worker.

Delivery guarantees come from Celery and the job board together:

* ``task_acks_late`` + ``task_reject_on_worker_lost``: a task is acknowledged only after it ran, so a
  worker killed mid-task (even ``kill -9``) leaves its message unacknowledged; Redis' transport puts it
  back on the queue once ``visibility_timeout`` passes (swept every ``unacked_restore_interval``).
* A task can therefore run twice — redelivered while the first runner is merely slow. The board's
  lease makes the second delivery wait (``Busy`` → retry later) while the first runner's heartbeat is
  alive, and every task's writes are idempotent, so a duplicate that does run ends in the same state.
* ``worker_prefetch_multiplier=1``: a worker holds one message at a time, so chunks spread over workers.

Queues: ``neuronscope.gpu`` (chunk extraction and erasure points: workers that hold the models) and ``neuronscope.cpu``
(rankings: analysis workers). ``neuronscope worker --queues gpu,cpu`` serves both.
"""

from __future__ import annotations

import logging

from neuronscope_server.job_board import JobRecord
from neuronscope_server.job_tasks import Busy, JobContext, fail_job, run_chunk, run_point, run_rank, tasks_of

log = logging.getLogger(__name__)

QUEUES = {"gpu": "neuronscope.gpu", "cpu": "neuronscope.cpu"}
TASK_QUEUE = {"extract_chunk": "gpu", "erase_point": "gpu", "rank": "cpu"}
TASK_NAMES = {"extract_chunk": "neuronscope.extract_chunk", "erase_point": "neuronscope.erase_point",
              "rank": "neuronscope.rank"}
UNEXPECTED_RETRIES = 3


def make_app(broker_url: str, visibility_timeout: float = 60.0):
    """A Celery app on ``broker_url`` (redis://...). No result backend: results live on the job board."""
    from celery import Celery

    app = Celery("neuronscope", broker=broker_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",  # never pickle: a message is two strings and an int
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            # look for abandoned messages every second, not every 100 s (the defaults: 10 s x throttle 10)
            "unacked_restore_interval": 1,
            "unacked_restore_throttle": 1,
        },
        task_routes={TASK_NAMES[k]: {"queue": QUEUES[q]} for k, q in TASK_QUEUE.items()},
    )
    return app


class CeleryDispatcher:
    """Hands a job's tasks to the broker (the server side: no models or datasets needed here)."""

    def __init__(self, app) -> None:
        self.app = app

    def __call__(self, rec: JobRecord) -> None:
        for name, args in tasks_of(rec):
            self.app.send_task(TASK_NAMES[name], args=list(args), queue=QUEUES[TASK_QUEUE[name]])

    def close(self) -> None:
        self.app.close()


def register_tasks(app, ctx: JobContext) -> None:
    """The worker side: bind the task bodies to this worker's context (its models, stores, board)."""

    def guarded(task, job: str, body):
        try:
            return body()
        except Busy as b:
            raise task.retry(countdown=b.seconds, max_retries=None) from None
        except Exception as exc:
            # an unexpected error (a store that blinked): try again a few times, then fail the job, so that
            # it never stays "running" with nobody working on it
            if task.request.retries < UNEXPECTED_RETRIES:
                raise task.retry(exc=exc, countdown=2 ** task.request.retries, max_retries=None) from None
            log.exception("job %s failed after %d tries", job, task.request.retries + 1)
            fail_job(ctx, job, exc)
            return "failed"

    @app.task(name=TASK_NAMES["extract_chunk"], bind=True)
    def extract_chunk(self, job: str, index: int) -> str:
        return guarded(self, job, lambda: run_chunk(ctx, job, index))

    @app.task(name=TASK_NAMES["erase_point"], bind=True)
    def erase_point(self, job: str, index: int) -> str:
        return guarded(self, job, lambda: run_point(ctx, job, index))

    @app.task(name=TASK_NAMES["rank"], bind=True)
    def rank(self, job: str) -> str:
        return guarded(self, job, lambda: run_rank(ctx, job))


def run_worker(app, queues: list[str], hostname: str, loglevel: str = "INFO") -> None:
    """Run a Celery worker in this process (solo pool: the models stay in this process; one task at a time)."""
    worker = app.Worker(
        queues=[QUEUES[q] for q in queues], hostname=hostname, pool="solo", concurrency=1,
        loglevel=loglevel, without_heartbeat=True, without_mingle=True, without_gossip=True,
    )
    worker.start()
