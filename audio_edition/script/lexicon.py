"""The pronunciation lexicon: data in ``voices/lexicon.toml``, overridden by the show's own.

Two kinds of entries. ``[respell]``: whole-word, case-sensitive respellings that a
French voice reads right ("OpenAI" = "Opène-aïe"); a key in lower case also matches its
capitalised form at the start of a sentence. ``words``: acronyms said as words ("NASA"),
where the generic rule would spell them. Later files win, so a show-level lexicon can
correct the shared one without editing it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True)
class Lexicon:
    respell: dict[str, str] = field(default_factory=dict)
    words: frozenset[str] = frozenset()

    @cached_property
    def _table(self) -> dict[str, str]:
        table = {}
        for word, spoken in self.respell.items():
            if word[:1].islower():
                table.setdefault(word[:1].upper() + word[1:], spoken[:1].upper() + spoken[1:])
        table.update(self.respell)
        return table

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self._table:
            return None
        keys = sorted(self._table, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, keys)) + r")(?![\w-])")

    def apply(self, text: str) -> str:
        """Every whole-word entry replaced by its respelling, in one pass (no re-matching)."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._table[m.group(1)], text)

    def protect(self, text: str) -> tuple[str, list[str]]:
        """Entries replaced by placeholders the other rules leave alone; ``restore`` puts the respellings back.

        The producer's respelling is final: no later rule lowers, spells or re-reads it.
        """
        found: list[str] = []
        if self._pattern is None:
            return text, found

        def hold(match: re.Match[str]) -> str:
            found.append(self._table[match.group(1)])
            return _PLACEHOLDER + chr(_FIRST_SLOT + len(found) - 1)

        return self._pattern.sub(hold, text), found


# Private-use characters: not letters, digits or punctuation to any rule.
_PLACEHOLDER = "\U000f0000"
_FIRST_SLOT = 0xF0001
_HELD = re.compile("\U000f0000([\U000f0001-\U000ffffd])")


def restore(text: str, found: list[str], say: Callable[[str], str] = lambda s: s) -> str:
    """Put back the respellings ``Lexicon.protect`` held, each passed through ``say``."""
    return _HELD.sub(lambda m: say(found[ord(m.group(1)) - _FIRST_SLOT]), text)


def load_lexicon(*paths: Path) -> Lexicon:
    """Merge lexicon files in order (missing files are skipped); every problem reported at once."""
    respell: dict[str, str] = {}
    words: set[str] = set()
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
        for key in sorted(set(raw) - {"respell", "words"}):
            problems.append(f"{path}: unknown key '{key}' (expected 'words' and [respell])")
        listed = raw.get("words", [])
        if not isinstance(listed, list) or not all(isinstance(w, str) and w.strip() for w in listed):
            problems.append(f"{path}: 'words' must be a list of acronyms said as words, e.g. [\"NASA\"]")
        else:
            words.update(w.strip() for w in listed)
        table = raw.get("respell", {})
        if not isinstance(table, dict):
            problems.append(f"{path}: [respell] must be a table of \"Word\" = \"respelling\"")
            continue
        for word, spoken in table.items():
            if not isinstance(spoken, str) or not spoken.strip():
                problems.append(f"{path}: respelling of {word!r} must be a non-empty string")
            else:
                respell[word] = spoken
                words.discard(word)
    if problems:
        raise ConfigError(problems, ", ".join(sources) or "lexicon")
    return Lexicon(respell, frozenset(words))
