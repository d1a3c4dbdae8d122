"""Override profiles as files: a shareable, readable JSON artefact (like pyvene's intervention configs).

``save_profile`` writes a ``Profile`` (or a name, model and overrides) to JSON; ``load_profile``
reads it back. Floats are written with Python's shortest round-trip repr, so values, means, stds and
projection matrices come back bit-for-bit. ``Client.export_profile`` / ``Client.import_profile`` use
these; an imported profile is a new version on the target server, whose ``origin`` records where the
file came from (its creator, time and version).

The file is plain JSON, never pickle: loading one runs no code.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from neuronscope.types import Condition, Override, Profile

FORMAT = "neuronscope.profile/v1"


def _override_json(o: Override) -> dict[str, Any]:
    out: dict[str, Any] = {"site": o.site, "neurons": [int(n) for n in o.neurons], "op": o.op}
    if len(o.values):
        out["values"] = [float(v) for v in o.values]
    if o.standardized:
        out["standardized"] = True
    if len(o.means):
        out["means"] = [float(v) for v in o.means]
    if len(o.stds):
        out["stds"] = [float(v) for v in o.stds]
    if o.op == "clamp":
        out["low"], out["high"] = float(o.low), float(o.high)
    if o.words is not None:
        out["words"] = [int(w) for w in o.words]
    if o.matrix is not None:
        out["matrix"] = np.asarray(o.matrix, dtype=np.float64).tolist()
    if o.step_from or o.step_to:
        out["step_from"], out["step_to"] = int(o.step_from), int(o.step_to)
    if o.when is not None:
        out["when"] = {k: (list(v) if isinstance(v, (list, tuple)) else v) for k, v in vars(o.when).items()}
    for key in ("values", "means", "stds"):
        if any(not math.isfinite(v) for v in out.get(key, ())):
            raise ValueError(f"override at {o.site}: {key} holds a non-finite value; a profile file takes finite numbers")
    return out


def _override_from_json(i: int, d: dict[str, Any]) -> Override:
    allowed = {"site", "neurons", "op", "values", "standardized", "means", "stds", "low", "high", "words", "matrix",
               "when", "step_from", "step_to"}
    unknown = sorted(set(d) - allowed)
    if unknown:
        raise ValueError(f"overrides[{i}] has unknown keys {unknown}; allowed: {sorted(allowed)}")
    for key in ("site", "neurons"):
        if key not in d:
            raise ValueError(f"overrides[{i}] has no {key!r}")
    return Override(
        # tuples, as the client builds them from the wire, so a loaded profile compares equal
        site=str(d["site"]), neurons=tuple(int(n) for n in d["neurons"]), op=str(d.get("op", "set")),
        values=tuple(float(v) for v in d.get("values", ())), standardized=bool(d.get("standardized", False)),
        means=tuple(float(v) for v in d.get("means", ())), stds=tuple(float(v) for v in d.get("stds", ())),
        low=float(d.get("low", 0.0)), high=float(d.get("high", 0.0)),
        words=None if d.get("words") is None else tuple(int(w) for w in d["words"]),
        matrix=None if d.get("matrix") is None else np.asarray(d["matrix"], dtype=np.float32),
        step_from=int(d.get("step_from", 0)), step_to=int(d.get("step_to", 0)),
        when=None if d.get("when") is None else Condition(**{**d["when"], "source_words": tuple(d["when"].get(
            "source_words", ())), "after_target_words": tuple(d["when"].get("after_target_words", ()))}),
    )


def profile_json(profile: Profile) -> dict[str, Any]:
    """The JSON document for ``profile`` (what ``save_profile`` writes)."""
    return {
        "format": FORMAT,
        "name": profile.name,
        "model": profile.model,
        "description": profile.description,
        "version": profile.version,
        "created_by": profile.created_by,
        "created_unix": profile.created_unix,
        "overrides": [_override_json(o) for o in profile.overrides],
    }


def save_profile(profile: Profile, path: str | Path) -> Path:
    """Write ``profile`` as JSON to ``path``; returns the path."""
    path = Path(path)
    path.write_text(json.dumps(profile_json(profile), indent=1) + "\n", encoding="utf-8")
    return path


def load_profile(path: str | Path) -> Profile:
    """Read a profile file. Raises ValueError naming what is wrong with a malformed one."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"{path}: not a neuronscope profile (expected \"format\": \"{FORMAT}\")")
    overrides: Sequence[Any] = doc.get("overrides") or []
    if not isinstance(overrides, list) or not overrides:
        raise ValueError(f"{path}: \"overrides\" must be a non-empty list")
    return Profile(
        name=str(doc.get("name", "")), version=int(doc.get("version", 0)), model=str(doc.get("model", "")),
        description=str(doc.get("description", "")),
        overrides=tuple(_override_from_json(i, o) for i, o in enumerate(overrides)),
        created_unix=float(doc.get("created_unix", 0.0)), created_by=str(doc.get("created_by", "")),
    )


def origin_of(profile: Profile, source: str = "") -> str:
    """A one-line provenance for an imported profile: where, who, when, which version."""
    parts = [f"{profile.name}@{profile.version}" if profile.version else profile.name]
    if profile.created_by:
        parts.append(f"by {profile.created_by}")
    if profile.created_unix:
        when = datetime.datetime.fromtimestamp(profile.created_unix, datetime.timezone.utc)  # noqa: UP017 - 3.10
        parts.append("at " + when.isoformat(timespec="seconds"))
    if source:
        parts.append(f"from {source}")
    return ("imported " + " ".join(parts))[:512]
