"""Loudness as a listener's player measures it: EBU R128 / ITU-R BS.1770 through ffmpeg's
``ebur128`` filter (integrated loudness, loudness range, and true peak with 4x oversampling).

The published figures are always measured on the encoded file itself (decoded by ffmpeg),
because the codec moves both the loudness and the peaks a little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import AudioError
from .ffmpeg import run_ffmpeg

TARGET_LUFS = -16.0  # Apple, Spotify and most podcast hosts
TOLERANCE_LU = 1.0
MAX_TRUE_PEAK = -1.0  # dBTP

_SUMMARY = re.compile(
    r"Integrated loudness:\s*I:\s*(?P<i>-?[\d.]+|-inf) LUFS.*?"
    r"Loudness range:\s*LRA:\s*(?P<lra>-?[\d.]+) LU.*?"
    r"True peak:\s*Peak:\s*(?P<tp>-?[\d.]+|-inf) dBFS",
    re.S,
)


@dataclass(frozen=True)
class Loudness:
    integrated: float  # LUFS
    true_peak: float  # dBTP
    lra: float  # LU

    def meets(self, target: float = TARGET_LUFS, tolerance: float = TOLERANCE_LU, ceiling: float = MAX_TRUE_PEAK) -> bool:
        return abs(self.integrated - target) <= tolerance and self.true_peak <= ceiling

    def __str__(self) -> str:
        return f"{self.integrated:.1f} LUFS integrated, {self.true_peak:.1f} dBTP true peak, LRA {self.lra:.1f} LU"


def _parse(stderr: str, what: str) -> Loudness:
    summary = stderr[stderr.rfind("Summary:") :]
    if "True peak:" not in summary:
        summary += "\n  True peak:\n    Peak: -inf dBFS"
    match = _SUMMARY.search(summary)
    if not match:
        raise AudioError(f"ffmpeg measured no loudness for {what}", "the audio may be empty or silent")

    def number(text: str) -> float:
        return float("-inf") if text == "-inf" else float(text)

    return Loudness(number(match["i"]), number(match["tp"]), number(match["lra"]))


def measure_file(path: str) -> Loudness:
    """Loudness of an audio file (MP3, M4A, Opus…), as decoded by ffmpeg."""
    _, stderr = run_ffmpeg(
        ["-v", "info", "-i", path, "-map", "0:a:0", "-af", "ebur128=peak=true", "-f", "null", "-"],
        f"measure the loudness of {path}",
    )
    return _parse(stderr, path)


def measure_samples(samples: Any, rate: int, true_peak: bool = True) -> Loudness:
    """Loudness of float samples, shape (n,) or (n, channels). Without ``true_peak`` (a 4x
    oversampling, the slow part) the peak is reported as -inf."""
    import numpy as np

    data = np.asarray(samples, dtype="<f4")
    channels = 1 if data.ndim == 1 else data.shape[1]
    meter = "ebur128=peak=true" if true_peak else "ebur128"
    _, stderr = run_ffmpeg(
        ["-v", "info", "-f", "f32le", "-ar", str(rate), "-ac", str(channels), "-i", "pipe:",
         "-af", meter, "-f", "null", "-"],
        "measure the loudness", stdin=np.ascontiguousarray(data).tobytes(),
    )  # fmt: skip
    return _parse(stderr, "the mix")
