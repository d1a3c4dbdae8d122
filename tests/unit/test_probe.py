"""Unit tests for the elastic-net probes: NeuroX-exact loss and training, the fast solver, sklearn conventions."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch

from neuronscope.analysis.probe import (
    ElasticNetProbe,
    ElasticNetRegressionProbe,
    NotFittedError,
    clone_probe,
    l1_penalty,
    l2_penalty,
)
from neuronscope.analysis.ranking import neuron_ordering

INFORMATIVE = (3, 11)


def planted(n: int = 1200, d: int = 20, seed: int = 0, scales: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """3 classes carried by neurons 3 and 11 only; optionally every neuron on a wildly different scale."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    X = rng.normal(size=(n, d))
    X[:, 3] += 3.0 * (y == 1) - 3.0 * (y == 2)
    X[:, 11] += 3.0 * (y == 0)
    if scales:
        X *= 10.0 ** rng.uniform(-2, 2, d)
    return X.astype(np.float32), y


@pytest.fixture(scope="module")
def data() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    X, y = planted()
    return X[:900], y[:900], X[900:], y[900:]


@pytest.fixture(scope="module")
def fitted(data) -> ElasticNetProbe:
    X_train, y_train, _, _ = data
    return ElasticNetProbe(random_state=0).fit(X_train, y_train)


# --------------------------------------------------------------------------- loss


def test_penalties_are_l1_sum_and_unsquared_frobenius_norm() -> None:
    W = torch.tensor([[3.0, -4.0], [0.0, 0.0]])
    assert l1_penalty(W).item() == pytest.approx(7.0)
    assert l2_penalty(W).item() == pytest.approx(5.0)  # sqrt(9 + 16), not 25


def neurox_reference(X: np.ndarray, y: np.ndarray, seed: int, l1: float, l2: float, epochs: int) -> np.ndarray:
    """NeuroX 1.0.9's `_train_probe` loop transcribed (LinearProbe = one nn.Linear), on CPU."""
    torch.manual_seed(seed)
    probe = torch.nn.Linear(X.shape[1], len(set(y.tolist())))
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(probe.parameters(), lr=0.001)
    X_t, y_t = torch.from_numpy(X), torch.from_numpy(y)
    for _ in range(epochs):
        for start in range(0, X_t.shape[0], 32):
            inputs, labels = X_t[start : start + 32], y_t[start : start + 32]
            optimizer.zero_grad()
            weights = probe.weight
            loss = (criterion(probe(inputs), labels) + l1 * torch.abs(weights).sum()
                    + l2 * torch.sqrt(torch.pow(weights, 2).sum()))
            loss.backward()
            optimizer.step()
    return probe.weight.detach().numpy()


def test_neurox_solver_reproduces_neurox_training_bit_for_bit() -> None:
    X, y = planted(n=300, d=12, seed=1)
    expected = neurox_reference(X, y.astype(np.int64), seed=7, l1=1e-3, l2=1e-2, epochs=2)
    probe = ElasticNetProbe(l1=1e-3, l2=1e-2, solver="neurox", epochs=2, random_state=7).fit(X, y)
    np.testing.assert_array_equal(probe.coef_, expected)
    assert probe.n_epochs_ == 2


def test_neurox_solver_leaves_global_torch_rng_untouched() -> None:
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    X, y = planted(n=64, d=12)
    ElasticNetProbe(solver="neurox", epochs=1, random_state=0).fit(X, y)
    assert torch.equal(torch.rand(3), expected)


# --------------------------------------------------------------------------- learning


def test_fast_solver_learns_planted_neurons(fitted, data) -> None:
    _, _, X_test, y_test = data
    assert fitted.score(X_test, y_test) > 0.9
    ordering, _ = neuron_ordering(fitted.coef_)
    assert set(ordering[:2].tolist()) == set(INFORMATIVE)


def test_neurox_solver_learns_planted_neurons(data) -> None:
    X_train, y_train, X_test, y_test = data
    probe = ElasticNetProbe(solver="neurox", random_state=0).fit(X_train, y_train)
    assert probe.score(X_test, y_test) > 0.85
    assert set(neuron_ordering(probe.coef_)[0][:2].tolist()) == set(INFORMATIVE)


def test_fast_solver_copes_with_neurons_on_very_different_scales() -> None:
    X, y = planted(n=1200, scales=True, seed=2)
    probe = ElasticNetProbe(random_state=0).fit(X[:900], y[:900])
    assert probe.score(X[900:], y[900:]) > 0.9


def test_fast_solver_stops_early_and_records_the_dev_curve(fitted) -> None:
    assert 1 <= fitted.n_epochs_ < 60
    assert len(fitted.loss_curve_) >= 2
    assert min(fitted.loss_curve_) < fitted.loss_curve_[0]


def test_same_seed_same_weights(data) -> None:
    X_train, y_train, _, _ = data
    a = ElasticNetProbe(random_state=3).fit(X_train, y_train).coef_
    b = ElasticNetProbe(random_state=3).fit(X_train, y_train).coef_
    np.testing.assert_array_equal(a, b)


def test_float16_activations_are_accepted(data) -> None:
    X_train, y_train, X_test, y_test = data
    probe = ElasticNetProbe(random_state=0).fit(X_train.astype(np.float16), y_train)
    assert probe.score(X_test.astype(np.float16), y_test) > 0.9


def test_regression_probe_finds_its_neurons() -> None:
    rng = np.random.default_rng(4)
    X = rng.normal(size=(800, 12)).astype(np.float32)
    y = 2.0 * X[:, 3] - 1.5 * X[:, 7] + 0.1 * rng.normal(size=800)
    probe = ElasticNetRegressionProbe(random_state=0).fit(X[:600], y[:600])
    assert probe.coef_.shape == (1, 12)
    assert probe.intercept_.shape == (1,)
    assert probe.predict(X[600:]).shape == (200,)
    assert probe.score(X[600:], y[600:]) > 0.95
    assert set(neuron_ordering(probe.coef_)[0][:2].tolist()) == {3, 7}
    slow = ElasticNetRegressionProbe(solver="neurox", epochs=3, random_state=0).fit(X[:600], y[:600])
    assert np.isfinite(slow.coef_).all() and slow.n_epochs_ == 3


# --------------------------------------------------------------------------- sklearn conventions


def test_init_only_stores_parameters() -> None:
    probe = ElasticNetProbe(l1=0.1, solver="neurox", device="cpu")
    assert probe.get_params()["l1"] == 0.1
    assert probe.get_params()["solver"] == "neurox"
    assert not [name for name in vars(probe) if name.endswith("_")]


def test_fit_returns_self_and_sets_learned_attributes(data) -> None:
    X_train, y_train, _, _ = data
    probe = ElasticNetProbe(random_state=0)
    assert probe.fit(X_train, y_train) is probe
    assert probe.coef_.shape == (3, 20)
    assert probe.intercept_.shape == (3,)
    assert probe.n_features_in_ == 20
    assert probe.classes_.tolist() == [0, 1, 2]


def test_string_labels_round_trip(data) -> None:
    X_train, y_train, X_test, y_test = data
    names = np.array(["DET", "NN", "VB"])
    probe = ElasticNetProbe(random_state=0).fit(X_train, names[y_train])
    assert probe.classes_.tolist() == ["DET", "NN", "VB"]
    assert set(probe.predict(X_test).tolist()) <= {"DET", "NN", "VB"}
    assert probe.score(X_test, names[y_test]) > 0.9


def test_predict_proba_is_a_distribution_consistent_with_predict(fitted, data) -> None:
    _, _, X_test, _ = data
    proba = fitted.predict_proba(X_test)
    assert proba.shape == (X_test.shape[0], 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
    assert np.array_equal(fitted.classes_[proba.argmax(axis=1)], fitted.predict(X_test))
    np.testing.assert_allclose(np.exp(fitted.predict_log_proba(X_test)), proba, rtol=1e-4, atol=1e-6)


def test_sklearn_clone_gives_an_unfitted_copy_with_the_same_params(fitted) -> None:
    from sklearn.base import clone

    copy = clone(fitted)
    assert copy.get_params() == fitted.get_params()
    assert not hasattr(copy, "coef_")
    assert clone_probe(fitted).get_params() == fitted.get_params()


def test_probe_works_inside_an_sklearn_pipeline(data) -> None:
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X_train, y_train, X_test, y_test = data
    pipe = make_pipeline(StandardScaler(), ElasticNetProbe(random_state=0)).fit(X_train, y_train)
    assert pipe.score(X_test, y_test) > 0.9


def test_unfitted_probe_raises_not_fitted() -> None:
    with pytest.raises(NotFittedError):
        ElasticNetProbe().predict(np.zeros((2, 3), dtype=np.float32))


@pytest.mark.parametrize(
    ("params", "match"),
    [
        ({"solver": "sgd"}, "solver"),
        ({"l1": -1.0}, "l1"),
        ({"epochs": 0}, "epochs"),
        ({"validation_fraction": 1.5}, "validation_fraction"),
        ({"device": "tpu"}, "device"),
    ],
)
def test_bad_parameters_are_rejected_at_fit(params: dict, match: str, data) -> None:
    X_train, y_train, _, _ = data
    with pytest.raises(ValueError, match=match):
        ElasticNetProbe(**params).fit(X_train[:50], y_train[:50])


def test_bad_inputs_are_rejected(fitted) -> None:
    X = np.zeros((10, 4), dtype=np.float32)
    with pytest.raises(ValueError, match="at least 2 classes"):
        ElasticNetProbe().fit(X, np.zeros(10))
    X_nan = X.copy()
    X_nan[0, 0] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        ElasticNetProbe().fit(X_nan, np.arange(10) % 2)
    with pytest.raises(ValueError, match="2-D"):
        ElasticNetProbe().fit(np.zeros(10), np.arange(10) % 2)
    with pytest.raises(ValueError, match="20"):
        fitted.predict(X)  # fitted on 20 neurons


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the error raised when CUDA is missing")
def test_cuda_request_without_cuda_is_a_clear_error(data) -> None:
    X_train, y_train, _, _ = data
    with pytest.raises(ValueError, match="CUDA is not available"):
        ElasticNetProbe(device="cuda").fit(X_train[:50], y_train[:50])


def test_analysis_package_imports_with_numpy_only() -> None:
    # Block torch and scikit-learn: the import, construction and rankings must still work.
    code = textwrap.dedent(
        """
        import sys
        for name in ("torch", "sklearn"):
            sys.modules[name] = None
        import numpy as np
        import neuronscope.analysis as a
        p = a.ElasticNetProbe(l1=0.5)
        assert p.get_params()["l1"] == 0.5
        assert a.neuron_ordering(np.eye(3))[0].tolist() == [0, 1, 2]
        try:
            p.fit(np.eye(4, dtype=np.float32), [0, 1, 0, 1])
        except ImportError as exc:
            assert "neuronscope[analysis]" in str(exc)
            print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_fast_solver_recovers_when_a_wide_correlated_input_overshoots():
    """Regression: on 2,304 correlated, imbalanced features the first step overshot and early
    stopping kept a probe worse than the majority class (71 % vs 82 %, sklearn 97 %)."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    n, d = 3000, 2304
    latent = rng.normal(size=(n, 24))
    X = (latent @ rng.normal(size=(24, d)) + 0.5 * rng.normal(size=(n, d))).astype(np.float32)
    logits = latent[:, 0] * 2.5 - 1.5
    y = np.where(rng.random(n) < 1 / (1 + np.exp(-logits)), "Plur", "Sing")
    X = (X - X.mean(0)) / X.std(0)
    tr = np.arange(n) < 2400
    ours = ElasticNetProbe(random_state=0).fit(X[tr], y[tr]).score(X[~tr], y[~tr])
    ref = LogisticRegression(max_iter=500).fit(X[tr], y[tr]).score(X[~tr], y[~tr])
    majority = max((y[~tr] == c).mean() for c in ("Plur", "Sing"))
    assert ours > majority + 0.05
    assert ours > ref - 0.04


# --------------------------------------------------------------------------- convergence and scale-free ranking


def separable(n: int = 2000, d: int = 32, n_classes: int = 4, shift: float = 6.0, seed: int = 0):
    """Nearly separable: class c shifts neuron c by `shift` noise units."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, n_classes, n)
    X = rng.normal(size=(n, d))
    X[np.arange(n), y] += shift
    return X.astype(np.float32), y


@pytest.mark.parametrize("early_stopping", [True, False])
def test_fast_solver_stops_on_convergence_well_before_the_epoch_cap_on_separable_data(early_stopping) -> None:
    """Regression: on nearly separable data the dev loss keeps creeping down as the margins grow, so
    the patience rule never fired and training ran to (nearly) the epoch cap: 65 and 59 epochs here."""
    X, y = separable()
    probe = ElasticNetProbe(random_state=0, early_stopping=early_stopping).fit(X[:1600], y[:1600])
    # 1,440 (or 1,600) training rows: batches of 45-50 -> 32 steps per epoch; cap max(20, 2000/32) = 63 epochs
    assert probe.stop_reason_ in ("dev_converged", "objective_converged")
    assert probe.n_epochs_ <= 12, probe.n_epochs_
    assert probe.n_steps_ <= 12 * 32
    assert len(probe.objective_curve_) >= 2
    assert probe.score(X[1600:], y[1600:]) > 0.99


def test_objective_tol_zero_runs_until_the_patience_rule_or_the_cap() -> None:
    X, y = separable(n=1000)
    fast = ElasticNetProbe(random_state=0).fit(X, y)
    slow = ElasticNetProbe(random_state=0, objective_tol=0.0).fit(X, y)
    assert slow.stop_reason_ in ("no_dev_improvement", "max_epochs")
    assert slow.n_steps_ > 3 * fast.n_steps_


def scaled_planted(n: int = 3000, d: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """4 classes carried by 4 planted neurons whose activations are 30x wider than the others'."""
    rng = np.random.default_rng(seed)
    planted = [5, 12, 23, 34]
    y = rng.integers(0, 4, n)
    X = rng.normal(size=(n, d))
    for c, j in enumerate(planted):
        X[:, j] += 2.0 * (y == c)
    scale = rng.uniform(0.5, 2.0, d)
    scale[planted] = 30.0
    return (X * scale + rng.normal(0, 3, d)).astype(np.float32), y, planted


@pytest.mark.parametrize("solver", ["fast", "neurox"])
def test_default_ordering_ranks_planted_neurons_first_whatever_their_scale(solver) -> None:
    X, y, planted = scaled_planted()
    probe = ElasticNetProbe(solver=solver, epochs=3 if solver == "neurox" else None, random_state=0).fit(X, y)
    ordering, _ = neuron_ordering(probe)  # the probe ranks by ranking_weights_ (standardised)
    assert set(ordering[:4].tolist()) == set(planted)
    np.testing.assert_allclose(probe.scale_, X.std(axis=0), rtol=0.05)
    np.testing.assert_allclose(probe.ranking_weights_, probe.coef_ * probe.scale_, rtol=1e-6)
    # the raw weights of a 30x wider neuron are ~30x smaller: the unstandardised ordering buries them
    raw, _ = neuron_ordering(probe.coef_)
    assert not set(raw[:4].tolist()) & set(planted)


def test_standardize_false_ranks_by_raw_weights() -> None:
    X, y, _ = scaled_planted(n=1000)
    probe = ElasticNetProbe(standardize=False, random_state=0).fit(X, y)
    np.testing.assert_array_equal(probe.ranking_weights_, probe.coef_)
    np.testing.assert_array_equal(probe.scale_, np.ones(X.shape[1], dtype=np.float32))


def test_shuffled_copy_and_per_batch_gather_train_identically(monkeypatch, data) -> None:
    """Inputs over the copy limit gather their batches from the caller's rows: same rows, same result."""
    import neuronscope.analysis.probe as probe_module

    X_train, y_train, X_test, y_test = data
    X_big = np.repeat(X_train, 3, axis=0)  # 2,700 rows: 2-row blocks, not plain row shuffling
    y_big = np.repeat(y_train, 3)
    copied = ElasticNetProbe(random_state=0).fit(X_big, y_big)
    monkeypatch.setattr(probe_module, "_SHUFFLE_COPY_BYTES", 0)
    gathered = ElasticNetProbe(random_state=0).fit(X_big, y_big)
    np.testing.assert_array_equal(copied.coef_, gathered.coef_)
    assert copied.n_steps_ == gathered.n_steps_
    assert gathered.score(X_test, y_test) > 0.9
