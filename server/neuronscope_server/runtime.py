"""Model runtime: loads a local transformers model and runs translate / forward with hooks.

One ``ModelRuntime`` per served model. It never re-implements an architecture: it runs the stock
``transformers`` model and reads or writes activations through request-scoped hooks
(``hooks.hooked``). One hooked pass runs at a time per model (``self.lock``), so concurrent
requests never see each other's overrides.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch

from neuronscope_server import alignment, micro_batches
from neuronscope_server.compute_lane import lane_for
from neuronscope_server.errors import Cancelled, InvalidArgument, NotFound
from neuronscope_server.hooks import Op, ResolvedCondition, ResolvedOverride, hooked
from neuronscope_server.host_copy import float32_numpy, to_host
from neuronscope_server.sites import SiteSpec, discover_sites, resolve
from neuronscope_server.spec import (  # noqa: F401 - re-exported: the runtime's public types
    AGGREGATIONS,
    OPS,
    Limits,
    OverrideSpec,
    SentenceInput,
    SentenceOutput,
    TranslateSpec,
)
from neuronscope_server.traced_capture import TracedCaptures
from neuronscope_server.weight_layout import input_major_linear_weights

log = logging.getLogger(__name__)
# an output is flagged degenerate when this share of its token trigrams repeat an earlier one, or when it
# ran to the length limit with this lower share (docs/DESIGN-NOTES.md)
DEGENERATE_REPETITION = 0.5
DEGENERATE_REPETITION_AT_LIMIT = 0.2

@dataclass(frozen=True)
class Prepared:
    """One source sentence, tokenized and aligned once (``ModelRuntime.prepare``); reused by every pass."""

    words: alignment.Words
    ids: tuple[int, ...]  # (pieces,) token ids, special tokens included
    pieces: tuple[str, ...]
    piece_words: np.ndarray  # (pieces,) int32 word index of each piece, -1 for special tokens


@functools.cache
def _stop_criteria() -> type:
    """A ``StoppingCriteria`` that polls a ``should_stop`` callable at every decoder step (raises Cancelled).

    One class for the process, made on first use (transformers is imported lazily). A class defined inside
    the pass, as before, is a new type object per pass, and every type sits in a reference cycle: the
    cycle held the request's ``should_stop``, hence its grpc call, until a full garbage collection. Under
    load the uncollected calls kept their HTTP/2 streams open until ``max_concurrent_streams`` of them
    filled the connection and grpc refused every new call on it (UNAVAILABLE, "RST_STREAM ... code 7").
    """
    from transformers import StoppingCriteria

    class StopWhenAsked(StoppingCriteria):
        def __init__(self, should_stop: Callable[[], bool]) -> None:
            self.should_stop = should_stop

        def __call__(self, input_ids, scores, **kwargs):
            if self.should_stop():
                raise Cancelled("request cancelled between decoder steps")
            return torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)

    return StopWhenAsked


def _revision(path: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(path.iterdir()):
        # weights, configs and every tokenizer file: a changed vocabulary is a new revision too
        if f.suffix in (".safetensors", ".bin", ".json", ".model", ".spm", ".txt", ".vocab") and f.is_file():
            h.update(f.name.encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:12]


def _kind(config) -> str:
    if getattr(config, "is_encoder_decoder", False):
        return "seq2seq"
    archs = " ".join(getattr(config, "architectures", None) or [])
    if "CausalLM" in archs or "LMHead" in archs or config.model_type in ("gpt2", "gpt_neo", "llama"):
        return "causal-lm"
    return "encoder"


class ModelRuntime:
    """One loaded model with its tokenizer, canonical sites and a lock for hooked passes."""

    def __init__(self, name: str, model: torch.nn.Module, tokenizer, revision: str, limits: Limits) -> None:
        self.name = name
        self.model = model.eval()
        if limits.input_major_weights:
            input_major_linear_weights(self.model)  # CPU only; before tracing, so the traces share these weights
        self.tokenizer = tokenizer
        self.revision = revision
        self.limits = limits
        self.kind = _kind(model.config)
        self.model_type = model.config.model_type
        self.sites: dict[str, SiteSpec] = discover_sites(model, self.model_type)
        self.lock = threading.Lock()
        # a fast tokenizer's __call__ sets padding/truncation on the shared Rust object: concurrent
        # calls with different settings corrupt each other's batches, so every call holds this lock
        self._tok_lock = threading.Lock()
        self._backend = self._direct_backend()  # the Rust tokenizer, called without transformers' wrapper
        self.device = next(model.parameters()).device
        self.dtype = next(model.parameters()).dtype
        self._special_ids = set(tokenizer.all_special_ids)
        self._lane = lane_for(self.device.type)  # CPU passes run on the process's one compute thread
        # capture-only passes replayed from traces (no Python per module); None: always the eager hooked pass
        self._traced = TracedCaptures(self.model, self.kind, name) if limits.traced_captures else None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(
        cls, name: str, path: str | Path, device: str = "auto", dtype: str = "float32", limits: Limits | None = None
    ) -> ModelRuntime:
        """Load a local Hugging Face model directory (never downloads: ``local_files_only``)."""
        from transformers import (
            AutoConfig,
            AutoModel,
            AutoModelForCausalLM,
            AutoModelForSeq2SeqLM,
            AutoTokenizer,
        )
        from transformers.utils import logging as hf_logging

        # per-request max_new_tokens overrides the model's max_length on purpose; don't warn each time
        hf_logging.get_logger("transformers.generation.utils").setLevel(logging.ERROR)

        path = Path(path)
        if not (path / "config.json").is_file():
            raise NotFound(f"model {name!r}: no config.json in {path}")
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        torch_dtype = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[dtype]
        config = AutoConfig.from_pretrained(path, local_files_only=True)
        auto = {"seq2seq": AutoModelForSeq2SeqLM, "causal-lm": AutoModelForCausalLM, "encoder": AutoModel}[_kind(config)]
        model = auto.from_pretrained(path, local_files_only=True, dtype=torch_dtype).to(device)
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        if tokenizer.pad_token is None and tokenizer.eos_token is not None:
            tokenizer.pad_token = tokenizer.eos_token  # GPT-2 ships without one; padding is masked anyway
        return cls(name, model, tokenizer, _revision(path), limits or Limits())

    def tokenize(self, *args, **kwargs):
        """The tokenizer's ``__call__``, serialised (see ``_tok_lock``)."""
        with self._tok_lock:
            return self.tokenizer(*args, **kwargs)

    def _direct_backend(self):
        """A fast tokenizer's Rust object, if calling it directly gives what ``__call__`` gives, else None.

        Why: transformers' ``__call__`` wraps one ``encode_batch`` in Python that costs ~0.1 ms a call when
        the core's caches are cold (a server between requests), more than the encoding itself. Checked
        once on sample texts (ids, offsets, special tokens), so a tokenizer whose wrapper adds behaviour
        keeps the wrapper.
        """
        tok = self.tokenizer
        backend = getattr(tok, "backend_tokenizer", None) if getattr(tok, "is_fast", False) else None
        if backend is None:
            return None
        samples = ["Hello world .", "The cats' café — naïve, 12:30!", "  spaced   out  ", "x"]
        try:
            want = tok(samples, return_offsets_mapping=True, return_special_tokens_mask=True)
            if backend.padding is not None or backend.truncation is not None:
                return None
            got = backend.encode_batch(samples, add_special_tokens=True)
        except Exception:  # noqa: BLE001 - any surprise: keep transformers' own call
            return None
        same = all(e.ids == list(want["input_ids"][i]) and e.special_tokens_mask == list(want["special_tokens_mask"][i])
                   and [tuple(o) for o in e.offsets] == [tuple(o) for o in want["offset_mapping"][i]]
                   for i, e in enumerate(got))
        return backend if same else None

    def _tokenize_sources(self, texts: list[str]) -> list[tuple[list[int], list[bool], list[tuple[int, int]] | None]]:
        """Each text's token ids, special-token mask and character offsets (None: a slow tokenizer)."""
        if self._backend is not None:
            with self._tok_lock:  # transformers' __call__ leaves padding/truncation set on this object
                if self._backend.padding is not None:
                    self._backend.no_padding()
                if self._backend.truncation is not None:
                    self._backend.no_truncation()
                encs = self._backend.encode_batch(texts, add_special_tokens=True)
            return [(e.ids, [bool(x) for x in e.special_tokens_mask], e.offsets) for e in encs]
        fast = getattr(self.tokenizer, "is_fast", False)
        enc = self.tokenize(texts, return_offsets_mapping=fast, return_special_tokens_mask=True)
        return [(list(enc["input_ids"][i]), [bool(x) for x in enc["special_tokens_mask"][i]],
                 [tuple(o) for o in enc["offset_mapping"][i]] if fast else None) for i in range(len(texts))]

    def urgent_waiting(self) -> bool:
        """Whether a plain translation of another model waits for this model's compute lane (CPU)."""
        return self._lane is not None and self._lane.urgent_waiting()

    def warm_up(self) -> None:
        """One tiny forward, so the first request does not pay one-off initialisation."""
        self.translate(TranslateSpec(sentences=(SentenceInput(text="Hello world ."),), max_new_tokens=4))

    # ------------------------------------------------------------------ validation
    def validate(self, spec: TranslateSpec) -> tuple[list[SiteSpec], str]:
        lim = self.limits
        n = len(spec.sentences)
        if n == 0:
            raise InvalidArgument(f"sentences is empty; send 1 to {lim.max_batch_sentences} sentences")
        if n > lim.max_batch_sentences:
            raise InvalidArgument(
                f"sentences has {n} entries; allowed 1-{lim.max_batch_sentences} per request (stream larger batches)"
            )
        if spec.aggregation not in AGGREGATIONS:
            raise InvalidArgument(f"capture.aggregation {spec.aggregation!r} not allowed; allowed: {', '.join(AGGREGATIONS)}")
        if not 1 <= spec.num_beams <= lim.max_beams:
            raise InvalidArgument(f"decoding.num_beams {spec.num_beams} out of range; allowed 1-{lim.max_beams}")
        if not 0 <= spec.max_new_tokens <= lim.max_new_tokens:
            raise InvalidArgument(f"decoding.max_new_tokens {spec.max_new_tokens} out of range; allowed 0-{lim.max_new_tokens}")
        top = spec.max_new_tokens or lim.max_new_tokens
        if not 0 <= spec.min_new_tokens <= top:
            raise InvalidArgument(f"decoding.min_new_tokens {spec.min_new_tokens} out of range; allowed 0-{top} "
                                  "(at most max_new_tokens)")
        if len(spec.overrides) > lim.max_overrides:
            raise InvalidArgument(f"overrides has {len(spec.overrides)} entries; allowed 0-{lim.max_overrides}")
        for i, s in enumerate(spec.sentences):
            if bool(s.text.strip()) == bool(s.words):
                raise InvalidArgument(f"sentences[{i}]: give exactly one of text or words (non-empty)")
        refs = [bool(s.reference.strip()) for s in spec.sentences]
        if any(refs) and not all(refs):
            raise InvalidArgument("sentences[].reference: give a reference for every sentence or for none")
        if any(refs) and self.kind != "seq2seq":
            raise InvalidArgument(f"sentences[].reference: model {self.name!r} is {self.kind}, references need seq2seq")
        capture = []
        for j, site in enumerate(spec.capture_sites):
            capture.append(resolve(self.sites, site, field=f"capture.sites[{j}]"))
        if len({s.name for s in capture}) != len(capture):
            raise InvalidArgument("capture.sites lists a site twice")
        return capture, spec.aggregation

    def validate_override(self, j: int, ov: OverrideSpec) -> None:
        """Check one override against this model's sites (word indices are checked per request)."""
        if ov.steer is not None and not ov.values:  # its values come from a dataset when it is applied
            ov = replace(ov, values=(0.0,))
        self._resolve_override(j, ov, [], [], 0)

    def prepare(self, spec: TranslateSpec, numbers: Sequence[int] | None = None) -> list[Prepared]:
        """Validate ``spec`` and tokenize and align each sentence, once; everything ``translate`` would refuse
        (sites, limits, token counts, override word indices) is refused here, before any queue.

        ``numbers``: each sentence's index in the client's request, for error messages (when ``spec``
        holds only some of them, e.g. the cache misses)."""
        self.validate(spec)
        num = list(numbers) if numbers is not None else list(range(len(spec.sentences)))
        words = self._source_words(spec, num)
        encoded = self._tokenize_sources([w.text for w in words])
        out = []
        for i, (w, (ids, special, offsets)) in enumerate(zip(words, encoded)):
            if len(ids) > self.limits.max_sentence_tokens:
                raise InvalidArgument(
                    f"sentences[{num[i]}] has {len(ids)} tokens; allowed 1-{self.limits.max_sentence_tokens} per sentence"
                )
            pieces = self.tokenizer.convert_ids_to_tokens(ids)
            if offsets is None:
                offsets = _offsets_by_matching(w.text, pieces, special)
            out.append(Prepared(w, tuple(ids), tuple(pieces),
                                alignment.piece_words_from_offsets(offsets, special, w.spans)))
        for j, ov in enumerate(spec.overrides):
            if ov.positions == "words" and resolve(self.sites, ov.site).side == "source":
                for b, w in enumerate(words):
                    bad = [i for i in ov.words if not 0 <= i < len(w.words)]
                    if bad:
                        raise InvalidArgument(
                            f"overrides[{j}].words: word index {bad[0]} out of range for sentence {num[b]}; "
                            f"allowed 0-{len(w.words) - 1}"
                        )
        return out

    def check(self, spec: TranslateSpec) -> None:
        """Everything ``translate`` would refuse about ``spec``, up front (``prepare`` without its result)."""
        self.prepare(spec)

    def _pad(self, rows: Sequence[Sequence[int]], side: str = "") -> dict[str, torch.Tensor]:
        """input_ids and attention_mask (batch, longest) from prepared ids, padded on ``side``.

        Filled in numpy, then handed to torch without a copy: a torch indexing op per row cost ~10 µs, so
        64 rows took 0.80 ms after idling and one row 134 µs; numpy 0.12 ms and 38 µs (session 11).
        """
        side = side or getattr(self.tokenizer, "padding_side", "right")
        pad = self.tokenizer.pad_token_id
        width = max(len(r) for r in rows)
        ids = np.full((len(rows), width), 0 if pad is None else pad, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for b, r in enumerate(rows):
            span = slice(width - len(r), width) if side == "left" else slice(0, len(r))
            ids[b, span] = r
            mask[b, span] = 1
        return {"input_ids": torch.from_numpy(ids), "attention_mask": torch.from_numpy(mask)}

    def _resolve_override(self, j: int, ov: OverrideSpec, batch_words: list[alignment.Words],
                          piece_words: list[np.ndarray], seq_len: int,
                          rows: Sequence[int] | None = None) -> ResolvedOverride:
        """``ov`` as tensors for a pass over ``batch_words``; ``rows``: the sentences it applies to (None: all)."""
        field_ = f"overrides[{j}]"
        site = resolve(self.sites, ov.site, field=f"{field_}.site")
        if ov.op not in OPS:
            raise InvalidArgument(f"{field_}.op {ov.op!r} not allowed; allowed: {', '.join(OPS)}")
        k = len(ov.neurons)
        if k == 0:
            raise InvalidArgument(f"{field_}.neurons is empty; give 1-{site.width} neuron indices")
        bad = [n for n in ov.neurons if not 0 <= n < site.width]
        if bad:
            raise InvalidArgument(
                f"{field_}.neurons: index {bad[0]} out of range for site {site.name!r}; allowed 0-{site.width - 1}"
            )

        def per_neuron(vals: tuple[float, ...], name: str, required: bool) -> np.ndarray:
            if not vals:
                if required:
                    raise InvalidArgument(f"{field_}.{name} is required for op {ov.op!r}: one value, or one per neuron ({k})")
                return np.zeros(k, dtype=np.float32)
            if len(vals) not in (1, k):
                raise InvalidArgument(f"{field_}.{name} has {len(vals)} entries; give 1 or one per neuron ({k})")
            arr = np.broadcast_to(np.asarray(vals, dtype=np.float64), (k,)).astype(np.float32)
            if not np.isfinite(arr).all():
                raise InvalidArgument(f"{field_}.{name} must be finite numbers")
            return arr

        op = Op(ov.op)
        matrix = None
        if op is Op.PROJECT:
            if ov.matrix is None or np.shape(ov.matrix) != (k, k):
                raise InvalidArgument(
                    f"{field_}.matrix must be ({k}, {k}) for {k} neurons, got {None if ov.matrix is None else np.shape(ov.matrix)}"
                )
            if not np.isfinite(ov.matrix).all():
                raise InvalidArgument(f"{field_}.matrix must be finite numbers")
            matrix = torch.from_numpy(np.ascontiguousarray(ov.matrix, dtype=np.float32))
        values = per_neuron(ov.values, "values", op in (Op.SET, Op.ADD, Op.SCALE))
        if ov.standardized:
            if op not in (Op.SET, Op.ADD):
                raise InvalidArgument(f"{field_}.standardized applies to set and add only, not {ov.op!r}")
            means = per_neuron(ov.means, "means", op is Op.SET)
            stds = per_neuron(ov.stds, "stds", True)
            with np.errstate(over="ignore", invalid="ignore"):
                values = means + values * stds if op is Op.SET else values * stds
            if not np.isfinite(values).all():
                raise InvalidArgument(f"{field_}: means + values * stds overflows float32; use smaller values")
        if op is Op.ZERO:
            values = np.zeros(k, dtype=np.float32)
        if op is Op.MEAN:
            values = per_neuron(ov.means, "means", True)
        if op is Op.PROJECT:
            values = per_neuron(ov.means, "means", False)
        if op is Op.CLAMP:
            if not (np.isfinite([ov.low, ov.high]).all() and ov.low <= ov.high):
                raise InvalidArgument(f"{field_}: clamp needs finite low <= high, got low={ov.low}, high={ov.high}")
        mask = None
        if ov.positions not in ("all", "words", "none"):
            raise InvalidArgument(f"{field_}.positions {ov.positions!r} not allowed; allowed: all, words")
        if ov.positions == "none":  # a per-sentence override with no positions in this sentence
            mask = torch.zeros(len(batch_words), max(seq_len, 1), dtype=torch.bool) if site.side == "source" \
                else torch.zeros(self.limits.max_new_tokens + 2, dtype=torch.bool)
        if ov.positions == "words":
            if not ov.words:
                raise InvalidArgument(f"{field_}.words is empty; positions=words needs word indices")
            if site.side == "source":
                mask = torch.zeros(len(batch_words), seq_len, dtype=torch.bool)
                for b in range(len(batch_words)) if rows is None else rows:
                    w, pw = batch_words[b], piece_words[b]
                    for wi in ov.words:
                        if not 0 <= wi < len(w.words):
                            raise InvalidArgument(
                                f"{field_}.words: word index {wi} out of range for sentence {b}; allowed 0-{len(w.words) - 1}"
                            )
                        mask[b, : len(pw)] |= torch.from_numpy(pw == wi)
            else:
                top = self.limits.max_new_tokens + 2
                if any(not 0 <= s < top for s in ov.words):
                    raise InvalidArgument(f"{field_}.words: decoder steps must be in 0-{top - 1}")
                mask = torch.zeros(top, dtype=torch.bool)
                mask[list(ov.words)] = True
        if ov.step_from or ov.step_to:
            top = self.limits.max_new_tokens + 2
            if site.side != "target":
                raise InvalidArgument(f"{field_}.step_from/step_to select decoder steps; {site.name!r} is a source site")
            if not (0 <= ov.step_from < top and 0 <= ov.step_to <= top and (ov.step_to == 0 or ov.step_to > ov.step_from)):
                raise InvalidArgument(f"{field_}: step_from {ov.step_from}, step_to {ov.step_to}: need "
                                      f"0 <= step_from < step_to <= {top} (step_to 0: to the end)")
            steps = torch.zeros(top, dtype=torch.bool)
            steps[ov.step_from : ov.step_to or top] = True
            mask = steps if mask is None else mask & steps
        row_mask = None
        if rows is not None:
            row_mask = torch.zeros(len(batch_words), dtype=torch.bool)
            row_mask[list(rows)] = True
        cond, lexical = self._resolve_condition(field_, ov, site, batch_words, piece_words, seq_len)
        if lexical is not None:
            row_mask = lexical if row_mask is None else row_mask & lexical
        tokens = None
        if ov.when is not None and ov.when.after_target_words:
            tokens = torch.tensor(self._target_token_ids(ov.when.after_target_words), dtype=torch.long)
        return ResolvedOverride(
            site=site, neurons=torch.tensor(ov.neurons, dtype=torch.long), op=op,
            values=torch.from_numpy(values), low=float(ov.low), high=float(ov.high), mask=mask, matrix=matrix,
            rows=row_mask, cond=cond, lexical=lexical, tokens=tokens,
        )

    def _target_token_ids(self, words: Sequence[str]) -> list[int]:
        """Vocabulary ids whose piece is one of ``words`` (case-insensitive, word-start marker dropped)."""
        key = tuple(sorted(set(words)))
        cache = self.__dict__.setdefault("_token_ids", {})
        if key not in cache:
            wanted = set(key)
            vocab = self.tokenizer.get_vocab()
            cache[key] = sorted(i for piece, i in vocab.items() if piece.lstrip("▁Ġ").lower() in wanted)
        return cache[key]

    def _resolve_condition(self, field_: str, ov: OverrideSpec, site: SiteSpec, batch_words: list[alignment.Words],
                           piece_words: list[np.ndarray], seq_len: int
                           ) -> tuple[ResolvedCondition | None, torch.Tensor | None]:
        """An override's ``when``: the neuron test to run in the pass, and the rows a lexical trigger selects."""
        c = ov.when
        if c is None:
            return None, None
        if c.after_target_words and (c.site or site.side != "target"):
            raise InvalidArgument(f"{field_}.when.after_target_words selects decoder steps: it needs a decoder-site "
                                  "override and no neuron test (source_words may go with it)")
        lexical = None
        if c.source_words:
            wanted = set(c.source_words)
            lexical = torch.tensor([any(w.lower() in wanted for w in bw.words) for bw in batch_words],
                                   dtype=torch.bool)
        if not c.site:
            return None, lexical
        csite = resolve(self.sites, c.site, field=f"{field_}.when.site")
        if csite.side != "source":
            raise InvalidArgument(f"{field_}.when.site {csite.name!r} is a target-side site; conditions read "
                                  "source sites (computed before the decoder runs)")
        if not 0 <= c.neuron < csite.width:
            raise InvalidArgument(f"{field_}.when.neuron {c.neuron} out of range for {csite.name!r}; "
                                  f"allowed 0-{csite.width - 1}")
        if site.side == "source" and _forward_order(csite.name) > _forward_order(site.name):
            raise InvalidArgument(f"{field_}.when.site {csite.name!r} comes after the override's site {site.name!r} "
                                  "in the forward pass; test a site at or before it")
        if not c.any_position and site.side != "source":
            raise InvalidArgument(f"{field_}.when: a per-position test needs a source-site override; "
                                  "set any_position for a decoder-site override")
        valid = torch.zeros(len(batch_words), max(seq_len, 1), dtype=torch.bool)
        for b, pw in enumerate(piece_words):
            valid[b, : len(pw)] = torch.from_numpy(np.asarray(pw) >= 0)
        return ResolvedCondition(site=csite, neuron=int(c.neuron), threshold=float(c.threshold), below=bool(c.below),
                                 mean=float(c.mean), std=float(c.std), any_position=bool(c.any_position),
                                 valid=valid), lexical

    # ------------------------------------------------------------------ tokenization
    def _source_words(self, spec: TranslateSpec, numbers: Sequence[int] | None = None) -> list[alignment.Words]:
        out = []
        for i, s in enumerate(spec.sentences):
            if s.words:
                n = numbers[i] if numbers is not None else i
                out.append(alignment.words_from_list(list(s.words), list(s.space_after), field=f"sentences[{n}].words"))
            else:
                out.append(alignment.words_from_text(s.text))
        return out

    def _encode(self, texts: list[str]) -> tuple[dict, torch.Tensor, torch.Tensor | None, list[int]]:
        """Tokenize with padding; returns the batch, special-token mask, offsets (fast tokenizers) and lengths."""
        tok = self.tokenizer
        fast = getattr(tok, "is_fast", False)
        enc = self.tokenize(texts, padding=True, return_tensors="pt", return_offsets_mapping=fast,
                  return_special_tokens_mask=True)
        lengths = enc["attention_mask"].sum(dim=1).tolist()
        offsets = enc.pop("offset_mapping", None)
        special = enc.pop("special_tokens_mask")
        return enc, special, offsets, lengths

    # ------------------------------------------------------------------ the work
    def translate(self, spec: TranslateSpec, should_stop: Callable[[], bool] | None = None,
                  row_overrides: Sequence[tuple[OverrideSpec, ...]] | None = None,
                  prepared: Sequence[Prepared] | None = None, urgent: bool = False) -> list[SentenceOutput]:
        """Translate (or run forward) ``spec.sentences``; capture and override as asked. Outputs in request order.

        ``row_overrides``: one override tuple per sentence, instead of ``spec.overrides`` for all —
        the batcher merges requests with different overrides this way. Sentences sharing one tuple
        object form one group; each group's overrides touch only its rows. ``prepared``: the
        sentences as ``prepare`` returned them (else they are prepared here). ``urgent``: the pass holds
        a plain translation; on the CPU it goes ahead of other models' queued passes (``compute_lane``).
        """
        results: dict[int, SentenceOutput] = {}
        for idx, outs in self.translate_iter(spec, should_stop, row_overrides, prepared, urgent):
            results.update(zip(idx, outs))
        return [results[i] for i in range(len(spec.sentences))]

    def translate_iter(
        self, spec: TranslateSpec, should_stop: Callable[[], bool] | None = None,
        row_overrides: Sequence[tuple[OverrideSpec, ...]] | None = None,
        prepared: Sequence[Prepared] | None = None, urgent: bool = False,
    ) -> Iterator[tuple[list[int], list[SentenceOutput]]]:
        """Like ``translate``, yielding (request indices, outputs) per micro-batch as each finishes.

        Micro-batches hold at most ``limits.forward_batch_size`` sentences sorted by length, cut where
        padding would cost more than another pass (``micro_batches.plan``), so a large request pads
        little and holds bounded memory. ``should_stop`` is polled between micro-batches and decoder
        steps (raises Cancelled).
        """
        capture, how = self.validate(spec)
        if prepared is None:
            prepared = self.prepare(spec)
        order = sorted(range(len(prepared)), key=lambda i: len(prepared[i].ids))
        overhead = micro_batches.overhead_tokens(self.limits.forward_overhead_tokens, self.device.type,
                                                 generating=not spec.skip_generation)
        cuts = micro_batches.plan([len(prepared[i].ids) for i in order], self.limits.forward_batch_size, overhead)
        for start, end in cuts:
            if should_stop is not None and should_stop():
                raise Cancelled("request cancelled")
            idx = order[start:end]
            groups = [spec.overrides] * len(idx) if row_overrides is None else [row_overrides[i] for i in idx]
            args = (spec, [prepared[i] for i in idx], [spec.sentences[i] for i in idx], capture, how, should_stop,
                    groups)
            outs = (self._lane.run(self._run_batch, *args, urgent=urgent) if self._lane is not None
                    else self._run_batch(*args))
            yield idx, outs

    def _resolve_groups(self, groups: Sequence[tuple[OverrideSpec, ...]], words: list[alignment.Words],
                        piece_words: list[np.ndarray], seq_len: int
                        ) -> tuple[list[ResolvedOverride], list[tuple[list[int], int]]]:
        """Every row group's overrides, scoped to its rows when the pass mixes groups; with, for each, the
        rows (sentences of the pass) it belongs to and its index in its request's overrides."""
        by_group: dict[int, tuple[tuple[OverrideSpec, ...], list[int]]] = {}
        for b, ovs in enumerate(groups):
            by_group.setdefault(id(ovs), (ovs, []))[1].append(b)
        mixed = len(by_group) > 1
        resolved, meta = [], []
        for ovs, rows in by_group.values():
            for j, ov in enumerate(ovs):
                resolved.append(self._resolve_override(j, ov, words, piece_words, seq_len, rows if mixed else None))
                meta.append((rows, j))
        return resolved, meta

    def _run_batch(self, spec, prepared: list[Prepared], inputs, capture, how, should_stop,
                   groups) -> list[SentenceOutput]:
        tok = self.tokenizer
        words = [p.words for p in prepared]
        lengths = [len(p.ids) for p in prepared]
        src_piece_words = [p.piece_words for p in prepared]
        src_pieces = [list(p.pieces) for p in prepared]
        enc = self._pad([p.ids for p in prepared])
        seq_len = enc["input_ids"].shape[1]
        resolved, meta = self._resolve_groups(groups, words, src_piece_words, seq_len)
        overrides = [ov.to(self.device, self.dtype) for ov in resolved]
        enc = {k: v.to(self.device) for k, v in enc.items()}

        stopping = None
        generates = self.kind in ("seq2seq", "causal-lm") and not spec.skip_generation
        if should_stop is not None and generates:  # polled at every decoder step; a forward alone has none
            from transformers import StoppingCriteriaList

            stopping = StoppingCriteriaList([_stop_criteria()(should_stop)])

        gen_kwargs = {"num_beams": spec.num_beams, "do_sample": False}
        if spec.max_new_tokens:
            gen_kwargs["max_new_tokens"] = spec.max_new_tokens
        if spec.min_new_tokens:
            gen_kwargs["min_new_tokens"] = spec.min_new_tokens
        if not spec.use_cache:
            gen_kwargs["use_cache"] = False
        sequences = baseline = None
        effects: dict = {}  # id(override) -> EffectStats of the pass that made the output
        with self.lock, torch.inference_mode():
            if self.kind == "seq2seq" and not spec.skip_generation:
                with hooked(self.model, [], overrides, beams=spec.num_beams, record=bool(overrides)) as gen:
                    sequences = self.model.generate(**enc, stopping_criteria=stopping, **gen_kwargs)
                effects = gen.effects
                if spec.return_baseline and overrides:
                    baseline = self.model.generate(**enc, stopping_criteria=stopping, **gen_kwargs)
            elif self.kind == "causal-lm" and not spec.skip_generation:
                sequences, effects = self._generate_causal(prepared, overrides, stopping, gen_kwargs, record=True)
                if spec.return_baseline and overrides:
                    baseline, _ = self._generate_causal(prepared, [], stopping, gen_kwargs)
            captured = None
            packed = None  # (batch, seq, sum of widths): every capture site side by side, when all are source sites
            dec_input = None
            if self._traced is not None and self._traced.applies(capture, len(overrides)):
                packed = self._traced.run(capture, enc["input_ids"], enc["attention_mask"], padded=len(set(lengths)) > 1)
            if capture and packed is None:
                fwd = dict(enc)
                with hooked(self.model, capture, overrides, record=bool(overrides) and not effects) as session:
                    if self.kind != "seq2seq":
                        self.model(**fwd)
                    elif any(s.side == "target" for s in capture):
                        dec_input = self._decoder_input(inputs, sequences)
                        self.model(**fwd, decoder_input_ids=dec_input)
                    else:
                        # source sites only: the encoder alone computes them
                        self.model.get_encoder()(**fwd)
                captured = {s.name: session.tensor(s.name) for s in capture}
                effects = effects or session.effects
                if len(captured) > 1 and all(s.side == "source" for s in capture):
                    # one host copy and one aggregation for all sites
                    packed, captured = torch.cat(list(captured.values()), dim=-1), None

        # everything the rows below read comes to the host together: one synchronisation per batch
        stats = _effect_tensors(overrides, effects)
        host = to_host({"seq": sequences, "base": baseline, "dec": dec_input, "packed": packed,
                        **{"site:" + k: v for k, v in (captured or {}).items()}, **stats})
        seq_rows = host["seq"].tolist() if "seq" in host else None
        base_rows = host["base"].tolist() if "base" in host else None
        dec_rows = host["dec"].tolist() if "dec" in host else None
        spans: dict[str, slice] = {}  # each site's columns in the packed array
        if packed is not None:
            at = 0
            for site in capture:
                spans[site.name] = slice(at, at + site.width)
                at += site.width
            # means read the packed tensor in its own dtype (word_means widens only the rows it keeps), so a
            # half-precision batch is not widened whole; the other aggregations read float32 numpy
            packed_np = float32_numpy(host["packed"]) if how != "mean" else None
            captured = {name: packed_np[..., cols] for name, cols in spans.items()} if packed_np is not None else {}
        elif captured is not None:
            captured = {k: float32_numpy(host["site:" + k]) for k in captured}

        # source sites: every sentence's words aggregated in one reduction per site (all sites at once when packed)
        batch_src: dict[str, list[np.ndarray]] = {}
        if captured is not None and how != "none" and any(s.side == "source" for s in capture):
            n_words = [len(w.words) for w in words]
            if how == "mean":
                if packed is not None:
                    rows = alignment.word_means(host["packed"], src_piece_words, n_words)
                    batch_src = {name: [r[:, cols] for r in rows] for name, cols in spans.items()}
                for site in (s for s in capture if s.name not in batch_src and s.side == "source"):
                    batch_src[site.name] = alignment.word_means(captured[site.name], src_piece_words, n_words)
            else:
                width = next(captured[s.name].shape[1] for s in capture if s.side == "source")
                plan = alignment.batch_plan(src_piece_words, n_words, list(lengths), width)  # once for every site
                if packed is not None and plan is not None:  # every site in one gather
                    rows = alignment.apply_plan(packed_np, plan, how)
                    batch_src = {name: [r[:, cols] for r in rows] for name, cols in spans.items()}
                for site in (s for s in capture if s.name not in batch_src and s.side == "source"):
                    batch_src[site.name] = (alignment.apply_plan(captured[site.name], plan, how) if plan is not None
                                            else alignment.aggregate_batch(captured[site.name], src_piece_words,
                                                                           n_words, list(lengths), how))
        outs = []
        for b in range(len(words)):
            n = lengths[b]
            out = SentenceOutput(
                translation="", source_words=list(words[b].words), target_words=[],
                source_pieces=src_pieces[b], source_piece_words=src_piece_words[b],
                target_pieces=[], target_piece_words=np.zeros(0, dtype=np.int32),
            )
            if seq_rows is not None or overrides:
                out.receipt = self._receipt(b, overrides, meta, host, spec.num_beams, lengths[b], src_piece_words[b],
                                            seq_rows[b] if seq_rows is not None else None,
                                            self._token_limit(spec))
            if seq_rows is not None:
                out.translation = self._decode(seq_rows[b])
            if base_rows is not None:
                out.baseline_translation = self._decode(base_rows[b])
            tgt_ids = None
            # target words: of the reference when teacher-forced, else of the generated translation
            target = dec_rows if dec_rows is not None else (seq_rows if self.kind == "seq2seq" else None)
            if target is not None:
                tgt_ids = self._target_ids(target[b])
                out.target_pieces = tok.convert_ids_to_tokens(tgt_ids)
                if dec_rows is not None and inputs[b].reference_words:
                    out.target_piece_words, out.target_words = self._given_target_words(inputs[b], tgt_ids,
                                                                                         out.target_pieces)
                else:
                    out.target_piece_words, out.target_words = self._target_words(tgt_ids, out.target_pieces)
            if captured is not None:
                for site in capture:
                    if site.name in batch_src:
                        out.activations[site.name] = batch_src[site.name][b]
                        continue
                    h = captured[site.name][b]
                    if site.side == "source":
                        rows, pw, nw = h[:n], src_piece_words[b], len(words[b].words)
                    else:
                        # position k of the decoder input reads target piece k (position 0 is the start token)
                        rows, pw, nw = h[1 : 1 + len(tgt_ids)], out.target_piece_words, len(out.target_words)
                    out.activations[site.name] = rows.copy() if how == "none" else alignment.aggregate(rows, pw, nw, how)
            outs.append(out)
        return outs

    def _receipt(self, b: int, overrides: list[ResolvedOverride], meta: list[tuple[list[int], int]],
                 host: dict[str, torch.Tensor], beams: int, n_pieces: int, piece_words: np.ndarray,
                 generated: list[int] | None, limit: int = 0) -> dict:
        """Sentence ``b``'s receipt: each of its overrides' effect (its beam rows folded), and degeneration."""
        rows = slice(b * beams, (b + 1) * beams)
        entries = []
        for k, (ov, (owners, j)) in enumerate(zip(overrides, meta)):
            if ov.rows is not None and b not in owners:
                continue
            cells = int(host[f"eff{k}:cells"][rows].sum()) if f"eff{k}:cells" in host else 0
            total = float(host[f"eff{k}:sum"][rows].sum()) if cells else 0.0
            peak = float(host[f"eff{k}:max"][rows].max()) if cells else 0.0
            positions: list[int] = []
            if f"eff{k}:pos" in host:
                touched = host[f"eff{k}:pos"][rows].any(dim=0)
                positions = [int(p) for p in torch.nonzero(touched).flatten().tolist()]
            words: list[int] = []
            if ov.site.side == "source":
                positions = [p for p in positions if p < n_pieces]
                words = sorted({int(piece_words[p]) for p in positions if piece_words[p] >= 0})
            met = False
            if ov.cond is not None or ov.lexical is not None or ov.tokens is not None:
                met = True
                if ov.lexical is not None:
                    met = met and bool(ov.lexical[b])
                if ov.cond is not None:
                    met = met and f"eff{k}:fired" in host and bool(host[f"eff{k}:fired"][b])
                if ov.tokens is not None:  # fired per beam row: any of the sentence's rows
                    met = met and f"eff{k}:fired" in host and bool(host[f"eff{k}:fired"][rows].any())
            entries.append({"override": j, "site": ov.site.name, "cells_changed": cells, "positions": positions,
                            "words": words, "mean_abs_change": total / cells if cells else 0.0,
                            "max_abs_change": peak, "condition_met": met})
        entries.sort(key=lambda e: e["override"])
        receipt: dict = {"overrides": entries, "hit_max_tokens": False, "repetition": 0.0, "degenerate": False}
        if generated is not None:
            eos, pad = self.model.config.eos_token_id, self.model.config.pad_token_id
            start = 1 if self.kind == "seq2seq" else 0  # the decoder start token
            ids = [t for t in generated[start:] if t != pad or pad == eos]
            # at the limit (an end token may be forced there, so its presence says nothing)
            receipt["hit_max_tokens"] = (eos not in ids) or (limit > 0 and len(ids) >= limit)
            body = [t for t in ids if t != eos]
            grams = [tuple(body[i:i + 3]) for i in range(len(body) - 2)]
            repetition = 1.0 - len(set(grams)) / len(grams) if grams else 0.0
            receipt["repetition"] = repetition
            receipt["degenerate"] = repetition >= DEGENERATE_REPETITION or (
                receipt["hit_max_tokens"] and repetition >= DEGENERATE_REPETITION_AT_LIMIT)
        return receipt

    def _token_limit(self, spec: TranslateSpec) -> int:
        """How many tokens generation may produce for ``spec`` (the request's cap, else the model's)."""
        if spec.max_new_tokens:
            return spec.max_new_tokens
        cfg = getattr(self.model, "generation_config", None)
        if cfg is not None and getattr(cfg, "max_new_tokens", None):
            return int(cfg.max_new_tokens)
        if self.kind == "causal-lm":
            return 20  # _generate_causal's default
        max_length = getattr(cfg, "max_length", None) if cfg is not None else None
        return int(max_length) - 1 if max_length else 0

    def _generate_causal(self, prepared: list[Prepared], overrides, stopping, gen_kwargs,
                         record: bool = False) -> tuple[torch.Tensor, dict]:
        tok = self.tokenizer
        # generation continues from the last real token: pad on the left
        enc = {k: v.to(self.device) for k, v in self._pad([p.ids for p in prepared], side="left").items()}
        # the tokenizer may end the prompt with </s>; a continuation starts after the text itself
        kwargs = dict(gen_kwargs)
        kwargs.setdefault("max_new_tokens", 20)
        with hooked(self.model, [], overrides, beams=kwargs["num_beams"], record=record and bool(overrides)) as s:
            seqs = self.model.generate(**enc, stopping_criteria=stopping, pad_token_id=tok.pad_token_id, **kwargs)
        return seqs[:, enc["input_ids"].shape[1]:], s.effects

    def _decode(self, seq) -> str:
        return self.tokenizer.decode(seq, skip_special_tokens=True).strip()

    def _decoder_input(self, inputs: Sequence[SentenceInput], sequences) -> torch.Tensor:
        """Decoder input ids (batch, steps): the generated sequences, or [start] + reference ids."""
        cfg = self.model.config
        start = cfg.decoder_start_token_id if cfg.decoder_start_token_id is not None else cfg.pad_token_id
        if inputs[0].reference:
            refs = self.tokenize(text_target=[s.reference for s in inputs], add_special_tokens=True)["input_ids"]
            for i, r in enumerate(refs):
                if len(r) > self.limits.max_sentence_tokens:
                    raise InvalidArgument(
                        f"sentences[{i}].reference has {len(r)} tokens; allowed 1-{self.limits.max_sentence_tokens}"
                    )
            width = max(len(r) for r in refs) + 1
            pad = cfg.pad_token_id
            rows = [[start] + r + [pad] * (width - 1 - len(r)) for r in refs]
            return torch.tensor(rows, device=self.device)
        if sequences is None:
            raise InvalidArgument("capture of decoder sites with skip_generation needs sentences[].reference")
        return sequences

    def _target_ids(self, seq: Sequence[int]) -> list[int]:
        """Target piece ids after the start token, up to and including the first </s>."""
        eos = self.model.config.eos_token_id
        pad = self.model.config.pad_token_id
        ids = list(seq[1:])
        out = []
        for t in ids:
            if t == pad and pad != eos:
                break
            out.append(t)
            if t == eos:
                break
        return out

    def _given_target_words(self, inp: SentenceInput, ids: list[int], pieces: list[str]
                            ) -> tuple[np.ndarray, list[str]]:
        """Target pieces mapped to the reference's given words (a target-side dataset's words and labels),
        by the pieces' character spans in the rebuilt reference text."""
        words = alignment.words_from_list(list(inp.reference_words), list(inp.reference_space_after),
                                          field="target_words")
        special = [t in self._special_ids for t in ids]
        offsets = _offsets_by_matching(words.text, pieces, special)
        pw = alignment.piece_words_from_offsets(offsets, special, words.spans)
        return np.asarray(pw, dtype=np.int32), list(words.words)

    def _target_words(self, ids: list[int], pieces: list[str]) -> tuple[np.ndarray, list[str]]:
        special = [t in self._special_ids for t in ids]
        pw = alignment.piece_words_from_markers(pieces, special)
        if pw is None:
            pw = _piece_words_by_decoding(self.tokenizer, ids, special)
        n = int(pw.max()) + 1 if pw.size and pw.max() >= 0 else 0
        words = []
        for w in range(n):
            words.append(self.tokenizer.decode([t for t, p in zip(ids, pw) if p == w]).strip())
        return pw, words

    def perplexity(self, texts: Sequence[str], overrides: Sequence[OverrideSpec] = (),
                   should_stop: Callable[[], bool] | None = None) -> float:
        """Token perplexity of a causal LM on ``texts`` (teacher-forced), with ``overrides`` applied."""
        if self.kind != "causal-lm":
            raise InvalidArgument(f"perplexity needs a causal LM; model {self.name!r} is {self.kind}")
        spec = TranslateSpec(sentences=tuple(SentenceInput(text=t) for t in texts), overrides=tuple(overrides),
                             skip_generation=True)
        self.validate(spec)
        words = self._source_words(spec)
        nll, count = 0.0, 0
        step = self.limits.forward_batch_size
        for start in range(0, len(words), step):
            if should_stop is not None and should_stop():
                raise Cancelled("request cancelled")
            part = words[start : start + step]
            enc, special, offsets, lengths = self._encode([w.text for w in part])
            pws = [np.zeros(n, dtype=np.int32) for n in lengths]
            ovs = [self._resolve_override(j, ov, part, pws, enc["input_ids"].shape[1]) for j, ov in enumerate(overrides)]
            enc = {k: v.to(self.device) for k, v in enc.items()}
            with self.lock, torch.inference_mode(), hooked(self.model, [], ovs):
                logits = self.model(**enc).logits.float()
            labels = enc["input_ids"][:, 1:]
            mask = enc["attention_mask"][:, 1:].bool()
            logp = torch.log_softmax(logits[:, :-1], dim=-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
            nll -= float(logp[mask].sum())
            count += int(mask.sum())
        return float(np.exp(nll / max(count, 1)))

    def info(self) -> dict:
        return {
            "name": self.name, "kind": self.kind, "architecture": type(self.model).__name__,
            "revision": self.revision, "sites": list(self.sites.values()),
            "tokenizer": type(self.tokenizer).__name__, "vocab_size": len(self.tokenizer),
            "dtype": str(self.dtype).replace("torch.", ""), "device": str(self.device),
        }


def _offsets_by_matching(text: str, pieces: list[str], special: list[bool]) -> list[tuple[int, int]]:
    """Character offsets of pieces for slow tokenizers (no offset mapping), by matching in ``text``."""
    out, cursor = [], 0
    for p, s in zip(pieces, special):
        if s:
            out.append((0, 0))
            continue
        core = p.replace("▁", "").replace("Ġ", "").removeprefix("##")
        if not core:
            out.append((cursor, cursor))
            continue
        at = text.find(core, cursor)
        if at < 0:  # normalisation changed the text; give the piece no span (it joins the next word)
            out.append((cursor, cursor))
            continue
        out.append((at, at + len(core)))
        cursor = at + len(core)
    return out


def _piece_words_by_decoding(tokenizer, ids: list[int], special: list[bool]) -> np.ndarray:
    """Word index per piece by decoding prefixes: a piece whose text starts with a space opens a word."""
    out = np.full(len(ids), -1, dtype=np.int32)
    prev, w = "", -1
    for k, s in enumerate(special):
        if s:
            continue
        text = tokenizer.decode(ids[: k + 1], skip_special_tokens=True)
        added = text[len(prev):]
        if w < 0 or added[:1].isspace():
            w += 1
        out[k] = w
        prev = text
    return out


def _forward_order(name: str) -> tuple[int, int]:
    """Where a source site comes in the encoder's forward pass (embeddings, layer i's FFN, layer i, final)."""
    parts = name.split(".")
    if "embeddings" in parts:
        return (-1, 0)
    if "layers" in parts:
        i = parts.index("layers")
        if i + 1 < len(parts) and parts[i + 1].isdigit():
            # inside block i: self-attention, then the FFN, then the block's output
            return (int(parts[i + 1]), {"attn": 0, "ffn": 1}.get(parts[-1], 2))
    return (1 << 30, 0)


def _effect_tensors(overrides: list[ResolvedOverride], effects: dict) -> dict[str, torch.Tensor]:
    """The recorded effect statistics as named tensors, to be copied to the host with the batch."""
    out: dict[str, torch.Tensor] = {}
    for k, ov in enumerate(overrides):
        st = effects.get(id(ov))
        if st is None or st.cells is None:
            continue
        out[f"eff{k}:cells"], out[f"eff{k}:sum"], out[f"eff{k}:max"] = st.cells, st.abs_sum, st.abs_max
        if st.fired is not None:
            out[f"eff{k}:fired"] = st.fired
        if st.touched is not None:
            out[f"eff{k}:pos"] = st.touched
    return out
