"""Should the mix run at 44.1 kHz (the music's rate) or at 24 kHz (Kokoro's)? Measured.

    .venv/bin/python scripts/mixrate.py

Prints, for the decision recorded in audio_edition/audio/mix.py:
1. how much of each piece of our music lies above 12 kHz (what a 24 kHz mix deletes);
2. how cleanly each resampler takes a 24 kHz voice to 44.1 kHz (THD+N of test tones, and
   images above 12 kHz), ffmpeg's SoX resampler at 28 bits against its default swr;
3. what it costs: the time to resample ten minutes of voice, and to mix at either rate;
4. what reaches the listener: energy above 12 kHz in the intro of the encoded MP3, for a
   44.1 kHz mix and for a 24 kHz mix that the encoder resamples.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audio_edition.audio.ffmpeg import decode, resample, run_ffmpeg  # noqa: E402
from audio_edition.audio.music import PIECES, generated  # noqa: E402


def _db(x: float) -> float:
    return float(10 * np.log10(x + 1e-30))


def above(samples: np.ndarray, rate: int, hz: float) -> float:
    power = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    return _db(power[freqs > hz].sum() / power.sum())


def swr_resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    out, _ = run_ffmpeg(["-v", "error", "-f", "f32le", "-ar", str(rate_in), "-ac", "1", "-i", "pipe:",
                         "-af", f"aresample={rate_out}", "-f", "f32le", "-"], "resample", stdin=x.astype("<f4").tobytes())  # fmt: skip
    return np.frombuffer(out, "<f4")


def thd_n(y: np.ndarray, rate: int, hz: float) -> float:
    """Everything but the test tone, relative to it (dB), over the steady middle."""
    y = y[len(y) // 4 : 3 * len(y) // 4].astype(np.float64)
    t = np.arange(len(y)) / rate
    basis = np.stack([np.sin(2 * np.pi * hz * t), np.cos(2 * np.pi * hz * t)], axis=1)
    fit, *_ = np.linalg.lstsq(basis, y, rcond=None)
    residual = y - basis @ fit
    return _db(np.mean(residual**2) / np.mean((basis @ fit) ** 2))


def main() -> None:
    print("1. music energy above 12 kHz (deleted by a 24 kHz mix):")
    for piece in PIECES:
        track = generated(piece).samples.mean(axis=1)
        print(f"   {piece:8s} {above(track, 44100, 12000):7.1f} dB of its energy")

    print("2. resampling a 24 kHz voice to 44.1 kHz (THD+N of a test tone; lower is cleaner):")
    t = np.arange(24000 * 4) / 24000
    for hz in (1000.0, 5000.0, 10000.0):
        tone = (0.5 * np.sin(2 * np.pi * hz * t)).astype(np.float32)
        soxr, swr = resample(tone, 24000, 44100), swr_resample(tone, 24000, 44100)
        print(f"   {hz / 1000:4.0f} kHz: soxr {thd_n(soxr, 44100, hz):7.1f} dB, swr default {thd_n(swr, 44100, hz):7.1f} dB")

    print("3. cost for ten minutes of voice:")
    voice = (0.1 * np.random.default_rng(1).standard_normal(24000 * 600)).astype(np.float32)
    started = time.perf_counter()
    resample(voice, 24000, 44100)
    print(f"   resampling once with soxr: {time.perf_counter() - started:.2f} s")
    for rate in (24000, 44100):
        a = np.zeros((rate * 600, 2), np.float32)
        started = time.perf_counter()
        _ = (a.mean(axis=1) + a[:, 0]) * np.float32(0.5)
        np.clip(_, -1, 1)
        print(f"   numpy mixing at {rate} Hz: {time.perf_counter() - started:.2f} s")

    print("4. energy above 12 kHz in the encoded MP3's intro theme:")
    intro = generated("intro").samples.mean(axis=1)
    with tempfile.TemporaryDirectory() as tmp:
        for label, rate in (("mixed at 44.1 kHz", 44100), ("mixed at 24 kHz", 24000)):
            source = intro if rate == 44100 else resample(intro, 44100, 24000)
            mp3 = Path(tmp) / f"{rate}.mp3"
            run_ffmpeg(["-v", "error", "-y", "-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", "pipe:", "-ar", "44100",
                        "-c:a", "libmp3lame", "-b:a", "96k", str(mp3)], "encode", stdin=source.astype("<f4").tobytes())  # fmt: skip
            back = decode(str(mp3), 44100, 1)[:, 0]
            print(f"   {label}: {above(back, 44100, 12000):7.1f} dB")


if __name__ == "__main__":
    main()
