from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Aggregation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGGREGATION_UNSPECIFIED: _ClassVar[Aggregation]
    AGGREGATION_FIRST: _ClassVar[Aggregation]
    AGGREGATION_LAST: _ClassVar[Aggregation]
    AGGREGATION_MEAN: _ClassVar[Aggregation]
    AGGREGATION_NONE: _ClassVar[Aggregation]

class OverrideOp(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OVERRIDE_OP_UNSPECIFIED: _ClassVar[OverrideOp]
    OVERRIDE_SET: _ClassVar[OverrideOp]
    OVERRIDE_ADD: _ClassVar[OverrideOp]
    OVERRIDE_SCALE: _ClassVar[OverrideOp]
    OVERRIDE_ZERO: _ClassVar[OverrideOp]
    OVERRIDE_MEAN: _ClassVar[OverrideOp]
    OVERRIDE_CLAMP: _ClassVar[OverrideOp]
    OVERRIDE_PROJECT: _ClassVar[OverrideOp]

class Positions(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POSITIONS_UNSPECIFIED: _ClassVar[Positions]
    POSITIONS_ALL: _ClassVar[Positions]
    POSITIONS_WORDS: _ClassVar[Positions]
AGGREGATION_UNSPECIFIED: Aggregation
AGGREGATION_FIRST: Aggregation
AGGREGATION_LAST: Aggregation
AGGREGATION_MEAN: Aggregation
AGGREGATION_NONE: Aggregation
OVERRIDE_OP_UNSPECIFIED: OverrideOp
OVERRIDE_SET: OverrideOp
OVERRIDE_ADD: OverrideOp
OVERRIDE_SCALE: OverrideOp
OVERRIDE_ZERO: OverrideOp
OVERRIDE_MEAN: OverrideOp
OVERRIDE_CLAMP: OverrideOp
OVERRIDE_PROJECT: OverrideOp
POSITIONS_UNSPECIFIED: Positions
POSITIONS_ALL: Positions
POSITIONS_WORDS: Positions

class Tensor(_message.Message):
    __slots__ = ("dtype", "shape", "data")
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    dtype: str
    shape: _containers.RepeatedScalarFieldContainer[int]
    data: bytes
    def __init__(self, dtype: _Optional[str] = ..., shape: _Optional[_Iterable[int]] = ..., data: _Optional[bytes] = ...) -> None: ...

class ServerInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ServerInfoResponse(_message.Message):
    __slots__ = ("version", "models", "default_model", "max_message_bytes", "max_batch_sentences", "max_sentence_tokens", "stream_chunk_bytes", "device", "cache", "auth_enabled", "usage")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_MODEL_FIELD_NUMBER: _ClassVar[int]
    MAX_MESSAGE_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_BATCH_SENTENCES_FIELD_NUMBER: _ClassVar[int]
    MAX_SENTENCE_TOKENS_FIELD_NUMBER: _ClassVar[int]
    STREAM_CHUNK_BYTES_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    CACHE_FIELD_NUMBER: _ClassVar[int]
    AUTH_ENABLED_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    version: str
    models: _containers.RepeatedScalarFieldContainer[str]
    default_model: str
    max_message_bytes: int
    max_batch_sentences: int
    max_sentence_tokens: int
    stream_chunk_bytes: int
    device: str
    cache: str
    auth_enabled: bool
    usage: TenantUsage
    def __init__(self, version: _Optional[str] = ..., models: _Optional[_Iterable[str]] = ..., default_model: _Optional[str] = ..., max_message_bytes: _Optional[int] = ..., max_batch_sentences: _Optional[int] = ..., max_sentence_tokens: _Optional[int] = ..., stream_chunk_bytes: _Optional[int] = ..., device: _Optional[str] = ..., cache: _Optional[str] = ..., auth_enabled: _Optional[bool] = ..., usage: _Optional[_Union[TenantUsage, _Mapping]] = ...) -> None: ...

class TenantUsage(_message.Message):
    __slots__ = ("tenant", "datasets", "dataset_bytes", "max_datasets", "max_dataset_bytes", "max_bytes_per_dataset", "min_ttl_seconds", "max_ttl_seconds", "default_ttl_seconds")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    DATASET_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_DATASETS_FIELD_NUMBER: _ClassVar[int]
    MAX_DATASET_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_PER_DATASET_FIELD_NUMBER: _ClassVar[int]
    MIN_TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    MAX_TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    datasets: int
    dataset_bytes: int
    max_datasets: int
    max_dataset_bytes: int
    max_bytes_per_dataset: int
    min_ttl_seconds: int
    max_ttl_seconds: int
    default_ttl_seconds: int
    def __init__(self, tenant: _Optional[str] = ..., datasets: _Optional[int] = ..., dataset_bytes: _Optional[int] = ..., max_datasets: _Optional[int] = ..., max_dataset_bytes: _Optional[int] = ..., max_bytes_per_dataset: _Optional[int] = ..., min_ttl_seconds: _Optional[int] = ..., max_ttl_seconds: _Optional[int] = ..., default_ttl_seconds: _Optional[int] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[ModelSummary]
    def __init__(self, models: _Optional[_Iterable[_Union[ModelSummary, _Mapping]]] = ...) -> None: ...

class ModelSummary(_message.Message):
    __slots__ = ("name", "kind", "architecture", "revision")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: str
    architecture: str
    revision: str
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[str] = ..., architecture: _Optional[str] = ..., revision: _Optional[str] = ...) -> None: ...

class ModelInfoRequest(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: str
    def __init__(self, model: _Optional[str] = ...) -> None: ...

class Site(_message.Message):
    __slots__ = ("name", "side", "width", "module")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    name: str
    side: str
    width: int
    module: str
    def __init__(self, name: _Optional[str] = ..., side: _Optional[str] = ..., width: _Optional[int] = ..., module: _Optional[str] = ...) -> None: ...

class ModelInfoResponse(_message.Message):
    __slots__ = ("name", "kind", "architecture", "revision", "sites", "tokenizer", "vocab_size", "max_sentence_tokens", "dtype", "device", "default_profile")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ARCHITECTURE_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    TOKENIZER_FIELD_NUMBER: _ClassVar[int]
    VOCAB_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_SENTENCE_TOKENS_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PROFILE_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: str
    architecture: str
    revision: str
    sites: _containers.RepeatedCompositeFieldContainer[Site]
    tokenizer: str
    vocab_size: int
    max_sentence_tokens: int
    dtype: str
    device: str
    default_profile: str
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[str] = ..., architecture: _Optional[str] = ..., revision: _Optional[str] = ..., sites: _Optional[_Iterable[_Union[Site, _Mapping]]] = ..., tokenizer: _Optional[str] = ..., vocab_size: _Optional[int] = ..., max_sentence_tokens: _Optional[int] = ..., dtype: _Optional[str] = ..., device: _Optional[str] = ..., default_profile: _Optional[str] = ...) -> None: ...

class Capture(_message.Message):
    __slots__ = ("sites", "aggregation", "dtype")
    SITES_FIELD_NUMBER: _ClassVar[int]
    AGGREGATION_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    sites: _containers.RepeatedScalarFieldContainer[str]
    aggregation: Aggregation
    dtype: str
    def __init__(self, sites: _Optional[_Iterable[str]] = ..., aggregation: _Optional[_Union[Aggregation, str]] = ..., dtype: _Optional[str] = ...) -> None: ...

class SourceSentence(_message.Message):
    __slots__ = ("text", "words", "space_after", "reference")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    SPACE_AFTER_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    text: str
    words: _containers.RepeatedScalarFieldContainer[str]
    space_after: _containers.RepeatedScalarFieldContainer[bool]
    reference: str
    def __init__(self, text: _Optional[str] = ..., words: _Optional[_Iterable[str]] = ..., space_after: _Optional[_Iterable[bool]] = ..., reference: _Optional[str] = ...) -> None: ...

class Override(_message.Message):
    __slots__ = ("site", "neurons", "op", "values", "standardized", "means", "stds", "low", "high", "positions", "words", "matrix", "when", "step_from", "step_to", "steer", "per_sentence")
    SITE_FIELD_NUMBER: _ClassVar[int]
    NEURONS_FIELD_NUMBER: _ClassVar[int]
    OP_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    STANDARDIZED_FIELD_NUMBER: _ClassVar[int]
    MEANS_FIELD_NUMBER: _ClassVar[int]
    STDS_FIELD_NUMBER: _ClassVar[int]
    LOW_FIELD_NUMBER: _ClassVar[int]
    HIGH_FIELD_NUMBER: _ClassVar[int]
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    MATRIX_FIELD_NUMBER: _ClassVar[int]
    WHEN_FIELD_NUMBER: _ClassVar[int]
    STEP_FROM_FIELD_NUMBER: _ClassVar[int]
    STEP_TO_FIELD_NUMBER: _ClassVar[int]
    STEER_FIELD_NUMBER: _ClassVar[int]
    PER_SENTENCE_FIELD_NUMBER: _ClassVar[int]
    site: str
    neurons: _containers.RepeatedScalarFieldContainer[int]
    op: OverrideOp
    values: _containers.RepeatedScalarFieldContainer[float]
    standardized: bool
    means: _containers.RepeatedScalarFieldContainer[float]
    stds: _containers.RepeatedScalarFieldContainer[float]
    low: float
    high: float
    positions: Positions
    words: _containers.RepeatedScalarFieldContainer[int]
    matrix: Tensor
    when: Condition
    step_from: int
    step_to: int
    steer: Steer
    per_sentence: _containers.RepeatedCompositeFieldContainer[IndexList]
    def __init__(self, site: _Optional[str] = ..., neurons: _Optional[_Iterable[int]] = ..., op: _Optional[_Union[OverrideOp, str]] = ..., values: _Optional[_Iterable[float]] = ..., standardized: _Optional[bool] = ..., means: _Optional[_Iterable[float]] = ..., stds: _Optional[_Iterable[float]] = ..., low: _Optional[float] = ..., high: _Optional[float] = ..., positions: _Optional[_Union[Positions, str]] = ..., words: _Optional[_Iterable[int]] = ..., matrix: _Optional[_Union[Tensor, _Mapping]] = ..., when: _Optional[_Union[Condition, _Mapping]] = ..., step_from: _Optional[int] = ..., step_to: _Optional[int] = ..., steer: _Optional[_Union[Steer, _Mapping]] = ..., per_sentence: _Optional[_Iterable[_Union[IndexList, _Mapping]]] = ...) -> None: ...

class IndexList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class Steer(_message.Message):
    __slots__ = ("dataset", "label_column", "from_label", "to_label", "beta", "set")
    DATASET_FIELD_NUMBER: _ClassVar[int]
    LABEL_COLUMN_FIELD_NUMBER: _ClassVar[int]
    FROM_LABEL_FIELD_NUMBER: _ClassVar[int]
    TO_LABEL_FIELD_NUMBER: _ClassVar[int]
    BETA_FIELD_NUMBER: _ClassVar[int]
    SET_FIELD_NUMBER: _ClassVar[int]
    dataset: str
    label_column: str
    from_label: str
    to_label: str
    beta: float
    set: bool
    def __init__(self, dataset: _Optional[str] = ..., label_column: _Optional[str] = ..., from_label: _Optional[str] = ..., to_label: _Optional[str] = ..., beta: _Optional[float] = ..., set: _Optional[bool] = ...) -> None: ...

class Condition(_message.Message):
    __slots__ = ("source_words", "site", "neuron", "threshold", "below", "standardized", "mean", "std", "any_position", "after_target_words")
    SOURCE_WORDS_FIELD_NUMBER: _ClassVar[int]
    SITE_FIELD_NUMBER: _ClassVar[int]
    NEURON_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    BELOW_FIELD_NUMBER: _ClassVar[int]
    STANDARDIZED_FIELD_NUMBER: _ClassVar[int]
    MEAN_FIELD_NUMBER: _ClassVar[int]
    STD_FIELD_NUMBER: _ClassVar[int]
    ANY_POSITION_FIELD_NUMBER: _ClassVar[int]
    AFTER_TARGET_WORDS_FIELD_NUMBER: _ClassVar[int]
    source_words: _containers.RepeatedScalarFieldContainer[str]
    site: str
    neuron: int
    threshold: float
    below: bool
    standardized: bool
    mean: float
    std: float
    any_position: bool
    after_target_words: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, source_words: _Optional[_Iterable[str]] = ..., site: _Optional[str] = ..., neuron: _Optional[int] = ..., threshold: _Optional[float] = ..., below: _Optional[bool] = ..., standardized: _Optional[bool] = ..., mean: _Optional[float] = ..., std: _Optional[float] = ..., any_position: _Optional[bool] = ..., after_target_words: _Optional[_Iterable[str]] = ...) -> None: ...

class Decoding(_message.Message):
    __slots__ = ("num_beams", "max_new_tokens", "min_new_tokens")
    NUM_BEAMS_FIELD_NUMBER: _ClassVar[int]
    MAX_NEW_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MIN_NEW_TOKENS_FIELD_NUMBER: _ClassVar[int]
    num_beams: int
    max_new_tokens: int
    min_new_tokens: int
    def __init__(self, num_beams: _Optional[int] = ..., max_new_tokens: _Optional[int] = ..., min_new_tokens: _Optional[int] = ...) -> None: ...

class TranslateRequest(_message.Message):
    __slots__ = ("model", "sentences", "decoding", "capture", "overrides", "return_baseline", "profile", "skip_generation", "request_id", "no_default_profile", "require_effect")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    DECODING_FIELD_NUMBER: _ClassVar[int]
    CAPTURE_FIELD_NUMBER: _ClassVar[int]
    OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    RETURN_BASELINE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    SKIP_GENERATION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NO_DEFAULT_PROFILE_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_EFFECT_FIELD_NUMBER: _ClassVar[int]
    model: str
    sentences: _containers.RepeatedCompositeFieldContainer[SourceSentence]
    decoding: Decoding
    capture: Capture
    overrides: _containers.RepeatedCompositeFieldContainer[Override]
    return_baseline: bool
    profile: str
    skip_generation: bool
    request_id: str
    no_default_profile: bool
    require_effect: bool
    def __init__(self, model: _Optional[str] = ..., sentences: _Optional[_Iterable[_Union[SourceSentence, _Mapping]]] = ..., decoding: _Optional[_Union[Decoding, _Mapping]] = ..., capture: _Optional[_Union[Capture, _Mapping]] = ..., overrides: _Optional[_Iterable[_Union[Override, _Mapping]]] = ..., return_baseline: _Optional[bool] = ..., profile: _Optional[str] = ..., skip_generation: _Optional[bool] = ..., request_id: _Optional[str] = ..., no_default_profile: _Optional[bool] = ..., require_effect: _Optional[bool] = ...) -> None: ...

class SiteActivations(_message.Message):
    __slots__ = ("site", "side", "values")
    SITE_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    site: str
    side: str
    values: Tensor
    def __init__(self, site: _Optional[str] = ..., side: _Optional[str] = ..., values: _Optional[_Union[Tensor, _Mapping]] = ...) -> None: ...

class SentenceResult(_message.Message):
    __slots__ = ("index", "translation", "source_words", "target_words", "source_pieces", "source_piece_words", "target_pieces", "target_piece_words", "activations", "baseline_translation", "cache_hit", "receipt")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    TRANSLATION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_WORDS_FIELD_NUMBER: _ClassVar[int]
    TARGET_WORDS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PIECES_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PIECE_WORDS_FIELD_NUMBER: _ClassVar[int]
    TARGET_PIECES_FIELD_NUMBER: _ClassVar[int]
    TARGET_PIECE_WORDS_FIELD_NUMBER: _ClassVar[int]
    ACTIVATIONS_FIELD_NUMBER: _ClassVar[int]
    BASELINE_TRANSLATION_FIELD_NUMBER: _ClassVar[int]
    CACHE_HIT_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_FIELD_NUMBER: _ClassVar[int]
    index: int
    translation: str
    source_words: _containers.RepeatedScalarFieldContainer[str]
    target_words: _containers.RepeatedScalarFieldContainer[str]
    source_pieces: _containers.RepeatedScalarFieldContainer[str]
    source_piece_words: _containers.RepeatedScalarFieldContainer[int]
    target_pieces: _containers.RepeatedScalarFieldContainer[str]
    target_piece_words: _containers.RepeatedScalarFieldContainer[int]
    activations: _containers.RepeatedCompositeFieldContainer[SiteActivations]
    baseline_translation: str
    cache_hit: bool
    receipt: Receipt
    def __init__(self, index: _Optional[int] = ..., translation: _Optional[str] = ..., source_words: _Optional[_Iterable[str]] = ..., target_words: _Optional[_Iterable[str]] = ..., source_pieces: _Optional[_Iterable[str]] = ..., source_piece_words: _Optional[_Iterable[int]] = ..., target_pieces: _Optional[_Iterable[str]] = ..., target_piece_words: _Optional[_Iterable[int]] = ..., activations: _Optional[_Iterable[_Union[SiteActivations, _Mapping]]] = ..., baseline_translation: _Optional[str] = ..., cache_hit: _Optional[bool] = ..., receipt: _Optional[_Union[Receipt, _Mapping]] = ...) -> None: ...

class OverrideEffect(_message.Message):
    __slots__ = ("override", "from_profile", "site", "cells_changed", "positions", "words", "mean_abs_change", "max_abs_change", "condition_met")
    OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    FROM_PROFILE_FIELD_NUMBER: _ClassVar[int]
    SITE_FIELD_NUMBER: _ClassVar[int]
    CELLS_CHANGED_FIELD_NUMBER: _ClassVar[int]
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    MEAN_ABS_CHANGE_FIELD_NUMBER: _ClassVar[int]
    MAX_ABS_CHANGE_FIELD_NUMBER: _ClassVar[int]
    CONDITION_MET_FIELD_NUMBER: _ClassVar[int]
    override: int
    from_profile: bool
    site: str
    cells_changed: int
    positions: _containers.RepeatedScalarFieldContainer[int]
    words: _containers.RepeatedScalarFieldContainer[int]
    mean_abs_change: float
    max_abs_change: float
    condition_met: bool
    def __init__(self, override: _Optional[int] = ..., from_profile: _Optional[bool] = ..., site: _Optional[str] = ..., cells_changed: _Optional[int] = ..., positions: _Optional[_Iterable[int]] = ..., words: _Optional[_Iterable[int]] = ..., mean_abs_change: _Optional[float] = ..., max_abs_change: _Optional[float] = ..., condition_met: _Optional[bool] = ...) -> None: ...

class Receipt(_message.Message):
    __slots__ = ("overrides", "hit_max_tokens", "repetition", "degenerate")
    OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    HIT_MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REPETITION_FIELD_NUMBER: _ClassVar[int]
    DEGENERATE_FIELD_NUMBER: _ClassVar[int]
    overrides: _containers.RepeatedCompositeFieldContainer[OverrideEffect]
    hit_max_tokens: bool
    repetition: float
    degenerate: bool
    def __init__(self, overrides: _Optional[_Iterable[_Union[OverrideEffect, _Mapping]]] = ..., hit_max_tokens: _Optional[bool] = ..., repetition: _Optional[float] = ..., degenerate: _Optional[bool] = ...) -> None: ...

class TranslateResponse(_message.Message):
    __slots__ = ("model", "revision", "results", "profile", "profile_version", "compute_seconds", "request_id", "cache_hits", "cache_misses")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_VERSION_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CACHE_HITS_FIELD_NUMBER: _ClassVar[int]
    CACHE_MISSES_FIELD_NUMBER: _ClassVar[int]
    model: str
    revision: str
    results: _containers.RepeatedCompositeFieldContainer[SentenceResult]
    profile: str
    profile_version: int
    compute_seconds: float
    request_id: str
    cache_hits: int
    cache_misses: int
    def __init__(self, model: _Optional[str] = ..., revision: _Optional[str] = ..., results: _Optional[_Iterable[_Union[SentenceResult, _Mapping]]] = ..., profile: _Optional[str] = ..., profile_version: _Optional[int] = ..., compute_seconds: _Optional[float] = ..., request_id: _Optional[str] = ..., cache_hits: _Optional[int] = ..., cache_misses: _Optional[int] = ...) -> None: ...

class LabelColumn(_message.Message):
    __slots__ = ("name", "values")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    name: str
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, name: _Optional[str] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class LabeledSentence(_message.Message):
    __slots__ = ("words", "space_after", "labels", "target_words", "target_space_after")
    WORDS_FIELD_NUMBER: _ClassVar[int]
    SPACE_AFTER_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    TARGET_WORDS_FIELD_NUMBER: _ClassVar[int]
    TARGET_SPACE_AFTER_FIELD_NUMBER: _ClassVar[int]
    words: _containers.RepeatedScalarFieldContainer[str]
    space_after: _containers.RepeatedScalarFieldContainer[bool]
    labels: _containers.RepeatedCompositeFieldContainer[LabelColumn]
    target_words: _containers.RepeatedScalarFieldContainer[str]
    target_space_after: _containers.RepeatedScalarFieldContainer[bool]
    def __init__(self, words: _Optional[_Iterable[str]] = ..., space_after: _Optional[_Iterable[bool]] = ..., labels: _Optional[_Iterable[_Union[LabelColumn, _Mapping]]] = ..., target_words: _Optional[_Iterable[str]] = ..., target_space_after: _Optional[_Iterable[bool]] = ...) -> None: ...

class CreateDatasetRequest(_message.Message):
    __slots__ = ("model", "sites", "aggregation", "sentences", "name", "ttl_seconds", "storage_dtype")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    AGGREGATION_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_DTYPE_FIELD_NUMBER: _ClassVar[int]
    model: str
    sites: _containers.RepeatedScalarFieldContainer[str]
    aggregation: Aggregation
    sentences: _containers.RepeatedCompositeFieldContainer[LabeledSentence]
    name: str
    ttl_seconds: int
    storage_dtype: str
    def __init__(self, model: _Optional[str] = ..., sites: _Optional[_Iterable[str]] = ..., aggregation: _Optional[_Union[Aggregation, str]] = ..., sentences: _Optional[_Iterable[_Union[LabeledSentence, _Mapping]]] = ..., name: _Optional[str] = ..., ttl_seconds: _Optional[int] = ..., storage_dtype: _Optional[str] = ...) -> None: ...

class DatasetInfo(_message.Message):
    __slots__ = ("handle", "name", "model", "revision", "sites", "label_columns", "sentences", "words", "chunks", "bytes", "storage_dtype", "created_unix", "ttl_seconds", "aggregation")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    LABEL_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    STORAGE_DTYPE_FIELD_NUMBER: _ClassVar[int]
    CREATED_UNIX_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    AGGREGATION_FIELD_NUMBER: _ClassVar[int]
    handle: str
    name: str
    model: str
    revision: str
    sites: _containers.RepeatedCompositeFieldContainer[Site]
    label_columns: _containers.RepeatedScalarFieldContainer[str]
    sentences: int
    words: int
    chunks: int
    bytes: int
    storage_dtype: str
    created_unix: float
    ttl_seconds: int
    aggregation: str
    def __init__(self, handle: _Optional[str] = ..., name: _Optional[str] = ..., model: _Optional[str] = ..., revision: _Optional[str] = ..., sites: _Optional[_Iterable[_Union[Site, _Mapping]]] = ..., label_columns: _Optional[_Iterable[str]] = ..., sentences: _Optional[int] = ..., words: _Optional[int] = ..., chunks: _Optional[int] = ..., bytes: _Optional[int] = ..., storage_dtype: _Optional[str] = ..., created_unix: _Optional[float] = ..., ttl_seconds: _Optional[int] = ..., aggregation: _Optional[str] = ...) -> None: ...

class CreateDatasetEvent(_message.Message):
    __slots__ = ("progress", "result")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    progress: RankProgress
    result: CreateDatasetResponse
    def __init__(self, progress: _Optional[_Union[RankProgress, _Mapping]] = ..., result: _Optional[_Union[CreateDatasetResponse, _Mapping]] = ...) -> None: ...

class CreateDatasetResponse(_message.Message):
    __slots__ = ("dataset", "cache_hits", "compute_seconds")
    DATASET_FIELD_NUMBER: _ClassVar[int]
    CACHE_HITS_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    dataset: DatasetInfo
    cache_hits: int
    compute_seconds: float
    def __init__(self, dataset: _Optional[_Union[DatasetInfo, _Mapping]] = ..., cache_hits: _Optional[int] = ..., compute_seconds: _Optional[float] = ...) -> None: ...

class ListDatasetsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListDatasetsResponse(_message.Message):
    __slots__ = ("datasets", "usage")
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    datasets: _containers.RepeatedCompositeFieldContainer[DatasetInfo]
    usage: TenantUsage
    def __init__(self, datasets: _Optional[_Iterable[_Union[DatasetInfo, _Mapping]]] = ..., usage: _Optional[_Union[TenantUsage, _Mapping]] = ...) -> None: ...

class DescribeDatasetRequest(_message.Message):
    __slots__ = ("handle",)
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    def __init__(self, handle: _Optional[str] = ...) -> None: ...

class DescribeDatasetResponse(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: DatasetInfo
    def __init__(self, dataset: _Optional[_Union[DatasetInfo, _Mapping]] = ...) -> None: ...

class DeleteDatasetRequest(_message.Message):
    __slots__ = ("handle",)
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    def __init__(self, handle: _Optional[str] = ...) -> None: ...

class DeleteDatasetResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: bool
    def __init__(self, deleted: _Optional[bool] = ...) -> None: ...

class ReadDatasetRequest(_message.Message):
    __slots__ = ("handle", "sites", "dtype")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    handle: str
    sites: _containers.RepeatedScalarFieldContainer[str]
    dtype: str
    def __init__(self, handle: _Optional[str] = ..., sites: _Optional[_Iterable[str]] = ..., dtype: _Optional[str] = ...) -> None: ...

class DatasetChunk(_message.Message):
    __slots__ = ("index", "activations", "labels", "words", "sentence_lengths")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    ACTIVATIONS_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    SENTENCE_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    index: int
    activations: _containers.RepeatedCompositeFieldContainer[SiteActivations]
    labels: _containers.RepeatedCompositeFieldContainer[LabelColumn]
    words: _containers.RepeatedScalarFieldContainer[str]
    sentence_lengths: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, index: _Optional[int] = ..., activations: _Optional[_Iterable[_Union[SiteActivations, _Mapping]]] = ..., labels: _Optional[_Iterable[_Union[LabelColumn, _Mapping]]] = ..., words: _Optional[_Iterable[str]] = ..., sentence_lengths: _Optional[_Iterable[int]] = ...) -> None: ...

class ImportDatasetRequest(_message.Message):
    __slots__ = ("header", "chunk")
    HEADER_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    header: ImportHeader
    chunk: DatasetChunk
    def __init__(self, header: _Optional[_Union[ImportHeader, _Mapping]] = ..., chunk: _Optional[_Union[DatasetChunk, _Mapping]] = ...) -> None: ...

class ImportHeader(_message.Message):
    __slots__ = ("name", "source", "sites", "label_columns", "words", "storage_dtype", "ttl_seconds")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    LABEL_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_DTYPE_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    name: str
    source: str
    sites: _containers.RepeatedCompositeFieldContainer[Site]
    label_columns: _containers.RepeatedScalarFieldContainer[str]
    words: int
    storage_dtype: str
    ttl_seconds: int
    def __init__(self, name: _Optional[str] = ..., source: _Optional[str] = ..., sites: _Optional[_Iterable[_Union[Site, _Mapping]]] = ..., label_columns: _Optional[_Iterable[str]] = ..., words: _Optional[int] = ..., storage_dtype: _Optional[str] = ..., ttl_seconds: _Optional[int] = ...) -> None: ...

class SweepSetting(_message.Message):
    __slots__ = ("label", "overrides")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    label: str
    overrides: _containers.RepeatedCompositeFieldContainer[Override]
    def __init__(self, label: _Optional[str] = ..., overrides: _Optional[_Iterable[_Union[Override, _Mapping]]] = ...) -> None: ...

class SweepRequest(_message.Message):
    __slots__ = ("model", "sentences", "references", "settings", "decoding", "return_translations")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    DECODING_FIELD_NUMBER: _ClassVar[int]
    RETURN_TRANSLATIONS_FIELD_NUMBER: _ClassVar[int]
    model: str
    sentences: _containers.RepeatedScalarFieldContainer[str]
    references: _containers.RepeatedScalarFieldContainer[str]
    settings: _containers.RepeatedCompositeFieldContainer[SweepSetting]
    decoding: Decoding
    return_translations: bool
    def __init__(self, model: _Optional[str] = ..., sentences: _Optional[_Iterable[str]] = ..., references: _Optional[_Iterable[str]] = ..., settings: _Optional[_Iterable[_Union[SweepSetting, _Mapping]]] = ..., decoding: _Optional[_Union[Decoding, _Mapping]] = ..., return_translations: _Optional[bool] = ...) -> None: ...

class SweepPoint(_message.Message):
    __slots__ = ("setting", "label", "bleu", "chrf", "bleu_vs_plain", "changed", "degenerate", "translations", "changed_flags")
    SETTING_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    BLEU_FIELD_NUMBER: _ClassVar[int]
    CHRF_FIELD_NUMBER: _ClassVar[int]
    BLEU_VS_PLAIN_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    DEGENERATE_FIELD_NUMBER: _ClassVar[int]
    TRANSLATIONS_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FLAGS_FIELD_NUMBER: _ClassVar[int]
    setting: int
    label: str
    bleu: float
    chrf: float
    bleu_vs_plain: float
    changed: int
    degenerate: int
    translations: _containers.RepeatedScalarFieldContainer[str]
    changed_flags: _containers.RepeatedScalarFieldContainer[bool]
    def __init__(self, setting: _Optional[int] = ..., label: _Optional[str] = ..., bleu: _Optional[float] = ..., chrf: _Optional[float] = ..., bleu_vs_plain: _Optional[float] = ..., changed: _Optional[int] = ..., degenerate: _Optional[int] = ..., translations: _Optional[_Iterable[str]] = ..., changed_flags: _Optional[_Iterable[bool]] = ...) -> None: ...

class SweepEvent(_message.Message):
    __slots__ = ("progress", "plain", "point")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    PLAIN_FIELD_NUMBER: _ClassVar[int]
    POINT_FIELD_NUMBER: _ClassVar[int]
    progress: RankProgress
    plain: SweepPoint
    point: SweepPoint
    def __init__(self, progress: _Optional[_Union[RankProgress, _Mapping]] = ..., plain: _Optional[_Union[SweepPoint, _Mapping]] = ..., point: _Optional[_Union[SweepPoint, _Mapping]] = ...) -> None: ...

class ClassStatisticsRequest(_message.Message):
    __slots__ = ("dataset", "label_column", "sites")
    DATASET_FIELD_NUMBER: _ClassVar[int]
    LABEL_COLUMN_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    dataset: str
    label_column: str
    sites: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, dataset: _Optional[str] = ..., label_column: _Optional[str] = ..., sites: _Optional[_Iterable[str]] = ...) -> None: ...

class ClassStats(_message.Message):
    __slots__ = ("site", "label", "count", "mean", "std")
    SITE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    MEAN_FIELD_NUMBER: _ClassVar[int]
    STD_FIELD_NUMBER: _ClassVar[int]
    site: str
    label: str
    count: int
    mean: Tensor
    std: Tensor
    def __init__(self, site: _Optional[str] = ..., label: _Optional[str] = ..., count: _Optional[int] = ..., mean: _Optional[_Union[Tensor, _Mapping]] = ..., std: _Optional[_Union[Tensor, _Mapping]] = ...) -> None: ...

class ClassStatisticsResponse(_message.Message):
    __slots__ = ("stats",)
    STATS_FIELD_NUMBER: _ClassVar[int]
    stats: _containers.RepeatedCompositeFieldContainer[ClassStats]
    def __init__(self, stats: _Optional[_Iterable[_Union[ClassStats, _Mapping]]] = ...) -> None: ...

class RankNeuronsRequest(_message.Message):
    __slots__ = ("dataset", "sites", "label_column", "method", "ignore_labels", "l1", "l2", "solver", "epochs", "search_stride", "mass", "ablation_percents", "retrain_ablation", "control_task", "test_fraction", "seed", "min_label_count", "other_datasets", "linreg_aggregation", "variance", "raw_activations")
    DATASET_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    LABEL_COLUMN_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    IGNORE_LABELS_FIELD_NUMBER: _ClassVar[int]
    L1_FIELD_NUMBER: _ClassVar[int]
    L2_FIELD_NUMBER: _ClassVar[int]
    SOLVER_FIELD_NUMBER: _ClassVar[int]
    EPOCHS_FIELD_NUMBER: _ClassVar[int]
    SEARCH_STRIDE_FIELD_NUMBER: _ClassVar[int]
    MASS_FIELD_NUMBER: _ClassVar[int]
    ABLATION_PERCENTS_FIELD_NUMBER: _ClassVar[int]
    RETRAIN_ABLATION_FIELD_NUMBER: _ClassVar[int]
    CONTROL_TASK_FIELD_NUMBER: _ClassVar[int]
    TEST_FRACTION_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    MIN_LABEL_COUNT_FIELD_NUMBER: _ClassVar[int]
    OTHER_DATASETS_FIELD_NUMBER: _ClassVar[int]
    LINREG_AGGREGATION_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_FIELD_NUMBER: _ClassVar[int]
    RAW_ACTIVATIONS_FIELD_NUMBER: _ClassVar[int]
    dataset: str
    sites: _containers.RepeatedScalarFieldContainer[str]
    label_column: str
    method: str
    ignore_labels: _containers.RepeatedScalarFieldContainer[str]
    l1: float
    l2: float
    solver: str
    epochs: int
    search_stride: int
    mass: float
    ablation_percents: _containers.RepeatedScalarFieldContainer[float]
    retrain_ablation: bool
    control_task: bool
    test_fraction: float
    seed: int
    min_label_count: int
    other_datasets: _containers.RepeatedScalarFieldContainer[str]
    linreg_aggregation: str
    variance: float
    raw_activations: bool
    def __init__(self, dataset: _Optional[str] = ..., sites: _Optional[_Iterable[str]] = ..., label_column: _Optional[str] = ..., method: _Optional[str] = ..., ignore_labels: _Optional[_Iterable[str]] = ..., l1: _Optional[float] = ..., l2: _Optional[float] = ..., solver: _Optional[str] = ..., epochs: _Optional[int] = ..., search_stride: _Optional[int] = ..., mass: _Optional[float] = ..., ablation_percents: _Optional[_Iterable[float]] = ..., retrain_ablation: _Optional[bool] = ..., control_task: _Optional[bool] = ..., test_fraction: _Optional[float] = ..., seed: _Optional[int] = ..., min_label_count: _Optional[int] = ..., other_datasets: _Optional[_Iterable[str]] = ..., linreg_aggregation: _Optional[str] = ..., variance: _Optional[float] = ..., raw_activations: _Optional[bool] = ...) -> None: ...

class NeuronSite(_message.Message):
    __slots__ = ("site", "offset", "width")
    SITE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    site: str
    offset: int
    width: int
    def __init__(self, site: _Optional[str] = ..., offset: _Optional[int] = ..., width: _Optional[int] = ...) -> None: ...

class LabelNeurons(_message.Message):
    __slots__ = ("label", "neurons", "train_words", "test_words", "accuracy")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    NEURONS_FIELD_NUMBER: _ClassVar[int]
    TRAIN_WORDS_FIELD_NUMBER: _ClassVar[int]
    TEST_WORDS_FIELD_NUMBER: _ClassVar[int]
    ACCURACY_FIELD_NUMBER: _ClassVar[int]
    label: str
    neurons: _containers.RepeatedScalarFieldContainer[int]
    train_words: int
    test_words: int
    accuracy: float
    def __init__(self, label: _Optional[str] = ..., neurons: _Optional[_Iterable[int]] = ..., train_words: _Optional[int] = ..., test_words: _Optional[int] = ..., accuracy: _Optional[float] = ...) -> None: ...

class AblationCell(_message.Message):
    __slots__ = ("mode", "selection", "percent", "neurons", "score")
    MODE_FIELD_NUMBER: _ClassVar[int]
    SELECTION_FIELD_NUMBER: _ClassVar[int]
    PERCENT_FIELD_NUMBER: _ClassVar[int]
    NEURONS_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    mode: str
    selection: str
    percent: float
    neurons: int
    score: float
    def __init__(self, mode: _Optional[str] = ..., selection: _Optional[str] = ..., percent: _Optional[float] = ..., neurons: _Optional[int] = ..., score: _Optional[float] = ...) -> None: ...

class RankingResult(_message.Message):
    __slots__ = ("method", "dataset", "label_column", "neuron_sites", "ordering", "cutoffs", "scores", "classes", "labels", "accuracy", "majority_baseline", "control_accuracy", "selectivity", "ablation", "train_words", "test_words", "seconds", "dropped_words", "models", "partner_model", "partner_neuron", "partner_corr", "directions", "canonical_correlations", "center", "warnings")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    DATASET_FIELD_NUMBER: _ClassVar[int]
    LABEL_COLUMN_FIELD_NUMBER: _ClassVar[int]
    NEURON_SITES_FIELD_NUMBER: _ClassVar[int]
    ORDERING_FIELD_NUMBER: _ClassVar[int]
    CUTOFFS_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    CLASSES_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    ACCURACY_FIELD_NUMBER: _ClassVar[int]
    MAJORITY_BASELINE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_ACCURACY_FIELD_NUMBER: _ClassVar[int]
    SELECTIVITY_FIELD_NUMBER: _ClassVar[int]
    ABLATION_FIELD_NUMBER: _ClassVar[int]
    TRAIN_WORDS_FIELD_NUMBER: _ClassVar[int]
    TEST_WORDS_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    DROPPED_WORDS_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    PARTNER_MODEL_FIELD_NUMBER: _ClassVar[int]
    PARTNER_NEURON_FIELD_NUMBER: _ClassVar[int]
    PARTNER_CORR_FIELD_NUMBER: _ClassVar[int]
    DIRECTIONS_FIELD_NUMBER: _ClassVar[int]
    CANONICAL_CORRELATIONS_FIELD_NUMBER: _ClassVar[int]
    CENTER_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    method: str
    dataset: str
    label_column: str
    neuron_sites: _containers.RepeatedCompositeFieldContainer[NeuronSite]
    ordering: Tensor
    cutoffs: _containers.RepeatedScalarFieldContainer[int]
    scores: Tensor
    classes: _containers.RepeatedScalarFieldContainer[str]
    labels: _containers.RepeatedCompositeFieldContainer[LabelNeurons]
    accuracy: float
    majority_baseline: float
    control_accuracy: float
    selectivity: float
    ablation: _containers.RepeatedCompositeFieldContainer[AblationCell]
    train_words: int
    test_words: int
    seconds: float
    dropped_words: int
    models: _containers.RepeatedScalarFieldContainer[str]
    partner_model: _containers.RepeatedScalarFieldContainer[int]
    partner_neuron: _containers.RepeatedScalarFieldContainer[int]
    partner_corr: _containers.RepeatedScalarFieldContainer[float]
    directions: Tensor
    canonical_correlations: _containers.RepeatedScalarFieldContainer[float]
    center: _containers.RepeatedScalarFieldContainer[float]
    warnings: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, method: _Optional[str] = ..., dataset: _Optional[str] = ..., label_column: _Optional[str] = ..., neuron_sites: _Optional[_Iterable[_Union[NeuronSite, _Mapping]]] = ..., ordering: _Optional[_Union[Tensor, _Mapping]] = ..., cutoffs: _Optional[_Iterable[int]] = ..., scores: _Optional[_Union[Tensor, _Mapping]] = ..., classes: _Optional[_Iterable[str]] = ..., labels: _Optional[_Iterable[_Union[LabelNeurons, _Mapping]]] = ..., accuracy: _Optional[float] = ..., majority_baseline: _Optional[float] = ..., control_accuracy: _Optional[float] = ..., selectivity: _Optional[float] = ..., ablation: _Optional[_Iterable[_Union[AblationCell, _Mapping]]] = ..., train_words: _Optional[int] = ..., test_words: _Optional[int] = ..., seconds: _Optional[float] = ..., dropped_words: _Optional[int] = ..., models: _Optional[_Iterable[str]] = ..., partner_model: _Optional[_Iterable[int]] = ..., partner_neuron: _Optional[_Iterable[int]] = ..., partner_corr: _Optional[_Iterable[float]] = ..., directions: _Optional[_Union[Tensor, _Mapping]] = ..., canonical_correlations: _Optional[_Iterable[float]] = ..., center: _Optional[_Iterable[float]] = ..., warnings: _Optional[_Iterable[str]] = ...) -> None: ...

class RankProgress(_message.Message):
    __slots__ = ("stage", "fraction")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    FRACTION_FIELD_NUMBER: _ClassVar[int]
    stage: str
    fraction: float
    def __init__(self, stage: _Optional[str] = ..., fraction: _Optional[float] = ...) -> None: ...

class RankNeuronsResponse(_message.Message):
    __slots__ = ("progress", "result")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    progress: RankProgress
    result: RankingResult
    def __init__(self, progress: _Optional[_Union[RankProgress, _Mapping]] = ..., result: _Optional[_Union[RankingResult, _Mapping]] = ...) -> None: ...

class OverrideProfile(_message.Message):
    __slots__ = ("name", "version", "model", "description", "overrides", "created_unix", "created_by", "origin")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    CREATED_UNIX_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: int
    model: str
    description: str
    overrides: _containers.RepeatedCompositeFieldContainer[Override]
    created_unix: float
    created_by: str
    origin: str
    def __init__(self, name: _Optional[str] = ..., version: _Optional[int] = ..., model: _Optional[str] = ..., description: _Optional[str] = ..., overrides: _Optional[_Iterable[_Union[Override, _Mapping]]] = ..., created_unix: _Optional[float] = ..., created_by: _Optional[str] = ..., origin: _Optional[str] = ...) -> None: ...

class CreateProfileRequest(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: OverrideProfile
    def __init__(self, profile: _Optional[_Union[OverrideProfile, _Mapping]] = ...) -> None: ...

class CreateProfileResponse(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: OverrideProfile
    def __init__(self, profile: _Optional[_Union[OverrideProfile, _Mapping]] = ...) -> None: ...

class GetProfileRequest(_message.Message):
    __slots__ = ("name", "version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: int
    def __init__(self, name: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class GetProfileResponse(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: OverrideProfile
    def __init__(self, profile: _Optional[_Union[OverrideProfile, _Mapping]] = ...) -> None: ...

class ListProfilesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListProfilesResponse(_message.Message):
    __slots__ = ("profiles",)
    PROFILES_FIELD_NUMBER: _ClassVar[int]
    profiles: _containers.RepeatedCompositeFieldContainer[OverrideProfile]
    def __init__(self, profiles: _Optional[_Iterable[_Union[OverrideProfile, _Mapping]]] = ...) -> None: ...

class DeleteProfileRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class DeleteProfileResponse(_message.Message):
    __slots__ = ("deleted_versions",)
    DELETED_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    deleted_versions: int
    def __init__(self, deleted_versions: _Optional[int] = ...) -> None: ...

class Rollout(_message.Message):
    __slots__ = ("name", "stable_version", "canary_version", "canary_percent", "history", "updated_by", "updated_unix", "shadow_version", "shadow_percent")
    NAME_FIELD_NUMBER: _ClassVar[int]
    STABLE_VERSION_FIELD_NUMBER: _ClassVar[int]
    CANARY_VERSION_FIELD_NUMBER: _ClassVar[int]
    CANARY_PERCENT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    UPDATED_BY_FIELD_NUMBER: _ClassVar[int]
    UPDATED_UNIX_FIELD_NUMBER: _ClassVar[int]
    SHADOW_VERSION_FIELD_NUMBER: _ClassVar[int]
    SHADOW_PERCENT_FIELD_NUMBER: _ClassVar[int]
    name: str
    stable_version: int
    canary_version: int
    canary_percent: float
    history: _containers.RepeatedScalarFieldContainer[int]
    updated_by: str
    updated_unix: float
    shadow_version: int
    shadow_percent: float
    def __init__(self, name: _Optional[str] = ..., stable_version: _Optional[int] = ..., canary_version: _Optional[int] = ..., canary_percent: _Optional[float] = ..., history: _Optional[_Iterable[int]] = ..., updated_by: _Optional[str] = ..., updated_unix: _Optional[float] = ..., shadow_version: _Optional[int] = ..., shadow_percent: _Optional[float] = ...) -> None: ...

class SetShadowRequest(_message.Message):
    __slots__ = ("name", "version", "percent")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PERCENT_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: int
    percent: float
    def __init__(self, name: _Optional[str] = ..., version: _Optional[int] = ..., percent: _Optional[float] = ...) -> None: ...

class ShadowVersionReport(_message.Message):
    __slots__ = ("version", "requests", "sentences", "changed", "diffs")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELD_NUMBER: _ClassVar[int]
    DIFFS_FIELD_NUMBER: _ClassVar[int]
    version: int
    requests: int
    sentences: int
    changed: int
    diffs: _containers.RepeatedCompositeFieldContainer[ShadowDiff]
    def __init__(self, version: _Optional[int] = ..., requests: _Optional[int] = ..., sentences: _Optional[int] = ..., changed: _Optional[int] = ..., diffs: _Optional[_Iterable[_Union[ShadowDiff, _Mapping]]] = ...) -> None: ...

class ShadowDiff(_message.Message):
    __slots__ = ("source", "live", "shadow")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    LIVE_FIELD_NUMBER: _ClassVar[int]
    SHADOW_FIELD_NUMBER: _ClassVar[int]
    source: str
    live: str
    shadow: str
    def __init__(self, source: _Optional[str] = ..., live: _Optional[str] = ..., shadow: _Optional[str] = ...) -> None: ...

class ShadowReportResponse(_message.Message):
    __slots__ = ("versions",)
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[ShadowVersionReport]
    def __init__(self, versions: _Optional[_Iterable[_Union[ShadowVersionReport, _Mapping]]] = ...) -> None: ...

class SetRolloutRequest(_message.Message):
    __slots__ = ("name", "canary_version", "canary_percent", "stable_version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    CANARY_VERSION_FIELD_NUMBER: _ClassVar[int]
    CANARY_PERCENT_FIELD_NUMBER: _ClassVar[int]
    STABLE_VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    canary_version: int
    canary_percent: float
    stable_version: int
    def __init__(self, name: _Optional[str] = ..., canary_version: _Optional[int] = ..., canary_percent: _Optional[float] = ..., stable_version: _Optional[int] = ...) -> None: ...

class RolloutRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class RolloutResponse(_message.Message):
    __slots__ = ("rollout",)
    ROLLOUT_FIELD_NUMBER: _ClassVar[int]
    rollout: Rollout
    def __init__(self, rollout: _Optional[_Union[Rollout, _Mapping]] = ...) -> None: ...

class AuditEntry(_message.Message):
    __slots__ = ("seq", "unix", "key_id", "tenant", "action", "profile", "version", "detail")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    UNIX_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    seq: int
    unix: float
    key_id: str
    tenant: str
    action: str
    profile: str
    version: int
    detail: str
    def __init__(self, seq: _Optional[int] = ..., unix: _Optional[float] = ..., key_id: _Optional[str] = ..., tenant: _Optional[str] = ..., action: _Optional[str] = ..., profile: _Optional[str] = ..., version: _Optional[int] = ..., detail: _Optional[str] = ...) -> None: ...

class ListAuditRequest(_message.Message):
    __slots__ = ("limit",)
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    limit: int
    def __init__(self, limit: _Optional[int] = ...) -> None: ...

class ListAuditResponse(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[AuditEntry]
    def __init__(self, entries: _Optional[_Iterable[_Union[AuditEntry, _Mapping]]] = ...) -> None: ...

class EraseRequest(_message.Message):
    __slots__ = ("model", "site", "ordering", "ks", "select", "sentences", "references", "num_beams", "seed", "op", "means", "directions", "center", "return_translations", "sites", "random_seeds")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    SITE_FIELD_NUMBER: _ClassVar[int]
    ORDERING_FIELD_NUMBER: _ClassVar[int]
    KS_FIELD_NUMBER: _ClassVar[int]
    SELECT_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    REFERENCES_FIELD_NUMBER: _ClassVar[int]
    NUM_BEAMS_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    OP_FIELD_NUMBER: _ClassVar[int]
    MEANS_FIELD_NUMBER: _ClassVar[int]
    DIRECTIONS_FIELD_NUMBER: _ClassVar[int]
    CENTER_FIELD_NUMBER: _ClassVar[int]
    RETURN_TRANSLATIONS_FIELD_NUMBER: _ClassVar[int]
    SITES_FIELD_NUMBER: _ClassVar[int]
    RANDOM_SEEDS_FIELD_NUMBER: _ClassVar[int]
    model: str
    site: str
    ordering: _containers.RepeatedScalarFieldContainer[int]
    ks: _containers.RepeatedScalarFieldContainer[int]
    select: str
    sentences: _containers.RepeatedScalarFieldContainer[str]
    references: _containers.RepeatedScalarFieldContainer[str]
    num_beams: int
    seed: int
    op: str
    means: _containers.RepeatedScalarFieldContainer[float]
    directions: Tensor
    center: _containers.RepeatedScalarFieldContainer[float]
    return_translations: bool
    sites: _containers.RepeatedScalarFieldContainer[str]
    random_seeds: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, model: _Optional[str] = ..., site: _Optional[str] = ..., ordering: _Optional[_Iterable[int]] = ..., ks: _Optional[_Iterable[int]] = ..., select: _Optional[str] = ..., sentences: _Optional[_Iterable[str]] = ..., references: _Optional[_Iterable[str]] = ..., num_beams: _Optional[int] = ..., seed: _Optional[int] = ..., op: _Optional[str] = ..., means: _Optional[_Iterable[float]] = ..., directions: _Optional[_Union[Tensor, _Mapping]] = ..., center: _Optional[_Iterable[float]] = ..., return_translations: _Optional[bool] = ..., sites: _Optional[_Iterable[str]] = ..., random_seeds: _Optional[_Iterable[int]] = ...) -> None: ...

class ErasePoint(_message.Message):
    __slots__ = ("k", "bleu", "chrf", "perplexity", "translations", "erased", "select", "seed")
    K_FIELD_NUMBER: _ClassVar[int]
    BLEU_FIELD_NUMBER: _ClassVar[int]
    CHRF_FIELD_NUMBER: _ClassVar[int]
    PERPLEXITY_FIELD_NUMBER: _ClassVar[int]
    TRANSLATIONS_FIELD_NUMBER: _ClassVar[int]
    ERASED_FIELD_NUMBER: _ClassVar[int]
    SELECT_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    k: int
    bleu: float
    chrf: float
    perplexity: float
    translations: _containers.RepeatedScalarFieldContainer[str]
    erased: _containers.RepeatedScalarFieldContainer[int]
    select: str
    seed: int
    def __init__(self, k: _Optional[int] = ..., bleu: _Optional[float] = ..., chrf: _Optional[float] = ..., perplexity: _Optional[float] = ..., translations: _Optional[_Iterable[str]] = ..., erased: _Optional[_Iterable[int]] = ..., select: _Optional[str] = ..., seed: _Optional[int] = ...) -> None: ...

class EraseResponse(_message.Message):
    __slots__ = ("progress", "point")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    POINT_FIELD_NUMBER: _ClassVar[int]
    progress: RankProgress
    point: ErasePoint
    def __init__(self, progress: _Optional[_Union[RankProgress, _Mapping]] = ..., point: _Optional[_Union[ErasePoint, _Mapping]] = ...) -> None: ...

class JobSpec(_message.Message):
    __slots__ = ("create_dataset", "rank_neurons", "erase")
    CREATE_DATASET_FIELD_NUMBER: _ClassVar[int]
    RANK_NEURONS_FIELD_NUMBER: _ClassVar[int]
    ERASE_FIELD_NUMBER: _ClassVar[int]
    create_dataset: CreateDatasetRequest
    rank_neurons: RankNeuronsRequest
    erase: EraseRequest
    def __init__(self, create_dataset: _Optional[_Union[CreateDatasetRequest, _Mapping]] = ..., rank_neurons: _Optional[_Union[RankNeuronsRequest, _Mapping]] = ..., erase: _Optional[_Union[EraseRequest, _Mapping]] = ...) -> None: ...

class EraseResult(_message.Message):
    __slots__ = ("points",)
    POINTS_FIELD_NUMBER: _ClassVar[int]
    points: _containers.RepeatedCompositeFieldContainer[ErasePoint]
    def __init__(self, points: _Optional[_Iterable[_Union[ErasePoint, _Mapping]]] = ...) -> None: ...

class Job(_message.Message):
    __slots__ = ("id", "kind", "state", "stage", "fraction", "chunks_total", "chunks_done", "created_unix", "updated_unix", "error_code", "error_message", "estimated_bytes", "attempts", "dataset", "ranking", "erase")
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    FRACTION_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_DONE_FIELD_NUMBER: _ClassVar[int]
    CREATED_UNIX_FIELD_NUMBER: _ClassVar[int]
    UPDATED_UNIX_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_BYTES_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    DATASET_FIELD_NUMBER: _ClassVar[int]
    RANKING_FIELD_NUMBER: _ClassVar[int]
    ERASE_FIELD_NUMBER: _ClassVar[int]
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
    dataset: CreateDatasetResponse
    ranking: RankingResult
    erase: EraseResult
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[str] = ..., state: _Optional[str] = ..., stage: _Optional[str] = ..., fraction: _Optional[float] = ..., chunks_total: _Optional[int] = ..., chunks_done: _Optional[int] = ..., created_unix: _Optional[float] = ..., updated_unix: _Optional[float] = ..., error_code: _Optional[str] = ..., error_message: _Optional[str] = ..., estimated_bytes: _Optional[int] = ..., attempts: _Optional[int] = ..., dataset: _Optional[_Union[CreateDatasetResponse, _Mapping]] = ..., ranking: _Optional[_Union[RankingResult, _Mapping]] = ..., erase: _Optional[_Union[EraseResult, _Mapping]] = ...) -> None: ...

class SubmitJobRequest(_message.Message):
    __slots__ = ("spec",)
    SPEC_FIELD_NUMBER: _ClassVar[int]
    spec: JobSpec
    def __init__(self, spec: _Optional[_Union[JobSpec, _Mapping]] = ...) -> None: ...

class GetJobRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class WatchJobRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class CancelJobRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ListJobsRequest(_message.Message):
    __slots__ = ("state", "limit")
    STATE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    state: str
    limit: int
    def __init__(self, state: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class ListJobsResponse(_message.Message):
    __slots__ = ("jobs",)
    JOBS_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[Job]
    def __init__(self, jobs: _Optional[_Iterable[_Union[Job, _Mapping]]] = ...) -> None: ...

class GetDatasetUrlsRequest(_message.Message):
    __slots__ = ("dataset", "expires_seconds")
    DATASET_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_SECONDS_FIELD_NUMBER: _ClassVar[int]
    dataset: str
    expires_seconds: int
    def __init__(self, dataset: _Optional[str] = ..., expires_seconds: _Optional[int] = ...) -> None: ...

class GetDatasetUrlsResponse(_message.Message):
    __slots__ = ("urls", "format")
    URLS_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    urls: _containers.RepeatedScalarFieldContainer[str]
    format: str
    def __init__(self, urls: _Optional[_Iterable[str]] = ..., format: _Optional[str] = ...) -> None: ...
