#!/usr/bin/env python3
"""Which words of an issue will the French voice read in English? A list for the lexicon.

    .venv/bin/python scripts/english-words.py ISSUE_OR_SCRIPT

espeak-ng, which gives the Kokoro voices their phonemes, reads some words by its English
rules: English names (rightly: "Spotify", "think tank") but also French ones it takes for
English ("Nancy" /nˈansi/, "Danemark", "jury" before they became lexicon entries). This
prints, most frequent first, every word the voice would be given in English after the
normaliser and the lexicon (the spans they mark English aside), with the first cue that has
it. A French word or name in the list wants an entry in voices/lexicon.toml (or the show's
lexicon): check a respelling with `audio-edition speak --show-normalised` and listen.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from audio_edition.config import load_show
    from audio_edition.pipeline import load_cast, load_script
    from audio_edition.readers import IssueRequest
    from audio_edition.script import normalise
    from audio_edition.tts.phonemes import english_words

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    args = parser.parse_args()
    show = load_show()
    cast = load_cast(show)
    script = load_script(IssueRequest(str(args.source)), show)
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for segment in script.segments:
        for cue in segment.cues:
            for word in english_words(normalise(cue.text, cast.lexicon)):
                counts[word] += 1
                first.setdefault(word, cue.text)
    for word, n in counts.most_common():
        print(f"{n:4}  {word:24}  {first[word][:70]}")
    print(f"{len(counts)} words read in English", file=sys.stderr)


if __name__ == "__main__":
    main()
