"""Matrices read a block of rows at a time (``RowMatrix``): a file on disk, an array, or a view of one.

The probes, the cheap rankers and the ablation take a ``RowMatrix`` wherever they take an array, and
then read it in blocks of at most ``READ_BYTES`` of float32, so that a dataset larger than memory can
be probed from a file. A view (``RowView``) picks rows and maps each block as it is read (z-scoring,
zeroing columns), so no full-size copy is ever made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol, runtime_checkable

import numpy as np

__all__ = ["READ_BYTES", "ArrayRows", "RowMatrix", "RowView", "is_row_matrix", "read_rows", "row_blocks", "take"]

# float32 bytes a reader asks a RowMatrix for at once (a dev check, a prediction chunk, a stats block):
# with the few temporaries made per block this bounds a reader's memory, whatever the matrix's size.
READ_BYTES = 16 << 20


@runtime_checkable
class RowMatrix(Protocol):
    """A `(rows, columns)` matrix that hands out the rows asked for, never the whole matrix."""

    @property
    def shape(self) -> tuple[int, int]: ...

    @property
    def dtype(self) -> np.dtype: ...

    def rows(self, index: np.ndarray) -> np.ndarray:
        """Rows `index (k,)` (int64, any order) as a new C-contiguous `(k, columns)` array of `dtype`."""
        ...


def is_row_matrix(X: Any) -> bool:
    """True for a `RowMatrix` that is not a plain array (arrays keep their in-memory code paths)."""
    return not isinstance(X, np.ndarray) and isinstance(X, RowMatrix)


def take(X: Any, index: np.ndarray) -> np.ndarray:
    """Rows `index (k,)` of an array or a `RowMatrix`: `(k, columns)`."""
    return X.rows(index) if is_row_matrix(X) else X[index]


def read_rows(X: Any, cap: int) -> int:
    """Rows per read: `cap` for an array (its code path is unchanged); for a `RowMatrix`, at most
    `READ_BYTES` of float32 and at most `cap` (at least 1)."""
    if not is_row_matrix(X):
        return cap
    return max(1, min(cap, READ_BYTES // (4 * max(1, X.shape[1]))))


def row_blocks(X: Any, block_rows: int) -> Iterator[tuple[int, np.ndarray]]:
    """`(start, rows start:start+block_rows)` over all rows of an array or a `RowMatrix`, in order."""
    n = X.shape[0]
    for start in range(0, n, block_rows):
        stop = min(n, start + block_rows)
        yield start, (X.rows(np.arange(start, stop)) if is_row_matrix(X) else X[start:stop])


class ArrayRows:
    """An in-memory `(rows, columns)` array as a `RowMatrix`, so that it takes the same blocked code path
    (and gives the same numbers) as a matrix read from disk."""

    def __init__(self, array: np.ndarray) -> None:
        if array.ndim != 2:
            raise ValueError(f"array must be 2-D (rows, columns), got shape {array.shape}")
        self.array = array

    @property
    def shape(self) -> tuple[int, int]:
        return self.array.shape  # type: ignore[return-value]

    @property
    def dtype(self) -> np.dtype:
        return self.array.dtype

    def rows(self, index: np.ndarray) -> np.ndarray:
        return self.array[np.asarray(index, dtype=np.int64)]


class RowView:
    """Rows `index (k,)` of `base` (all rows when None), each block passed through `fn` as it is read.

    `fn` maps a `(rows, base columns)` block to `(rows, columns)` of `dtype` (default: the base's
    columns and dtype): z-scoring, zeroing or selecting columns. Nothing is computed until rows are
    asked for, and views compose (a view of a view).
    """

    def __init__(self, base: Any, index: np.ndarray | None = None,
                 fn: Callable[[np.ndarray], np.ndarray] | None = None,
                 columns: int | None = None, dtype: Any = None) -> None:
        self.base = base
        self.index = None if index is None else np.asarray(index, dtype=np.int64)
        self.fn = fn
        n = base.shape[0] if self.index is None else self.index.shape[0]
        self._shape = (int(n), int(base.shape[1] if columns is None else columns))
        self._dtype = np.dtype(base.dtype if dtype is None else dtype)

    @property
    def shape(self) -> tuple[int, int]:
        return self._shape

    @property
    def dtype(self) -> np.dtype:
        return self._dtype

    def rows(self, index: np.ndarray) -> np.ndarray:
        index = np.asarray(index, dtype=np.int64)
        block = take(self.base, index if self.index is None else self.index[index])
        return block if self.fn is None else self.fn(block)
