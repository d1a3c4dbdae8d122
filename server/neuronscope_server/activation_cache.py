"""Activation cache: one entry per sentence × model revision × capture spec × wire dtype, as protobuf bytes.

Key: ``ns:v1:act:{tenant}:{sha256 of the canonical request}``. Value: a serialized
``SentenceResult`` with its activations in the dtype the request asked for (the one wire codec, never
pickle), so every hit goes out as its stored bytes. A float16 hit used to be decoded from a float32
entry and re-encoded: ``bench/cache_hit.py --dtype float16`` took 9.6-11.3 ms a 64-sentence hit that
way and 4.3-5.7 ms now (docs/PERFORMANCE.md). A request in another dtype computes its own entries.
float32 keys hash what they hashed before dtypes were keyed, so entries cached then are still found.
Lookups for a batch are one pipelined MGET, so a batch can partly hit; store failures are misses.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) escapes strings with

from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.metrics import Metrics
from neuronscope_server.spec import SentenceInput, TranslateSpec, request_canonical  # noqa: F401 - request_canonical re-exported
from neuronscope_server.store import KVStore

KEY_PREFIX = "ns:v1:act:"
# a text-only sentence's JSON is these two around its escaped text (see _sentence_json)
_TEXT_HEAD, _TEXT_TAIL = json.dumps(vars(SentenceInput(text="\x00")), sort_keys=True,
                                    ensure_ascii=False).split(encode_basestring("\x00"))


def _sentence_json(s: SentenceInput) -> str:
    """The sentence's part of its key: the JSON of its fields, sorted (the same bytes since the first release).

    A sentence with only ``text`` (most requests) is written from a template around its escaped text, the
    exact string ``json.dumps`` gives (property test) in ~0.3 µs instead of ~7.7 µs.
    """
    if not (s.words or s.space_after or s.reference or s.reference_words or s.reference_space_after):
        return _TEXT_HEAD + encode_basestring(s.text) + _TEXT_TAIL
    return json.dumps(vars(s), sort_keys=True, ensure_ascii=False)


class ActivationCache:
    def __init__(self, store: KVStore, metrics: Metrics, ttl_seconds: int, near: KVStore | None = None) -> None:
        self.store = store
        self.metrics = metrics
        self.ttl_seconds = ttl_seconds
        # an in-process LRU in front of a shared store (Redis): a key names its content (tenant, model
        # revision, request shape, sentence), so a near copy is never stale and needs no invalidation
        self.near = near

    def _get(self, keys: Sequence[str]) -> list[bytes | None]:
        """Stored bytes per key: the near copy first, the store (one round trip) for the rest."""
        if self.near is None:
            return self.store.get_many(keys)
        out = self.near.get_many(keys)
        missing = [i for i, v in enumerate(out) if v is None]
        if len(missing) < len(keys):
            self.metrics.cache_near_hits.inc(len(keys) - len(missing))
        if missing:
            far = self.store.get_many([keys[i] for i in missing])
            found = {}
            for i, value in zip(missing, far):
                out[i] = value
                if value is not None:
                    found[keys[i]] = value
            if found:
                self.near.set_many(found, self.ttl_seconds)
        return out

    def _put(self, payload: dict[str, bytes]) -> bool:
        if self.near is not None:
            self.near.set_many(payload, self.ttl_seconds)
        return self.store.set_many(payload, self.ttl_seconds)

    @staticmethod
    def keys(tenant: str, model: str, revision: str, spec: TranslateSpec, dtype: str = "float32") -> list[str]:
        """One key per sentence of ``spec``, for results sent as ``dtype``."""
        base = hashlib.sha256(request_canonical(model, revision, spec).encode("utf-8"))
        if dtype != "float32":
            # JSON never holds a raw NUL, so no float32 key's hashed bytes can start the same way
            base.update(f"\x00dtype:{dtype}".encode())
        out = []
        for s in spec.sentences:
            h = base.copy()
            h.update(_sentence_json(s).encode("utf-8"))
            out.append(f"{KEY_PREFIX}{tenant}:{h.hexdigest()}")
        return out

    def lookup(self, keys: Sequence[str]) -> list[pb.SentenceResult | None]:
        start = time.perf_counter()
        raw = self._get(keys)
        self.metrics.cache_latency.labels("get").observe(time.perf_counter() - start)
        out: list[pb.SentenceResult | None] = []
        for value in raw:
            if value is None:
                self.metrics.cache_requests.labels("miss").inc()
                out.append(None)
                continue
            msg = pb.SentenceResult()
            try:
                msg.ParseFromString(value)
            except Exception:  # noqa: BLE001 - a corrupt entry is a miss, never a failed request
                self.metrics.cache_requests.labels("error").inc()
                out.append(None)
                continue
            self.metrics.cache_requests.labels("hit").inc()
            self.metrics.cache_bytes.labels("read").inc(len(value))
            out.append(msg)
        return out

    def lookup_raw(self, keys: Sequence[str]) -> list[bytes | None]:
        """The stored bytes of each entry (None: a miss), in one round trip and without parsing."""
        start = time.perf_counter()
        raw = self._get(keys)
        self.metrics.cache_latency.labels("get").observe(time.perf_counter() - start)
        self._count(raw)
        return raw

    def _count(self, raw: Sequence[bytes | None]) -> None:
        """Hit and miss counters for one lookup, incremented once each (a 64-sentence hit is 64 entries)."""
        hits = [len(v) for v in raw if v is not None]
        if hits:
            self.metrics.cache_requests.labels("hit").inc(len(hits))
            self.metrics.cache_bytes.labels("read").inc(sum(hits))
        if len(hits) < len(raw):
            self.metrics.cache_requests.labels("miss").inc(len(raw) - len(hits))

    def save_raw(self, items: dict[str, bytes]) -> None:
        """Store already serialized results (the response reuses the same bytes)."""
        if not items:
            return
        start = time.perf_counter()
        if self._put(items):
            self.metrics.cache_bytes.labels("written").inc(sum(len(v) for v in items.values()))
        self.metrics.cache_latency.labels("set").observe(time.perf_counter() - start)

    def save(self, items: dict[str, pb.SentenceResult]) -> None:
        if not items:
            return
        start = time.perf_counter()
        payload = {k: m.SerializeToString() for k, m in items.items()}
        if self._put(payload):
            self.metrics.cache_bytes.labels("written").inc(sum(len(v) for v in payload.values()))
        self.metrics.cache_latency.labels("set").observe(time.perf_counter() - start)
