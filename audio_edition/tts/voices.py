"""Voice definitions, as data: ``voices/voices.toml`` -> ``VoiceSpec`` by name.

Common keys (engine, description, speed, language) are checked here; everything else is
the engine's own business and is passed through as ``options`` for the engine to check,
so one engine's parameters never leak into the shared interface.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError, VoiceError

_COMMON = {"engine", "description", "speed", "language"}


@dataclass(frozen=True)
class VoiceSpec:
    name: str
    engine: str
    description: str = ""
    speed: float = 1.0
    language: str = "fr-fr"
    options: dict[str, Any] = field(default_factory=dict)
    # The voices file this came from: relative paths in options are relative to its folder.
    source: Path | None = field(default=None, compare=False)

    def key(self) -> str:
        """A stable description of everything that changes the sound (for caches).

        Not the name, the description or the file it came from: renaming a voice keeps
        its cached lines. Files the options point at are the engine's ``version()``'s job.
        """
        opts = ",".join(f"{k}={self.options[k]!r}" for k in sorted(self.options))
        return f"{self.engine}|{self.speed}|{self.language}|{opts}"

    def path(self, option: str) -> Path:
        """The file or folder named by ``option``: ``~`` expanded, relative to the voices file."""
        value = Path(str(self.options[option])).expanduser()
        if not value.is_absolute() and self.source is not None:
            value = self.source.parent / value
        return value


def load_voices(*paths: Path) -> dict[str, VoiceSpec]:
    """Every voice of ``paths``, in order: a later file adds voices or replaces them by name.

    The first file must exist (the project's own); later ones are optional (a show's own
    ``voices.toml`` beside its ``show.toml``). Problems of all files are listed together.
    """
    voices: dict[str, VoiceSpec] = {}
    problems: list[str] = []
    for index, path in enumerate(paths):
        if index > 0 and not path.is_file():
            continue
        try:
            voices.update(_load_file(path))
        except ConfigError as exc:
            if len(paths) == 1:
                raise
            problems += [f"{path}: {problem}" for problem in exc.problems]
    if problems:
        raise ConfigError(problems, "the voices files")
    return voices


def _load_file(path: Path) -> dict[str, VoiceSpec]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(["file not found"], str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"not valid TOML ({exc})"], str(path)) from None
    problems: list[str] = []
    voices: dict[str, VoiceSpec] = {}
    for name, table in raw.items():
        if not isinstance(table, dict):
            problems.append(f"'{name}' must be a table of settings")
            continue
        engine = table.get("engine")
        if not isinstance(engine, str):
            problems.append(f"voice '{name}': 'engine' is required")
            continue
        speed = table.get("speed", 1.0)
        if not isinstance(speed, (int, float)) or not 0.5 <= speed <= 2.0:
            problems.append(f"voice '{name}': 'speed' must be a number between 0.5 and 2.0")
            continue
        voices[name] = VoiceSpec(
            name=name,
            engine=engine,
            description=str(table.get("description", "")),
            speed=float(speed),
            language=str(table.get("language", "fr-fr")),
            options={k: v for k, v in table.items() if k not in _COMMON},
            source=path,
        )
    if problems:
        raise ConfigError(problems, str(path))
    return voices


def pick_voice(voices: dict[str, VoiceSpec], name: str) -> VoiceSpec:
    try:
        return voices[name]
    except KeyError:
        known = ", ".join(sorted(voices)) or "none"
        raise VoiceError(f"unknown voice '{name}'", f"choose one of: {known} (see: audio-edition voices)") from None
