"""What an editorial's title looks like: shared by the reader (which section is the editorial,
"✍️ L'édito", "1. L'édito : …") and the script (the chapter's title without that label,
"Éditorial : Le prix, enfin", not "Éditorial : Édito (1/2) : Le prix, enfin")."""

from __future__ import annotations

import re

# the label, with an emoji or a number before it: "✍️ L'édito", "1. L'ÉDITO"
_LABEL = r"[^\w«“]*(?:\d{1,2}[.)]\s+)?(?:l['’])?[ée]dito(?:rial)?"
# a title that is the label, alone or before its headline (not "L'édito du FT", another paper's; nor
# "Édito (2/2)", the second part of one, read on by the editorial's voice)
EDITORIAL_TITLE = re.compile(_LABEL + r"(?:\s*[:—–-].*)?$", re.IGNORECASE)
# the label at the start of a title, a part's number with it ("Édito (1/2) : "), to take off
EDITORIAL_LABEL = re.compile("^" + _LABEL + r"(?:\s*\(\d+/\d+\))?\s*(?:[:—–-]\s*|$)", re.IGNORECASE)
