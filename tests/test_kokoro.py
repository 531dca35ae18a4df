"""The real voice, end to end: Kokoro-82M on the CPU, the real model and voice files.

These need `audio-edition setup` to have run (make test does it); when the model is
missing they fail with the command that fixes it rather than passing vacuously.
"""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from mutagen.mp3 import MP3

from audio_edition.audio.ffmpeg import ffmpeg_exe
from audio_edition.cli import cli
from audio_edition.config import Show
from audio_edition.pipeline import load_cast, render_issue
from audio_edition.tts.kokoro import problem

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _kokoro_ready() -> None:
    missing = problem()
    if missing:
        pytest.fail(f"Kokoro is not ready: {missing}")


def _wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as wav:
        rate = wav.getframerate()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), "<i2").astype(np.float32) / 32768
    return samples, rate


def test_speak_writes_french_speech(tmp_path: Path) -> None:
    text = "Bonjour, voici l'édition audio de la lettre. Les petits modèles gagnent du terrain."
    out = tmp_path / "essai.wav"
    result = CliRunner().invoke(cli, ["speak", text, "--voice", "siwis", "-o", str(out)])
    assert result.exit_code == 0, result.output
    samples, rate = _wav(out)
    seconds = len(samples) / rate
    assert rate == 24000
    assert 8 <= len(text) / seconds <= 25  # characters per second of natural French speech
    assert float(np.sqrt(np.mean(samples**2))) > 0.02  # speech, not silence
    assert float(np.max(np.abs(samples))) < 1.0


def test_render_with_the_real_voices(data: Path, show: Show, tmp_path: Path) -> None:
    issue = data / "mini-issue-2.txt"
    result = render_issue(issue.read_bytes(), str(issue), show, load_cast(show), tmp_path, progress=False)
    mp3 = tmp_path / "octet-2026-11-14.mp3"
    info = MP3(mp3).info
    assert info.sample_rate == 44100
    spoken_chars = sum(len(c.text) for c in result.episode.cues)
    speech_seconds = sum(c.end - c.start for c in result.episode.cues)
    assert 8 <= spoken_chars / speech_seconds <= 25
    assert speech_seconds < info.length < speech_seconds + 30  # plus jingles and pauses
    assert abs(info.length - result.episode.duration) < 0.05
    decoded = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(mp3), "-f", "null", "-"], capture_output=True, text=True
    )
    assert decoded.returncode == 0 and decoded.stderr == ""
    assert (tmp_path / "feed.xml").is_file()
