#!/usr/bin/env python3
"""Regenerate audio_edition/tts/french_th_words.txt: French words espeak-ng reads as English.

    npm pack an-array-of-french-words@2.0.0 && tar xzf an-array-of-french-words-2.0.0.tgz
    .venv/bin/python scripts/espeak-th-words.py package/index.json

espeak-ng's French rules send many words with a "th" to its English rules ("algorithme"
/ˈalɡəɹˌɪθm/, "rythme" /ɹˈɪθm/, "méthane", "authentification", "lithium"), and the voice
then says them in English. In French a "th" is a "t": a word of the list (a French word
list, MIT) that espeak-ng switches to English is kept when, written with a "t" (tts.phonemes.
with_t), espeak-ng reads it in French with a /t/ for each "th". English loanwords a French speaker says in English are left out.
Run it again when espeak-ng (espeakng-loader) changes; the file is part of the Kokoro
voices' cache version (tts.phonemes.RULES).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "audio_edition" / "tts" / "french_th_words.txt"
ENGLISH_LOANWORDS = {"bath", "thriller", "thrillers"}  # said in English by French speakers too
HEADER = """\
# French words espeak-ng reads with its English rules because of their "th" ("algorithme",
# "rythme", "méthane"): said with a "t" instead (tts.phonemes.french_spelling).
# Made by scripts/espeak-th-words.py from a French word list and the bundled espeak-ng; do
# not edit by hand (add a word a producer needs to voices/lexicon.toml instead).
"""


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    from audio_edition.tts.phonemes import flagged, with_t

    words = sorted(
        w for w in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
        if "th" in w and w.isalpha() and w.islower() and w not in ENGLISH_LOANWORDS
    )  # fmt: skip
    english = [w for w, s in zip(words, flagged(words), strict=True) if "(en)" in s]
    said = flagged([with_t(w) for w in english])
    # read in French now, and every "th" heard as a /t/ (not the /s/ of "nation")
    kept = [w for w, s in zip(english, said, strict=True) if "(en)" not in s and s.count("t") >= w.count("th")]
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} words ({len(english) - len(kept)} not read right with a 't')")


if __name__ == "__main__":
    main()
