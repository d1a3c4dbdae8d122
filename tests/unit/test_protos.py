"""The committed generated stubs match the .proto files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_generated_stubs_are_fresh():
    r = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_protos.py"), "--check"], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


def test_one_vocabulary_of_ops_and_aggregations():
    """The spec's names are the ones the hooks, the wire mapping and the client use."""
    from neuronscope import client, wire
    from neuronscope_server import service, spec
    from neuronscope_server.hooks import Op

    assert tuple(op.value for op in Op) == spec.OPS
    assert set(service.OPS.values()) == set(spec.OPS)
    assert set(service.AGGREGATION.values()) == set(spec.AGGREGATIONS)
    assert spec.OPS is wire.OPS and spec.AGGREGATIONS is wire.AGGREGATIONS
    assert set(client._OPS) == set(spec.OPS) and set(client._AGG) == set(spec.AGGREGATIONS)


def test_light_imports_pull_in_neither_torch_nor_grpc():
    code = ("import sys, neuronscope.analysis, neuronscope.wire, neuronscope_server.activation_cache, "
            "neuronscope_server.datasets, neuronscope_server.spec; "
            "print(sorted(m for m in ('torch', 'grpc') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
