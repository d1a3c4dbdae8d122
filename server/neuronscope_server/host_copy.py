"""Device → host copies for a whole batch with one synchronisation.

On CUDA each tensor is copied in its own dtype (bf16/fp16 captures move half the bytes of float32)
into page-locked host memory with ``non_blocking=True``; the copies queue behind the batch's kernels
and one stream synchronisation waits for all of them. torch's caching host allocator reuses the
pinned blocks, so steady state allocates nothing. On the CPU nothing is copied.
"""

from __future__ import annotations

import numpy as np
import torch


def to_host(tensors: dict[str, torch.Tensor | None]) -> dict[str, torch.Tensor]:
    """CPU tensors (same dtypes) for ``tensors``; None values are dropped. One sync per call on CUDA."""
    live = {k: v for k, v in tensors.items() if v is not None}
    cuda = [v for v in live.values() if v.device.type == "cuda"]
    if not cuda:
        return {k: v.cpu() for k, v in live.items()}
    out: dict[str, torch.Tensor] = {}
    for k, v in live.items():
        if v.device.type != "cuda":
            out[k] = v
            continue
        buf = torch.empty(v.shape, dtype=v.dtype, pin_memory=True)
        buf.copy_(v, non_blocking=True)
        out[k] = buf
    torch.cuda.current_stream(cuda[0].device).synchronize()
    return out


def float32_numpy(t: torch.Tensor) -> np.ndarray:
    """A CPU tensor as float32 numpy (bfloat16 has no numpy dtype: widened in torch)."""
    return (t if t.dtype == torch.float32 else t.float()).numpy()
