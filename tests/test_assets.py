"""Model and voice files: verified by hash, a mismatch is an error that says what to do."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from audio_edition.errors import AssetError
from audio_edition.paths import cache_dir
from audio_edition.tts import assets


def _asset(data: bytes) -> assets.Asset:
    return assets.Asset("thing.bin", len(data), hashlib.sha256(data).hexdigest())


def test_install_verifies_and_moves_atomically(tmp_path: Path) -> None:
    good = b"kokoro" * 100
    download = tmp_path / "download.bin"
    download.write_bytes(good)
    final = tmp_path / "cache" / "thing.bin"
    assets._install(download, final, _asset(good), "test")
    assert final.read_bytes() == good and not download.exists()
    assert assets._verified(final, _asset(good))


def test_hash_mismatch_is_refused(tmp_path: Path) -> None:
    download = tmp_path / "download.bin"
    download.write_bytes(b"x" * 600)
    final = tmp_path / "cache" / "thing.bin"
    with pytest.raises(AssetError, match="does not match its expected sha256") as error:
        assets._install(download, final, _asset(b"y" * 600), "test")
    assert "audio-edition setup" in str(error.value)
    assert not final.exists() and not download.exists()


def test_a_corrupted_file_is_noticed_even_with_the_right_size(tmp_path: Path) -> None:
    good = b"a" * 64
    path = tmp_path / "thing.bin"
    path.write_bytes(good)
    assert assets._verified(path, _asset(good))
    path.write_bytes(b"b" * 64)  # same size, new mtime: the stamp no longer vouches for it
    assert not assets._verified(path, _asset(good))


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AUDIO_EDITION_CACHE", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.delenv("AUDIO_EDITION_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "audio-edition"


def test_installed_model_and_voices_are_the_pinned_ones() -> None:
    assert assets.model_problem() is None, "run: audio-edition setup"
    assert assets.model_path().stat().st_size == assets.MODEL.size
    for name in assets.VOICES:
        assert assets.voice_problem(name) is None
