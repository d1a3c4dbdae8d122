"""The ``neuronscope`` command: ``neuronscope serve [flags]`` (see ``neuronscope serve --help``) and
``neuronscope worker [flags]`` (job tasks from a broker; the same flags)."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence

from neuronscope_server.config import build_parser, load_config

log = logging.getLogger("neuronscope")


def _set_switch_interval(config) -> None:
    """The GIL hand-over interval of this process (a process-wide setting, hence here and not in create_server).

    The compute thread releases the GIL around every torch op and must win it back; while handler threads
    run Python (encoding bulk results, tokenizing) each win-back can wait a whole interval (CPython's 5 ms
    default), which stretches an interactive pass under bulk load (docs/RELIABILITY.md, fair sharing).
    """
    if config.gil_switch_interval_ms > 0:
        sys.setswitchinterval(config.gil_switch_interval_ms / 1000)


def serve(argv: Sequence[str]) -> int:
    try:
        config = load_config(argv)
    except ValueError as e:
        print(f"neuronscope serve: {e}", file=sys.stderr)
        return 2
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import torch

    if config.threads:
        torch.set_num_threads(config.threads)
    _set_switch_interval(config)
    from neuronscope_server.app import create_server

    if not config.keys_file:
        log.warning("no --keys-file: authentication is OFF (serving on loopback %s only)", config.host)
    running = create_server(config)

    def on_term(signum, frame):  # noqa: ARG001
        log.info("signal %s: draining for up to %.1fs", signum, config.grace_seconds)
        running.stop()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    models = ", ".join(running.registry.names())
    extra = f", metrics on http://{config.host}:{running.metrics_port}/metrics" if running.metrics_port else ""
    log.info("serving %s on %s%s", models, running.address, extra)
    print(f"neuronscope: serving {models} on {running.address}{extra}", flush=True)
    running.wait()
    log.info("stopped")
    return 0


def worker(argv: Sequence[str]) -> int:
    """``neuronscope worker [flags]``: run job tasks from the broker (the same flags as ``serve``; the server
    and its workers must name the same --broker-url, Redis and object store)."""
    try:
        config = load_config(argv)
    except ValueError as e:
        print(f"neuronscope worker: {e}", file=sys.stderr)
        return 2
    if not config.broker_url:
        print("neuronscope worker: --broker-url is required (e.g. redis://127.0.0.1:6379/0), the same as the "
              "server's", file=sys.stderr)
        return 2
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import os
    import socket

    import torch

    if config.threads:
        torch.set_num_threads(config.threads)
    _set_switch_interval(config)
    from neuronscope_server.app import data_url, load_models, open_datasets
    from neuronscope_server.errors import FailedPrecondition
    from neuronscope_server.job_board import open_board
    from neuronscope_server.job_queue import make_app, register_tasks, run_worker
    from neuronscope_server.job_tasks import DatasetLimits, JobContext
    from neuronscope_server.store import open_store

    queues = [q for q in config.worker_queues.split(",") if q]
    runtimes = {}
    if "gpu" in queues:  # extraction workers hold the models
        for rt in load_models(config):
            rt.warm_up()
            runtimes[rt.name] = rt
            log.info("model %s loaded (%s)", rt.name, rt.device)

    def runtime(name: str):
        name = name or config.default
        if name not in runtimes:
            raise FailedPrecondition(f"model {name!r} is not held by this worker; it holds {', '.join(runtimes) or 'none'}")
        return runtimes[name]

    url = data_url(config)
    c = config
    ctx = JobContext(
        board=open_board(url), datasets=open_datasets(config, open_store(url, 0)), runtime=runtime,
        limits=DatasetLimits(c.dataset_max_words, c.dataset_min_ttl_seconds, c.dataset_max_ttl_seconds,
                             c.dataset_ttl_seconds, c.stream_chunk_bytes),
        analysis_device=c.analysis_device, max_job_bytes=c.max_job_bytes,
    )
    app = make_app(config.broker_url, config.job_visibility_timeout_seconds)
    register_tasks(app, ctx)
    name = f"neuronscope-{'-'.join(queues)}@{socket.gethostname()}-{os.getpid()}"
    print(f"neuronscope: worker {name} on queues {', '.join(queues)}", flush=True)
    run_worker(app, queues, name, loglevel=config.log_level)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: neuronscope serve|worker [flags]   (neuronscope serve --help lists the flags)")
        return 0 if argv else 2
    if argv[0] == "serve":
        return serve(argv[1:])
    if argv[0] == "worker":
        return worker(argv[1:])
    if argv[0] == "flags":
        build_parser().print_help()
        return 0
    print(f"neuronscope: unknown command {argv[0]!r}; try: neuronscope serve --help", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
