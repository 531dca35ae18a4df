"""Where things live: the project's data folders and the download cache.

Downloads (model, voice vectors, rendered jingles) never go in git: they live in the
cache folder, ``$AUDIO_EDITION_CACHE`` or ``$XDG_CACHE_HOME/audio-edition`` or
``~/.cache/audio-edition``.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VOICES_DIR = PROJECT_ROOT / "voices"
FEED_DIR = PROJECT_ROOT / "feed"
DEFAULT_SHOW = FEED_DIR / "show.toml"
DEFAULT_OUT = FEED_DIR / "public"
EXAMPLE_ISSUE = FEED_DIR / "example-issue.txt"


def cache_dir() -> Path:
    """The cache folder; not created here (importing and asking have no side effects)."""
    explicit = os.environ.get("AUDIO_EDITION_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "audio-edition"
