"""Frozen dataclasses the client returns and accepts (numpy arrays, never protobuf objects)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Site:
    name: str
    side: str  # "source" | "target"
    width: int
    module: str


@dataclass(frozen=True)
class ModelInfo:
    name: str
    kind: str
    architecture: str
    revision: str
    sites: tuple[Site, ...]
    tokenizer: str
    vocab_size: int
    max_sentence_tokens: int
    dtype: str
    device: str

    def site(self, name: str) -> Site:
        for s in self.sites:
            if s.name == name:
                return s
        raise KeyError(f"site {name!r} not found; sites: {[s.name for s in self.sites]}")


@dataclass(frozen=True)
class TenantUsage:
    """What the calling tenant stores and may store; a ``max_`` of 0 means no limit, a count of -1 unknown."""

    tenant: str
    datasets: int
    dataset_bytes: int
    max_datasets: int
    max_dataset_bytes: int
    max_bytes_per_dataset: int
    min_ttl_seconds: int
    max_ttl_seconds: int
    default_ttl_seconds: int


@dataclass(frozen=True)
class ServerInfo:
    version: str
    models: tuple[str, ...]
    default_model: str
    max_message_bytes: int
    max_batch_sentences: int
    max_sentence_tokens: int
    stream_chunk_bytes: int
    device: str
    cache: str
    auth_enabled: bool
    usage: TenantUsage | None = None


@dataclass(frozen=True)
class Condition:
    """When an override applies: the sentence has one of ``source_words`` (case-insensitive), and/or neuron
    ``neuron`` at source site ``site`` is above ``threshold`` (``below``: under it; ``standardized``:
    (value - mean) / std). Per position by default (only positions that meet it change; source-site
    overrides), or for the whole sentence with ``any_position``. Evaluated in the same forward pass."""

    source_words: Sequence[str] = ()
    site: str = ""
    neuron: int = 0
    threshold: float = 0.0
    below: bool = False
    standardized: bool = False
    mean: float = 0.0
    std: float = 1.0
    any_position: bool = False
    # decoder-site overrides: only at the steps that read one of these target words (just generated)
    after_target_words: Sequence[str] = ()


@dataclass(frozen=True)
class Steer:
    """Move neurons from ``from_label``'s class mean toward ``to_label``'s, with the statistics of
    ``dataset`` (its ``label_column``): a := a + beta (mu_to - mu_from), or with ``set``
    a := mu_to + beta (mu_to - mu_from). The server computes the means (``Client.class_statistics``)."""

    dataset: str
    label_column: str
    from_label: str
    to_label: str
    beta: float = 1.0
    set: bool = False


@dataclass(frozen=True)
class Override:
    """Change neurons at a site during the forward pass.

    ``op``: "set" | "add" | "scale" | "zero" | "mean" | "clamp" | "project". ``values``: one value or one per
    neuron. ``standardized``: values are in standard deviations (a := mean + v * std, needs
    ``means`` and ``stds``). ``words``: only these word indices (source sites) or decoder steps
    (target sites); None: every position.
    """

    site: str
    neurons: Sequence[int]
    op: str = "set"
    values: Sequence[float] = ()
    standardized: bool = False
    means: Sequence[float] = ()
    stds: Sequence[float] = ()
    low: float = 0.0
    high: float = 0.0
    words: Sequence[int] | None = None
    matrix: np.ndarray | None = None  # op "project": (k, k) for the k neurons; ``means`` is the center
    when: Condition | None = None  # apply only where this holds
    # decoder sites: only steps [step_from, step_to) (step_to 0: to the end); absolute target positions,
    # the same with or without a KV cache (step 0 reads the start token and decides the first word)
    step_from: int = 0
    step_to: int = 0
    steer: Steer | None = None  # op and values are then computed by the server
    # positions per sentence (instead of ``words``): entry i holds sentence i's word indices or decoder
    # steps; an empty entry leaves sentence i alone. One request then covers a whole test set.
    per_sentence: Sequence[Sequence[int]] | None = None


@dataclass(frozen=True)
class Profile:
    """A named, versioned override set stored on the server."""

    name: str
    version: int
    model: str
    description: str
    overrides: tuple[Override, ...]
    created_unix: float
    created_by: str
    origin: str = ""  # e.g. where an imported profile came from


@dataclass(frozen=True)
class SweepPoint:
    """One setting of a sweep (``setting`` -1: the plain translations): BLEU/chrF against the references
    (0 without), BLEU against the plain translations, how many sentences changed or degenerated."""

    setting: int
    label: str
    bleu: float
    chrf: float
    bleu_vs_plain: float
    changed: int
    degenerate: int
    translations: tuple[str, ...] = ()
    changed_flags: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Rollout:
    """A profile's rollout: the stable version, a canary version (0: none) for ``canary_percent`` of
    requests (by routing key: request id, else x-canary-key, else the sentences), earlier stable versions."""

    name: str
    stable_version: int
    canary_version: int
    canary_percent: float
    history: tuple[int, ...]
    updated_by: str
    updated_unix: float


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    unix: float
    key_id: str
    tenant: str
    action: str  # create | delete | rollout | promote | rollback
    profile: str
    version: int
    detail: str


@dataclass(frozen=True)
class ErasePoint:
    k: int
    bleu: float
    chrf: float
    perplexity: float
    erased: tuple[int, ...]
    translations: tuple[str, ...]
    select: str = "top"  # top | bottom | random
    seed: int = 0


@dataclass(frozen=True)
class OverrideEffect:
    """What one override (or profile entry) did to one sentence, counted inside the forward pass."""

    override: int  # index among the applied overrides: profile entries first, then the request's
    from_profile: bool
    site: str
    cells_changed: int  # (position, neuron) cells whose value changed, over all decoder steps and beams
    positions: tuple[int, ...]  # source pieces, or decoder steps, with a changed cell
    words: tuple[int, ...]  # source sites: the words of those pieces
    mean_abs_change: float
    max_abs_change: float
    condition_met: bool = False  # with a ``when``: whether it held for this sentence


@dataclass(frozen=True)
class Receipt:
    """``overrides``: each one's effect; ``degenerate``: repetition ≥ 0.5, or the length limit reached with
    repetition ≥ 0.2 (share of repeated token trigrams)."""

    overrides: tuple[OverrideEffect, ...]
    hit_max_tokens: bool
    repetition: float
    degenerate: bool


@dataclass(frozen=True)
class SentenceResult:
    """One sentence's output. ``activations[site]``: (words, neurons), or (pieces, neurons) with aggregation="none"."""

    translation: str
    source_words: tuple[str, ...]
    target_words: tuple[str, ...]
    source_pieces: tuple[str, ...]
    source_piece_words: np.ndarray  # (pieces,) int32, -1 for special tokens
    target_pieces: tuple[str, ...]
    target_piece_words: np.ndarray
    activations: dict[str, np.ndarray] = field(default_factory=dict)
    baseline_translation: str = ""
    receipt: Receipt | None = None  # with overrides or a profile, and for generated outputs


@dataclass(frozen=True)
class TranslateResult:
    model: str
    revision: str
    sentences: tuple[SentenceResult, ...]
    profile: str = ""
    profile_version: int = 0
    compute_seconds: float = 0.0
    cache_hits: int = 0
    cache_misses: int = 0

    @property
    def translations(self) -> list[str]:
        return [s.translation for s in self.sentences]

    def stack(self, site: str) -> np.ndarray:
        """All sentences' rows of ``site`` stacked: (total words, neurons) — a probe's X."""
        return np.concatenate([s.activations[site] for s in self.sentences], axis=0)

    def _repr_html_(self) -> str:
        from neuronscope.viz.reprs import translate_result_html  # imported here so types stays numpy-only

        return translate_result_html(self)


@dataclass(frozen=True)
class DatasetInfo:
    handle: str
    name: str
    model: str
    revision: str
    sites: tuple[Site, ...]
    label_columns: tuple[str, ...]
    sentences: int
    words: int
    chunks: int
    bytes: int
    storage_dtype: str
    aggregation: str
    created_unix: float
    ttl_seconds: int

    def _repr_html_(self) -> str:
        from neuronscope.viz.reprs import dataset_info_html

        return dataset_info_html(self)


@dataclass(frozen=True)
class DatasetChunk:
    """One stored chunk: ``activations[site]`` (words, neurons); ``labels[column]`` one value per word."""

    index: int
    activations: dict[str, np.ndarray]
    labels: dict[str, tuple[str, ...]]
    words: tuple[str, ...]
    sentence_lengths: tuple[int, ...]


@dataclass(frozen=True)
class Dataset:
    """A whole dataset in memory: ``activations[site]`` (words, neurons); ``labels[column]`` (words,)."""

    info: DatasetInfo
    activations: dict[str, np.ndarray]
    labels: dict[str, np.ndarray]
    words: np.ndarray
    sentence_lengths: np.ndarray

    def _repr_html_(self) -> str:
        from neuronscope.viz.reprs import dataset_html

        return dataset_html(self)

    def _positions(self) -> tuple[np.ndarray, np.ndarray]:
        """(sentence index, word position) of every row."""
        lengths = np.asarray(self.sentence_lengths, dtype=np.int64)
        sentence = np.repeat(np.arange(len(lengths)), lengths)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        return sentence, np.arange(len(sentence)) - starts

    def to_pandas(self, sites: Sequence[str] | None = None):
        """A pandas DataFrame, one row per word: ``sentence``, ``position``, ``word``, each label column, then
        one column per neuron named ``SITE:N`` (float32). ``pip install 'neuronscope[frames]'``;
        ``.to_parquet(path)`` writes Parquet (needs pyarrow, in the same extra)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError("to_pandas needs pandas: pip install 'neuronscope[frames]'") from exc
        sentence, position = self._positions()
        cols: dict[str, object] = {"sentence": sentence, "position": position, "word": np.asarray(self.words)}
        cols.update({name: np.asarray(values) for name, values in self.labels.items()})
        frames = [pd.DataFrame(cols)]
        for site in sites or list(self.activations):
            a = self.activations[site]
            frames.append(pd.DataFrame(a, columns=[f"{site}:{n}" for n in range(a.shape[1])]))
        return pd.concat(frames, axis=1)

    def to_xarray(self):
        """An xarray Dataset: one variable per site, dims (word, neuron_SITE), with ``word``, ``sentence``,
        ``position`` and every label column as coordinates along ``word``. ``pip install 'neuronscope[frames]'``."""
        try:
            import xarray as xr
        except ImportError as exc:
            raise ImportError("to_xarray needs xarray: pip install 'neuronscope[frames]'") from exc
        sentence, position = self._positions()
        coords: dict[str, object] = {"word": ("word", np.asarray(self.words)), "sentence": ("word", sentence),
                                     "position": ("word", position)}
        coords.update({f"label_{k}": ("word", np.asarray(v)) for k, v in self.labels.items()})
        data = {site: (("word", f"neuron_{site}"), a) for site, a in self.activations.items()}
        return xr.Dataset(data, coords=coords, attrs={"handle": self.info.handle, "model": self.info.model,
                                                       "revision": self.info.revision})


@dataclass(frozen=True)
class AblationCell:
    mode: str  # "masking" | "retrain"
    selection: str  # "all" | "top" | "bottom" | "random"
    percent: float
    neurons: int
    score: float


@dataclass(frozen=True)
class LabelNeurons:
    label: str
    neurons: tuple[int, ...]  # global neuron indices, most important first
    train_words: int
    test_words: int
    accuracy: float


@dataclass(frozen=True)
class Ranking:
    """A neuron ranking. ``ordering (neurons,)``: global neuron indices, most important first;
    ``neuron_sites`` maps a global index to (site, index within the site) via ``site_of``."""

    method: str
    dataset: str
    label_column: str
    ordering: np.ndarray
    cutoffs: tuple[int, ...]
    scores: np.ndarray | None
    classes: tuple[str, ...]
    labels: dict[str, LabelNeurons]
    accuracy: float | None  # held-out probe accuracy; None for methods that train no probe
    majority_baseline: float
    control_accuracy: float | None  # with control_task
    selectivity: float | None
    ablation: tuple[AblationCell, ...]
    train_words: int
    test_words: int
    dropped_words: int
    seconds: float
    neuron_sites: tuple[tuple[str, int, int], ...]  # (site, offset, width)
    # cross-model methods: per neuron (index order) its best partner in another model
    models: tuple[str, ...] = ()
    partner_model: np.ndarray | None = None
    partner_neuron: np.ndarray | None = None
    partner_corr: np.ndarray | None = None
    directions: np.ndarray | None = None  # svcca (neurons, k)
    canonical_correlations: np.ndarray | None = None
    center: np.ndarray | None = None
    warnings: tuple[str, ...] = ()  # e.g. masking-out cells where the top neurons do no better than random

    def site_of(self, neuron: int) -> tuple[str, int]:
        """(site name, neuron index within that site) of a global neuron index."""
        for site, offset, width in self.neuron_sites:
            if offset <= neuron < offset + width:
                return site, neuron - offset
        raise IndexError(f"neuron {neuron} out of range")

    def ablation_score(self, selection: str, percent: float, mode: str = "masking") -> float:
        for cell in self.ablation:
            if cell.mode == mode and cell.selection == selection and (selection == "all" or cell.percent == percent):
                return cell.score
        raise KeyError((mode, selection, percent))

    def _repr_html_(self) -> str:
        from neuronscope.viz.reprs import ranking_html

        return ranking_html(self)


@dataclass(frozen=True)
class Job:
    """Long work run by the server's workers (``Client.submit_rank_job``, ``submit_dataset_job``).

    ``state``: queued, running, succeeded, failed or cancelled; ``fraction`` 0-1 of the whole job;
    ``chunks_done`` of ``chunks_total`` for a dataset job (its chunks run on any worker);
    ``estimated_bytes``: peak memory of its largest task, estimated before it ran; ``attempts``: task
    deliveries (more than the tasks: work redelivered after a worker died); ``result``: a ``DatasetInfo``,
    a ``Ranking`` or a list of ``ErasePoint`` once it succeeded; ``error_code``/``error_message`` when it
    failed.
    """

    id: str
    kind: str
    state: str
    stage: str
    fraction: float
    chunks_total: int
    chunks_done: int
    created_unix: float
    updated_unix: float
    error_code: str
    error_message: str
    estimated_bytes: int
    attempts: int
    result: DatasetInfo | Ranking | list[ErasePoint] | None = None

    @property
    def done(self) -> bool:
        return self.state in ("succeeded", "failed", "cancelled")
