"""Spans of the normalised text that a French phonemiser must not read as French: English
names ("OpenAI" as a French journalist says it, not "opénaïe"), and words the lexicon gives
as phonemes ("IA" as /iˈa/, the two syllables listeners hear, where espeak says /ja/).

A span is written ``[en:Sam_Altman]`` or ``[ipa:iˈa|ia]`` in the normalised text
(``speak --show-normalised`` shows it): no space inside, so no chunker ever cuts through
it, and no colon followed by a space, so it is no clause. Kokoro phonemises an English span
with espeak-ng's English and takes a phoneme span as it is; engines that cannot read
``plain`` text: the English spelling, or the French spelling after the ``|``.
"""

from __future__ import annotations

import re

_SPAN = re.compile(r"\[(en|ipa):([^\]\s|]+)(?:\|([^\]\s]+))?\]")


def mark_english(text: str) -> str:
    """``text`` (English) as one marked span."""
    return "[en:" + "_".join(text.split()) + "]"


def mark_phonemes(phonemes: str, text: str) -> str:
    """IPA ``phonemes`` as one span; ``text`` is what engines without phonemes read."""
    return "[ipa:" + "_".join(phonemes.split()) + "|" + "_".join(text.split()) + "]"


def is_marked(text: str) -> bool:
    return bool(_SPAN.fullmatch(text))


def plain(text: str) -> str:
    """The text with every span back to words: the English spelling, the French fallback."""
    return _SPAN.sub(lambda m: (m.group(3) or m.group(2)).replace("_", " "), text)


def split_languages(text: str) -> list[tuple[str, str]]:
    """``text`` as runs in order: ("fr", text) between spans, ("en", English text) and
    ("ipa", phonemes) for each span."""
    runs: list[tuple[str, str]] = []
    start = 0
    for match in _SPAN.finditer(text):
        if match.start() > start:
            runs.append(("fr", text[start : match.start()]))
        runs.append((match.group(1), match.group(2).replace("_", " ")))
        start = match.end()
    if start < len(text):
        runs.append(("fr", text[start:]))
    return runs
