"""The wire codec: exact round trips, explicit little-endian, length checks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from neuronscope import wire
from neuronscope.v1 import neuronscope_pb2 as pb

shapes = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=6)


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float32, shapes, elements=st.floats(-1e6, 1e6, width=32)))
def test_float32_round_trip_is_exact(a):
    t = wire.encode(a)
    assert t.dtype == "float32" and list(t.shape) == list(a.shape)
    np.testing.assert_array_equal(wire.decode(t), a)


@settings(max_examples=40, deadline=None)
@given(hnp.arrays(np.int64, shapes, elements=st.integers(-(2**62), 2**62)))
def test_int64_round_trip_is_exact(a):
    np.testing.assert_array_equal(wire.decode(wire.encode(a, "int64")), a)


@settings(max_examples=40, deadline=None)
@given(hnp.arrays(np.float32, shapes, elements=st.floats(-1e4, 1e4, width=32)))
def test_half_precisions_are_close(a):
    h = wire.decode(wire.encode(a, "float16"))
    assert h.dtype == np.float16
    np.testing.assert_allclose(h.astype(np.float32), a, rtol=1e-3, atol=1e-2)
    b = wire.decode(wire.encode(a, "bfloat16"))
    assert b.dtype == np.float32  # no numpy bfloat16: widened on arrival
    np.testing.assert_allclose(b, a, rtol=1e-2, atol=1e-2)


def test_bytes_are_little_endian_c_order():
    a = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=">f4")  # big-endian input
    t = wire.encode(a.T)  # a non-contiguous view
    assert t.data == np.array([1.0, 3.0, 2.0, 4.0], dtype="<f4").tobytes()


def test_bfloat16_rounds_to_nearest_even():
    x = np.array([1.0 + 2**-8, 1.0 + 3 * 2**-8], dtype=np.float32)  # halfway cases
    assert wire.decode(wire.encode(x, "bfloat16")).tolist() == [1.0, 1.0 + 2**-6]


@pytest.mark.parametrize(
    "tensor, needle",
    [
        (pb.Tensor(dtype="float64", shape=[1], data=b"\0" * 8), "not supported"),
        (pb.Tensor(dtype="float32", shape=[2, 2], data=b"\0" * 12), "needs 16"),
        (pb.Tensor(dtype="float32", shape=[-1], data=b""), "negative"),
    ],
)
def test_inconsistent_tensors_are_refused(tensor, needle):
    with pytest.raises(wire.WireError, match=needle):
        wire.decode(tensor, field="x")


@pytest.mark.parametrize("shape, needle", [([0, 2**62], "each dimension"), ([1] * 100, "100 dimensions"),
                                           ([-1], "negative")])
def test_absurd_shapes_are_wire_errors(shape, needle):
    with pytest.raises(wire.WireError, match=needle):
        wire.decode(pb.Tensor(dtype="float32", shape=shape, data=b""))
