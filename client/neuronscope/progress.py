"""A progress bar for long client calls, shown by default where someone is watching.

``bar_for(label, progress)`` returns an ``on_progress(stage, fraction)`` callback, or None: with
``progress=None`` (the default of long Client calls) a bar appears when stderr is a terminal or the code
runs in a notebook kernel (IPython), and nothing is printed in scripts and logs. The bar is one line on
stderr rewritten with a carriage return, which terminals and Jupyter both draw in place; it ends at 100 %.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


def watched() -> bool:
    """Whether a person is likely watching: an interactive stderr, or a notebook kernel."""
    if "ipykernel" in sys.modules:
        return True
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class TextBar:
    """``label [#####-----]  42 % stage``, redrawn in place."""

    def __init__(self, label: str, width: int = 30) -> None:
        self.label, self.width, self.last = label, width, -1

    def __call__(self, stage: str, fraction: float) -> None:
        pct = int(max(0.0, min(1.0, fraction)) * 100)
        if pct == self.last and stage != "done":
            return
        self.last = pct
        filled = pct * self.width // 100
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'-' * (self.width - filled)}] {pct:3d} % {stage:<12}")
        if pct >= 100:
            sys.stderr.write("\n")
        sys.stderr.flush()


def bar_for(label: str, progress: bool | Callable[[str, float], None] | None) -> Callable[[str, float], None] | None:
    """The callback a long call reports to: ``progress`` itself when callable; a bar when True, or when None
    and someone is watching; else None."""
    if callable(progress):
        return progress
    if progress or (progress is None and watched()):
        return TextBar(label)
    return None
