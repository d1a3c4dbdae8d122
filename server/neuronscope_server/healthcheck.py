"""Container health probe: exit 0 when the local server's health lane says SERVING.

The health lane is plaintext on its own port (NEURONSCOPE_HEALTH_PORT; by default the serving port + 1),
so this probe works with TLS on the serving port too.
"""

from __future__ import annotations

import os
import sys

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


def main() -> int:
    port = os.environ.get("NEURONSCOPE_HEALTH_PORT", "")
    if not port or port == "-1":
        port = str(int(os.environ.get("NEURONSCOPE_PORT", "50051")) + 1)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
            resp = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(service=""), timeout=3)
    except grpc.RpcError as e:
        print(f"unhealthy: {e.code().name}", file=sys.stderr)
        return 1
    return 0 if resp.status == health_pb2.HealthCheckResponse.SERVING else 1


if __name__ == "__main__":
    raise SystemExit(main())
