"""TLS and mutual TLS on a real socket, with certificates made by openssl for the test."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from neuronscope import Client, errors
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig


def _run(*args: str, cwd) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make test certificates")
    d = tmp_path_factory.mktemp("tls")
    _run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
         "-subj", "/CN=test-ca", cwd=d)
    (d / "san.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    for name in ("server", "client"):
        _run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
             "-subj", f"/CN={'localhost' if name == 'server' else 'analyst'}", cwd=d)
        _run("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", f"{name}.pem", "-days", "2", "-extfile", "san.cnf", cwd=d)
    return d


def test_tls_and_mutual_tls(tiny_models, certs):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), tls_cert=str(certs / "server.pem"),
                       tls_key=str(certs / "server.key"), tls_client_ca=str(certs / "ca.pem"))
    running = create_server(cfg)
    try:
        ca = (certs / "ca.pem").read_bytes()
        client_cert = ((certs / "client.key").read_bytes(), (certs / "client.pem").read_bytes())
        with Client(running.address, root_certificates=ca, client_cert=client_cert) as c:
            assert c.list_models() == ["marian"]
        with Client(running.address, root_certificates=ca, retries=1, timeout=5) as c, \
                pytest.raises(errors.NeuronscopeError):
            c.list_models()  # no client certificate: the handshake fails
        with Client(running.address, retries=1, timeout=5) as c, pytest.raises(errors.NeuronscopeError):
            c.list_models()  # plaintext against a TLS port
    finally:
        running.stop(0)
