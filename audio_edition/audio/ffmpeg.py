"""Finding ffmpeg: ``$AUDIO_EDITION_FFMPEG``, then ffmpeg on PATH, then the binary that the
imageio-ffmpeg wheel ships (a core dependency, so a fresh install always has one)."""

from __future__ import annotations

import functools
import os
import shutil
import warnings
from typing import Any

from ..errors import AudioError


@functools.cache
def ffmpeg_exe() -> str:
    explicit = os.environ.get("AUDIO_EDITION_FFMPEG")
    if explicit:
        if not (os.path.isfile(explicit) and os.access(explicit, os.X_OK)):
            raise AudioError(f"AUDIO_EDITION_FFMPEG={explicit} is not an executable", "point it at an ffmpeg binary")
        return explicit
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError) as exc:
        raise AudioError(f"ffmpeg not found ({exc})", "run: make setup (installs imageio-ffmpeg), or apt install ffmpeg") from None


def pydub_segment_class() -> Any:
    """pydub's AudioSegment, pointed at our ffmpeg (pydub warns at import when none is on PATH)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)  # audioop, on Python 3.12
        from pydub import AudioSegment
    AudioSegment.converter = ffmpeg_exe()
    return AudioSegment


def ffmpeg_failed(what: str, stderr: str) -> AudioError:
    """The one-line error for an ffmpeg that exited non-zero: its last message says why."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    return AudioError(f"ffmpeg could not {what}: {lines[-1] if lines else 'no message'}")


def could_not_start(what: str, exc: OSError) -> AudioError:
    return AudioError(f"ffmpeg could not start to {what}: {exc}", "check AUDIO_EDITION_FFMPEG or run: make setup")


def run_ffmpeg(args: list[str], what: str, stdin: bytes | memoryview | None = None) -> tuple[bytes, str]:
    """Run ffmpeg with ``args``; return (stdout, stderr). Failures become one-line AudioErrors.

    ``stdin`` (given to the input named ``pipe:``) and the standard output go through
    temporary files, not pipes: tens of megabytes of PCM through a pipe cost Python a
    poll() per 4 KiB, seconds per episode.
    """
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="audio-edition-ffmpeg-") as tmp:
        if stdin is not None:
            source = os.path.join(tmp, "input.raw")
            with open(source, "wb") as handle:
                handle.write(stdin)
            args = [source if a == "pipe:" else a for a in args]
        command = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
        output = os.path.join(tmp, "output.raw")
        try:
            with open(output, "wb") as out:
                done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, check=False)
        except OSError as exc:
            raise could_not_start(what, exc) from exc
        stderr = done.stderr.decode(errors="replace")
        if done.returncode != 0:
            raise ffmpeg_failed(what, stderr)
        with open(output, "rb") as handle:
            return handle.read(), stderr


def decode(path: str, rate: int, channels: int) -> Any:
    """Any file ffmpeg reads -> float32 samples of shape (n, channels) at ``rate`` (soxr)."""
    import numpy as np

    out, _ = run_ffmpeg(
        ["-v", "error", "-i", path, "-map", "0:a:0", "-af", f"aresample={rate}:resampler=soxr:precision=28",
         "-ac", str(channels), "-f", "f32le", "-"],
        f"read {path}",
    )  # fmt: skip
    return np.frombuffer(out, dtype="<f4").reshape(-1, channels).copy()


def resample(samples: Any, rate_in: int, rate_out: int) -> Any:
    """Mono float32 samples from ``rate_in`` to ``rate_out`` with the SoX resampler (28-bit
    precision: images and aliasing far below hearing), delay-compensated so times are kept."""
    import numpy as np

    if rate_in == rate_out:
        return np.asarray(samples, dtype=np.float32)
    data = memoryview(np.ascontiguousarray(samples, dtype="<f4")).cast("B")  # written as it is: no copy
    out, _ = run_ffmpeg(
        ["-v", "error", "-f", "f32le", "-ar", str(rate_in), "-ac", "1", "-i", "pipe:",
         "-af", f"aresample={rate_out}:resampler=soxr:precision=28", "-f", "f32le", "-"],
        "resample the voices", stdin=data,
    )  # fmt: skip
    return np.frombuffer(out, dtype="<f4")  # read-only: callers copy when they write
