"""The pronunciation lexicon: data in ``voices/lexicon.toml``, overridden by the show's own.

Entries are whole-word, case-sensitive respellings. Later files win, so a show-level
lexicon can correct the shared one without editing it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True)
class Lexicon:
    respell: dict[str, str] = field(default_factory=dict)

    def pattern(self) -> re.Pattern[str] | None:
        if not self.respell:
            return None
        words = sorted(self.respell, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def load_lexicon(*paths: Path) -> Lexicon:
    """Merge lexicon files in order (missing files are skipped); every problem reported at once."""
    respell: dict[str, str] = {}
    problems: list[str] = []
    sources: list[str] = []
    for path in paths:
        if not path.is_file():
            continue
        sources.append(str(path))
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: not valid TOML ({exc})")
            continue
        for key in sorted(set(raw) - {"respell"}):
            problems.append(f"{path}: unknown table '{key}' (expected [respell])")
        for word, spoken in raw.get("respell", {}).items():
            if not isinstance(spoken, str) or not spoken.strip():
                problems.append(f"{path}: respelling of {word!r} must be a non-empty string")
            else:
                respell[word] = spoken
    if problems:
        raise ConfigError(problems, ", ".join(sources) or "lexicon")
    return Lexicon(respell)
