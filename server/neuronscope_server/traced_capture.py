"""Capture-only passes replayed from TorchScript traces: the model's Python runs once per site set.

A small model's forward is largely Python: every module's ``__call__``, transformers' wrappers, the
capture hooks. For MiniLM at batch 1 on 2 CPU cores the hooked eager pass took 3.86 ms and the same
pass replayed from a frozen trace 2.52 ms, bit-identical (docs/PERFORMANCE.md). A trace records the
tensor operations of one call — the capture hooks' copies included — and replays them for any batch
size and length.

Used only where replay is exact by construction:

* no overrides in the pass (override hooks branch on the data: conditions, steps, receipts);
* an encoder-only model, or a seq2seq model's encoder (every captured site on the source side);
* the trace passed a parity check on inputs of other shapes than it was traced with (one unpadded
  sentence, three padded ones, two longer ones): the replay must reproduce the hooked eager pass on
  every real position. A site set that fails, or that cannot be traced, is remembered and runs eagerly.

The replay returns every site side by side, ``(batch, seq, sum of widths)``, so the host copy and the
word aggregation are one operation for all sites. A batch without padding (every batch of one sentence)
replays a second graph traced without an attention mask: the model then builds no mask and attention
runs unmasked, with the same values (parity-checked like the first; MiniLM, one sentence, 2 cores:
6.82 → 6.62 ms, ``bench/forward.py``). Graphs are kept per site set and masking (least recently used
beyond ``MAX_GRAPHS``); tracing one takes ~0.1–0.2 s, once. Replays run with the JIT's graph
optimisations off, so no executor re-specialises on new shapes mid-traffic.
"""

from __future__ import annotations

import logging
import warnings
from collections import OrderedDict
from collections.abc import Callable, Sequence

import torch

from neuronscope_server.hooks import hooked
from neuronscope_server.sites import SiteSpec

log = logging.getLogger(__name__)
MAX_GRAPHS = 16
_FAILED = object()


class _Sites(torch.nn.Module):
    """``forward(input_ids, attention_mask)`` → the sites' values concatenated on the last axis."""

    def __init__(self, root: torch.nn.Module, run: Callable, sites: Sequence[SiteSpec], masked: bool = True) -> None:
        super().__init__()
        self.root = root  # hooks go on its submodules; its parameters are the trace's
        self._run = run  # a bound __call__ (not a module attribute): the model, or a seq2seq model's encoder
        self._sites = list(sites)
        self._masked = masked  # False: every row is all real tokens, and the model gets no mask at all

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        with hooked(self.root, self._sites, []) as session:
            self._run(input_ids=input_ids, attention_mask=attention_mask if self._masked else None)
        return torch.cat([session.tensor(s.name) for s in self._sites], dim=-1)


class TracedCaptures:
    """Traced capture graphs of one model, by site set."""

    def __init__(self, model: torch.nn.Module, kind: str, name: str = "") -> None:
        self.model = model
        self.kind = kind
        self.name = name
        self._graphs: OrderedDict[tuple[tuple[str, ...], bool], object] = OrderedDict()
        self.device = next(model.parameters()).device
        self.dtype = next(model.parameters()).dtype
        vocab = int(getattr(model.config, "vocab_size", 0) or 1000)
        self._ids = (min(5, vocab - 1), vocab)  # random ids for tracing and the parity check

    def applies(self, capture: Sequence[SiteSpec], n_overrides: int) -> bool:
        if n_overrides or not capture:
            return False
        return self.kind == "encoder" or (self.kind == "seq2seq" and all(s.side == "source" for s in capture))

    def run(self, capture: Sequence[SiteSpec], input_ids: torch.Tensor, attention_mask: torch.Tensor,
            padded: bool = True) -> torch.Tensor | None:
        """(batch, seq, sum of widths) for ``capture`` in order, or None where this site set runs eagerly.

        ``padded``: whether any row has padding (the caller knows from its lengths, without reading the
        mask back from the device); without, the unmasked graph replays when it passed its check."""
        if not padded:
            out = self._replay(capture, input_ids, attention_mask, masked=False)
            if out is not None:
                return out
        return self._replay(capture, input_ids, attention_mask, masked=True)

    def _replay(self, capture: Sequence[SiteSpec], input_ids: torch.Tensor, attention_mask: torch.Tensor,
                masked: bool) -> torch.Tensor | None:
        key = (tuple(s.name for s in capture), masked)
        graph = self._graphs.get(key)
        if graph is None:
            graph = self._trace(capture, masked)
            self._graphs[key] = graph
            while len(self._graphs) > MAX_GRAPHS:
                self._graphs.popitem(last=False)
        else:
            self._graphs.move_to_end(key)
        if graph is _FAILED:
            return None
        with torch.jit.optimized_execution(False):
            return graph(input_ids, attention_mask)  # type: ignore[operator]

    def _eager(self, capture: Sequence[SiteSpec], masked: bool = True) -> _Sites:
        run = self.model.get_encoder().__call__ if self.kind == "seq2seq" else self.model.__call__
        return _Sites(self.model, run, capture, masked).eval()

    def _example(self, rows: int, length: int, pad_from: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor]:
        gen = torch.Generator().manual_seed(rows * 1000 + length)
        ids = torch.randint(*self._ids, (rows, length), generator=gen)
        mask = torch.ones(rows, length, dtype=torch.long)
        for r, start in enumerate(pad_from):
            mask[r, start:] = 0
        return ids.to(self.device), mask.to(self.device)

    def _trace(self, capture: Sequence[SiteSpec], masked: bool = True) -> object:
        eager = self._eager(capture)  # the reference: the hooked pass, always given the mask
        try:
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore")  # TracerWarnings about Python values the trace fixes
                example = self._example(2, 8, (8, 5) if masked else (8, 8))
                traced = torch.jit.trace(self._eager(capture, masked), example, check_trace=False, strict=False)
                # frozen on the CPU only: there it shares the weights (measured: no RSS growth) and saves ~2 %;
                # on a GPU freezing's folding passes may materialise new weight tensors per site set
                graph = torch.jit.freeze(traced.eval()) if self.device.type == "cpu" else traced
            # other shapes than the trace's: one unpadded sentence, three with padding, two longer ones
            tol = 1e-4 if self.dtype == torch.float32 else 2e-2
            longest = min(37, int(getattr(self.model.config, "max_position_embeddings", 0) or 37))
            shapes = ((1, 5, (5,)), (3, 11, (11, 7, 3)), (2, longest, (longest, longest // 2))) if masked else (
                (1, 5, (5,)), (3, 11, (11, 11, 11)), (2, longest, (longest, longest)))
            for ids, mask in (self._example(*shape) for shape in shapes):
                with torch.inference_mode(), torch.jit.optimized_execution(False):
                    want, got = eager(ids, mask), graph(ids, mask)
                real = mask.bool()
                if got.shape != want.shape or not torch.allclose(got[real], want[real], rtol=tol, atol=tol):
                    raise ValueError("the replay differs from the eager pass")
        except Exception as e:  # noqa: BLE001 - any failure means: this site set runs eagerly
            log.warning("model %s: capture of %s runs %s (trace not usable: %s)", self.name,
                        ", ".join(s.name for s in capture), "eagerly" if masked else "with its mask",
                        str(e).splitlines()[0][:200] if str(e) else type(e).__name__)
            return _FAILED
        log.info("model %s: traced capture of %d sites (%s)", self.name, len(capture), "masked" if masked else "unpadded")
        return graph
