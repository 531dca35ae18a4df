"""Bytes -> text, the one place it happens: UTF-8, UTF-16, Windows-1252 or Latin-1.

A producer's copy may come from Windows (cp1252), from an old mail client (Latin-1), or
be UTF-8 that went through cp1252 once too often ("Ã©tÃ©"). Each is read correctly or
refused with one line; binary data, empty input and anything over 5 MB are refused.
"""

from __future__ import annotations

import re

from ..errors import InputError

MAX_BYTES = 5 * 1024 * 1024

# UTF-8 read as cp1252: "Ã©" for "é", "â€™" for "’". Two characters that never meet in French.
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_C1 = re.compile("[\u0080-\u009f]")


def check_size(data: bytes, source: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{source} is {len(data) / 1e6:.1f} MB, over the 5 MB limit for an issue",
            "pass the issue itself, not an archive or a media file",
        )
    if not data.strip():
        raise InputError(f"{source} is empty", "pass a file that contains the text of an issue")


def _utf16(data: bytes) -> str | None:
    """UTF-16 with a BOM, or without one when every other byte of ASCII text is NUL."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    sample = data[:4096]
    if len(sample) >= 8:
        even, odd = sample[0::2], sample[1::2]
        for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
            if zeros.count(0) > 0.9 * len(zeros):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    return None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in sample or controls > len(sample) * 0.05


def _repair_mojibake(text: str) -> str:
    """Undo one round of UTF-8-read-as-cp1252 when it is clearly what happened."""
    if len(_MOJIBAKE.findall(text)) < 2:
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return repaired if len(_MOJIBAKE.findall(repaired)) < len(_MOJIBAKE.findall(text)) else text


def decode_text(data: bytes, source: str, charset: str | None = None) -> str:
    """Bytes -> text. ``charset`` (from an e-mail or HTTP header) is tried first, then
    UTF-8 (with or without BOM), UTF-16, Windows-1252, Latin-1; binary data is refused."""
    check_size(data, source)
    text = _utf16(data)
    if text is None:
        if _looks_binary(data):
            raise InputError(f"{source} looks like binary data, not text", "pass the text, HTML or e-mail of the issue")
        text = _decode(data, charset)
    text = _repair_mojibake(text.lstrip("\ufeff"))
    if _C1.search(text) and len(_C1.findall(text)) > max(3, len(text) // 200):
        raise InputError(
            f"{source} is not in an encoding we can read (UTF-8, Windows-1252 or Latin-1)",
            "save the issue as UTF-8 text and try again",
        )
    if not text.strip():
        raise InputError(f"{source} is empty", "pass a file that contains the text of an issue")
    return text


def _decode(data: bytes, charset: str | None) -> str:
    candidates = []
    if charset:
        # As browsers do: a Latin-1 or ASCII label means Windows-1252 (its superset).
        latin = charset.lower().replace("_", "-") in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}
        candidates.append("cp1252" if latin else charset)
    candidates += ["utf-8-sig", "cp1252"]
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")
