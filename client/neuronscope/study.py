"""Declarative studies: one TOML file → datasets, rankings, top words, masking-out tables, erasure curves
with controls, α sweeps and neuron cards → a self-contained HTML report, plus markdown and JSON.

    neuronscope study studies/poster.toml --out build/poster      # writes report.html, report.md, report.json

The file (paths are relative to it)::

    name = "poster"
    model = "en-es"                       # optional: the server's default
    [data]
    path = "../data/annotations/probe.jsonl"   # annotation JSONL, CoNLL-U, or NeuroX text (+ labels_file)
    limit = 2000                          # first N sentences (0: all)
    labels = ["upos", "tense"]            # label columns to keep (default: all)
    sites = ["encoder.layers.1", "encoder.layers.2"]
    [[rank]]
    label = "upos"
    methods = ["lca", "probeless"]        # any of lca, probeless, gmm, anova
    control_task = true                   # selectivity (lca)
    top = 10                              # neurons listed, with their top words
    cards = 2                             # neuron cards for the top neurons (with an α sweep)
    [[erase]]
    label = "upos"                        # erase in the order of this label's lca ranking …
    site = "encoder.layers.2"             # … restricted to this site
    ks = [0, 25, 50, 100]
    sentences = "../data/corpus/test.en"  # source sentences, one per line
    references = "../data/corpus/test.es"
    limit = 100
    controls = ["top", "bottom", "random"]
    [[sweep]]
    site = "encoder.layers.2"
    neurons = [17]                        # or "top:upos:3" (the 3 best of that label's lca ranking at the site)
    values = [-8, 0, 8]                   # set to these raw values
    sentences = ["I saw three dogs yesterday ."]

Re-running an unchanged study is fast: datasets are content-addressed on the server (the same request
returns the stored dataset without extracting), and each ranking, erasure and sweep result is kept in
``<out>/.cache/`` under a hash of its request, the dataset handle and the model revision.
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):  # noqa: UP036 - the light client supports 3.10 (tomli there)
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

RANK_METHODS = ("lca", "probeless", "gmm", "anova")
SELECTIONS = ("top", "bottom", "random")


@dataclass
class Study:
    name: str
    root: Path
    model: str
    data: dict[str, Any]
    ranks: list[dict[str, Any]] = field(default_factory=list)
    erases: list[dict[str, Any]] = field(default_factory=list)
    sweeps: list[dict[str, Any]] = field(default_factory=list)


def _need(d: dict, key: str, kind: type | tuple, where: str) -> Any:
    if key not in d:
        raise ValueError(f"{where}: {key!r} is missing")
    if not isinstance(d[key], kind):
        raise ValueError(f"{where}.{key}: expected {getattr(kind, '__name__', kind)}, got {d[key]!r}")
    return d[key]


def _only(d: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(d) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}")


def load_study(path: str | Path) -> Study:
    """Read and check a study file; ValueError names the table and key that is wrong."""
    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not TOML ({exc})") from None
    _only(doc, {"name", "model", "data", "rank", "erase", "sweep"}, str(path))
    data = _need(doc, "data", dict, str(path))
    _only(data, {"path", "format", "labels_file", "limit", "labels", "sites"}, "data")
    _need(data, "path", str, "data")
    _need(data, "sites", list, "data")
    ranks, erases, sweeps = doc.get("rank", []), doc.get("erase", []), doc.get("sweep", [])
    for i, r in enumerate(ranks):
        where = f"rank[{i}]"
        _only(r, {"label", "methods", "control_task", "top", "cards", "sites", "seed"}, where)
        _need(r, "label", str, where)
        for m in r.get("methods", ["lca"]):
            if m not in RANK_METHODS:
                raise ValueError(f"{where}.methods: {m!r} not allowed; allowed: {', '.join(RANK_METHODS)}")
    for i, e in enumerate(erases):
        where = f"erase[{i}]"
        _only(e, {"label", "site", "ks", "sentences", "references", "limit", "controls", "seed"}, where)
        for key, kind in (("label", str), ("site", str), ("ks", list), ("sentences", str)):
            _need(e, key, kind, where)
        for c in e.get("controls", ["top", "bottom", "random"]):
            if c not in SELECTIONS:
                raise ValueError(f"{where}.controls: {c!r} not allowed; allowed: {', '.join(SELECTIONS)}")
    for i, s in enumerate(sweeps):
        where = f"sweep[{i}]"
        _only(s, {"site", "neurons", "values", "sentences", "op"}, where)
        for key, kind in (("site", str), ("neurons", (list, str)), ("values", list), ("sentences", list)):
            _need(s, key, kind, where)
    return Study(name=str(doc.get("name", path.stem)), root=path.parent, model=str(doc.get("model", "")), data=data,
                 ranks=ranks, erases=erases, sweeps=sweeps)


class _Cache:
    """Step results on disk under a hash of what determines them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.hits = self.misses = 0

    def get_or(self, key: dict, compute: Callable[[], Any]) -> Any:
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]
        path = self.folder / f"{digest}.json"
        if path.exists():
            self.hits += 1
            return json.loads(path.read_text(encoding="utf-8"))
        self.misses += 1
        value = compute()
        path.write_text(json.dumps(value), encoding="utf-8")
        return value


def _lines(root: Path, ref: str, limit: int) -> list[str]:
    lines = [x.strip() for x in (root / ref).read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines[:limit] if limit else lines


def run_study(client, study: Study, out: str | Path, on_progress: Callable[[str, float], None] | None = None
              ) -> dict[str, Any]:
    """Run every step of ``study`` through ``client``; writes report.{html,md,json} into ``out``."""
    from neuronscope.formats import read_corpus

    out = Path(out)
    cache = _Cache(out / ".cache")
    start = time.perf_counter()
    steps = 1 + sum(len(r.get("methods", ["lca"])) for r in study.ranks) + len(study.erases) + len(study.sweeps)
    done = 0

    def step(name: str) -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(name, done / steps)

    d = study.data
    corpus = read_corpus(study.root / d["path"], d.get("format", ""),
                         study.root / d["labels_file"] if d.get("labels_file") else None).head(int(d.get("limit", 0)))
    if d.get("labels"):
        corpus = corpus.select(list(d["labels"]))
    info = client.create_dataset(corpus.sentences, corpus.labels, sites=list(d["sites"]), model=study.model,
                                 space_after=corpus.space_after, name=study.name, progress=False)
    revision = info.revision
    step("dataset")
    report: dict[str, Any] = {
        "study": study.name, "model": info.model, "revision": revision, "dataset": info.handle,
        "sites": [s.name for s in info.sites], "sentences": info.sentences, "words": info.words,
        "rankings": [], "erasure": [], "sweeps": [], "cards": [],
    }
    data = None
    lca: dict[str, Any] = {}  # label -> ranking (lca), for erasure order, sweeps and cards

    def load():
        nonlocal data
        if data is None:
            data = client.load_dataset(info.handle)
        return data

    for r in study.ranks:
        for method in r.get("methods", ["lca"]):
            key = {"op": "rank", "dataset": info.handle, "revision": revision, "label": r["label"], "method": method,
                   "sites": r.get("sites", []), "control": bool(r.get("control_task")), "seed": r.get("seed", 0)}

            def compute(method=method, r=r):
                rk = client.rank_neurons(info.handle, r["label"], method=method, sites=r.get("sites", []),
                                         control_task=bool(r.get("control_task")) and method == "lca",
                                         seed=int(r.get("seed", 0)), progress=False)
                return {"method": rk.method, "label": r["label"], "accuracy": rk.accuracy,
                        "majority": rk.majority_baseline, "selectivity": rk.selectivity,
                        "ordering": [int(n) for n in rk.ordering], "neuron_sites": [list(x) for x in rk.neuron_sites],
                        "scores": None if rk.scores is None else [float(x) for x in rk.scores],
                        "ablation": [{"mode": a.mode, "selection": a.selection, "percent": a.percent,
                                      "neurons": a.neurons, "score": a.score} for a in rk.ablation],
                        "train_words": rk.train_words, "seconds": rk.seconds, "warnings": list(rk.warnings)}

            res = cache.get_or(key, compute)
            top = int(r.get("top", 10))
            acts = load()
            rows = []
            for rank_i, n in enumerate(res["ordering"][:top]):
                site, idx = _site_of(res["neuron_sites"], n)
                rows.append({"rank": rank_i + 1, "neuron": n, "site": site, "index": idx,
                             "top_words": _top_words(acts.activations[site][:, idx], acts.words)})
            res["top"] = rows
            report["rankings"].append(res)
            if method == "lca":
                lca[r["label"]] = res
            step(f"rank {method} {r['label']}")
        if r.get("cards") and r["label"] in lca:
            for row in lca[r["label"]]["top"][: int(r["cards"])]:
                card = client.neuron_card(row["site"], row["index"], info.handle, alphas=(-8.0, 8.0))
                report["cards"].append({"label": r["label"], "site": row["site"], "neuron": row["index"],
                                        "html": card.to_html()})

    for e in study.erases:
        if e["label"] not in lca:
            raise ValueError(f"erase: label {e['label']!r} has no lca ranking in this study; add a [[rank]] for it")
        res = lca[e["label"]]
        ordering = [_site_of(res["neuron_sites"], n)[1] for n in res["ordering"]
                    if _site_of(res["neuron_sites"], n)[0] == e["site"]]
        if not ordering:
            raise ValueError(f"erase: site {e['site']!r} is not in the ranking; it has "
                             f"{', '.join(s for s, _, _ in res['neuron_sites'])}")
        sources = _lines(study.root, e["sentences"], int(e.get("limit", 100)))
        refs = _lines(study.root, e["references"], int(e.get("limit", 100))) if e.get("references") else []
        curves = {}
        for sel in e.get("controls", ["top", "bottom", "random"]):
            key = {"op": "erase", "revision": revision, "model": info.model, "site": e["site"], "ks": e["ks"],
                   "ordering": ordering, "select": sel, "sources": sources, "refs": refs, "seed": e.get("seed", 0)}
            curves[sel] = cache.get_or(key, lambda sel=sel, e=e, sources=sources, refs=refs, ordering=ordering: [
                {"k": p.k, "bleu": p.bleu, "chrf": p.chrf}
                for p in client.erase(e["site"], e["ks"], sources, references=refs, ordering=ordering, select=sel,
                                      model=info.model, seed=int(e.get("seed", 0)), progress=False)])
        report["erasure"].append({"label": e["label"], "site": e["site"], "sentences": len(sources), "curves": curves})
        step(f"erase {e['site']}")

    from neuronscope.types import Override

    for s in study.sweeps:
        neurons = s["neurons"]
        if isinstance(neurons, str):  # "top:LABEL:N"
            _, label, n = (neurons.split(":") + ["", ""])[:3]
            if label not in lca:
                raise ValueError(f"sweep: neurons {neurons!r} names label {label!r} without an lca ranking")
            res = lca[label]
            neurons = [_site_of(res["neuron_sites"], x)[1] for x in res["ordering"]
                       if _site_of(res["neuron_sites"], x)[0] == s["site"]][: int(n or 1)]
        key = {"op": "sweep", "revision": revision, "model": info.model, "site": s["site"], "neurons": neurons,
               "values": s["values"], "sentences": s["sentences"], "opname": s.get("op", "set")}

        def compute_sweep(s=s, neurons=neurons):
            base = client.translate(s["sentences"], model=info.model)
            rows = []
            for v in s["values"]:
                r = client.translate(s["sentences"], model=info.model,
                                     overrides=[Override(s["site"], list(neurons), s.get("op", "set"), [float(v)])])
                rows.append({"value": v, "translations": [x.translation for x in r.sentences]})
            return {"baseline": [x.translation for x in base.sentences], "rows": rows}

        res = cache.get_or(key, compute_sweep)
        report["sweeps"].append({"site": s["site"], "neurons": neurons, "op": s.get("op", "set"),
                                 "sentences": s["sentences"], **res})
        step(f"sweep {s['site']}")

    report["seconds"] = time.perf_counter() - start
    report["cache"] = {"hits": cache.hits, "misses": cache.misses}
    write_report(report, out)
    return report


def _top_words(values, words, k: int = 5, min_count: int = 3) -> list[str]:
    """The ``k`` word types (seen ``min_count`` times) with the highest mean activation (numpy only)."""
    import numpy as np

    types, inverse, counts = np.unique(np.asarray(words), return_inverse=True, return_counts=True)
    means = np.bincount(inverse, weights=np.asarray(values, dtype=np.float64)) / counts
    means[counts < min_count] = -np.inf
    best = np.argsort(-means)[:k]
    return [str(types[i]) for i in best if np.isfinite(means[i])]


def _site_of(neuron_sites: list, n: int) -> tuple[str, int]:
    for site, offset, width in neuron_sites:
        if offset <= n < offset + width:
            return site, n - offset
    raise IndexError(f"neuron {n} out of range")


# ---------------------------------------------------------------------------- rendering
def write_report(report: dict[str, Any], out: str | Path) -> dict[str, Path]:
    """report.json, report.md and a self-contained report.html (plots inline as SVG) in ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "report.json", "md": out / "report.md", "html": out / "report.html"}
    paths["json"].write_text(json.dumps(report, indent=1), encoding="utf-8")
    paths["md"].write_text(_markdown(report), encoding="utf-8")
    paths["html"].write_text(_html(report), encoding="utf-8")
    return paths


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _masking_rows(res: dict) -> list[tuple[str, str]]:
    cells = {(a["selection"], a["percent"]): a["score"] for a in res["ablation"] if a["mode"] == "masking"}
    pcts = sorted({p for (s, p) in cells if s != "all"})
    out = [("ALL", _fmt(cells.get(("all", 0.0), cells.get(("all", 100.0)))))]
    for sel in ("top", "random", "bottom"):
        out.append((sel, " / ".join(_fmt(cells.get((sel, p))) for p in pcts)))
    return out


def _markdown(r: dict[str, Any]) -> str:
    lines = [f"# Study: {r['study']}", "",
             f"Model {r['model']} (revision {r['revision']}), dataset {r['dataset']}: {r['sentences']} sentences, "
             f"{r['words']} words at {', '.join(r['sites'])}. {r.get('seconds', 0):.1f} s "
             f"(cached steps: {r.get('cache', {}).get('hits', 0)}).", ""]
    for res in r["rankings"]:
        lines += [f"## {res['method']} ranking for {res['label']}", "",
                  f"Probe accuracy {_fmt(res['accuracy'])}, majority {_fmt(res['majority'])}, "
                  f"selectivity {_fmt(res['selectivity'])}; {res['train_words']} training words.", "",
                  "| rank | site | neuron | top words |", "|---|---|---|---|"]
        lines += [f"| {x['rank']} | {x['site']} | {x['index']} | {', '.join(x['top_words'])} |" for x in res["top"]]
        if res["ablation"]:
            lines += ["", "Masking-out accuracy (10 / 15 / 20 % kept):", ""]
            lines += [f"- {a}: {b}" for a, b in _masking_rows(res)]
        lines += [f"\n**Warning**: {w}" for w in res.get("warnings", [])]
        lines.append("")
    for e in r["erasure"]:
        lines += [f"## Erasure at {e['site']} in the order of the {e['label']} ranking", "",
                  "| k | " + " | ".join(f"{c} BLEU" for c in e["curves"]) + " |",
                  "|---|" + "---|" * len(e["curves"])]
        ks = [p["k"] for p in next(iter(e["curves"].values()))]
        for i, k in enumerate(ks):
            lines.append(f"| {k} | " + " | ".join(f"{c[i]['bleu']:.2f}" for c in e["curves"].values()) + " |")
        lines.append("")
    for s in r["sweeps"]:
        lines += [f"## Sweep: {s['op']} {s['site']} {s['neurons']}", ""]
        for i, sent in enumerate(s["sentences"]):
            lines += [f"- {sent}", f"  - baseline: {s['baseline'][i]}"]
            lines += [f"  - {s['op']} {row['value']}: {row['translations'][i]}" for row in s["rows"]]
        lines.append("")
    return "\n".join(lines)


def _svg(fig) -> str:
    from neuronscope.viz.plots import to_svg

    text = to_svg(fig)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return text[text.index("<svg"):] if "<svg" in text else text


def _html(r: dict[str, Any]) -> str:
    import numpy as np

    esc = html.escape
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(r['study'])}</title><style>"
             "body{font-family:system-ui,sans-serif;max-width:1100px;margin:20px auto;color:#222}"
             "table{border-collapse:collapse;margin:8px 0}td,th{border-bottom:1px solid #ddd;padding:3px 10px}"
             "h2{margin-top:32px}.plot svg{max-width:100%;height:auto}</style></head><body>",
             f"<h1>Study: {esc(r['study'])}</h1><p>Model {esc(r['model'])} (revision {esc(r['revision'])}), dataset "
             f"<code>{esc(r['dataset'])}</code>: {r['sentences']} sentences, {r['words']} words at "
             f"{esc(', '.join(r['sites']))}. {r.get('seconds', 0):.1f} s.</p>"]
    plots = True
    try:
        from neuronscope.viz.plots import plot_erasure, plot_scores  # noqa: F401 - matplotlib present?
    except ImportError:  # pragma: no cover - without the viz extra the report has tables only
        plots = False
    for res in r["rankings"]:
        parts.append(f"<h2 id='rank-{esc(res['method'])}-{esc(res['label'])}'>{esc(res['method'])} ranking for "
                     f"{esc(res['label'])}</h2><p>Probe accuracy {_fmt(res['accuracy'])}, majority "
                     f"{_fmt(res['majority'])}, selectivity {_fmt(res['selectivity'])}.</p>")
        parts.append("<table class='top-neurons'><tr><th>rank</th><th>site</th><th>neuron</th><th>top words</th></tr>"
                     + "".join(f"<tr><td>{x['rank']}</td><td>{esc(x['site'])}</td><td>{x['index']}</td>"
                               f"<td>{esc(', '.join(x['top_words']))}</td></tr>" for x in res["top"]) + "</table>")
        if res["ablation"]:
            parts.append("<table class='masking'><tr><th>masking-out</th><th>accuracy (10 / 15 / 20 %)</th></tr>"
                         + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in _masking_rows(res))
                         + "</table>")
            parts += [f"<p class='warning'><b>Warning:</b> {esc(w)}</p>" for w in res.get("warnings", [])]
            if plots:
                from neuronscope.types import AblationCell
                from neuronscope.viz.plots import plot_masking

                cells = [AblationCell(a["mode"], a["selection"], a["percent"], a.get("neurons", 0), a["score"])
                         for a in res["ablation"]]
                try:
                    parts.append(f"<div class='plot'>{_svg(plot_masking(cells, res['majority']))}</div>")
                except (ValueError, KeyError):
                    pass
        if plots and res.get("scores"):
            from neuronscope.viz.plots import plot_scores

            parts.append(f"<div class='plot'>{_svg(plot_scores(np.asarray(res['scores'], dtype=float)))}</div>")
    for e in r["erasure"]:
        parts.append(f"<h2>Erasure at {esc(e['site'])} ({esc(e['label'])} order, {e['sentences']} sentences)</h2>")
        ks = [p["k"] for p in next(iter(e["curves"].values()))]
        parts.append("<table class='erasure'><tr><th>k</th>" + "".join(f"<th>{esc(c)} BLEU</th>" for c in e["curves"])
                     + "</tr>" + "".join(f"<tr><td>{k}</td>" + "".join(f"<td>{c[i]['bleu']:.2f}</td>"
                                                                        for c in e["curves"].values()) + "</tr>"
                                         for i, k in enumerate(ks)) + "</table>")
        if plots:
            from neuronscope.viz.plots import plot_erasure

            curves = {name: ([p["k"] for p in pts], [p["bleu"] for p in pts]) for name, pts in e["curves"].items()}
            parts.append(f"<div class='plot'>{_svg(plot_erasure(curves))}</div>")
    for s in r["sweeps"]:
        parts.append(f"<h2>Sweep: {esc(s['op'])} {esc(s['site'])} {esc(str(s['neurons']))}</h2>")
        from neuronscope.viz.card import diff_html

        for i, sent in enumerate(s["sentences"]):
            parts.append(f"<p><b>{esc(sent)}</b></p><table class='sweep'><tr><td>baseline</td>"
                         f"<td>{esc(s['baseline'][i])}</td></tr>"
                         + "".join(f"<tr><td>{esc(s['op'])} {esc(str(row['value']))}</td>"
                                   f"<td>{diff_html(s['baseline'][i], row['translations'][i])}</td></tr>"
                                   for row in s["rows"]) + "</table>")
    if r["cards"]:
        parts.append("<h2>Neuron cards</h2>")
        parts += [f"<div class='card'>{c['html']}</div>" for c in r["cards"]]
    parts.append("</body></html>")
    return "".join(parts)
