"""The client's public surface is documented: every public Client method has a docstring."""

from __future__ import annotations

import inspect

from neuronscope.client import Client


def test_every_public_client_method_has_a_docstring():
    missing = [n for n, f in inspect.getmembers(Client, inspect.isfunction)
               if not n.startswith("_") and not (f.__doc__ or "").strip()]
    assert missing == []
