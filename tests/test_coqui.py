"""Coqui TTS for real, in its own environment (.venv-coqui; `make test` builds it and runs these there).

The model is a tiny VITS that Coqui's own classes build with random weights (tests/coqui_model.py):
the sound is noise, but loading, synthesis, speed, chunking, the cache and the pipeline
after it are the real code paths that a downloaded model takes.
"""

from __future__ import annotations

import importlib.util
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from mutagen.mp3 import MP3
from shows import copy_show

from audio_edition.cli import cli
from audio_edition.config import load_show
from audio_edition.pipeline import load_cast, render_issue
from audio_edition.tts import SpeechCache

pytestmark = [pytest.mark.coqui, pytest.mark.slow]


@pytest.fixture(scope="module", autouse=True)
def _coqui_installed() -> None:
    if importlib.util.find_spec("TTS") is None or importlib.util.find_spec("torch") is None:
        pytest.fail("Coqui is not installed here — run these in .venv-coqui (bash scripts/setup-coqui.sh; make test does)")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from coqui_model import build_tiny_vits

    return build_tiny_vits(tmp_path_factory.mktemp("coqui") / "tiny")


@pytest.fixture
def show_file(tmp_path: Path, tiny_model: Path) -> Path:
    folder = tmp_path / "show"
    (folder / "models").mkdir(parents=True)
    shutil.copytree(tiny_model, folder / "models" / "tiny")
    copy_show(folder)
    (folder / "voices.toml").write_text(
        '[tiny]\nengine = "coqui"\nmodel_dir = "models/tiny"\n'
        '[tiny-slow]\nengine = "coqui"\nmodel_dir = "models/tiny"\nspeed = 0.5\n'
        '[cloned]\nengine = "coqui"\nmodel_dir = "models/tiny"\nspeaker_wav = "speakers/absent.wav"\n'
    )
    return folder / "show.toml"


def _wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as wav:
        rate = wav.getframerate()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), "<i2").astype(np.float32) / 32768
    return samples, rate


def test_speak_loads_a_local_model_folder(show_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_EDITION_CACHE", str(tmp_path / "cache"))
    runner = CliRunner()
    text = "Bonjour, voici l'édition audio. Elle est lue par un tout petit modèle, pour l'essai."
    durations = {}
    for name in ("tiny", "tiny-slow"):
        out = tmp_path / f"{name}.wav"
        result = runner.invoke(cli, ["speak", text, "--voice", name, "-o", str(out), "--show", str(show_file)])
        assert result.exit_code == 0, result.output
        samples, rate = _wav(out)
        assert rate == 22050
        assert float(np.sqrt(np.mean(samples**2))) > 0.001
        durations[name] = len(samples) / rate
    assert durations["tiny"] > 0.5
    # Speed reaches VITS's length scale (slowing down: random durations are rounded up to a
    # frame, so speeding up a random model shortens it less than a trained one).
    assert durations["tiny-slow"] > durations["tiny"] * 1.4
    assert SpeechCache().info().entries == 4  # two sentences, two voices


def test_a_coqui_voice_in_an_episode(show_file: Path, data: Path, tmp_path: Path) -> None:
    show = load_show(show_file)
    cast = load_cast(show, {"host": "tiny", "cohost": "robot"})  # Coqui and eSpeak NG, both 22.05 kHz
    issue = data / "mini-issue.txt"
    result = render_issue(issue.read_bytes(), str(issue), show, cast, tmp_path / "out", progress=False,
                          cache=SpeechCache(tmp_path / "speech"))  # fmt: skip
    assert result.synthesis is not None and result.synthesis.sample_rate == 22050
    assert result.synthesis.spoken == len(result.episode.cues)
    assert {c.role for c in result.episode.cues} == {"host", "cohost"}
    assert all(c.end > c.start for c in result.episode.cues)
    assert abs(MP3(result.published.audio).info.length - result.episode.duration) < 0.05
    again = render_issue(issue.read_bytes(), str(issue), show, cast, tmp_path / "out", progress=False,
                         cache=SpeechCache(tmp_path / "speech"))  # fmt: skip
    assert again.synthesis is not None and again.synthesis.spoken == 0


def test_what_is_missing_is_said_with_its_fix(show_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TTS_HOME", str(tmp_path / "no-models"))
    runner = CliRunner()
    listing = runner.invoke(cli, ["voices", "--show", str(show_file)])
    assert listing.exit_code == 0
    rows = {line.split()[0]: line for line in listing.output.splitlines() if line and not line.startswith(" ")}
    assert "usable" in rows["tiny"] and "unusable" not in rows["tiny"]
    assert "run: audio-edition setup --voice css10-coqui (needs internet)" in rows["css10-coqui"]
    assert "speakers/absent.wav does not exist" in rows["cloned"] and "audio-edition speak" in rows["cloned"]
    result = runner.invoke(cli, ["speak", "Bonjour", "--voice", "clone-xtts", "-o", str(tmp_path / "x.wav")])
    assert result.exit_code == 4 and "Traceback" not in result.stderr
    assert "tts_models/multilingual/multi-dataset/xtts_v2 is not downloaded" in result.stderr


def test_a_damaged_model_is_one_line(show_file: Path, tmp_path: Path) -> None:
    (show_file.parent / "models" / "tiny" / "model.pth").write_bytes(b"not a checkpoint")
    result = CliRunner().invoke(cli, ["speak", "Bonjour", "--voice", "tiny", "-o", str(tmp_path / "x.wav"),
                                      "--show", str(show_file), "--no-cache"])  # fmt: skip
    assert result.exit_code == 4
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "the Coqui model does not load" in lines[0]
    assert not (tmp_path / "x.wav").exists()


def test_a_model_that_reads_phonemes(tmp_path: Path, show_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Coqui's French zoo VITS reads espeak-ng phonemes (the program, which setup-coqui.sh installs)."""
    import shutil as sh

    from coqui_model import build_tiny_vits

    if sh.which("espeak-ng") is None:
        pytest.fail("the espeak-ng program is missing — run: bash scripts/setup-coqui.sh (as root) or apt install espeak-ng")
    build_tiny_vits(show_file.parent / "models" / "phonemes", phonemes=True)
    with (show_file.parent / "voices.toml").open("a") as voices:
        voices.write('[tiny-phonemes]\nengine = "coqui"\nmodel_dir = "models/phonemes"\n')
    out = tmp_path / "phonemes.wav"
    result = CliRunner().invoke(cli, ["speak", "Bonjour, voici l'édition audio.", "--voice", "tiny-phonemes",
                                      "-o", str(out), "--show", str(show_file), "--no-cache"])  # fmt: skip
    assert result.exit_code == 0, result.output
    samples, rate = _wav(out)
    assert rate == 22050 and len(samples) / rate > 0.3
