"""Notebook renderings (``_repr_html_``) of the client's result types: small tables and a small heatmap."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from .heatmap import esc, fmt, heatmap_html

if TYPE_CHECKING:
    from neuronscope.types import Dataset, DatasetInfo, Ranking, SentenceResult, TranslateResult

# Notebook reprs stay small: a result of thousands of sentences must not produce megabytes of HTML.
MAX_SENTENCES = 20
MAX_HEATMAP_SENTENCES = 5
MAX_HEATMAP_WORDS = 40
TOP_NEURONS = 20

_CSS = """<style>
.ns-repr{font-family:sans-serif;font-size:13px}
.ns-repr table{border-collapse:collapse;margin:2px 0}
.ns-repr td,.ns-repr th{border:1px solid #e4e4e4;padding:1px 6px;text-align:left;vertical-align:top}
.ns-repr td.num{text-align:right;font-variant-numeric:tabular-nums}
.ns-repr .ns-note{color:#666;font-size:11px}
</style>"""


def _kv_table(pairs: list[tuple[str, object]]) -> str:
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in pairs)
    return f"<table>{rows}</table>"


def _more(shown: int, total: int, what: str) -> str:
    return f'<p class="ns-note">showing {shown} of {total} {esc(what)}</p>' if total > shown else ""


def _side_words(s: SentenceResult, site: str, rows: int) -> tuple[str, ...] | None:
    """The tokens a capture of ``rows`` rows belongs to: the site's side's words, or pieces (aggregation "none")."""
    sides = [(s.source_words, s.source_pieces), (s.target_words, s.target_pieces)]
    if site.startswith("decoder"):  # decoder sites see the target side; a guess only breaks ties of equal length
        sides.reverse()
    for toks in [sides[0][0], sides[1][0], sides[0][1], sides[1][1]]:
        if len(toks) == rows:
            return toks
    return None


def _activation_heatmap(result: TranslateResult) -> str:
    sents = result.sentences[:MAX_HEATMAP_SENTENCES]
    sites = [k for s in sents for k in s.activations]
    if not sites:
        return ""
    site = sites[0]
    words, values, captions = [], [], []
    for i, s in enumerate(sents):
        a = s.activations.get(site)
        if a is None or a.ndim != 2:
            continue
        toks = _side_words(s, site, a.shape[0])
        if toks is None:
            continue
        mean_abs = np.abs(a.astype(np.float64)).mean(axis=1) if a.shape[1] else np.zeros(a.shape[0])
        words.append(list(toks[:MAX_HEATMAP_WORDS]))
        values.append(mean_abs[:MAX_HEATMAP_WORDS])
        captions.append(f"sentence {i}")
    if not words:
        return ""
    title = f"mean |activation| per word at {site} (first {len(sents)} sentences, up to {MAX_HEATMAP_WORDS} words)"
    return heatmap_html(words, values, [f"mean|a| {site}"], captions=captions, title=title)


def translate_result_html(result: TranslateResult) -> str:
    """Source → translation per sentence; with captured activations, a small heatmap of the first site."""
    head = f"{result.model} @ {result.revision}" if result.revision else result.model
    if result.profile:
        head += f" · profile {result.profile} v{result.profile_version}"
    shown = result.sentences[:MAX_SENTENCES]
    rows = "".join(
        f'<tr><td class="num">{i}</td><td dir="auto">{esc(" ".join(s.source_words))}</td><td>→</td>'
        f'<td dir="auto">{esc(s.translation)}</td></tr>'
        for i, s in enumerate(shown)
    )
    parts = [f'<div class="ns-repr">{_CSS}<b>TranslateResult</b> <span class="ns-note">{esc(head)} · '
             f"{len(result.sentences)} sentences · {result.compute_seconds:.3f} s</span>",
             f"<table><tr><th>#</th><th>source</th><th></th><th>translation</th></tr>{rows}</table>",
             _more(len(shown), len(result.sentences), "sentences")]
    try:
        parts.append(_activation_heatmap(result))
    except ValueError as e:  # e.g. a NaN in a capture: the table is still worth showing
        parts.append(f'<p class="ns-note">no heatmap: {esc(e)}</p>')
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def _neuron_table(ranking: Ranking) -> str:
    order = np.asarray(ranking.ordering)[:TOP_NEURONS]
    rows = []
    for rank, g in enumerate(order.tolist(), 1):
        try:
            site, idx = ranking.site_of(int(g))
        except IndexError:
            site, idx = "?", int(g)
        score = "—"
        if ranking.scores is not None and g < len(ranking.scores) and np.isfinite(ranking.scores[g]):
            score = fmt(float(ranking.scores[g]))
        rows.append(f'<tr><td class="num">{rank}</td><td class="num">{g}</td><td>{esc(site)}</td>'
                    f'<td class="num">{idx}</td><td class="num">{esc(score)}</td></tr>')
    return ("<table><tr><th>rank</th><th>neuron</th><th>site</th><th>index</th><th>score</th></tr>"
            f"{''.join(rows)}</table>")


def _label_table(ranking: Ranking) -> str:
    if not ranking.labels:
        return ""
    rows = "".join(
        f'<tr><td>{esc(name)}</td><td class="num">{len(ln.neurons)}</td><td class="num">{esc(_acc(ln.accuracy))}</td>'
        f"</tr>"
        for name, ln in ranking.labels.items()
    )
    return f"<table><tr><th>label</th><th>top neurons</th><th>accuracy</th></tr>{rows}</table>"


def _acc(value: float | None, zero_missing: bool = True) -> str:
    # Methods that train no probe have no accuracy: None, or 0 from older servers ("not measured", not "always wrong").
    if value is None or not np.isfinite(value) or (zero_missing and value == 0):
        return "—"
    return fmt(value)


def ranking_html(ranking: Ranking) -> str:
    """The ranking's summary (accuracy "—" for probeless methods) and its top-20 neurons with scores."""
    summary = _kv_table([
        ("method", ranking.method), ("dataset", ranking.dataset), ("label column", ranking.label_column),
        ("neurons", len(ranking.ordering)), ("accuracy", _acc(ranking.accuracy)),
        ("majority baseline", _acc(ranking.majority_baseline)), ("control accuracy", _acc(ranking.control_accuracy)),
        ("selectivity", _acc(ranking.selectivity, zero_missing=False)), ("train / test words", f"{ranking.train_words} / {ranking.test_words}"),
    ])
    return "\n".join(p for p in [
        f'<div class="ns-repr">{_CSS}<b>Ranking</b>', summary,
        f"<p>top {min(TOP_NEURONS, len(ranking.ordering))} neurons</p>", _neuron_table(ranking),
        _label_table(ranking), "</div>",
    ] if p)


def _info_pairs(info: DatasetInfo) -> list[tuple[str, object]]:
    created = dt.datetime.fromtimestamp(info.created_unix, dt.timezone.utc).isoformat(timespec="seconds")  # noqa: UP017
    return [
        ("name", info.name), ("handle", info.handle), ("model", f"{info.model} @ {info.revision}"),
        ("sites", ", ".join(f"{s.name} ({s.width})" for s in info.sites)),
        ("label columns", ", ".join(info.label_columns)), ("sentences", info.sentences), ("words", info.words),
        ("chunks", info.chunks), ("bytes", f"{info.bytes:,}"), ("storage dtype", info.storage_dtype),
        ("aggregation", info.aggregation), ("created", created), ("ttl seconds", info.ttl_seconds),
    ]


def dataset_info_html(info: DatasetInfo) -> str:
    """A small key/value table of a stored dataset's description."""
    return f'<div class="ns-repr">{_CSS}<b>DatasetInfo</b>{_kv_table(_info_pairs(info))}</div>'


def dataset_html(dataset: Dataset) -> str:
    """The dataset's description, its arrays' shapes and each label column's number of distinct labels."""
    arrays = [(f"activations[{k}]", f"{v.shape} {v.dtype}") for k, v in dataset.activations.items()]
    arrays += [(f"labels[{k}]", f"{np.shape(v)}, {len(np.unique(np.asarray(v).astype(str)))} distinct")
               for k, v in dataset.labels.items()]
    arrays.append(("words", str(np.shape(dataset.words))))
    return (f'<div class="ns-repr">{_CSS}<b>Dataset</b>{_kv_table(_info_pairs(dataset.info))}'
            f"{_kv_table(arrays)}</div>")
