"""NeuroX activation files: what neuronscope writes reads back exactly (JSON and HDF5)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from neuronscope.neurox_io import read_neurox, write_neurox

WORDS = ["the", "cat", "sat", "a", "dog", "the", "cat", "sat"]
LENGTHS = [3, 2, 3]  # the third sentence repeats the first: NeuroX names it "(Occurrence 2)"


@pytest.mark.parametrize("suffix", [".json", ".hdf5"])
def test_round_trip_is_exact(tmp_path, suffix):
    rng = np.random.default_rng(0)
    layers = [(rng.normal(size=(8, 5)) * 10.0 ** rng.integers(-6, 6, size=(8, 5))).astype(np.float32) for _ in range(2)]
    path = write_neurox(tmp_path / f"acts{suffix}", WORDS, LENGTHS, layers)
    words, acts, n_layers = read_neurox(path)
    assert n_layers == 2 and words == [["the", "cat", "sat"], ["a", "dog"], ["the", "cat", "sat"]]
    np.testing.assert_array_equal(np.concatenate(acts), np.concatenate(layers, axis=1))
    if suffix == ".hdf5":
        import h5py

        with h5py.File(path) as f:
            index = json.loads(f["sentence_to_index"][0])
            assert index == {"the cat sat": "0", "a dog": "1", "the cat sat (Occurrence 2)": "2"}
            assert f["0"].shape == (2, 3, 5)


def test_bad_inputs_are_named(tmp_path):
    with pytest.raises(ValueError, match="expected \\(8, neurons\\)"):
        write_neurox(tmp_path / "a.json", WORDS, LENGTHS, [np.zeros((7, 3))])
    with pytest.raises(ValueError, match="NaN"):
        write_neurox(tmp_path / "a.json", WORDS, LENGTHS, [np.full((8, 3), np.nan)])
    with pytest.raises(ValueError, match="one width"):
        write_neurox(tmp_path / "a.hdf5", WORDS, LENGTHS, [np.zeros((8, 3)), np.zeros((8, 4))])
    with pytest.raises(ValueError, match=".json or .hdf5"):
        write_neurox(tmp_path / "a.txt", WORDS, LENGTHS, [np.zeros((8, 3))])
