"""A default cover when the show gives none: 1400x1400 PNG (Apple's minimum), our own art.

A deep blue gradient with a sound-wave motif, drawn with numpy and written with zlib, so
no image library is needed. Deterministic.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np

SIZE = 1400


def _png(rgb: np.ndarray) -> bytes:
    height, width, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].tobytes() for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def default_cover(size: int = SIZE) -> bytes:
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size
    top, bottom = np.array([18, 32, 72], np.float32), np.array([40, 110, 170], np.float32)
    image = top + (bottom - top) * y[..., None]
    # A waveform across the middle: bars whose heights follow a decaying sine.
    bars = 48
    column = np.floor(x * bars)
    centre = (column + 0.5) / bars
    height = 0.08 + 0.22 * np.abs(np.sin(centre * 9.0)) * np.exp(-((centre - 0.5) ** 2) * 6)
    in_bar = (x * bars - column > 0.2) & (x * bars - column < 0.8) & (np.abs(y - 0.5) < height)
    image[in_bar] = np.array([250, 196, 80], np.float32)
    return _png(np.clip(image, 0, 255).astype(np.uint8))
