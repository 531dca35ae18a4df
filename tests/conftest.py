"""Shared fixtures: the show, a cast of fake voices, and small issues written by us."""

from __future__ import annotations

from pathlib import Path

import pytest

from audio_edition.config import Show, load_show
from audio_edition.paths import DEFAULT_SHOW, VOICES_DIR
from audio_edition.pipeline import Cast
from audio_edition.script import load_lexicon
from audio_edition.tts import VoiceSpec
from audio_edition.tts.fake import FakeEngine

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def show() -> Show:
    return load_show(DEFAULT_SHOW)


@pytest.fixture(scope="session")
def fake_cast() -> Cast:
    return Cast(
        {
            "host": VoiceSpec("fake-host", "fake", "test host"),
            "cohost": VoiceSpec("fake-cohost", "fake", "test co-host"),
        },
        load_lexicon(VOICES_DIR / "lexicon.toml"),
    )


@pytest.fixture(scope="session")
def fake_engines() -> dict[str, FakeEngine]:
    return {"fake": FakeEngine()}


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of our own, with the real Kokoro files linked in (so nothing is fetched)."""
    from audio_edition.tts import assets

    home = tmp_path / "cache"
    home.mkdir()
    (home / "kokoro").symlink_to(assets.kokoro_dir())
    monkeypatch.setenv("AUDIO_EDITION_CACHE", str(home))
    return home

