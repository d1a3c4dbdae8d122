"""Token heatmaps: neurons' activations over sentences' words (source and target side), as HTML or SVG."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .colors import hex_colors, normalise, scale_of, text_colors

_DIRECTIONS = ("auto", "ltr", "rtl")


def esc(value: object) -> str:
    """``str(value)`` escaped for HTML/XML text and attribute values (quotes included)."""
    return html.escape(str(value), quote=True)


def fmt(value: float) -> str:
    """A short number for legends and tables: 4 significant digits."""
    return f"{value:.4g}"


def text_direction(text: str | Sequence[str]) -> str:
    """"rtl" or "ltr" from the first strongly directional character (Unicode bidi class R/AL or L); "auto" if none.

    ``text``: a string or a sentence's words.
    """
    joined = text if isinstance(text, str) else " ".join(text)
    for ch in joined:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return "auto"


@dataclass(frozen=True)
class Panel:
    """One side's validated input: ``values[i] (words_i, neurons)`` for each sentence, one scale per neuron."""

    side: str
    words: tuple[tuple[str, ...], ...]
    values: tuple[np.ndarray, ...]
    neurons: tuple[str, ...]
    scales: np.ndarray  # (neurons,) max |value| over the shown sentences (1.0 where all are zero)
    directions: tuple[str, ...]  # per sentence: "ltr" | "rtl" | "auto"


def _check_words(words: Sequence[Sequence[str]], side: str) -> tuple[tuple[str, ...], ...]:
    if isinstance(words, str) or any(isinstance(s, str) for s in words):
        raise ValueError(f"{side} words must be a list of sentences, each a list of words (str); "
                         "wrap a single sentence as [words]")
    return tuple(tuple(str(w) for w in s) for s in words)


def _as_matrix(v: object, n_words: int, index: int, side: str) -> np.ndarray:
    a = np.asarray(v)
    if a.dtype.kind not in "fiub":
        raise ValueError(f"{side} sentence {index}: values must be real numbers, got dtype {a.dtype}")
    if a.dtype.kind != "f":
        a = a.astype(np.float64)
    if a.ndim == 1:
        a = a[:, None]
    if a.ndim != 2 or a.shape[0] != n_words:
        raise ValueError(f"{side} sentence {index}: values must be (words,) or (words, neurons) with "
                         f"{n_words} words, got shape {np.shape(v)}")
    return a


def _check_finite(a: np.ndarray, words: tuple[str, ...], index: int, side: str, labels: Sequence[str]) -> None:
    bad = ~np.isfinite(a)
    if bad.any():
        w, n = (int(x) for x in np.argwhere(bad)[0])
        raise ValueError(f"{side} sentence {index}, word {w} ({words[w]!r}), neuron {labels[n]}: value {a[w, n]} "
                         "is not finite; NaN and inf cannot be coloured")


def prepare(words: Sequence[Sequence[str]], values: Sequence[object], neurons: Sequence[object] | None,
            side: str = "source", direction: str = "auto") -> Panel:
    """Validate one side's sentences and values and compute its per-neuron scales.

    ``values[i]``: (words_i,) or (words_i, neurons) for sentence i; an empty sentence may give (0,).
    Raises ValueError naming the sentence (and word) for shapes that do not match and non-finite values.
    """
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {_DIRECTIONS}, got {direction!r}")
    sents = _check_words(words, side)
    if len(values) != len(sents):
        raise ValueError(f"{side}: {len(sents)} sentences but {len(values)} value arrays")
    mats = [_as_matrix(v, len(s), i, side) for i, (s, v) in enumerate(zip(sents, values))]
    widths = {m.shape[1] for m, v in zip(mats, values) if m.shape[0] > 0 or np.ndim(v) == 2}
    if len(widths) > 1:
        raise ValueError(f"{side}: every sentence must have the same number of neurons, got {sorted(widths)}")
    n = widths.pop() if widths else (len(neurons) if neurons is not None else 1)
    mats = [m if m.shape[1] == n else np.zeros((0, n), m.dtype) for m in mats]  # (0,) of an empty sentence
    labels = tuple(str(x) for x in neurons) if neurons is not None else tuple(f"#{k}" for k in range(n))
    if len(labels) != n:
        raise ValueError(f"{side}: {len(labels)} neuron labels for {n} neurons")
    for i, (s, m) in enumerate(zip(sents, mats)):
        _check_finite(m, s, i, side, labels)
    stacked = np.concatenate([m.astype(np.float64) for m in mats], axis=0) if mats else np.zeros((0, n))
    scales = np.array([scale_of(stacked[:, k]) for k in range(n)])
    dirs = tuple(text_direction(s) if direction == "auto" else direction for s in sents)
    return Panel(side, sents, tuple(mats), labels, scales, dirs)


def _panels(words, values, neurons, target_words, target_values, target_neurons, direction, target_direction,
            captions) -> tuple[list[Panel], list[str]]:
    panels = [prepare(words, values, neurons, "source", direction)]
    if (target_words is None) != (target_values is None):
        raise ValueError("target_words and target_values go together: give both or neither")
    if target_words is not None:
        target = prepare(target_words, target_values, target_neurons, "target", target_direction)
        if len(target.words) != len(panels[0].words):
            raise ValueError(f"{len(panels[0].words)} source sentences but {len(target.words)} target sentences")
        panels.append(target)
    n = len(panels[0].words)
    caps = [f"sentence {i}" for i in range(n)] if captions is None else [str(c) for c in captions]
    if len(caps) != n:
        raise ValueError(f"{len(caps)} captions for {n} sentences")
    return panels, caps


def _cell_title(word: str, label: str, value: np.floating) -> str:
    # str() of a numpy scalar is the shortest text that round-trips in its own dtype: the exact value.
    return f"{word} · {label}: {value}"


# --------------------------------------------------------------------------------------------------
# HTML

_CSS = """<style>
.ns-hm{font-family:sans-serif;font-size:13px;line-height:1.4}
.ns-hm .ns-hm-title{font-weight:bold;margin-bottom:4px}
.ns-hm .ns-hm-legend{display:flex;align-items:center;gap:6px;font-size:11px;color:#444;margin:2px 0}
.ns-hm .ns-hm-bar{display:inline-block;width:120px;height:10px;border:1px solid #ccc}
.ns-hm .ns-hm-cap{font-size:11px;color:#666;margin-top:6px}
.ns-hm .ns-hm-row{display:flex;align-items:flex-start;gap:6px;margin:1px 0}
.ns-hm .ns-hm-lab{flex:0 0 auto;min-width:4em;font-size:11px;color:#444}
.ns-hm .ns-hm-words{display:flex;flex-wrap:wrap;gap:2px}
.ns-hm .ns-hm-w{padding:0 3px;border-radius:2px;unicode-bidi:isolate;white-space:pre}
.ns-hm .ns-hm-empty{color:#999;font-style:italic}
</style>"""


def _legend_html(panel: Panel, with_side: bool) -> list[str]:
    out = []
    grad = ",".join(hex_colors(np.array([-1.0, -0.5, 0.0, 0.5, 1.0])))
    stacked = [m for m in panel.values if m.shape[0]]
    for k, label in enumerate(panel.neurons):
        col = np.concatenate([m[:, k] for m in stacked]) if stacked else np.zeros(0)
        scale = panel.scales[k]
        data = f"data min {fmt(col.min())}, max {fmt(col.max())}" if col.size else "no words"
        name = f"{panel.side} · {label}" if with_side else label
        out.append(
            f'<div class="ns-hm-legend"><span class="ns-hm-lab">{esc(name)}</span>'
            f'<span class="ns-hm-min">{esc(fmt(-scale))}</span>'
            f'<span class="ns-hm-bar" style="background:linear-gradient(to right,{grad})"></span>'
            f'<span class="ns-hm-max">{esc(fmt(scale))}</span>'
            f'<span>(white = 0; scale ±max|value| of this neuron; {esc(data)})</span></div>'
        )
    return out


def _sentence_rows_html(panel: Panel, i: int, with_side: bool) -> list[str]:
    words, m, d = panel.words[i], panel.values[i], panel.directions[i]
    out = []
    for k, label in enumerate(panel.neurons):
        name = f"{panel.side} · {label}" if with_side else label
        if not words:
            cells = '<span class="ns-hm-empty">(empty sentence)</span>'
        else:
            t = normalise(m[:, k], panel.scales[k])
            cells = " ".join(
                f'<span class="ns-hm-w" style="background:{bg};color:{fg}" title="{esc(_cell_title(w, label, v))}">'
                f"{esc(w)}</span>"
                for w, v, bg, fg in zip(words, m[:, k], hex_colors(t), text_colors(t))
            )
        out.append(f'<div class="ns-hm-row"><span class="ns-hm-lab">{esc(name)}</span>'
                   f'<span class="ns-hm-words" dir="{d}">{cells}</span></div>')
    return out


def heatmap_html(
    words: Sequence[Sequence[str]],
    values: Sequence[object],
    neurons: Sequence[object] | None = None,
    *,
    target_words: Sequence[Sequence[str]] | None = None,
    target_values: Sequence[object] | None = None,
    target_neurons: Sequence[object] | None = None,
    captions: Sequence[str] | None = None,
    title: str | None = None,
    direction: str = "auto",
    target_direction: str = "auto",
) -> str:
    """A self-contained HTML fragment: one coloured row of words per neuron for each sentence.

    ``words[i]``: sentence i's words; ``values[i]``: (words_i,) or (words_i, neurons) activations;
    ``neurons``: one label per neuron column (default ``#0, #1, ...``). ``target_words`` and
    ``target_values`` add the target side (its own neurons, e.g. a decoder site) under each sentence.
    Colours: blue (negative) - white (0) - red (positive), each neuron scaled by its max |value| over
    the shown sentences, with a legend; hovering a word shows its exact value. ``direction``: "auto"
    detects right-to-left scripts per sentence and sets ``dir="rtl"``; "ltr"/"rtl" force one.
    Raises ValueError for mismatched shapes and NaN/inf values (naming the sentence and word).
    """
    panels, caps = _panels(words, values, neurons, target_words, target_values, target_neurons, direction,
                           target_direction, captions)
    both = len(panels) > 1
    parts = [f'<div class="ns-hm">{_CSS}']
    if title:
        parts.append(f'<div class="ns-hm-title">{esc(title)}</div>')
    for p in panels:
        parts += _legend_html(p, both)
    for i, cap in enumerate(caps):
        parts.append(f'<div class="ns-hm-sent"><div class="ns-hm-cap">{esc(cap)}</div>')
        for p in panels:
            parts += _sentence_rows_html(p, i, both)
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------
# SVG: no text measuring is available, so widths are estimated from character counts.

_CHAR_W = 7.0  # px per character at 12 px sans-serif (wide East Asian characters count twice)
_CELL_H = 18
_GAP = 2
_PAD = 8


def _text_width(text: str) -> float:
    return _CHAR_W * sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(widths: list[float], available: float) -> list[list[int]]:
    """Greedy line breaks: word indices per line, each line at most ``available`` wide (a longer word alone)."""
    lines: list[list[int]] = [[]]
    used = 0.0
    for j, w in enumerate(widths):
        if lines[-1] and used + w > available:
            lines.append([])
            used = 0.0
        lines[-1].append(j)
        used += w + _GAP
    return lines


def _legend_x(label_w: float) -> float:
    """Where a legend's colour bar starts: after the label and room for the negative end's number."""
    return _PAD + label_w + 60


def _needed_width(panels: list[Panel], label_w: float, max_width: int) -> float:
    """The narrowest width that fits the legends and the longest sentence, at most ``max_width``."""
    longest = max((sum(max(_text_width(w) + 8, 16.0) + _GAP for w in s) for p in panels for s in p.words), default=0.0)
    legend = _legend_x(label_w) + 190
    return float(min(max_width, max(legend, _PAD + label_w + 6 + longest + _PAD, 200)))


def _legend_svg(panel: Panel, with_side: bool, y: float, label_w: float) -> tuple[list[str], float]:
    out = []
    steps = np.linspace(-1.0, 1.0, 21)
    colors = hex_colors(steps)
    for k, label in enumerate(panel.neurons):
        name = f"{panel.side} · {label}" if with_side else label
        scale = panel.scales[k]
        x0 = _legend_x(label_w)
        out.append(f'<g class="legend"><text x="{_PAD}" y="{y + 12}" fill="#444">{esc(name)}</text>'
                   f'<text x="{x0 - 4:.1f}" y="{y + 12}" text-anchor="end" fill="#444">{esc(fmt(-scale))}</text>')
        out += [f'<rect x="{x0 + 6 * s:.1f}" y="{y + 3}" width="6" height="10" fill="{c}"/>'
                for s, c in enumerate(colors)]
        out.append(f'<text x="{x0 + 63:.1f}" y="{y + 24}" text-anchor="middle" font-size="9" fill="#444">0</text>'
                   f'<text x="{x0 + 130:.1f}" y="{y + 12}" fill="#444">{esc(fmt(scale))}</text></g>')
        y += _CELL_H + 8
    return out, y


def _sentence_svg(panel: Panel, i: int, with_side: bool, y: float, label_w: float, width: float) -> tuple[list, float]:
    words, m, d = panel.words[i], panel.values[i], panel.directions[i]
    x0, x1 = _PAD + label_w + 6, width - _PAD
    if not words:
        out = [f'<text x="{x0:.1f}" y="{y + 13}" fill="#999" font-style="italic">(empty sentence)</text>']
        return out, y + _CELL_H + _GAP
    widths = [max(_text_width(w) + 8, 16.0) for w in words]
    lines = _wrap(widths, x1 - x0)
    ts = [normalise(m[:, k], panel.scales[k]) for k in range(m.shape[1])]
    fills = [hex_colors(t) for t in ts]
    inks = [text_colors(t) for t in ts]
    out = [f'<g class="sentence" direction="{d}">' if d != "auto" else '<g class="sentence">']
    for line in lines:
        xs, x = {}, (x1 if d == "rtl" else x0)
        for j in line:  # logical order in the markup; right-to-left sentences are laid out from the right
            if d == "rtl":
                x -= widths[j]
                xs[j] = x
                x -= _GAP
            else:
                xs[j] = x
                x += widths[j] + _GAP
        for k, label in enumerate(panel.neurons):
            name = f"{panel.side} · {label}" if with_side else label
            out.append(f'<text x="{_PAD}" y="{y + 13}" fill="#444" font-size="11">{esc(name)}</text>')
            for j in line:
                out.append(
                    f'<g><title>{esc(_cell_title(words[j], label, m[j, k]))}</title>'
                    f'<rect x="{xs[j]:.1f}" y="{y}" width="{widths[j]:.1f}" height="{_CELL_H}" rx="2" '
                    f'fill="{fills[k][j]}"/><text x="{xs[j] + widths[j] / 2:.1f}" y="{y + 13}" text-anchor="middle" '
                    f'fill="{inks[k][j]}">{esc(words[j])}</text></g>'
                )
            y += _CELL_H + _GAP
    out.append("</g>")
    return out, y


def heatmap_svg(
    words: Sequence[Sequence[str]],
    values: Sequence[object],
    neurons: Sequence[object] | None = None,
    *,
    target_words: Sequence[Sequence[str]] | None = None,
    target_values: Sequence[object] | None = None,
    target_neurons: Sequence[object] | None = None,
    captions: Sequence[str] | None = None,
    title: str | None = None,
    direction: str = "auto",
    target_direction: str = "auto",
    max_width: int = 960,
) -> str:
    """The same heatmap as ``heatmap_html``, as one standalone SVG document (text).

    Word widths are estimated from character counts, and sentences wider than ``max_width`` pixels
    wrap. Right-to-left sentences set ``direction="rtl"`` and are laid out from the right edge, the
    words staying in logical order in the markup; each cell has a ``<title>`` with its exact value.
    """
    panels, caps = _panels(words, values, neurons, target_words, target_values, target_neurons, direction,
                           target_direction, captions)
    both = len(panels) > 1
    names = [f"{p.side} · {label}" if both else label for p in panels for label in p.neurons]
    label_w = max(_text_width(n) for n in names) * 11 / 12
    width = _needed_width(panels, label_w, max_width)
    body: list[str] = []
    y = _PAD  # integer steps: short coordinates in the markup
    if title:
        body.append(f'<text x="{_PAD}" y="{y + 14}" font-weight="bold" font-size="14">{esc(title)}</text>')
        y += 22
    for p in panels:
        part, y = _legend_svg(p, both, y, label_w)
        body += part
    for i, cap in enumerate(caps):
        body.append(f'<text x="{_PAD}" y="{y + 14}" fill="#666" font-size="11">{esc(cap)}</text>')
        y += 18
        for p in panels:
            part, y = _sentence_svg(p, i, both, y, label_w, width)
            body += part
        y += 4
    height = y + _PAD
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="12">')
    return "\n".join([head, '<rect width="100%" height="100%" fill="#ffffff"/>', *body, "</svg>"])


__all__ = ["Panel", "esc", "fmt", "heatmap_html", "heatmap_svg", "prepare", "text_direction"]
