"""Loudness as a listener's player measures it: EBU R128 / ITU-R BS.1770 through ffmpeg's
``ebur128`` filter (integrated loudness, loudness range, and true peak with 4x oversampling).

The published figures are always measured on the encoded file itself (decoded by ffmpeg),
because the codec moves both the loudness and the peaks a little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import AudioError
from .ffmpeg import could_not_start, ffmpeg_exe, ffmpeg_failed, run_ffmpeg

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


def _measure(input_args: list[str], what: str, true_peak: bool = True) -> Loudness:
    """ffmpeg's ebur128 meter over the input that ``input_args`` describe."""
    meter = "ebur128=peak=true" if true_peak else "ebur128"
    _, stderr = run_ffmpeg(["-v", "info", *input_args, "-af", meter, "-f", "null", "-"], f"measure the loudness of {what}")
    return _parse(stderr, what)


def measure_file(path: str) -> Loudness:
    """Loudness of an audio file (MP3, M4A, Opus…), as decoded by ffmpeg."""
    return _measure(["-i", path, "-map", "0:a:0"], path)


def measure_pcm(path: str, rate: int, channels: int, true_peak: bool = True) -> Loudness:
    """Loudness of a raw signed 16-bit little-endian PCM file (the mix as it goes to the encoder)."""
    return _measure(["-f", "s16le", "-ar", str(rate), "-ac", str(channels), "-i", path], path, true_peak)


def write_measuring(args: list[str], out: Path, demuxer: str, what: str) -> Loudness:
    """Run ffmpeg with ``args``, which write the file ``out``, and measure that file *while it is
    written*: a second ffmpeg decodes the growing file on the other core, so the measurement
    costs no time of its own. ``demuxer`` is the file's format ("mp3", "ogg"); it must be
    written front to back (an MP4 with +faststart is not: use measure_file after it).

    The ID3/Xing header that the writer rewrites when it finishes holds no audio, and the
    decoder priming it would tell a player to skip is near-silence, below the R128 gates: the
    figures are those of the finished file (tests compare them).
    """
    import subprocess
    import tempfile
    import time

    out.write_bytes(b"")  # ffmpeg truncates this very file: the reader follows it as it grows
    meter_args = ["-v", "info", "-f", demuxer, "-i", "pipe:0", "-map", "0:a:0", "-af", "ebur128=peak=true", "-f", "null", "-"]
    with tempfile.TemporaryFile() as writer_log, tempfile.TemporaryFile() as meter_log, open(out, "rb") as growing:
        try:
            writer = subprocess.Popen([ffmpeg_exe(), "-hide_banner", "-nostdin", *args],
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=writer_log)  # fmt: skip
            meter = subprocess.Popen([ffmpeg_exe(), "-hide_banner", *meter_args],
                                     stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=meter_log)  # fmt: skip
        except OSError as exc:
            raise could_not_start(what, exc) from exc
        assert meter.stdin is not None
        try:
            finished = False
            while not finished:
                finished = writer.poll() is not None  # read once more after it ends: the tail
                while chunk := growing.read(1 << 16):
                    meter.stdin.write(chunk)
                if not finished:
                    time.sleep(0.005)
        except BrokenPipeError:
            pass  # the meter stopped early: its log says why
        except BaseException:  # interrupted: leave no ffmpeg behind
            writer.kill()
            meter.kill()
            raise
        finally:
            try:
                meter.stdin.close()
            except BrokenPipeError:
                pass
            writer.wait()
            meter.wait()
        for process, log, doing in ((writer, writer_log, what), (meter, meter_log, f"measure {out.name}")):
            log.seek(0)
            text = log.read().decode(errors="replace")
            if process.returncode != 0:
                raise ffmpeg_failed(doing, text)
        return _parse(text, str(out))


def measure_samples(samples: Any, rate: int, true_peak: bool = True) -> Loudness:
    """Loudness of float samples, shape (n,) or (n, channels). Without ``true_peak`` (a 4x
    oversampling, the slow part) the peak is reported as -inf."""
    import tempfile

    import numpy as np

    data = np.asarray(samples, dtype="<f4")
    channels = 1 if data.ndim == 1 else data.shape[1]
    with tempfile.TemporaryDirectory(prefix="audio-edition-measure-") as tmp:
        path = str(Path(tmp) / "samples.f32")
        np.ascontiguousarray(data).tofile(path)  # written as it is: no copy in memory
        return _measure(["-f", "f32le", "-ar", str(rate), "-ac", str(channels), "-i", path], "the mix", true_peak)
