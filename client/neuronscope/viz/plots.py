"""matplotlib figures of analysis results: masking-out bars, erasure curves, focus counts, correlations, scores.

matplotlib is imported inside each function (``pip install 'neuronscope[viz]'``), so ``import
neuronscope.viz`` stays light. Figures are built with ``matplotlib.figure.Figure`` directly, not
pyplot: no global figure registry to leak into, no backend to choose.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from neuronscope.types import AblationCell, ErasePoint, Ranking

_INSTALL = "neuronscope.viz plots need matplotlib: pip install 'neuronscope[viz]'"
_SELECTIONS = ("top", "random", "bottom")
_SELECTION_COLORS = {"top": "#d6404e", "random": "#9a9a9a", "bottom": "#3b6fd6"}


def _figure(width: float = 6.4, height: float = 4.0) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as e:
        raise ImportError(_INSTALL) from e
    return Figure(figsize=(width, height), layout="constrained")


def save(fig: Figure, path: str | os.PathLike) -> None:
    """Write ``fig`` to ``path`` as SVG (``.svg``) or PNG (``.png``), chosen by the suffix."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix not in (".svg", ".png"):
        raise ValueError(f"path must end in .svg or .png, got {os.fspath(path)!r}")
    fig.savefig(path, format=suffix[1:], dpi=100 if suffix == ".png" else None)


def to_svg(fig: Figure) -> str:
    """The figure as SVG text."""
    buf = io.BytesIO()
    fig.savefig(buf, format="svg")
    return buf.getvalue().decode("utf-8")


def plot_masking(
    cells: Ranking | Sequence[AblationCell | Any],
    majority_baseline: float | None = None,
    *,
    mode: str = "masking",
    title: str | None = None,
) -> Figure:
    """The masking-out table as grouped bars: top / random / bottom at each percentage.

    ``cells``: a ``Ranking`` (its ``ablation`` and ``majority_baseline``) or rows with ``mode``,
    ``selection``, ``percent`` and ``score`` (``AblationCell`` or ``analysis.AblationRow``). The
    "all" score and the majority baseline are drawn as horizontal lines.
    """
    if hasattr(cells, "ablation"):
        if majority_baseline is None:
            majority_baseline = cells.majority_baseline or None
        cells = cells.ablation
    rows = [c for c in cells if c.mode == mode]
    if not rows:
        raise ValueError(f"no ablation rows of mode {mode!r}")
    percents = sorted({float(c.percent) for c in rows if c.selection != "all"})
    score = {(c.selection, float(c.percent)): float(c.score) for c in rows}
    fig = _figure()
    ax = fig.add_subplot()
    x = np.arange(len(percents))
    width = 0.8 / len(_SELECTIONS)
    for k, sel in enumerate(_SELECTIONS):
        heights = [score.get((sel, p), np.nan) for p in percents]
        ax.bar(x + (k - 1) * width, heights, width, label=sel, color=_SELECTION_COLORS[sel])
    full = [c.score for c in rows if c.selection == "all"]
    if full:
        ax.axhline(full[0], color="#222222", linestyle="-", linewidth=1, label=f"ALL ({full[0]:.3f})")
    if majority_baseline is not None:
        ax.axhline(majority_baseline, color="#222222", linestyle=":", linewidth=1,
                   label=f"majority ({majority_baseline:.3f})")
    ax.set_xticks(x, [f"{p:g} %" for p in percents])
    ax.set_xlabel("neurons kept")
    ax.set_ylabel("accuracy")
    ax.set_title(title or f"{mode}: keep top / random / bottom neurons")
    ax.legend(fontsize="small")
    return fig


def _curve(points: Sequence[ErasePoint] | tuple[Sequence[float], Sequence[float]], metric: str) -> tuple:
    if isinstance(points, tuple) and len(points) == 2 and not hasattr(points[0], "k"):
        return np.asarray(points[0], dtype=float), np.asarray(points[1], dtype=float)
    pts = sorted(points, key=lambda p: p.k)
    return np.array([p.k for p in pts], dtype=float), np.array([getattr(p, metric) for p in pts], dtype=float)


def plot_erasure(
    curves: Mapping[str, Sequence[ErasePoint] | tuple[Sequence[float], Sequence[float]]],
    *,
    metric: str = "bleu",
    title: str | None = None,
) -> Figure:
    """Erasure curves: ``metric`` (BLEU by default) against k erased neurons, one line per named curve.

    ``curves``: name (e.g. "top", "bottom", "random") -> the ``ErasePoint``s of ``Client.erase``, or
    a (ks, values) pair.
    """
    if not curves:
        raise ValueError("curves is empty")
    fig = _figure()
    ax = fig.add_subplot()
    for name, points in curves.items():
        ks, ys = _curve(points, metric)
        ax.plot(ks, ys, marker="o", markersize=3, label=str(name), color=_SELECTION_COLORS.get(str(name)))
    ax.set_xlabel("neurons erased (k)")
    ax.set_ylabel(metric.upper() if metric in ("bleu", "chrf") else metric)
    ax.set_title(title or f"{metric} as neurons are erased")
    ax.legend(fontsize="small")
    return fig


def plot_focus(
    counts: Mapping[str, int],
    *,
    mass: float = 0.25,
    focused_max: int | None = 10,
    title: str | None = None,
) -> Figure:
    """Focused vs distributed: per label, the number of neurons holding ``mass`` of its weight, sorted.

    ``counts``: label -> neuron count (e.g. ``{f.label: f.n_neurons for f in focused_vs_distributed(W)}``).
    A dashed line marks ``focused_max`` (labels at or below it count as focused).
    """
    if not counts:
        raise ValueError("counts is empty")
    items = sorted(counts.items(), key=lambda kv: (kv[1], str(kv[0])))
    fig = _figure(max(4.0, 0.35 * len(items) + 1.5), 4.0)
    ax = fig.add_subplot()
    values = [v for _, v in items]
    colors = ["#3b6fd6" if focused_max is not None and v <= focused_max else "#d6404e" for v in values]
    ax.bar(range(len(items)), values, color=colors)
    if focused_max is not None:
        ax.axhline(focused_max, color="#222222", linestyle="--", linewidth=1, label=f"focused ≤ {focused_max}")
        ax.legend(fontsize="small")
    ax.set_xticks(range(len(items)), [str(k) for k, _ in items], rotation=60, ha="right", fontsize="small")
    ax.set_ylabel(f"neurons holding {mass:.0%} of the weight")
    ax.set_title(title or "focused vs distributed labels")
    return fig


def plot_correlation(
    matrix: np.ndarray,
    labels: Sequence[str],
    col_labels: Sequence[str] | None = None,
    *,
    title: str | None = None,
    vmin: float = -1.0,
    vmax: float = 1.0,
) -> Figure:
    """A cross-model correlation heatmap: ``matrix (rows, cols)`` with row ``labels`` (and ``col_labels``,
    default the same), a diverging colour map over [vmin, vmax] and a colour bar; cells annotated when small."""
    m = np.asarray(matrix, dtype=float)
    cols = list(labels) if col_labels is None else list(col_labels)
    if m.ndim != 2 or m.shape != (len(labels), len(cols)):
        raise ValueError(f"matrix must be ({len(labels)}, {len(cols)}) for the labels given, got {m.shape}")
    fig = _figure(max(4.0, 0.6 * m.shape[1] + 2.5), max(3.5, 0.5 * m.shape[0] + 1.5))
    ax = fig.add_subplot()
    im = ax.imshow(m, cmap="RdBu_r", vmin=vmin, vmax=vmax)
    ax.set_xticks(range(len(cols)), [str(c) for c in cols], rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), [str(r) for r in labels])
    if m.size <= 144:
        for (i, j), v in np.ndenumerate(m):
            ax.text(j, i, "" if np.isnan(v) else f"{v:.2f}", ha="center", va="center", fontsize="x-small",
                    color="white" if abs(v) > 0.6 * max(abs(vmin), abs(vmax)) else "black")
    fig.colorbar(im, ax=ax, shrink=0.8)
    ax.set_title(title or "correlation")
    return fig


def plot_scores(scores: Ranking | np.ndarray, *, title: str | None = None, log: bool = False) -> Figure:
    """A ranking's score curve: scores sorted descending against rank (NaN scores, undefined, left out).

    ``scores``: a ``Ranking`` (its ``scores``) or a (neurons,) array.
    """
    if hasattr(scores, "ordering"):
        if scores.scores is None:
            raise ValueError(f"ranking {scores.method!r} has no per-neuron scores (lca rankings have none)")
        method, scores = scores.method, scores.scores
    else:
        method = ""
    s = np.asarray(scores, dtype=float).reshape(-1)
    s = np.sort(s[np.isfinite(s)])[::-1]
    if not s.size:
        raise ValueError("no finite scores to plot")
    fig = _figure()
    ax = fig.add_subplot()
    ax.plot(np.arange(1, s.size + 1), s, color="#d6404e")
    if log:
        ax.set_xscale("log")
    ax.set_xlabel("rank")
    ax.set_ylabel("score")
    ax.set_title(title or f"{method} scores, sorted".strip())
    return fig
