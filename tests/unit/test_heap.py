"""``neuronscope.heap``: the client's one process-wide malloc setting, its opt-out and its errors."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys

import pytest

from neuronscope import heap


@pytest.fixture
def fresh(monkeypatch):
    """A process where the pad was never decided, and a recorder in place of glibc's mallopt."""
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(heap, "_applied", None)
    monkeypatch.setattr(heap, "_mallopt", lambda param, value: calls.append((param, value)) or True)
    monkeypatch.delenv(heap.ENV, raising=False)
    monkeypatch.delenv("MALLOC_TOP_PAD_", raising=False)
    return calls


def test_default_is_64_mib_once_per_process(fresh):
    assert heap.keep_heap_pad() == 64 * 2**20
    assert heap.keep_heap_pad(8) == 64 * 2**20  # decided once: later calls change nothing
    assert fresh == [(heap.M_TOP_PAD, 64 * 2**20)]


def test_environment_sets_the_amount_and_zero_leaves_malloc_alone(fresh, monkeypatch):
    monkeypatch.setenv(heap.ENV, "16")
    assert heap.keep_heap_pad() == 16 * 2**20
    monkeypatch.setattr(heap, "_applied", None)
    monkeypatch.setenv(heap.ENV, "0")
    assert heap.keep_heap_pad() == 0
    assert fresh == [(heap.M_TOP_PAD, 16 * 2**20)]


def test_users_own_glibc_setting_is_respected(fresh, monkeypatch):
    monkeypatch.setenv("MALLOC_TOP_PAD_", "1048576")
    assert heap.keep_heap_pad() == 0
    assert fresh == []


@pytest.mark.parametrize("raw", ["lots", "-1", "2048"])
def test_bad_values_name_the_variable_and_range(fresh, monkeypatch, raw):
    monkeypatch.setenv(heap.ENV, raw)
    with pytest.raises(ValueError, match=r"NEURONSCOPE_HEAP_PAD_MIB=.*0-1024"):
        heap.keep_heap_pad()
    with pytest.raises(ValueError, match=r"heap pad 2048 MiB not allowed; allowed 0-1024"):
        heap.keep_heap_pad(2048)
    assert fresh == []


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt(M_TOP_PAD) is glibc's")
def test_a_client_sets_the_real_pad_in_its_process():
    # a fresh interpreter: the real mallopt, reached through constructing a Client (no server needed)
    code = (
        "import json; from neuronscope import Client, heap; before = heap._applied; "
        "Client('127.0.0.1:1').close(); print(json.dumps([before, heap._applied]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in (heap.ENV, "MALLOC_TOP_PAD_")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert json.loads(out.stdout) == [None, 64 * 2**20]
