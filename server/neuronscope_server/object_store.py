"""Object stores for large blobs (dataset chunks): a local directory, or S3 (and S3-compatible servers).

Both implement ``ObjectStore``: whole-object ``put``/``get`` by key, ``delete`` of many keys, ``list``
by prefix, and ``presigned_url`` (a time-limited GET link a client downloads without the server; None
where the store cannot sign one). Keys are ``/``-separated relative names (``datasets/acme/ds_1/chunk-
000000.pb``). A store that cannot be reached raises ``ObjectStoreUnavailable`` (a ``StoreUnavailable``);
a missing key reads as None. Credentials for S3 come from boto3's standard chain (environment, shared
files, instance roles) and are never logged.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlparse

from neuronscope_server.store import StoreUnavailable

log = logging.getLogger(__name__)


class ObjectStoreUnavailable(StoreUnavailable):
    """The object store did not answer (connection refused, timed out, throttled, a server error)."""


class ObjectStore(Protocol):
    kind: str  # "local" | "s3"

    def put(self, key: str, data: bytes) -> None: ...

    def get(self, key: str) -> bytes | None: ...

    def delete(self, keys: Iterable[str]) -> int: ...

    def list(self, prefix: str) -> list[str]: ...

    def presigned_url(self, key: str, expires_seconds: int) -> str | None: ...


def check_key(key: str) -> list[str]:
    """The key's ``/``-separated parts; refuses absolute keys, empty parts and parts starting with a dot
    (``.``, ``..``, and the stores' own temporary files), so a key can never name a path outside the root."""
    if not key or key.startswith("/") or "\\" in key or "\x00" in key:
        raise ValueError(f"object key {key!r}: expected a relative name of '/'-separated parts")
    parts = key.split("/")
    for part in parts:
        if not part or part.startswith("."):
            raise ValueError(f"object key {key!r}: part {part!r} is empty or starts with '.'")
    return parts


class LocalDirStore:
    """Objects as files under ``root``. Writes are atomic (a temporary file in the same directory, then
    ``os.replace``), so a reader sees a whole object or none. No URLs: ``presigned_url`` is None."""

    kind = "local"

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root.joinpath(*check_key(key))

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise ObjectStoreUnavailable(f"local object store {self.root}: {type(exc).__name__}: {exc}") from exc

    def get(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ObjectStoreUnavailable(f"local object store {self.root}: {type(exc).__name__}") from exc

    def delete(self, keys: Iterable[str]) -> int:
        n = 0
        for key in keys:
            path = self._path(key)
            try:
                path.unlink()
                n += 1
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise ObjectStoreUnavailable(f"local object store {self.root}: {type(exc).__name__}") from exc
            self._prune(path.parent)
        return n

    def _prune(self, folder: Path) -> None:
        """Remove now-empty folders up to the root, so deleted datasets leave no tree behind."""
        while folder != self.root and self.root in folder.parents:
            try:
                folder.rmdir()
            except OSError:  # not empty (or raced with a writer): stop
                return
            folder = folder.parent

    def list(self, prefix: str) -> list[str]:
        out = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            rel = Path(dirpath).relative_to(self.root).as_posix()
            for name in filenames:
                if name.startswith("."):
                    continue  # a write in progress
                key = name if rel == "." else f"{rel}/{name}"
                if key.startswith(prefix):
                    out.append(key)
        return sorted(out)

    def presigned_url(self, key: str, expires_seconds: int) -> str | None:
        return None


class S3Store:
    """Objects in an S3 bucket under ``prefix``, through boto3; ``endpoint_url`` for MinIO, moto or
    another S3-compatible server (path-style addressing). ``create_bucket``: create it when missing."""

    kind = "s3"

    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str | None = None, region: str | None = None,
                 create_bucket: bool = False, connect_timeout: float = 2.0, read_timeout: float = 30.0) -> None:
        import boto3
        from botocore.config import Config

        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.endpoint_url = endpoint_url or None
        config = Config(
            connect_timeout=connect_timeout, read_timeout=read_timeout, signature_version="s3v4",
            retries={"max_attempts": 3, "mode": "standard"},
            s3={"addressing_style": "path"} if self.endpoint_url else {},
        )
        self._s3 = boto3.session.Session().client("s3", endpoint_url=self.endpoint_url, region_name=region,
                                                  config=config)
        if create_bucket:
            self._create_bucket(region)

    def __repr__(self) -> str:  # never the credentials; the endpoint has none
        return f"S3Store(s3://{self.bucket}/{self.prefix}, endpoint={self.endpoint_url or 'aws'})"

    def _create_bucket(self, region: str | None) -> None:
        from botocore.exceptions import ClientError

        kwargs: dict = {"Bucket": self.bucket}
        region = region or self._s3.meta.region_name
        if region and region != "us-east-1":  # us-east-1 refuses an explicit location constraint
            kwargs["CreateBucketConfiguration"] = {"LocationConstraint": region}
        try:
            self._call("create_bucket", lambda: self._s3.create_bucket(**kwargs))
        except ClientError as exc:
            if _code(exc) not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                raise

    def _key(self, key: str) -> str:
        check_key(key)
        return self.prefix + key

    def _call(self, op: str, fn):
        """Run one boto3 call; connection-level failures and server-side trouble become ObjectStoreUnavailable."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return fn()
        except ClientError as exc:
            code = _code(exc)
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            if status >= 500 or code in ("SlowDown", "Throttling", "ThrottlingException", "RequestTimeout"):
                log.warning("s3 %s on %r failed: %s", op, self, code)
                raise ObjectStoreUnavailable(f"object store s3://{self.bucket} answered {code}") from exc
            raise  # a missing bucket, denied access: a configuration error, not an outage
        except BotoCoreError as exc:  # endpoint unreachable, timeouts, no credentials
            log.warning("s3 %s on %r failed: %s", op, self, type(exc).__name__)
            raise ObjectStoreUnavailable(f"object store s3://{self.bucket} is unavailable ({type(exc).__name__})") from exc

    def put(self, key: str, data: bytes) -> None:
        k = self._key(key)
        self._call("put", lambda: self._s3.put_object(Bucket=self.bucket, Key=k, Body=data))

    def get(self, key: str) -> bytes | None:
        from botocore.exceptions import ClientError

        k = self._key(key)
        try:
            body = self._call("get", lambda: self._s3.get_object(Bucket=self.bucket, Key=k)["Body"])
            return self._call("get", body.read)
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404", "NotFound"):
                return None
            raise

    def delete(self, keys: Iterable[str]) -> int:
        full = [self._key(k) for k in keys]
        n = 0
        for start in range(0, len(full), 1000):  # DeleteObjects takes at most 1,000 keys
            batch = [{"Key": k} for k in full[start : start + 1000]]
            r = self._call("delete", lambda b=batch: self._s3.delete_objects(
                Bucket=self.bucket, Delete={"Objects": b, "Quiet": True}))
            if r.get("Errors"):
                codes = sorted({e.get("Code", "?") for e in r["Errors"]})
                raise ObjectStoreUnavailable(f"object store s3://{self.bucket}: {len(r['Errors'])} deletes failed "
                                             f"({', '.join(codes)})")
            n += len(batch)
        return n

    def list(self, prefix: str) -> list[str]:
        def run() -> list[str]:
            out = []
            pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix + prefix)
            for page in pages:
                out.extend(o["Key"][len(self.prefix):] for o in page.get("Contents", ()))
            return sorted(out)

        return self._call("list", run)

    def presigned_url(self, key: str, expires_seconds: int) -> str | None:
        """A GET URL valid for ``expires_seconds`` (SigV4 allows at most 7 days); None without credentials.
        It names the endpoint this server uses, so clients must be able to reach that endpoint too."""
        from botocore.exceptions import NoCredentialsError

        k = self._key(key)
        try:
            return self._s3.generate_presigned_url("get_object", Params={"Bucket": self.bucket, "Key": k},
                                                   ExpiresIn=int(expires_seconds))
        except NoCredentialsError:
            return None


def _code(exc) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def open_object_store(url: str, endpoint_url: str = "", region: str | None = None,
                      create_bucket: bool = False) -> ObjectStore:
    """``""``: a private temporary directory removed at process exit (as durable as the in-process store);
    ``file:///abs/path``: that directory; ``s3://bucket/prefix``: S3, at ``endpoint_url`` when given."""
    if not url:
        root = tempfile.mkdtemp(prefix="neuronscope-objects-")  # mode 0700
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        return LocalDirStore(root)
    parsed = urlparse(url)
    if parsed.scheme == "file":
        if parsed.netloc not in ("", "localhost") or not parsed.path.startswith("/"):
            raise ValueError(f"object_store_url {url!r}: expected file:///absolute/path")
        return LocalDirStore(unquote(parsed.path))
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise ValueError(f"object_store_url {url!r}: expected s3://bucket[/prefix]")
        return S3Store(parsed.netloc, parsed.path.strip("/"), endpoint_url=endpoint_url or None, region=region,
                       create_bucket=create_bucket)
    raise ValueError(f"object_store_url {url!r}: allowed schemes are file:// and s3:// (or empty)")
