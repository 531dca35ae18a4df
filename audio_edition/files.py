"""Atomic file writes: the one way this project puts bytes in a file others may read.

The data goes to a temporary name in the same folder, then is renamed over the old file, so
a reader (a podcast client, another render sharing the cache) sees the old file or the new
one, never half. Published files are also flushed to disk with their folder (``durable``),
so a power cut cannot lose a feed that was already renamed into place; cache entries skip
the two fsyncs (a lost cache entry costs only speed). A failed write leaves no temporary
file behind. Temporary names start with a dot and end in ``.tmp``: the publish lock sweeps
the ones a killed process left.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes | bytearray | memoryview, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_dir(path.parent)
