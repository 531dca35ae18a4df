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
