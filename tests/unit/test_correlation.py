"""Unit tests for cross-model correlation: MaxCorr, MinCorr, LinReg, SVCCA and explained variance."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuronscope.analysis import correlation as corr

torch: Any
try:
    import torch
except ImportError:  # the numpy backend is still tested
    torch = None

DEVICES: list[corr.Device] = ["numpy", "cpu"] if torch is not None else ["numpy"]
FAST = settings(max_examples=25, deadline=None)


@pytest.fixture(autouse=True, scope="module")
def _one_torch_thread() -> Iterator[None]:
    # Tiny matrices: threads only add overhead, and the machine may be busy.
    if torch is None:
        yield
        return
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


def _planted(
    rng: np.random.Generator,
    latent: np.ndarray,
    neurons: int,
    positions: np.ndarray,
    noise: float | np.ndarray,
    signs: np.ndarray | None = None,
) -> np.ndarray:
    """A (tokens, neurons) model: independent noise neurons, with latent[:, k] planted at positions[k]."""
    tokens = latent.shape[0]
    x = rng.standard_normal((tokens, neurons))
    s = np.ones(latent.shape[1]) if signs is None else signs
    # Random scales and offsets: Pearson correlation must not care.
    scale = rng.uniform(0.5, 3.0, size=latent.shape[1])
    offset = rng.normal(size=len(positions))
    x[:, positions] = s * scale * (latent + noise * rng.standard_normal(latent.shape)) + offset
    return x


def _reference_best(models: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Plain numpy MaxCorr: full np.corrcoef matrix, then argmax |rho| over all other models' neurons."""
    sizes = [x.shape[1] for x in models]
    full = np.corrcoef(np.hstack(models).T)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    out = []
    for m in range(len(models)):
        rows = full[offsets[m] : offsets[m + 1]]
        mask = np.ones(full.shape[0], dtype=bool)
        mask[offsets[m] : offsets[m + 1]] = False
        other = np.abs(rows[:, mask])
        out.append((other.max(axis=1), np.argmax(other, axis=1), rows[:, mask]))
    return out


# --------------------------------------------------------------------------------------------------
# Correlation matrix: chunked == plain numpy


@pytest.mark.parametrize("device", DEVICES)
def test_chunked_correlation_matrix_equals_corrcoef(device: corr.Device) -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((101, 13)) @ rng.standard_normal((13, 13))
    y = np.hstack([x[:, :4] + rng.standard_normal((101, 4)), rng.standard_normal((101, 7))])
    expected = np.corrcoef(x.T, y.T)[:13, 13:]
    got = corr.correlation_matrix(x, y, device=device, token_chunk=7, neuron_chunk=5)
    assert got.shape == (13, 11)
    np.testing.assert_allclose(got, expected, atol=1e-10)
    unchunked = corr.correlation_matrix(x, y, device=device, token_chunk=10_000, neuron_chunk=10_000)
    np.testing.assert_allclose(got, unchunked, atol=1e-12)


@given(
    seed=st.integers(0, 2**32 - 1),
    tokens=st.integers(3, 60),
    nx=st.integers(1, 9),
    ny=st.integers(1, 9),
    token_chunk=st.integers(1, 70),
    neuron_chunk=st.integers(1, 10),
)
@FAST
def test_correlation_matrix_matches_corrcoef_for_any_chunking(
    seed: int, tokens: int, nx: int, ny: int, token_chunk: int, neuron_chunk: int
) -> None:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((tokens, nx)) * rng.uniform(0.1, 10, nx) + rng.normal(0, 5, nx)
    y = rng.standard_normal((tokens, ny)) + x[:, :1]
    got = corr.correlation_matrix(x, y, device="numpy", token_chunk=token_chunk, neuron_chunk=neuron_chunk)
    np.testing.assert_allclose(got, np.corrcoef(x.T, y.T)[:nx, nx:], atol=1e-9)


@pytest.mark.skipif(torch is None, reason="torch not installed")
@pytest.mark.parametrize("device", DEVICES)
def test_torch_tensors_and_memmaps_are_accepted_and_left_untouched(
    device: corr.Device, tmp_path: Any
) -> None:
    rng = np.random.default_rng(21)
    x = rng.standard_normal((120, 6)).astype(np.float32)
    y = (x[:, :3] @ rng.standard_normal((3, 4)) + rng.standard_normal((120, 4))).astype(np.float32)
    np.save(tmp_path / "y.npy", y)
    y_map = np.load(tmp_path / "y.npy", mmap_mode="r")
    x_tensor = torch.from_numpy(x.copy())
    x_array = x.copy()
    expected = np.corrcoef(x.T.astype(np.float64), y.T.astype(np.float64))[:6, 6:]
    # float32 precision is where a chunk could alias the input (no dtype conversion copy).
    for precision in ("float64", "float32"):
        for first in (x_tensor, x_array):
            got = corr.correlation_matrix(
                first, y_map, device=device, precision=precision, token_chunk=16, neuron_chunk=4
            )
            np.testing.assert_allclose(got, expected, atol=1e-5)
    # Chunks are centred in place only on copies: the caller's data must be unchanged.
    np.testing.assert_array_equal(x_tensor.numpy(), x)
    np.testing.assert_array_equal(x_array, x)
    np.testing.assert_array_equal(np.asarray(y_map), y)


def test_large_offsets_do_not_destroy_precision() -> None:
    # E[xy] - E[x]E[y] on raw moments would lose ~12 digits here; the shifted form keeps them.
    rng = np.random.default_rng(1)
    x = rng.standard_normal((500, 6))
    y = x @ rng.standard_normal((6, 4)) + rng.standard_normal((500, 4))
    expected = np.corrcoef(x.T, y.T)[:6, 6:]
    got = corr.correlation_matrix(x + 1e6, y - 3e6, device="numpy", token_chunk=64)
    np.testing.assert_allclose(got, expected, atol=1e-6)


@pytest.mark.parametrize("device", DEVICES)
def test_float32_precision_is_close(device: corr.Device) -> None:
    rng = np.random.default_rng(2)
    x = rng.standard_normal((3000, 10)).astype(np.float32)
    y = (x[:, :5] + rng.standard_normal((3000, 5))).astype(np.float32)
    expected = np.corrcoef(x.T.astype(np.float64), y.T.astype(np.float64))[:10, 10:]
    got = corr.correlation_matrix(x, y, device=device, precision="float32", token_chunk=512)
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, expected, atol=1e-5)
    # A large offset: the float32 copy of the mean is off by ~0.01, which the residual-mean term absorbs.
    x_shifted = (x + np.float32(3e5)).astype(np.float32)
    y_shifted = (y - np.float32(2e5)).astype(np.float32)
    expected = np.corrcoef(x_shifted.T.astype(np.float64), y_shifted.T.astype(np.float64))[:10, 10:]
    got = corr.correlation_matrix(x_shifted, y_shifted, device=device, precision="float32", token_chunk=512)
    np.testing.assert_allclose(got, expected, atol=1e-5)


class _SliceSpy:
    """Array-like that records the largest slice read, to prove the work is chunked."""

    def __init__(self, data: np.ndarray) -> None:
        self.data = data
        self.shape = data.shape
        self.dtype = data.dtype
        self.largest = (0, 0)

    def __getitem__(self, key: Any) -> np.ndarray:
        part = self.data[key]
        self.largest = max(self.largest, part.shape, key=lambda s: s[0] * s[1])
        return part


@pytest.mark.parametrize("device", DEVICES)
def test_reads_are_bounded_by_chunk_sizes(device: corr.Device) -> None:
    rng = np.random.default_rng(3)
    spies = [_SliceSpy(rng.standard_normal((400, n))) for n in (30, 25, 20)]
    results = corr.maxcorr(spies, device=device, token_chunk=50, neuron_chunk=8)
    for spy in spies:
        assert spy.largest[0] <= 50 and spy.largest[1] <= 8
    reference = corr.maxcorr([s.data for s in spies], device="numpy", token_chunk=10_000, neuron_chunk=10_000)
    for got, want in zip(results, reference, strict=True):
        np.testing.assert_allclose(got.scores, want.scores, atol=1e-12)
        np.testing.assert_array_equal(got.partner_neuron, want.partner_neuron)


def test_working_memory_does_not_grow_with_tokens() -> None:
    # numpy allocations are visible to tracemalloc: the peak must be set by the chunk sizes alone.
    rng = np.random.default_rng(20)
    peaks = []
    for tokens in (2_000, 16_000):
        models = [rng.standard_normal((tokens, 24)) for _ in range(3)]
        tracemalloc.start()
        corr.maxcorr(models, device="numpy", token_chunk=256, neuron_chunk=16)
        corr.linreg(models, device="numpy", token_chunk=256, neuron_chunk=16)
        corr.svcca_ranking(models, device="numpy", token_chunk=256, neuron_chunk=16)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    one_model = 16_000 * 24 * 8
    assert peaks[1] < 1.1 * peaks[0] + 64 * 1024
    assert peaks[1] < one_model / 4


# --------------------------------------------------------------------------------------------------
# MaxCorr / MinCorr


@pytest.mark.parametrize("device", DEVICES)
def test_maxcorr_ranks_shared_neurons_on_top(device: corr.Device) -> None:
    rng = np.random.default_rng(4)
    tokens, neurons, shared = 1500, 40, 4
    latent = rng.standard_normal((tokens, shared))
    positions = [rng.permutation(neurons)[:shared] for _ in range(3)]
    signs = np.array([1.0, -1.0, 1.0, -1.0])
    models = [
        _planted(rng, latent, neurons, positions[0], 0.3),
        _planted(rng, latent, neurons, positions[1], 0.3, signs=signs),
        _planted(rng, latent, neurons, positions[2], 0.3),
    ]
    results = corr.maxcorr(models, device=device, token_chunk=256, neuron_chunk=16)
    assert [r.model for r in results] == [0, 1, 2]
    for m, result in enumerate(results):
        assert result.method == "maxcorr" and result.descending
        assert set(result.top(shared).tolist()) == set(positions[m].tolist())
        assert np.all(np.diff(result.scores[result.ordering]) <= 0)
        assert result.scores[positions[m]].min() > 0.8
        assert np.delete(result.scores, positions[m]).max() < 0.2
    # Partners: shared neuron k of model 0 pairs with shared neuron k of another model, sign included.
    r0 = results[0]
    for k, neuron in enumerate(positions[0]):
        partner = r0.partner_model[neuron]
        assert partner in (1, 2)
        assert r0.partner_neuron[neuron] == positions[partner][k]
        assert np.sign(r0.partner_corr[neuron]) == (signs[k] if partner == 1 else 1.0)
        assert r0.per_model_neuron[1, neuron] == positions[1][k]
        assert r0.per_model_neuron[2, neuron] == positions[2][k]
        assert np.sign(r0.per_model_corr[1, neuron]) == signs[k]
    assert np.all(np.isnan(r0.per_model_scores[0])) and np.all(r0.per_model_neuron[0] == -1)


@pytest.mark.parametrize("device", DEVICES)
def test_maxcorr_matches_corrcoef_reference(device: corr.Device) -> None:
    rng = np.random.default_rng(5)
    latent = rng.standard_normal((300, 3))
    models = [
        np.hstack([latent @ rng.standard_normal((3, 5)), rng.standard_normal((300, n))]) for n in (6, 9, 4)
    ]
    results = corr.maxcorr(models, device=device, token_chunk=37, neuron_chunk=4)
    for result, (best, _, rows) in zip(results, _reference_best(models), strict=True):
        np.testing.assert_allclose(result.scores, best, atol=1e-10)
        # The partner's signed rho must be the reference entry at that (model, neuron).
        others = [i for i in range(len(models)) if i != result.model]
        offsets = np.concatenate(([0], np.cumsum([models[i].shape[1] for i in others])))
        col = offsets[[others.index(p) for p in result.partner_model]] + result.partner_neuron
        np.testing.assert_allclose(result.partner_corr, rows[np.arange(len(col)), col], atol=1e-10)


@pytest.mark.parametrize("device", DEVICES)
def test_mincorr_demands_a_partner_in_every_model(device: corr.Device) -> None:
    rng = np.random.default_rng(6)
    tokens, neurons = 1500, 30
    pair_only = rng.standard_normal((tokens, 2))  # shared by models 0 and 1, absent from model 2
    everywhere = rng.standard_normal((tokens, 2))
    pos = [rng.permutation(neurons)[:4] for _ in range(3)]
    m0 = _planted(rng, np.hstack([pair_only, everywhere]), neurons, pos[0], np.array([0.05, 0.05, 0.5, 0.5]))
    m1 = _planted(rng, np.hstack([pair_only, everywhere]), neurons, pos[1], np.array([0.05, 0.05, 0.5, 0.5]))
    m2 = _planted(rng, everywhere, neurons, pos[2][2:], 0.5)
    models = [m0, m1, m2]
    max_results = corr.maxcorr(models, device=device, token_chunk=500)
    min_results = corr.mincorr(models, device=device, token_chunk=500)
    # MaxCorr puts the strong two-model signal first; MinCorr puts the three-model signal first.
    assert set(max_results[0].top(2).tolist()) == set(pos[0][:2].tolist())
    assert set(min_results[0].top(2).tolist()) == set(pos[0][2:].tolist())
    assert min_results[0].method == "mincorr"
    for neuron in pos[0][:2]:
        assert min_results[0].partner_model[neuron] == 2
        assert min_results[0].scores[neuron] < 0.2
    # MinCorr <= MaxCorr everywhere, and both come from the same per-model table.
    for mx, mn in zip(max_results, min_results, strict=True):
        assert np.all(mn.scores <= mx.scores + 1e-15)
        np.testing.assert_array_equal(mn.per_model_neuron, mx.per_model_neuron)
    both = corr.maxcorr_and_mincorr(models, device=device, token_chunk=500)
    np.testing.assert_allclose(both[1][0].scores, min_results[0].scores, atol=1e-14)


@pytest.mark.parametrize("device", DEVICES)
def test_constant_neurons_get_zero_not_nan(device: corr.Device) -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((200, 5))
    x[:, 1] = 3.7
    x[:, 3] = 0.0
    y = x + 0.1 * rng.standard_normal((200, 5))
    y[:, 1] = rng.standard_normal(200)  # varies in y: rho with a constant must still be 0
    with np.errstate(all="raise"):
        results = corr.maxcorr([x, y], device=device, token_chunk=64)
        matrix = corr.correlation_matrix(x, y, device=device)
    assert not np.isnan(matrix).any()
    assert np.all(matrix[[1, 3]] == 0.0)
    r0 = results[0]
    assert r0.scores[1] == 0.0 and r0.scores[3] == 0.0
    assert r0.partner_neuron[1] == -1 and r0.partner_model[1] == -1 and r0.partner_corr[1] == 0.0
    assert set(r0.ordering[-2:].tolist()) == {1, 3}
    assert not np.isnan(results[1].scores).any()
    lin = corr.linreg([x, y], device=device)
    assert lin[0].scores[1] == 1.0 and lin[0].scores[3] == 1.0
    assert not np.isnan(lin[1].scores).any()
    assert corr.explained_variance_by(x[:, 1], np.arange(200) % 3) == 0.0


@given(seed=st.integers(0, 2**32 - 1), factor=st.floats(-5, 5).filter(lambda f: abs(f) > 1e-2))
@FAST
def test_maxcorr_is_invariant_to_affine_rescaling(seed: int, factor: float) -> None:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((80, 6))
    y = x[:, :3] @ rng.standard_normal((3, 5)) + rng.standard_normal((80, 5))
    base = corr.maxcorr([x, y], device="numpy")
    x2 = x.copy()
    x2[:, 2] = factor * x2[:, 2] + 11.0
    moved = corr.maxcorr([x2, y], device="numpy")
    np.testing.assert_allclose(moved[0].scores, base[0].scores, atol=1e-9)
    np.testing.assert_allclose(moved[0].partner_corr[2], np.sign(factor) * base[0].partner_corr[2], atol=1e-9)


def test_result_arrays_are_read_only_and_ranks_invert_ordering() -> None:
    rng = np.random.default_rng(8)
    result = corr.maxcorr([rng.standard_normal((50, 7)), rng.standard_normal((50, 4))], device="numpy")[0]
    with pytest.raises(ValueError):
        result.scores[0] = 1.0
    assert np.array_equal(result.ranks[result.ordering], np.arange(7))
    assert result.bottom(2).tolist() == result.ordering[-2:].tolist()
    assert result.n_neurons == 7


@pytest.mark.parametrize(
    ("models", "message"),
    [
        ([np.zeros((10, 3))], "at least 2"),
        ([np.zeros((10, 3)), np.zeros((11, 3))], "same tokens"),
        ([np.zeros((10, 3)), np.zeros(10)], "2-D"),
        ([np.zeros((1, 3)), np.zeros((1, 3))], "2 tokens"),
        (np.zeros((10, 3)), "list"),
    ],
)
def test_bad_inputs_are_rejected_with_a_clear_message(models: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        corr.maxcorr(models, device="numpy")


def test_bad_options_are_rejected() -> None:
    x = np.random.default_rng(9).standard_normal((20, 3))
    with pytest.raises(ValueError, match="device"):
        corr.maxcorr([x, x], device="tpu")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="precision"):
        corr.maxcorr([x, x], precision="float16")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="token_chunk"):
        corr.maxcorr([x, x], token_chunk=0)
    with pytest.raises(ValueError, match="aggregation"):
        corr.linreg([x, x], aggregation="median")  # type: ignore[arg-type]
    bad = x.copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError, match=r"models\[1\].*NaN"):
        corr.maxcorr([x, bad], device="numpy")
    if torch is None or not torch.cuda.is_available():
        with pytest.raises(ValueError, match="cuda"):
            corr.maxcorr([x, x], device="cuda")


def test_works_without_torch() -> None:
    # The module must import and run with numpy alone; device="cpu" then falls back to numpy. It is
    # loaded from its file so that what the rest of the package imports does not blur the check.
    code = (
        "import importlib.abc, importlib.util, sys\n"
        "class NoTorch(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'torch' or name.startswith('torch.'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, NoTorch())\n"
        "spec = importlib.util.spec_from_file_location('corr_alone', sys.argv[1])\n"
        "c = importlib.util.module_from_spec(spec)\n"
        "sys.modules['corr_alone'] = c\n"
        "spec.loader.exec_module(c)\n"
        "import numpy as np\n"
        "x = np.random.default_rng(0).standard_normal((50, 4))\n"
        "r = c.maxcorr([x, x[:, ::-1]], device='cpu')\n"
        "assert np.allclose(r[0].scores, 1.0), r[0].scores\n"
        "assert 'torch' not in sys.modules\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, corr.__file__], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# --------------------------------------------------------------------------------------------------
# LinReg


def _lstsq_errors(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Plain OLS reference: MSE of z-scored y regressed on z-scored x."""
    zx = (x - x.mean(0)) / x.std(0)
    zy = (y - y.mean(0)) / y.std(0)
    coef, *_ = np.linalg.lstsq(zx, zy, rcond=None)
    return ((zx @ coef - zy) ** 2).mean(0)


@pytest.mark.parametrize("device", DEVICES)
def test_linreg_finds_a_neuron_mixed_from_another_model(device: corr.Device) -> None:
    rng = np.random.default_rng(10)
    tokens = 2000
    x = rng.standard_normal((tokens, 12))
    y = rng.standard_normal((tokens, 10))
    # Neuron 6 of y is a linear mix of x (no single x neuron correlates > 0.6 with it) ...
    y[:, 6] = x[:, [0, 3, 7, 9]] @ np.array([0.5, -0.5, 0.5, 0.5]) + 0.02 * rng.standard_normal(tokens)
    # ... while neuron 2 is a noisy copy of one x neuron (rho ~ 0.9).
    y[:, 2] = x[:, 5] + 0.5 * rng.standard_normal(tokens)
    results = corr.linreg([x, y], device=device, token_chunk=300, neuron_chunk=5)
    ry = results[1]
    assert ry.method == "linreg" and not ry.descending
    assert ry.ordering[0] == 6 and ry.ordering[1] == 2
    assert ry.scores[6] < 0.01
    assert np.all(np.diff(ry.scores[ry.ordering]) >= 0)
    assert np.delete(ry.scores, [2, 6]).min() > 0.95
    assert ry.partner_model[6] == 0 and ry.partner_neuron[6] == -1
    np.testing.assert_allclose(ry.partner_corr, np.sqrt(1 - ry.scores))
    # MaxCorr, by contrast, prefers the single copy: the two methods see different things.
    assert corr.maxcorr([x, y], device=device)[1].ordering[0] == 2


@pytest.mark.parametrize("device", DEVICES)
def test_linreg_errors_equal_lstsq_reference(device: corr.Device) -> None:
    rng = np.random.default_rng(11)
    latent = rng.standard_normal((400, 4))
    models = [latent @ rng.standard_normal((4, n)) + rng.standard_normal((400, n)) for n in (7, 5, 6)]
    results = corr.linreg(models, ridge=0.0, device=device, token_chunk=64, neuron_chunk=3)
    for m, result in enumerate(results):
        for other in range(3):
            if other == m:
                continue
            np.testing.assert_allclose(
                result.per_model_scores[other], _lstsq_errors(models[other], models[m]), atol=1e-9
            )
        np.testing.assert_allclose(result.scores, np.nanmax(result.per_model_scores, axis=0))


def test_linreg_aggregations_are_ordered() -> None:
    rng = np.random.default_rng(12)
    latent = rng.standard_normal((500, 3))
    models = [latent @ rng.standard_normal((3, n)) + rng.standard_normal((500, n)) for n in (6, 5, 4)]
    by = {agg: corr.linreg(models, agg, device="numpy") for agg in ("max", "min", "mean")}
    for m in range(3):
        lo, mid, hi = by["min"][m], by["mean"][m], by["max"][m]
        assert np.all(lo.scores <= mid.scores + 1e-12) and np.all(mid.scores <= hi.scores + 1e-12)
        assert np.any(lo.scores < hi.scores - 1e-3)
        assert np.all(mid.partner_model == -1)
        cols = np.arange(hi.n_neurons)
        np.testing.assert_allclose(hi.per_model_scores[hi.partner_model, cols], hi.scores)
        np.testing.assert_allclose(lo.per_model_scores[lo.partner_model, cols], lo.scores)


# --------------------------------------------------------------------------------------------------
# SVCCA, projection erasure, PWCCA, CKA


def _random_rotation(rng: np.random.Generator, n: int) -> np.ndarray:
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


@pytest.mark.parametrize("device", DEVICES)
def test_svcca_of_two_rotations_of_the_same_data_is_one(device: corr.Device) -> None:
    rng = np.random.default_rng(13)
    data = rng.standard_normal((1000, 8)) * np.geomspace(5, 0.5, 8)
    x = data @ _random_rotation(rng, 8) + 2.0
    y = data @ _random_rotation(rng, 8) - 1.0
    result = corr.svcca(x, y, variance=0.99, normalize=False, device=device, token_chunk=128)
    assert result.components_x == result.components_y == result.k >= 6
    np.testing.assert_allclose(result.correlations, 1.0, atol=1e-8)
    # z-scoring breaks the rotation's spectrum match, but with all variance kept it is still one space.
    normalized = corr.svcca(x, y, variance=1.0, normalize=True, device=device)
    assert normalized.k == 8
    np.testing.assert_allclose(normalized.correlations, 1.0, atol=1e-8)


def test_svcca_variates_are_white_and_correlate_as_reported() -> None:
    rng = np.random.default_rng(14)
    latent = rng.standard_normal((2000, 3))
    x = latent @ rng.standard_normal((3, 9)) + 0.7 * rng.standard_normal((2000, 9))
    y = latent @ rng.standard_normal((3, 7)) * 4 + 1.5 * rng.standard_normal((2000, 7)) + 10
    result = corr.svcca(x, y, variance=0.99, normalize=True, device="numpy")
    assert np.all(np.diff(result.correlations) <= 1e-12)
    assert result.directions_x.shape == (9, result.k) and result.directions_y.shape == (7, result.k)
    vx, vy = result.variates_x(x), result.variates_y(y)
    np.testing.assert_allclose(np.cov(vx.T, bias=True), np.eye(result.k), atol=1e-8)
    np.testing.assert_allclose(np.cov(vy.T, bias=True), np.eye(result.k), atol=1e-8)
    cross = (vx * vy).mean(0)
    np.testing.assert_allclose(cross, result.correlations, atol=1e-8)
    # Three shared latent signals: three strong canonical pairs, the rest weak.
    assert result.correlations[2] > 0.8 and result.correlations[3] < 0.2


def test_svcca_of_independent_data_is_low() -> None:
    rng = np.random.default_rng(15)
    result = corr.svcca(rng.standard_normal((3000, 5)), rng.standard_normal((3000, 4)), device="numpy")
    assert result.k == 4
    assert result.correlations.max() < 0.12


def test_svcca_matches_plain_numpy_reference() -> None:
    rng = np.random.default_rng(16)
    latent = rng.standard_normal((600, 4))
    x = latent @ rng.standard_normal((4, 6)) + rng.standard_normal((600, 6))
    y = latent @ rng.standard_normal((4, 5)) + rng.standard_normal((600, 5))

    def whiten(a: np.ndarray) -> np.ndarray:
        z = (a - a.mean(0)) / a.std(0)
        eig, vec = np.linalg.eigh(np.cov(z.T))
        eig, vec = eig[::-1], vec[:, ::-1]
        kept = int(np.sum(np.cumsum(eig) < 0.99 * eig.sum())) + 1
        return z @ (vec[:, :kept] / np.sqrt(eig[:kept]))

    wx, wy = whiten(x), whiten(y)
    expected = np.linalg.svd(wx.T @ wy / (len(x) - 1), compute_uv=False)
    got = corr.svcca(x, y, device="numpy", token_chunk=50, neuron_chunk=2)
    np.testing.assert_allclose(got.correlations, expected[: got.k], atol=1e-9)
    ranking = corr.svcca_ranking([x, y, x[:, ::-1]], device="numpy")
    assert sorted(ranking) == [(0, 1), (0, 2), (1, 2)]
    np.testing.assert_allclose(ranking[0, 1].correlations, got.correlations, atol=1e-12)
    np.testing.assert_allclose(ranking[0, 2].correlations, 1.0, atol=1e-8)


def test_projection_eraser_projects_onto_kept_directions() -> None:
    rng = np.random.default_rng(17)
    x = rng.standard_normal((500, 6)) @ rng.standard_normal((6, 6))
    y = x @ rng.standard_normal((6, 6)) + rng.standard_normal((500, 6))
    directions = corr.svcca(x, y, variance=1.0, device="numpy").directions_x
    k_all = directions.shape[1]
    for remove in ("top", "bottom"):
        p = corr.projection_eraser(directions, remove, 2)
        kept = directions[:, 2:] if remove == "top" else directions[:, : k_all - 2]
        assert p.shape == (6, 6)
        np.testing.assert_allclose(p @ p, p, atol=1e-10)
        np.testing.assert_allclose(p, p.T, atol=1e-12)
        assert np.linalg.matrix_rank(p, tol=1e-8) == k_all - 2
        np.testing.assert_allclose(p @ kept, kept, atol=1e-9)
        # Matches the paper's C(CᵀC)⁻¹Cᵀ.
        np.testing.assert_allclose(p, kept @ np.linalg.inv(kept.T @ kept) @ kept.T, atol=1e-9)
    np.testing.assert_allclose(corr.projection_eraser(directions, "top", 0), np.eye(6), atol=1e-9)
    assert not corr.projection_eraser(directions, "bottom", k_all).any()
    with pytest.raises(ValueError, match="k must be"):
        corr.projection_eraser(directions, "top", k_all + 1)


@given(seed=st.integers(0, 2**32 - 1), neurons=st.integers(2, 8), k=st.integers(0, 8))
@FAST
def test_projection_eraser_is_an_orthogonal_projection(seed: int, neurons: int, k: int) -> None:
    rng = np.random.default_rng(seed)
    directions = rng.standard_normal((neurons, neurons))
    k = min(k, neurons)
    p = corr.projection_eraser(directions, "top", k)
    np.testing.assert_allclose(p @ p, p, atol=1e-8)
    np.testing.assert_allclose(np.trace(p), neurons - k, atol=1e-8)


def test_pwcca_and_cka_summaries() -> None:
    rng = np.random.default_rng(18)
    x = rng.standard_normal((800, 6)) * np.geomspace(3, 0.3, 6)
    same = x @ _random_rotation(rng, 6)
    unrelated = rng.standard_normal((800, 5))
    assert corr.linear_cka(x, same, device="numpy") == pytest.approx(1.0, abs=1e-9)
    assert corr.linear_cka(x, unrelated, device="numpy") < 0.05
    assert corr.linear_cka(x, 3 * x + 1, normalize=True, device="numpy") == pytest.approx(1.0, abs=1e-9)
    assert corr.pwcca(x, same, device="numpy") == pytest.approx(1.0, abs=1e-8)
    low = corr.pwcca(x, unrelated, device="numpy")
    assert 0.0 <= low < 0.15
    # Weights favour canonical variates that carry much of x: the weighted mean differs from the plain one.
    partial = np.hstack([x[:, :2] + 0.1 * rng.standard_normal((800, 2)), rng.standard_normal((800, 3))])
    plain = corr.svcca(x, partial, device="numpy").mean_correlation
    assert corr.pwcca(x, partial, device="numpy") != pytest.approx(plain, abs=1e-3)


# --------------------------------------------------------------------------------------------------
# Explained variance by a condition (ICLR Table 1)


def _brute_force_explained(x: np.ndarray, groups: np.ndarray) -> float:
    within = sum((groups == g).mean() * x[groups == g].var() for g in np.unique(groups))
    return 1.0 - within / x.var()


def test_explained_variance_by_position_and_identity() -> None:
    rng = np.random.default_rng(19)
    position = np.tile(np.arange(10), 100)
    words = rng.choice(np.array(["the", "cat", "sat", "on", "mat"]), size=1000)
    x = np.stack(
        [
            position * 1.0 + 0.1 * rng.standard_normal(1000),  # a position neuron
            (words == "cat") * 3.0 + 0.1 * rng.standard_normal(1000),  # a token-identity neuron
            rng.standard_normal(1000),
        ],
        axis=1,
    )
    by_position = corr.explained_variance_by(x, position)
    by_word = corr.explained_variance_by(x, words, neuron_chunk=2)
    assert isinstance(by_position, np.ndarray) and by_position.shape == (3,)
    assert by_position[0] > 0.99 and by_position[1] < 0.05 and by_position[2] < 0.05
    assert isinstance(by_word, np.ndarray)
    assert by_word[1] > 0.99 and by_word[0] < 0.05
    for j in range(3):
        assert by_position[j] == pytest.approx(_brute_force_explained(x[:, j], position), abs=1e-12)
        assert by_word[j] == pytest.approx(_brute_force_explained(x[:, j], words), abs=1e-12)
    single = corr.explained_variance_by(x[:, 0], position)
    assert isinstance(single, float) and single == pytest.approx(by_position[0])
    with pytest.raises(ValueError, match="groups"):
        corr.explained_variance_by(x, position[:-1])


@given(
    seed=st.integers(0, 2**32 - 1),
    tokens=st.integers(2, 80),
    n_groups=st.integers(1, 12),
    scale=st.floats(-100, 100).filter(lambda s: abs(s) > 1e-3),
)
@FAST
def test_explained_variance_properties(seed: int, tokens: int, n_groups: int, scale: float) -> None:
    rng = np.random.default_rng(seed)
    groups = rng.integers(0, n_groups, size=tokens)
    x = rng.standard_normal(tokens)
    value = corr.explained_variance_by(x, groups)
    assert isinstance(value, float) and 0.0 <= value <= 1.0
    assert value == pytest.approx(_brute_force_explained(x, groups), abs=1e-9)
    # Affine changes of the neuron do not change the share of variance explained.
    assert corr.explained_variance_by(scale * x + 7.0, groups) == pytest.approx(value, abs=1e-9)
    # A neuron that is a function of the condition is fully explained (unless it is constant).
    lookup = rng.standard_normal(n_groups)
    if np.unique(groups).size > 1:
        assert corr.explained_variance_by(lookup[groups], groups) == pytest.approx(1.0, abs=1e-9)


def test_top_words_finds_the_words_a_neuron_fires_on():
    from neuronscope.analysis import top_words

    rng = np.random.default_rng(0)
    words = list(rng.choice(["the", "a", "July", "August", "dog", "not"], size=600))
    act = rng.normal(size=600)
    act[[i for i, w in enumerate(words) if w in ("July", "August")]] += 4.0
    top = top_words(act, words, k=2)
    assert {w for w, _, _ in top} == {"July", "August"}
    assert top_words(act, words, k=1, descending=False)[0][0] not in ("July", "August")
