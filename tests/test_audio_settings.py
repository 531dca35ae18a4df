"""Audio settings of the show: music files, stereo, extra formats — every problem at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from audio_edition.cli import cli
from audio_edition.config import load_show
from audio_edition.errors import ConfigError
from audio_edition.paths import DEFAULT_SHOW


def _show(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "show.toml"
    shutil.copy(DEFAULT_SHOW.with_name("profile.toml"), tmp_path / "profile.toml")  # named by the show
    path.write_text(DEFAULT_SHOW.read_text(encoding="utf-8").replace("[voices]", extra + "\n[voices]", 1) , encoding="utf-8")
    return path


# feed/show.toml ends with its (commented-out) [music] table: lines appended belong to it.


def test_music_files_relative_to_the_show_and_false(tmp_path: Path) -> None:
    (tmp_path / "music").mkdir()
    (tmp_path / "music" / "bed.ogg").write_bytes(b"x")
    path = _show(tmp_path, 'stereo = true\nextra_formats = ["opus"]')
    path.write_text(path.read_text(encoding="utf-8") + '\nbed = "music/bed.ogg"\nstinger = false\n', encoding="utf-8")
    show = load_show(path)
    assert show.music == {"bed": tmp_path / "music" / "bed.ogg", "stinger": False}
    assert show.stereo is True and show.extra_formats == ("opus",)
    assert load_show(path, stereo=False, extra_formats=("m4a", "opus")).extra_formats == ("m4a", "opus")
    assert load_show(path, stereo=False).stereo is False


def test_every_audio_problem_listed(tmp_path: Path) -> None:
    path = _show(tmp_path, 'stereo = "yes"\nextra_formats = ["mp4"]')
    path.write_text(path.read_text(encoding="utf-8") + '\nbed = "nope.wav"\nintro = 3\njingle = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_show(path)
    problems = " | ".join(caught.value.problems)
    for expected in ("'stereo' must be", "'extra_formats' must list", "music 'bed' file not found",
                     "music 'intro' must be", "unknown music piece 'jingle'"):  # fmt: skip
        assert expected in problems


def test_cli_refuses_an_unknown_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["render", "feed/example-issue.txt", "--also", "flac", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "flac" in result.output
