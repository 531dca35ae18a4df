"""Written French -> what a French voice should be given. Applied before every engine.

The transcript keeps the written text; only the engine sees the normalised one. Each rule
is a small table or a single substitution so it can be tested on its own.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

# Typography that must never be read aloud, and how it should sound instead.
_TYPOGRAPHY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[«»“”„\"]"), ""),
    (re.compile(r"[‘’`´]"), "'"),
    (re.compile(r"\s*[•·▪●]\s*"), ", "),
    (re.compile(r"\s+[—–]\s+"), ", "),
    (re.compile(r"…|\.\.\."), "."),
    (re.compile(r"[\u00a0\u202f\u2009]"), " "),
)
# "1 000 000" -> "1000000": the voice reads digit groups as one number.
_DIGIT_GROUPS = re.compile(r"(?<=\d) (?=\d{3}\b)")
_SPACES = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_DOUBLE_PUNCT = re.compile(r"([,;:])\s*([,.;:])")


def normalise(text: str, lexicon: Lexicon | None = None) -> str:
    """The text a French engine should speak for ``text``."""
    for pattern, replacement in _TYPOGRAPHY:
        text = pattern.sub(replacement, text)
    text = _DIGIT_GROUPS.sub("", text)
    if lexicon is not None and (pattern := lexicon.pattern()) is not None:
        text = pattern.sub(lambda m: lexicon.respell[m.group(1)], text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_PUNCT.sub(r"\2", text)
    return text.strip(" ,;")
