"""Where to cut a pass's sentences into forward micro-batches: little padding, few passes.

A forward pass over sentences padded to the longest one costs about ``rows x longest`` tokens of work
plus a fixed cost per pass (Python, kernel launches, and for generation one per decoder step). With the
sentences sorted by length, the cheapest cut minimises::

    sum over micro-batches of  (sentences x longest length) + overhead_tokens

subject to at most ``max_size`` sentences per micro-batch. A short dynamic programme finds it exactly.
On CPU the per-pass cost is small (a few tokens' worth), so a batch of 64 corpus sentences becomes
several passes of similar lengths: measured on MiniLM (bench/extract.py), 1.8x faster than one padded
pass. Generation pays a pass's cost once per decoder step, so its passes count GENERATION_FACTOR times
more. On a GPU a pass is relatively dearer and batches should stay large: its default overhead is high.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

CPU_OVERHEAD_TOKENS = 32
CUDA_OVERHEAD_TOKENS = 2048
# a pass that generates pays its fixed cost at every decoder step: measured on en-es (256 corpus sentences
# in requests of 64, 2 threads), 32 tokens made translation 19 % slower than one pass per request, 256-512
# made it 13-20 % faster
GENERATION_FACTOR = 12


def overhead_tokens(configured: int, device: str, generating: bool) -> int:
    """The per-pass cost to plan with: ``configured`` (-1: this device's default), times GENERATION_FACTOR
    for passes that generate."""
    base = configured if configured >= 0 else (
        CUDA_OVERHEAD_TOKENS if str(device).startswith("cuda") else CPU_OVERHEAD_TOKENS)
    return base * (GENERATION_FACTOR if generating else 1)


def plan(lengths: Sequence[int], max_size: int, overhead_tokens: int) -> list[tuple[int, int]]:
    """Cuts ``[(start, end), ...]`` covering ``lengths`` (ascending: ``sorted`` first) in order.

    ``lengths``: tokens per sentence, sorted ascending; ``max_size`` >= 1 sentences per micro-batch;
    ``overhead_tokens`` >= 0, the fixed cost of one pass in tokens. O(n x max_size) with numpy rows.
    """
    n = len(lengths)
    if n == 0:
        return []
    L = np.asarray(lengths, dtype=np.int64)
    if np.any(L[1:] < L[:-1]):
        raise ValueError("lengths must be sorted ascending")
    best = np.zeros(n + 1, dtype=np.int64)
    cut = np.zeros(n + 1, dtype=np.int64)
    for j in range(1, n + 1):
        lo = max(0, j - max_size)
        starts = np.arange(lo, j)
        # a micro-batch [i, j) pads every row to lengths[j - 1], the longest in it
        costs = best[lo:j] + (j - starts) * L[j - 1] + overhead_tokens
        k = int(np.argmin(costs))
        best[j], cut[j] = costs[k], lo + k
    out = []
    j = n
    while j > 0:
        out.append((int(cut[j]), j))
        j = int(cut[j])
    return out[::-1]
