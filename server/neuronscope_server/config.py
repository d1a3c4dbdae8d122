"""Server configuration: one frozen dataclass, read once (CLI flags > NEURONSCOPE_* env > defaults)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]  # server/neuronscope_server/config.py → repo
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / "en-es"


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"  # address to bind; a non-loopback one needs keys_file (or insecure)
    port: int = 50051  # gRPC port (0: any free port)
    models: tuple[tuple[str, str], ...] = (("en-es", str(DEFAULT_MODEL_DIR)),)
    default_model: str = ""  # empty: the first of ``models``
    # with --model: also serve the bundled en-es model (first, so it stays the default) unless a model
    # is named en-es; --no-serve-bundled-model serves only the --model ones
    serve_bundled_model: bool = True
    device: str = "auto"  # auto | cpu | cuda | cuda:N
    dtype: str = "float32"  # float32 | float16 | bfloat16 (compute dtype)
    analysis_device: str = "cpu"  # where probes train: cpu | cuda | auto
    threads: int = 0  # torch intra-op threads; 0: torch's default
    # the process's GIL hand-over interval (CPython's default is 5 ms): how long the compute thread may wait to
    # win the GIL back after each torch op while other threads run Python; 0 keeps Python's default
    gil_switch_interval_ms: float = 0.5
    workers: int = 32  # gRPC handler threads (health has its own lane and threads)
    redis_url: str = ""  # empty: in-process LRU cache
    cache_max_bytes: int = 256 * 1024 * 1024  # in-process activation cache size (no Redis)
    cache_ttl_seconds: int = 24 * 3600  # lifetime of a cached activation entry
    # with Redis: an in-process LRU of this many bytes in front of it (read-through, write-through; entries are
    # content-addressed, so a copy is never stale); 0: every lookup goes to Redis
    cache_near_bytes: int = 64 * 1024 * 1024
    data_max_bytes: int = 2 * 1024 * 1024 * 1024  # in-process datasets/profiles when no Redis
    dataset_ttl_seconds: int = 7 * 24 * 3600  # lifetime of a dataset when CreateDataset gives none
    dataset_max_ttl_seconds: int = 30 * 24 * 3600  # the longest ttl_seconds CreateDataset may ask for
    dataset_min_ttl_seconds: int = 60  # the shortest ttl_seconds CreateDataset may ask for
    dataset_max_words: int = 2_000_000  # words one dataset may hold
    dataset_max_bytes: int = 256 * 1024 * 1024  # stored bytes one dataset may take (checked before any work)
    # per-tenant dataset quotas (all of a tenant's live datasets together); 0 disables one
    tenant_max_dataset_bytes: int = 768 * 1024 * 1024
    tenant_max_datasets: int = 100
    # a separate Redis (or logical db) for datasets and profiles, run with maxmemory-policy noeviction and
    # persistence; empty: the same Redis as the cache (then that Redis must not evict either)
    data_redis_url: str = ""
    # where dataset chunks go (manifests, quotas and the tenant index stay in Redis or the in-process store):
    # file:///abs/path (a directory) or s3://bucket/prefix (S3 credentials from the standard AWS chain:
    # AWS_ACCESS_KEY_ID and friends, shared files, instance roles); empty: beside the manifests, as before
    object_store_url: str = ""
    s3_endpoint_url: str = ""  # an S3-compatible endpoint (MinIO, moto), e.g. http://127.0.0.1:9000; empty: AWS
    max_batch_sentences: int = 256  # sentences one Translate request may carry
    max_sentence_tokens: int = 256  # tokens one sentence (or reference) may have after tokenizing
    # checked on the raw request before any tokenizing: a sentence (or reference) longer than this many
    # characters is refused at once (256 tokens rarely need more than ~2,000 characters)
    max_sentence_chars: int = 4096
    max_overrides: int = 64  # overrides one request may carry
    max_capture_bytes: int = 256 * 1024 * 1024  # float32 activations one request may ask for
    # per-tenant limits, on by default so one tenant cannot take every handler thread; 0 disables one
    tenant_max_concurrent: int = 16  # RPCs in flight per tenant (a stream counts until it ends)
    tenant_rate: float = 200.0  # requests per second per tenant (token bucket)
    tenant_burst: int = 400  # bucket size; 0: max(1, rate)
    max_erase_sentences: int = 5000  # sentences one Erase request may score
    max_sweep_translations: int = 20000  # settings × sentences one Sweep request may ask for
    # MODEL=TENANT:NAME[@VERSION], comma-separated: a profile applied to every Translate on MODEL
    default_profile: str = ""
    forward_batch_size: int = 64  # sentences per micro-batch inside one forward pass (sorted by length)
    # one pass's fixed cost in tokens: a pass is cut into micro-batches of similar lengths where padding
    # would cost more than this (micro_batches.py; generating passes count 12x); -1: by device (CPU 32, CUDA 2048)
    forward_overhead_tokens: int = -1
    # capture-only passes without overrides replay a TorchScript trace of the model, checked against the eager
    # pass when traced (no Python per module: about a third of a small model's forward on the CPU)
    traced_captures: bool = True
    # CPU float32 models keep nn.Linear weights input-major, so the BLAS multiplies them untransposed (up to 2x
    # faster for the few-row matrices of short requests; weight_layout.py)
    input_major_weights: bool = True
    batching: bool = True  # merge compatible concurrent requests into one forward pass
    batch_max_sentences: int = 64  # sentences one merged interactive forward pass may hold
    batch_max_delay_ms: float = 5.0  # how long a pass that already merges requests may wait to fill
    queue_size: int = 256  # requests waiting per model before RESOURCE_EXHAUSTED
    # while interactive requests are about, captures and bulk work (datasets, erasure) run in passes of at
    # most this many sentences. Their generation is preempted at the next decoder step when a plain
    # translation arrives (up to 4 times a pass), so what one usually waits for is a pass's forward without
    # decoding (encoder-only, or the teacher-forced capture pass) of this many sentences. 16 against 4 on the shipped en-es, 2
    # cores: bulk calls in 30 s 74-83 vs 41-54, the live p99 the same (docs/RELIABILITY.md, session 11)
    bulk_piece_sentences: int = 16
    # shadow runs (profile versions tried beside live traffic) start only after the model has been idle this
    # long, so a live request never waits behind one; at most shadow_max_pending wait, the oldest are dropped
    shadow_quiet_ms: float = 50.0
    shadow_max_pending: int = 64
    max_message_bytes: int = 64 * 1024 * 1024  # largest message the server sends
    max_request_bytes: int = 64 * 1024 * 1024  # largest message it receives (a dataset's words + labels)
    # transport limits (grpc core channel arguments; docs/RELIABILITY.md has what each defends against)
    max_concurrent_rpcs: int = 256  # RPCs admitted at once, running or waiting for a thread; more: RESOURCE_EXHAUSTED
    # per HTTP/2 connection (SETTINGS_MAX_CONCURRENT_STREAMS). grpc core counts a stream until the server
    # has finished it, even after the client reset it, so this bounds what one rapid-reset connection can
    # queue. 128 (measured, docs/DESIGN-NOTES.md): at 1,024 a reset flood filled max_concurrent_rpcs and
    # other clients lost a fifth of their calls; at 64, 16 busy clients sharing one connection got
    # REFUSED_STREAM; at 128 neither. A client that opens more than ~100 calls at once on one connection
    # may see UNAVAILABLE (REFUSED_STREAM) instead of the tenant limit's RESOURCE_EXHAUSTED.
    max_concurrent_streams: int = 128
    max_connections: int = 2048  # incoming connections held at once; more are closed on accept
    handshake_timeout_seconds: float = 10.0  # a connection without a finished HTTP/2 (and TLS) handshake is closed
    idle_timeout_seconds: float = 300.0  # a connection with no RPC for this long gets GOAWAY
    max_connection_age_seconds: float = 3600.0  # then GOAWAY (clients reconnect, load spreads); 0: no limit
    max_connection_age_grace_seconds: float = 900.0  # RPCs in flight at GOAWAY get this long to finish
    stream_no_progress_seconds: float = 30.0  # a server stream whose client reads nothing for this long is ended
    # health (and readiness) on their own server and threads, so user traffic cannot starve probes:
    # -1: the serving port + 1 (any free port when port is 0); 0: any free port
    health_port: int = -1
    stream_chunk_bytes: int = 4 * 1024 * 1024  # bytes per streamed message (TranslateStream, ReadDataset)
    metrics_port: int = 0  # 0: no /metrics endpoint; metrics bind to ``host``
    keys_file: str = ""  # API keys; empty: no auth (loopback only unless insecure)
    insecure: bool = False  # allow a non-loopback address without keys
    tls_cert: str = ""  # PEM certificate chain: turns TLS on (with tls_key)
    tls_key: str = ""  # PEM private key for tls_cert
    tls_client_ca: str = ""  # PEM CA bundle: clients must present a certificate it signed (mutual TLS)
    grace_seconds: float = 10.0  # on SIGTERM, how long in-flight work may finish
    # jobs (SubmitJob; docs/SCALE.md): empty runs them on this server's own threads; redis://... hands their
    # tasks to `neuronscope worker` processes through Celery (the job board then lives in the Redis of
    # datasets and profiles, data_redis_url or redis_url, which the server and every worker must share)
    broker_url: str = ""
    job_visibility_timeout_seconds: float = 60.0  # a task whose worker died is redelivered after this long
    max_job_bytes: int = 4 * 1024 * 1024 * 1024  # refuse a job whose estimated peak memory is larger; 0: no limit
    job_threads: int = 2  # jobs this server runs at once on its own threads (no broker_url)
    worker_queues: str = "gpu,cpu"  # neuronscope worker: gpu (extraction, loads the models), cpu (rankings)
    log_level: str = "INFO"  # DEBUG | INFO | WARNING | ERROR

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port {self.port} out of range 0-65535")
        if not 0 <= self.metrics_port <= 65535:
            raise ValueError(f"metrics_port {self.metrics_port} out of range 0-65535")
        if not -1 <= self.health_port <= 65535 or (self.health_port == -1 and self.port == 65535):
            raise ValueError(f"health_port {self.health_port} out of range -1-65535 (-1: port + 1)")
        if not self.models:
            raise ValueError("models: give at least one NAME=PATH")
        names = [n for n, _ in self.models]
        if len(set(names)) != len(names):
            raise ValueError(f"models: duplicate names in {names}")
        if self.default_model and self.default_model not in names:
            raise ValueError(f"default_model {self.default_model!r} is not one of models {names}")
        if self.dtype not in DTYPES:
            raise ValueError(f"dtype {self.dtype!r}: allowed {', '.join(DTYPES)}")
        if not _DEVICE.match(self.device):
            raise ValueError(f"device {self.device!r}: allowed auto, cpu, cuda, cuda:N")
        for _, path in self.models:
            placement(path, self.device, self.dtype)  # validates PATH@DEVICE,DTYPE
        for name in ("max_batch_sentences", "max_sentence_tokens", "forward_batch_size", "workers",
                     "max_sentence_chars", "max_concurrent_rpcs", "max_concurrent_streams", "max_connections",
                     "max_request_bytes", "bulk_piece_sentences"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        for name in ("handshake_timeout_seconds", "idle_timeout_seconds", "stream_no_progress_seconds"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be > 0, got {getattr(self, name)}")
        for name in ("max_connection_age_seconds", "max_connection_age_grace_seconds", "tenant_rate",
                     "gil_switch_interval_ms", "cache_near_bytes"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
        queues = [q for q in self.worker_queues.split(",") if q]
        if not queues or any(q not in ("gpu", "cpu") for q in queues):
            raise ValueError(f"worker_queues {self.worker_queues!r}: allowed a comma-separated list of gpu, cpu")
        if self.broker_url and not self.broker_url.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(f"broker_url {self.broker_url!r}: allowed redis://, rediss:// or unix:// URLs")
        if not self.job_visibility_timeout_seconds > 0 or self.job_threads < 1 or self.max_job_bytes < 0:
            raise ValueError("job_visibility_timeout_seconds must be > 0, job_threads >= 1, max_job_bytes >= 0")
        if self.max_concurrent_rpcs < self.workers:
            raise ValueError(f"max_concurrent_rpcs ({self.max_concurrent_rpcs}) must be >= workers ({self.workers})")
        if self.stream_chunk_bytes > self.max_message_bytes // 2:
            raise ValueError("stream_chunk_bytes must be at most half of max_message_bytes")
        self.default_profile_refs()  # validates the syntax
        if self.object_store_url and not self.object_store_url.startswith(("file:///", "s3://")):
            raise ValueError(f"object_store_url {self.object_store_url!r}: expected file:///absolute/path or "
                             "s3://bucket/prefix (or empty)")
        if self.s3_endpoint_url and not self.object_store_url.startswith("s3://"):
            raise ValueError("s3_endpoint_url is set but object_store_url is not an s3:// URL")
        if bool(self.tls_cert) != bool(self.tls_key):
            raise ValueError("tls_cert and tls_key go together")
        if not self.keys_file and not self.insecure and not is_loopback(self.host):
            raise ValueError(
                f"host {self.host!r} is not a loopback address and no keys_file is set: refusing to serve "
                "unauthenticated on a network; set --keys-file (or --insecure if you really mean it)"
            )

    def default_profile_refs(self) -> list[tuple[str, str, str]]:
        """[(model, tenant, "name[@version]")] from ``default_profile``."""
        out = []
        for item in filter(None, (x.strip() for x in self.default_profile.split(","))):
            model, sep, rest = item.partition("=")
            tenant, sep2, ref = rest.partition(":")
            if not (sep and sep2 and model and tenant and ref):
                raise ValueError(f"default_profile {item!r}: expected MODEL=TENANT:NAME[@VERSION]")
            out.append((model, tenant, ref))
        return out

    @property
    def default(self) -> str:
        return self.default_model or self.models[0][0]

    @property
    def health_bind_port(self) -> int:
        """The port the health lane binds (0: any free port)."""
        if self.health_port >= 0:
            return self.health_port
        return self.port + 1 if self.port else 0


DTYPES = ("float32", "float16", "bfloat16")
_DEVICE = re.compile(r"^(auto|cpu|cuda(:\d+)?)$")


def placement(path: str, device: str, dtype: str) -> tuple[str, str, str]:
    """``PATH[@DEVICE[,DTYPE]]`` → (path, device, dtype), the server-wide ``device``/``dtype`` by default.

    ``models/en-es@cuda:1,bf16`` puts one model on the second GPU in bfloat16; ``PATH@cpu`` keeps it on
    the CPU. A path with an ``@`` that is not followed by a device stays a path.
    """
    head, at, tail = path.rpartition("@")
    if not at:
        return path, device, dtype
    dev, _, dt = tail.partition(",")
    if not _DEVICE.match(dev):
        return path, device, dtype
    dt = {"bf16": "bfloat16", "fp16": "float16", "half": "float16", "fp32": "float32"}.get(dt, dt) or dtype
    if dt not in DTYPES:
        raise ValueError(f"model {path!r}: dtype {dt!r}; allowed: {', '.join(DTYPES)} (or bf16, fp16, fp32)")
    return head, dev, dt


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _parse_models(values: Sequence[str]) -> tuple[tuple[str, str], ...]:
    out = []
    for v in values:
        if "=" not in v:
            raise ValueError(f"--model {v!r}: expected NAME=PATH")
        name, path = v.split("=", 1)
        out.append((name.strip(), path.strip()))
    return tuple(out)


def _coerce(value: str, like: object) -> object:
    if isinstance(like, bool):
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off", ""):
            return False
        raise ValueError(f"expected a boolean, got {value!r}")
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


def _field_help() -> dict[str, str]:
    """Each setting's help text: its comment in ``ServerConfig``'s source (inline, or the lines above it)."""
    import inspect

    out: dict[str, str] = {}
    block: list[str] = []
    for line in inspect.getsource(ServerConfig).splitlines():
        text = line.strip()
        if text.startswith("#"):
            block.append(text.lstrip("# "))
            continue
        name, colon, rest = text.partition(":")
        if colon and name.isidentifier() and "=" in rest:
            inline = rest.split("#", 1)[1].strip() if "#" in rest else ""
            out[name] = " ".join([*block, inline]).strip()
        block = []
    return out


_ALIASES = {"object_store_url": ("--object-store",)}  # shorter flags, beside the one named after the setting


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="neuronscope serve", description="Serve models for neuron-level analysis over gRPC.",
        epilog="Every flag can also be set as NEURONSCOPE_<NAME> in the environment or as \"name\": value in a "
        "JSON --config file (flags > environment > file > defaults). docs/RELIABILITY.md explains the limits.")
    p.add_argument("--config", default=None, metavar="FILE",
                   help="a JSON object of settings by name, e.g. {\"port\": 50051, \"models\": {\"en-es\": \"models/en-es\"}}")
    defaults = ServerConfig()
    helps = _field_help()
    for f in fields(ServerConfig):
        flag = "--" + f.name.replace("_", "-")
        default = getattr(defaults, f.name)
        text = helps.get(f.name, "")
        if f.name == "models":
            p.add_argument("--model", dest="models", action="append", metavar="NAME=PATH[@DEVICE[,DTYPE]]",
                           help="a model to serve (repeatable), optionally on its own device and dtype, e.g. "
                           f"big=/models/big@cuda:1,bf16; default: en-es={DEFAULT_MODEL_DIR}")
        elif isinstance(default, bool):
            p.add_argument(flag, dest=f.name, action="store_const", const=True, default=None,
                           help=f"{text} (default: {'on' if default else 'off'})".strip())
            p.add_argument("--no-" + flag[2:], dest=f.name, action="store_const", const=False, default=None,
                           help=argparse.SUPPRESS)
        else:
            p.add_argument(flag, *_ALIASES.get(f.name, ()), dest=f.name, default=None, type=type(default),
                           help=f"{text} (default: {default!r})".strip())
    return p


def _from_file(path: str) -> dict[str, object]:
    """Settings from a JSON config file; unknown names and wrong types are refused, naming the setting."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"config {path}: {e}") from None
    if not isinstance(data, dict):
        raise ValueError(f"config {path}: expected a JSON object of settings")
    known = {f.name: getattr(ServerConfig(), f.name) for f in fields(ServerConfig)}
    out: dict[str, object] = {}
    for name, value in data.items():
        if name not in known:
            raise ValueError(f"config {path}: unknown setting {name!r}")
        if name == "models":
            pairs = value.items() if isinstance(value, dict) else (str(v).split("=", 1) for v in value)
            out[name] = tuple((str(k), str(v)) for k, v in pairs)
            continue
        like = known[name]
        if isinstance(like, bool) != isinstance(value, bool) or not isinstance(value, (type(like), int)):
            raise ValueError(f"config {path}: {name} must be a {type(like).__name__}, got {value!r}")
        out[name] = type(like)(value)
    return out


def load_config(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> ServerConfig:
    """Flags over ``NEURONSCOPE_<NAME>`` environment variables over a ``--config`` file over defaults.

    ``NEURONSCOPE_MODELS`` takes comma-separated NAME=PATH pairs; ``NEURONSCOPE_CONFIG`` names the file.
    """
    env = os.environ if env is None else env
    args = vars(build_parser().parse_args(list(argv or [])))
    defaults = ServerConfig()
    config_file = args.pop("config") or env.get("NEURONSCOPE_CONFIG", "")
    values: dict[str, object] = _from_file(config_file) if config_file else {}
    for f in fields(ServerConfig):
        key = "NEURONSCOPE_" + f.name.upper()
        if args.get(f.name) is not None:
            values[f.name] = _parse_models(args[f.name]) if f.name == "models" else args[f.name]
        elif key in env:
            try:
                if f.name == "models":
                    values[f.name] = _parse_models([m for m in env[key].split(",") if m])
                else:
                    values[f.name] = _coerce(env[key], getattr(defaults, f.name))
            except ValueError as e:
                raise ValueError(f"{key}: {e}") from None
    if "models" in values and values.get("serve_bundled_model", True):
        names = [n for n, _ in values["models"]]  # type: ignore[union-attr]
        if "en-es" not in names and DEFAULT_MODEL_DIR.is_dir():
            values["models"] = (("en-es", str(DEFAULT_MODEL_DIR)),) + tuple(values["models"])  # type: ignore[arg-type]
    return ServerConfig(**values)  # type: ignore[arg-type]
