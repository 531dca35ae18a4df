"""Dates as the show writes them in its own sentences ("samedi 21 novembre 2026")."""

from __future__ import annotations

import datetime as dt

from ..calendar_words import MONTH_NAMES, WEEKDAYS


def written_date(date: dt.date) -> str:
    """'samedi 1er novembre 2026': the written form; normalisation makes it spoken."""
    day = "1er" if date.day == 1 else str(date.day)
    return f"{WEEKDAYS[date.weekday()]} {day} {MONTH_NAMES[date.month - 1]} {date.year}"
