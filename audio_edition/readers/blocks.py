"""The common ground of every format: a document is a sequence of typed blocks.

Each format reader turns its own markup into blocks (an HTML ``<h2>`` or a Markdown
``##`` is a heading, ``<li>`` or ``-`` a bullet, ``<figcaption>`` a caption); plain text
only knows lines and bullets and leaves headings to be inferred. One recogniser
(``recognise.py``) then finds the issue's structure in the blocks, whatever the format.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet", "caption", "quote"]

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u034f]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    """One block of text. ``kind`` is what the markup says; a plain ``paragraph`` may still
    turn out to be a heading. ``lead`` is a lead-in the markup marks out (bold
    "Coup de frein." before the text); ``drop`` is a reason the markup alone gives to
    remove the block (a share bar by its class, a hidden pre-header)."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level, 1 for the title
    strong: bool = False  # the whole block is bold
    lead: str | None = None
    url: str | None = None
    drop: str | None = None


@dataclass(frozen=True)
class Document:
    """A format reader's output: blocks plus what the envelope says (subject, feed item)."""

    blocks: tuple[Block, ...]
    source: str
    title: str | None = None  # e-mail subject, <title>, feed item title
    date: dt.date | None = None  # e-mail Date header, feed item date
    url: str | None = None  # the web address, when known
    hints: dict[str, str] = field(default_factory=dict)  # {"title": "metadata"}: the title is authoritative


def clean(text: str) -> str:
    """One line of text: NFC, no invisible characters, single spaces, no edges."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


_TABLE_ROW = re.compile(r"^\|?[^|\n]*(?:\|[^|\n]*){2,}\|?$")  # three cells or more: "Marché | Cours | Variation"


def drop_tables(blocks: list[Block]) -> list[Block]:
    """Rows of a table written in text (two lines or more of "a | b | c", with or without a
    Markdown rule "|---|---|") dropped as a table: a listener cannot follow one read aloud,
    and one row read as a heading ate the next section's title. One line alone is a teaser."""
    rows = [b.kind == "paragraph" and bool(_TABLE_ROW.match(b.text)) for b in blocks]
    out = list(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and rows[j]:
            j += 1
        if j - i >= 2:
            out[i:j] = [replace(b, drop="table") for b in blocks[i:j]]
        i = max(j, i + 1)
    return out
