"""The French calendar's words, as the readers find them and the script says them."""

from __future__ import annotations

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
# written shorthand: "mar. 17/02", "11 oct. 2025" (with or without the accent)
WEEKDAY_ABBREVIATIONS = {day[:3]: day for day in WEEKDAYS}
MONTH_ABBREVIATIONS = {
    "janv": 1, "jan": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "avr": 4, "juil": 7,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
