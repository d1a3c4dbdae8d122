"""A dataset's activations spooled to a local file and read back in row blocks (``DatasetMatrix``).

Ranking used to concatenate a whole dataset in memory, then copy it a few more times; a spooled matrix
lets it run in memory bounded by a block of rows instead. ``spool`` streams the stored chunks once:
the chosen sites' activations go to a temporary file, row-major, in the dataset's storage dtype
(rows = words, columns = the sites concatenated in order); the per-word columns a ranking needs (one
label column as codes, word identities, sentence lengths) stay in memory as small integer arrays; the
per-column mean and std (float64 sums) come out of the same pass. ``DatasetMatrix.rows`` reads rows
with ``os.preadv`` into a fresh buffer, one read per run of consecutive rows, never through a memory
map: pages of a map that have been touched count as the process's resident memory, file reads land in
the kernel's page cache, which does not, and which the kernel drops under pressure.

The file is unlinked right after it is created, so it disappears when the matrix is closed, when the
process dies, or on any error; only the open descriptor keeps it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from neuronscope import wire
from neuronscope.analysis.rowmatrix import READ_BYTES
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope_server.errors import DataLoss, InvalidArgument

__all__ = ["ColumnStats", "DatasetMatrix", "WordColumns", "spool", "spool_dtype"]

# the largest byte count one read(2)/preadv(2) moves on Linux
_MAX_READ = 0x7FFFF000


@dataclass(frozen=True)
class WordColumns:
    """The per-word columns a ranking needs beside the activation rows, as small integer arrays.

    `labels (words,)` int32 codes into `label_values` (sorted, so code order is label order);
    `word_ids (words,)` int32 codes into `vocabulary` (the distinct words; only identity matters:
    the majority baseline and the control task look words up by type); `lengths (sentences,)`
    int32 words per sentence, in row order.
    """

    labels: np.ndarray
    label_values: tuple[str, ...]
    word_ids: np.ndarray
    vocabulary: tuple[str, ...]
    lengths: np.ndarray

    @classmethod
    def from_lists(cls, labels: Sequence[str], words: Sequence[str], lengths: Sequence[int]) -> WordColumns:
        """From one label and one word per row and the sentence lengths (the in-memory path)."""
        values, codes = np.unique(np.asarray(labels, dtype=object), return_inverse=True)
        vocab, ids = np.unique(np.asarray(words, dtype=object), return_inverse=True)
        return cls(codes.reshape(-1).astype(np.int32), tuple(str(v) for v in values), ids.reshape(-1).astype(np.int32),
                   tuple(str(w) for w in vocab), np.asarray(lengths, dtype=np.int32).reshape(-1))


def spool_dtype(storage_dtype: str) -> np.dtype:
    """The file's dtype for a dataset's storage dtype: float16 stays float16, anything else float32."""
    return np.dtype("<f2" if storage_dtype == "float16" else "<f4")


class DatasetMatrix:
    """Activation rows `(words, neurons)` in an (unlinked) local file, read a block of rows at a time.

    A `RowMatrix` (`neuronscope.analysis.rowmatrix`): the probe, the rankers and the ablation read it
    through `rows`. `words` holds the per-word columns, `sites` the `(site, width)` pairs in column
    order, `mean` and `std` `(neurons,)` float64 the per-column statistics over all rows (std 0 for a
    constant column). Close it (or use it as a context manager) to free the file's disk space.
    """

    def __init__(self, fd: int, n_rows: int, sites: Sequence[tuple[str, int]], dtype: np.dtype,
                 words: WordColumns, mean: np.ndarray, std: np.ndarray, path: str) -> None:
        self._fd = fd
        self.sites = tuple(sites)
        self._shape = (int(n_rows), int(sum(w for _, w in self.sites)))
        self._dtype = np.dtype(dtype)
        self._row_bytes = self._shape[1] * self._dtype.itemsize
        self.words = words
        self.mean = mean
        self.std = std
        self.path = path  # where the file was created; already unlinked

    @property
    def shape(self) -> tuple[int, int]:
        return self._shape

    @property
    def dtype(self) -> np.dtype:
        return self._dtype

    @property
    def nbytes(self) -> int:
        """Bytes of the file (on disk or in the page cache, not in this process)."""
        return self._shape[0] * self._row_bytes

    @property
    def closed(self) -> bool:
        return self._fd < 0

    def rows(self, index: np.ndarray) -> np.ndarray:
        """Rows `index (k,)` (any order) as a new `(k, neurons)` array of `dtype`: one read per run of
        consecutive rows, straight into the result (no other buffer)."""
        if self._fd < 0:
            raise ValueError("DatasetMatrix is closed")
        index = np.asarray(index, dtype=np.int64).reshape(-1)
        out = np.empty((index.shape[0], self._shape[1]), dtype=self._dtype)
        if index.shape[0] == 0:
            return out
        if index.min() < 0 or index.max() >= self._shape[0]:
            raise IndexError(f"row index out of range; the matrix has {self._shape[0]} rows")
        breaks = np.flatnonzero(np.diff(index) != 1) + 1
        starts = np.concatenate([[0], breaks]).tolist()
        ends = np.concatenate([breaks, [index.shape[0]]]).tolist()
        for lo, hi in zip(starts, ends):
            self._read_into(out[lo:hi], int(index[lo]) * self._row_bytes)
        return out

    def __getitem__(self, key: tuple[slice, slice]) -> np.ndarray:
        """``matrix[rows, cols]`` for a slice of consecutive rows (step 1) and any column slice: what the
        correlation methods read, a block of rows at a time (one read; the columns are a view)."""
        if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], slice)):
            raise TypeError("a DatasetMatrix is read as matrix[row_slice, col_slice] (or with .rows(index))")
        start, stop, step = key[0].indices(self._shape[0])
        if step != 1:
            raise TypeError("row slices must be consecutive (step 1)")
        return self.rows(np.arange(start, max(start, stop)))[:, key[1]]

    def _read_into(self, buf: np.ndarray, offset: int) -> None:
        view = memoryview(buf).cast("B")
        while view.nbytes:
            n = os.preadv(self._fd, [view[:_MAX_READ]], offset)
            if n <= 0:
                raise DataLoss("the spooled activation file ended early (was the temporary directory cleaned?)")
            view, offset = view[n:], offset + n

    def close(self) -> None:
        """Close the file; its disk space is freed (it was unlinked when created). Idempotent."""
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            os.close(fd)

    def __enter__(self) -> DatasetMatrix:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten matrix must not keep its disk space
        self.close()


class ColumnStats:
    """Per-column float64 sums over blocks of rows, shifted by the first row (so `E[x^2] - E[x]^2`
    stays accurate for a column whose offset dwarfs its spread)."""

    def __init__(self) -> None:
        self.n = 0
        self.shift: np.ndarray | None = None
        self.s1: np.ndarray | None = None
        self.s2: np.ndarray | None = None

    def add(self, block: np.ndarray) -> None:
        """Add the rows of `block (rows, columns)`, a slice at a time (float64 temporaries <= READ_BYTES * 2)."""
        if self.shift is None:
            self.shift = block[0].astype(np.float64)
            self.s1 = np.zeros(block.shape[1])
            self.s2 = np.zeros(block.shape[1])
        step = max(1, READ_BYTES // (8 * max(1, block.shape[1])))
        for lo in range(0, block.shape[0], step):
            x = block[lo : lo + step].astype(np.float64) - self.shift
            self.s1 += x.sum(axis=0)
            self.s2 += np.einsum("ij,ij->j", x, x)
        self.n += block.shape[0]

    def mean_std(self, width: int) -> tuple[np.ndarray, np.ndarray]:
        if self.n == 0:
            return np.zeros(width), np.zeros(width)
        m = self.s1 / self.n
        return m + self.shift, np.sqrt(np.maximum(self.s2 / self.n - m * m, 0.0))


class _Interner:
    """Strings to int32 codes in order of first appearance."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def __call__(self, values: Iterable[str]) -> np.ndarray:
        codes = self.codes
        return np.fromiter((codes.setdefault(v, len(codes)) for v in values), dtype=np.int32)

    def values(self) -> list[str]:
        return list(self.codes)


def spool(
    chunks: Iterable[pb.DatasetChunk],
    sites: Sequence[str],
    label_column: str,
    *,
    directory: str | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> DatasetMatrix:
    """Write the activations of ``sites`` (in this order) from ``chunks`` to a temporary file.

    ``label_column``: the column kept as codes ("" for none: every row gets the one label "").
    ``chunks``: a dataset's chunks in order (``DatasetStore.chunks(tenant, handle)``), read once, one at
    a time. The file goes to ``directory`` (default: the system temp dir, ``TMPDIR``), is unlinked at
    once and holds `(words, sum of the sites' widths)` values in the chunks' dtype (float16 stays
    float16; float32 and bfloat16 become float32). ``on_chunk(chunks_done)`` runs after each chunk
    (progress; raise in it to stop). Memory: one chunk (its stored bytes, the message, the decoded
    arrays and, for several sites, their concatenation), float64 statistics a slice at a time, plus
    the per-word arrays (8 bytes a word, 16 while they are joined) and the distinct words. Raises ``InvalidArgument`` for a missing site or label column or
    for NaN/infinite activations, ``DataLoss`` for chunks that disagree on widths or lengths.
    """
    if not sites:
        raise InvalidArgument("sites is empty; rank at least one site")
    fd, path = tempfile.mkstemp(prefix="neuronscope-rank-", suffix=".bin", dir=directory)
    os.unlink(path)  # the open descriptor keeps the file; nothing is left behind whatever happens
    try:
        return _fill(fd, path, chunks, list(sites), label_column, on_chunk)
    except BaseException:
        os.close(fd)
        raise


def _fill(fd: int, path: str, chunks: Iterable[pb.DatasetChunk], sites: list[str], label_column: str,
          on_chunk: Callable[[int], None] | None) -> DatasetMatrix:
    widths: list[int] | None = None
    dtype: np.dtype | None = None
    stats = ColumnStats()
    labels, words = _Interner(), _Interner()
    label_parts: list[np.ndarray] = []
    word_parts: list[np.ndarray] = []
    length_parts: list[np.ndarray] = []
    n_rows = 0
    with os.fdopen(os.dup(fd), "wb") as f:
        for i, chunk in enumerate(chunks):
            block = _chunk_rows(chunk, i, sites, widths)
            if widths is None:
                widths = [a.shape[1] for a in block]
                dtype = spool_dtype(next(a.values.dtype for a in chunk.activations if a.site == sites[0]))
            rows = (block[0] if len(block) == 1 else np.concatenate(block, axis=1)).astype(dtype, copy=False)
            del block
            n = rows.shape[0]
            column = next((c for c in chunk.labels if c.name == label_column), None) if label_column else \
                pb.LabelColumn(values=[""] * n)  # no label column (cross-model rankings): one empty label
            if column is None:
                raise InvalidArgument(f"label_column {label_column!r} not in the dataset's chunk {i}")
            if len(column.values) != n or len(chunk.words) != n or sum(chunk.sentence_lengths) != n:
                raise DataLoss(f"dataset chunk {i} holds {n} activation rows, {len(column.values)} labels, "
                               f"{len(chunk.words)} words and sentences of {sum(chunk.sentence_lengths)} words")
            stats.add(rows)
            rows.tofile(f)
            label_parts.append(labels(column.values))
            word_parts.append(words(chunk.words))
            length_parts.append(np.asarray(chunk.sentence_lengths, dtype=np.int32))
            n_rows += n
            if on_chunk is not None:
                on_chunk(i + 1)
    if widths is None or n_rows == 0:
        raise InvalidArgument("the dataset has no words to rank")
    # codes in sorted label order, so that code order is label order (as for np.unique over strings)
    values = labels.values()
    order = sorted(range(len(values)), key=values.__getitem__)
    recode = np.empty(len(values), dtype=np.int32)
    recode[order] = np.arange(len(values), dtype=np.int32)
    label_codes = recode[np.concatenate(label_parts)]
    del label_parts
    columns = WordColumns(label_codes, tuple(values[j] for j in order), np.concatenate(word_parts),
                          tuple(words.values()), np.concatenate(length_parts))
    mean, std = stats.mean_std(sum(widths))
    return DatasetMatrix(fd, n_rows, list(zip(sites, widths)), dtype, columns, mean, std, path)


def _chunk_rows(chunk: pb.DatasetChunk, i: int, sites: list[str], widths: list[int] | None) -> list[np.ndarray]:
    """The chunk's activations of ``sites``, in order, decoded and checked: `[(words, width)]`."""
    by_site = {a.site: a for a in chunk.activations}
    out = []
    for j, name in enumerate(sites):
        if name not in by_site:
            raise InvalidArgument(f"sites[{j}] {name!r} is not in the dataset (chunk {i} has "
                                  f"{', '.join(sorted(by_site)) or 'no sites'})")
        a = wire.decode(by_site[name].values, field=f"chunks[{i}].activations[{name}]")
        if a.ndim != 2 or (widths is not None and a.shape[1] != widths[j]) or (out and a.shape[0] != out[0].shape[0]):
            raise DataLoss(f"dataset chunk {i}: site {name!r} has shape {list(a.shape)}, unlike the other chunks/sites")
        if not np.isfinite(a).all():
            raise InvalidArgument(f"activations of site {name!r} contain NaN or infinite values (chunk {i})")
        out.append(a)
    return out
