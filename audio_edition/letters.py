"""How a reader's letter closes in a newsletter: its closing words over the writer's name. Shared by the reader
(the letter's signature stays with it, "Bien cordialement," / "Anne Roux, Rennes") and the script (the voice
that read the letter says its closing and its signature, not the voice that answers it)."""

from __future__ import annotations

import re

# a letter's closing words: "Bien cordialement,", "Avec mes salutations distinguées"
LETTER_CLOSE = re.compile(
    r"(?:(?:(?:bien|très) )?(?:cordialement|amicalement|sincèrement)|(?:bien|très) à vous|(?:avec )?(?:mes|nos) "
    r"(?:meilleures |sincères |respectueuses )?salutations(?: \w+)?|respectueusement|salutations(?: \w+)?)\W*",
    re.IGNORECASE,
)
