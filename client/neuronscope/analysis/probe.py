"""Elastic-net linear probes with NeuroX's exact loss, as scikit-learn-style estimators."""

from __future__ import annotations

import copy
import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from .rowmatrix import is_row_matrix, read_rows, take

if TYPE_CHECKING:  # torch is optional: imported lazily inside the training code
    import torch

try:  # scikit-learn is optional; with it the probes work in Pipelines, clone, GridSearchCV
    from sklearn.base import BaseEstimator as _BaseEstimator
    from sklearn.base import ClassifierMixin as _ClassifierMixin
    from sklearn.base import RegressorMixin as _RegressorMixin
    from sklearn.exceptions import NotFittedError
except ImportError:  # pragma: no cover - exercised only without scikit-learn

    class NotFittedError(ValueError, AttributeError):  # type: ignore[no-redef]
        """Raised when a probe is used before `fit` (same bases as scikit-learn's)."""

    class _BaseEstimator:  # type: ignore[no-redef]
        """Minimal `get_params`/`set_params` so that the probes can be cloned without scikit-learn."""

        @classmethod
        def _get_param_names(cls) -> list[str]:
            sig = inspect.signature(cls.__init__)
            return sorted(p.name for p in sig.parameters.values() if p.name != "self")

        def get_params(self, deep: bool = True) -> dict[str, Any]:
            return {name: getattr(self, name) for name in self._get_param_names()}

        def set_params(self, **params: Any) -> _BaseEstimator:
            valid = self._get_param_names()
            for key, value in params.items():
                if key not in valid:
                    raise ValueError(f"invalid parameter {key!r} for {type(self).__name__}; valid: {valid}")
                setattr(self, key, value)
            return self

        def __repr__(self) -> str:
            args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
            return f"{type(self).__name__}({args})"

    class _ClassifierMixin:  # type: ignore[no-redef]
        _estimator_type = "classifier"

    class _RegressorMixin:  # type: ignore[no-redef]
        _estimator_type = "regressor"


__all__ = [
    "ElasticNetProbe",
    "ElasticNetRegressionProbe",
    "NotFittedError",
    "clone_probe",
    "l1_penalty",
    "l2_penalty",
]

Solver = Literal["fast", "neurox"]
Device = Literal["cpu", "cuda", "auto"]

# NeuroX library defaults (neurox/interpretation/linear_probe.py).
_NEUROX_EPOCHS = 10
_NEUROX_BATCH = 32
_NEUROX_LR = 1e-3
# "fast" solver defaults, tuned on bench/probe.py's synthetic data (see that script's docstring).
_FAST_MAX_EPOCHS = 20
_FAST_BATCH = 1024
_FAST_LR = 3e-2
# Small data: allow enough epochs for this many Adam steps. Only a cap: convergence ends it sooner.
_FAST_MIN_STEPS = 2000
# Rows per block: batches and the dev split are random sets of blocks of consecutive rows.
_BLOCK_ROWS = 32
# Dev rows per product when checking the dev loss.
_DEV_CHUNK = 8192
# Inputs up to this size are copied once in shuffled order (contiguous batches); larger ones are
# gathered batch by batch from the caller's array.
_SHUFFLE_COPY_BYTES = 2 << 30
# Dev-loss checks per epoch for early stopping and step-size halving.
_CHECKS_PER_EPOCH = 4
# Rows used to estimate the per-neuron mean/std for preconditioning; an estimate is all it needs.
_PRECONDITION_ROWS = 20_000
# Rows per chunk when predicting, so float16 inputs are never converted all at once.
_PREDICT_CHUNK = 65_536


def l1_penalty(weights: torch.Tensor) -> torch.Tensor:
    """NeuroX's L1 penalty `sum |W|` over the weight matrix `(outputs, neurons)` (bias excluded)."""
    import torch

    return torch.abs(weights).sum()


def l2_penalty(weights: torch.Tensor) -> torch.Tensor:
    """NeuroX's L2 penalty: the Frobenius norm `sqrt(sum W^2)` of `(outputs, neurons)`, NOT squared."""
    import torch

    return torch.sqrt(torch.pow(weights, 2).sum())


def clone_probe(estimator: Any) -> Any:
    """An unfitted copy with the same parameters (scikit-learn's `clone` when available)."""
    try:
        from sklearn.base import clone
    except ImportError:  # pragma: no cover - exercised only without scikit-learn
        params = {k: copy.deepcopy(v) for k, v in estimator.get_params(deep=False).items()}
        return type(estimator)(**params)
    return clone(estimator)


def _column_stats(X: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-neuron mean and std `(neurons,)` over `X[rows]`, in float64, a few thousand rows at a time.

    `X`: an array or a `RowMatrix` `(words, neurons)`. Shifting by the first row before summing keeps
    `E[x^2] - E[x]^2` accurate for neurons whose offset dwarfs their spread. Constant neurons get std 1.
    """
    shift = take(X, rows[:1])[0].astype(np.float32)
    s1 = np.zeros(X.shape[1])
    s2 = np.zeros(X.shape[1])
    step = read_rows(X, 2048)
    for start in range(0, rows.shape[0], step):
        # float32 within a block (3x faster than float64), float64 across blocks
        block = take(X, rows[start : start + step]).astype(np.float32, copy=False) - shift
        s1 += block.sum(axis=0, dtype=np.float32)
        s2 += np.einsum("ij,ij->j", block, block)
    n = rows.shape[0]
    mean = s1 / n
    std = np.sqrt(np.maximum(s2 / n - mean * mean, 0.0))
    std[~(std > 1e-6 * (1.0 + np.abs(mean + shift)))] = 1.0
    return mean + shift, std


@dataclass
class _FitResult:
    """What a solver hands back to `_fit_arrays` (tensors on the training device)."""

    W: torch.Tensor
    b: torch.Tensor
    n_epochs: int
    n_steps: int
    history: list[float]
    objective_curve: list[float]
    stop_reason: str
    std: np.ndarray | None  # per-neuron std of the training rows, when the solver estimated it


class _Adam:
    """Adam (Kingma & Ba; torch's defaults betas=(0.9, 0.999), eps=1e-8) in a few tensor ops.

    The "fast" solver uses this instead of `torch.optim.Adam` because constructing the first torch
    optimizer in a process imports `torch._dynamo`, which takes ~1.5 s: as long as the whole fit at
    100k x 2k. The "neurox" solver keeps `torch.optim.Adam` so that it reproduces NeuroX bit for bit.
    """

    def __init__(self, params: list[torch.Tensor], lr: float, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8) -> None:
        import torch

        self.params = params
        self.lr = lr
        self.beta1, self.beta2 = betas
        self.eps = eps
        self.t = 0
        self.m = [torch.zeros_like(p) for p in params]
        self.v = [torch.zeros_like(p) for p in params]

    def step(self, grads: list[torch.Tensor]) -> None:
        """Apply one update from `grads` (one per parameter, same shapes)."""
        import torch

        self.t += 1
        bias1 = 1.0 - self.beta1**self.t
        bias2_sqrt = math.sqrt(1.0 - self.beta2**self.t)
        with torch.no_grad():
            for p, g, m, v in zip(self.params, grads, self.m, self.v):
                m.lerp_(g, 1.0 - self.beta1)
                v.mul_(self.beta2).addcmul_(g, g, value=1.0 - self.beta2)
                denom = (v.sqrt() / bias2_sqrt).add_(self.eps)
                p.addcdiv_(m, denom, value=-self.lr / bias1)

    def restart(self, lr_factor: float, values: tuple[torch.Tensor, ...]) -> None:
        """Set the parameters to `values`, scale the step size and forget the moment estimates."""
        import torch

        self.lr *= lr_factor
        with torch.no_grad():
            for p, value in zip(self.params, values):
                p.copy_(value)
            for buf in self.m + self.v:
                buf.zero_()
        self.t = 0


def _resolve_device(device: str) -> torch.device:
    import torch

    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available():
        raise ValueError("device='cuda' but CUDA is not available; use device='cpu' or 'auto'")
    if device not in ("cpu", "cuda"):
        raise ValueError(f"device must be 'cpu', 'cuda' or 'auto', got {device!r}")
    return torch.device(device)


def _check_X(X: Any, n_features: int | None = None, *, name: str = "X") -> Any:
    """Validate an activation matrix `(words, neurons)`; float16/float32 pass through without a copy.

    A `RowMatrix` (rows read on demand, e.g. from a file) passes through as it is after a shape and
    dtype check: reading it whole to look for NaN would defeat it, so its source checks its values.
    """
    if is_row_matrix(X):
        shape = tuple(X.shape)
        if len(shape) != 2 or shape[0] == 0 or shape[1] == 0:
            raise ValueError(f"{name} must be 2-D (words, neurons) with at least one of each, got shape {shape}")
        if not (np.issubdtype(X.dtype, np.floating) or np.issubdtype(X.dtype, np.integer)):
            raise ValueError(f"{name} must be numeric, got dtype {X.dtype}")
        if n_features is not None and shape[1] != n_features:
            raise ValueError(f"{name} has {shape[1]} neurons but the probe was fitted on {n_features}")
        return X
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError(f"{name} must be 2-D (words, neurons), got shape {X.shape}")
    if X.shape[0] == 0 or X.shape[1] == 0:
        raise ValueError(f"{name} must have at least one word and one neuron, got shape {X.shape}")
    if X.dtype not in (np.float16, np.float32):
        if not (np.issubdtype(X.dtype, np.floating) or np.issubdtype(X.dtype, np.integer)):
            raise ValueError(f"{name} must be numeric, got dtype {X.dtype}")
        X = X.astype(np.float32)
    X = np.ascontiguousarray(X)
    # A sum is one pass without a temporary array, and any NaN/inf survives it; a float32 sum that
    # overflows on huge but finite values is checked again element by element.
    if not np.isfinite(X.sum(dtype=np.float32)) and not np.isfinite(X).all():
        raise ValueError(f"{name} contains NaN or infinite values")
    if n_features is not None and X.shape[1] != n_features:
        raise ValueError(f"{name} has {X.shape[1]} neurons but the probe was fitted on {n_features}")
    return X


def _n_rows(X: Any) -> int:
    return int(X.shape[0]) if is_row_matrix(X) else np.asarray(X).shape[0]


def _check_y(y: Any, n_rows: int) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D (words,), got shape {y.shape}")
    if y.shape[0] != n_rows:
        raise ValueError(f"y has {y.shape[0]} entries but X has {n_rows} rows")
    return y


def _check_positive_int(name: str, value: int | None) -> None:
    if value is not None and (not isinstance(value, (int, np.integer)) or value < 1):
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


class _LinearProbeBase(_BaseEstimator):
    """Shared training code: one linear layer `W (outputs, neurons)`, bias `b`, elastic net on W."""

    _task: Literal["classification", "regression"]

    def __init__(
        self,
        l1: float = 1e-5,
        l2: float = 1e-5,
        *,
        solver: Solver = "fast",
        epochs: int | None = None,
        batch_size: int | None = None,
        learning_rate: float | None = None,
        standardize: bool = True,
        early_stopping: bool = True,
        validation_fraction: float = 0.1,
        n_iter_no_change: int = 4,
        tol: float = 1e-3,
        objective_tol: float = 3e-3,
        device: Device = "cpu",
        random_state: int | None = None,
    ) -> None:
        self.l1 = l1
        self.l2 = l2
        self.solver = solver
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.standardize = standardize
        self.early_stopping = early_stopping
        self.validation_fraction = validation_fraction
        self.n_iter_no_change = n_iter_no_change
        self.tol = tol
        self.objective_tol = objective_tol
        self.device = device
        self.random_state = random_state

    # ----------------------------------------------------------------- validation
    def _validate_params(self) -> None:
        if self.solver not in ("fast", "neurox"):
            raise ValueError(f"solver must be 'fast' or 'neurox', got {self.solver!r}")
        for name in ("l1", "l2"):
            value = getattr(self, name)
            if value is None or not np.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
        _check_positive_int("epochs", self.epochs)
        _check_positive_int("batch_size", self.batch_size)
        _check_positive_int("n_iter_no_change", self.n_iter_no_change)
        if self.learning_rate is not None and not (self.learning_rate > 0):
            raise ValueError(f"learning_rate must be > 0, got {self.learning_rate!r}")
        if not 0.0 < self.validation_fraction < 1.0:
            raise ValueError(f"validation_fraction must be in (0, 1), got {self.validation_fraction!r}")
        if not self.tol >= 0:
            raise ValueError(f"tol must be >= 0, got {self.tol!r}")
        if not self.objective_tol >= 0:
            raise ValueError(f"objective_tol must be >= 0, got {self.objective_tol!r}")
        if self.random_state is not None and not isinstance(self.random_state, (int, np.integer)):
            raise ValueError(f"random_state must be an int or None, got {self.random_state!r}")

    def _check_is_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet; call fit(X, y) first")

    # ------------------------------------------------------------------- training
    def _loss_fn(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        import torch.nn.functional as F

        if self._task == "classification":
            return F.cross_entropy(outputs, targets)
        return F.mse_loss(outputs.squeeze(1), targets)

    def _epoch_done(self, epoch: int, max_epochs: int) -> None:
        """Report a finished epoch to ``fit``'s callback (which may raise to stop training)."""
        callback = getattr(self, "_callback", None)
        if callback is not None:
            callback(epoch, max_epochs)

    def _fit_arrays(self, X: Any, targets: np.ndarray, n_outputs: int) -> None:
        """Train on `X (words, neurons)` (an array or a `RowMatrix`) and encoded `targets (words,)`; sets coef_, ..."""
        self._validate_params()
        try:
            import torch
        except ImportError as exc:
            raise ImportError(
                f"{type(self).__name__}.fit needs PyTorch: pip install 'neuronscope[analysis]' "
                "(predict, predict_proba and the rankings need only numpy)"
            ) from exc
        device = _resolve_device(self.device)
        if self.solver == "neurox":
            fit = self._fit_neurox(X, targets, n_outputs, device)
        else:
            fit = self._fit_fast(X, targets, n_outputs, device)
        with torch.no_grad():
            self.coef_ = fit.W.detach().to("cpu", torch.float32).numpy().copy()
            self.intercept_ = fit.b.detach().to("cpu", torch.float32).numpy().copy()
        std = fit.std
        if std is None and self.standardize:
            rows = np.random.default_rng(self.random_state).permutation(X.shape[0])[:_PRECONDITION_ROWS]
            std = _column_stats(X, np.sort(rows))[1]
        self.scale_ = (np.ones(X.shape[1]) if std is None else std).astype(np.float32)
        self.ranking_weights_ = self.coef_ * self.scale_
        self.n_epochs_ = fit.n_epochs
        self.n_steps_ = fit.n_steps
        self.loss_curve_ = fit.history
        self.objective_curve_ = fit.objective_curve
        self.stop_reason_ = fit.stop_reason
        self.n_features_in_ = X.shape[1]

    def _targets_tensor(self, targets: np.ndarray) -> torch.Tensor:
        import torch

        if self._task == "classification":
            return torch.from_numpy(np.ascontiguousarray(targets, dtype=np.int64))
        return torch.from_numpy(np.ascontiguousarray(targets, dtype=np.float32))

    def _fit_neurox(self, X: Any, targets: np.ndarray, n_outputs: int, device: torch.device) -> _FitResult:
        """NeuroX's `_train_probe`, step for step: nn.Linear init, batches in order, Adam, per-batch penalty.

        With `random_state=s` the result equals NeuroX 1.0.9's after `torch.manual_seed(s)` on CPU
        (later NeuroX versions add mixed precision on CUDA, which this reproduction leaves out).
        """
        import torch
        from torch import nn

        epochs = self.epochs or _NEUROX_EPOCHS
        batch_size = self.batch_size or _NEUROX_BATCH
        lr = self.learning_rate or _NEUROX_LR
        # NeuroX draws nn.Linear's init from the global RNG; fork it so that seeding stays local.
        with torch.random.fork_rng(devices=[]):
            if self.random_state is not None:
                torch.manual_seed(int(self.random_state))
            probe = nn.Linear(X.shape[1], n_outputs)
        probe = probe.to(device)
        optimizer = torch.optim.Adam(probe.parameters(), lr=lr)
        n_rows = X.shape[0]
        X_t = None if is_row_matrix(X) else torch.from_numpy(X)
        y_t = self._targets_tensor(targets)
        history: list[float] = []
        for epoch in range(epochs):
            if epoch:
                self._epoch_done(epoch, epochs)
            # the epoch's loss stays on the device: one synchronisation per epoch, not per step
            total = torch.zeros((), device=device)
            for start in range(0, n_rows, batch_size):
                if X_t is None:  # a RowMatrix: read the batch (the same rows, in the same order)
                    batch = torch.from_numpy(X.rows(np.arange(start, min(n_rows, start + batch_size))))
                else:
                    batch = X_t[start : start + batch_size]
                inputs = batch.to(device).float()
                labels = y_t[start : start + batch_size].to(device)
                optimizer.zero_grad()
                outputs = probe(inputs)
                weights = probe.weight
                loss = (
                    self._loss_fn(outputs, labels)
                    + self.l1 * l1_penalty(weights)
                    + self.l2 * l2_penalty(weights)
                )
                loss.backward()
                optimizer.step()
                total += loss.detach() * inputs.shape[0]
            history.append(float(total) / n_rows)
        steps = epochs * math.ceil(n_rows / batch_size)
        return _FitResult(probe.weight, probe.bias, epochs, steps, history, list(history), "max_epochs", None)

    def _fit_fast(self, X: Any, targets: np.ndarray, n_outputs: int, device: torch.device) -> _FitResult:
        """Same objective as NeuroX (mean loss + l1*|W|_1 + l2*|W|_F), minimised in few passes.

        What makes it fast without changing the objective:

        1. Batches of ~1k rows instead of 32, so per-step overhead vanishes.
        2. Shuffled once: the rows are cut into blocks of up to 32 consecutive rows; the dev split
           and the training rows are random sets of blocks, copied once in that order, so that
           the dev split and every batch are contiguous slices (the batch order changes every
           epoch). Inputs over 2 GiB, and `RowMatrix` inputs, are not copied; their batches are
           gathered instead (a `RowMatrix` is asked for each batch's rows, so memory stays bounded
           by a batch and a dev chunk of at most `READ_BYTES`).
        3. Gradients written out by hand (softmax minus one-hot, then one product with the batch),
           in the class-major layout `W @ X.T`, which is also faster than `X @ W.T` on CPU BLAS.
        4. Diagonal preconditioning: the trained parameter is `V = W * std` (the bias absorbs the
           mean), so every neuron learns at the same pace whatever its activation scale, while the
           penalty is still charged on the raw-space W. Classification biases start at the log
           class priors (the best constant model), regression's at the mean target.
        5. An exponential moving average of the iterates, which removes most of Adam's step noise
           without waiting for a decayed step size.
        6. The dev loss of the averaged weights is checked four times per epoch, starting from the
           constant model's loss: when a check does not improve on the best by a relative `tol`,
           training returns to the best weights with half the step size (wide, correlated inputs
           such as 2,304 MiniLM neurons overshoot at first); it stops after `n_iter_no_change` such
           checks in a row and keeps the best averaged weights.
        7. Convergence: when one epoch changed the mean regularised training loss, or lowered the
           best dev loss, by less than `objective_tol` times the constant model's loss, training
           stops. Nearly separable data, where the losses keep creeping toward 0 as the margins
           grow and the patience rule above never fires, stops after ~2-3 epochs instead of
           running to the epoch cap.

        Every check costs one host synchronisation; the steps in between queue device work only.
        """
        import torch

        rng = np.random.default_rng(self.random_state)
        n_rows, n_features = X.shape
        # Blocks: small data gets 1-row blocks (plain row shuffling); big data 32-row blocks.
        block_rows = int(min(_BLOCK_ROWS, max(1, n_rows // 1024)))
        block_starts = np.arange(0, n_rows, block_rows)
        n_blocks = block_starts.shape[0]
        block_sizes = np.minimum(block_starts + block_rows, n_rows) - block_starts
        perm = rng.permutation(n_blocks)
        n_dev_blocks = math.floor(self.validation_fraction * n_blocks) if self.early_stopping else 0
        n_dev = int(block_sizes[perm[:n_dev_blocks]].sum())
        # Too few rows for a meaningful dev split: train on everything.
        if n_dev < 10 or n_rows - n_dev < 10:
            n_dev_blocks, n_dev = 0, 0
        dev_blocks = np.sort(perm[:n_dev_blocks])
        train_blocks = perm[n_dev_blocks:]
        n_train = n_rows - n_dev
        offsets = np.arange(block_rows)

        def rows_of(blocks: np.ndarray) -> np.ndarray:
            rows = (block_starts[blocks][:, None] + offsets).ravel()
            return rows[rows < n_rows] if block_sizes[-1] < block_rows else rows

        # Small data gets smaller batches so that an epoch still has a few dozen steps.
        batch_size = self.batch_size or min(_FAST_BATCH, max(32, n_train // 32))
        steps_per_epoch = max(1, round(n_train / batch_size))
        # Equal batches: the last one is never a sliver with a noisy gradient.
        bounds = np.linspace(0, n_train, steps_per_epoch + 1).round().astype(np.int64).tolist()
        max_epochs = self.epochs or max(_FAST_MAX_EPOCHS, math.ceil(_FAST_MIN_STEPS / steps_per_epoch))
        lr = self.learning_rate or _FAST_LR
        steps_per_check = max(1, math.ceil(steps_per_epoch / _CHECKS_PER_EPOCH))
        # Average over about two checks' worth of steps: long enough to cancel the noise, short
        # enough that the average is not dragged far behind the current iterate.
        ema_decay = 1.0 - 1.0 / min(100, max(10, 2 * steps_per_check))
        classification = self._task == "classification"

        train_rows = rows_of(train_blocks)  # blocks in random order
        dev_rows = rows_of(dev_blocks)
        y_t = self._targets_tensor(targets)
        # Shuffle once: one copy of the rows, dev first, then the training blocks in random order,
        # so that the dev split and every batch are contiguous slices (no gather per step). Very
        # large inputs are not copied: their batches are gathered from the original rows instead.
        # On CUDA, moving the whole matrix once is far cheaper than a host-to-device copy per batch.
        matrix = is_row_matrix(X)
        copy_once = not matrix and X.nbytes <= _SHUFFLE_COPY_BYTES
        if copy_once:
            order_np = np.concatenate([dev_rows, train_rows])
            X_src = torch.from_numpy(X[order_np]).to(device)
            y_src = y_t[torch.from_numpy(order_np)].to(device)
        else:
            X_src = None if matrix else torch.from_numpy(X).to(device)
            y_src = y_t.to(device)
            train_idx = torch.from_numpy(train_rows).to(device)
            dev_idx = torch.from_numpy(dev_rows).to(device)
        dev_chunk = read_rows(X, _DEV_CHUNK)
        stat_rows = np.sort(train_rows[:_PRECONDITION_ROWS])
        if self.standardize:
            mean, std = _column_stats(X, stat_rows)
        else:
            mean, std = np.zeros(n_features), np.ones(n_features)
        mean_t = torch.as_tensor(mean, dtype=torch.float32, device=device)
        inv_std_t = torch.as_tensor(1.0 / std, dtype=torch.float32, device=device)

        # The constant model: the start (zero weights) and the yardstick of objective_tol.
        train_targets = targets[train_rows]
        if classification:
            counts = np.bincount(train_targets, minlength=n_outputs).astype(np.float64)
            prior = counts / counts.sum()
            with np.errstate(divide="ignore"):
                log_prior = np.log(prior)
            # a class absent from the training rows starts very unlikely, not at -inf
            start_bias = np.where(prior > 0, log_prior, math.log(0.5 / counts.sum()))
            baseline = float(-(prior[prior > 0] * log_prior[prior > 0]).sum())
        else:
            start_bias = np.array([float(np.mean(train_targets))])
            baseline = float(np.var(train_targets))
        baseline = max(baseline, 1e-12)

        V = torch.zeros(n_outputs, n_features, device=device)
        c = torch.as_tensor(start_bias, dtype=torch.float32, device=device).clone()
        optimizer = _Adam([V, c], lr=lr)
        V_avg, c_avg = V.clone(), c.clone()
        l1, l2 = float(self.l1), float(self.l2)

        def raw_params(V_: torch.Tensor, c_: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            W = V_ * inv_std_t
            return W, c_ - W @ mean_t

        def rows(lo: int, hi: int, dev: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
            """Rows `lo:hi` of the dev split or of the training rows in their shuffled order."""
            if copy_once:
                lo, hi = (lo, hi) if dev else (n_dev + lo, n_dev + hi)
                Xb, yb = X_src[lo:hi], y_src[lo:hi]
            elif matrix:
                Xb = torch.from_numpy(X.rows((dev_rows if dev else train_rows)[lo:hi])).to(device)
                yb = y_src.index_select(0, (dev_idx if dev else train_idx)[lo:hi])
            else:
                idx = (dev_idx if dev else train_idx)[lo:hi]
                Xb, yb = X_src.index_select(0, idx), y_src.index_select(0, idx)
            return (Xb if Xb.dtype == torch.float32 else Xb.float()), yb

        minus_one = torch.full((1, int(np.diff(bounds).max())), -1.0, device=device)  # -one-hot values

        def loss_and_residual(Z: torch.Tensor, yb: torch.Tensor, want_grad: bool):
            """Summed loss of class-major outputs `Z (outputs, rows)` and dLoss_sum/dZ (if wanted)."""
            if classification:
                log_p = torch.log_softmax(Z, 0)
                total = -log_p.gather(0, yb.unsqueeze(0)).sum()
                if not want_grad:
                    return total, None
                G = log_p.exp_()  # softmax minus one-hot
                G.scatter_add_(0, yb.unsqueeze(0), minus_one[:, : yb.shape[0]])
                return total, G
            r = Z[0] - yb
            return (r * r).sum(), (2.0 * r).unsqueeze(0) if want_grad else None

        def dev_loss_sum() -> torch.Tensor:
            """Summed dev loss of the averaged weights, left on the device."""
            W, b = raw_params(V_avg, c_avg)
            total = torch.zeros((), device=device)
            for lo in range(0, n_dev, dev_chunk):
                Xb, yb = rows(lo, min(lo + dev_chunk, n_dev), dev=True)
                total += loss_and_residual(torch.addmm(b.unsqueeze(1), W, Xb.T), yb, False)[0]
            return total

        history: list[float] = []
        objective_curve: list[float] = []
        # the constant start is the first candidate: a first check that is worse than it means the
        # step is too large, and training restarts from the best weights with half the step
        best = float(dev_loss_sum()) / n_dev if n_dev else math.inf
        best_state = (V_avg.clone(), c_avg.clone())
        bad_checks = 0
        best_curve = [best]  # the best dev loss after each check, the start first
        checks_per_epoch = len({*range(steps_per_check, steps_per_epoch + 1, steps_per_check), steps_per_epoch})
        epochs_run = 0
        steps_run = 0
        stop_reason = "max_epochs"
        for epoch in range(max_epochs):
            if epoch:
                self._epoch_done(epoch, max_epochs)
            # the batches keep their rows; their order is new every epoch
            batch_order = rng.permutation(steps_per_epoch)
            epoch_total = torch.zeros((), device=device)  # on the device: no per-step sync
            stop = False
            for step in range(1, steps_per_epoch + 1):
                k = int(batch_order[step - 1])
                Xb, yb = rows(bounds[k], bounds[k + 1])
                n_b = yb.shape[0]
                W, b = raw_params(V, c)
                Z = torch.addmm(b.unsqueeze(1), W, Xb.T)  # (outputs, rows)
                loss_sum, G = loss_and_residual(Z, yb, True)
                G.mul_(1.0 / n_b)
                g_b = G.sum(1)
                g_W = (G @ Xb).sub_(g_b.unsqueeze(1) * mean_t)  # b = c - W @ mean also moves with W
                norm = torch.linalg.vector_norm(W)
                # sign(0) = 0 and W / max(|W|, tiny) = 0 at the zero start: the usual subgradients
                g_W.add_(torch.sign(W), alpha=l1).add_(W / norm.clamp_min(1e-30), alpha=l2)
                epoch_total += loss_sum + n_b * (l1 * W.abs().sum() + l2 * norm)
                optimizer.step([g_W.mul_(inv_std_t), g_b])
                V_avg.lerp_(V, 1.0 - ema_decay)
                c_avg.lerp_(c, 1.0 - ema_decay)
                steps_run += 1
                at_end = step == steps_per_epoch
                if not (at_end or (n_dev and step % steps_per_check == 0)):
                    continue
                if at_end:  # one synchronisation for both numbers
                    dev_t = dev_loss_sum() if n_dev else torch.zeros((), device=device)
                    dev_sum, obj_sum = torch.stack([dev_t, epoch_total]).tolist()
                    objective_curve.append(obj_sum / n_train)
                else:
                    dev_sum = float(dev_loss_sum())
                if n_dev:
                    current = dev_sum / n_dev
                    history.append(current)
                    if not math.isfinite(best) or current < best - self.tol * abs(best):
                        best = current
                        best_state = (V_avg.clone(), c_avg.clone())
                        bad_checks = 0
                    else:
                        bad_checks += 1
                        if bad_checks >= self.n_iter_no_change:
                            stop_reason = "no_dev_improvement"
                            stop = True
                            break
                        # No progress at this step size: go back to the best weights and halve the
                        # step (the plateau is Adam's noise floor, or the step overshoots).
                        optimizer.restart(0.5, best_state)
                        V_avg.copy_(best_state[0])
                        c_avg.copy_(best_state[1])
                    best_curve.append(best)
                    # converged: the best dev loss gained less than objective_tol over an epoch
                    if len(best_curve) > checks_per_epoch and (
                        best_curve[-1 - checks_per_epoch] - best < self.objective_tol * baseline
                    ):
                        stop_reason = "dev_converged"
                        stop = True
                        break
                # converged: the epoch's mean training objective moved by less than objective_tol
                if at_end and len(objective_curve) >= 2 and (
                    abs(objective_curve[-2] - objective_curve[-1]) < self.objective_tol * baseline
                ):
                    stop_reason = "objective_converged"
                    stop = True
            epochs_run += 1
            if not n_dev:
                history.append(objective_curve[-1])
            if stop:
                break
        final_V, final_c = best_state if n_dev else (V_avg, c_avg)
        W, b = raw_params(final_V, final_c)
        return _FitResult(W, b, epochs_run, steps_run, history, objective_curve, stop_reason,
                          std if self.standardize else None)

    # ------------------------------------------------------------------ inference
    def decision_function(self, X: Any) -> np.ndarray:
        """Raw outputs `X @ coef_.T + intercept_`: `(words, classes)`, or `(words,)` for regression."""
        self._check_is_fitted()
        X = _check_X(X, self.n_features_in_)
        out = np.empty((X.shape[0], self.coef_.shape[0]), dtype=np.float32)
        W_T = self.coef_.T
        step = read_rows(X, _PREDICT_CHUNK)
        for start in range(0, X.shape[0], step):
            stop = min(X.shape[0], start + step)
            chunk = take(X, np.arange(start, stop)) if is_row_matrix(X) else X[start:stop]
            out[start:stop] = chunk.astype(np.float32, copy=False) @ W_T + self.intercept_
        if self._task == "regression":
            return out[:, 0]
        return out


class ElasticNetProbe(_ClassifierMixin, _LinearProbeBase):
    """Multinomial logistic-regression probe with NeuroX's elastic-net loss (Dalvi et al. AAAI 2019).

    Loss per mini-batch: `mean CE(W x + b, y) + l1 * sum|W| + l2 * ||W||_F` where `||W||_F` is the
    Frobenius norm, not squared, and the bias `b` is not penalised (NeuroX `linear_probe.py`).
    Defaults `l1 = l2 = 1e-5` are the values of NeuroX's AAAI-era driver `train_classifier.py`.

    Parameters
    ----------
    l1, l2:
        Penalty weights (NeuroX's `lambda_l1`, `lambda_l2`).
    solver:
        `"neurox"` reproduces NeuroX's training loop exactly (Adam lr 1e-3, batches of 32 in data
        order, 10 epochs, fixed epoch count). `"fast"` (default) minimises the same objective with
        ~1k-row Adam batches, diagonal preconditioning and early stopping on an internal dev split.
    epochs:
        `"neurox"`: the number of epochs (default 10). `"fast"`: a cap (default 20, or enough
        for 2000 steps on small data), not a floor: convergence usually ends it after 2-6.
    batch_size, learning_rate:
        `"neurox"`: 32 and 1e-3. `"fast"`: 1024 rows (fewer for small data, so an epoch has ~32
        steps) and 3e-2 (on the preconditioned parameters; halved whenever the dev loss stalls).
    standardize:
        Default True. (1) Ranking, both solvers: `ranking_weights_ = coef_ * scale_`, the weights
        times each neuron's std over the training rows, i.e. the weights a probe on standardised
        inputs would have. `neuron_ordering(probe)` and the other ranking functions use them when
        given the probe, so a neuron's rank does not depend on its activation scale (a neuron
        with 5x the spread of another gets 1/5 of the raw weight for the same evidence; raw-weight
        orderings push such neurons down). With False, `ranking_weights_ = coef_` (NeuroX's
        raw-weight ranking, which `neuron_ordering(probe.coef_)` always gives). (2) `"fast"`
        only: train `V = W * std(neuron)` (bias absorbs the mean) so Adam moves all neurons at the
        same pace; the penalty is still charged on the raw-space `W`, so the objective and
        `coef_` are unchanged by it.
    early_stopping, validation_fraction, n_iter_no_change, tol:
        `"fast"` only. Hold out `validation_fraction` of the rows (as random blocks of consecutive
        rows); the dev loss of the averaged weights is checked 4 times per epoch; a check that
        does not improve the best by a relative `tol` halves the step and restarts from the best
        weights; `n_iter_no_change` such checks in a row stop training. The best weights are kept.
        Without a dev split (`early_stopping=False`, or under ~100 rows) only `objective_tol` stops.
    objective_tol:
        `"fast"` only; default 3e-3, 0 disables. Convergence: stop when one epoch lowered the best
        dev loss, or changed the mean regularised training loss (the objective), by less than
        `objective_tol` times the constant model's loss (entropy of the class prior; variance of
        the targets for regression). Measured against that fixed yardstick rather than the
        current loss, because on (nearly) separable data the loss keeps halving toward 0 while
        accuracy and ranking no longer change.
    device:
        `"cpu"`, `"cuda"` or `"auto"` (CUDA when available).
    random_state:
        Seeds the weight init (`"neurox"`: the same draw as NeuroX after `torch.manual_seed`), the
        dev split and the shuffling (`"fast"`).

    Attributes
    ----------
    classes_: `(classes,)` sorted label values; row `i` of `coef_` belongs to `classes_[i]`.
    coef_: `(classes, neurons)` float32 weights in the input's units; two rows even for binary tasks.
    intercept_: `(classes,)` float32 bias.
    n_features_in_: number of neurons seen in `fit`.
    scale_: `(neurons,)` float32 std of each neuron over (up to 20,000) training rows; ones when
    `standardize=False`. ranking_weights_: `coef_ * scale_` (see `standardize`).
    n_epochs_: epochs started. n_steps_: optimiser steps taken. stop_reason_: why training ended:
    `"objective_converged"`, `"dev_converged"` (see `objective_tol`), `"no_dev_improvement"`
    (`n_iter_no_change`) or `"max_epochs"` (always for `"neurox"`). loss_curve_: the dev loss at
    each check (`"fast"` with a dev split), else the mean training loss per epoch.
    objective_curve_: the mean regularised training loss of each completed epoch.
    """

    _task = "classification"

    def fit(self, X: Any, y: Any, *, callback: Callable[[int, int], None] | None = None) -> ElasticNetProbe:
        """Fit on activations `X (words, neurons)` and labels `y (words,)`; returns `self`.

        `X` is an array or a `RowMatrix` (`neuronscope.analysis.rowmatrix`: rows read on demand, e.g.
        from a file; memory then stays bounded by a batch, whatever the number of rows).

        ``callback(epochs_done, max_epochs)`` runs between epochs (progress; raise in it to stop).
        """
        X = _check_X(X)
        y = _check_y(y, X.shape[0])
        classes, encoded = np.unique(y, return_inverse=True)
        if classes.shape[0] < 2:
            raise ValueError(f"y must contain at least 2 classes, got {classes.shape[0]}")
        self._callback = callback
        try:
            self._fit_arrays(X, encoded.reshape(-1), classes.shape[0])
        finally:
            self._callback = None
        self.classes_ = classes
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities `(words, classes)`, columns ordered as `classes_`."""
        logits = self.decision_function(X)
        logits = logits - logits.max(axis=1, keepdims=True)
        np.exp(logits, out=logits)
        logits /= logits.sum(axis=1, keepdims=True)
        return logits

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Log class probabilities `(words, classes)`."""
        logits = self.decision_function(X).astype(np.float64)
        shifted = logits - logits.max(axis=1, keepdims=True)
        return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))

    def predict(self, X: Any) -> np.ndarray:
        """Predicted labels `(words,)` (values from `classes_`)."""
        self._check_is_fitted()
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        """Accuracy in [0, 1] on `X (words, neurons)`, `y (words,)`."""
        y = _check_y(y, _n_rows(X))
        correct = self.predict(X) == y
        return float(np.average(correct, weights=sample_weight))


class ElasticNetRegressionProbe(_RegressorMixin, _LinearProbeBase):
    """Linear-regression probe with NeuroX's elastic-net loss: `MSE + l1*sum|W| + l2*||W||_F`.

    Same parameters as `ElasticNetProbe` (the `"fast"` solver's early stopping watches dev MSE).
    `coef_` has shape `(1, neurons)` (NeuroX's single-output layer, and the 2-D form the ranking
    functions take); `intercept_` has shape `(1,)`; `predict` returns `(words,)`.
    """

    _task = "regression"

    def fit(self, X: Any, y: Any, *, callback: Callable[[int, int], None] | None = None) -> ElasticNetRegressionProbe:
        """Fit on activations `X (words, neurons)` (an array or a `RowMatrix`) and real targets `y (words,)`.

        ``callback(epochs_done, max_epochs)`` runs between epochs (progress; raise in it to stop).
        """
        X = _check_X(X)
        y = _check_y(y, X.shape[0]).astype(np.float32)
        if not np.isfinite(y).all():
            raise ValueError("y contains NaN or infinite values")
        self._callback = callback
        try:
            self._fit_arrays(X, y, 1)
        finally:
            self._callback = None
        return self

    def predict(self, X: Any) -> np.ndarray:
        """Predicted values `(words,)`."""
        return self.decision_function(X)

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        """Coefficient of determination R^2 on `X (words, neurons)`, `y (words,)`."""
        y = _check_y(y, _n_rows(X)).astype(np.float64)
        pred = self.predict(X).astype(np.float64)
        w = np.ones_like(y) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        mean = np.average(y, weights=w)
        ss_res = float(np.sum(w * (y - pred) ** 2))
        ss_tot = float(np.sum(w * (y - mean) ** 2))
        if ss_tot == 0.0:
            return 1.0 if ss_res == 0.0 else 0.0
        return 1.0 - ss_res / ss_tot
