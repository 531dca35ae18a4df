"""Readers turn an issue, as bytes, into an ``Issue``. One reader per format, chosen by suffix.

The CLI reads the file; readers never touch the filesystem, so they are easy to test and
fuzz. ``decode_text`` is the one place raw bytes become text.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import InputError
from ..model import Issue

MAX_BYTES = 5 * 1024 * 1024

Reader = Callable[[str, str], Issue]


def _text_reader(text: str, source: str) -> Issue:
    from .text import read_text

    return read_text(text, source)


# suffix -> reader; the explicit registry keeps discovery boring (STYLE.md).
READERS: dict[str, Reader] = {
    ".txt": _text_reader,
    ".text": _text_reader,
    "": _text_reader,
}


def decode_text(data: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else Windows-1252; refuse binary data."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{source} is {len(data) / 1e6:.1f} MB, over the 5 MB limit for an issue",
            "pass the issue itself, not an archive or a media file",
        )
    if not data.strip():
        raise InputError(f"{source} is empty", "pass a file that contains the text of an issue")
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise InputError(f"{source} looks like binary data, not text", "pass a .txt copy of the issue")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_issue(data: bytes, source: str = "<stdin>") -> Issue:
    """Decode and parse an issue; the reader is chosen by the source's suffix."""
    suffix = ""
    name = source.rsplit("/", 1)[-1]
    if "." in name:
        suffix = "." + name.rsplit(".", 1)[-1].lower()
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(s for s in READERS if s))
        raise InputError(f"cannot read {source}: unknown file type '{suffix}'", f"use one of {known}")
    return reader(decode_text(data, source), source)
