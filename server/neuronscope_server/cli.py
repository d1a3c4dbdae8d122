"""The ``neuronscope`` command: ``neuronscope serve [flags]`` (see ``neuronscope serve --help``)."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence

from neuronscope_server.config import build_parser, load_config

log = logging.getLogger("neuronscope")


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: neuronscope serve [flags]   (neuronscope serve --help lists the flags)")
        return 0 if argv else 2
    if argv[0] == "serve":
        return serve(argv[1:])
    if argv[0] == "flags":
        build_parser().print_help()
        return 0
    print(f"neuronscope: unknown command {argv[0]!r}; try: neuronscope serve --help", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
