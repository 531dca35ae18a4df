"""What each codec did to our loudness last time, so the next encode starts from it.

A codec takes a little loudness off (LAME at 96 kbps: about 0.5 LU) and its peaks rise
above the limiter's ceiling by an amount that depends on the programme: 0.7 to 1.8 dB on
our episodes. The encoder's first guess uses fixed figures; when a guess misses, the file
is encoded a second time, which doubles the encode (4 to 5 s on a 20-minute episode) — and
a re-render after a one-line edit is then mostly that. So every pass's figures are kept in
the cache (``<cache>/encode/<format>-<channels>.json``): the next render of the show starts
from the last loss and under the largest recent overshoot, and its first pass is usually
its only one. A missing or unreadable memory only costs a pass.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..paths import cache_dir

KEPT = 8  # recent overshoots remembered: the largest is used


@dataclass(frozen=True)
class Calibration:
    loss: float  # LU the codec took off last time
    overshoots: tuple[float, ...]  # dB the true peak rose above the ceiling, newest last

    @property
    def overshoot(self) -> float:
        return max(self.overshoots)


def _path(kind: str, channels: int) -> Path:
    return cache_dir() / "encode" / f"{kind}-{channels}.json"


def recall(kind: str, channels: int) -> Calibration | None:
    try:
        raw = json.loads(_path(kind, channels).read_text(encoding="utf-8"))
        overshoots = tuple(float(x) for x in raw["overshoots"])[-KEPT:]
        loss = float(raw["loss"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not overshoots or not all(-3.0 <= x <= 6.0 for x in (*overshoots, loss)):
        return None  # not ours, or nonsense: start from the fixed figures
    return Calibration(loss, overshoots)


def remember(kind: str, channels: int, loss: float, overshoots: Sequence[float]) -> None:
    """Add one encode's overshoots (one per pass) to the memory, with its last loss."""
    from ..files import write_atomic

    if not overshoots:
        return
    known = recall(kind, channels)
    overshoots = (*(known.overshoots if known else ()), *(round(x, 2) for x in overshoots))[-KEPT:]
    data = json.dumps({"loss": round(loss, 2), "overshoots": list(overshoots)})
    try:
        write_atomic(_path(kind, channels), data.encode("utf-8"), durable=False)
    except OSError:
        pass  # a read-only cache only costs a pass next time
