"""The `neuronscope` command against a real server serving the shipped en-es model.

Every subcommand runs as a subprocess (the installed console script), with its table output and its
`--json` output checked, and bad input: a one-line error naming what is wrong, exit code 2, no traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

REPO = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).parent / "neuronscope"
SENT = "I saw three dogs yesterday ."


@pytest.fixture(scope="module")
def server(default_model_dir):
    running = create_server(ServerConfig(port=0, models=(("en-es", str(default_model_dir)),), threads=1))
    yield running
    running.stop(0)


def run(server, *args: str, code: int = 0, env: dict | None = None) -> subprocess.CompletedProcess:
    e = {**os.environ, "NEURONSCOPE_SERVER": server.address, **(env or {})}
    r = subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=300, env=e)
    assert r.returncode == code, (args, r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    return r


def test_help_lists_every_option_with_help_text():
    top = subprocess.run([str(EXE), "--help"], capture_output=True, text=True, check=True).stdout
    commands = ["info", "translate", "dataset", "rank", "sweep", "erase", "profile", "serve"]
    for cmd in commands:
        assert f"  {cmd} " in top, cmd
    for cmd in (["info"], ["translate"], ["dataset", "create"], ["dataset", "list"], ["dataset", "export"],
                ["rank"], ["sweep"], ["erase"], ["profile", "export"], ["profile", "import"]):
        out = subprocess.run([str(EXE), *cmd, "--help"], capture_output=True, text=True, check=True).stdout
        assert "--server" in out and "--api-key" in out and "--json" in out, cmd
    # every option of every command has help text
    import click

    from neuronscope.cli import cli

    def walk(cmd, path):
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                yield from walk(sub, path + [name])
        else:
            yield path, cmd

    for path, cmd in walk(cli, []):
        assert cmd.help, path
        for p in cmd.params:
            if isinstance(p, click.Option):
                assert p.help, (path, p.name)


def test_serve_help_reaches_the_server_flags():
    out = subprocess.run([str(EXE), "serve", "--help"], capture_output=True, text=True, check=True).stdout
    assert "--redis-url" in out and "--tenant-max-dataset-bytes" in out


def test_info_and_translate(server, tmp_path):
    r = run(server, "info")
    assert "en-es" in r.stdout and "encoder.layers.2" in r.stdout
    info = json.loads(run(server, "info", "--json").stdout)
    assert info["models"][0]["name"] == "en-es" and any(s["name"] == "decoder.layers.0" for s in info["models"][0]["sites"])
    r = run(server, "translate", SENT)
    assert SENT in r.stdout and "→" in r.stdout
    out = tmp_path / "acts.npz"
    data = json.loads(run(server, "translate", SENT, "--capture", "encoder.layers.2", "--out", str(out), "--json").stdout)
    assert data["results"][0]["translation"]
    assert data["results"][0]["receipt"]["degenerate"] is False  # every generated output has a receipt
    import numpy as np

    arrays = np.load(out)
    assert arrays["s0:encoder.layers.2"].shape == (len(SENT.split()), 256)


def test_dataset_rank_sweep_and_profile_round_trip(server, tmp_path):
    created = json.loads(run(server, "dataset", "create", str(REPO / "data" / "annotations" / "probe.jsonl"),
                             "--label", "upos", "--site", "encoder.layers.2", "--limit", "300", "--json").stdout)
    handle = created["handle"]
    assert created["label_columns"] == ["upos"] and created["sentences"] == 300
    listed = run(server, "dataset", "list")
    assert handle in listed.stdout and "bytes" in listed.stdout
    assert json.loads(run(server, "dataset", "describe", handle, "--json").stdout)["words"] == created["words"]
    ranked = json.loads(run(server, "rank", handle, "--label", "upos", "--top", "5", "--json").stdout)
    assert len(ranked["top"]) == 5 and ranked["accuracy"] > 0.5 and ranked["top"][0]["site"] == "encoder.layers.2"
    probeless = json.loads(run(server, "rank", handle, "--label", "upos", "--method", "probeless", "--json").stdout)
    assert probeless["accuracy"] is None  # no probe, so no accuracy (not 0.0)
    table = run(server, "rank", handle, "--label", "upos", "--top", "3").stdout
    assert "rank" in table and "encoder.layers.2" in table
    export = tmp_path / "ds.npz"
    run(server, "dataset", "export", handle, "--out", str(export))
    import numpy as np

    z = np.load(export)
    assert z["act:encoder.layers.2"].shape == (created["words"], 256) and len(z["label:upos"]) == created["words"]
    for suffix in (".json", ".hdf5"):  # NeuroX's activation files (bench/neurox_formats.py loads them with NeuroX)
        from neuronscope.neurox_io import read_neurox

        path = tmp_path / f"ds{suffix}"
        run(server, "dataset", "export", handle, "--out", str(path))
        words, acts, layers = read_neurox(path)
        assert layers == 1 and sum(len(w) for w in words) == created["words"]
        np.testing.assert_array_equal(np.concatenate(acts), z["act:encoder.layers.2"])
        assert (tmp_path / "ds.upos.txt").read_text().splitlines()[0].split()[0] in {"DET", "PRON", "NOUN", "ADJ",
                                                                                   "VERB", "ADV", "NUM", "PROPN", "ADP"}
    import pandas as pd

    run(server, "dataset", "export", handle, "--out", str(tmp_path / "ds.parquet"))
    frame = pd.read_parquet(tmp_path / "ds.parquet")
    assert len(frame) == created["words"] and "encoder.layers.2:255" in frame.columns
    run(server, "dataset", "export", handle, "--out", str(tmp_path / "ds.nc"))
    top = ranked["top"][0]["index"]
    sweep = json.loads(run(server, "sweep", "--site", "encoder.layers.2", "--neuron", str(top), "--values", "-20,0,20",
                           SENT, "--json").stdout)
    assert [x["value"] for x in sweep["sentences"][0]["sweep"]] == [-20.0, 0.0, 20.0]
    assert [p["label"] for p in sweep["points"]] == [f"set [{top}] to {v}" for v in ("-20", "+0", "+20")]
    assert sweep["sentences"][0]["baseline"]
    assert json.loads(run(server, "dataset", "delete", handle, "--json").stdout)["deleted"] is True


@pytest.mark.parametrize("args, needle", [
    (["rank", "ds_nothere", "--label", "upos"], "ds_nothere"),
    (["translate", SENT, "--model", "nope"], "nope"),
    (["translate", SENT, "--capture", "encoder.layers.9", "--out", "x.npz"], "encoder.layers.9"),
    (["sweep", "--site", "encoder.layers.2", "--neuron", "9999", SENT], "9999"),
    (["dataset", "create", str(REPO / "data" / "annotations" / "probe.jsonl"), "--label", "nolabel",
      "--site", "encoder.layers.2", "--limit", "5"], "nolabel"),
    (["rank", "x", "--label", "upos", "--method", "magic"], "magic"),
])
def test_bad_input_is_one_line_and_exit_2(server, args, needle, tmp_path):
    r = run(server, *args, code=2, env={"HOME": str(tmp_path)})
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) <= 3, r.stderr


def test_unreachable_server_is_one_line_exit_1(tmp_path):
    r = subprocess.run([str(EXE), "info", "--server", "127.0.0.1:1", "--timeout", "2"], capture_output=True, text=True)
    assert r.returncode == 1 and "unavailable" in r.stderr and "Traceback" not in r.stderr


def test_api_key_is_never_echoed(server):
    r = run(server, "info", "--api-key", "s3cret-key-value")
    assert "s3cret" not in r.stdout + r.stderr


def _dataset(server, limit: int = 300) -> str:
    return json.loads(run(server, "dataset", "create", str(REPO / "data" / "annotations" / "probe.jsonl"),
                          "--label", "upos", "--site", "encoder.layers.2", "--limit", str(limit), "--json").stdout)["handle"]


@pytest.mark.parametrize("method", ["lca", "probeless"])
def test_rank_progress_is_fine_grained_and_reaches_100_percent(server, method):
    from neuronscope import Client

    handle = _dataset(server)
    seen: list[tuple[str, float]] = []
    with Client(server.address) as c:
        c.rank_neurons(handle, "upos", method=method, on_progress=lambda s, f: seen.append((s, f)))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and seen[-1][0] == "done"
    if method == "lca":
        assert sum(s == "training" for s, _ in seen) >= 3  # per epoch, not one jump


def test_ctrl_c_on_rank_stops_the_server_side_work(server):
    import signal
    import threading
    import time

    handle = _dataset(server, 600)
    env = {**os.environ, "NEURONSCOPE_SERVER": server.address}
    proc = subprocess.Popen([str(EXE), "rank", handle, "--label", "upos", "--solver", "neurox", "--epochs", "400",
                             "--progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def ranking() -> bool:
        return any(t.name == "rank" and t.is_alive() for t in threading.enumerate())

    deadline = time.monotonic() + 60
    while not ranking() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ranking(), "the ranking job never started"
    time.sleep(1.0)  # well into training
    proc.send_signal(signal.SIGINT)
    stopped_at = time.monotonic()
    out, err = proc.communicate(timeout=30)
    while ranking() and time.monotonic() - stopped_at < 10:
        time.sleep(0.05)
    assert not ranking() and time.monotonic() - stopped_at < 2.0
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err, err


def test_card_writes_html(server, tmp_path):
    handle = _dataset(server)
    out = tmp_path / "card.html"
    data = json.loads(run(server, "card", "encoder.layers.2", "240", "--dataset", handle, "--label", "upos",
                          "--alphas", "-4,4", "--out", str(out), "--json").stdout)
    page = out.read_text(encoding="utf-8")
    assert data["top_words"] and data["rank"] >= 1 and data["effects"] >= 1
    assert "ns-hm-w" in page and "upos" in page
    r = run(server, "card", "encoder.layers.2", "999", "--dataset", handle, "--out", str(out), code=2)
    assert "neuron 999 out of range for encoder.layers.2; allowed 0-255" in r.stderr


def test_dashboard_command_serves_and_refuses_public_hosts(server):
    import time
    import urllib.request

    env = {**os.environ, "NEURONSCOPE_SERVER": server.address}
    r = subprocess.run([str(EXE), "dashboard", "--host", "0.0.0.0", "--port", "0"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 2 and "--public" in r.stderr
    proc = subprocess.Popen([str(EXE), "dashboard", "--port", "0", "--api-key", "k-secret"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("neuronscope dashboard: http://127.0.0.1:"), line
        url = line.split()[2]
        deadline = time.monotonic() + 30
        while True:
            try:
                page = urllib.request.urlopen(url, timeout=10).read().decode()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert "Activations" in page and "k-secret" not in page
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_create_dataset_progress_reaches_100_percent(server):
    from neuronscope import Client

    recs = [json.loads(x) for x in (REPO / "data" / "annotations" / "dev.jsonl").open(encoding="utf-8")][:400]
    seen: list[tuple[str, float]] = []
    with Client(server.address) as c:
        info = c.create_dataset([r["words"] for r in recs], {"upos": [r["upos"] for r in recs]},
                                sites=["encoder.layers.2"], on_progress=lambda s, f: seen.append((s, f)))
        c.delete_dataset(info.handle)
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and seen[-1] == ("done", 1.0)
    assert len({f for s, f in seen if s == "extracting"}) >= 10  # per window, not one jump


def test_erase_and_profiles_from_the_command_line(server, tmp_path):
    handle = _dataset(server)
    src, ref = tmp_path / "src.txt", tmp_path / "ref.txt"
    src.write_text("\n".join((REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()[:6]))
    ref.write_text("\n".join((REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()[:6]))
    data = json.loads(run(server, "erase", "--site", "encoder.layers.2", "--ks", "0,128", "--ranking-of",
                          f"{handle}:upos", "--sentences-file", str(src), "--references-file", str(ref),
                          "--json").stdout)
    assert [p["k"] for p in data["points"]] == [0, 128] and data["points"][0]["bleu"] > data["points"][1]["bleu"]
    table = run(server, "erase", "--site", "encoder.layers.2", "--ks", "0", "--sentences-file", str(src),
                "--references-file", str(ref)).stdout
    assert "BLEU" in table and "chrF" in table
    r = run(server, "erase", "--site", "encoder.layers.2", "--ks", "0", "--ranking-of", "nocolon",
            "--sentences-file", str(src), code=2)
    assert "HANDLE:LABEL" in r.stderr
    # profiles: import a file, list, export it again
    from neuronscope.profile_file import save_profile
    from neuronscope.types import Override, Profile

    path = tmp_path / "calm.json"
    save_profile(Profile("calm", 0, "en-es", "a hook", (Override("encoder.layers.2", (17,), "scale", (0.5,)),), 0.0, ""),
                 path)
    stored = json.loads(run(server, "profile", "import", str(path), "--json").stdout)
    assert stored["name"] == "calm" and stored["version"] >= 1
    listed = json.loads(run(server, "profile", "list", "--json").stdout)
    assert any(p["name"] == "calm" and p["origin"].startswith("imported calm") for p in listed)
    run(server, "profile", "export", "calm", str(tmp_path / "again.json"))
    assert json.loads((tmp_path / "again.json").read_text())["overrides"][0]["values"] == [0.5]


def test_neurox_file_to_dataset_to_export_is_exact(server, tmp_path):
    """A NeuroX activation file → `dataset import` → a dataset that ranks → `dataset export` gives the same file."""
    from neuronscope.neurox_io import read_neurox

    handle = _dataset(server, 120)
    first = tmp_path / "first.json"
    run(server, "dataset", "export", handle, "--out", str(first))
    imported = json.loads(run(server, "dataset", "import", str(first), "--labels-file",
                              f"upos={tmp_path / 'first.upos.txt'}", "--source", "NeuroX file", "--json").stdout)
    assert imported["model"] == "NeuroX file" and imported["sites"] == ["layer.0"]
    again = tmp_path / "again.json"
    run(server, "dataset", "export", imported["handle"], "--out", str(again))
    (w1, a1, l1), (w2, a2, l2) = read_neurox(first), read_neurox(again)
    assert w1 == w2 and l1 == l2 and all(np.array_equal(x, y) for x, y in zip(a1, a2))
    assert (tmp_path / "again.upos.txt").read_text() == (tmp_path / "first.upos.txt").read_text()
    ranked = json.loads(run(server, "rank", imported["handle"], "--label", "upos", "--json").stdout)
    assert ranked["accuracy"] > 0.5 and ranked["top"][0]["site"] == "layer.0"


def test_import_refuses_bad_chunks(server):
    import grpc

    from neuronscope import wire
    from neuronscope.v1 import neuronscope_pb2 as pb
    from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc

    header = pb.ImportHeader(sites=[pb.Site(name="l0", width=4)], words=2, label_columns=["t"])
    bad = pb.DatasetChunk(words=["a", "b"], sentence_lengths=[2], labels=[pb.LabelColumn(name="t", values=["X", "Y"])],
                          activations=[pb.SiteActivations(site="l0", values=wire.encode(np.zeros((2, 3))))])
    with grpc.insecure_channel(server.address) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        with pytest.raises(grpc.RpcError) as e:
            stub.ImportDataset(iter([pb.ImportDatasetRequest(header=header), pb.ImportDatasetRequest(chunk=bad)]))
        assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "expected [2, 4]" in e.value.details()
        with pytest.raises(grpc.RpcError) as e:
            stub.ImportDataset(iter([pb.ImportDatasetRequest(chunk=bad)]))
        assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "header" in e.value.details()


def test_erase_progress_and_the_default_bar(server, capsys, monkeypatch):
    from neuronscope import Client
    from neuronscope import progress as progress_mod

    src = (REPO / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()[:4]
    ref = (REPO / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()[:4]
    seen: list[tuple[str, float]] = []
    with Client(server.address) as c:
        c.erase("encoder.layers.2", [0, 10, 20], src, ref, ordering=list(range(256)),
                on_progress=lambda s, f: seen.append((s, f)))
        assert [s for s, _ in seen] == ["k=0", "k=10", "k=20", "done"] and seen[-1][1] == 1.0
        monkeypatch.setattr(progress_mod, "watched", lambda: True)  # as in a terminal or a notebook
        c.erase("encoder.layers.2", [0, 10], src, ref, ordering=list(range(256)))
    err = capsys.readouterr().err
    assert "erase [" in err and "100 %" in err
