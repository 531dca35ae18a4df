"""Our music, checked without ears: in key, no clipping, no clicks, no DC, no aliasing,
clean envelopes, a seamless bed loop, steady loudness; cached once; replaceable."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from audio_edition.audio import jingles, music
from audio_edition.audio.loudness import measure_samples
from audio_edition.audio.music import MUSIC_RATE, cached_path, generated, load_music

RATE = MUSIC_RATE
F_MAJOR = {5, 7, 9, 10, 0, 2, 4}  # pitch classes F G A Bb C D E


@pytest.fixture(scope="module")
def pieces() -> dict[str, np.ndarray]:
    return {name: generated(name).samples for name in music.PIECES}  # type: ignore[arg-type]


def _spectrum(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mono = x.mean(axis=1)
    power = np.abs(np.fft.rfft(mono * np.hanning(len(mono)))) ** 2
    return np.fft.rfftfreq(len(mono), 1 / RATE), power


def _clickiness(x: np.ndarray) -> float:
    """How much the sharpest sample-to-sample bend stands out from its 10 ms surroundings:
    about 4-5 for music (and noise), over 13 for a step of -26 dBFS in a tonal passage."""
    bend = np.abs(np.diff(x.mean(axis=1).astype(np.float64), n=2))
    local = np.sqrt(np.convolve(bend**2, np.ones(441) / 441, mode="same"))
    mask = local > 1e-5
    return float((bend[mask] / local[mask]).max())


def test_a_click_would_be_caught(pieces: dict[str, np.ndarray]) -> None:
    clicked = pieces["outro"].copy()
    clicked[len(clicked) // 3 :] += 0.05
    assert _clickiness(clicked) > 8.0


def test_every_piece_is_in_f_major(pieces: dict[str, np.ndarray]) -> None:
    """The 15 strongest spectral peaks of each piece are notes of the F major scale (±30 cents)."""
    for name, x in pieces.items():
        freqs, power = _spectrum(x)
        band = (freqs > 40) & (freqs < 5000)
        f, p = freqs[band], power[band]
        peaks = [i for i in range(1, len(p) - 1) if p[i] > p[i - 1] and p[i] >= p[i + 1]]
        strongest = sorted(peaks, key=lambda i: p[i], reverse=True)
        chosen: list[float] = []
        for i in strongest:
            if all(abs(1200 * np.log2(f[i] / c)) > 60 for c in chosen):
                chosen.append(float(f[i]))
            if len(chosen) == 15:
                break
        for hz in chosen:
            midi = 69 + 12 * np.log2(hz / 440)
            assert abs(midi - round(midi)) < 0.3, (name, hz)
            assert round(midi) % 12 in F_MAJOR, (name, hz)


def test_levels_envelopes_and_band(pieces: dict[str, np.ndarray]) -> None:
    for name, x in pieces.items():
        assert x.shape[1] == 2 and x.dtype == np.float32
        assert np.max(np.abs(x)) <= 10 ** (-2.9 / 20), name  # -3 dBFS peak: no clipping anywhere
        assert np.all(np.abs(x.mean(axis=0)) < 1e-3), name  # no DC
        freqs, power = _spectrum(x)
        tonal = power[freqs > 16500].sum() / power.sum()
        assert tonal < 10 ** (-25 / 10), name  # nothing above 16.5 kHz but a whisper of shaker
        assert _clickiness(x) < 8.0, name
        if name != "bed":  # one-shots start and end in silence
            assert np.max(np.abs(x[:2])) < 1e-3 and np.max(np.abs(x[-2:])) < 1e-3, name


def test_loudness_and_steadiness(pieces: dict[str, np.ndarray]) -> None:
    for name, x in pieces.items():
        loudness = measure_samples(x, RATE)
        assert -20 < loudness.integrated < -10, (name, loudness)
        assert loudness.true_peak <= -2.0, (name, loudness)
    bed = measure_samples(pieces["bed"], RATE)
    assert bed.lra <= 3.0  # a bed is steady: nothing jumps out from under the voice


def test_the_bed_loops_without_a_seam(pieces: dict[str, np.ndarray]) -> None:
    x = pieces["bed"]
    assert len(x) / RATE == pytest.approx(jingles.BED_BEATS * jingles.BEAT, abs=0.01)
    joined = np.concatenate([x[-2000:], x[:2000]])
    seam = np.abs(np.diff(joined, n=2, axis=0))[1995:2003].max()
    typical = np.percentile(np.abs(np.diff(x, n=2, axis=0)), 99.9)
    assert seam <= 2 * typical


def test_rendered_once_into_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_EDITION_CACHE", str(tmp_path))
    path = cached_path("stinger")
    assert not path.exists()
    first = generated("stinger")
    assert path.is_file() and path.parent == tmp_path / "music"
    stamp = path.stat().st_mtime_ns
    second = generated("stinger")
    assert path.stat().st_mtime_ns == stamp  # read back, not rendered again
    assert np.max(np.abs(first.samples - second.samples)) < 1e-4
    # Deterministic: a fresh render gives the cached samples (to 16-bit precision).
    assert np.max(np.abs(jingles.stinger(RATE) - second.samples)) < 1e-4
    path.write_bytes(b"RIFF garbage")  # a damaged cache file is rendered again
    assert np.max(np.abs(generated("stinger").samples - first.samples)) < 1e-4


def test_a_producer_replaces_or_removes_pieces(tmp_path: Path) -> None:
    own = tmp_path / "my-bed.wav"
    t = np.arange(22050 * 2) / 22050
    with wave.open(str(own), "wb") as out:  # mono, 22.05 kHz: converted on load
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes((0.25 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2").tobytes())
    chosen = load_music({"bed": own, "stinger": False})
    assert chosen.stinger is None and chosen.intro is not None
    assert chosen.bed is not None and chosen.bed.rate == RATE and chosen.bed.samples.shape[1] == 2
    assert chosen.bed.duration == pytest.approx(2.0, abs=0.01)
    freqs, power = _spectrum(chosen.bed.samples)
    assert freqs[np.argmax(power)] == pytest.approx(440, abs=1)
    from audio_edition.errors import AudioError

    with pytest.raises(AudioError, match="not found"):
        load_music({"intro": tmp_path / "missing.wav"})
