"""The job RPCs (SubmitJob, GetJob, WatchJob, CancelJob, ListJobs), and waiting on a job for the
streaming calls that predate jobs (RankNeurons, CreateDatasetStream) when a broker is configured."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server import errors
from neuronscope_server.auth import current_principal
from neuronscope_server.errors import InvalidArgument, NotFound
from neuronscope_server.grpc_errors import mapped
from neuronscope_server.job_board import ENDED, FAILED, STATES, SUCCEEDED, JobRecord
from neuronscope_server.job_tasks import JobContext, abandon_build, job_pb, submit

WATCH_POLL_SECONDS = 0.2
LIST_DEFAULT, LIST_MAX = 100, 1000


def error_of(rec: JobRecord) -> errors.NeuronscopeError:
    """A failed job's error as the domain error it was (INVALID_ARGUMENT -> InvalidArgument, ...)."""
    name = "".join(p.capitalize() for p in rec.error_code.lower().split("_"))
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, errors.NeuronscopeError)):
        return errors.Unavailable(f"job {rec.id} failed: {rec.error_message or rec.error_code or 'unknown error'}")
    return cls(rec.error_message)


class JobRpcs:
    """Mixed into the servicer: needs ``self.jobs`` (a JobContext), ``self.dispatch`` and ``self._admit``."""

    jobs: JobContext
    dispatch: Callable[[JobRecord], None]

    def _job(self, job: str) -> JobRecord:
        """The caller's job ``job``; another tenant's job is NotFound, exactly like a missing one."""
        if not job:
            raise InvalidArgument("id is empty; give a job id from SubmitJob or ListJobs")
        rec = self.jobs.board.get(job[:128])
        if rec is None or rec.tenant != current_principal().tenant:
            raise NotFound(f"job {job[:64]!r} not found")
        return rec

    def submit_job(self, spec: pb.JobSpec) -> JobRecord:
        if spec.WhichOneof("spec") == "create_dataset":
            self._admit_dataset(spec.create_dataset)  # type: ignore[attr-defined]
        return submit(self.jobs, current_principal().tenant, spec, self.dispatch)

    def watch(self, job: str, is_active: Callable[[], bool]) -> Iterator[JobRecord]:
        """The job each time it changes (state, stage, progress, chunks), until it ends."""
        last = None
        while True:
            rec = self._job(job)
            seen = (rec.state, rec.stage, round(rec.fraction, 3), rec.chunks_done)
            if seen != last:
                last = seen
                yield rec
            if rec.state in ENDED or not is_active():
                return
            time.sleep(WATCH_POLL_SECONDS)

    def wait_job(self, spec: pb.JobSpec, context) -> Iterator[tuple[str, float] | JobRecord]:
        """For calls that wait: submit, then (stage, fraction) while it runs, then the finished record; a failed
        job raises its error; a client that goes away cancels the job."""
        job = self.submit_job(spec).id
        try:
            for rec in self.watch(job, context.is_active):
                if rec.state == SUCCEEDED:
                    yield rec
                    return
                if rec.state == FAILED:
                    raise error_of(rec)
                if rec.state in ENDED:
                    raise errors.Cancelled(f"job {rec.id} was cancelled")
                yield (rec.stage or rec.state, rec.fraction)
        finally:
            if not context.is_active():  # the caller gave up: so does the job
                rec = self.jobs.board.get(job, result=False)
                if rec is not None:
                    self._cancel(rec)
        raise errors.Cancelled("the call ended before its job")

    # ------------------------------------------------------------------ RPCs
    @mapped
    def SubmitJob(self, request, context):
        return job_pb(self.submit_job(request.spec))

    @mapped
    def GetJob(self, request, context):
        return job_pb(self._job(request.id))

    @mapped
    def WatchJob(self, request, context):
        for rec in self.watch(request.id, context.is_active):
            yield job_pb(rec)

    @mapped
    def CancelJob(self, request, context):
        self._cancel(self._job(request.id))
        return job_pb(self._job(request.id))

    @mapped
    def ListJobs(self, request, context):
        if request.state and request.state not in STATES:
            raise InvalidArgument(f"state {request.state[:32]!r} not allowed; allowed: {', '.join(STATES)} "
                                  "(or empty for all)")
        limit = request.limit or LIST_DEFAULT
        if not 1 <= limit <= LIST_MAX:
            raise InvalidArgument(f"limit {request.limit} out of range; allowed 1-{LIST_MAX} (0: {LIST_DEFAULT})")
        recs = self.jobs.board.list(current_principal().tenant, LIST_MAX)
        return pb.ListJobsResponse(jobs=[job_pb(r) for r in recs if not request.state or r.state == request.state][:limit])

    def _cancel(self, rec: JobRecord) -> None:
        if rec.state not in ENDED and self.jobs.board.request_cancel(rec.id):
            abandon_build(self.jobs, rec.id)
