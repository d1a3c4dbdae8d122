"""The one wire codec: numpy arrays <-> ``neuronscope.v1.Tensor`` (little-endian, C order, checked)."""

from __future__ import annotations

import math

import numpy as np

from neuronscope.v1 import neuronscope_pb2 as pb

# bfloat16 has no numpy dtype: it travels as the top 16 bits of float32 and arrives as float32.
WIRE_DTYPES = ("float32", "float16", "bfloat16", "int32", "int64")
_NUMPY = {
    "float32": np.dtype("<f4"),
    "float16": np.dtype("<f2"),
    "bfloat16": np.dtype("<u2"),
    "int32": np.dtype("<i4"),
    "int64": np.dtype("<i8"),
}


# The one vocabulary of override ops and aggregations, with their wire enums (client, service, spec
# and hooks all use these names).
OP_ENUMS = {"set": pb.OVERRIDE_SET, "add": pb.OVERRIDE_ADD, "scale": pb.OVERRIDE_SCALE, "zero": pb.OVERRIDE_ZERO,
            "mean": pb.OVERRIDE_MEAN, "clamp": pb.OVERRIDE_CLAMP, "project": pb.OVERRIDE_PROJECT}
AGGREGATION_ENUMS = {"first": pb.AGGREGATION_FIRST, "last": pb.AGGREGATION_LAST, "mean": pb.AGGREGATION_MEAN,
                     "none": pb.AGGREGATION_NONE}
OPS = tuple(OP_ENUMS)
AGGREGATIONS = tuple(AGGREGATION_ENUMS)


MAX_RANK = 8  # dimensions a Tensor may have
MAX_DIM = 2**31 - 1  # size of one dimension


class WireError(ValueError):
    """A Tensor whose dtype, shape and byte length do not agree."""


def itemsize(dtype: str) -> int:
    if dtype not in _NUMPY:
        raise WireError(f"dtype {dtype!r} not supported; allowed: {', '.join(WIRE_DTYPES)}")
    return _NUMPY[dtype].itemsize


def _to_bfloat16_bits(array: np.ndarray) -> np.ndarray:
    bits = np.ascontiguousarray(array, dtype="<f4").view("<u4")
    # round to nearest even, as torch does when casting to bfloat16
    rounded = bits + 0x7FFF + ((bits >> 16) & 1)
    return (rounded >> 16).astype("<u2")


def encode(array: np.ndarray, dtype: str | None = None) -> pb.Tensor:
    """Encode ``array`` (any shape) as a Tensor; ``dtype`` defaults to the array's own (float32 for floats)."""
    array = np.asarray(array)
    if dtype is None:
        dtype = "float32" if array.dtype.kind == "f" else str(array.dtype)
    itemsize(dtype)  # validates the name
    if dtype == "bfloat16":
        raw = _to_bfloat16_bits(array)
    else:
        raw = np.ascontiguousarray(array, dtype=_NUMPY[dtype])
    return pb.Tensor(dtype=dtype, shape=list(array.shape), data=raw.tobytes(order="C"))


def decode(tensor: pb.Tensor, field: str = "tensor") -> np.ndarray:
    """Decode a Tensor into a native-endian numpy array (bfloat16 arrives as float32).

    Raises WireError naming ``field`` when dtype, shape and byte length disagree.
    """
    # a response carries hundreds of these (64 sentences x 4 sites on a cache hit): checks stay cheap
    dtype = tensor.dtype
    wire = _NUMPY.get(dtype)
    if wire is None:
        raise WireError(f"{field}.dtype {dtype!r} not supported; allowed: {', '.join(WIRE_DTYPES)}")
    shape = tuple(tensor.shape)
    if len(shape) > MAX_RANK:
        raise WireError(f"{field}.shape has {len(shape)} dimensions; allowed 0-{MAX_RANK}")
    for s in shape:
        if s < 0:
            raise WireError(f"{field}.shape {list(shape)} has a negative dimension")
        if s > MAX_DIM:
            raise WireError(f"{field}.shape {list(shape)}: each dimension must be in 0-{MAX_DIM}")
    data = tensor.data
    expected = math.prod(shape) * wire.itemsize
    if len(data) != expected:
        raise WireError(f"{field}.data holds {len(data)} bytes; shape {list(shape)} of {dtype} needs {expected}")
    flat = np.frombuffer(data, dtype=wire)
    if dtype == "bfloat16":
        return (flat.astype("<u4") << 16).view("<f4").astype(np.float32).reshape(shape)
    if wire.isnative:  # a writable copy that owns its memory (not a view of the message's bytes)
        return flat.reshape(shape).copy()
    return flat.astype(wire.newbyteorder("="), copy=True).reshape(shape)


def nbytes(shape: tuple[int, ...], dtype: str) -> int:
    """Bytes a Tensor of this shape and dtype carries in ``data``."""
    return math.prod(shape) * itemsize(dtype)
