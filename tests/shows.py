"""A copy of the shipped show settings that a test may edit."""

from __future__ import annotations

import shutil
from pathlib import Path

from audio_edition.paths import DEFAULT_SHOW


def copy_show(folder: Path) -> Path:
    """The shipped show settings copied into ``folder``, with the files they name beside them
    (the reading profile), so a test can edit its copy freely."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DEFAULT_SHOW, folder / "show.toml")
    shutil.copy(DEFAULT_SHOW.with_name("profile.toml"), folder / "profile.toml")
    return folder / "show.toml"
