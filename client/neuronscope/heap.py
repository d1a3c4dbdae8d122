"""Keep freed heap memory in the process between responses (glibc only).

A client receiving activations takes megabytes per call: grpc's receive buffer, the parsed message and
the arrays. glibc's malloc gives the top of its heap back to the OS once more than 128 KiB of it is
free, so after each response that memory is returned, and the next response faults every page in
again. Measured (2 cores, AMD EPYC, 2026-12-05): a bare grpc call between two processes returning
2.3 MB, 4.6-5.1 ms with glibc's defaults and 1.6-1.7 ms with 64 MiB kept (``M_TOP_PAD``;
``bench/transport.py``). On ``bench/cache.py``'s encoder-only hit the gain is smaller (docs/PERFORMANCE.md;
``NEURONSCOPE_HEAP_PAD_MIB=0`` in front of the command measures without the pad).

``keep_heap_pad`` is called once per process by ``Client``: the process then keeps up to that much free
heap instead of returning it (RSS stays up to 64 MiB higher after a burst). ``NEURONSCOPE_HEAP_PAD_MIB``
sets the amount (``0``: leave malloc alone); glibc's own ``MALLOC_TOP_PAD_`` in the environment is
respected and left alone.
"""

from __future__ import annotations

import ctypes
import os
import platform
import threading

ENV = "NEURONSCOPE_HEAP_PAD_MIB"
DEFAULT_MIB = 64
M_TOP_PAD = -2  # glibc <malloc.h>

_lock = threading.Lock()
_applied: int | None = None  # bytes set in this process (0: decided to leave malloc alone)


def _mallopt(param: int, value: int) -> bool:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        fn = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    fn.argtypes, fn.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return fn(param, value) == 1


def keep_heap_pad(mib: int | None = None) -> int:
    """Ask malloc to keep ``mib`` MiB of free heap (default: ``$NEURONSCOPE_HEAP_PAD_MIB``, else 64).

    Once per process; later calls return what the first one set. Returns the bytes kept, 0 when malloc
    was left alone (not glibc, ``0`` asked for, or ``MALLOC_TOP_PAD_`` already set by the user).
    """
    global _applied
    with _lock:
        if _applied is not None:
            return _applied
        what = f"heap pad {mib} MiB"
        if mib is None:
            raw = os.environ.get(ENV, "").strip()
            what = f"{ENV}={raw!r}"
            try:
                mib = int(raw) if raw else DEFAULT_MIB
            except ValueError:
                raise ValueError(f"{what}: give a whole number of MiB, 0-1024 (0: leave malloc alone)") from None
        if not 0 <= mib <= 1024:
            raise ValueError(f"{what} not allowed; allowed 0-1024 MiB (0: leave malloc alone)")
        pad = mib * 1024 * 1024
        _applied = pad if pad and "MALLOC_TOP_PAD_" not in os.environ and _mallopt(M_TOP_PAD, pad) else 0
        return _applied
