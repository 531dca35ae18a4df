"""The show's music, synthesised by our own numpy code: no third-party audio anywhere.

A small band in F major at 96 beats a minute, all additive or FM synthesis:

- an electric piano (two-operator FM whose brightness fades as the note rings, like a
  Rhodes tine), playing the chords;
- a marimba (a sine bar with its 4th and 10th partials dying fast: a soft wooden mallet)
  for the melody, the show's motif F-A-C rising;
- a warm pad (detuned band-limited saws spread across the stereo field, slow attack);
- a round bass (sine and a touch of octave);
- a brushed shaker (seeded noise, high-passed, short) for the intro's lift.

Everything is deterministic: a fixed seed for the noise and the pad's phases. Every partial
stays below 16 kHz (no aliasing at 44.1 kHz), every note starts and ends at zero (no
clicks), and each piece is peak-normalised with headroom (no clipping). Output is stereo,
shape (n, 2), float32.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Stereo = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

BPM = 96.0
BEAT = 60.0 / BPM
PEAK = 10 ** (-3.0 / 20)  # every piece peaks at -3 dBFS
NYQUIST_GUARD = 16000.0
SEED = 20261121

# MIDI note numbers, F major (F G A Bb C D E).
F2, Bb1, C2, D2 = 41, 34, 36, 38
D3, F3, G3, A3, Bb3, C4, D4, E4, F4, G4, A4, Bb4 = 50, 53, 55, 57, 58, 60, 62, 64, 65, 67, 69, 70
C5, D5, E5, F5, G5, A5, Bb5, C6 = 72, 74, 76, 77, 79, 81, 82, 84
E3, C3 = 52, 48

# The progression I - vi - IV - V in F, two beats each: bass note and a close voicing.
CHORDS: dict[str, tuple[int, tuple[int, ...]]] = {
    "F": (F2, (F3, A3, C4, F4)),
    "Dm": (D2, (D3, F3, A3, D4)),
    "Bb": (Bb1, (F3, Bb3, D4, F4)),
    "C": (C2, (E3, G3, C4, E4)),
}


def hz(midi: float) -> float:
    return float(440.0 * 2 ** ((midi - 69) / 12))


def _t(seconds: float, rate: int) -> F64:
    return np.arange(int(round(seconds * rate)), dtype=np.float64) / rate


def _edges(t: F64, attack: float, release: float) -> F64:
    """Raised-cosine attack and release: a note starts and ends at exactly zero."""
    n = len(t)
    rate = 1.0 / (t[1] - t[0]) if n > 1 else 1.0
    a = min(n, max(1, int(attack * rate)))
    r = min(n - a, max(1, int(release * rate)))
    env = np.ones(n)
    env[:a] = 0.5 - 0.5 * np.cos(np.pi * np.arange(a) / a)
    if r > 0:
        env[n - r :] *= 0.5 + 0.5 * np.cos(np.pi * (np.arange(r) + 1) / r)
    return env


def electric_piano(midi: int, seconds: float, rate: int, velocity: float = 0.7) -> F64:
    """Two-operator FM (1:1) with a decaying index: bright at the strike, mellow as it rings."""
    f = hz(midi)
    t = _t(seconds, rate)
    index = (0.4 + 1.6 * velocity) * np.exp(-t / 0.45) + 0.15
    body = np.sin(2 * np.pi * f * t + index * np.sin(2 * np.pi * f * t))
    tine = 0.06 * velocity * np.exp(-t / 0.04) * np.sin(2 * np.pi * min(7 * f, NYQUIST_GUARD) * t)
    decay = np.exp(-t / (1.6 - 0.004 * (midi - 48)))
    return np.asarray((body + tine) * decay * _edges(t, 0.004, 0.08) * velocity)


def marimba(midi: int, seconds: float, rate: int, velocity: float = 0.8) -> F64:
    """A tuned bar: the fundamental, its 4th and ~10th partials decaying fast, a soft mallet."""
    f = hz(midi)
    t = _t(seconds, rate)
    wave = np.sin(2 * np.pi * f * t) * np.exp(-t / 0.7)
    wave += 0.25 * np.sin(2 * np.pi * 4 * f * t) * np.exp(-t / 0.09)
    if 9.9 * f < NYQUIST_GUARD:
        wave += 0.06 * np.sin(2 * np.pi * 9.9 * f * t) * np.exp(-t / 0.025)
    return np.asarray(wave * _edges(t, 0.003, 0.06) * velocity)


def bass(midi: int, seconds: float, rate: int, velocity: float = 0.8) -> F64:
    f = hz(midi)
    t = _t(seconds, rate)
    wave = np.sin(2 * np.pi * f * t) + 0.22 * np.sin(2 * np.pi * 2 * f * t) * np.exp(-t / 0.3)
    return np.asarray(wave * np.exp(-t / 2.5) * _edges(t, 0.012, 0.15) * velocity)


def pad(midis: tuple[int, ...], seconds: float, rate: int, rng: np.random.Generator) -> Stereo:
    """Detuned band-limited saws (-7, 0, +7 cents) panned left, centre, right; slow swell."""
    t = _t(seconds, rate)
    out = np.zeros((len(t), 2))
    pans = {-7.0: (0.85, 0.35), 0.0: (0.6, 0.6), 7.0: (0.35, 0.85)}
    for midi in midis:
        for cents, (left, right) in pans.items():
            f = hz(midi + cents / 100)
            wave = np.zeros(len(t))
            for n in range(1, 9):
                if n * f > 6000:  # a soft, dark pad: speech lives above it
                    break
                wave += np.exp(-n / 2.2) / n * np.sin(2 * np.pi * n * f * t + rng.uniform(0, 2 * np.pi))
            out[:, 0] += left * wave
            out[:, 1] += right * wave
    env = _edges(t, min(0.9, seconds / 3), min(1.2, seconds / 3))
    # A slow breathing (0.2 Hz) so a long bed never sounds static.
    env = env * (0.9 + 0.1 * np.sin(2 * np.pi * 0.2 * t))
    return np.asarray(out * env[:, None] / max(1, len(midis)), dtype=np.float32)


def shaker(seconds: float, rate: int, rng: np.random.Generator, velocity: float = 0.5) -> F64:
    """A brushed shaker: noise, high-passed by differencing, with a quick swell and decay."""
    t = _t(seconds, rate)
    noise = np.diff(rng.standard_normal(len(t) + 1))
    env = (1 - np.exp(-t / 0.008)) * np.exp(-t / 0.05)
    return np.asarray(0.18 * noise * env * _edges(t, 0.002, 0.01) * velocity)


class _Score:
    """A stereo buffer notes are placed on, by beat."""

    def __init__(self, beats: float, rate: int) -> None:
        self.rate = rate
        self.out = np.zeros((int(round(beats * BEAT * rate)), 2))

    def place(self, beat: float, wave: F64 | Stereo, pan: float = 0.0, gain: float = 1.0) -> None:
        start = int(round(beat * BEAT * self.rate))
        end = min(len(self.out), start + len(wave))
        if end <= start:
            return
        if wave.ndim == 1:
            left, right = np.cos((pan + 1) * np.pi / 4), np.sin((pan + 1) * np.pi / 4)
            self.out[start:end, 0] += gain * left * wave[: end - start]
            self.out[start:end, 1] += gain * right * wave[: end - start]
        else:
            self.out[start:end] += gain * wave[: end - start]

    def chords(self, progression: list[tuple[float, str, float]], rng: np.random.Generator, *, piano: float,
               pad_gain: float, bass_gain: float) -> None:  # fmt: skip
        for beat, name, beats in progression:
            root, voicing = CHORDS[name]
            seconds = beats * BEAT
            if piano:
                for k, midi in enumerate(voicing):  # a slight strum, low to high
                    self.place(beat + 0.02 * k, electric_piano(midi, seconds + 0.6, self.rate, 0.55),
                               pan=-0.3 + 0.2 * k, gain=piano)  # fmt: skip
            if pad_gain:
                self.place(beat, pad(voicing[:3], seconds + 0.8, self.rate, rng), gain=pad_gain)
            if bass_gain:
                self.place(beat, bass(root, seconds + 0.2, self.rate), gain=bass_gain)

    def melody(self, notes: list[tuple[float, int, float]], gain: float = 1.0) -> None:
        for beat, midi, beats in notes:
            self.place(beat, marimba(midi, beats * BEAT + 0.5, self.rate), pan=0.15, gain=gain)

    def finish(self, fade: float = 0.25) -> Stereo:
        """Fade the very end to zero, remove any DC, and peak-normalise to -3 dBFS."""
        out = self.out - self.out.mean(axis=0)
        n = min(len(out), int(fade * self.rate))
        out[len(out) - n :] *= (0.5 + 0.5 * np.cos(np.pi * (np.arange(n) + 1) / n))[:, None]
        ramp = min(len(out), int(0.002 * self.rate))
        out[:ramp] *= np.linspace(0.0, 1.0, ramp)[:, None]
        peak = float(np.max(np.abs(out))) or 1.0
        return np.asarray(out * (PEAK / peak), dtype=np.float32)


_PROGRESSION = [(0.0, "F", 2.0), (2.0, "Dm", 2.0), (4.0, "Bb", 2.0), (6.0, "C", 2.0)]


def intro_theme(rate: int) -> Stereo:
    """About 7.5 s: the motif over I-vi-IV-V with a shaker lift, landing on F and ringing."""
    rng = np.random.default_rng(SEED)
    score = _Score(12.0, rate)
    score.chords([*_PROGRESSION, (8.0, "F", 3.5)], rng, piano=0.55, pad_gain=0.35, bass_gain=0.6)
    score.melody([(0.0, A4, 0.5), (0.5, C5, 0.5), (1.0, F5, 1.0), (2.0, E5, 0.5), (2.5, F5, 0.5),
                  (3.0, A5, 1.0), (4.0, G5, 0.5), (4.5, F5, 0.5), (5.0, D5, 1.0), (6.0, E5, 0.5),
                  (6.5, G5, 0.5), (7.0, C6, 1.0), (8.0, A5, 3.0), (8.0, F5, 3.0)])  # fmt: skip
    for eighth in range(16):
        score.place(eighth / 2, shaker(0.25, rate, rng, 0.8 if eighth % 2 else 0.45), pan=0.35)
    return score.finish(fade=1.5)


def stinger(rate: int) -> Stereo:
    """About 2.2 s between segments: the motif F-A-C, quick, on a ringing F chord."""
    rng = np.random.default_rng(SEED + 1)
    score = _Score(3.5, rate)
    score.melody([(0.0, F5, 0.25), (0.25, A5, 0.25), (0.5, C6, 2.0)], gain=0.9)
    score.chords([(0.5, "F", 2.5)], rng, piano=0.45, pad_gain=0.0, bass_gain=0.5)
    score.place(0.5, shaker(0.2, rate, rng, 0.5), pan=0.35)
    return score.finish(fade=0.8)


def outro_theme(rate: int) -> Stereo:
    """About 8.5 s: the motif falling back over the same chords, resolving to F and fading."""
    rng = np.random.default_rng(SEED + 2)
    score = _Score(13.5, rate)
    score.chords([*_PROGRESSION, (8.0, "Bb", 1.0), (9.0, "F", 4.5)], rng, piano=0.5, pad_gain=0.4, bass_gain=0.55)
    score.melody([(0.0, C6, 1.0), (1.0, A5, 0.5), (1.5, F5, 0.5), (2.0, A5, 1.0), (3.0, F5, 1.0),
                  (4.0, D5, 1.0), (5.0, F5, 1.0), (6.0, E5, 1.0), (7.0, G5, 1.0), (8.0, F5, 1.0),
                  (9.0, A4, 4.0), (9.0, F5, 4.0)])  # fmt: skip
    return score.finish(fade=2.5)


BED_BEATS = 32.0  # eight bars: 20 s at 96 bpm, then it loops


def bed(rate: int) -> Stereo:
    """A soft loop to speak over: pad and a sparse, low electric piano, no drums.

    Rendered one bar longer than the loop and the overhang folded back onto the start, so
    the loop joins itself without a seam (the notes ringing past the end carry on into it).
    """
    rng = np.random.default_rng(SEED + 3)
    score = _Score(BED_BEATS + 4.0, rate)
    changes = [(0.0, "F"), (8.0, "Dm"), (16.0, "Bb"), (24.0, "C")]
    for beat, name in changes:
        root, voicing = CHORDS[name]
        score.place(beat, pad(voicing, 8 * BEAT + 1.5, rate, rng), gain=0.9)
        score.place(beat, bass(root, 8 * BEAT, rate, 0.5), gain=0.5)
        pattern = [voicing[0], voicing[2], voicing[3] + 12, voicing[2]]
        for k in range(8):  # a gentle arpeggio, one note a beat
            midi = pattern[k % 4] if k % 4 != 2 else pattern[2] - (12 if pattern[2] > 76 else 0)
            score.place(beat + k, electric_piano(midi, 1.4, rate, 0.35), pan=0.5 * np.sin(k), gain=0.4)
    loop = int(round(BED_BEATS * BEAT * rate))
    out = score.out
    folded = out[:loop].copy()
    tail = out[loop:]
    folded[: len(tail)] += tail
    folded -= folded.mean(axis=0)
    peak = float(np.max(np.abs(folded))) or 1.0
    return np.asarray(folded * (PEAK / peak), dtype=np.float32)


PIECES = {"intro": intro_theme, "stinger": stinger, "outro": outro_theme, "bed": bed}
