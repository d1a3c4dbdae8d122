"""The neuron browser: a small Flask app that talks to a neuronscope server only through ``Client``.

Pages (every view's state is in its URL, so a link reproduces it):

- ``/``             type sentences, pick a model, a source and a target site and neurons → heatmaps
- ``/datasets``     the tenant's datasets; ``/datasets/<handle>?label=…&method=…`` ranks one → top neurons
- ``/card``         a neuron card (``Client.neuron_card``): top words and sentences, label means, α sweep
- ``/playground``   pick neurons, op and α with a slider → baseline vs modified translation, diff marked
                    (computed live through ``/api/override``, i.e. TranslateWithOverrides)

The API key given to ``create_app`` stays in this process: it is sent to the server in call metadata,
never written into a page, a URL or a log line. Text from users and models is escaped (Jinja's
autoescape); only the renderers' own HTML (``neuronscope.viz``, which escapes its inputs) is inserted raw.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from flask import Flask, abort, jsonify, render_template_string, request
from markupsafe import Markup

from neuronscope import errors
from neuronscope.client import Client
from neuronscope.types import Override, Ranking
from neuronscope.viz.card import diff_html
from neuronscope.viz.heatmap import heatmap_html

OPS = ("set", "add", "scale", "zero")
METHODS = ("lca", "probeless", "gmm", "anova")

LAYOUT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>neuronscope · {{ title }}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#222}
nav{background:#1f2a44;padding:8px 16px}nav a{color:#fff;margin-right:18px;text-decoration:none}
main{padding:16px;max-width:1100px}
label{display:inline-block;margin:4px 12px 4px 0;font-size:14px}
input[type=text],select,textarea{font:inherit;padding:3px}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left}
.err{background:#fde8e8;border:1px solid #e99;padding:8px;margin:8px 0}
.muted{color:#777;font-size:13px}
.tr{font-size:18px;margin:6px 0}
mark.ns-diff{background:#ffe066}
.tr{overflow-wrap:anywhere}
</style></head>
<body><nav><a href="/">Heatmaps</a><a href="/datasets">Datasets</a><a href="/playground">Override playground</a>
<span class="muted" style="color:#aac">{{ server }}</span></nav>
<main>{% if error %}<div class="err" id="error">{{ error }}</div>{% endif %}{{ body }}</main></body></html>"""

HOME = """
<h2>Activations</h2>
<form method="get" action="/" id="heatmap-form">
<label>model <select name="model">{% for m in models %}<option {% if m == model %}selected{% endif %}>{{ m }}</option>{% endfor %}</select></label>
<label>source site <select name="site">{% for s in source_sites %}<option {% if s == site %}selected{% endif %}>{{ s }}</option>{% endfor %}</select></label>
<label>target site <select name="tsite"><option value="">(none)</option>{% for s in target_sites %}<option {% if s == tsite %}selected{% endif %}>{{ s }}</option>{% endfor %}</select></label>
<label>neurons <input type="text" name="neurons" value="{{ neurons }}" size="12" id="neurons"></label><br>
<textarea name="text" rows="3" cols="90" id="text" placeholder="one sentence per line">{{ text }}</textarea><br>
<button type="submit" id="show">Show</button></form>
{% if heatmap %}<div id="heatmaps">{% for r in results %}<div class="tr">{{ r.source }} → <b class="translation">{{ r.translation }}</b></div>{% endfor %}
{{ heatmap }}</div>{% endif %}"""

DATASETS = """
<h2>Datasets</h2>
<table id="datasets"><tr><th>handle</th><th>name</th><th>model</th><th>sites</th><th>labels</th><th>words</th><th>rank</th></tr>
{% for d in datasets %}<tr><td><a href="/datasets/{{ d.handle }}">{{ d.handle }}</a></td><td>{{ d.name }}</td><td>{{ d.model }}</td>
<td>{{ d.sites|map(attribute='name')|join(', ') }}</td><td>{{ d.label_columns|join(', ') }}</td><td>{{ d.words }}</td>
<td>{% for c in d.label_columns %}<a href="/datasets/{{ d.handle }}?label={{ c }}">{{ c }}</a> {% endfor %}</td></tr>{% endfor %}
</table>{% if not datasets %}<p class="muted">No datasets yet: create one with the client or `neuronscope dataset create`.</p>{% endif %}"""

RANKING = """
<h2>{{ info.name or info.handle }}</h2>
<p class="muted">{{ info.model }} · {{ info.words }} words · sites {{ info.sites|map(attribute='name')|join(', ') }}</p>
<form method="get"><label>label column <select name="label">{% for c in info.label_columns %}<option {% if c == label %}selected{% endif %}>{{ c }}</option>{% endfor %}</select></label>
<label>method <select name="method">{% for m in methods %}<option {% if m == method %}selected{% endif %}>{{ m }}</option>{% endfor %}</select></label>
<button type="submit">Rank</button></form>
{% if ranking %}<p>{{ ranking.method }}: {% if ranking.accuracy is not none %}probe accuracy {{ '%.3f'|format(ranking.accuracy) }} (majority {{ '%.3f'|format(ranking.majority_baseline) }}), {% endif %}{{ ranking.train_words }} training words</p>
<table id="top-neurons"><tr><th>rank</th><th>site</th><th>neuron</th><th>score</th></tr>
{% for r in rows %}<tr><td>{{ r.rank }}</td><td>{{ r.site }}</td><td><a class="neuron-link" href="/card?dataset={{ info.handle }}&site={{ r.site }}&neuron={{ r.index }}&label={{ label }}&method={{ method }}">{{ r.index }}</a></td><td>{{ r.score }}</td></tr>{% endfor %}</table>{% endif %}"""

CARD = """
<h2>{{ site }} · neuron {{ neuron }}</h2>
<p><a id="to-playground" href="/playground?model={{ model }}&site={{ site }}&neurons={{ neuron }}&op=set&alpha=4&text={{ probe|urlencode }}">Open in the override playground</a></p>
<div id="card">{{ card }}</div>"""

PLAYGROUND = """
<h2>Override playground</h2>
<form method="get" action="/playground" id="pg-form">
<label>model <select name="model" id="pg-model">{% for m in models %}<option {% if m == model %}selected{% endif %}>{{ m }}</option>{% endfor %}</select></label>
<label>site <select name="site" id="pg-site">{% for s in sites %}<option {% if s == site %}selected{% endif %}>{{ s }}</option>{% endfor %}</select></label>
<label>neurons <input type="text" name="neurons" id="pg-neurons" value="{{ neurons }}" size="14"></label>
<label>op <select name="op" id="pg-op">{% for o in ops %}<option {% if o == op %}selected{% endif %}>{{ o }}</option>{% endfor %}</select></label><br>
<label>α <input type="range" min="-20" max="20" step="0.5" name="alpha" id="alpha" value="{{ alpha }}">
<output id="alpha-value">{{ alpha }}</output></label><br>
<textarea name="text" rows="2" cols="90" id="pg-text">{{ text }}</textarea><br>
<button type="submit">Apply</button></form>
<p>baseline: <span class="tr" id="baseline">{{ baseline }}</span></p>
<p>modified: <span class="tr" id="modified">{{ modified }}</span></p>
<p>changes: <span class="tr" id="diff">{{ diff }}</span></p>
<script>
const form = document.getElementById('pg-form');
const slider = document.getElementById('alpha');
let seq = 0;
async function refresh() {
  document.getElementById('alpha-value').textContent = slider.value;
  const params = new URLSearchParams(new FormData(form));
  history.replaceState(null, '', '/playground?' + params.toString());   // the URL reproduces the view
  const mine = ++seq;
  const r = await fetch('/api/override?' + params.toString());
  const data = await r.json();
  if (mine !== seq) return;                                             // a later move already answered
  if (data.error) { document.getElementById('modified').textContent = data.error; return; }
  document.getElementById('baseline').textContent = data.baseline;
  document.getElementById('modified').textContent = data.modified;
  document.getElementById('diff').innerHTML = data.diff_html;           // escaped by neuronscope.viz
}
slider.addEventListener('input', refresh);
document.getElementById('pg-op').addEventListener('change', refresh);
</script>"""


def _ints(text: str, field: str) -> list[int]:
    try:
        return [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise ValueError(f"{field} takes comma-separated neuron indices, e.g. 3,17") from None


def create_app(address: str, api_key: str | None = None, timeout: float = 120.0,
               client_factory: Callable[[], Client] | None = None) -> Flask:
    """The dashboard for the server at ``address`` (one client, shared by the request threads)."""
    app = Flask("neuronscope.dashboard")
    client = client_factory() if client_factory else Client(address, api_key=api_key, timeout=timeout)
    rankings: dict[tuple[str, str, str], Ranking] = {}
    lock = threading.Lock()

    def page(title: str, body_template: str, error: str = "", **ctx: Any) -> str:
        body = Markup(render_template_string(body_template, **ctx))
        return render_template_string(LAYOUT, title=title, body=body, error=error, server=address)

    def sites_of(model: str) -> tuple[list[str], list[str]]:
        """(source sites, target sites), each with its last layer output first (the default pick)."""
        info = client.model_info(model)

        def order(side: str) -> list[str]:
            names = [s.name for s in info.sites if s.side == side]
            layers = [n for n in names if ".layers." in n and not n.endswith((".ffn", ".attn"))]
            return ([layers[-1]] if layers else []) + [n for n in names if not layers or n != layers[-1]]

        return order("source"), order("target")

    def ranking_for(handle: str, label: str, method: str) -> Ranking:
        key = (handle, label, method)
        with lock:
            if key not in rankings:
                rankings[key] = client.rank_neurons(handle, label, method=method)
            return rankings[key]

    @app.get("/healthz")
    def healthz():
        return "ok"

    @app.get("/")
    def home():
        si = client.server_info()
        model = request.args.get("model") or si.default_model
        text = request.args.get("text", "")
        try:
            source_sites, target_sites = sites_of(model)
            site = request.args.get("site") or source_sites[0]
            tsite = request.args.get("tsite", "")
            neurons_text = request.args.get("neurons", "0,1,2")
            ctx = dict(models=si.models, model=model, source_sites=source_sites, target_sites=target_sites, site=site,
                       tsite=tsite, neurons=neurons_text, text=text, heatmap=None, results=[])
            sentences = [line.strip() for line in text.splitlines() if line.strip()]
            if sentences:
                neurons = _ints(neurons_text, "neurons")
                widths = {s.name: s.width for s in client.model_info(model).sites}
                for name in [site] + ([tsite] if tsite else []):
                    bad = [n for n in neurons if not 0 <= n < widths.get(name, 0)]
                    if bad:
                        raise ValueError(f"neurons: {bad[0]} out of range for {name}; allowed 0-{widths.get(name, 0) - 1}")
                capture = [site] + ([tsite] if tsite else [])
                r = client.translate(sentences, model=model, capture=capture)
                ctx["results"] = [{"source": s, "translation": x.translation} for s, x in zip(sentences, r.sentences)]
                ctx["heatmap"] = Markup(heatmap_html(
                    [x.source_words for x in r.sentences], [x.activations[site][:, neurons] for x in r.sentences],
                    [f"{site}:{n}" for n in neurons],
                    target_words=[x.target_words for x in r.sentences] if tsite else None,
                    target_values=[x.activations[tsite][:, neurons] for x in r.sentences] if tsite else None,
                    target_neurons=[f"{tsite}:{n}" for n in neurons] if tsite else None,
                ))
            return page("heatmaps", HOME, **ctx)
        except (errors.NeuronscopeError, ValueError, IndexError) as exc:
            return page("heatmaps", HOME, error=_message(exc), models=si.models, model=model, source_sites=[],
                        target_sites=[], site="", tsite="", neurons="", text=text, heatmap=None, results=[]), 400

    @app.get("/datasets")
    def datasets():
        return page("datasets", DATASETS, datasets=client.list_datasets())

    @app.get("/datasets/<handle>")
    def dataset(handle: str):
        try:
            info = client.describe_dataset(handle)
        except errors.NotFound:
            abort(404)
        label = request.args.get("label", "")
        method = request.args.get("method", "lca")
        ctx: dict[str, Any] = dict(info=info, label=label, method=method, methods=METHODS, ranking=None, rows=[])
        if label:
            try:
                r = ranking_for(handle, label, method)
            except errors.NeuronscopeError as exc:
                return page("ranking", RANKING, error=_message(exc), **ctx), 400
            ctx["ranking"] = r
            for i, n in enumerate(r.ordering[:30]):
                site, idx = r.site_of(int(n))
                score = None if r.scores is None else f"{float(r.scores[int(n)]):.4g}"
                ctx["rows"].append({"rank": i + 1, "site": site, "index": idx, "score": score})
        return page("ranking", RANKING, **ctx)

    @app.get("/card")
    def card():
        handle, site = request.args.get("dataset", ""), request.args.get("site", "")
        label, method = request.args.get("label", ""), request.args.get("method", "lca")
        try:
            neuron = int(request.args.get("neuron", ""))
            ranking = ranking_for(handle, label, method) if label else None
            c = client.neuron_card(site, neuron, handle, ranking=ranking)
        except (errors.NeuronscopeError, ValueError) as exc:
            return page("neuron card", CARD, error=_message(exc), site=site, neuron="?", card="", model="", probe=""), 400
        model = client.describe_dataset(handle).model
        probe = c.effects[0].probe if c.effects else ""
        return page("neuron card", CARD, site=site, neuron=neuron, card=Markup(c.to_html()), model=model, probe=probe)

    def override_result(args) -> dict[str, Any]:
        model, site = args.get("model", ""), args.get("site", "")
        text = args.get("text", "").strip()
        op = args.get("op", "set")
        if op not in OPS:
            raise ValueError(f"op {op!r} not allowed; allowed: {', '.join(OPS)}")
        neurons = _ints(args.get("neurons", ""), "neurons")
        try:
            alpha = float(args.get("alpha", "0"))
        except ValueError:
            raise ValueError("alpha takes a number") from None
        if not (text and site and neurons):
            return {"baseline": "", "modified": "", "diff_html": ""}
        ov = Override(site, neurons, op, [] if op == "zero" else [alpha])
        r = client.translate([text], model=model, overrides=[ov], return_baseline=True)
        s = r.sentences[0]
        return {"baseline": s.baseline_translation, "modified": s.translation,
                "diff_html": diff_html(s.baseline_translation, s.translation)}

    @app.get("/api/override")
    def api_override():
        try:
            return jsonify(override_result(request.args))
        except (errors.NeuronscopeError, ValueError) as exc:
            return jsonify({"error": _message(exc)}), 400

    @app.get("/playground")
    def playground():
        si = client.server_info()
        model = request.args.get("model") or si.default_model
        ctx: dict[str, Any] = dict(models=si.models, model=model, ops=OPS, op=request.args.get("op", "set"),
                                   neurons=request.args.get("neurons", ""), alpha=request.args.get("alpha", "0"),
                                   text=request.args.get("text", ""), site=request.args.get("site", ""),
                                   baseline="", modified="", diff="")
        try:
            source, target = sites_of(model)
            ctx["sites"] = source + target
            ctx["site"] = ctx["site"] or source[0]
            res = override_result({**request.args, "model": model, "site": ctx["site"]})
            ctx.update(baseline=res["baseline"], modified=res["modified"], diff=Markup(res["diff_html"]))
        except (errors.NeuronscopeError, ValueError) as exc:
            ctx.setdefault("sites", [])
            return page("playground", PLAYGROUND, error=_message(exc), **ctx), 400
        return page("playground", PLAYGROUND, **ctx)

    app.extensions["neuronscope_client"] = client
    return app


def _message(exc: BaseException) -> str:
    details = getattr(exc, "details", "")
    return details or str(exc)


def serve(address: str, api_key: str | None, host: str = "127.0.0.1", port: int = 8050, public: bool = False):
    """Run the dashboard until interrupted (werkzeug's threaded server: a local tool, not a public site)."""
    import ipaddress
    import logging

    from werkzeug.serving import make_server

    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback and not public:
        raise ValueError(f"--host {host} is not a loopback address: anyone who reaches it acts with your API key. "
                         "Pass --public to do it anyway")
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # request lines carry URLs, never the key
    server = make_server(host, port, create_app(address, api_key), threaded=True)
    return server
