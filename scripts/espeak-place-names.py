#!/usr/bin/env python3
"""Regenerate audio_edition/tts/french_place_words.txt: French place names espeak-ng reads as English.

    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    .venv/bin/python scripts/espeak-place-names.py package/data/communes.json

espeak-ng's French rules send many French towns to its English rules, mostly for a final
"y" after a consonant or a "th": "Cergy" /sˈɜːdʒi/, "Noisy", "Drancy", "Thouars" /θwˈɑːrz/,
"Parthenay", and the Flemish and Alsatian "W" ("Wasquehal" /wˈɒskwɛhəl/). Each word of the
name of a commune of 2,000 inhabitants or more (the list of the French communes, MIT) that
espeak-ng switches to English is written as French reads it: a "t" for a "th", an "i" for
the final "y", "Ou" for the "W" of the Nord and "V" for that of Alsace and Moselle. A word is
kept only when espeak-ng then reads it in French. Words English texts use too are left out
("Cloud", "Just", "Loon", "Mercury"): a show's lexicon can add them. Run it again when espeak-ng
(espeakng-loader) changes; the file is part of the spelling's cache version (tts.phonemes.SPELLING).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "audio_edition" / "tts" / "french_place_words.txt"
MIN_POPULATION = 2000
ENGLISH = {  # also English words or names in a tech letter: "Google Cloud", "Project Loon", "Just Eat"
    "Cloud", "Just", "James", "Ham", "Thor", "Carling", "Bully", "Bury", "Carry", "Corny", "Loon", "Mercury",
    "Roost", "Thou", "Boos", "Leers", "Dun", "Buch", "Puch", "Verson", "Floing", "Loing", "Stiring",
}  # fmt: skip
ALSACE_MOSELLE = {"57", "67", "68"}  # where a "W" is a /v/
HEADER = """\
# French place names espeak-ng reads with its English rules ("Cergy", "Thouars", "Wasquehal"),
# and how to write them so that it reads them in French (tts.phonemes.french_spelling).
# Made by scripts/espeak-place-names.py from the list of French communes and the bundled
# espeak-ng; do not edit by hand (add a name a producer needs to voices/lexicon.toml instead).
"""


def respellings(word: str, alsatian: bool) -> list[str]:
    from audio_edition.tts.phonemes import with_t

    said = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])y(s?)$", r"i\1", with_t(word))
    if said.startswith("W"):
        said = ("V" if alsatian else "Ou") + said[1:]
    return list(dict.fromkeys(s for s in (said, said.replace("oo", "o")) if s != word))


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    from audio_edition.tts.phonemes import flagged

    communes = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    departments: dict[str, set[str]] = {}
    for commune in communes:
        if commune.get("type") == "commune-actuelle" and (commune.get("population") or 0) >= MIN_POPULATION:
            for word in re.split(r"[\s\-'’]+", commune["nom"]):
                if len(word) >= 3 and word[0].isupper() and word[1:].islower() and word not in ENGLISH:
                    departments.setdefault(word, set()).add(commune["departement"])
    words = sorted(departments)
    english = [w for w, s in zip(words, flagged(words), strict=True) if "(en)" in s]
    kept, missed = [], []
    for word in english:
        tries = respellings(word, bool(departments[word] & ALSACE_MOSELLE))
        french = [t for t, s in zip(tries, flagged(tries), strict=True) if "(en)" not in s]
        (kept.append(f"{word}\t{french[0]}") if french else missed.append(word))
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} of {len(words)} words; still English: {', '.join(missed)}")


if __name__ == "__main__":
    main()
