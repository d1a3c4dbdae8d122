"""A real local S3 server for tests: ``moto_server`` as a subprocess on a free loopback port.

The fixture ``s3_endpoint`` (session scope) starts it once, sets dummy AWS credentials in the environment
for boto3 (the test's and the in-process server's), yields the endpoint URL and kills the server at the end.
``s3_bucket`` gives each test a fresh, empty bucket on it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator

import pytest

CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MotoServer:
    """``python -m moto.server`` on 127.0.0.1:<free port>; ``start`` returns once it answers HTTP."""

    def __init__(self) -> None:
        self.port = 0
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        for _ in range(3):  # the free port may be taken between probing and binding: try another
            self.port = free_port()
            self.proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         env={**os.environ, **CREDENTIALS})
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    with urllib.request.urlopen(self.url + "/", timeout=1):
                        return
                except urllib.error.HTTPError:
                    return  # it answered (with an error status): it is up
                except OSError:
                    time.sleep(0.1)
            self.stop()
        raise RuntimeError("moto_server did not start (is moto[server] installed? pip install --group dev)")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    server = MotoServer()
    with pytest.MonkeyPatch.context() as mp:
        for name, value in CREDENTIALS.items():
            mp.setenv(name, value)
        server.start()
        try:
            yield server.url
        finally:
            server.stop()


@pytest.fixture()
def s3_bucket(s3_endpoint) -> str:
    """A new, empty bucket on the test S3 server."""
    import boto3

    name = f"ns-test-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket=name)
    return name
