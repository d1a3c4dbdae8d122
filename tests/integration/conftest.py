"""A real gRPC server on a loopback socket (port 0) serving tiny random-weight models."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest
from s3server import s3_bucket, s3_endpoint  # noqa: F401 - fixtures: a moto S3 server and fresh buckets

from neuronscope import Client
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig


@pytest.fixture(scope="module")
def server(tiny_models):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])), ("gpt2", str(tiny_models["gpt2"])),
                                       ("bert", str(tiny_models["bert"]))),
                       max_batch_sentences=32, max_sentence_tokens=40, stream_chunk_bytes=64 * 1024,
                       forward_batch_size=8, grace_seconds=1.0)
    running = create_server(cfg)
    yield running
    running.stop(0)


@pytest.fixture()
def client(server):
    with Client(server.address, timeout=60) as c:
        yield c


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class OwnRedis:
    """A private redis-server on a free loopback port that a test can kill and restart."""

    def __init__(self, *extra: str) -> None:
        self.extra = list(extra)  # more redis-server flags, e.g. "--maxmemory", "2mb"
        exe = shutil.which("redis-server")
        if exe is None:
            pytest.fail("redis-server is not installed (make test installs it)")
        self.exe = exe
        self.port = _free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen([self.exe, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                                      "--appendonly", "no", *self.extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import redis

        r = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                r.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture()
def redis_factory():
    """Start private redis-servers with extra flags; all are killed at the end of the test."""
    started: list[OwnRedis] = []

    def start(*extra: str) -> OwnRedis:
        r = OwnRedis(*extra)
        r.start()
        started.append(r)
        return r

    yield start
    for r in started:
        r.kill()


@pytest.fixture()
def own_redis():
    r = OwnRedis()
    r.start()
    yield r
    r.kill()
