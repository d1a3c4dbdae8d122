"""Unit tests for Hewitt & Liang control tasks, selectivity and the local-majority baseline."""

from __future__ import annotations

import numpy as np
import pytest

from neuronscope.analysis.control_task import (
    control_task_labels,
    fit_control_task,
    majority_baseline,
    majority_predict,
    probe_selectivity,
    selectivity,
)
from neuronscope.analysis.probe import ElasticNetProbe

WORDS = [f"w{i}" for i in range(5000)]


def skewed_labels(n: int = 10_000) -> np.ndarray:
    """Labels with frequencies 0.7 / 0.2 / 0.1."""
    return np.array(["NN"] * (7 * n // 10) + ["VB"] * (2 * n // 10) + ["JJ"] * (n // 10))


def test_each_word_type_gets_one_label_in_every_split() -> None:
    train = ["the", "cat", "sat", "the", "mat"]
    dev = ["the", "dog"]
    test = ["cat", "dog", "the"]
    ctrl_train, ctrl_dev, ctrl_test = control_task_labels(train, ["D", "N", "V", "D", "N"], dev, test, seed=1)
    assert ctrl_train[0] == ctrl_train[3] == ctrl_dev[0] == ctrl_test[2]  # every "the"
    assert ctrl_train[1] == ctrl_test[0]  # "cat"
    assert ctrl_dev[1] == ctrl_test[1]  # "dog", unseen in train
    assert set(np.concatenate([ctrl_train, ctrl_dev, ctrl_test]).tolist()) <= {"D", "N", "V"}
    assert [len(ctrl_train), len(ctrl_dev), len(ctrl_test)] == [5, 2, 3]


def test_labels_are_deterministic_per_seed_and_order_independent() -> None:
    task = fit_control_task(skewed_labels(), seed=3)
    forward = task(WORDS)
    backward = task(WORDS[::-1])[::-1]
    assert np.array_equal(forward, backward)  # a type's label does not depend on what came before
    assert np.array_equal(forward, fit_control_task(skewed_labels(), seed=3)(WORDS))
    other_seed = fit_control_task(skewed_labels(), seed=4)(WORDS)
    assert np.mean(forward != other_seed) > 0.3


def test_same_sampling_follows_the_empirical_distribution() -> None:
    labels = fit_control_task(skewed_labels(), sample_from="same", seed=0)(WORDS)
    freq = {tag: np.mean(labels == tag) for tag in ("NN", "VB", "JJ")}
    assert freq["NN"] == pytest.approx(0.7, abs=0.03)
    assert freq["VB"] == pytest.approx(0.2, abs=0.03)
    assert freq["JJ"] == pytest.approx(0.1, abs=0.03)


def test_uniform_sampling_gives_every_label_the_same_share() -> None:
    labels = fit_control_task(skewed_labels(), sample_from="uniform", seed=0)(WORDS)
    for tag in ("NN", "VB", "JJ"):
        assert np.mean(labels == tag) == pytest.approx(1 / 3, abs=0.03)


def test_case_sensitivity() -> None:
    upper = [w.upper() for w in WORDS[:300]]
    insensitive = fit_control_task(skewed_labels(), case_sensitive=False, seed=0)
    assert np.array_equal(insensitive(WORDS[:300]), insensitive(upper))
    sensitive = fit_control_task(skewed_labels(), case_sensitive=True, seed=0)
    assert not np.array_equal(sensitive(WORDS[:300]), sensitive(upper))
    assert insensitive.label_of("The") == insensitive.label_of("the")


def test_bad_arguments_are_rejected() -> None:
    with pytest.raises(ValueError, match="sample_from"):
        fit_control_task(["a"], sample_from="zipf")
    with pytest.raises(ValueError, match="entries"):
        control_task_labels(["a", "b"], ["X"])
    with pytest.raises(ValueError, match="str"):
        fit_control_task(["X"])([1, 2])


def test_selectivity_is_the_accuracy_gap() -> None:
    assert selectivity(0.972, 0.712) == pytest.approx(0.26)


def test_probe_selectivity_is_positive_when_the_task_is_linear_in_the_activations() -> None:
    # 60 word types with random 6-d embeddings; the real label is a linear function of the
    # embedding, the control label a random one per type, which 6 dimensions cannot memorise.
    rng = np.random.default_rng(0)
    types = [f"t{i}" for i in range(60)]
    emb = rng.normal(size=(60, 6))
    real_of_type = np.argmax(emb[:, :3], axis=1)

    def split(n: int) -> tuple[np.ndarray, list[str], np.ndarray]:
        ids = rng.integers(0, 60, n)
        X = (emb[ids] + 0.1 * rng.normal(size=(n, 6))).astype(np.float32)
        return X, [types[i] for i in ids], real_of_type[ids]

    X_train, words_train, y_train = split(1500)
    X_test, words_test, y_test = split(500)
    ctrl_train, ctrl_test = control_task_labels(words_train, y_train, words_test, seed=0)
    result = probe_selectivity(ElasticNetProbe(random_state=0), X_train, y_train, X_test, y_test,
                               ctrl_train, ctrl_test)
    assert result.task_accuracy > 0.9
    assert result.selectivity > 0.2
    assert result.selectivity == pytest.approx(result.task_accuracy - result.control_accuracy)


# --------------------------------------------------------------------------- majority baseline


def test_majority_baseline_uses_the_most_frequent_tag_per_type() -> None:
    train_words = ["a", "a", "a", "b", "b", "c"]
    train_tags = ["X", "X", "Y", "Y", "Y", "Z"]
    pred = majority_predict(train_words, train_tags, ["a", "b", "c", "unseen"])
    assert pred.tolist() == ["X", "Y", "Z", "Y"]  # unseen -> global majority Y (3 of 6)
    acc = majority_baseline(train_words, train_tags, ["a", "b", "unseen"], ["X", "Z", "Y"])
    assert acc == pytest.approx(2 / 3)


def test_majority_ties_go_to_the_globally_more_frequent_tag() -> None:
    train_words = ["x", "x", "y", "y", "y"]
    train_tags = ["B", "A", "B", "B", "C"]  # "x" ties A:1 / B:1; B is globally more frequent
    assert majority_predict(train_words, train_tags, ["x"]).tolist() == ["B"]


def test_majority_case_insensitive() -> None:
    pred = majority_predict(["The", "the", "the"], ["DT", "DT", "DT"], ["THE"], case_sensitive=False)
    assert pred.tolist() == ["DT"]
    pred = majority_predict(["The", "dog", "dog"], ["DT", "NN", "NN"], ["THE"], case_sensitive=True)
    assert pred.tolist() == ["NN"]  # "THE" is unseen: global majority
