"""Control tasks and selectivity (Hewitt & Liang EMNLP 2019) and the local-majority baseline."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from .probe import clone_probe

__all__ = [
    "ControlTask",
    "SelectivityResult",
    "control_task_labels",
    "fit_control_task",
    "majority_baseline",
    "majority_predict",
    "probe_selectivity",
    "selectivity",
]

SampleFrom = Literal["same", "uniform"]


def _check_words(name: str, words: Sequence[str]) -> list[str]:
    out = list(words)
    for w in out:
        if not isinstance(w, str):
            # ValueError throughout this package: callers map it to INVALID_ARGUMENT.
            raise ValueError(  # noqa: TRY004
                f"{name} must be a sequence of str (one word per row), found {type(w).__name__}"
            )
    return out


def _type_uniform(seed: int, word_type: str) -> float:
    """A uniform number in [0, 1) that depends only on `(seed, word_type)`.

    A keyed hash instead of a sequential RNG makes a type's control label independent of the order
    in which words are seen and of which splits are labelled together, so train, dev and test can
    be labelled in separate calls (or on separate machines) and still agree.
    """
    digest = hashlib.blake2b(word_type.encode("utf-8"), digest_size=8, key=str(int(seed)).encode("ascii")).digest()
    return int.from_bytes(digest, "little") / 2.0**64


@dataclass(frozen=True)
class ControlTask:
    """A control task: each word type gets one label, drawn once from `probabilities` over `labels`.

    `labels (K,)` are the task's label values (sorted), `probabilities (K,)` the sampling
    distribution. Build one with `fit_control_task`; call it on words to get their control labels.
    """

    labels: np.ndarray
    probabilities: np.ndarray
    case_sensitive: bool = True
    seed: int = 0

    def label_of(self, word: str) -> Any:
        """The control label of one word (the same for every token of its type)."""
        return self(np.asarray([word]))[0]

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        """Control labels `(words,)` for a flat sequence of words."""
        words = _check_words("words", words)
        if not words:
            return self.labels[:0].copy()
        keyed = words if self.case_sensitive else [w.lower() for w in words]
        types, inverse = np.unique(np.asarray(keyed, dtype=object), return_inverse=True)
        u = np.fromiter((_type_uniform(self.seed, t) for t in types), dtype=np.float64, count=len(types))
        cdf = np.cumsum(self.probabilities)
        # side="right" maps u to the first label whose cumulative probability exceeds it; the clip
        # covers a float cdf whose last entry falls just short of 1.
        per_type = np.minimum(np.searchsorted(cdf, u, side="right"), len(self.labels) - 1)
        return self.labels[per_type[inverse.reshape(-1)]]


def fit_control_task(
    train_labels: Sequence[Any],
    *,
    sample_from: SampleFrom = "same",
    case_sensitive: bool = True,
    seed: int = 0,
) -> ControlTask:
    """A control task whose labels follow the train set's label distribution.

    `train_labels (words,)`: the real task's train labels. `sample_from="same"` samples each type's
    label from their empirical distribution (Hewitt & Liang's POS control task); `"uniform"` gives
    every label the same probability (NeuroX's other option). `case_sensitive=False` makes "The" and
    "the" one type. `seed` makes the assignment reproducible.
    """
    labels_arr = np.asarray(train_labels)
    if labels_arr.ndim != 1 or labels_arr.shape[0] == 0:
        raise ValueError(f"train_labels must be a non-empty 1-D sequence, got shape {labels_arr.shape}")
    if sample_from not in ("same", "uniform"):
        raise ValueError(f"sample_from must be 'same' or 'uniform', got {sample_from!r}")
    if not isinstance(seed, (int, np.integer)):
        raise ValueError(f"seed must be an int, got {seed!r}")  # noqa: TRY004
    values, counts = np.unique(labels_arr, return_counts=True)
    if sample_from == "same":
        probs = counts / counts.sum()
    else:
        probs = np.full(values.shape[0], 1.0 / values.shape[0])
    return ControlTask(labels=values, probabilities=probs, case_sensitive=case_sensitive, seed=int(seed))


def control_task_labels(
    train_words: Sequence[str],
    train_labels: Sequence[Any],
    *other_words: Sequence[str],
    sample_from: SampleFrom = "same",
    case_sensitive: bool = True,
    seed: int = 0,
) -> list[np.ndarray]:
    """Control labels for the train split and any other splits (NeuroX `create_sequence_labeling_dataset`).

    `train_words`, `train_labels`: `(words,)` flat token sequences of the train split;
    `other_words`: flat word sequences of dev/test splits. Returns `[train_control, *other_control]`,
    each `(words,)`; a word type has the same control label in every split.
    """
    train_words = _check_words("train_words", train_words)
    if len(train_words) != len(train_labels):
        raise ValueError(f"train_words has {len(train_words)} entries but train_labels has {len(train_labels)}")
    task = fit_control_task(train_labels, sample_from=sample_from, case_sensitive=case_sensitive, seed=seed)
    return [task(train_words), *(task(words) for words in other_words)]


def selectivity(task_accuracy: float, control_accuracy: float) -> float:
    """Hewitt & Liang's selectivity: linguistic-task accuracy minus control-task accuracy."""
    return float(task_accuracy) - float(control_accuracy)


@dataclass(frozen=True)
class SelectivityResult:
    """Accuracies of the same probe configuration on the real and the control task, and their gap."""

    task_accuracy: float
    control_accuracy: float
    selectivity: float


def probe_selectivity(
    probe: Any,
    X_train: Any,
    y_train: Any,
    X_test: Any,
    y_test: Any,
    control_train: Any,
    control_test: Any,
) -> SelectivityResult:
    """Train two clones of `probe` (real labels, control labels) and report their accuracies.

    `X_train (words, neurons)` with `y_train`/`control_train (words,)`; likewise for test. The
    control labels come from `control_task_labels` on the same words.
    """
    task_probe = clone_probe(probe).fit(X_train, y_train)
    control_probe = clone_probe(probe).fit(X_train, control_train)
    task_acc = float(task_probe.score(X_test, y_test))
    control_acc = float(control_probe.score(X_test, control_test))
    return SelectivityResult(task_acc, control_acc, selectivity(task_acc, control_acc))


def majority_predict(
    train_words: Sequence[str],
    train_labels: Sequence[Any],
    test_words: Sequence[str],
    *,
    case_sensitive: bool = True,
) -> np.ndarray:
    """Local-majority tags `(test words,)`: each word type's most frequent train tag.

    Words unseen in train get the globally most frequent tag. Ties between a type's tags go to the
    globally more frequent tag, then to the smaller tag value, so the result is deterministic.
    """
    train_words = _check_words("train_words", train_words)
    test_words = _check_words("test_words", test_words)
    labels = list(np.asarray(train_labels).tolist())
    if len(train_words) != len(labels):
        raise ValueError(f"train_words has {len(train_words)} entries but train_labels has {len(labels)}")
    if not labels:
        raise ValueError("train_labels must not be empty")
    norm = (lambda w: w) if case_sensitive else str.lower
    global_counts = Counter(labels)
    # Rank every tag once: higher global count first, then smaller value.
    tag_rank = {tag: i for i, tag in enumerate(sorted(global_counts, key=lambda t: (-global_counts[t], t)))}
    global_majority = min(global_counts, key=tag_rank.__getitem__)
    per_type: dict[str, Counter[Any]] = {}
    for word, tag in zip(train_words, labels):
        per_type.setdefault(norm(word), Counter())[tag] += 1
    best = {w: min(c, key=lambda t, c=c: (-c[t], tag_rank[t])) for w, c in per_type.items()}
    predictions = [best.get(norm(w), global_majority) for w in test_words]
    return np.asarray(predictions, dtype=np.asarray(train_labels).dtype)


def majority_baseline(
    train_words: Sequence[str],
    train_labels: Sequence[Any],
    test_words: Sequence[str],
    test_labels: Sequence[Any],
    *,
    case_sensitive: bool = True,
) -> float:
    """Accuracy of the local-majority baseline (the AAAI paper's MAJ row) on the test words."""
    test_labels_arr = np.asarray(test_labels)
    if len(test_words) != test_labels_arr.shape[0]:
        raise ValueError(f"test_words has {len(test_words)} entries but test_labels has {test_labels_arr.shape[0]}")
    if test_labels_arr.shape[0] == 0:
        raise ValueError("test_labels must not be empty")
    pred = majority_predict(train_words, train_labels, test_words, case_sensitive=case_sensitive)
    return float(np.mean(pred == test_labels_arr))
