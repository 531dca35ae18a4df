"""Median pitch of speech (YIN), to tell presenters apart by ear-like numbers.

Two presenters must sound different; the first thing a listener hears is pitch. This is
a small YIN estimator (de Cheveigné & Kawahara, 2002): per 40 ms frame, the cumulative
mean normalised difference function, its first dip under a threshold, refined by a
parabola. Only loud, clearly periodic frames count, so silence and consonants do not
drag the median. Used by the voice tests and ``scripts/compare-voices.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import numpy.typing as npt

FRAME = 0.040  # seconds: two periods of the lowest pitch we look for
HOP = 0.010
FMIN, FMAX = 60.0, 400.0
THRESHOLD = 0.15  # YIN's aperiodicity threshold: lower is stricter
QUIET_DB = -30.0  # frames this far below the loudest are silence


def pitch_track(samples: npt.NDArray[np.floating], rate: int) -> npt.NDArray[np.float64]:
    """Fundamental frequency (Hz) of every voiced frame, in order; unvoiced frames dropped."""
    x = np.asarray(samples, dtype=np.float64)
    size, hop = int(FRAME * rate), int(HOP * rate)
    lag_min, lag_max = int(rate / FMAX), int(rate / FMIN)
    if len(x) < size + lag_max:
        return np.zeros(0)
    count = 1 + (len(x) - size - lag_max) // hop
    starts = np.arange(count) * hop
    # Each frame plus the lags it is compared with.
    windows = np.lib.stride_tricks.sliding_window_view(x, size + lag_max)[starts]
    frames = windows[:, :size]
    rms = np.sqrt(np.mean(frames**2, axis=1))
    loud = rms > rms.max() * 10 ** (QUIET_DB / 20) if rms.size else rms.astype(bool)
    windows = windows[loud]
    if not len(windows):
        return np.zeros(0)
    # Difference function d(tau) = sum (x_j - x_{j+tau})^2 over the frame, via FFT correlation.
    n_fft = 1 << int(np.ceil(np.log2(size + lag_max + size)))
    spectrum_w = np.fft.rfft(windows, n_fft)
    spectrum_f = np.fft.rfft(windows[:, :size], n_fft)
    correlation = np.fft.irfft(spectrum_w * np.conj(spectrum_f), n_fft)[:, : lag_max + 1]
    squares = np.concatenate([np.zeros((len(windows), 1)), np.cumsum(windows**2, axis=1)], axis=1)
    energy_frame = squares[:, size][:, None]
    lags = np.arange(lag_max + 1)
    energy_shifted = squares[:, lags + size] - squares[:, lags]
    diff = energy_frame + energy_shifted - 2 * correlation
    diff[:, 0] = 0.0
    # Cumulative mean normalised difference.
    cumulative = np.cumsum(diff[:, 1:], axis=1)
    cmnd = np.ones_like(diff)
    cmnd[:, 1:] = diff[:, 1:] * lags[1:] / np.maximum(cumulative, 1e-12)
    f0: list[float] = []
    for row in cmnd:
        below = np.flatnonzero(row[lag_min:lag_max] < THRESHOLD)
        if not below.size:
            continue
        tau = lag_min + int(below[0])
        while tau + 1 < lag_max and row[tau + 1] < row[tau]:  # walk down to the dip's bottom
            tau += 1
        a, b, c = row[tau - 1], row[tau], row[tau + 1] if tau + 1 <= lag_max else row[tau]
        shift = 0.5 * (a - c) / (a - 2 * b + c) if (a - 2 * b + c) != 0 else 0.0
        f0.append(rate / (tau + float(np.clip(shift, -1, 1))))
    return np.asarray(f0)


def median_pitch(samples: npt.NDArray[np.floating], rate: int) -> float:
    """Median fundamental frequency of the voiced frames, in Hz (0.0 when none is voiced)."""
    track = pitch_track(samples, rate)
    return float(np.median(track)) if track.size else 0.0
