"""Newsletter profiles: the recogniser's patterns as data (TOML), generic then refined.

``generic.toml`` (shipped in the package) describes a French newsletter in general; a
newsletter's own profile (``profile = "profile.toml"`` in the show settings) adds its
patterns: lists are extended (its drop rules are checked first), numbers replaced. Every
problem in a profile is reported at once, as for the show settings.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..errors import ConfigError, InputError

Scope = Literal["block", "rest", "run", "list"]
NEWSLETTER = "<NEWSLETTER>"
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Patterns:
    """Regular expressions that may name the newsletter (``<NEWSLETTER>``)."""

    sources: tuple[str, ...] = ()

    def compiled(self, names: tuple[str, ...] = ()) -> tuple[re.Pattern[str], ...]:
        return _compile(self.sources, names)

    def search(self, text: str, names: tuple[str, ...] = ()) -> re.Match[str] | None:
        for pattern in self.compiled(names):
            if match := pattern.search(text):
                return match
        return None


@lru_cache(maxsize=256)
def _compile(sources: tuple[str, ...], names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    out = []
    for source in sources:
        if NEWSLETTER in source:
            if not names:
                continue  # a pattern about the newsletter's name, with no name known yet
            source = source.replace(NEWSLETTER, f"(?:{alternatives})")
        out.append(re.compile(source, _FLAGS))
    return tuple(out)


@dataclass(frozen=True)
class DropRule:
    reason: str
    patterns: Patterns
    scope: Scope = "block"
    max_chars: int = 400


@dataclass(frozen=True)
class Profile:
    name: str = ""
    newsletter_names: tuple[str, ...] = ()
    heading_max_words: int = 16
    heading_max_chars: int = 110
    teaser_separators: tuple[str, ...] = ("•",)
    kickers: Patterns = Patterns()
    greetings: Patterns = Patterns()
    epigraph: Patterns = Patterns()
    lead_markers: tuple[str, ...] = ()
    lead_separators: tuple[str, ...] = (":", "•")
    lead_max_words: int = 10
    lead_max_chars: int = 80
    period_lead_max_words: int = 6
    names_separators: tuple[str, ...] = ("•",)
    names_max_words: int = 4
    name_particles: frozenset[str] = frozenset()
    sign_offs: Patterns = Patterns()
    news_rubrics: Patterns = Patterns()  # section titles that are news, never the editorial
    paywall: Patterns = Patterns()
    bio_cues: Patterns = Patterns()
    bio_openers: Patterns = Patterns()
    share_words: frozenset[str] = frozenset()
    drop: tuple[DropRule, ...] = ()
    html_drop_classes: dict[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()  # the files it was read from


# table -> key -> (Profile field, kind)
_SCHEMA: dict[str, dict[str, tuple[str, str]]] = {
    "": {"name": ("name", "str"), "newsletter_names": ("newsletter_names", "strs")},
    "heading": {"max_words": ("heading_max_words", "int"), "max_chars": ("heading_max_chars", "int")},
    "teaser": {
        "separators": ("teaser_separators", "strs"),
        "kickers": ("kickers", "patterns"),
        "greetings": ("greetings", "patterns"),
    },
    "epigraph": {"patterns": ("epigraph", "patterns")},
    "lead_in": {
        "markers": ("lead_markers", "strs"),
        "separators": ("lead_separators", "strs"),
        "max_words": ("lead_max_words", "int"),
        "max_chars": ("lead_max_chars", "int"),
        "period_max_words": ("period_lead_max_words", "int"),
    },
    "names": {
        "separators": ("names_separators", "strs"),
        "max_words": ("names_max_words", "int"),
        "particles": ("name_particles", "words"),
    },
    "signature": {"sign_offs": ("sign_offs", "patterns")},
    "sections": {"news": ("news_rubrics", "patterns")},
    "paywall": {"markers": ("paywall", "patterns")},
    "bio": {"cues": ("bio_cues", "patterns"), "openers": ("bio_openers", "patterns")},
    "share": {"words": ("share_words", "words")},
}
_SCOPES = ("block", "rest", "run", "list")


def _read_toml(path: Path | None, text: str | None, label: str) -> dict[str, Any]:
    try:
        if text is None:
            assert path is not None
            text = path.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except FileNotFoundError:
        raise InputError(f"newsletter profile not found: {label}", "fix 'profile' in the show settings") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"not valid TOML ({exc})"], label) from None


def _check_patterns(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"'{where}' must be a list of strings (regular expressions)")
        return ()
    for source in value:
        try:
            re.compile(source.replace(NEWSLETTER, "(?:X)"), _FLAGS)
        except re.error as exc:
            problems.append(f"'{where}': bad pattern {source!r} ({exc})")
    return tuple(value)


def _merge(base: dict[str, Any], raw: dict[str, Any], label: str, problems: list[str]) -> None:
    """Validate ``raw`` and fold it into ``base`` (Profile keyword arguments)."""
    for table, value in raw.items():
        if table in ("drop", "html"):
            continue
        keys = _SCHEMA.get(table)
        if keys is None and table in _SCHEMA[""]:
            entries, keys = {table: value}, _SCHEMA[""]
        elif keys is None or not isinstance(value, dict):
            problems.append(f"unknown setting '{table}'")
            continue
        else:
            entries = value
        for key, item in entries.items():
            if key not in keys:
                problems.append(f"unknown setting '{table}.{key}'")
                continue
            name, kind = keys[key]
            where = f"{table}.{key}" if table in _SCHEMA and table else key
            if kind == "int":
                if not isinstance(item, int) or isinstance(item, bool) or item < 1:
                    problems.append(f"'{where}' must be a positive whole number")
                else:
                    base[name] = item
            elif kind == "str":
                if not isinstance(item, str):
                    problems.append(f"'{where}' must be a string")
                else:
                    base[name] = item
            elif kind == "patterns":
                extra = _check_patterns(item, where, problems)
                base[name] = Patterns(base.get(name, Patterns()).sources + extra)
            else:  # strs / words: lists of plain strings
                if not isinstance(item, list) or not all(isinstance(v, str) for v in item):
                    problems.append(f"'{where}' must be a list of strings")
                    continue
                if kind == "words":
                    base[name] = frozenset(base.get(name, frozenset())) | {v.lower() for v in item}
                else:
                    base[name] = tuple(dict.fromkeys((*base.get(name, ()), *item)))
    html = raw.get("html", {})
    classes = html.get("drop_classes", {}) if isinstance(html, dict) else None
    if not isinstance(classes, dict) or not all(isinstance(v, str) for v in classes.values()):
        problems.append("'html.drop_classes' must map class words to reasons")
    else:
        base["html_drop_classes"] = {**base.get("html_drop_classes", {}), **{k.lower(): v for k, v in classes.items()}}
    rules = raw.get("drop", [])
    if not isinstance(rules, list):
        problems.append("'drop' must be a list of [[drop]] tables")
        return
    new: list[DropRule] = []
    for n, rule in enumerate(rules, 1):
        if not isinstance(rule, dict):
            problems.append(f"drop rule {n} must be a table")
            continue
        for key in sorted(set(rule) - {"reason", "scope", "max_chars", "patterns"}):
            problems.append(f"drop rule {n}: unknown setting '{key}'")
        reason, scope, max_chars = rule.get("reason"), rule.get("scope", "block"), rule.get("max_chars", 400)
        if not isinstance(reason, str) or not reason.strip():
            problems.append(f"drop rule {n}: 'reason' is required (a short text)")
        if scope not in _SCOPES:
            problems.append(f"drop rule {n}: 'scope' must be one of {', '.join(_SCOPES)}")
        if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars < 1:
            problems.append(f"drop rule {n}: 'max_chars' must be a positive whole number")
        patterns = _check_patterns(rule.get("patterns", []), f"drop rule {n}.patterns", problems)
        if isinstance(reason, str) and scope in _SCOPES and isinstance(max_chars, int):
            new.append(DropRule(reason, Patterns(patterns), scope, max_chars))
    # The newsletter's own rules are checked before the generic ones.
    base["drop"] = (*new, *base.get("drop", ()))


@lru_cache(maxsize=1)
def _generic_text() -> str:
    return resources.files(__package__).joinpath("generic.toml").read_text(encoding="utf-8")


def load_profile(path: Path | None = None) -> Profile:
    """The generic profile, refined by the newsletter's profile at ``path`` if given."""
    return _load(str(path) if path is not None else None)


@lru_cache(maxsize=8)
def _load(path: str | None) -> Profile:
    base: dict[str, Any] = {}
    problems: list[str] = []
    _merge(base, _read_toml(None, _generic_text(), "generic.toml"), "generic.toml", problems)
    if problems:  # a broken shipped profile is a bug, but say where
        raise ConfigError(problems, "audio_edition/readers/generic.toml")
    sources = ["generic.toml"]
    if path is not None:
        _merge(base, _read_toml(Path(path), None, path), path, problems)
        if problems:
            raise ConfigError(problems, path)
        sources.append(path)
    return Profile(**base, sources=tuple(sources))
