"""Readers turn an issue into an ``Issue``: text, Markdown, HTML, e-mail or a feed item.

Each format reader turns its markup into blocks (``blocks.py``); one recogniser finds the
structure in them, driven by the newsletter profile (``profile.py``, ``generic.toml``).
``read_issue`` works on bytes and never touches the filesystem, so it is easy to test and
fuzz; ``open_issue`` (``source.py``) is the one place a path, stdin or URL is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from ..errors import InputError
from ..model import Issue
from .blocks import Document
from .decode import MAX_BYTES, decode_text
from .feed import ItemChoice, looks_like_feed
from .profile import Profile, load_profile
from .recognise import recognise
from .source import IssueRequest, open_issue

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "IssueRequest",
    "ItemChoice",
    "Profile",
    "decode_text",
    "load_profile",
    "open_issue",
    "read_document",
    "read_issue",
    "sniff_format",
]

Parser = Callable[[bytes, str, Profile, ItemChoice], Document]


def _text(data: bytes, source: str, profile: Profile, choice: ItemChoice) -> Document:
    from .text import parse_text

    return parse_text(decode_text(data, source), source)


def _markdown(data: bytes, source: str, profile: Profile, choice: ItemChoice) -> Document:
    from .markdown import parse_markdown

    return parse_markdown(decode_text(data, source), source)


def _html(data: bytes, source: str, profile: Profile, choice: ItemChoice) -> Document:
    from .html import parse_html

    return parse_html(decode_text(data, source), source, profile)


def _eml(data: bytes, source: str, profile: Profile, choice: ItemChoice) -> Document:
    from .decode import check_size
    from .eml import parse_eml

    check_size(data, source)
    return parse_eml(data, source, profile)


def _feed(data: bytes, source: str, profile: Profile, choice: ItemChoice) -> Document:
    from .decode import check_size
    from .feed import parse_feed

    check_size(data, source)
    return parse_feed(data, source, choice, profile)


# format -> parser, and suffix -> format; explicit registries keep discovery boring (STYLE.md).
FORMATS: dict[str, Parser] = {"txt": _text, "md": _markdown, "html": _html, "eml": _eml, "feed": _feed}
SUFFIXES = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".eml": "eml", ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # fmt: skip


def sniff_format(data: bytes) -> str:
    """The format of data with no telling name (stdin, a URL): feed, e-mail, HTML, Markdown, text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = head[:1024].lower()
    if looks_like_feed(head):
        return "feed"
    if lower.startswith((b"<!doctype html", b"<html")) or b"<body" in lower or b"<p>" in lower[:200]:
        return "html"
    lines = head.split(b"\n", 30)[:30]
    headers = sum(1 for line in lines[:20] if line[:1].isalpha() and b":" in line.split(b" ", 1)[0])
    if headers >= 3 and any(line.lower().startswith((b"from:", b"mime-version:", b"subject:")) for line in lines):
        return "eml"
    if any(line.startswith((b"# ", b"## ", b"### ")) for line in lines):
        return "md"
    return "txt"


def format_of(source: str, data: bytes, forced: str | None = None) -> str:
    if forced:
        if forced not in FORMATS:
            raise InputError(f"unknown format '{forced}'", f"use one of {', '.join(FORMATS)}")
        return forced
    name = PurePosixPath(source.split("?", 1)[0]).name
    suffix = PurePosixPath(name).suffix.lower() if "." in name else ""
    if not suffix or source.startswith("<"):
        return sniff_format(data)
    if suffix not in SUFFIXES:
        known = ", ".join(sorted(SUFFIXES))
        raise InputError(f"cannot read {source}: unknown file type '{suffix}'", f"use one of {known}, or --format")
    found = SUFFIXES[suffix]
    if found == "feed" and not looks_like_feed(data):
        return "html" if b"<html" in data[:4096].lower() else found
    return found


def read_document(
    data: bytes, source: str = "<stdin>", *, fmt: str | None = None, profile: Profile | None = None, item: ItemChoice | None = None
) -> Document:
    """Bytes -> blocks, by the format named, else by the source's suffix, else by sniffing."""
    profile = profile or load_profile()
    return FORMATS[format_of(source, data, fmt)](data, source, profile, item or ItemChoice())


def read_issue(
    data: bytes,
    source: str = "<stdin>",
    *,
    fmt: str | None = None,
    profile: Profile | None = None,
    item: ItemChoice | None = None,
) -> Issue:
    """Decode, split into blocks and recognise an issue. Raises InputError, never anything else."""
    profile = profile or load_profile()
    document = read_document(data, source, fmt=fmt, profile=profile, item=item)
    return recognise(document, profile)
