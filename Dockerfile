# neuronscope server image. CPU by default; for a GPU build pass a CUDA base and torch spec, e.g.
#   docker build --build-arg BASE_IMAGE=nvidia/cuda:12.4.1-runtime-ubuntu22.04 \
#                --build-arg TORCH_SPEC="torch>=2.2,<3" -t neuronscope:cuda .
# (a CUDA base needs python3.11 installed; the default python base has it.)
ARG BASE_IMAGE=python:3.11-slim-bookworm
FROM ${BASE_IMAGE}

ARG TORCH_SPEC="torch==2.13.0"
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    NEURONSCOPE_HOST=0.0.0.0 \
    NEURONSCOPE_PORT=50051 \
    NEURONSCOPE_HEALTH_PORT=50052 \
    NEURONSCOPE_METRICS_PORT=9090 \
    NEURONSCOPE_KEYS_FILE=/etc/neuronscope/keys.json

WORKDIR /opt/neuronscope
# torch first, so the [server] extra does not pull another build of it (pinned by TORCH_SPEC)
# hadolint ignore=DL3013
RUN pip install "${TORCH_SPEC}"
COPY client ./client
COPY server ./server
COPY models ./models
# the light client and the server; their dependency ranges live in client/ and server/pyproject.toml
# hadolint ignore=DL3013
RUN pip install ./client ./server \
    && useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin neuronscope

USER 10001
EXPOSE 50051 50052 9090
# Listening on 0.0.0.0 requires auth: mount a keys file at $NEURONSCOPE_KEYS_FILE (see README).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-m", "neuronscope_server.healthcheck"]
ENTRYPOINT ["neuronscope", "serve"]
CMD ["--model", "en-es=/opt/neuronscope/models/en-es"]
