"""Unit-test setup: one torch thread, so probe tests are fast and do not fight other work for cores."""

from __future__ import annotations

import os

try:  # torch is optional for the numpy-only parts of the unit tier
    import torch
except ImportError:  # pragma: no cover
    torch = None

if torch is not None:
    torch.set_num_threads(int(os.environ.get("NEURONSCOPE_TEST_THREADS", "1")))
