"""Request-scoped forward hooks that capture and override activations at canonical sites.

Hooks are global state on a module, so they are attached only inside ``HookSession`` (a context
manager that removes every handle in ``finally``) and the runtime runs one hooked forward per model
at a time. A hook returns a new tensor to override, or nothing to observe.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum

import torch

from neuronscope_server.sites import SiteSpec


class Op(str, Enum):  # noqa: UP042 - StrEnum needs Python 3.11; we support 3.10
    SET = "set"
    ADD = "add"
    SCALE = "scale"
    ZERO = "zero"
    MEAN = "mean"
    CLAMP = "clamp"
    PROJECT = "project"


@dataclass(frozen=True)
class ResolvedCondition:
    """A neuron test evaluated in the pass, at ``site`` (a source site the pass reaches first).

    ``valid (batch, seq)``: the positions of real word pieces (padding and special tokens never meet it).
    """

    site: SiteSpec
    neuron: int
    threshold: float
    below: bool
    mean: float
    std: float
    any_position: bool
    valid: torch.Tensor

    def evaluate(self, h: torch.Tensor) -> torch.Tensor:
        """(batch, seq) bool where the test holds, or (batch,) with ``any_position``."""
        z = (h[..., self.neuron].float() - self.mean) / self.std
        met = (z < self.threshold) if self.below else (z > self.threshold)
        valid = self.valid.to(h.device)[:, : met.shape[1]]
        if valid.shape[1] < met.shape[1]:
            valid = torch.nn.functional.pad(valid, (0, met.shape[1] - valid.shape[1]))
        met = met & valid
        return met.any(dim=1) if self.any_position else met


@dataclass(frozen=True)
class ResolvedOverride:
    """One validated override, ready to apply.

    ``neurons``: (k,) int64. ``values``: (k,) float32 — already resolved (standardized values turned
    into raw ones, MEAN turned into SET with the means, ZERO into SET 0). ``mask``: which positions
    to touch — (batch, seq) bool for source sites; for target sites a (steps,) bool over decoder
    positions, or None for every position.
    """

    site: SiteSpec
    neurons: torch.Tensor
    op: Op
    values: torch.Tensor
    low: float = 0.0
    high: float = 0.0
    mask: torch.Tensor | None = None
    matrix: torch.Tensor | None = None  # PROJECT: (k, k); ``values`` is then the center
    # (batch,) bool: the sentences of the pass this override belongs to (None: all). Requests with
    # different overrides share one forward pass; each override touches only its own rows.
    rows: torch.Tensor | None = None
    # a `when` clause: a neuron test (evaluated in the pass) and/or the rows a lexical trigger selected
    cond: ResolvedCondition | None = None
    lexical: torch.Tensor | None = None  # (batch,) bool; already folded into ``rows``
    tokens: torch.Tensor | None = None  # target token ids: apply at the decoder steps that read one of them

    def to(self, device: torch.device, dtype: torch.dtype) -> ResolvedOverride:
        """This override with its tensors on ``device`` (values in the model's ``dtype``), moved once per
        pass so the hook does no host-to-device copy at each decoder step."""
        move = lambda t: None if t is None else t.to(device, non_blocking=True)  # noqa: E731
        cond = None if self.cond is None else replace(self.cond, valid=move(self.cond.valid))
        return replace(self, neurons=move(self.neurons), values=self.values.to(device, dtype, non_blocking=True),
                       mask=move(self.mask), rows=move(self.rows), cond=cond, tokens=move(self.tokens),
                       matrix=None if self.matrix is None else self.matrix.to(device, dtype, non_blocking=True))


@dataclass
class EffectStats:
    """What one override did over a pass, accumulated on the device (no synchronisation per step).

    Per row of the pass (sentences × beams): changed cells, the sum and max of |after - before|, and
    which positions (absolute: source pieces or decoder steps) had a changed cell.
    """

    fired: torch.Tensor | None = None  # (sentences,) bool: where a neuron condition held
    cells: torch.Tensor | None = None  # (rows,) int64
    abs_sum: torch.Tensor | None = None  # (rows,) float32
    abs_max: torch.Tensor | None = None  # (rows,) float32
    touched: torch.Tensor | None = None  # (rows, positions so far) bool, by absolute position

    def add(self, diff: torch.Tensor, offset: int) -> None:
        """``diff (rows, seq, k)``: |after - before| of one hook call."""
        d = diff.float()
        changed = d > 0
        cells, total = changed.sum(dim=(1, 2)), d.sum(dim=(1, 2))
        peak = d.amax(dim=(1, 2)) if d.numel() else torch.zeros(d.shape[0], device=d.device)
        if self.cells is None or self.cells.shape != cells.shape:
            self.cells, self.abs_sum, self.abs_max = cells, total, peak
        else:
            self.cells, self.abs_sum = self.cells + cells, self.abs_sum + total
            self.abs_max = torch.maximum(self.abs_max, peak)
        any_cell = changed.any(-1)  # (rows, seq)
        end = offset + any_cell.shape[1]
        if self.touched is None or self.touched.shape[0] != any_cell.shape[0]:
            self.touched = torch.zeros(any_cell.shape[0], end, dtype=torch.bool, device=any_cell.device)
        elif self.touched.shape[1] < end:
            self.touched = torch.nn.functional.pad(self.touched, (0, end - self.touched.shape[1]))
        # OR in place: without a KV cache the prefix is recomputed, and a position counts once
        self.touched[:, offset:end] |= any_cell


def apply_override(h: torch.Tensor, ov: ResolvedOverride, offset: int, beams: int,
                   stats: EffectStats | None = None, cond: torch.Tensor | None = None) -> torch.Tensor:
    """Return ``h`` (batch, seq, width) with ``ov`` applied; never modifies ``h`` in place.

    ``offset``: absolute position of ``h[:, 0]`` (decoder steps already run with a KV cache).
    ``beams``: rows per sentence in ``h`` (beam search expands the batch sentence-major).
    """
    idx = ov.neurons.to(h.device)
    sel = h[..., idx]
    vals = ov.values.to(device=h.device, dtype=h.dtype)
    if ov.op in (Op.SET, Op.ZERO, Op.MEAN):
        new = vals.expand_as(sel)
    elif ov.op is Op.ADD:
        new = sel + vals
    elif ov.op is Op.SCALE:
        new = sel * vals
    elif ov.op is Op.PROJECT:
        assert ov.matrix is not None
        new = (sel - vals) @ ov.matrix.to(device=h.device, dtype=h.dtype) + vals
    else:  # CLAMP
        new = sel.clamp(ov.low, ov.high)
    mask = None
    if ov.mask is not None:
        seq = h.shape[1]
        if ov.mask.dim() == 2:  # (sentences, positions) for source sites
            mask = ov.mask.to(h.device)
            if beams > 1 and mask.shape[0] * beams == h.shape[0]:
                mask = mask.repeat_interleave(beams, dim=0)
            mask = mask[:, offset : offset + seq]
            if mask.shape[1] < seq:  # positions beyond the mask (padding) are left alone
                mask = torch.nn.functional.pad(mask, (0, seq - mask.shape[1]))
        else:  # (steps,) for decoder sites, same for every row
            steps = ov.mask.to(h.device)[offset : offset + seq]
            if steps.shape[0] < seq:
                steps = torch.nn.functional.pad(steps, (0, seq - steps.shape[0]))
            mask = steps.unsqueeze(0).expand(h.shape[0], seq)
    if ov.rows is not None:
        rows = ov.rows.to(h.device)
        if beams > 1 and rows.shape[0] * beams == h.shape[0]:
            rows = rows.repeat_interleave(beams)
        rows = rows.unsqueeze(1).expand(h.shape[0], h.shape[1])
        mask = rows if mask is None else mask & rows
    if cond is not None:  # where the `when` test held: per sentence, or per source position
        c = cond.to(h.device)
        if beams > 1 and c.shape[0] * beams == h.shape[0]:
            c = c.repeat_interleave(beams, dim=0)
        if c.dim() == 1:
            c = c.unsqueeze(1).expand(h.shape[0], h.shape[1])
        else:
            c = c[:, offset : offset + h.shape[1]]
            if c.shape[1] < h.shape[1]:
                c = torch.nn.functional.pad(c, (0, h.shape[1] - c.shape[1]))
        mask = c if mask is None else mask & c
    if mask is not None:
        new = torch.where(mask.unsqueeze(-1), new, sel)
    if stats is not None:
        stats.add((new - sel).abs(), offset)
    out = h.clone()
    out[..., idx] = new
    return out


@dataclass
class HookSession:
    """Captured tensors of one hooked pass, by site name: a list with one (batch, seq, width) tensor per call."""

    captured: dict[str, list[torch.Tensor]] = field(default_factory=dict)
    beams: int = 1
    effects: dict[int, EffectStats] = field(default_factory=dict)  # id(override) -> stats, when recording
    conditions: dict[int, torch.Tensor] = field(default_factory=dict)  # id(override) -> where its test held

    def tensor(self, site: str) -> torch.Tensor:
        """All calls of ``site`` concatenated along the sequence axis: (batch, seq, width)."""
        parts = self.captured[site]
        return parts[0] if len(parts) == 1 else torch.cat(parts, dim=1)


def _first(x: object) -> torch.Tensor:
    return x[0] if isinstance(x, tuple) else x  # type: ignore[index,return-value]


@contextmanager
def hooked(
    model: torch.nn.Module,
    capture: list[SiteSpec],
    overrides: list[ResolvedOverride],
    beams: int = 1,
    record: bool = False,
) -> Iterator[HookSession]:
    """Attach capture and override hooks for one pass; always removes them.

    Overrides run before capture at the same site, so a captured site shows its overridden value.
    Captures are copies taken in the hook, so an in-place operation later in the model cannot change
    them. ``record``: count what each override changes (``session.effects``, for receipts).
    """
    session = HookSession(beams=beams)
    if record:
        session.effects = {id(ov): EffectStats() for ov in overrides}
    by_site: dict[str, list[ResolvedOverride]] = {}
    for ov in overrides:
        by_site.setdefault(ov.site.name, []).append(ov)
    tests: dict[str, list[ResolvedOverride]] = {}
    for ov in overrides:
        if ov.cond is not None:
            tests.setdefault(ov.cond.site.name, []).append(ov)
    specs = ({s.name: s for s in capture} | {ov.site.name: ov.site for ov in overrides}
             | {ov.cond.site.name: ov.cond.site for ov in overrides if ov.cond is not None})
    capture_names = {s.name for s in capture}
    offsets: dict[str, int] = {}
    handles = []

    def process(name: str, h: torch.Tensor) -> torch.Tensor | None:
        offset = offsets.get(name, 0)
        if specs[name].side == "target" and h.shape[1] > 1:
            # several positions at once: a teacher-forced pass, or generation without a KV cache re-reading
            # the prefix; either way they start at target position 0 (with a cache, one position per step)
            offset = 0
        offsets[name] = offset + h.shape[1]
        changed = None
        for ov in tests.get(name, ()):  # `when` tests read this site before any override changes it
            if offset == 0 and id(ov) not in session.conditions:
                met = ov.cond.evaluate(h)
                session.conditions[id(ov)] = met
                if id(ov) in session.effects:
                    session.effects[id(ov)].fired = met if met.dim() == 1 else met.any(dim=1)
        for ov in by_site.get(name, ()):
            tested = ov.cond is not None or ov.tokens is not None
            cond = session.conditions.get(id(ov)) if tested else None
            if tested and cond is None:
                continue  # its test has not run (its site comes later): the override does not apply
            changed = apply_override(changed if changed is not None else h, ov, offset, session.beams,
                                     session.effects.get(id(ov)), cond)
        if name in capture_names:
            # a copy: the module's output may be changed in place later in the forward pass
            session.captured.setdefault(name, []).append((changed if changed is not None else h).detach().clone())
        return changed

    token_tests = [ov for ov in overrides if ov.tokens is not None]
    decoder_seen = [0]

    def read_decoder_input(mod, args, kwargs):
        """Which decoder positions read one of an override's trigger tokens (absolute positions)."""
        ids = kwargs.get("input_ids", args[0] if args else None)
        if ids is None:
            return None
        off = 0 if ids.shape[1] > 1 else decoder_seen[0]
        decoder_seen[0] = off + ids.shape[1]
        for ov in token_tests:
            hit = torch.isin(ids, ov.tokens.to(ids.device))  # (rows, seq)
            prev = session.conditions.get(id(ov))
            end = off + hit.shape[1]
            if prev is None or prev.shape[0] != hit.shape[0]:
                prev = torch.zeros(hit.shape[0], end, dtype=torch.bool, device=hit.device)
            elif prev.shape[1] < end:
                prev = torch.nn.functional.pad(prev, (0, end - prev.shape[1]))
            prev[:, off:end] = hit
            session.conditions[id(ov)] = prev
            if id(ov) in session.effects:
                st = session.effects[id(ov)]
                now = hit.any(dim=1)
                st.fired = now if st.fired is None or st.fired.shape != now.shape else st.fired | now
        return None

    try:
        if token_tests and hasattr(model, "get_decoder"):
            dec_hook = model.get_decoder().register_forward_pre_hook(read_decoder_input, with_kwargs=True)
            read_decoder_input._neuronscope = True  # type: ignore[attr-defined]
            handles.append(dec_hook)
        for name, spec in specs.items():
            module = model.get_submodule(spec.module)
            if spec.hook == "pre":

                def pre_hook(mod, args, kwargs, _name=name):
                    if args:
                        new = process(_name, args[0])
                        return None if new is None else ((new, *args[1:]), kwargs)
                    key = "hidden_states" if "hidden_states" in kwargs else next(iter(kwargs))
                    new = process(_name, kwargs[key])
                    return None if new is None else (args, {**kwargs, key: new})

                pre_hook._neuronscope = True  # type: ignore[attr-defined]
                handles.append(module.register_forward_pre_hook(pre_hook, with_kwargs=True))
            else:

                def out_hook(mod, args, output, _name=name):
                    new = process(_name, _first(output))
                    if new is None:
                        return None
                    return (new, *output[1:]) if isinstance(output, tuple) else new

                out_hook._neuronscope = True  # type: ignore[attr-defined]
                handles.append(module.register_forward_hook(out_hook))
        yield session
    finally:
        for handle in handles:
            handle.remove()


def hook_count(model: torch.nn.Module) -> int:
    """neuronscope hooks currently attached anywhere in ``model`` (0 outside a session).

    Counts only our own: transformers 5 keeps hooks of its own on layers to record
    ``output_hidden_states``.
    """
    return sum(
        getattr(fn, "_neuronscope", False)
        for m in model.modules()
        for fn in (*m._forward_hooks.values(), *m._forward_pre_hooks.values())
    )
