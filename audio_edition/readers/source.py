"""Where an issue comes from: a path, stdin (``-``) or a web address (http/https).

``open_issue`` is what every command that takes an ISSUE calls (parse, render, script),
so they all accept the same inputs and options: ``--latest`` / ``--item N`` for a feed,
``--format`` when the name does not tell.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Issue
from .decode import MAX_BYTES
from .feed import ItemChoice
from .profile import Profile

TIMEOUT = 30  # seconds for a web address to answer
_CONTENT_TYPES = {
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed", "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "txt", "text/markdown": "md", "message/rfc822": "eml",
}  # fmt: skip


@dataclass(frozen=True)
class IssueRequest:
    """What the user asked to read: ``spec`` is a path, ``-`` or a URL."""

    spec: str
    latest: bool = False
    item: int | None = None
    fmt: str | None = None

    @property
    def choice(self) -> ItemChoice:
        if self.latest and self.item is not None:
            raise InputError("give --latest or --item N, not both", "--latest is the same as --item 1")
        return ItemChoice(self.latest, self.item)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_source(request: IssueRequest, stdin: BinaryIO | None = None) -> tuple[bytes, str, str | None]:
    """(bytes, source name, format the server announced)."""
    spec = request.spec
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read(MAX_BYTES + 1), "<stdin>", None
    if is_url(spec):
        return fetch(spec)
    path = Path(spec)
    if not path.exists():
        raise InputError(f"no such file: {spec}", "check the path (use - to read from stdin)")
    if path.is_dir():
        raise InputError(f"{spec} is a folder, not an issue file", "pass the issue's file (.txt, .md, .html, .eml or a feed)")
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1), str(path), None
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror}", "check the file's permissions") from None


def fetch(url: str) -> tuple[bytes, str, str | None]:
    """GET ``url`` with the standard library; every failure is one InputError line."""
    import urllib.error
    import urllib.request

    from .. import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"audio-edition/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - http(s) only, checked above
            data = response.read(MAX_BYTES + 1)
            kind = (response.headers.get_content_type() or "").lower()
    except urllib.error.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}", "check the address") from None
    except urllib.error.URLError as exc:
        raise InputError(f"cannot reach {url}: {exc.reason}", "check the address and the network") from None
    except (TimeoutError, OSError, ValueError) as exc:
        raise InputError(f"cannot fetch {url}: {exc}", "check the address and the network") from None
    return data, url, _CONTENT_TYPES.get(kind)


def open_issue(
    request: IssueRequest, profile: Profile | None = None, *, stdin: BinaryIO | None = None
) -> Issue:
    """Read the issue ``request`` names, whatever it is, into an ``Issue``."""
    data, source, announced = read_source(request, stdin)
    return issue_from(request, data, source, announced, profile)


def issue_from(
    request: IssueRequest, data: bytes, source: str, announced: str | None, profile: Profile | None = None
) -> Issue:
    """The bytes ``read_source`` returned for ``request`` -> an ``Issue`` (format by option,
    by what the server announced, by name, or by content)."""
    from . import format_of, read_issue

    choice = request.choice
    fmt = request.fmt
    if fmt is None and choice.wanted:
        fmt = "feed"
    if fmt is None and announced is not None:
        fmt = announced if announced != "feed" or choice.wanted else format_of(source, data)
    return read_issue(data, source, fmt=fmt, profile=profile, item=choice)
