"""Dates as the show writes them in its own sentences ("samedi 21 novembre 2026")."""

from __future__ import annotations

import datetime as dt

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def written_date(date: dt.date) -> str:
    """'samedi 1er novembre 2026': the written form; normalisation makes it spoken."""
    day = "1er" if date.day == 1 else str(date.day)
    return f"{_WEEKDAYS[date.weekday()]} {day} {MONTH_NAMES[date.month - 1]} {date.year}"
