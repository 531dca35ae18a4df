"""Dates in running text: "samedi 11 octobre 2025", "1er mars 2026", "11 oct. 2025",
"11/10/2025" (day first, as in France), "2025-10-11"."""

from __future__ import annotations

import datetime as dt
import re

from ..calendar_words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS

_UNACCENTED = str.maketrans("éû", "eu")
# each month's name, also as written without its accent ("fevrier", "aout", "decembre")
MONTHS = {spelling: n for n, name in enumerate(MONTH_NAMES, 1) for spelling in {name, name.translate(_UNACCENTED)}}

_MONTH_NAMES = "|".join(sorted([*MONTHS, *(a + r"\.?" for a in MONTH_ABBREVIATIONS)], key=len, reverse=True))
_DATE = re.compile(
    r"\b(?P<day>\d{1,2})(?:er|ᵉʳ)?\s+(?P<month>" + _MONTH_NAMES + r")\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)
_WEEKDAY = "(?:" + "|".join(sorted([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS], key=len, reverse=True)) + r")\.?"
_DAY = r"(?:1er|1ᵉʳ|\d{1,2})"
# an agenda's entry, its date first, then what happens after a colon or a dash: "19/03 : …", "24-26/03 : …",
# "mar. 10/03 – jeu. 12/03 : …", "Mardi 9 juin, 9h-18h : …", "Du 13 au 16 octobre : …", "1er juillet : …"
# (not a sentence: "Le 12 mars, la banque a relevé ses taux : …")
DATED_ENTRY = re.compile(
    rf"(?:(?:du|le|les)\s+)?(?:(?:{_WEEKDAY})\s+)?{_DAY}(?:\s*[-–]\s*{_DAY})?"
    rf"(?:/\d{{1,2}}\b|\s+(?:{_MONTH_NAMES})(?!\w)|\s+(?:au|et)\s+(?:(?:{_WEEKDAY})\s+)?{_DAY}\s)"
    r"(?:[^:—–.!?,]|(?<=[a-zé])\.(?=\s)){0,40}?(?:,\s*\d{1,2}\s?h[\d\s–-]*(?:h\d*)?)?\s(?::|—|–)\s+\S",  # (a time after a comma: "9h-18h")
    re.IGNORECASE,
)
# a day and its month anywhere in a line: "17-20 juin", "jusqu'au 15 mai", "le 1er juillet", "19/03"
DAY_MONTH = re.compile(rf"\b{_DAY}(?:\s*[-–]\s*{_DAY})?(?:/\d{{1,2}}\b|\s+(?:{_MONTH_NAMES})(?!\w))", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})(?![\d/-])(?!\.\d)")  # "le 20/12/2025." ends a sentence
_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def find_french_date(text: str) -> dt.date | None:
    """The first valid French written date in ``text``, or None."""
    for match in _DATE.finditer(text):
        try:
            return dt.date(int(match["year"]), _month(match["month"]), int(match["day"]))
        except (ValueError, KeyError):
            continue
    return None


def find_date(text: str) -> dt.date | None:
    """A written French date, else a numeric one (day first) or an ISO one."""
    found = find_french_date(text)
    if found is not None:
        return found
    for pattern in (_ISO, _NUMERIC):
        for match in pattern.finditer(text):
            try:
                return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
    return None
