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

    def key(self) -> str:
        """A stable description of everything that changes the sound (for caches)."""
        opts = ",".join(f"{k}={self.options[k]!r}" for k in sorted(self.options))
        return f"{self.engine}|{self.speed}|{self.language}|{opts}"


def load_voices(path: Path) -> dict[str, VoiceSpec]:
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
