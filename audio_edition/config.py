"""Show settings (``feed/show.toml``) -> a frozen, validated ``Show``.

Every problem in the file is collected and reported at once, one per line, so a producer
fixes the file in one go (mkdocs' habit). ``load_show(path, **overrides)``: an override of
``None`` means "not given on the command line".
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from .errors import ConfigError, InputError
from .paths import DEFAULT_SHOW

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/]+(/\S*)?$")


@dataclass(frozen=True)
class Templates:
    """The show's own words. Every spoken sentence not from the issue comes from here."""

    intro: str = "Bonjour et bienvenue dans l'édition audio de la lettre {newsletter}, {date}."
    intro_undated: str = "Bonjour et bienvenue dans l'édition audio de la lettre {newsletter}."
    summary: str = "Au sommaire de cette édition :"
    editorial: str = "L'éditorial, signé {editor}."
    editorial_unsigned: str = "Pour commencer, l'éditorial."
    briefs: str = "En bref."
    outro: str = (
        "C'était l'édition audio de la lettre {newsletter}. "
        "Le texte intégral et toutes les sources sont dans la lettre. À la semaine prochaine !"
    )
    # when the issue announces a break ("Octet reprendra le samedi 29 août"): no "À la semaine prochaine !"
    outro_break: str = (
        "C'était l'édition audio de la lettre {newsletter}. "
        "Le texte intégral et toutes les sources sont dans la lettre. À bientôt !"
    )
    credits: str = "Éditorial de {editor}. Lu par des voix de synthèse."
    credits_unsigned: str = "Lu par des voix de synthèse."
    credits_no_editorial: str = "Textes de {editor}. Lu par des voix de synthèse."  # signed, with no editorial


# What a template may name; each is filled from the issue or the show settings.
PLACEHOLDERS = frozenset({"show", "newsletter", "date", "editor", "title"})
ROLES = ("host", "cohost")
SECTION_KINDS = ("editorial", "news", "briefs", "dossier")


@dataclass(frozen=True)
class ShowFormat:
    """How an issue becomes an episode: which segments, and which voice reads what.

    Sections alternate between the two voices, starting with ``first_section``, unless
    ``by_kind`` gives a kind of section a fixed voice (the editorial is the host's, the
    editor's voice, unless set otherwise). Long direct quotes go to the other voice.
    """

    summary: bool = True  # "Au sommaire": the headlines, after the greeting
    epigraph: bool = True  # the epigraph, read by the other voice in the intro
    jingles: bool = True  # a jingle before each segment after the intro and summary
    sections: Literal["alternate", "host", "cohost"] = "alternate"
    first_section: Literal["host", "cohost"] = "cohost"
    by_kind: dict[str, str] = field(default_factory=lambda: {"editorial": "host"})
    items: Literal["same", "alternate"] = "same"  # a section's items: its voice, or alternating
    quotes: Literal["other", "same"] = "other"  # long direct quotes: read by the other voice
    quote_min_words: int = 8


@dataclass(frozen=True)
class Show:
    title: str
    newsletter: str
    description: str
    author: str
    owner_name: str
    owner_email: str
    base_url: str
    language: str = "fr"
    category: str = "News"
    subcategory: str | None = "Tech News"
    explicit: bool = False
    copyright: str = ""
    cover: Path | None = None  # None: a cover is drawn from the title (publish/cover.py)
    locked: bool = False  # podcast:locked: "yes" asks directories not to let others import the feed
    newsletter_url: str = ""  # the newsletter's site, linked from the show notes and pages
    subscribe: dict[str, str] = field(default_factory=dict)  # app or directory name -> show's URL there
    voices: dict[str, str] = field(default_factory=lambda: {"host": "siwis", "cohost": "nicolas"})
    templates: Templates = field(default_factory=Templates)
    profile: Path | None = None  # the newsletter's reading profile (TOML), refining the generic one
    # [music]: a piece -> the producer's own file, or False to leave it out; absent: ours.
    music: dict[str, Path | bool] = field(default_factory=dict)
    stereo: bool = False  # stereo 128 kbps instead of mono 96 kbps
    extra_formats: tuple[str, ...] = ()  # also "m4a" and/or "opus" beside the MP3
    source: Path | None = None
    format: ShowFormat = field(default_factory=ShowFormat)

    @property
    def feed_url(self) -> str:
        return self.base_url.rstrip("/") + "/feed.xml"


_REQUIRED = ("title", "newsletter", "description", "author", "owner_name", "owner_email", "base_url")


def load_show(path: Path | None = None, **overrides: Any) -> Show:
    """Read and validate the show settings; raise ConfigError listing every problem."""
    path = path or DEFAULT_SHOW
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"show settings not found: {path}", "pass --show FILE or create feed/show.toml") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"not valid TOML ({exc})"], str(path)) from None
    raw.update({k: v for k, v in overrides.items() if v is not None})
    return _validate(raw, path)


def _validate(raw: dict[str, Any], path: Path) -> Show:
    problems: list[str] = []
    known = {f.name for f in fields(Show)} - {"source"}
    for key in sorted(set(raw) - known):
        problems.append(f"unknown setting '{key}'")
    for key in _REQUIRED:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"'{key}' is required (a non-empty string)")
    if isinstance(raw.get("owner_email"), str) and not _EMAIL.match(raw["owner_email"]):
        problems.append(f"'owner_email' is not an e-mail address: {raw['owner_email']!r}")
    if isinstance(raw.get("base_url"), str) and not _URL.match(raw["base_url"]):
        problems.append(f"'base_url' must start with http:// or https://: {raw['base_url']!r}")
    for key in ("explicit", "locked"):
        if key in raw and not isinstance(raw[key], bool):
            problems.append(f"'{key}' must be true or false (without quotes)")
    if isinstance(raw.get("base_url"), str) and re.search(r"[?#]", raw["base_url"]):
        problems.append(f"'base_url' must not have a query or fragment: {raw['base_url']!r}")
    if raw.get("newsletter_url") and not (isinstance(raw["newsletter_url"], str) and _URL.match(raw["newsletter_url"])):
        problems.append(f"'newsletter_url' must start with http:// or https://: {raw['newsletter_url']!r}")
    subscribe = raw.get("subscribe", {})
    if not isinstance(subscribe, dict) or not all(isinstance(v, str) and _URL.match(v) for v in subscribe.values()):
        problems.append("'subscribe' must map app names to http(s) URLs, e.g. \"Apple Podcasts\" = \"https://…\"")
    category, subcategory = _category(raw, problems)
    if raw.get("language", "fr") != "fr":
        problems.append("'language' must be 'fr' (the voices and normalisation are French)")
    cover = None
    if raw.get("cover"):
        cover = (path.parent / str(raw["cover"])).resolve()
        if not cover.is_file():
            problems.append(f"'cover' file not found: {cover}")
        else:
            from .publish.cover import cover_problems

            problems.extend(cover_problems(cover))
    profile = None
    if raw.get("profile") is not None:
        if not isinstance(raw["profile"], str) or not raw["profile"].strip():
            problems.append("'profile' must be a file name (the newsletter profile, TOML)")
        else:
            profile = (path.parent / raw["profile"]).resolve()
            if not profile.is_file():
                problems.append(f"'profile' file not found: {profile}")
    voices = raw.get("voices", {})
    if not isinstance(voices, dict) or not all(isinstance(v, str) for v in voices.values()):
        problems.append("'voices' must map roles (host, cohost) to voice names")
        voices = {}
    elif set(voices) - {"host", "cohost"}:
        problems.append(f"'voices' roles must be host and cohost, not {sorted(set(voices) - {'host', 'cohost'})}")
    templates = Templates()
    raw_templates = raw.get("templates", {})
    if not isinstance(raw_templates, dict):
        problems.append("'templates' must be a table")
    else:
        names = {f.name for f in fields(Templates)}
        for key in sorted(set(raw_templates) - names):
            problems.append(f"unknown template '{key}' (known: {', '.join(sorted(names))})")
        good = {k: v for k, v in raw_templates.items() if k in names and isinstance(v, str)}
        for key, value in good.items():
            problems += _template_problems(key, value)
        templates = replace(templates, **good)
    audio = _audio_settings(raw, path, problems)
    show_format, format_problems = _format(raw.get("format", {}))
    problems += format_problems
    if problems:
        raise ConfigError(problems, str(path))
    defaults = Show.__dataclass_fields__["voices"].default_factory()  # type: ignore[misc]
    settings = {
        k: v
        for k, v in raw.items()
        if k not in {"cover", "voices", "templates", "format", "profile", "category", "subcategory", *audio}
    }
    return Show(
        **settings,
        **audio,
        category=category,
        subcategory=subcategory,
        cover=cover,
        voices={**defaults, **voices},
        templates=templates,
        profile=profile,
        source=path,
        format=show_format,
    )


def _category(raw: dict[str, Any], problems: list[str]) -> tuple[str, str | None]:
    """``category = "News › Tech News"``, or ``category`` and ``subcategory``: on Apple's list."""
    from .categories import category_problems, split_category

    category = raw.get("category", "News")
    subcategory = raw.get("subcategory", None if "category" in raw else "Tech News")
    if not isinstance(category, str) or (subcategory is not None and not isinstance(subcategory, str)):
        problems.append("'category' and 'subcategory' must be strings, e.g. category = \"News › Tech News\"")
        return "News", None
    top, sub = split_category(category)
    if sub is not None and subcategory is not None and sub != subcategory:
        problems.append(f"'category' names {sub!r} and 'subcategory' says {subcategory!r}: keep one")
    sub = sub or subcategory
    problems.extend(category_problems(top, sub))
    return top, sub


_MUSIC_PIECES = ("intro", "stinger", "outro", "bed")
_EXTRA_FORMATS = ("m4a", "opus")


def _audio_settings(raw: dict[str, Any], path: Path, problems: list[str]) -> dict[str, Any]:
    """[music] files, stereo and extra_formats: checked here, problems appended."""
    out: dict[str, Any] = {}
    music = raw.get("music", {})
    if not isinstance(music, dict):
        problems.append("'music' must be a table (intro, stinger, outro, bed = a file, or false)")
        music = {}
    chosen: dict[str, Path | bool] = {}
    for piece in sorted(set(music) - set(_MUSIC_PIECES)):
        problems.append(f"unknown music piece '{piece}' (known: {', '.join(_MUSIC_PIECES)})")
    for piece in _MUSIC_PIECES:
        value = music.get(piece)
        if value is None:
            continue
        if value is False:
            chosen[piece] = False
        elif isinstance(value, str) and value.strip():
            file = (path.parent / value).resolve()
            if file.is_file():
                chosen[piece] = file
            else:
                problems.append(f"music '{piece}' file not found: {file}")
        else:
            problems.append(f"music '{piece}' must be a file name or false")
    out["music"] = chosen
    stereo = raw.get("stereo", False)
    if not isinstance(stereo, bool):
        problems.append("'stereo' must be true or false")
    out["stereo"] = stereo is True
    formats = raw.get("extra_formats", [])
    if isinstance(formats, str):
        formats = [formats]
    if not isinstance(formats, (list, tuple)) or not all(f in _EXTRA_FORMATS for f in formats):
        problems.append(f"'extra_formats' must list formats among {', '.join(_EXTRA_FORMATS)}, not {formats!r}")
        formats = []
    out["extra_formats"] = tuple(dict.fromkeys(formats))
    return out


def _template_problems(key: str, value: str) -> list[str]:
    try:
        named = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError as exc:
        return [f"template '{key}' is malformed ({exc}); write {{{{ and }}}} for literal braces"]
    unknown = sorted(named - PLACEHOLDERS)
    if unknown:
        return [f"template '{key}' uses unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)} "
                f"(known: {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))})"]  # fmt: skip
    return []


def _format(raw: Any) -> tuple[ShowFormat, list[str]]:
    """[format] -> ShowFormat, with every problem listed."""
    if not isinstance(raw, dict):
        return ShowFormat(), ["'format' must be a table"]
    problems: list[str] = []
    names = {f.name: f for f in fields(ShowFormat)}
    for key in sorted(set(raw) - set(names)):
        problems.append(f"unknown format setting '{key}' (known: {', '.join(sorted(names))})")
    good: dict[str, Any] = {}
    for key in ("summary", "epigraph", "jingles"):
        if key in raw:
            if isinstance(raw[key], bool):
                good[key] = raw[key]
            else:
                problems.append(f"'format.{key}' must be true or false")
    for key in ("sections", "first_section", "items", "quotes"):
        if key in raw:
            allowed = _CHOICES[key]
            if raw[key] in allowed:
                good[key] = raw[key]
            else:
                problems.append(f"'format.{key}' must be one of {', '.join(allowed)}, not {raw[key]!r}")
    if "quote_min_words" in raw:
        value = raw["quote_min_words"]
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            good["quote_min_words"] = value
        else:
            problems.append("'format.quote_min_words' must be a whole number of words, 1 or more")
    if "by_kind" in raw:
        by_kind = raw["by_kind"]
        if not isinstance(by_kind, dict):
            problems.append("'format.by_kind' must map section kinds to host or cohost")
        else:
            for kind, role in by_kind.items():
                if kind not in SECTION_KINDS:
                    problems.append(f"'format.by_kind': unknown section kind '{kind}' (known: {', '.join(SECTION_KINDS)})")
                elif role not in ROLES:
                    problems.append(f"'format.by_kind.{kind}' must be host or cohost, not {role!r}")
            good["by_kind"] = {**ShowFormat().by_kind, **{k: v for k, v in by_kind.items() if v in ROLES}}
    return replace(ShowFormat(), **good), problems


_CHOICES = {
    "sections": ("alternate", "host", "cohost"),
    "first_section": ROLES,
    "items": ("same", "alternate"),
    "quotes": ("other", "same"),
}
