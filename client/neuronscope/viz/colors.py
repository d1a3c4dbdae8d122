"""Diverging blue-white-red colours for activations, normalised per neuron by max |value|."""

from __future__ import annotations

import numpy as np

# The two ends of the scale. Red stays at 255 on the positive side and blue at 255 on the negative
# side, so the red channel never falls and the blue channel never rises as the value grows: a larger
# value is always at least as red and no more blue.
NEGATIVE = (40, 90, 255)
POSITIVE = (255, 50, 40)
WHITE = (255, 255, 255)
# Above this |t| the cell is dark enough that white text reads better than black.
_DARK = 0.6


def scale_of(values: np.ndarray) -> float:
    """The symmetric scale of one neuron: max |value| over what is shown (1.0 when all are zero or empty)."""
    a = np.asarray(values, dtype=np.float64)
    m = float(np.max(np.abs(a))) if a.size else 0.0
    return m if m > 0 else 1.0


def normalise(values: np.ndarray, scale: float) -> np.ndarray:
    """``values / scale`` clipped to [-1, 1] (the colour position of each value)."""
    if not scale > 0:
        raise ValueError(f"scale must be positive, got {scale}")
    return np.clip(np.asarray(values, dtype=np.float64) / scale, -1.0, 1.0)


def diverging_rgb(t: np.ndarray) -> np.ndarray:
    """(n, 3) uint8 RGB of normalised positions ``t (n,)`` in [-1, 1]: -1 blue, 0 white, +1 red."""
    t = np.clip(np.asarray(t, dtype=np.float64).reshape(-1), -1.0, 1.0)
    white, neg, pos = (np.asarray(c, dtype=np.float64) for c in (WHITE, NEGATIVE, POSITIVE))
    pos_part = np.maximum(t, 0.0)[:, None]
    neg_part = np.maximum(-t, 0.0)[:, None]
    rgb = white + pos_part * (pos - white) + neg_part * (neg - white)
    return np.rint(rgb).astype(np.uint8)


def hex_colors(t: np.ndarray) -> list[str]:
    """``#rrggbb`` of normalised positions ``t (n,)`` in [-1, 1]."""
    return [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in diverging_rgb(t).tolist()]


def text_colors(t: np.ndarray) -> list[str]:
    """A readable text colour (black or white) for each cell colour of ``t (n,)``."""
    t = np.asarray(t, dtype=np.float64).reshape(-1)
    return ["#ffffff" if abs(x) > _DARK else "#111111" for x in t.tolist()]
