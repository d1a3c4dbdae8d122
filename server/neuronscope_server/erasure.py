"""Model-level erasure (Bau et al. 2019 §3.2; Dalvi et al. 2019): erase the top / bottom / random k
neurons of a ranking at a site — or k SVCCA directions by projection — and score the model.

Seq2seq models are scored with sacreBLEU corpus BLEU and chrF against references; causal LMs with
token perplexity. Erasure is an override applied inside the forward pass at every position, so it
propagates through the later layers (the paper erased the top encoder layer, the attention memory).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from neuronscope import wire
from neuronscope_server.errors import InvalidArgument
from neuronscope_server.runtime import ModelRuntime
from neuronscope_server.sites import resolve
from neuronscope_server.spec import OverrideSpec, SentenceInput, SentenceOutput, TranslateSpec

SELECTS = ("top", "bottom", "random")


@dataclass(frozen=True)
class EraseSpec:
    site: str
    ks: tuple[int, ...]
    sentences: tuple[str, ...]
    references: tuple[str, ...] = ()
    ordering: tuple[int, ...] = ()
    select: str = "top"
    num_beams: int = 1
    seed: int = 0
    op: str = "zero"
    means: tuple[float, ...] = ()
    directions: np.ndarray | None = field(default=None, compare=False)  # (width, d)
    center: tuple[float, ...] = ()
    sites: tuple[str, ...] = ()  # several sites: ``ordering`` ranks their concatenated neurons
    random_seeds: tuple[int, ...] = ()  # random controls, one curve per seed


@dataclass
class ErasePointResult:
    k: int
    bleu: float = 0.0
    chrf: float = 0.0
    perplexity: float = 0.0
    translations: list[str] = field(default_factory=list)
    erased: list[int] = field(default_factory=list)
    select: str = "top"
    seed: int = 0


def _sites(rt: ModelRuntime, spec: EraseSpec) -> list[tuple[str, int, int]]:
    """(site, offset, width) of every site erased, in order."""
    if spec.sites and spec.site:
        raise InvalidArgument("give site or sites, not both")
    names = spec.sites or (spec.site,)
    out, offset = [], 0
    for j, name in enumerate(names):
        s = resolve(rt.sites, name, field=f"sites[{j}]" if spec.sites else "site")
        out.append((s.name, offset, s.width))
        offset += s.width
    if len({n for n, _, _ in out}) != len(out):
        raise InvalidArgument("sites lists a site twice")
    return out


def validate(rt: ModelRuntime, spec: EraseSpec) -> int:
    """Check ``spec`` against the model; returns the erased width."""
    width = sum(w for _, _, w in _sites(rt, spec))
    if spec.directions is not None and spec.sites:
        raise InvalidArgument("directions erase within one site; give site, not sites")
    if not spec.sentences:
        raise InvalidArgument("sentences is empty; give the test sentences to score")
    if rt.kind == "seq2seq" and len(spec.references) != len(spec.sentences):
        raise InvalidArgument(f"references has {len(spec.references)} entries; one per sentence ({len(spec.sentences)})")
    if rt.kind == "encoder":
        raise InvalidArgument(f"model {rt.name!r} is an encoder: erasure needs a translation model or a causal LM")
    if spec.select not in SELECTS:
        raise InvalidArgument(f"select {spec.select!r} not allowed; allowed: {', '.join(SELECTS)}")
    if not spec.ks:
        raise InvalidArgument("ks is empty; give the schedule of k values, e.g. 0, 25, 50")
    if spec.directions is not None:
        d = np.asarray(spec.directions)
        if d.ndim != 2 or d.shape[0] != width:
            raise InvalidArgument(f"directions must be ({width}, d) for site {spec.site!r}, got {d.shape}")
        limit = d.shape[1]
    else:
        if spec.op not in ("zero", "mean"):
            raise InvalidArgument(f"op {spec.op!r} not allowed; allowed: zero, mean")
        if spec.op == "mean" and len(spec.means) != width:
            raise InvalidArgument(f"means has {len(spec.means)} entries; op mean needs one per neuron ({width})")
        if spec.select != "random":
            if sorted(spec.ordering) != list(range(width)):
                what = "the sites' neurons (concatenated)" if spec.sites else "the site's neurons"
                raise InvalidArgument(f"ordering must be a permutation of {what} 0-{width - 1}")
        limit = width
    for k in spec.ks:
        if not 0 <= k <= limit:
            raise InvalidArgument(f"ks value {k} out of range; allowed 0-{limit}")
    return width


def erase_curve(rt: ModelRuntime, spec: EraseSpec, should_stop: Callable[[], bool] | None = None,
                batch: int = 64, translate: Callable[..., list[SentenceOutput]] | None = None,
                ) -> Iterator[ErasePointResult]:
    """Score the model once per k; yields each point as it finishes.

    ``translate(spec, should_stop)`` runs the translations (default: ``rt.translate``; the service
    passes its batcher, so erasure queues behind interactive requests).
    """
    translate = translate or rt.translate
    width = validate(rt, spec)
    sites = _sites(rt, spec)
    runs = [(spec.select, spec.seed)] + [("random", int(s)) for s in spec.random_seeds]
    for select, seed in runs:
        yield from _curve(rt, spec, select, seed, width, sites, should_stop, batch, translate)


def points_of(spec: EraseSpec) -> list[tuple[str, int, int]]:
    """Every point a request asks for, in the order Erase yields them: (select, seed, k)."""
    runs = [(spec.select, spec.seed)] + [("random", int(s)) for s in spec.random_seeds]
    return [(select, seed, k) for select, seed in runs for k in spec.ks]


def erase_point(rt: ModelRuntime, spec: EraseSpec, select: str, seed: int, k: int,
                should_stop: Callable[[], bool] | None = None, batch: int = 64,
                translate: Callable[..., list[SentenceOutput]] | None = None) -> ErasePointResult:
    """One point of ``points_of(spec)`` on its own (a job's task: points are independent)."""
    width = validate(rt, spec)
    return next(_curve(rt, spec, select, seed, width, _sites(rt, spec), should_stop, batch,
                       translate or rt.translate, ks=(k,)))


def spec_from_request(request) -> EraseSpec:
    """An ``EraseRequest`` as an EraseSpec (checked against the model by ``erase_curve``/``erase_point``)."""
    directions = wire.decode(request.directions, field="directions") if request.HasField("directions") else None
    return EraseSpec(
        site=request.site, ks=tuple(request.ks), sentences=tuple(request.sentences),
        references=tuple(request.references), ordering=tuple(request.ordering), select=request.select or "top",
        num_beams=max(1, request.num_beams), seed=request.seed, op=request.op or "zero",
        means=tuple(request.means), directions=directions, center=tuple(request.center),
        sites=tuple(request.sites), random_seeds=tuple(request.random_seeds),
    )


def _curve(rt, spec: EraseSpec, select: str, seed: int, width: int, sites: list[tuple[str, int, int]],
           should_stop, batch: int, translate, ks: tuple[int, ...] | None = None) -> Iterator[ErasePointResult]:
    random_order = np.random.default_rng(seed).permutation(width).tolist()
    for k in spec.ks if ks is None else ks:
        point = ErasePointResult(k=k, select=select, seed=seed)
        overrides: list[OverrideSpec] = []
        if spec.directions is not None:
            from neuronscope.analysis import projection_eraser

            if k:
                matrix = projection_eraser(np.asarray(spec.directions), "bottom" if select == "bottom" else "top", k)
                overrides.append(OverrideSpec(spec.site, tuple(range(width)), "project", means=spec.center or (0.0,),
                                              matrix=matrix.astype(np.float32)))
        elif k:
            order = random_order if select == "random" else list(spec.ordering)
            erased = order[:k] if select in ("top", "random") else order[-k:]
            point.erased = sorted(erased)
            for name, offset, w in sites:  # one override per site, for its share of the erased neurons
                mine = [n for n in point.erased if offset <= n < offset + w]
                if not mine:
                    continue
                local = tuple(n - offset for n in mine)
                if spec.op == "zero":
                    overrides.append(OverrideSpec(name, local, "zero"))
                else:
                    overrides.append(OverrideSpec(name, local, "mean", means=tuple(spec.means[n] for n in mine)))
        if rt.kind == "causal-lm":
            point.perplexity = rt.perplexity(spec.sentences, overrides, should_stop)
        else:
            import sacrebleu

            hyps: list[str] = []
            for i in range(0, len(spec.sentences), batch):
                ts = TranslateSpec(sentences=tuple(SentenceInput(text=t) for t in spec.sentences[i : i + batch]),
                                   num_beams=spec.num_beams, overrides=tuple(overrides))
                hyps += [o.translation for o in translate(ts, should_stop)]
            point.bleu = sacrebleu.corpus_bleu(hyps, [list(spec.references)]).score
            point.chrf = sacrebleu.corpus_chrf(hyps, [list(spec.references)]).score
            point.translations = hyps
        yield point


