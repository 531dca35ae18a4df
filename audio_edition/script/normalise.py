"""Written French -> what a French voice should be given. Applied before every engine.

The transcript keeps the written text; only the engine sees the normalised one, and
every engine sees the same. The passes run in a fixed order, each a small table of rules
tested on its own:

1. ``clean``: emoji, Markdown, links and e-mail addresses, spaces and apostrophes;
2. abbreviations ("M.", "Mme", "etc.", "NDLR", "cf.");
3. the lexicon: the producer's respellings win over every rule below;
4. numbers: dates, ordinals, money, percentages, units, ranges, then any digits (a line all
   in capitals is first lowered as a headline, so its numbers do not cut it apart);
5. capitals: shouted phrases lowered, acronyms spelled unless the lexicon says "word";
6. ``punctuate``: quotes, dashes, brackets and bullets become pauses; symbols words.
"""

from __future__ import annotations

from .lexicon import Lexicon, held, restore
from .numbers import say_numbers
from .typography import clean, punctuate
from .words import expand_abbreviations, lower_headlines, say_capitals, spell_codes


def normalise(text: str, lexicon: Lexicon | None = None) -> str:
    """The text a French engine should speak for ``text``."""
    lexicon = lexicon or Lexicon()
    text = clean(text)
    text = expand_abbreviations(text)
    text, found = lexicon.protect(text)
    text = spell_codes(text, lambda spelled: held(found, spelled), lexicon.words)
    text = lower_headlines(text, lexicon.words, lexicon.letters)
    text = say_numbers(text)
    text = say_capitals(text, lexicon.words, lexicon.letters)
    text = punctuate(text)
    return restore(text, found, say_numbers)
