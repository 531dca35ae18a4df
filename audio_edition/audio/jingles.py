"""The show's music, synthesised by our own code: no third-party audio anywhere.

Mallet-like notes (a sine with a few decaying partials and a soft attack) over a warm pad,
in C major. Deterministic: the same sample rate always gives the same samples.
"""

from __future__ import annotations

import numpy as np

from ..model import Audio

_A4 = 440.0


def _freq(semitones_from_a4: float) -> float:
    return _A4 * 2 ** (semitones_from_a4 / 12)


# Semitones from A4: C5=3, E5=7, G5=10, C6=15, D5=5, A4=0, F5=8
C5, D5, E5, F5, G5, A5, C6 = 3, 5, 7, 8, 10, 12, 15


def _note(freq: float, seconds: float, rate: int, decay: float = 3.5) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    # The fundamental, and the octave and twelfth fading faster: a struck, wooden colour.
    tone = (
        np.sin(2 * np.pi * freq * t)
        + 0.35 * np.exp(-t * 3) * np.sin(2 * np.pi * 2 * freq * t)
        + 0.12 * np.exp(-t * 6) * np.sin(2 * np.pi * 3 * freq * t)
    )
    attack = np.minimum(1.0, t / 0.006)
    return np.asarray(tone * attack * np.exp(-t * decay), dtype=np.float64)


def _pad(freqs: list[float], seconds: float, rate: int) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    wave = sum(np.sin(2 * np.pi * f * t) + 0.3 * np.sin(2 * np.pi * f * 2.001 * t) for f in freqs)
    envelope = np.minimum(1.0, t / 0.8) * np.minimum(1.0, (seconds - t) / 1.2)
    return np.asarray(wave * envelope / len(freqs), dtype=np.float64)


def _render(notes: list[tuple[float, int, float]], length: float, rate: int, pad: list[int] | None) -> Audio:
    out = np.zeros(int(length * rate))
    for start, semitone, seconds in notes:
        note = _note(_freq(semitone), seconds, rate)
        begin = int(start * rate)
        end = min(len(out), begin + len(note))
        out[begin:end] += note[: end - begin]
    if pad:
        out += 0.25 * _pad([_freq(s - 12) for s in pad], length, rate)
    fade = int(0.05 * rate)
    out[-fade:] *= np.linspace(1.0, 0.0, fade)
    peak = float(np.max(np.abs(out))) or 1.0
    return Audio((0.5 * out / peak).astype(np.float32), rate)


def intro_theme(rate: int) -> Audio:
    """About four seconds: a rising arpeggio over a pad, resolving on the octave."""
    notes = [(0.0, C5, 1.2), (0.25, E5, 1.2), (0.5, G5, 1.2), (0.75, C6, 2.0),
             (1.5, A5, 1.0), (1.75, G5, 1.0), (2.0, E5, 1.0), (2.25, C6, 2.2)]  # fmt: skip
    return _render(notes, 4.2, rate, pad=[C5, E5, G5])


def stinger(rate: int) -> Audio:
    """About 1.3 seconds between segments: three quick notes, a signal, not a tune."""
    notes = [(0.0, G5, 0.8), (0.12, C6, 0.8), (0.24, E5 + 12, 1.0)]
    return _render(notes, 1.3, rate, pad=None)


def outro_theme(rate: int) -> Audio:
    """About four seconds: the intro's arpeggio falling back to the tonic."""
    notes = [(0.0, C6, 1.2), (0.25, G5, 1.2), (0.5, E5, 1.2), (0.75, D5, 1.0),
             (1.0, F5, 1.2), (1.5, E5, 1.2), (2.0, C5, 2.4)]  # fmt: skip
    return _render(notes, 4.4, rate, pad=[C5, G5])
