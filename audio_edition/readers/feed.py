"""The newsletter's own RSS or Atom feed -> one item's blocks (``--latest`` or ``--item N``).

feedparser reads every RSS and Atom dialect and sanitises the HTML; the item's full
content (``content:encoded`` / Atom ``content``) is preferred to its summary. Items are
counted newest first: ``--item 1`` is the latest issue, ``--item 2`` the one before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .blocks import Document, clean
from .dates import find_date
from .profile import Profile

_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL)


@dataclass(frozen=True)
class ItemChoice:
    """Which item of a feed to read: the newest, or the N-th counting from the newest."""

    latest: bool = False
    number: int | None = None

    def __post_init__(self) -> None:
        if self.number is not None and self.number < 1:
            raise InputError(f"--item {self.number} is not an item number", "items count from 1 (the newest)")

    @property
    def wanted(self) -> bool:
        return self.latest or self.number is not None


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.match(data[:2048]))


def _when(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.datetime(*value[:6])
            except (TypeError, ValueError):
                continue
    return None


def _content(entry: Any) -> tuple[str, str]:
    """(body, mime type): the full content when the item has it, else the summary."""
    contents = entry.get("content") or []
    for wanted in ("text/html", "application/xhtml+xml", "text/plain"):
        for content in contents:
            if content.get("type", "text/html") == wanted and content.get("value", "").strip():
                return content["value"], wanted
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", "") or "", detail.get("type", "text/html")


_TEAM_NAME = re.compile(r"(?i)^(?:la |l['’])?(?:r[ée]daction|[ée]quipe|team|staff|newsroom)\b")  # "Rédaction Hors-Jeu" signs no one
# an item's title that opens with the newsletter's name and the number: "Hors-Jeu #58 — ", "La Veille n° 12 : "
_NUMBERED_TITLE = re.compile(r"(?P<name>.{2,40}?)\s*(?:#|n[°º]\s*|num[ée]ro\s+)\d+\s*[—–:|-]\s+(?=\S)", re.IGNORECASE)


def parse_feed(data: bytes, source: str, choice: ItemChoice, profile: Profile) -> Document:
    import feedparser

    from .html import parse_html
    from .text import text_blocks

    if not choice.wanted:
        raise InputError(f"{source} is a feed, not an issue", "choose an item: add --latest (the newest) or --item N")
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(f"{source} is not an RSS or Atom feed", "check the address of the newsletter's feed")
    entries = list(parsed.entries)
    if not entries:
        raise InputError(f"the feed {source} has no items", "check that the newsletter has published an issue")
    dated = [_when(e) for e in entries]
    if all(d is not None for d in dated):  # newest first, whatever order the feed uses
        order = sorted(range(len(entries)), key=lambda i: dated[i], reverse=True)  # type: ignore[arg-type,return-value]
        entries = [entries[i] for i in order]
        dated = [dated[i] for i in order]
    index = 0 if choice.latest or choice.number is None else choice.number - 1
    if index >= len(entries):
        raise InputError(f"the feed {source} has {len(entries)} item(s), not {choice.number}", f"use --item 1 to {len(entries)}")
    entry = entries[index]
    body, mime = _content(entry)
    title = clean(entry.get("title", "")) or None
    link = entry.get("link") or None
    label = f"{source}, item {index + 1}" + (f" ({title})" if title else "")
    channel = clean(parsed.feed.get("title", ""))
    named = _NUMBERED_TITLE.match(title) if title and channel else None
    rest = title[named.end() :] if named else ""
    if named and named["name"].casefold() == channel.casefold() and not (find_date(rest) and len(rest.split()) <= 4):
        title = title[named.end() :]  # "Hors-Jeu #58 — Milan-Cortina, …": the feed's name and the number are no title
        # (not "Hors-Jeu #60 — 9 mai 2026": a date alone is no title either)
    if not clean(re.sub(r"<[^>]*>", " ", body)):
        raise InputError(f"{label} has no text", "the feed must carry the issue's text (content or description)")
    if mime == "text/plain":
        document = Document(tuple(text_blocks(body)), label)
    else:
        document = parse_html(body, label, profile)
    when = dated[index]
    hints = {"title": "metadata"} if title else {}
    if (author := clean(entry.get("author", ""))) and not _TEAM_NAME.match(author):
        hints["author"] = author  # the item's dc:creator signs the issue, and names in full who signs with a first name
    return Document(document.blocks, label, title=title, date=when.date() if when else None, url=link, hints=hints)
