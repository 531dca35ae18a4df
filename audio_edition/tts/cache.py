"""A content-addressed cache of spoken lines: re-rendering after a one-line edit speaks one line.

The key is a hash of everything that changes the sound: the engine, the voice's
definition (not its name or description), the model version the engine reports, and
the normalised text. Entries live in ``<cache>/speech/ab/abcdef….pcm``: a small header
(magic, sample rate, sample count, CRC-32) and float32 samples. Writes go to a temporary
file renamed into place, so a reader sees a whole entry or none; an entry that is
truncated or fails its checksum (a crash, a full disk, a stray edit) counts as a miss
and is spoken again, never an error. Like the model files, this is cache, not output.

The cache has a size limit (``$AUDIO_EDITION_SPEECH_CACHE_MB``, default 2000 MB: a
20-minute issue is about 110 MB, so months of weekly issues). After each render the
least recently used entries go until it fits; the render's own lines always stay.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from ..files import write_atomic
from ..model import Audio
from ..paths import cache_dir
from .voices import VoiceSpec

FORMAT = 1  # bump when what is stored (or how it is made) changes meaning
_MAGIC = b"AESPEECH"
_HEADER = struct.Struct("<8sIQI")  # magic, sample rate, sample count, crc32 of the samples
SUFFIX = ".pcm"
LIMIT_VARIABLE = "AUDIO_EDITION_SPEECH_CACHE_MB"
DEFAULT_LIMIT_MB = 2000


def default_folder() -> Path:
    return cache_dir() / "speech"


def size_limit() -> int:
    """The most bytes the speech cache keeps, from ``$AUDIO_EDITION_SPEECH_CACHE_MB``."""
    raw = os.environ.get(LIMIT_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_LIMIT_MB * 1_000_000
    try:
        megabytes = float(raw)
    except ValueError:
        megabytes = math.nan
    if not (0 <= megabytes < math.inf):
        problem = f"{raw!r} is not a size in MB (such as {DEFAULT_LIMIT_MB}; unset it for that default)"
        raise ConfigError([problem], LIMIT_VARIABLE)
    return int(megabytes * 1_000_000)


def cache_key(voice: VoiceSpec, model_version: str, text: str) -> str:
    """The hex digest naming the audio of ``text`` spoken by ``voice`` with that model."""
    blob = json.dumps(
        {"format": FORMAT, "engine": voice.engine, "voice": voice.key(), "model": model_version, "text": text},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    folder: Path
    entries: int
    bytes: int
    seconds: float  # of speech stored


class SpeechCache:
    def __init__(self, folder: Path | None = None, limit: int | None = None) -> None:
        self.folder = folder or default_folder()
        self.limit = size_limit() if limit is None else limit  # bytes

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str) -> Audio | None:
        """The stored audio, or None when absent or damaged (a damaged entry is removed)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            return None
        audio = _decode(data)
        with contextlib.suppress(OSError):
            if audio is None:
                path.unlink()
            else:
                os.utime(path)  # recently used: the last to go when the cache is over its limit
        return audio

    def put(self, key: str, audio: Audio) -> None:
        """Store ``audio`` atomically; a cache that cannot be written only costs speed."""
        path = self._path(key)
        samples = np.ascontiguousarray(audio.samples, dtype="<f4")
        payload = samples.tobytes()
        header = _HEADER.pack(_MAGIC, audio.sample_rate, len(samples), zlib.crc32(payload))
        try:
            write_atomic(path, header + payload, durable=False)
        except OSError:
            pass

    def entries(self) -> list[Path]:
        return sorted(self.folder.glob(f"??/*{SUFFIX}")) if self.folder.is_dir() else []

    def info(self) -> CacheInfo:
        count = size = 0
        seconds = 0.0
        for path in self.entries():
            try:
                with path.open("rb") as handle:
                    head = handle.read(_HEADER.size)
                stat = path.stat()
            except OSError:
                continue
            count += 1
            size += stat.st_size
            if len(head) == _HEADER.size:
                magic, rate, n, _ = _HEADER.unpack(head)
                if magic == _MAGIC and rate:
                    seconds += n / rate
        return CacheInfo(self.folder, count, size, seconds)

    def prune(self, keep: Iterable[str] = ()) -> CacheInfo:
        """Remove the least recently used entries until the cache fits its limit, never
        the entries named by ``keep`` (the lines of the render that just ran); returns what
        was removed. Costs one ``stat`` per entry."""
        kept = {self._path(key) for key in keep}
        entries = []
        for path in self.entries():
            with contextlib.suppress(OSError):
                stat = path.stat()
                entries.append((stat.st_mtime, path, stat.st_size))
        total = sum(size for _, _, size in entries)
        count = removed = 0
        for _, path, size in sorted(entries):
            if total <= self.limit:
                break
            if path in kept:
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
                removed += size
                count += 1
        return CacheInfo(self.folder, count, removed, 0.0)

    def clear(self) -> CacheInfo:
        """Remove every entry (and stray temporary files); returns what was removed."""
        before = self.info()
        if self.folder.is_dir():
            for path in [*self.folder.glob(f"??/*{SUFFIX}"), *self.folder.glob("??/.*.tmp")]:
                with contextlib.suppress(OSError):
                    path.unlink()
            for sub in self.folder.glob("??"):
                with contextlib.suppress(OSError):
                    sub.rmdir()
        return before


def _decode(data: bytes) -> Audio | None:
    if len(data) < _HEADER.size:
        return None
    magic, rate, count, crc = _HEADER.unpack_from(data)
    payload = data[_HEADER.size :]
    if magic != _MAGIC or rate <= 0 or len(payload) != 4 * count or zlib.crc32(payload) != crc:
        return None
    return Audio(np.frombuffer(payload, dtype="<f4").astype(np.float32), int(rate))
