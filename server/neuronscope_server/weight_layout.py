"""CPU weight layout: ``nn.Linear`` weights stored input-major, so the GEMM reads them untransposed.

``nn.Linear`` keeps its weight as ``(out_features, in_features)`` and computes ``x @ weight.T``; the
BLAS then multiplies by a transposed operand. On the CPU (torch's MKL, 2 cores of an Intel Xeon with
AVX-512) that form is up to 2× slower for the few-row matrices a short request makes: ``(12, 384) @
(384, 384)`` took 51 µs transposed and 28 µs untransposed, ``(24, 1536) @ (1536, 384)`` 433 vs 222 µs;
from ~100 rows on the two are equal within noise (``bench/forward.py``'s GEMM table). On 2 cores of an
AMD EPYC the same table is 0.88-1.10x either way and a batch-1 call is unchanged (session 11): kept on,
as it costs nothing there. Storing each weight's values input-major — the same ``(out, in)`` tensor,
as a transposed view of a contiguous ``(in, out)`` buffer — makes ``weight.T`` contiguous, so the
BLAS takes the fast form. Values, shapes, dtype and the ``Parameter`` objects stay the same; no
memory is added (each buffer replaces the one before). Measured: the pass in ``bench/forward.py``, a
batch-1 call through the client in ``bench/server_ab.py`` (8.03 vs 8.72 ms on the Intel machine).

Left alone: weights that another module shares (tied embeddings: a lookup wants rows contiguous),
weights not on the CPU (cuBLAS takes either form at full speed) and non-float32 weights (not measured).
"""

from __future__ import annotations

from collections import Counter

import torch


def input_major_linear_weights(model: torch.nn.Module) -> int:
    """Re-store every unshared float32 CPU ``nn.Linear`` weight input-major, in place; returns how many."""
    uses = Counter(id(p) for _, p in model.named_parameters(remove_duplicate=False))
    changed = 0
    for module in model.modules():
        weight = getattr(module, "weight", None) if isinstance(module, torch.nn.Linear) else None
        if (weight is None or weight.dim() != 2 or uses[id(weight)] != 1 or weight.device.type != "cpu"
                or weight.dtype != torch.float32 or not weight.is_contiguous()):
            continue
        with torch.no_grad():
            weight.data = weight.data.t().contiguous().t()  # same Parameter, same values, (in, out) storage
        changed += 1
    return changed


def is_input_major(weight: torch.Tensor) -> bool:
    """Whether ``weight`` (out, in) is stored as the transpose of a contiguous (in, out) buffer."""
    return weight.dim() == 2 and weight.t().is_contiguous() and not weight.is_contiguous()
