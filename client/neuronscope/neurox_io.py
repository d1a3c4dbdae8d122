"""Activations in NeuroX's file formats, so NeuroX users can take neuronscope datasets as they are.

NeuroX (``neurox.data.loader.load_activations``) reads two formats, both written here:

- JSON lines (``.json``): one line per sentence, ``{"linex_index": i, "features": [{"token": w,
  "layers": [{"index": l, "values": [...]}, ...]}, ...]}``. NeuroX's own writer rounds values to 8
  decimals; this one writes each float32 value exactly (shortest round-trip decimal), so reading it
  back gives the same float32 array.
- HDF5 (``.hdf5``, needs ``h5py``: ``pip install 'neuronscope[neurox]'``): a dataset per sentence
  named by its index, shape ``(layers, words, neurons)`` float32, and ``sentence_to_index``: one JSON
  string mapping each sentence (words joined by spaces; repeats get " (Occurrence k)") to its index.

Each site is one "layer". NeuroX concatenates a word's layers into one row, so the rows of a sentence
equal a dataset's rows with its sites side by side in the order given. HDF5 needs sites of one width.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

FORMATS = ("neurox-json", "neurox-hdf5")


def _sentences(words: Sequence[str], lengths: Sequence[int]) -> list[list[str]]:
    out, start = [], 0
    for n in lengths:
        out.append(list(words[start : start + int(n)]))
        start += int(n)
    return out


def write_neurox(path: str | Path, words: Sequence[str], sentence_lengths: Sequence[int],
                 layers: Sequence[np.ndarray]) -> Path:
    """Write ``layers`` (one (words, neurons) array per site, rows of every sentence concatenated) with
    the dataset's ``words`` and ``sentence_lengths`` as NeuroX JSON (``.json``) or HDF5 (``.hdf5``)."""
    path = Path(path)
    arrays = [np.asarray(a, dtype=np.float32) for a in layers]
    if not arrays:
        raise ValueError("layers is empty: give at least one site's activations")
    total = sum(int(n) for n in sentence_lengths)
    for j, a in enumerate(arrays):
        if a.ndim != 2 or a.shape[0] != total or len(words) != total:
            raise ValueError(f"layers[{j}] has shape {a.shape}; expected ({total}, neurons) for {len(words)} words")
        if not np.isfinite(a).all():
            raise ValueError(f"layers[{j}] holds NaN or infinite values")
    sentences = _sentences(words, sentence_lengths)
    if path.suffix == ".json":
        _write_json(path, sentences, arrays)
    elif path.suffix == ".hdf5":
        _write_hdf5(path, sentences, arrays)
    else:
        raise ValueError(f"{path}: NeuroX files end in .json or .hdf5")
    return path


def _write_json(path: Path, sentences: list[list[str]], arrays: list[np.ndarray]) -> None:
    start = 0
    with path.open("w", encoding="utf-8") as f:
        for i, sent in enumerate(sentences):
            feats = []
            for k, w in enumerate(sent):
                row = start + k
                feats.append({"token": w, "layers": [{"index": j, "values": [float(v) for v in a[row]]}
                                                     for j, a in enumerate(arrays)]})
            start += len(sent)
            f.write(json.dumps({"linex_index": i, "features": feats}) + "\n")


def _write_hdf5(path: Path, sentences: list[list[str]], arrays: list[np.ndarray]) -> None:
    try:
        import h5py
    except ImportError as exc:
        raise ImportError("NeuroX HDF5 files need h5py: pip install 'neuronscope[neurox]'") from exc
    if len({a.shape[1] for a in arrays}) != 1:
        raise ValueError(f"HDF5 needs sites of one width; these have {[a.shape[1] for a in arrays]} (use JSON)")
    index: dict[str, str] = {}
    start = 0
    with h5py.File(path, "w") as f:
        for i, sent in enumerate(sentences):
            block = np.stack([a[start : start + len(sent)] for a in arrays])  # (layers, words, neurons)
            f.create_dataset(str(i), block.shape, dtype="float32", data=block)
            start += len(sent)
            key, k = " ".join(sent), 1
            while key in index:  # NeuroX's own rule for repeated sentences
                k += 1
                key = f"{' '.join(sent)} (Occurrence {k})"
            index[key] = str(i)
        ds = f.create_dataset("sentence_to_index", (1,), dtype=h5py.special_dtype(vlen=str))
        ds[0] = json.dumps(index)


def read_neurox(path: str | Path) -> tuple[list[list[str]], list[np.ndarray], int]:
    """(sentences' words, one (words, layers × neurons) float32 array per sentence, layers) from a NeuroX
    JSON or HDF5 activation file, in file order (HDF5: by sentence index)."""
    path = Path(path)
    words: list[list[str]] = []
    acts: list[np.ndarray] = []
    layers = 0
    if path.suffix == ".json":
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    feats = json.loads(line)["features"]
                except (json.JSONDecodeError, KeyError, TypeError):
                    raise ValueError(f"{path}:{n}: not a NeuroX activation line") from None
                words.append([t["token"] for t in feats])
                acts.append(np.asarray([np.concatenate([lay["values"] for lay in t["layers"]]) for t in feats],
                                       dtype=np.float32).reshape(len(feats), -1))
                layers = len(feats[0]["layers"]) if feats else layers
        return words, acts, layers
    if path.suffix == ".hdf5":
        import h5py

        with h5py.File(path, "r") as f:
            index = json.loads(f["sentence_to_index"][0])
            for sentence, i in sorted(index.items(), key=lambda kv: int(kv[1])):
                block = np.asarray(f[str(i)], dtype=np.float32)  # (layers, words, neurons)
                layers = block.shape[0]
                words.append(sentence.split(" (Occurrence ")[0].split(" "))
                acts.append(np.swapaxes(block, 0, 1).reshape(block.shape[1], -1))
        return words, acts, layers
    raise ValueError(f"{path}: NeuroX files end in .json or .hdf5")
