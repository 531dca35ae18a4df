"""How an interview shows in a newsletter's text: its section's title, and its speakers named at
each turn. The reader keeps such a section's questions in it; the script reads its turns by two voices."""

from __future__ import annotations

import re

# "Entretien avec …", "Trois questions à …" (not "Face à Nvidia, AMD…", a headline's opening)
INTERVIEW_TITLE = re.compile(r"\b(?:entretien|interview|questions? (?:à|au|aux)|rencontre avec)\b", re.IGNORECASE)
# a speaker named at a turn, with their role the first time: "Kilowatt : … ?", "Margot Delhaye, chercheuse
# associée à la FRS : …"; under an interview's title any short name ("Orbite basse : … ?")…
SPEAKER = re.compile(r"(?P<who>[A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,3}?)(?:, [^:?!.]{1,80})?\s*:\s*(?=\S)")
# …elsewhere proper names only (not "Ce qu'on sait : …")
PROPER_SPEAKER = re.compile(r"(?P<who>[A-ZÀ-Ý][\w'’.-]*(?: (?:[A-ZÀ-Ý][\w'’.-]*|de|du|le|la)){0,3})(?:, [^:?!.]{1,80})?\s*:\s*(?=\S)")
