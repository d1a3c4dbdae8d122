"""Datasets as pandas DataFrames (and Parquet) and xarray Datasets (and netCDF), exactly."""

from __future__ import annotations

import numpy as np

from neuronscope.types import Dataset, DatasetInfo, Site


def _dataset() -> Dataset:
    rng = np.random.default_rng(0)
    info = DatasetInfo(handle="ds_x", name="", model="m", revision="r", sites=(Site("a", "source", 3, ""),
                       Site("b", "source", 2, "")), label_columns=("upos",), sentences=2, words=5, chunks=1, bytes=0,
                       storage_dtype="float32", aggregation="mean", created_unix=0.0, ttl_seconds=0)
    return Dataset(info=info, activations={"a": rng.normal(size=(5, 3)).astype(np.float32),
                                           "b": rng.normal(size=(5, 2)).astype(np.float32)},
                   labels={"upos": np.array(["DET", "NOUN", "VERB", "PRON", "VERB"])},
                   words=np.array(["the", "cat", "sat", "it", "ran"]), sentence_lengths=np.array([3, 2]))


def test_pandas_and_parquet(tmp_path):
    import pandas as pd

    d = _dataset()
    df = d.to_pandas()
    assert list(df.columns[:4]) == ["sentence", "position", "word", "upos"]
    assert df["position"].tolist() == [0, 1, 2, 0, 1] and df["sentence"].tolist() == [0, 0, 0, 1, 1]
    np.testing.assert_array_equal(df[["a:0", "a:1", "a:2"]].to_numpy(), d.activations["a"])
    df.to_parquet(tmp_path / "d.parquet")
    back = pd.read_parquet(tmp_path / "d.parquet")
    np.testing.assert_array_equal(back[["b:0", "b:1"]].to_numpy(), d.activations["b"])


def test_xarray_and_netcdf(tmp_path):
    import xarray as xr

    d = _dataset()
    x = d.to_xarray()
    assert x["a"].dims == ("word", "neuron_a") and x["b"].shape == (5, 2)
    assert x["label_upos"].values.tolist()[2] == "VERB" and x.attrs["handle"] == "ds_x"
    x.to_netcdf(tmp_path / "d.nc", engine="h5netcdf")
    back = xr.open_dataset(tmp_path / "d.nc", engine="h5netcdf")
    np.testing.assert_array_equal(back["a"].values, d.activations["a"])
    assert back["word"].values.tolist() == d.words.tolist()
