"""The four pieces of music a show needs — intro, stinger, outro, bed — ready to mix.

Ours are synthesised by ``jingles`` once and cached as WAV files in the cache folder
(``<cache>/music/<piece>-<key>.wav``, where the key hashes the synthesis code, so editing
``jingles.py`` renders them again); a producer can listen to them there. A producer can
replace any piece with a file of their own (``[music]`` in the show settings; any format
ffmpeg reads), or leave it out with ``false``.
"""

from __future__ import annotations

import hashlib
import io
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from ..errors import AudioError
from ..files import write_atomic
from ..paths import cache_dir
from . import jingles
from .ffmpeg import decode

Piece = Literal["intro", "stinger", "outro", "bed"]
PIECES: tuple[Piece, ...] = ("intro", "stinger", "outro", "bed")
MUSIC_RATE = 44100

# A piece of music: False to leave it out, a path for the producer's own file, None for ours.
Choice = Path | Literal[False] | None


@dataclass(frozen=True)
class Track:
    """Stereo float32 samples, shape (n, 2), at ``rate``."""

    samples: np.ndarray
    rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate


@dataclass(frozen=True)
class Music:
    intro: Track | None
    stinger: Track | None
    outro: Track | None
    bed: Track | None


def music_key() -> str:
    """Changes whenever the synthesis code does, so a stale cache is never used."""
    return hashlib.sha256(Path(jingles.__file__).read_bytes()).hexdigest()[:12]


def cached_path(piece: Piece, rate: int = MUSIC_RATE) -> Path:
    return cache_dir() / "music" / f"{piece}-{rate}-{music_key()}.wav"


def _write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    """Atomically: a crash or a concurrent render never leaves half a file in the cache."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).round().astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    write_atomic(path, buffer.getbuffer(), durable=False)


def _read_wav(path: Path) -> np.ndarray | None:
    try:
        with wave.open(str(path), "rb") as handle:
            if handle.getnchannels() != 2 or handle.getsampwidth() != 2:
                return None
            frames = handle.readframes(handle.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
    return np.frombuffer(frames, dtype="<i2").reshape(-1, 2).astype(np.float32) / 32767


def generated(piece: Piece, rate: int = MUSIC_RATE) -> Track:
    """Our piece, from the cache, rendered into it the first time."""
    path = cached_path(piece, rate)
    samples = _read_wav(path) if path.is_file() else None
    if samples is None:
        samples = jingles.PIECES[piece](rate)
        try:
            _write_wav(path, samples, rate)
        except OSError:
            pass  # a read-only cache only costs a re-render next time
    return Track(np.asarray(samples, dtype=np.float32), rate)


def producer_file(path: Path, rate: int = MUSIC_RATE) -> Track:
    if not path.is_file():
        raise AudioError(f"music file not found: {path}", "fix the [music] table of the show settings")
    samples = decode(str(path), rate, 2)
    if len(samples) == 0:
        raise AudioError(f"music file {path} has no audio", "give a file with sound, or false to leave it out")
    return Track(samples, rate)


def load_music(choices: dict[str, Choice] | None = None, rate: int = MUSIC_RATE) -> Music:
    """The show's music: each piece ours, the producer's file, or none."""
    choices = choices or {}
    tracks: dict[str, Track | None] = {}
    for piece in PIECES:
        choice = choices.get(piece)
        if choice is False:
            tracks[piece] = None
        elif choice is None:
            tracks[piece] = generated(piece, rate)
        else:
            tracks[piece] = producer_file(Path(choice), rate)
    return Music(**tracks)


def track_loudness(track: Track, channels: int) -> float | None:
    """Integrated loudness (LUFS) of a piece as the episode lays it out (mono: downmixed), or
    None when it is silent. Remembered in the cache by the samples' hash: a piece is measured
    once, not at every render."""
    from .loudness import measure_samples

    samples = track.samples if channels == 2 else track.samples.mean(axis=1)
    digest = hashlib.sha256(np.ascontiguousarray(samples).tobytes()).hexdigest()[:16]
    memo = cache_dir() / "music" / f"loudness-{digest}-{track.rate}-{channels}.txt"
    try:
        return _loudness_value(memo.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    integrated = measure_samples(samples, track.rate, true_peak=False).integrated
    try:
        write_atomic(memo, f"{integrated!r}\n".encode("ascii"), durable=False)
    except OSError:
        pass  # a read-only cache only costs a measurement next time
    return _loudness_value(repr(integrated))


def _loudness_value(text: str) -> float | None:
    value = float(text)
    return None if value <= -69.0 else value
