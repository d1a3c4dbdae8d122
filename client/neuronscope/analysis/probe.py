"""Elastic-net linear probes with NeuroX's exact loss, as scikit-learn-style estimators."""

from __future__ import annotations

import copy
import inspect
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

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
_FAST_LR = 2e-2
# Small data: run enough epochs for at least this many Adam steps (early stopping ends it sooner).
_FAST_MIN_STEPS = 2000
# Rows per block: batches and the dev split are random sets of blocks of consecutive rows.
_BLOCK_ROWS = 128
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


def _column_stats(X: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-neuron mean and std `(neurons,)` over `X[rows]`, in float64, a few thousand rows at a time.

    Shifting by the first row before summing keeps `E[x^2] - E[x]^2` accurate for neurons whose
    offset dwarfs their spread. Constant neurons get std 1 (nothing to rescale).
    """
    shift = X[rows[0]].astype(np.float64)
    s1 = np.zeros(X.shape[1])
    s2 = np.zeros(X.shape[1])
    for start in range(0, rows.shape[0], 2048):
        block = X[rows[start : start + 2048]].astype(np.float64) - shift
        s1 += block.sum(axis=0)
        s2 += np.einsum("ij,ij->j", block, block)
    n = rows.shape[0]
    mean = s1 / n
    std = np.sqrt(np.maximum(s2 / n - mean * mean, 0.0))
    std[~(std > 1e-12 * (1.0 + np.abs(mean + shift)))] = 1.0
    return mean + shift, std


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

    def step(self) -> None:
        """Apply one update from each parameter's `.grad`, then clear the gradients."""
        import torch

        self.t += 1
        bias1 = 1.0 - self.beta1**self.t
        bias2_sqrt = math.sqrt(1.0 - self.beta2**self.t)
        with torch.no_grad():
            for p, m, v in zip(self.params, self.m, self.v):
                g = p.grad
                if g is None:
                    continue
                m.lerp_(g, 1.0 - self.beta1)
                v.mul_(self.beta2).addcmul_(g, g, value=1.0 - self.beta2)
                denom = (v.sqrt() / bias2_sqrt).add_(self.eps)
                p.addcdiv_(m, denom, value=-self.lr / bias1)
                p.grad = None


def _resolve_device(device: str) -> torch.device:
    import torch

    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available():
        raise ValueError("device='cuda' but CUDA is not available; use device='cpu' or 'auto'")
    if device not in ("cpu", "cuda"):
        raise ValueError(f"device must be 'cpu', 'cuda' or 'auto', got {device!r}")
    return torch.device(device)


def _check_X(X: Any, n_features: int | None = None, *, name: str = "X") -> np.ndarray:
    """Validate an activation matrix `(words, neurons)`; float16/float32 pass through without a copy."""
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
    # Summing in float64 is one pass without a temporary array, and any NaN/inf survives it.
    if not np.isfinite(X.sum(dtype=np.float64)):
        raise ValueError(f"{name} contains NaN or infinite values")
    if n_features is not None and X.shape[1] != n_features:
        raise ValueError(f"{name} has {X.shape[1]} neurons but the probe was fitted on {n_features}")
    return X


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

    def _fit_arrays(self, X: np.ndarray, targets: np.ndarray, n_outputs: int) -> None:
        """Train on `X (words, neurons)` and encoded `targets (words,)`; sets coef_, intercept_, ..."""
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
            W, b, n_epochs, history = self._fit_neurox(X, targets, n_outputs, device)
        else:
            W, b, n_epochs, history = self._fit_fast(X, targets, n_outputs, device)
        with torch.no_grad():
            self.coef_ = W.detach().to("cpu", torch.float32).numpy().copy()
            self.intercept_ = b.detach().to("cpu", torch.float32).numpy().copy()
        self.n_epochs_ = n_epochs
        self.loss_curve_ = history
        self.n_features_in_ = X.shape[1]

    def _targets_tensor(self, targets: np.ndarray) -> torch.Tensor:
        import torch

        if self._task == "classification":
            return torch.from_numpy(np.ascontiguousarray(targets, dtype=np.int64))
        return torch.from_numpy(np.ascontiguousarray(targets, dtype=np.float32))

    def _fit_neurox(
        self, X: np.ndarray, targets: np.ndarray, n_outputs: int, device: torch.device
    ) -> tuple[torch.Tensor, torch.Tensor, int, list[float]]:
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
        X_t = torch.from_numpy(X)
        y_t = self._targets_tensor(targets)
        history: list[float] = []
        for epoch in range(epochs):
            if epoch:
                self._epoch_done(epoch, epochs)
            # the epoch's loss stays on the device: one synchronisation per epoch, not per step
            total = torch.zeros((), device=device)
            for start in range(0, X_t.shape[0], batch_size):
                inputs = X_t[start : start + batch_size].to(device).float()
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
            history.append(float(total) / X_t.shape[0])
        return probe.weight, probe.bias, epochs, history

    def _fit_fast(
        self, X: np.ndarray, targets: np.ndarray, n_outputs: int, device: torch.device
    ) -> tuple[torch.Tensor, torch.Tensor, int, list[float]]:
        """Same objective as NeuroX (mean loss + l1*|W|_1 + l2*|W|_F), minimised in few passes.

        What makes it fast without changing the objective:

        1. Batches of ~1k rows instead of 32, so per-step overhead vanishes.
        2. No copy of the data: the rows are cut into blocks of up to 128 consecutive rows; the dev
           split and each batch are random sets of blocks, multiplied in place. Gathering random
           rows into a batch would cost more than the matrix products themselves.
        3. Diagonal preconditioning: the trained parameter is `V = W * std` (the bias absorbs the
           mean), so every neuron learns at the same pace whatever its activation scale, while the
           penalty is still charged on the raw-space W.
        4. An exponential moving average of the iterates, which removes most of Adam's step noise
           without waiting for a decayed step size.
        5. The dev loss of the averaged weights is checked four times per epoch, starting from the
           zero weights' loss: when a check does not improve on the best, training returns to the
           best weights with half the step size (wide, correlated inputs such as 2,304 MiniLM
           neurons overshoot at first); it stops after `n_iter_no_change` such checks in a row and
           keeps the best averaged weights.
        """
        import torch

        rng = np.random.default_rng(self.random_state)
        n_rows, n_features = X.shape
        # Blocks: small data gets 1-row blocks (plain row shuffling); big data 128-row blocks.
        block_rows = int(min(_BLOCK_ROWS, max(1, n_rows // 256)))
        block_starts = np.arange(0, n_rows, block_rows)
        block_ends = np.minimum(block_starts + block_rows, n_rows)
        n_blocks = block_starts.shape[0]
        perm = rng.permutation(n_blocks)
        n_dev_blocks = math.floor(self.validation_fraction * n_blocks) if self.early_stopping else 0
        n_dev = int((block_ends - block_starts)[perm[:n_dev_blocks]].sum())
        # Too few rows for a meaningful dev split: train on everything for the full epoch budget.
        if n_dev < 10 or n_rows - n_dev < 10:
            n_dev_blocks, n_dev = 0, 0
        dev_blocks = np.sort(perm[:n_dev_blocks])
        train_blocks = perm[n_dev_blocks:]
        n_train = n_rows - n_dev

        # Small data gets smaller batches so that an epoch still has a few dozen steps.
        batch_size = self.batch_size or min(_FAST_BATCH, max(32, n_train // 32))
        blocks_per_batch = max(1, round(batch_size / block_rows))
        steps_per_epoch = math.ceil(len(train_blocks) / blocks_per_batch)
        max_epochs = self.epochs or max(_FAST_MAX_EPOCHS, math.ceil(_FAST_MIN_STEPS / steps_per_epoch))
        lr = self.learning_rate or _FAST_LR
        steps_per_check = max(1, math.ceil(steps_per_epoch / _CHECKS_PER_EPOCH))
        # Average over about two checks' worth of steps: long enough to cancel the noise, short
        # enough that the average is not dragged far behind the current iterate.
        ema_decay = 1.0 - 1.0 / min(100, max(10, 2 * steps_per_check))

        # On CUDA, moving the whole matrix once is far cheaper than a host-to-device copy per batch.
        X_all = torch.from_numpy(X).to(device)
        y_all = self._targets_tensor(targets).to(device)
        train_rows = np.concatenate([np.arange(block_starts[b], block_ends[b]) for b in train_blocks[:4096]])

        if self.standardize:
            mean, std = _column_stats(X, np.sort(train_rows[:_PRECONDITION_ROWS]))
        else:
            mean = np.zeros(n_features)
            std = np.ones(n_features)
        mean_t = torch.as_tensor(mean, dtype=torch.float32, device=device)
        inv_std_t = torch.as_tensor(1.0 / std, dtype=torch.float32, device=device)

        # The objective is convex: a zero start needs no seed, and unused weights stay near 0.
        V = torch.zeros(n_outputs, n_features, device=device, requires_grad=True)
        c = torch.zeros(n_outputs, device=device, requires_grad=True)
        if self._task == "regression":
            with torch.no_grad():
                c.fill_(float(np.mean(targets[train_rows])))
        optimizer = _Adam([V, c], lr=lr)
        V_avg, c_avg = V.detach().clone(), c.detach().clone()

        def raw_params(V_: torch.Tensor, c_: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            W = V_ * inv_std_t
            return W, c_ - W @ mean_t

        def forward(blocks: np.ndarray, W: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            """Outputs and targets for a set of blocks, one product per block on a view of X."""
            outs, ys = [], []
            for blk in blocks:
                lo, hi = int(block_starts[blk]), int(block_ends[blk])
                outs.append(X_all[lo:hi].float() @ W.T)
                ys.append(y_all[lo:hi])
            return torch.cat(outs) + b, torch.cat(ys)

        def dev_loss() -> float:
            with torch.no_grad():
                W, b = raw_params(V_avg, c_avg)
                total = torch.zeros((), device=W.device)
                group = max(1, 8192 // block_rows)
                for start in range(0, n_dev_blocks, group):
                    out, yb = forward(dev_blocks[start : start + group], W, b)
                    total += self._loss_fn(out, yb) * yb.shape[0]
                return float(total) / n_dev  # one synchronisation per check

        history: list[float] = []
        # the zero start is the first candidate: a first check that is worse than it means the step
        # is too large, and training restarts from the best weights with half the step
        best = dev_loss() if n_dev else math.inf
        best_state = (V_avg.clone(), c_avg.clone())
        bad_checks = 0
        epochs_run = 0
        stop = False
        for epoch in range(max_epochs):
            if epoch:
                self._epoch_done(epoch, max_epochs)
            order = train_blocks[rng.permutation(len(train_blocks))]
            train_total = torch.zeros((), device=V.device)  # on the device: no per-step sync
            for step, start in enumerate(range(0, len(order), blocks_per_batch), start=1):
                W, b = raw_params(V, c)
                out, yb = forward(order[start : start + blocks_per_batch], W, b)
                # linalg.vector_norm has a zero subgradient at W = 0 (the zero start); sqrt(sum) has NaN.
                loss = (
                    self._loss_fn(out, yb)
                    + self.l1 * W.abs().sum()
                    + self.l2 * torch.linalg.vector_norm(W)
                )
                loss.backward()
                optimizer.step()
                with torch.no_grad():
                    V_avg.lerp_(V, 1.0 - ema_decay)
                    c_avg.lerp_(c, 1.0 - ema_decay)
                train_total += loss.detach() * yb.shape[0]
                if n_dev == 0 or not (step % steps_per_check == 0 or step == steps_per_epoch):
                    continue
                current = dev_loss()
                history.append(current)
                if not math.isfinite(best) or current < best - self.tol * abs(best):
                    best = current
                    best_state = (V_avg.clone(), c_avg.clone())
                    bad_checks = 0
                    continue
                bad_checks += 1
                if bad_checks >= self.n_iter_no_change:
                    stop = True
                    break
                # No progress at this step size: go back to the best weights and halve the step (the
                # plateau is Adam's noise floor, or the step overshoots).
                optimizer.lr *= 0.5
                with torch.no_grad():
                    V.copy_(best_state[0])
                    c.copy_(best_state[1])
                    V_avg.copy_(best_state[0])
                    c_avg.copy_(best_state[1])
                    for m in optimizer.m + optimizer.v:
                        m.zero_()
                optimizer.t = 0
            epochs_run += 1
            if n_dev == 0:
                history.append(float(train_total) / n_train)
            if stop:
                break
        final_V, final_c = best_state if n_dev else (V_avg, c_avg)
        with torch.no_grad():
            W, b = raw_params(final_V, final_c)
        return W, b, epochs_run, history

    # ------------------------------------------------------------------ inference
    def decision_function(self, X: Any) -> np.ndarray:
        """Raw outputs `X @ coef_.T + intercept_`: `(words, classes)`, or `(words,)` for regression."""
        self._check_is_fitted()
        X = _check_X(X, self.n_features_in_)
        out = np.empty((X.shape[0], self.coef_.shape[0]), dtype=np.float32)
        W_T = self.coef_.T
        for start in range(0, X.shape[0], _PREDICT_CHUNK):
            chunk = X[start : start + _PREDICT_CHUNK].astype(np.float32, copy=False)
            out[start : start + _PREDICT_CHUNK] = chunk @ W_T + self.intercept_
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
        `"neurox"`: the number of epochs (default 10). `"fast"`: the maximum (default 20, or
        enough for 2000 steps on small data); early stopping usually ends it after 2-5.
    batch_size, learning_rate:
        `"neurox"`: 32 and 1e-3. `"fast"`: 1024 rows (fewer for small data, so an epoch has ~32
        steps) and 2e-2 (on the preconditioned parameters; halved whenever the dev loss stalls).
    standardize:
        `"fast"` only. Train `V = W * std(neuron)` (bias absorbs the mean) so Adam moves all neurons
        at the same pace; the penalty is still charged on the raw-space `W`, so the objective and
        `coef_` are unchanged by it.
    early_stopping, validation_fraction, n_iter_no_change, tol:
        `"fast"` only. Hold out `validation_fraction` of the rows (as random blocks of consecutive
        rows); the dev cross-entropy is checked 4 times per epoch; stop after `n_iter_no_change`
        consecutive checks that did not improve it by a relative `tol`, and keep the best weights.
        With `early_stopping=False` (or under ~20 rows) the whole epoch budget runs.
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
    n_epochs_: epochs started. loss_curve_: the dev loss at each check (`"fast"` with a dev
    split), else the mean training loss per epoch.
    """

    _task = "classification"

    def fit(self, X: Any, y: Any, *, callback: Callable[[int, int], None] | None = None) -> ElasticNetProbe:
        """Fit on activations `X (words, neurons)` and labels `y (words,)`; returns `self`.

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
        y = _check_y(y, np.asarray(X).shape[0])
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
        """Fit on activations `X (words, neurons)` and real targets `y (words,)`; returns `self`.

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
        y = _check_y(y, np.asarray(X).shape[0]).astype(np.float64)
        pred = self.predict(X).astype(np.float64)
        w = np.ones_like(y) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        mean = np.average(y, weights=w)
        ss_res = float(np.sum(w * (y - pred) ** 2))
        ss_tot = float(np.sum(w * (y - mean) ** 2))
        if ss_tot == 0.0:
            return 1.0 if ss_res == 0.0 else 0.0
        return 1.0 - ss_res / ss_tot
