"""Plots of the measured results in bench/results/*.json, embedded in the docs/results/*.md pages.

Usage: .venv/bin/python scripts/result_plots.py

Reads bench/results/linguistic.json, crossmodel.json and control.json (nothing is re-measured), draws SVGs
into docs/results/img/ with the plotting functions of ``neuronscope.viz`` (plot_masking, plot_focus,
plot_erasure, plot_correlation, save; the multi-panel score and control figures are drawn here with
matplotlib, as the library has no such shape), and writes a "## Plots" section at the end of
docs/results/linguistic.md, crossmodel.md and control.md. The section sits between the markers
``<!-- plots:start -->`` and ``<!-- plots:end -->``, so re-running replaces it instead of appending again.
The results scripts (results_linguistic.py, results_crossmodel.py, control_tense.py) rewrite their page
from scratch, which drops the section: run this script again after them.

The SVGs keep their text as text (``svg.fonttype = none``: no glyph outlines) and are reproducible:
fixed element ids (``svg.hashsalt``) and the results' own date as the SVG date (SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
PAGES = REPO / "docs" / "results"
IMG = PAGES / "img"
START, END = "<!-- plots:start -->", "<!-- plots:end -->"
SIZE = (6.0, 3.5)  # inches, for single-panel figures
SELECTION_COLORS = {"top": "#d6404e", "random": "#9a9a9a", "bottom": "#3b6fd6"}  # as neuronscope.viz.plots


class Plot:
    """One drawn SVG and its one-line caption on the page."""

    def __init__(self, name: str, alt: str, caption: str) -> None:
        self.name, self.alt, self.caption = name, alt, caption

    def markdown(self) -> list[str]:
        return [f"![{self.alt}](img/{self.name})", "", self.caption, ""]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load(name: str) -> dict:
    return json.loads((RESULTS / name).read_text(encoding="utf-8"))


def write_svg(fig: Any, name: str, date: str | None) -> None:
    """``neuronscope.viz.save`` with the results' date as the SVG's date (reproducible output)."""
    from neuronscope.viz import save

    epoch = "0"
    if date:
        day = datetime.date.fromisoformat(date)
        epoch = str(int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC).timestamp()))
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        save(fig, IMG / name)
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


# ---------------------------------------------------------------------------------------------- linguistic


def linguistic_plots(data: dict) -> list[Plot]:
    from neuronscope.types import AblationCell
    from neuronscope.viz import plot_focus, plot_masking

    src = "`bench/results/linguistic.json`"
    plots = []
    for row in data["rows"]:
        cells = [AblationCell("masking", "all", 100.0, row["neurons"], row["all"])]
        for pct in (10, 15, 20):
            for sel in ("top", "random", "bottom"):
                cells.append(AblationCell("masking", sel, float(pct), round(row["neurons"] * pct / 100),
                                          row[f"{sel}{pct}"]))
        fig = plot_masking(cells, row["majority"],
                           title=f"{row['model']} · {row['task']}: masking-out, {row['neurons']} neurons")
        fig.set_size_inches(*SIZE)
        ax = fig.axes[0]
        fig.suptitle(ax.get_title(), fontsize="medium")  # over the whole figure: the legend narrows the axes
        ax.set_title("")
        ax.legend(fontsize="small", loc="center left", bbox_to_anchor=(1.01, 0.5))  # beside the bars, not on them
        name = f"linguistic-masking-{slug(row['model'])}-{slug(row['task'].split('(')[0])}.svg"
        write_svg(fig, name, data.get("date"))
        plots.append(Plot(
            name, f"masking-out, {row['model']}, {row['task']}",
            f"*Masking-out, {row['model']} / {row['task']}, {row['neurons']} neurons: held-out probe accuracy keeping "
            f"only the top / random / bottom 10, 15, 20 % (the rest set to 0, no retraining); solid line ALL "
            f"{100 * row['all']:.1f} %, dotted local majority {100 * row['majority']:.1f} %. "
            f"From {src} (`rows`).*"))
    for model, focus in data.get("focus", {}).items():
        counts = {str(label): int(n) for label, n, _words in focus}
        fig = plot_focus(counts, mass=0.25, focused_max=10,
                         title=f"{model}: neurons holding 25 % of each POS tag's probe weight")
        fig.set_size_inches(10.0, 3.8)  # 42 tags: wider than the single-panel size
        fig.axes[0].title.set_fontsize("medium")
        name = f"linguistic-focus-{slug(model)}.svg"
        write_svg(fig, name, data.get("date"))
        values = sorted(counts.values())
        focused = sum(v <= 10 for v in values)
        plots.append(Plot(
            name, f"focused vs distributed POS tags, {model}",
            f"*Focused vs distributed, {model} POS probe: per tag, the number of neurons holding 25 % of its weight, "
            f"sorted ({values[0]} to {values[-1]}; {focused} of {len(values)} tags at or below the focused threshold "
            f"of 10 neurons, dashed line). From {src} (`focus`: [tag, neurons, training words]).*"))
    return plots


# ---------------------------------------------------------------------------------------------- crossmodel


def _pairs(points: list) -> tuple[list[float], list[float]]:
    return [float(k) for k, _ in points], [float(b) for _, b in points]


def crossmodel_plots(data: dict) -> list[Plot]:
    import numpy as np

    from neuronscope.viz import plot_correlation, plot_erasure

    src = "`bench/results/crossmodel.json`"
    date = data.get("date")
    site = data.get("site", "")
    methods = data.get("methods", {})
    plots = []

    lca = data.get("lca_erasure")
    if lca:
        fig = plot_erasure({sel: _pairs(pts) for sel, pts in lca.items()},
                           title=f"{site}: erasing neurons by the POS probe's ranking")
        fig.set_size_inches(*SIZE)
        write_svg(fig, "crossmodel-erasure-lca.svg", date)
        plots.append(Plot(
            "crossmodel-erasure-lca.svg", "erasure curves of the linguistic ranking",
            f"*Erasure with the linguistic ranking: BLEU of en-es on the test sentences as the top, bottom or random k "
            f"of the {site} neurons (ordered by the POS probe) are erased. From {src} (`lca_erasure`).*"))

    neuron_methods = [m for m, e in methods.items() if m != "svcca" and e.get("erasure", {}).get("top")]
    if neuron_methods:
        curves = {f"{m} top": _pairs(methods[m]["erasure"]["top"]) for m in neuron_methods}
        if lca:
            curves["POS probe top"] = _pairs(lca["top"])
            if "random" in lca:
                curves["random"] = _pairs(lca["random"])
        fig = plot_erasure(curves, title=f"{site}: erasing the top k neurons of each ranking")
        fig.set_size_inches(*SIZE)
        write_svg(fig, "crossmodel-erasure-methods.svg", date)
        plots.append(Plot(
            "crossmodel-erasure-methods.svg", "erasure curves by ranking method",
            f"*Erasure by method: BLEU as the top k neurons of each cross-model ranking ({', '.join(neuron_methods)}) "
            f"are erased, against the POS probe's top k and a random k (grey). From {src} "
            f"(`methods.*.erasure.top`, `lca_erasure`).*"))

    svcca = methods.get("svcca", {}).get("erasure")
    if svcca:
        fig = plot_erasure({sel: _pairs(pts) for sel, pts in svcca.items()},
                           title=f"{site}: erasing SVCCA directions")
        fig.set_size_inches(*SIZE)
        fig.axes[0].set_xlabel("SVCCA directions erased (k)")
        write_svg(fig, "crossmodel-erasure-svcca.svg", date)
        plots.append(Plot(
            "crossmodel-erasure-svcca.svg", "erasure curves of SVCCA directions",
            f"*SVCCA erasure: BLEU as the top (most correlated across models) or bottom k SVCCA directions are "
            f"projected out; k counts directions, not neurons. From {src} (`methods.svcca.erasure`).*"))

    ranked = [(m, e["top10"]) for m, e in methods.items() if e.get("top10")]
    if ranked:
        ncols = 2
        nrows = (len(ranked) + ncols - 1) // ncols
        fig = _figure(7.5, 2.3 * nrows + 0.4)
        for i, (method, top) in enumerate(ranked):
            ax = fig.add_subplot(nrows, ncols, i + 1)
            if method == "svcca":
                scores = [t["corr"] for t in top]
                ticks = [str(t["direction"]) for t in top]
                ax.set_xlabel("SVCCA direction", fontsize="small")
                ax.set_ylabel("canonical corr", fontsize="small")
            else:
                scores = [t["score"] for t in top]
                ticks = [str(t["neuron"]) for t in top]
                ax.set_xlabel("neuron (rank order)", fontsize="small")
                ax.set_ylabel("z-scored MSE (lower = better)" if method == "linreg" else "|ρ| with partner",
                              fontsize="small")
            ax.plot(range(len(scores)), scores, marker="o", markersize=4, color=SELECTION_COLORS["top"])
            ax.set_xticks(range(len(ticks)), ticks, fontsize="x-small")
            ax.tick_params(axis="y", labelsize="x-small")
            ax.set_title(f"{method}: top 10", fontsize="small")
            ax.grid(axis="y", linewidth=0.4, alpha=0.5)
        fig.suptitle(f"{site}: top-10 scores of each cross-model ranking", fontsize="medium")
        write_svg(fig, "crossmodel-scores.svg", date)
        plots.append(Plot(
            "crossmodel-scores.svg", "top-10 scores of each cross-model method",
            f"*Top-10 scores per method, in rank order: MaxCorr / MinCorr |ρ| with the neuron's partner in en-es-b / "
            f"en-es-c, LinReg's regression error (ranked ascending), SVCCA's canonical correlations of the first 10 "
            f"directions. From {src} (`methods.*.top10`, `score` / `corr`).*"))

        neurons: list[int] = []
        ev: dict[int, tuple[float, float]] = {}
        for method, top in ranked:
            if method == "svcca":
                continue
            for t in top:
                if t["neuron"] not in ev:
                    neurons.append(t["neuron"])
                    ev[t["neuron"]] = (t["position"], t["identity"])
        if neurons:
            matrix = np.array([[ev[n][0] for n in neurons], [ev[n][1] for n in neurons]])
            fig = plot_correlation(matrix, ["position", "word identity"], [str(n) for n in neurons], vmin=0.0,
                                   vmax=1.0, title=f"{site}: variance explained, top-10 neurons of "
                                                   + " / ".join(m for m, _ in ranked if m != "svcca"))
            fig.set_size_inches(max(6.0, 0.5 * len(neurons) + 1.5), 2.4)
            fig.axes[0].title.set_fontsize("medium")
            for text in fig.axes[0].texts:  # the library's white-text threshold assumes a range centred on 0
                value = float(text.get_text() or "nan")
                text.set_color("white" if abs(value - 0.5) > 0.3 else "black")
            write_svg(fig, "crossmodel-variance.svg", date)
            plots.append(Plot(
                "crossmodel-variance.svg", "explained variance of the top neurons",
                f"*Share of each top neuron's variance explained by word position and by (lower-cased) word identity, "
                f"for the union of the MaxCorr / MinCorr / LinReg top-10 neurons ({len(neurons)} neurons, first-seen "
                f"order). From {src} (`methods.*.top10`, `position` / `identity`).*"))
    return plots


# ---------------------------------------------------------------------------------------------- control


def _control_figure(runs: list[dict], value: Callable[[dict], float], ylabel: str, title: str,
                    baseline: bool = False) -> Any:
    directions = list(dict.fromkeys(r["direction"] for r in runs))
    ks = sorted({r["k"] for r in runs})
    fig = _figure(7.5, 3.4)
    axes = fig.subplots(1, len(directions), sharey=True, squeeze=False)[0]
    colors = ["#9ecae1", "#4292c6", "#2171b5", "#08306b", "#d6404e", "#3b6fd6"]
    for ax, direction in zip(axes, directions):
        for i, k in enumerate(ks):
            pts = sorted((r["beta"], value(r)) for r in runs if r["direction"] == direction and r["k"] == k)
            if pts:
                ax.plot([b for b, _ in pts], [v for _, v in pts], marker="o", markersize=3, label=f"k = {k}",
                        color=colors[i % len(colors)])
        if baseline:
            base = [r["baseline_bleu"] for r in runs if r["direction"] == direction and "baseline_bleu" in r]
            if base:
                ax.axhline(base[0], color="#222222", linestyle=":", linewidth=1, label=f"unmodified ({base[0]:.1f})")
        ax.set_title(direction.replace("->", " → "), fontsize="small")
        ax.set_xlabel("β")
        ax.grid(linewidth=0.4, alpha=0.5)
        ax.legend(fontsize="x-small")
    axes[0].set_ylabel(ylabel)
    fig.suptitle(title, fontsize="medium")
    return fig


def control_plots(data: dict) -> list[Plot]:
    src = "`bench/results/control.json`"
    results = data.get("results", {})
    if not results:
        return []
    fig = _figure(7.5, 3.4)
    axes = fig.subplots(1, len(results), sharey=True, squeeze=False)[0]
    colors = {"success": "#9ecae1", "clean": "#4292c6", "lemma_kept": "#08306b"}
    for ax, (direction, d) in zip(axes, results.items()):
        fixed = [r for r in d["rows"] if r["setting"].startswith("fixed")]
        betas = [float(r["setting"].rsplit("= ", 1)[1]) for r in fixed]
        for key, color in colors.items():
            ax.plot(betas, [r["all"][key] for r in fixed], marker="o", markersize=3, color=color,
                    label=key.replace("_", " ") + " (fixed β)")
        search = next(r for r in d["rows"] if r["setting"].startswith("search: weakest setting that keeps"))
        ax.axhline(search["all"]["lemma_kept"], color="#d6404e", linestyle="--", linewidth=1.2,
                   label=f"lemma kept, per-sentence search ({search['all']['lemma_kept']:.1f} %)")
        ax.set_xscale("log", base=2)
        ax.set_title(f"{direction.replace('->', ' → ')} ({d['with_verb']} sentences)", fontsize="small")
        ax.set_xlabel("β (all three layers, lexical-verb means)")
        ax.grid(linewidth=0.4, alpha=0.5)
        ax.legend(fontsize="x-small")
    axes[0].set_ylabel("% of sentences")
    fig.suptitle("Tense control on en-es: success, clean, lemma kept", fontsize="medium")
    write_svg(fig, "control-lemma.svg", data.get("date"))
    return [Plot("control-lemma.svg", "tense control: success, clean and lemma kept vs beta",
                 f"*Per direction: success, clean and lemma kept for one fixed β on every sentence (all three encoder "
                 f"layers), against the per-sentence search (dashed). A fixed β that flips the tense mostly changes "
                 f"the verb too; the search keeps the verb by stopping at each sentence's weakest working setting. "
                 f"From {src} (`results.*.rows`).*")]


# ---------------------------------------------------------------------------------------------- pages


def section(plots: list[Plot], source: str) -> str:
    lines = [START, "## Plots", "",
             f"Drawn from `bench/results/{source}` by `.venv/bin/python scripts/result_plots.py` (re-run it after "
             "regenerating this page).", ""]
    for p in plots:
        lines += p.markdown()
    return "\n".join(lines).rstrip("\n") + "\n\n" + END + "\n"


def update_page(page: Path, plots: list[Plot], source: str) -> None:
    text = page.read_text(encoding="utf-8")
    block = section(plots, source)
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END) + r"\n?", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block
    page.write_text(text, encoding="utf-8")


def main() -> int:
    try:
        import matplotlib

        import neuronscope.viz  # noqa: F401
    except ImportError as e:
        print(f"needs matplotlib and the neuronscope client (make venv): {e}", file=sys.stderr)
        return 1
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "neuronscope-results"})
    IMG.mkdir(parents=True, exist_ok=True)
    jobs = [("linguistic.json", "linguistic.md", linguistic_plots),
            ("crossmodel.json", "crossmodel.md", crossmodel_plots),
            ("control.json", "control.md", control_plots)]
    written: set[str] = set()
    drawn: list[str] = []
    for source, page, draw in jobs:
        if not (RESULTS / source).is_file() or not (PAGES / page).is_file():
            print(f"skip {page}: bench/results/{source} or docs/results/{page} is missing", file=sys.stderr)
            continue
        plots = draw(load(source))
        written |= {p.name for p in plots}
        drawn.append(source.split(".")[0] + "-")
        update_page(PAGES / page, plots, source)
        print(f"docs/results/{page}: {len(plots)} plots")
    for old in IMG.glob("*.svg"):  # drop this script's SVGs of the pages redrawn that no result makes any more
        if old.name.startswith(tuple(drawn)) and old.name not in written:
            old.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
