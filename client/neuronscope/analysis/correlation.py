"""Cross-model neuron correlation: MaxCorr, MinCorr, LinReg and SVCCA (Bau et al., ICLR 2019)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

__all__ = [
    "CorrelationResult",
    "SVCCAResult",
    "correlation_matrix",
    "explained_variance_by",
    "linear_cka",
    "linreg",
    "maxcorr",
    "maxcorr_and_mincorr",
    "mincorr",
    "projection_eraser",
    "pwcca",
    "svcca",
    "svcca_ranking",
]

Device = Literal["auto", "cpu", "cuda", "numpy"]
Precision = Literal["float32", "float64"]
Aggregation = Literal["max", "min", "mean"]

#: Tokens per chunk. With the default neuron chunk a working chunk pair is 2 x 4096 x 1024 float64 = 64 MiB.
DEFAULT_TOKEN_CHUNK = 4096
#: Neurons per block; the block x block float64 accumulator is then 8 MiB.
DEFAULT_NEURON_CHUNK = 1024

# A neuron whose population std is below this fraction of |mean| is treated as constant. Rounding in the
# two-pass moments leaves residual std around 1e-16 |mean|, so anything this small carries no signal.
_CONSTANT_RTOL = 1e-10
# Eigenvalues below this fraction of the largest are rank deficiency, not variance: whitening by them
# would divide by (almost) zero.
_EIG_RTOL = 1e-10

_DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda", "numpy")
_PRECISIONS: tuple[str, ...] = ("float32", "float64")


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, eq=False)
class CorrelationResult:
    """Ranking of one model's neurons under a cross-model method.

    Arrays are read-only. ``scores`` and the ``partner_*`` arrays are indexed by neuron, ``ordering``
    lists neuron indices best first (ties keep the lower neuron index first).

    Attributes:
        method: ``"maxcorr"``, ``"mincorr"`` or ``"linreg"``.
        model: index of this model in the input list.
        descending: True when a higher score is better (MaxCorr, MinCorr); False for LinReg (error).
        ordering: ``(neurons,)`` int64 neuron indices, most important first.
        scores: ``(neurons,)`` float64. |rho| for MaxCorr/MinCorr; aggregated z-scored MSE for LinReg.
        partner_model: ``(neurons,)`` int64 other-model index that decided the score (the argmax for
            MaxCorr, argmin for MinCorr, the model with the aggregated error for LinReg max/min);
            -1 for a constant neuron under MaxCorr/MinCorr and for LinReg ``"mean"``.
        partner_neuron: ``(neurons,)`` int64 best-correlated neuron in ``partner_model``; -1 for a
            constant neuron and always -1 for LinReg (it regresses on the whole representation).
        partner_corr: ``(neurons,)`` float64 signed Pearson rho with the partner; for LinReg the
            multiple correlation sqrt(1 - err) implied by the aggregated error.
        per_model_scores: ``(models, neurons)`` float64, the score against each other model (best |rho|
            or LinReg error); NaN on this model's own row.
        per_model_neuron: ``(models, neurons)`` int64 best partner neuron in each other model; -1 on
            the own row, for constant neurons and for LinReg.
        per_model_corr: ``(models, neurons)`` float64 signed rho with that partner (LinReg:
            sqrt(1 - err)); NaN on the own row.
    """

    method: str
    model: int
    descending: bool
    ordering: np.ndarray
    scores: np.ndarray
    partner_model: np.ndarray
    partner_neuron: np.ndarray
    partner_corr: np.ndarray
    per_model_scores: np.ndarray
    per_model_neuron: np.ndarray
    per_model_corr: np.ndarray

    def __post_init__(self) -> None:
        for name in (
            "ordering",
            "scores",
            "partner_model",
            "partner_neuron",
            "partner_corr",
            "per_model_scores",
            "per_model_neuron",
            "per_model_corr",
        ):
            getattr(self, name).setflags(write=False)

    @property
    def n_neurons(self) -> int:
        """Number of neurons ranked."""
        return int(self.scores.shape[0])

    @property
    def ranks(self) -> np.ndarray:
        """``(neurons,)`` int64 rank of each neuron, 0 = most important (the paper's tables are 1-based)."""
        ranks = np.empty_like(self.ordering)
        ranks[self.ordering] = np.arange(self.ordering.shape[0])
        return ranks

    def top(self, k: int) -> np.ndarray:
        """``(k,)`` the k most important neurons."""
        return self.ordering[:k]

    def bottom(self, k: int) -> np.ndarray:
        """``(k,)`` the k least important neurons, least important last (as in the ranking)."""
        return self.ordering[self.ordering.shape[0] - k :] if k > 0 else self.ordering[:0]


@dataclass(frozen=True, eq=False)
class SVCCAResult:
    """SVCCA between two activation matrices X ``(tokens, neurons_x)`` and Y ``(tokens, neurons_y)``.

    Directions are expressed on the *raw* neurons (any z-scoring is folded in), so the canonical
    variates are ``(X - mean_x) @ directions_x``: columns with unit (population) variance, and
    ``corr(variate_x[:, i], variate_y[:, i]) = correlations[i]``.

    Attributes:
        correlations: ``(k,)`` canonical correlations, descending, in [0, 1].
        directions_x: ``(neurons_x, k)`` canonical directions of X, column i pairs with correlation i.
        directions_y: ``(neurons_y, k)`` canonical directions of Y.
        mean_x: ``(neurons_x,)`` per-neuron mean of X.
        mean_y: ``(neurons_y,)`` per-neuron mean of Y.
        components_x: PCA components of X kept before CCA.
        components_y: PCA components of Y kept before CCA.
    """

    correlations: np.ndarray
    directions_x: np.ndarray
    directions_y: np.ndarray
    mean_x: np.ndarray
    mean_y: np.ndarray
    components_x: int
    components_y: int

    def __post_init__(self) -> None:
        for name in ("correlations", "directions_x", "directions_y", "mean_x", "mean_y"):
            getattr(self, name).setflags(write=False)

    @property
    def k(self) -> int:
        """Number of canonical pairs, ``min(components_x, components_y)``."""
        return int(self.correlations.shape[0])

    @property
    def mean_correlation(self) -> float:
        """The SVCCA similarity: the mean canonical correlation (0.0 when there are none)."""
        return float(self.correlations.mean()) if self.k else 0.0

    def variates_x(self, x: np.ndarray) -> np.ndarray:
        """``(tokens, k)`` canonical variates of activations x ``(tokens, neurons_x)``."""
        return (np.asarray(x, dtype=np.float64) - self.mean_x) @ self.directions_x

    def variates_y(self, y: np.ndarray) -> np.ndarray:
        """``(tokens, k)`` canonical variates of activations y ``(tokens, neurons_y)``."""
        return (np.asarray(y, dtype=np.float64) - self.mean_y) @ self.directions_y


# --------------------------------------------------------------------------------------------------
# Backend: where chunk arithmetic runs


@functools.cache
def _import_torch() -> Any | None:
    # Lazy so that `import neuronscope.analysis` works with numpy alone.
    try:
        import torch
    except ImportError:
        return None
    return torch


class _Backend:
    """Chunk arithmetic on numpy (host) or torch (CPU or CUDA); reductions always come back as numpy."""

    def __init__(self, device: str, precision: str) -> None:
        if device not in _DEVICES:
            raise ValueError(f"device must be one of {', '.join(_DEVICES)}; got {device!r}")
        if precision not in _PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(_PRECISIONS)}; got {precision!r}")
        torch = None if device == "numpy" else _import_torch()
        if device == "cuda" and (torch is None or not torch.cuda.is_available()):
            raise ValueError("device='cuda' was requested but torch with CUDA is not available")
        self.torch: Any = torch  # the torch module, or None for the numpy backend
        self.precision = precision
        if torch is None:
            self.device_name = "numpy"
        else:
            use_cuda = device == "cuda" or (device == "auto" and torch.cuda.is_available())
            self.device_name = "cuda" if use_cuda else "cpu"
            self.device = torch.device(self.device_name)
            self.compute = torch.float32 if precision == "float32" else torch.float64
            self.f64 = torch.float64

    # -- conversions -----------------------------------------------------------------------------
    def vector(self, values: np.ndarray, compute: bool = False) -> Any:
        """A float64 host vector moved to the backend, in the compute dtype if asked."""
        if self.torch is None:
            return values.astype(self.precision if compute else np.float64)
        return self.torch.from_numpy(np.ascontiguousarray(values, dtype=np.float64)).to(
            self.device, self.compute if compute else self.f64
        )

    def numpy(self, values: Any) -> np.ndarray:
        if self.torch is None:
            return np.asarray(values)
        return values.detach().cpu().numpy()

    def zeros(self, *shape: int) -> Any:
        if self.torch is None:
            return np.zeros(shape, dtype=np.float64)
        return self.torch.zeros(shape, dtype=self.f64, device=self.device)

    # -- chunk arithmetic ----------------------------------------------------------------------------
    def chunk(self, x: Any, rows: slice, cols: slice, shift: Any, float64: bool = False) -> Any:
        """``x[rows, cols] - shift`` as a fresh array in the compute dtype (or float64).

        ``shift`` is a backend vector (float64, or the compute dtype); the caller's array is never
        written to.
        """
        if self.torch is None:
            # One pass that reads, widens and centres (np.array followed by -= would be two).
            dtype_np = np.float64 if float64 else self.precision
            return np.subtract(np.asarray(x[rows, cols]), shift, dtype=dtype_np)
        torch = self.torch
        dtype = self.f64 if float64 else self.compute
        if isinstance(x, torch.Tensor):
            source = x[rows, cols]
        else:
            host = np.asarray(x[rows, cols])
            # torch.from_numpy warns on read-only memory (e.g. a memmap) and rejects foreign byte order.
            if not (host.flags.writeable and host.dtype.isnative):
                host = np.array(host, dtype=host.dtype.newbyteorder("="))
            source = torch.from_numpy(host)
        # copy=True: one conversion copy that we own, so the shift is subtracted in place without ever
        # touching the caller's array (torch's mixed-dtype sub would be a single but much slower pass).
        return source.to(self.device, dtype, copy=True).sub_(shift)

    def gram(self, a: Any, b: Any) -> Any:
        """``a.T @ b`` in the compute dtype, returned as float64 so sums over chunks lose nothing."""
        if self.torch is None:
            return (a.T @ b).astype(np.float64, copy=False)
        return (a.T @ b).to(self.f64)

    def colsum(self, a: Any) -> Any:
        if self.torch is None:
            return a.sum(axis=0, dtype=np.float64)
        # A ones-vector product runs in BLAS; torch's column reduction of a row-major chunk is several
        # times slower on CPU.
        ones = self.torch.ones(a.shape[0], dtype=a.dtype, device=a.device)
        return (ones @ a).to(self.f64)

    def sqsum(self, a: Any) -> Any:
        return self.colsum(a * a)

    def outer(self, u: Any, v: Any) -> Any:
        if self.torch is None:
            return np.outer(u, v)
        return self.torch.outer(u, v)

    # -- dense linear algebra on (neurons, neurons) matrices ------------------------------------------
    # Run where the chunks ran: on CUDA this avoids a host round trip and CPU LAPACK, and on CPU it keeps
    # one thread pool busy instead of torch's and numpy's competing for the same cores.
    def _dense(self, a: np.ndarray) -> Any:
        return self.torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64)).to(self.device)

    def eigh(self, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Eigenvalues (ascending) and eigenvectors of a symmetric matrix, in float64."""
        if self.torch is None:
            w, v = np.linalg.eigh(a)
            return w, v
        w, v = self.torch.linalg.eigh(self._dense(a))
        return self.numpy(w), self.numpy(v)

    def svd(self, a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Thin SVD ``u, s, vt`` in float64, singular values descending."""
        if self.torch is None:
            u, s, vt = np.linalg.svd(a, full_matrices=False)
            return u, s, vt
        u, s, vt = self.torch.linalg.svd(self._dense(a), full_matrices=False)
        return self.numpy(u), self.numpy(s), self.numpy(vt)

    def solve(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """``a⁻¹ b`` for a square, well-conditioned a, in float64."""
        if self.torch is None:
            return np.linalg.solve(a, b)
        return self.numpy(self.torch.linalg.solve(self._dense(a), self._dense(b)))

    def absmax(self, rho: Any, axis: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row (axis=1) or column (axis=0): max |rho|, its index, and the signed rho there."""
        if self.torch is None:
            idx = np.argmax(np.abs(rho), axis=axis)
            signed = np.take_along_axis(rho, np.expand_dims(idx, axis), axis=axis).squeeze(axis)
            return np.abs(signed), idx.astype(np.int64), signed
        values, idx = rho.abs().max(dim=axis)
        signed = rho.gather(axis, idx.unsqueeze(axis)).squeeze(axis)
        return self.numpy(values), self.numpy(idx).astype(np.int64), self.numpy(signed)


# --------------------------------------------------------------------------------------------------
# Chunked moments


@dataclass(frozen=True)
class _Stats:
    mean: np.ndarray  # (neurons,) float64
    std: np.ndarray  # (neurons,) float64, population
    inv_std: np.ndarray  # (neurons,) float64, 0 where the neuron is constant


def _as_matrix(x: Any, name: str) -> Any:
    """Validate one activation matrix without copying it (it may be a memmap or a torch tensor)."""
    if not (hasattr(x, "shape") and hasattr(x, "__getitem__")):
        x = np.asarray(x)
    shape = tuple(x.shape)
    if len(shape) != 2:
        raise ValueError(f"{name} must be 2-D (tokens, neurons); got shape {shape}")
    if shape[1] < 1:
        raise ValueError(f"{name} must have at least one neuron; got shape {shape}")
    dtype = getattr(x, "dtype", None)
    if isinstance(dtype, np.dtype) and not (
        np.issubdtype(dtype, np.floating) or np.issubdtype(dtype, np.integer) or dtype == np.bool_
    ):
        raise ValueError(f"{name} must hold real numbers; got dtype {dtype}")
    return x


def _check_models(models: Sequence[Any], minimum: int) -> list[Any]:
    if isinstance(models, np.ndarray) and models.ndim == 2:
        raise ValueError("models must be a list of (tokens, neurons) matrices, one per model; got one matrix")
    checked = [_as_matrix(x, f"models[{i}]") for i, x in enumerate(models)]
    if len(checked) < minimum:
        raise ValueError(f"models must hold at least {minimum} activation matrices; got {len(checked)}")
    tokens = {int(x.shape[0]) for x in checked}
    if len(tokens) != 1:
        shapes = ", ".join(str(tuple(x.shape)) for x in checked)
        raise ValueError(f"all models must cover the same tokens (same first dimension); got shapes {shapes}")
    if tokens.pop() < 2:
        raise ValueError("at least 2 tokens are needed to correlate neurons")
    return checked


def _check_chunks(token_chunk: int, neuron_chunk: int) -> None:
    if token_chunk < 1:
        raise ValueError(f"token_chunk must be >= 1; got {token_chunk}")
    if neuron_chunk < 1:
        raise ValueError(f"neuron_chunk must be >= 1; got {neuron_chunk}")


class _Moments:
    """First and second moments of several (tokens, neurons) matrices, computed chunk by chunk.

    Covariances use the shifted-data form: each chunk is centred on the pre-computed mean, then
    ``cov = X~ᵀY~/N - μ~xᵀμ~y`` where μ~ is the (tiny) residual mean. This is the "whitened moments"
    formula of the original code, but without the cancellation that E[xy] - E[x]E[y] suffers when
    means are large relative to the spread.
    """

    def __init__(
        self,
        models: Sequence[Any],
        backend: _Backend,
        token_chunk: int,
        neuron_chunk: int,
    ) -> None:
        _check_chunks(token_chunk, neuron_chunk)
        self.models = list(models)
        self.be = backend
        self.token_chunk = token_chunk
        self.neuron_chunk = neuron_chunk
        self.n_tokens = int(self.models[0].shape[0])
        self.stats = [self._column_stats(i) for i in range(len(self.models))]
        # Backend copies of the shifts and scales, made once.
        self._shift = [self.be.vector(s.mean, compute=True) for s in self.stats]
        self._inv_std = [self.be.vector(s.inv_std) for s in self.stats]

    def _token_slices(self) -> Iterator[slice]:
        for start in range(0, self.n_tokens, self.token_chunk):
            yield slice(start, min(start + self.token_chunk, self.n_tokens))

    def neuron_blocks(self, model: int) -> list[slice]:
        n = int(self.models[model].shape[1])
        return [slice(s, min(s + self.neuron_chunk, n)) for s in range(0, n, self.neuron_chunk)]

    def _column_stats(self, model: int) -> _Stats:
        x = self.models[model]
        n = int(x.shape[1])
        be = self.be
        mean = np.empty(n)
        var = np.empty(n)
        for cols in self.neuron_blocks(model):
            total = be.zeros(cols.stop - cols.start)
            origin = be.vector(np.zeros(cols.stop - cols.start))
            for rows in self._token_slices():
                total += be.colsum(be.chunk(x, rows, cols, origin, float64=True))
            block_mean = be.numpy(total) / self.n_tokens
            if not np.all(np.isfinite(block_mean)):
                raise ValueError(f"models[{model}] contains NaN or infinite activations")
            # Second pass around the mean: the textbook E[x²] - E[x]² loses every digit for neurons
            # with a large offset.
            shift = be.vector(block_mean)
            resid = be.zeros(cols.stop - cols.start)
            square = be.zeros(cols.stop - cols.start)
            for rows in self._token_slices():
                part = be.chunk(x, rows, cols, shift, float64=True)
                resid += be.colsum(part)
                square += be.sqsum(part)
            r = be.numpy(resid) / self.n_tokens
            mean[cols] = block_mean + r
            var[cols] = np.maximum(be.numpy(square) / self.n_tokens - r * r, 0.0)
        std = np.sqrt(var)
        constant = std <= _CONSTANT_RTOL * np.abs(mean)
        constant |= std == 0.0
        std[constant] = 0.0
        inv_std = np.zeros(n)
        inv_std[~constant] = 1.0 / std[~constant]
        return _Stats(mean=mean, std=std, inv_std=inv_std)

    def cov_block(self, a: int, b: int, rows_a: slice, rows_b: slice) -> Any:
        """Population covariance block ``(len(rows_a), len(rows_b))`` between neurons of models a, b."""
        be = self.be
        xa, xb = self.models[a], self.models[b]
        shift_a = self._shift[a][rows_a]
        shift_b = self._shift[b][rows_b]
        same = a == b and rows_a == rows_b
        acc = be.zeros(rows_a.stop - rows_a.start, rows_b.stop - rows_b.start)
        sum_a = be.zeros(rows_a.stop - rows_a.start)
        sum_b = sum_a if same else be.zeros(rows_b.stop - rows_b.start)
        for rows in self._token_slices():
            part_a = be.chunk(xa, rows, rows_a, shift_a)
            part_b = part_a if same else be.chunk(xb, rows, rows_b, shift_b)
            acc += be.gram(part_a, part_b)
            sum_a += be.colsum(part_a)
            if not same:
                sum_b += be.colsum(part_b)
        n = self.n_tokens
        return acc / n - be.outer(sum_a / n, sum_b / n)

    def corr_block(self, a: int, b: int, rows_a: slice, rows_b: slice) -> Any:
        """Pearson correlation block; rows/columns of constant neurons are exactly 0."""
        cov = self.cov_block(a, b, rows_a, rows_b)
        rho = cov * self._inv_std[a][rows_a][:, None] * self._inv_std[b][rows_b][None, :]
        # Rounding can push |rho| a hair past 1.
        return rho.clip(-1.0, 1.0)

    def full(self, a: int, b: int, kind: Literal["cov", "corr"]) -> np.ndarray:
        """The whole ``(neurons_a, neurons_b)`` float64 matrix, assembled block by block."""
        block = self.cov_block if kind == "cov" else self.corr_block
        out = np.empty((int(self.models[a].shape[1]), int(self.models[b].shape[1])))
        blocks_a, blocks_b = self.neuron_blocks(a), self.neuron_blocks(b)
        for i, ra in enumerate(blocks_a):
            for j, rb in enumerate(blocks_b):
                if a == b and j < i:
                    # Symmetric: reuse the mirrored block instead of another pass over the tokens.
                    out[ra, rb] = out[rb, ra].T
                    continue
                out[ra, rb] = self.be.numpy(block(a, b, ra, rb))
        return out


# --------------------------------------------------------------------------------------------------
# MaxCorr / MinCorr


def correlation_matrix(
    x: Any,
    y: Any | None = None,
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> np.ndarray:
    """Pearson correlations between the neurons of x ``(tokens, neurons_x)`` and y ``(tokens, neurons_y)``.

    Returns ``(neurons_x, neurons_y)`` float64 (y defaults to x). Constant neurons correlate 0 with
    everything (themselves included), where ``np.corrcoef`` gives NaN. Memory: the result plus one
    chunk pair, whatever the number of tokens.
    """
    models = _check_models([x] if y is None else [x, y], minimum=1)
    moments = _Moments(models, _Backend(device, precision), token_chunk, neuron_chunk)
    return moments.full(0, 0 if y is None else 1, "corr")


@dataclass(frozen=True)
class _Partners:
    best_abs: list[np.ndarray]  # per model: (models, neurons) max |rho| against each model, NaN on own row
    best_idx: list[np.ndarray]  # per model: (models, neurons) argmax neuron, -1 on own row
    best_rho: list[np.ndarray]  # per model: (models, neurons) signed rho at the argmax


def _best_partners(moments: _Moments) -> _Partners:
    """For every neuron and every other model, the most |correlated| neuron there."""
    n_models = len(moments.models)
    sizes = [int(x.shape[1]) for x in moments.models]
    # -1 so that the first block always replaces the initial value (|rho| >= 0).
    best_abs = [np.full((n_models, n), -1.0) for n in sizes]
    best_idx = [np.full((n_models, n), -1, dtype=np.int64) for n in sizes]
    best_rho = [np.full((n_models, n), np.nan) for n in sizes]
    be = moments.be
    for a, b in itertools.combinations(range(n_models), 2):
        # Each pair is computed once and reduced both ways: rows for a's neurons, columns for b's.
        for ra in moments.neuron_blocks(a):
            for rb in moments.neuron_blocks(b):
                rho = moments.corr_block(a, b, ra, rb)
                for me, other, mine, theirs, axis in ((a, b, ra, rb, 1), (b, a, rb, ra, 0)):
                    values, idx, signed = be.absmax(rho, axis)
                    current = best_abs[me][other, mine]
                    # Strictly greater: on ties the earlier (lower-index) partner wins.
                    better = values > current
                    best_abs[me][other, mine] = np.where(better, values, current)
                    partner = idx + theirs.start
                    best_idx[me][other, mine] = np.where(better, partner, best_idx[me][other, mine])
                    best_rho[me][other, mine] = np.where(better, signed, best_rho[me][other, mine])
    for m in range(n_models):
        best_abs[m][m] = np.nan
        constant = moments.stats[m].inv_std == 0.0
        # A constant neuron has no partner: every rho is 0 and the argmax is arbitrary.
        best_idx[m][:, constant] = -1
        best_rho[m][:, constant] = 0.0
        best_rho[m][m] = np.nan
    return _Partners(best_abs=best_abs, best_idx=best_idx, best_rho=best_rho)


def _order(scores: np.ndarray, descending: bool) -> np.ndarray:
    # Stable sort so that ties are broken by neuron index, deterministically.
    return np.argsort(-scores if descending else scores, kind="stable").astype(np.int64)


def _corr_rankings(partners: _Partners, method: Literal["maxcorr", "mincorr"]) -> list[CorrelationResult]:
    results = []
    tables = zip(partners.best_abs, partners.best_idx, partners.best_rho, strict=True)
    for m, (abs_, idx, rho) in enumerate(tables):
        n = abs_.shape[1]
        others = np.ones(abs_.shape[0], dtype=bool)
        others[m] = False
        masked = np.where(others[:, None], abs_, -np.inf if method == "maxcorr" else np.inf)
        chosen = np.argmax(masked, axis=0) if method == "maxcorr" else np.argmin(masked, axis=0)
        cols = np.arange(n)
        scores = abs_[chosen, cols]
        partner_neuron = idx[chosen, cols]
        partner_model = np.where(partner_neuron >= 0, chosen, -1).astype(np.int64)
        results.append(
            CorrelationResult(
                method=method,
                model=m,
                descending=True,
                ordering=_order(scores, descending=True),
                scores=scores,
                partner_model=partner_model,
                partner_neuron=partner_neuron.copy(),
                partner_corr=rho[chosen, cols],
                per_model_scores=abs_.copy(),
                per_model_neuron=idx.copy(),
                per_model_corr=rho.copy(),
            )
        )
    return results


def maxcorr(
    models: Sequence[Any],
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> list[CorrelationResult]:
    """MaxCorr: rank each model's neurons by ``max_{j, m'≠m} |rho(x_i^m, x_j^m')|``, descending.

    Args:
        models: one activation matrix per model, ``(tokens, neurons_m)``, same tokens in the same
            order. numpy arrays, memmaps or torch tensors; only chunks are ever copied.
        device: ``"auto"`` (CUDA if available, else torch CPU, else numpy), ``"cpu"`` (torch on CPU,
            numpy if torch is missing), ``"cuda"`` or ``"numpy"``.
        precision: dtype of the chunk products. Sums across chunks are always float64; ``"float32"`` is
            about twice as fast and accurate to ~1e-6.
        token_chunk: tokens per chunk.
        neuron_chunk: neurons per block.

    Returns:
        One :class:`CorrelationResult` per model, in input order.

    Memory is bounded by two ``(token_chunk, neuron_chunk)`` chunks plus a ``(neuron_chunk,
    neuron_chunk)`` accumulator, independent of the number of tokens.
    """
    checked = _check_models(models, minimum=2)
    moments = _Moments(checked, _Backend(device, precision), token_chunk, neuron_chunk)
    return _corr_rankings(_best_partners(moments), "maxcorr")


def mincorr(
    models: Sequence[Any],
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> list[CorrelationResult]:
    """MinCorr: rank neurons by ``min_{m'≠m} max_j |rho(x_i^m, x_j^m')|``, descending.

    A neuron scores high only if *every* other model has a neuron that tracks it. Arguments and
    return value as :func:`maxcorr`; the partner is the best neuron of the least-correlated model.
    """
    checked = _check_models(models, minimum=2)
    moments = _Moments(checked, _Backend(device, precision), token_chunk, neuron_chunk)
    return _corr_rankings(_best_partners(moments), "mincorr")


def maxcorr_and_mincorr(
    models: Sequence[Any],
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> tuple[list[CorrelationResult], list[CorrelationResult]]:
    """Both rankings from a single pass over the data (they share every correlation)."""
    checked = _check_models(models, minimum=2)
    moments = _Moments(checked, _Backend(device, precision), token_chunk, neuron_chunk)
    partners = _best_partners(moments)
    return _corr_rankings(partners, "maxcorr"), _corr_rankings(partners, "mincorr")


# --------------------------------------------------------------------------------------------------
# LinReg


def _regression_errors(be: _Backend, r_pp: np.ndarray, r_pt: np.ndarray, ridge: float) -> np.ndarray:
    """Per-target MSE of the ridge regression of z-scored targets on z-scored predictors.

    ``r_pp`` ``(p, p)`` is the predictors' correlation matrix, ``r_pt`` ``(p, t)`` the predictor-target
    correlations (both are XᵀX/N and XᵀY/N for z-scored data). With ``B = (R_pp + λI)⁻¹ R_pt`` the MSE of
    target i is ``1 - 2 bᵢᵀrᵢ + bᵢᵀR_pp bᵢ``, so no prediction over tokens is ever formed.
    """
    a = r_pp + ridge * np.eye(r_pp.shape[0])
    coef = be.solve(a, r_pt)
    err = 1.0 - 2.0 * np.einsum("pt,pt->t", coef, r_pt) + np.einsum("pt,pt->t", coef, r_pp @ coef)
    # The ridge solution never does worse than predicting 0 (err <= 1); clip rounding below 0.
    return np.clip(err, 0.0, 1.0)


def linreg(
    models: Sequence[Any],
    aggregation: Aggregation = "max",
    *,
    ridge: float = 1e-6,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> list[CorrelationResult]:
    """LinReg (S4 semantics): how well each neuron is linearly predicted from each other model.

    Every neuron is z-scored; for each other model m' the neuron is regressed (OLS via the normal
    equations, with a ``ridge`` on the unit-diagonal correlation matrix for stability) on *all*
    neurons of m'. err = MSE of the z-scored neuron, i.e. 1 - R². Errors are aggregated over the other
    models (``"max"``: worst case, the original code; ``"min"``; ``"mean"``) and neurons are ranked
    **ascending** (lowest error = most important).

    A constant neuron gets err = 1 (as unpredictable as possible) rather than the 0 that a zero
    target would trivially give, so it ranks last, consistent with its MaxCorr score of 0.

    Args:
        models: one ``(tokens, neurons_m)`` matrix per model, same tokens in the same order.
        aggregation: ``"max"``, ``"min"`` or ``"mean"`` over the other models.
        ridge: added to the diagonal of the predictors' correlation matrix.
        device, precision, token_chunk, neuron_chunk: as :func:`maxcorr`.

    Returns:
        One :class:`CorrelationResult` per model; ``scores`` are the aggregated errors.

    Memory: one ``(neurons_m, neurons_m)`` float64 matrix per model and one cross matrix at a time,
    plus the chunk pair; nothing scales with the number of tokens. With fewer tokens than predictor
    neurons the fit interpolates and errors are meaningless.
    """
    if aggregation not in ("max", "min", "mean"):
        raise ValueError(f"aggregation must be 'max', 'min' or 'mean'; got {aggregation!r}")
    if not ridge >= 0.0:
        raise ValueError(f"ridge must be >= 0; got {ridge}")
    checked = _check_models(models, minimum=2)
    moments = _Moments(checked, _Backend(device, precision), token_chunk, neuron_chunk)
    n_models = len(checked)
    sizes = [int(x.shape[1]) for x in checked]
    within = [moments.full(m, m, "corr") for m in range(n_models)]
    errors = [np.full((n_models, n), np.nan) for n in sizes]
    for a, b in itertools.combinations(range(n_models), 2):
        cross = moments.full(a, b, "corr")  # (neurons_a, neurons_b), used in both directions
        errors[b][a] = _regression_errors(moments.be, within[a], cross, ridge)
        errors[a][b] = _regression_errors(moments.be, within[b], cross.T, ridge)

    results = []
    for m in range(n_models):
        err = errors[m]
        err[:, moments.stats[m].inv_std == 0.0] = 1.0
        err[m] = np.nan
        cols = np.arange(sizes[m])
        if aggregation == "mean":
            scores = np.nanmean(err, axis=0)
            partner_model = np.full(sizes[m], -1, dtype=np.int64)
        else:
            fill = -np.inf if aggregation == "max" else np.inf
            masked = np.where(np.isnan(err), fill, err)
            chosen = np.argmax(masked, axis=0) if aggregation == "max" else np.argmin(masked, axis=0)
            scores = err[chosen, cols]
            partner_model = chosen.astype(np.int64)
        per_model_corr = np.sqrt(1.0 - err)
        results.append(
            CorrelationResult(
                method="linreg",
                model=m,
                descending=False,
                ordering=_order(scores, descending=False),
                scores=scores,
                partner_model=partner_model,
                partner_neuron=np.full(sizes[m], -1, dtype=np.int64),
                partner_corr=np.sqrt(1.0 - scores),
                per_model_scores=err,
                per_model_neuron=np.full((n_models, sizes[m]), -1, dtype=np.int64),
                per_model_corr=per_model_corr,
            )
        )
    return results


# --------------------------------------------------------------------------------------------------
# SVCCA, PWCCA, CKA


@dataclass(frozen=True)
class _Whitening:
    transform: np.ndarray  # (neurons, kept): maps (scaled, centred) activations to white PCA components
    kept: int


def _pca_whitening(be: _Backend, cov: np.ndarray, variance: float) -> _Whitening:
    """PCA whitening that keeps the fewest components explaining ``variance`` of the total.

    The original code keeps ``#{k : cumsum(eig)_k < variance·total}`` components, which is one fewer
    than the number needed to *reach* the threshold (and zero when one component dominates); we keep
    the number needed to reach it. Numerically null directions (rank deficiency, constant neurons)
    are never kept, since whitening would divide by ~0.
    """
    eig, vec = be.eigh(cov)
    eig, vec = eig[::-1], vec[:, ::-1]
    usable = int(np.sum(eig > _EIG_RTOL * max(float(eig[0]), 0.0))) if eig.size else 0
    if usable == 0:
        return _Whitening(transform=np.zeros((cov.shape[0], 0)), kept=0)
    eig, vec = eig[:usable], vec[:, :usable]
    cumulative = np.cumsum(eig)
    kept = min(int(np.sum(cumulative < variance * cumulative[-1])) + 1, usable)
    return _Whitening(transform=vec[:, :kept] / np.sqrt(eig[:kept]), kept=kept)


def _check_variance(variance: float) -> None:
    if not 0.0 < variance <= 1.0:
        raise ValueError(f"variance must be in (0, 1]; got {variance}")


class _SVCCAContext:
    """Per-model moments and PCA whitening, shared by all pairs."""

    def __init__(
        self,
        models: Sequence[Any],
        variance: float,
        normalize: bool,
        device: str,
        precision: str,
        token_chunk: int,
        neuron_chunk: int,
    ) -> None:
        _check_variance(variance)
        self.moments = _Moments(models, _Backend(device, precision), token_chunk, neuron_chunk)
        # Neuron scaling applied before PCA: z-scoring (constant neurons get 0) or none.
        self.scale = [s.inv_std if normalize else np.ones_like(s.mean) for s in self.moments.stats]
        self.within = [
            self._scaled(self.moments.full(m, m, "cov"), m, m) for m in range(len(self.moments.models))
        ]
        self.whitening = [_pca_whitening(self.moments.be, c, variance) for c in self.within]

    def _scaled(self, cov: np.ndarray, a: int, b: int) -> np.ndarray:
        return cov * self.scale[a][:, None] * self.scale[b][None, :]

    def pair(self, a: int, b: int) -> tuple[SVCCAResult, np.ndarray]:
        """SVCCA of models a and b, plus a's directions in the scaled space (for PWCCA weights)."""
        wa, wb = self.whitening[a], self.whitening[b]
        cross = self._scaled(self.moments.full(a, b, "cov"), a, b)
        # Covariance of the white components; its singular values are the canonical correlations.
        m = wa.transform.T @ cross @ wb.transform
        k = min(wa.kept, wb.kept)
        if k == 0:
            u = np.zeros((wa.kept, 0))
            s = np.zeros(0)
            v = np.zeros((wb.kept, 0))
        else:
            u, s, vt = self.moments.be.svd(m)
            u, s, v = u[:, :k], s[:k], vt[:k].T
        dirs_a = wa.transform @ u
        dirs_b = wb.transform @ v
        stats_a, stats_b = self.moments.stats[a], self.moments.stats[b]
        result = SVCCAResult(
            correlations=np.clip(s, 0.0, 1.0),
            # Fold the neuron scaling in so that directions act on raw activations.
            directions_x=dirs_a * self.scale[a][:, None],
            directions_y=dirs_b * self.scale[b][:, None],
            mean_x=stats_a.mean.copy(),
            mean_y=stats_b.mean.copy(),
            components_x=wa.kept,
            components_y=wb.kept,
        )
        return result, dirs_a


def svcca(
    x: Any,
    y: Any,
    variance: float = 0.99,
    normalize: bool = True,
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> SVCCAResult:
    """SVCCA between x ``(tokens, neurons_x)`` and y ``(tokens, neurons_y)`` (METHODS §3.1).

    1. Optionally z-score each neuron (``normalize``). 2. PCA per side, keeping the fewest components
    that explain ``variance`` of the total. 3. Whiten. 4. SVD of the cross-covariance of the white
    components: singular values are the canonical correlations (descending), the singular vectors
    mapped back through the whitening are the canonical directions.

    Returns:
        :class:`SVCCAResult` with ``(k,)`` correlations and ``(neurons, k)`` directions per side, ready for
        :func:`projection_eraser`.
    """
    checked = _check_models([x, y], minimum=2)
    context = _SVCCAContext(checked, variance, normalize, device, precision, token_chunk, neuron_chunk)
    return context.pair(0, 1)[0]


def svcca_ranking(
    models: Sequence[Any],
    variance: float = 0.99,
    normalize: bool = True,
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> dict[tuple[int, int], SVCCAResult]:
    """SVCCA for every pair of models; the ranking is over *directions*, not neurons.

    Returns:
        ``{(a, b): SVCCAResult}`` for ``a < b``. In each result, column i of ``directions_x`` (model a)
        and ``directions_y`` (model b) is the rank-i direction, ranked by ``correlations[i]``
        descending. Per-model moments and PCA are computed once and shared across pairs.
    """
    checked = _check_models(models, minimum=2)
    context = _SVCCAContext(checked, variance, normalize, device, precision, token_chunk, neuron_chunk)
    return {(a, b): context.pair(a, b)[0] for a, b in itertools.combinations(range(len(checked)), 2)}


def projection_eraser(
    directions: np.ndarray,
    remove: Literal["top", "bottom"] = "top",
    k: int = 0,
) -> np.ndarray:
    """Projection that erases the top or bottom k SVCCA directions (METHODS §3.3).

    ``C`` is ``directions`` ``(neurons, K)`` with its first k (``"top"``) or last k (``"bottom"``) columns
    removed; the result is ``P = C(CᵀC)⁻¹Cᵀ`` ``(neurons, neurons)``, the orthogonal projection onto the
    span of the kept directions, applied as ``E' = E @ P`` to activations E ``(tokens, neurons)``.
    Computed with a pseudo-inverse so that nearly collinear directions do not blow up. Removing every
    direction gives the zero matrix. Note that with k = 0 P is the identity only when the directions
    span all neurons (SVCCA's PCA step usually drops the last 1 % of variance).
    """
    c = np.asarray(directions, dtype=np.float64)
    if c.ndim != 2:
        raise ValueError(f"directions must be 2-D (neurons, directions); got shape {c.shape}")
    if remove not in ("top", "bottom"):
        raise ValueError(f"remove must be 'top' or 'bottom'; got {remove!r}")
    total = c.shape[1]
    if not 0 <= k <= total:
        raise ValueError(f"k must be in 0..{total} (the number of directions); got {k}")
    kept = c[:, k:] if remove == "top" else c[:, : total - k]
    if kept.shape[1] == 0:
        return np.zeros((c.shape[0], c.shape[0]))
    projection = kept @ np.linalg.pinv(kept)
    # Symmetrise away rounding: an orthogonal projection is symmetric.
    return 0.5 * (projection + projection.T)


def pwcca(
    x: Any,
    y: Any,
    variance: float = 0.99,
    normalize: bool = True,
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> float:
    """Projection-weighted CCA similarity of x ``(tokens, neurons_x)`` to y (Morcos et al. 2018).

    Canonical correlations from :func:`svcca`, averaged with weights ``α_i = Σ_j |cov(h_i, x_j)|``, the
    share of x's neurons that canonical variate h_i accounts for. Not symmetric: weights come from x.
    """
    checked = _check_models([x, y], minimum=2)
    context = _SVCCAContext(checked, variance, normalize, device, precision, token_chunk, neuron_chunk)
    result, dirs_scaled = context.pair(0, 1)
    if result.k == 0:
        return 0.0
    # cov(h_i, x_j) over tokens, with h = (scaled, centred x) @ dirs: a row of dirsᵀ Σ_xx.
    weights = np.abs(dirs_scaled.T @ context.within[0]).sum(axis=1)
    total = float(weights.sum())
    if total == 0.0:
        return 0.0
    return float(weights @ result.correlations / total)


def linear_cka(
    x: Any,
    y: Any,
    normalize: bool = False,
    *,
    device: Device = "auto",
    precision: Precision = "float64",
    token_chunk: int = DEFAULT_TOKEN_CHUNK,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> float:
    """Linear CKA of x ``(tokens, neurons_x)`` and y ``(tokens, neurons_y)`` (Kornblith et al. 2019).

    ``‖Σ_xy‖²_F / (‖Σ_xx‖_F ‖Σ_yy‖_F)`` on centred data, in [0, 1]; ``normalize`` z-scores neurons first
    (the Wu et al. 2020 variant). 0.0 if either side is constant.
    """
    checked = _check_models([x, y], minimum=2)
    moments = _Moments(checked, _Backend(device, precision), token_chunk, neuron_chunk)
    kind: Literal["cov", "corr"] = "corr" if normalize else "cov"
    xx = moments.full(0, 0, kind)
    yy = moments.full(1, 1, kind)
    xy = moments.full(0, 1, kind)
    denominator = float(np.linalg.norm(xx) * np.linalg.norm(yy))
    if denominator == 0.0:
        return 0.0
    return float(np.clip(np.linalg.norm(xy) ** 2 / denominator, 0.0, 1.0))


# --------------------------------------------------------------------------------------------------
# Explained variance (ICLR Table 1)


def explained_variance_by(
    x: np.ndarray,
    groups: np.ndarray | Sequence[Any],
    *,
    neuron_chunk: int = DEFAULT_NEURON_CHUNK,
) -> np.ndarray | float:
    """Share of a neuron's variance explained by a categorical condition: ``1 - E_c[Var(x|c)] / Var(x)``.

    Args:
        x: activations, ``(tokens,)`` for one neuron or ``(tokens, neurons)``.
        groups: ``(tokens,)`` condition per token, e.g. word position in the sentence or word identity;
            any values ``np.unique`` can sort (ints, strings).
        neuron_chunk: neurons processed at once (bounds the float64 working copy).

    Returns:
        A float for 1-D x, else ``(neurons,)`` float64 in [0, 1]. E_c weights each condition by its token
        share, so this is the between-group share of the sum of squares (η²). Constant neurons give 0.
    """
    values = np.asarray(x)
    if values.ndim not in (1, 2):
        raise ValueError(f"x must be (tokens,) or (tokens, neurons); got shape {values.shape}")
    single = values.ndim == 1
    matrix = values[:, None] if single else values
    labels = np.asarray(groups)
    n_tokens = matrix.shape[0]
    if labels.shape != (n_tokens,):
        raise ValueError(f"groups must have shape ({n_tokens},) to match x; got {labels.shape}")
    if n_tokens == 0:
        raise ValueError("x must have at least one token")
    _check_chunks(1, neuron_chunk)
    _, inverse, counts = np.unique(labels, return_inverse=True, return_counts=True)
    order = np.argsort(inverse.reshape(-1), kind="stable")
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    out = np.empty(matrix.shape[1])
    for start in range(0, matrix.shape[1], neuron_chunk):
        cols = slice(start, min(start + neuron_chunk, matrix.shape[1]))
        block = np.array(matrix[:, cols], dtype=np.float64)
        mean = block.mean(axis=0)
        block -= mean
        total = np.einsum("tn,tn->n", block, block)
        # Group sums via one sort + reduceat: a one-hot matmul would need (tokens, vocabulary) memory.
        sums = np.add.reduceat(block[order], starts, axis=0)
        between = (sums * sums / counts[:, None]).sum(axis=0)
        std = np.sqrt(total / n_tokens)
        constant = (std <= _CONSTANT_RTOL * np.abs(mean)) | (total == 0.0)
        ratio = np.divide(between, total, out=np.zeros_like(total), where=~constant)
        out[cols] = np.clip(ratio, 0.0, 1.0)
    return float(out[0]) if single else out
