"""The ``neuronscope`` command: talk to a server from a terminal or a script.

    neuronscope info                               models, sites, limits and your usage
    neuronscope translate "I saw three dogs ."     translations (--capture SITE --out acts.npz)
    neuronscope dataset create data.jsonl --label upos --site encoder.layers.2
    neuronscope rank HANDLE --label upos           the top neurons, with a progress bar
    neuronscope sweep --site encoder.layers.2 --neuron 17 --values -4,0,4 "I saw three dogs ."
    neuronscope serve [flags]                      run a server (needs neuronscope-server)
    neuronscope worker --broker-url redis://...    run a job worker (needs neuronscope-server)

Every command takes ``--server`` (env ``NEURONSCOPE_SERVER``), ``--api-key`` (env
``NEURONSCOPE_API_KEY``; never printed) and ``--json`` (machine-readable output). Errors are one line
on stderr; exit code 2 for bad input (unknown site, label, method, handle), 1 for other failures.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from neuronscope import errors

BAD_INPUT = (errors.InvalidArgument, errors.NotFound, errors.OutOfRange, errors.FailedPrecondition)
METHODS = ("lca", "probeless", "gmm", "anova", "maxcorr", "mincorr", "linreg", "svcca")
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


# ---------------------------------------------------------------------------- plumbing
def _fail(message: str, code: int) -> None:
    click.echo(f"neuronscope: error: {message}", err=True)
    sys.exit(code)


def connection_options(fn: Callable) -> Callable:
    """--server, --api-key, --timeout and --json on a command; errors become one line and an exit code."""

    @click.option("--server", envvar="NEURONSCOPE_SERVER", default="127.0.0.1:50051", show_default=True,
                  help="HOST:PORT of the neuronscope server (env NEURONSCOPE_SERVER)")
    @click.option("--api-key", envvar="NEURONSCOPE_API_KEY", default=None, show_default=False,
                  help="API key (env NEURONSCOPE_API_KEY); never echoed")
    @click.option("--timeout", type=float, default=600.0, show_default=True, help="seconds per call")
    @click.option("--json", "as_json", is_flag=True, default=False, help="print JSON instead of a table")
    @functools.wraps(fn)
    def wrapper(server: str, api_key: str | None, timeout: float, as_json: bool, **kw: Any) -> None:
        from neuronscope.client import Client

        try:
            with Client(server, api_key=api_key, timeout=timeout, retries=1) as client:
                fn(client, as_json, **kw)
        except BAD_INPUT as exc:
            _fail(exc.details if getattr(exc, "details", "") else str(exc), 2)
        except errors.Unavailable as exc:
            _fail(f"server {server} unavailable: {exc.details or exc}", 1)
        except errors.NeuronscopeError as exc:
            _fail(f"{exc.code.name}: {exc.details}" if getattr(exc, "code", None) else str(exc), 1)
        except ValueError as exc:
            _fail(str(exc), 2)
        except KeyboardInterrupt:
            _fail("interrupted; the call was cancelled", 130)

    return wrapper


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.4g}"
        return "—" if v is None else str(v)

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in body]
    return "\n".join(lines)


def _emit(as_json: bool, data: Any, text: str) -> None:
    click.echo(json.dumps(data, indent=1, ensure_ascii=False, default=_jsonable) if as_json else text)


def _jsonable(o: Any) -> Any:
    import numpy as np

    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, np.generic):
        return o.item()
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def _texts(sentences: Sequence[str], path: str | None) -> list[str]:
    """The sentences given as arguments, then those of ``path`` (one per line); a usage error when none."""
    texts = list(sentences)
    if path:
        with open(path, encoding="utf-8") as f:
            texts += [line.strip() for line in f if line.strip()]
    if not texts:
        raise click.UsageError("give sentences as arguments or --file")
    return texts


def _ints(text: str, name: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise click.BadParameter(f"{name} takes comma-separated integers, e.g. 0,10,20") from None


def _floats(text: str, name: str) -> list[float]:
    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise click.BadParameter(f"{name} takes comma-separated numbers, e.g. -4,0,4") from None


class Progress:
    """A progress bar on stderr (when it is a terminal, or with --progress) that ends at 100 %."""

    def __init__(self, label: str, show: bool | None = None) -> None:
        self.show = sys.stderr.isatty() if show is None else show
        self.label = label
        self.bar = None
        self.done = 0

    def __enter__(self) -> Progress:
        if self.show:
            self.bar = click.progressbar(length=1000, label=self.label, file=sys.stderr, show_percent=True,
                                         show_eta=False, item_show_func=lambda s: s or "")
            self.bar.__enter__()
        return self

    def update(self, stage: str, fraction: float) -> None:
        if self.bar is None:
            return
        target = int(max(0.0, min(1.0, fraction)) * 1000)
        if target > self.done:
            self.bar.update(target - self.done, stage)
            self.done = target

    def __exit__(self, exc_type, *rest: object) -> None:
        if self.bar is not None:
            if exc_type is None:
                self.update("done", 1.0)
            self.bar.__exit__(exc_type, *rest)


# ---------------------------------------------------------------------------- commands
@click.group(context_settings=CONTEXT)
@click.version_option(package_name="neuronscope", prog_name="neuronscope")
def cli() -> None:
    """neuronscope: neuron-level analysis of NLP models through a neuronscope server.

    Start a server with `neuronscope serve` (needs the neuronscope-server package), then run the other
    commands against it (--server HOST:PORT, default 127.0.0.1:50051).
    """


@cli.command(context_settings={**CONTEXT, "ignore_unknown_options": True, "allow_extra_args": True,
                                "help_option_names": []})
@click.argument("flags", nargs=-1, type=click.UNPROCESSED)
def serve(flags: tuple[str, ...]) -> None:
    """Run a server on this machine (`neuronscope serve --help` lists its flags)."""
    try:
        from neuronscope_server.cli import serve as run_server
    except ImportError:
        _fail("`serve` needs the server package: pip install neuronscope-server "
              "(from this repository: pip install ./server); the light client only talks to servers", 2)
        return
    sys.exit(run_server(list(flags)))


@cli.command(context_settings={**CONTEXT, "ignore_unknown_options": True, "allow_extra_args": True,
                                "help_option_names": []})
@click.argument("flags", nargs=-1, type=click.UNPROCESSED)
def worker(flags: tuple[str, ...]) -> None:
    """Run a job worker on this machine: the server's flags, with --broker-url and --worker-queues gpu,cpu."""
    try:
        from neuronscope_server.cli import worker as run_worker
    except ImportError:
        _fail("`worker` needs the server package: pip install neuronscope-server "
              "(from this repository: pip install ./server)", 2)
        return
    sys.exit(run_worker(list(flags)))


@cli.command(context_settings=CONTEXT)
@click.option("--model", default="", help="a model name; empty: every model the server has")
@connection_options
def info(client, as_json: bool, model: str) -> None:
    """The server's models with their sites, its limits, and your tenant's usage."""
    si = client.server_info()
    names = [model] if model else list(si.models)
    models = [client.model_info(n) for n in names]
    u = si.usage
    data = {
        "version": si.version, "default_model": si.default_model, "device": si.device, "cache": si.cache,
        "auth": si.auth_enabled,
        "limits": {"max_batch_sentences": si.max_batch_sentences, "max_sentence_tokens": si.max_sentence_tokens,
                   "max_message_bytes": si.max_message_bytes},
        "usage": None if u is None else {"tenant": u.tenant, "datasets": u.datasets, "dataset_bytes": u.dataset_bytes,
                                         "max_datasets": u.max_datasets, "max_dataset_bytes": u.max_dataset_bytes},
        "models": [{"name": m.name, "kind": m.kind, "architecture": m.architecture, "revision": m.revision,
                    "device": m.device, "dtype": m.dtype,
                    "sites": [{"name": s.name, "side": s.side, "width": s.width} for s in m.sites]} for m in models],
    }
    lines = [f"server {si.version} on {si.device}, cache {si.cache}, auth {'on' if si.auth_enabled else 'off'}; "
             f"default model {si.default_model}",
             f"limits: {si.max_batch_sentences} sentences per request, {si.max_sentence_tokens} tokens per sentence"]
    if u is not None:
        lines.append(f"tenant {u.tenant}: {u.datasets} datasets, {u.dataset_bytes} bytes "
                     f"(quota {u.max_datasets or 'unlimited'} datasets, {u.max_dataset_bytes or 'unlimited'} bytes)")
    for m in models:
        lines += ["", f"{m.name}: {m.architecture} ({m.kind}), revision {m.revision}, {m.device} {m.dtype}",
                  _table(["site", "side", "width"], [(s.name, s.side, s.width) for s in m.sites])]
    _emit(as_json, data, "\n".join(lines))


@cli.command(context_settings=CONTEXT)
@click.argument("sentences", nargs=-1)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="read sentences from this file, one per line")
@click.option("--model", default="", help="model name; empty: the server's default")
@click.option("--beams", type=int, default=1, show_default=True, help="beam size")
@click.option("--max-new-tokens", type=int, default=0, show_default=True, help="generation cap; 0: the model's")
@click.option("--capture", "sites", multiple=True, help="capture this site (repeatable), saved with --out")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="write captured activations to this .npz (one array per sentence and site)")
@connection_options
def translate(client, as_json: bool, sentences: tuple[str, ...], path: str | None, model: str, beams: int,
              max_new_tokens: int, sites: tuple[str, ...], out: str | None) -> None:
    """Translate SENTENCES (or --file) and print source → translation."""
    texts = _texts(sentences, path)
    if sites and not out:
        raise click.UsageError("--capture needs --out FILE.npz to write the activations to")
    r = client.translate(texts, model=model, num_beams=beams, max_new_tokens=max_new_tokens, capture=list(sites))
    if out:
        import numpy as np

        arrays = {f"s{i}:{site}": s.activations[site] for i, s in enumerate(r.sentences) for site in sites}
        words = {f"s{i}:words": np.array(s.source_words) for i, s in enumerate(r.sentences)}
        np.savez(out, **arrays, **words)
    import dataclasses

    rows = [{"source": t, "translation": s.translation, "words": list(s.source_words),
             "receipt": dataclasses.asdict(s.receipt) if s.receipt is not None else None}
            for t, s in zip(texts, r.sentences)]
    text = "\n".join(f"{x['source']}\n  → {x['translation']}" for x in rows)
    if out:
        text += f"\n(activations of {', '.join(sites)} written to {out})"
    _emit(as_json, {"model": r.model, "revision": r.revision, "results": rows, "out": out}, text)


# ---------------------------------------------------------------------------- datasets
@cli.group(context_settings=CONTEXT)
def dataset() -> None:
    """Create, list, describe, delete and export stored datasets."""


@dataset.command("create", context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "conllu", "neurox"]), default=None,
              help="file format; default: from the suffix (.jsonl, .conllu), neurox with --labels-file")
@click.option("--labels-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="NeuroX label file (one label per word, lines parallel to PATH)")
@click.option("--label", "columns", multiple=True, help="label column to keep (repeatable); default: all")
@click.option("--site", "sites", multiple=True, required=True, help="source-side site to store (repeatable)")
@click.option("--model", default="", help="model name; empty: the server's default")
@click.option("--name", default="", help="a name to show in listings")
@click.option("--limit", type=int, default=0, show_default=True, help="use the first N sentences; 0: all")
@click.option("--ttl-seconds", type=int, default=0, show_default=True, help="lifetime; 0: the server default")
@click.option("--storage-dtype", type=click.Choice(["float32", "float16"]), default="float32", show_default=True,
              help="how activations are stored")
@click.option("--progress/--no-progress", default=None, help="progress bar; default: when stderr is a terminal")
@connection_options
def dataset_create(client, as_json: bool, path: str, fmt: str | None, labels_file: str | None,
                   columns: tuple[str, ...], sites: tuple[str, ...], model: str, name: str, limit: int,
                   ttl_seconds: int, storage_dtype: str, progress: bool | None) -> None:
    """Extract and store activations for a labelled corpus (annotation JSONL, CoNLL-U or NeuroX files)."""
    from neuronscope.formats import read_corpus

    corpus = read_corpus(path, fmt or "", labels_file).head(limit)
    if columns:
        corpus = corpus.select(list(columns))
    if not corpus.labels:
        raise ValueError(f"{path} has no label column present in every sentence")
    with Progress("extract", progress) as bar:
        info = client.create_dataset(corpus.sentences, corpus.labels, sites=list(sites), model=model,
                                     space_after=corpus.space_after, name=name, ttl_seconds=ttl_seconds,
                                     storage_dtype=storage_dtype, on_progress=bar.update)
    _emit(as_json, _info_dict(info), _info_text(info))


def _info_dict(d) -> dict[str, Any]:
    return {"handle": d.handle, "name": d.name, "model": d.model, "revision": d.revision,
            "sites": [s.name for s in d.sites], "label_columns": list(d.label_columns), "sentences": d.sentences,
            "words": d.words, "chunks": d.chunks, "bytes": d.bytes, "storage_dtype": d.storage_dtype,
            "ttl_seconds": d.ttl_seconds}


def _info_text(d) -> str:
    return "\n".join(f"{k:14} {v}" for k, v in _info_dict(d).items())


@dataset.command("import", context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--labels-file", "labels_files", multiple=True,
              help="COLUMN=FILE: labels, one line per sentence and one label per word (repeatable)")
@click.option("--source", default="", help="where the activations come from (shown as the dataset's model)")
@click.option("--name", default="", help="a name to show in listings")
@click.option("--site-prefix", default="layer", show_default=True,
              help="sites are named PREFIX.0, PREFIX.1, ... one per layer of the file")
@connection_options
def dataset_import(client, as_json: bool, path: str, labels_files: tuple[str, ...], source: str, name: str,
                   site_prefix: str) -> None:
    """Store a NeuroX activation file (.json or .hdf5) as a dataset, with label files NeuroX-style."""
    import numpy as np

    from neuronscope.neurox_io import read_neurox

    words, acts, layers = read_neurox(path)
    if not words:
        raise ValueError(f"{path} holds no sentences")
    width = acts[0].shape[1] // max(1, layers)
    stacked = np.concatenate(acts)
    activations = {f"{site_prefix}.{j}": stacked[:, j * width:(j + 1) * width] for j in range(layers)}
    labels: dict[str, list[list[str]]] = {}
    for spec in labels_files:
        column, _, file = spec.partition("=")
        if not file:
            raise click.BadParameter(f"--labels-file takes COLUMN=FILE, got {spec!r}")
        lines = Path(file).read_text(encoding="utf-8").splitlines()
        if len(lines) != len(words):
            raise ValueError(f"{file} has {len(lines)} lines for {len(words)} sentences")
        labels[column] = [line.split() for line in lines]
        for i, (w, lab) in enumerate(zip(words, labels[column])):
            if len(w) != len(lab):
                raise ValueError(f"{file}:{i + 1}: {len(lab)} labels for {len(w)} words")
    info = client.import_dataset(words, activations, labels, name=name, source=source or Path(path).name)
    _emit(as_json, _info_dict(info), _info_text(info))


@dataset.command("list", context_settings=CONTEXT)
@connection_options
def dataset_list(client, as_json: bool) -> None:
    """Your tenant's datasets and its usage."""
    items = client.list_datasets()
    u = client.usage()
    rows = [(d.handle, d.name, d.model, ",".join(s.name for s in d.sites), ",".join(d.label_columns), d.words, d.bytes)
            for d in items]
    text = _table(["handle", "name", "model", "sites", "labels", "words", "bytes"], rows)
    text += f"\n{u.datasets} datasets, {u.dataset_bytes} bytes of {u.max_dataset_bytes or 'unlimited'}"
    _emit(as_json, {"datasets": [_info_dict(d) for d in items],
                    "usage": {"datasets": u.datasets, "bytes": u.dataset_bytes, "max_bytes": u.max_dataset_bytes}},
          text)


@dataset.command("describe", context_settings=CONTEXT)
@click.argument("handle")
@connection_options
def dataset_describe(client, as_json: bool, handle: str) -> None:
    """One dataset's sites, label columns and size."""
    info = client.describe_dataset(handle)
    _emit(as_json, _info_dict(info), _info_text(info))


@dataset.command("delete", context_settings=CONTEXT)
@click.argument("handle")
@connection_options
def dataset_delete(client, as_json: bool, handle: str) -> None:
    """Delete a dataset (its bytes leave your quota)."""
    deleted = client.delete_dataset(handle)
    _emit(as_json, {"handle": handle, "deleted": deleted}, f"{handle}: {'deleted' if deleted else 'not found'}")


@dataset.command("export", context_settings=CONTEXT)
@click.argument("handle")
@click.option("--out", type=click.Path(dir_okay=False), required=True,
              help="file to write: .npz (numpy), .json or .hdf5 (NeuroX activation files, read by its "
                   "load_activations), .parquet (one row per word; pandas + pyarrow) or .nc (xarray, netCDF)")
@click.option("--site", "sites", multiple=True, help="only this site (repeatable, in this order); default: all")
@connection_options
def dataset_export(client, as_json: bool, handle: str, out: str, sites: tuple[str, ...]) -> None:
    """Write a dataset to .npz (activations, words, sentence lengths, labels) or NeuroX's .json / .hdf5."""
    import numpy as np

    data = client.load_dataset(handle, sites=list(sites))
    if out.endswith(".parquet"):
        data.to_pandas().to_parquet(out)
        _emit(as_json, {"handle": handle, "out": out}, f"wrote {out}: {len(data.words)} rows")
        return
    if out.endswith(".nc"):
        data.to_xarray().to_netcdf(out, engine="h5netcdf")
        _emit(as_json, {"handle": handle, "out": out}, f"wrote {out}: {len(data.words)} words")
        return
    if out.endswith((".json", ".hdf5")):
        from neuronscope.neurox_io import write_neurox

        order = list(sites) or [s.name for s in client.describe_dataset(handle).sites]
        write_neurox(out, list(data.words), list(data.sentence_lengths), [data.activations[s] for s in order])
        if data.labels:  # NeuroX keeps labels in a text file parallel to the sentences
            for col, values in data.labels.items():
                lab = out.rsplit(".", 1)[0] + f".{col}.txt"
                with open(lab, "w", encoding="utf-8") as f:
                    start = 0
                    for n in data.sentence_lengths:
                        f.write(" ".join(values[start : start + int(n)]) + "\n")
                        start += int(n)
        _emit(as_json, {"handle": handle, "out": out, "layers": order},
              f"wrote {out}: {len(data.words)} words, layers {', '.join(order)} (+ one .txt per label column)")
        return
    arrays = {f"act:{k}": v for k, v in data.activations.items()}
    arrays |= {f"label:{k}": np.asarray(v) for k, v in data.labels.items()}
    np.savez(out, words=np.asarray(data.words), sentence_lengths=np.asarray(data.sentence_lengths), **arrays)
    _emit(as_json, {"handle": handle, "out": out, "arrays": sorted(arrays)},
          f"wrote {out}: {len(data.words)} words; {', '.join(sorted(arrays))}")


# ---------------------------------------------------------------------------- analysis
@cli.command(context_settings=CONTEXT)
@click.argument("handle")
@click.option("--label", "column", required=True, help="the dataset's label column to rank for")
@click.option("--method", type=click.Choice(METHODS), default="lca", show_default=True,
              help="lca: elastic-net probe + NeuroX ordering; probeless, gmm, anova; cross-model methods "
                   "need --other")
@click.option("--site", "sites", multiple=True, help="rank only these sites (repeatable); default: all")
@click.option("--other", "others", multiple=True, help="cross-model methods: a dataset of another model")
@click.option("--top", type=int, default=20, show_default=True, help="neurons to print")
@click.option("--control-task", is_flag=True, default=False, help="also train a control task (selectivity)")
@click.option("--seed", type=int, default=0, show_default=True, help="random seed")
@click.option("--solver", type=click.Choice(["fast", "neurox"]), default="fast", show_default=True,
              help="probe solver: fast, or NeuroX's exact Adam loop")
@click.option("--epochs", type=int, default=0, show_default=True, help="probe epochs; 0: the solver's default")
@click.option("--progress/--no-progress", default=None, help="progress bar; default: when stderr is a terminal")
@connection_options
def rank(client, as_json: bool, handle: str, column: str, method: str, sites: tuple[str, ...],
         others: tuple[str, ...], top: int, control_task: bool, seed: int, solver: str, epochs: int,
         progress: bool | None) -> None:
    """Rank a dataset's neurons for a label column; prints the top neurons (Ctrl-C cancels on the server)."""
    with Progress(f"rank {method}", progress) as bar:
        r = client.rank_neurons(handle, column, method=method, sites=list(sites), other_datasets=list(others),
                                control_task=control_task, seed=seed, solver=solver, epochs=epochs,
                                on_progress=bar.update)
    rows = []
    for i, n in enumerate(r.ordering[:top]):
        site, idx = r.site_of(int(n))
        score = None if r.scores is None else float(r.scores[int(n)])
        rows.append({"rank": i + 1, "neuron": int(n), "site": site, "index": idx, "score": score})
    summary = {"method": r.method, "label_column": column, "accuracy": r.accuracy, "warnings": list(r.warnings),
               "majority_baseline": r.majority_baseline, "selectivity": r.selectivity if control_task else None,
               "train_words": r.train_words, "seconds": r.seconds}
    head = f"{r.method} on {handle} ({column}): {r.train_words} training words, {r.seconds:.1f} s"
    if r.accuracy is not None and r.method == "lca":
        head += f"; probe accuracy {r.accuracy:.3f} (majority {r.majority_baseline:.3f})"
    text = head + "\n" + _table(["rank", "neuron", "site", "index", "score"],
                                [(x["rank"], x["neuron"], x["site"], x["index"], x["score"]) for x in rows])
    text += "".join(f"\nwarning: {w}" for w in r.warnings)
    _emit(as_json, {**summary, "top": rows, "ordering": r.ordering}, text)


@cli.command(context_settings=CONTEXT)
@click.argument("sentences", nargs=-1)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="read sentences from this file, one per line")
@click.option("--site", required=True, help="the site whose neurons are set")
@click.option("--neuron", "neurons", multiple=True, type=int, required=True, help="neuron index (repeatable)")
@click.option("--values", default="-4,0,4", show_default=True, help="comma-separated values (α) to sweep")
@click.option("--op", type=click.Choice(["set", "add", "scale"]), default="set", show_default=True,
              help="what each value does to the neurons")
@click.option("--words", default="", help="comma-separated source word indices; empty: every position")
@click.option("--model", default="", help="model name; empty: the server's default")
@click.option("--max-new-tokens", type=int, default=0, show_default=True, help="generation cap; 0: the model's")
@connection_options
def sweep(client, as_json: bool, sentences: tuple[str, ...], path: str | None, site: str, neurons: tuple[int, ...],
          values: str, op: str, words: str, model: str, max_new_tokens: int) -> None:
    """Set neurons to each of a list of values and print the translations side by side."""

    texts = _texts(sentences, path)
    alphas = _floats(values, "--values")
    positions = _ints(words, "--words") if words else None
    from neuronscope.client import sweep_grid

    grid = sweep_grid(site, [list(neurons)], op, alphas, words=positions)
    with Progress("sweep", None) as bar:
        plain, points = client.sweep(texts, grid, model=model, max_new_tokens=max_new_tokens, return_translations=True,
                                     on_progress=bar.update, progress=False)
    data = {"site": site, "neurons": list(neurons), "op": op,
            "sentences": [{"source": t, "baseline": plain.translations[i],
                           "sweep": [{"value": a, "translation": p.translations[i], "changed": p.changed_flags[i]}
                                     for a, p in zip(alphas, points)]}
                          for i, t in enumerate(texts)],
            "points": [{"label": p.label, "changed": p.changed, "degenerate": p.degenerate,
                        "bleu_vs_plain": p.bleu_vs_plain} for p in points]}
    lines = []
    for s in data["sentences"]:
        lines += [s["source"], f"  baseline      {s['baseline']}"]
        lines += [f"  {op} {x['value']:<+9g} {x['translation']}{'' if x['changed'] else '   (unchanged)'}"
                  for x in s["sweep"]]
    lines += ["", _table(["setting", "changed", "degenerate", "BLEU vs plain"],
                         [(p["label"], p["changed"], p["degenerate"], p["bleu_vs_plain"]) for p in data["points"]])]
    _emit(as_json, data, "\n".join(lines))


@cli.command(context_settings=CONTEXT)
@click.option("--site", required=True, help="the site whose neurons are erased")
@click.option("--ks", default="0,10,20,50", show_default=True, help="comma-separated numbers of neurons to erase")
@click.option("--ranking-of", "ranked", default="", help="HANDLE:LABEL: erase in the order of an lca ranking "
              "of that dataset and label column; empty: neuron index order")
@click.option("--select", type=click.Choice(["top", "bottom", "random"]), default="top", show_default=True,
              help="which end of the ordering to erase")
@click.option("--sentences-file", type=click.Path(exists=True, dir_okay=False), required=True,
              help="source sentences, one per line")
@click.option("--references-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="reference translations, one per line (BLEU/chrF need them)")
@click.option("--model", default="", help="model name; empty: the server's default")
@connection_options
def erase(client, as_json: bool, site: str, ks: str, ranked: str, select: str, sentences_file: str,
          references_file: str | None, model: str) -> None:
    """Erase (zero) k neurons of a site and score the translations: BLEU and chrF per k."""
    sources = [x.strip() for x in open(sentences_file, encoding="utf-8") if x.strip()]
    refs = [x.strip() for x in open(references_file, encoding="utf-8") if x.strip()] if references_file else []
    ordering: list[int] = []
    if ranked:
        handle, _, column = ranked.partition(":")
        if not column:
            raise click.BadParameter("--ranking-of takes HANDLE:LABEL")
        r = client.rank_neurons(handle, column, sites=[site])
        ordering = [int(n) for n in r.ordering]
    else:
        width = {s.name: s.width for s in client.model_info(model).sites}.get(site)
        if width is None:
            raise ValueError(f"site {site!r} not found; this model has "
                             f"{', '.join(s.name for s in client.model_info(model).sites)}")
        ordering = list(range(width))
    with Progress("erase", None) as bar:
        points = client.erase(site, _ints(ks, "--ks"), sources, references=refs, ordering=ordering, select=select,
                              model=model, on_progress=bar.update, progress=False)
    rows = [{"k": p.k, "bleu": p.bleu, "chrf": p.chrf} for p in points]
    _emit(as_json, {"site": site, "select": select, "points": rows},
          _table(["k", "BLEU", "chrF"], [(x["k"], x["bleu"], x["chrf"]) for x in rows]))


@cli.command(context_settings=CONTEXT)
@click.argument("site")
@click.argument("neuron", type=int)
@click.option("--dataset", "handle", required=True, help="dataset handle holding SITE (its words and labels)")
@click.option("--label", default="", help="rank the dataset for this label column and show the neuron's rank")
@click.option("--alphas", default="-8,-4,4,8", show_default=True,
              help="comma-separated α: the neuron set to mean + α·std in the causal-effect table")
@click.option("--sentence", "sentences", multiple=True, help="probe sentence (repeatable); default: its top sentences")
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="HTML file to write")
@connection_options
def card(client, as_json: bool, site: str, neuron: int, handle: str, label: str, alphas: str,
         sentences: tuple[str, ...], out: str) -> None:
    """Write a neuron card (top words and sentences, label means, rank, α sweep) to an HTML file."""
    ranking = client.rank_neurons(handle, label) if label else None
    c = client.neuron_card(site, neuron, handle, ranking=ranking, sentences=list(sentences),
                           alphas=_floats(alphas, "--alphas"))
    with open(out, "w", encoding="utf-8") as f:
        import html

        f.write(f"<!doctype html><meta charset=\"utf-8\"><title>{html.escape(site)} {neuron}</title>{c.to_html()}")
    _emit(as_json, {"site": site, "neuron": neuron, "out": out, "top_words": [w.word for w in c.top_words],
                    "rank": c.rank, "effects": len(c.effects)},
          f"wrote {out}: top words {', '.join(w.word for w in c.top_words[:8])}")


@cli.command(context_settings=CONTEXT)
@click.option("--server", envvar="NEURONSCOPE_SERVER", default="127.0.0.1:50051", show_default=True,
              help="HOST:PORT of the neuronscope server (env NEURONSCOPE_SERVER)")
@click.option("--api-key", envvar="NEURONSCOPE_API_KEY", default=None,
              help="API key (env NEURONSCOPE_API_KEY); kept in this process, never put in pages or logs")
@click.option("--host", default="127.0.0.1", show_default=True, help="address the dashboard listens on")
@click.option("--port", type=int, default=8050, show_default=True, help="port the dashboard listens on")
@click.option("--public", is_flag=True, default=False,
              help="allow a non-loopback --host (anyone who reaches it uses your API key)")
def dashboard(server: str, api_key: str | None, host: str, port: int, public: bool) -> None:
    """Serve the neuron browser: heatmaps, datasets and rankings, neuron cards, an override playground."""
    try:
        from neuronscope.dashboard import serve as serve_dashboard
    except ImportError:
        _fail("the dashboard needs Flask: pip install 'neuronscope[dashboard]'", 2)
        return
    try:
        httpd = serve_dashboard(server, api_key, host=host, port=port, public=public)
    except (ValueError, OSError) as exc:
        _fail(str(exc), 2)
        return
    click.echo(f"neuronscope dashboard: http://{host}:{httpd.server_port}/ (server {server})")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


@cli.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="folder for report.html, report.md, report.json (default: build/<study name>)")
@click.option("--progress/--no-progress", default=None, help="progress bar; default: when stderr is a terminal")
@connection_options
def study(client, as_json: bool, path: str, out: str | None, progress: bool | None) -> None:
    """Run a declarative study (TOML: dataset, rankings, erasure, sweeps, cards) and write its report."""
    from neuronscope.study import load_study, run_study

    s = load_study(path)
    folder = out or str(Path("build") / s.name)
    with Progress(f"study {s.name}", progress) as bar:
        report = run_study(client, s, folder, on_progress=bar.update)
    _emit(as_json, {"study": s.name, "out": folder, "seconds": report["seconds"], "cache": report["cache"],
                    "dataset": report["dataset"]},
          f"wrote {folder}/report.html, report.md, report.json in {report['seconds']:.1f} s "
          f"({report['cache']['hits']} cached steps)")


@cli.command(context_settings=CONTEXT)
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
def report(folder: str) -> None:
    """Render a study's report.json (in FOLDER) again as report.html and report.md; needs no server."""
    from neuronscope.study import write_report

    try:
        data = json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        _fail(f"{folder}: no readable report.json ({exc})", 2)
        return
    paths = write_report(data, folder)
    click.echo(f"wrote {paths['html']} and {paths['md']}")


# ---------------------------------------------------------------------------- profiles
@cli.group(context_settings=CONTEXT)
def profile() -> None:
    """List, export and import override profiles."""


@profile.command("list", context_settings=CONTEXT)
@connection_options
def profile_list(client, as_json: bool) -> None:
    """Your tenant's profiles (latest versions)."""
    items = client.list_profiles()
    rows = [(p.name, p.version, p.model, len(p.overrides), p.created_by, p.description) for p in items]
    _emit(as_json, [{"name": p.name, "version": p.version, "model": p.model, "overrides": len(p.overrides),
                     "created_by": p.created_by, "created_unix": p.created_unix, "origin": p.origin} for p in items],
          _table(["name", "version", "model", "overrides", "created by", "description"], rows))


@profile.command("export", context_settings=CONTEXT)
@click.argument("name")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--version", type=int, default=0, show_default=True, help="version; 0: the latest")
@connection_options
def profile_export(client, as_json: bool, name: str, path: str, version: int) -> None:
    """Write profile NAME to a JSON file."""
    p = client.export_profile(name, path, version=version)
    _emit(as_json, {"name": p.name, "version": p.version, "path": path}, f"wrote {p.name}@{p.version} to {path}")


@profile.command("import", context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--name", default="", help="store under this name; default: the file's")
@click.option("--model", default="", help="for this model; default: the file's")
@connection_options
def profile_import(client, as_json: bool, path: str, name: str, model: str) -> None:
    """Store a profile file as a new version (admin role)."""
    p = client.import_profile(path, name=name, model=model)
    _emit(as_json, {"name": p.name, "version": p.version, "origin": p.origin}, f"stored {p.name}@{p.version}")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: click's usage errors become one line on stderr and exit code 2."""
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="neuronscope", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "neuronscope"
        _fail(f"{exc.format_message()} (see: {where} --help)", 2)
    except click.exceptions.Abort:
        _fail("aborted", 130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
