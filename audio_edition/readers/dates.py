"""French dates in running text: "samedi 11 octobre 2025", "1er mars 2026" -> date."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_DATE = re.compile(
    r"\b(?P<day>\d{1,2})(?:er|ᵉʳ)?\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)


def find_french_date(text: str) -> dt.date | None:
    """The first valid French date in ``text``, or None."""
    for match in _DATE.finditer(text):
        try:
            return dt.date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
        except ValueError:
            continue
    return None
