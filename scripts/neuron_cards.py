"""Pick three readable neurons of the shipped en-es model and write their cards (docs/results/neurons.md).

    .venv/bin/python scripts/neuron_cards.py            # ~1 min on 2 CPU cores

As in the poster's visualisations: a **position** neuron (activation most correlated with the word's
position in the sentence), a **determiner** neuron and a **number** neuron (largest gap in mean
activation between words of that POS and all other words, in standard deviations). Everything goes through
a real server (started here on 127.0.0.1) and the client: a dataset of the first 2,000 sentences of
`data/annotations/probe.jsonl` at `encoder.layers.2`, then `Client.neuron_card` for each pick (top words and
sentences, mean per POS, the α sweep on its top sentences). Writes `docs/results/cards/*.html` and the
summary page `docs/results/neurons.md`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SITE = "encoder.layers.2"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000, help="sentences of probe.jsonl (default 2000)")
    parser.add_argument("--out", default=str(REPO / "docs" / "results"), help="output folder")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(2)
    from neuronscope import Client
    from neuronscope_server.app import create_server
    from neuronscope_server.config import ServerConfig

    recs = [json.loads(x) for x in (REPO / "data" / "annotations" / "probe.jsonl").open(encoding="utf-8")]
    recs = recs[: args.sentences]
    out = Path(args.out)
    (out / "cards").mkdir(parents=True, exist_ok=True)
    running = create_server(ServerConfig(port=0, models=(("en-es", str(REPO / "models" / "en-es")),)))
    try:
        with Client(running.address, timeout=600) as c:
            ds = c.create_dataset([r["words"] for r in recs], {"upos": [r["upos"] for r in recs]}, sites=[SITE],
                                  space_after=[r["space_after"] for r in recs], name="probe-2000")
            data = c.load_dataset(ds.handle)
            X = data.activations[SITE].astype(np.float64)
            pos = np.concatenate([np.arange(n) for n in data.sentence_lengths]).astype(np.float64)
            upos = np.asarray(data.labels["upos"])
            Xz = (X - X.mean(0)) / (X.std(0) + 1e-9)
            corr = (Xz * ((pos - pos.mean()) / pos.std())[:, None]).mean(0)
            picks = [("position", int(np.argmax(np.abs(corr))), f"correlation with word position {corr[np.argmax(np.abs(corr))]:+.2f}")]
            for name, tag in (("determiner", "DET"), ("number", "NUM")):
                gap = Xz[upos == tag].mean(0) - Xz[upos != tag].mean(0)
                n = int(np.argmax(np.abs(gap)))
                picks.append((name, n, f"mean on {tag} words {gap[n]:+.2f} std from the rest"))
            ranking = c.rank_neurons(ds.handle, "upos")
            lines = [
                "# Neuron cards of the shipped en-es model", "",
                f"`.venv/bin/python scripts/neuron_cards.py` ({dt.date.today().isoformat()}, 2 CPU cores, no GPU): "
                f"dataset = the first {len(recs)} sentences of `data/annotations/probe.jsonl` "
                f"({ds.words} words) at `{SITE}`; cards from `Client.neuron_card` with the POS (`upos`) lca "
                f"ranking (probe accuracy {ranking.accuracy:.3f}). The α sweep sets the neuron to mean + α·std "
                "at every position of the sentence; changed words are marked in the HTML cards.", "",
            ]
            for kind, neuron, why in picks:
                card = c.neuron_card(SITE, neuron, ds.handle, ranking=ranking)
                path = out / "cards" / f"{kind}-{neuron}.html"
                path.write_text(f"<!doctype html><meta charset='utf-8'><title>{SITE} {neuron}</title>{card.to_html()}",
                                encoding="utf-8")
                lines += [f"## A {kind} neuron: {SITE} #{neuron}", "",
                          f"Picked by {why}; rank {card.rank} of {card.ranked_neurons} for POS. "
                          f"Card: [cards/{path.name}](cards/{path.name}).", "",
                          "Top words (mean activation, count): " + ", ".join(
                              f"*{w.word}* ({w.mean:.2f}, {w.count})" for w in card.top_words[:10]) + ".", ""]
                means = sorted(card.label_means.get("upos", {}).items(), key=lambda kv: -kv[1])
                lines += ["Mean per POS, highest first: " + ", ".join(f"{k} {v:.2f}" for k, v in means[:6]) + ".", ""]
                if card.effects:
                    e = card.effects[0]
                    lines += [f"Effect on “{e.probe}”:", "", "| setting | translation |", "|---|---|",
                              f"| (none) | {_cell(e.baseline)} |"]
                    lines += [f"| {s} | {_cell(t)} |" for s, t in e.rows]
                    lines.append("")
            (out / "neurons.md").write_text("\n".join(lines), encoding="utf-8")
            c.delete_dataset(ds.handle)
            print("\n".join(f"{k}: {SITE} #{n} ({w})" for k, n, w in picks))
    finally:
        running.stop(0)


def _cell(text: str) -> str:
    text = text if len(text) < 120 else text[:117] + "…"
    return re.sub(r"\|", "\\|", html.escape(text))


if __name__ == "__main__":
    main()
