"""ASCII slugs for file names and URLs: accents folded, anything else becomes a dash."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "episode"
