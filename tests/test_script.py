"""Issue -> Script: the show format, faithful text, nothing markup-like spoken."""

from __future__ import annotations

import dataclasses
import re

from audio_edition.config import Show
from audio_edition.model import Issue
from audio_edition.paths import EXAMPLE_ISSUE
from audio_edition.readers import read_issue
from audio_edition.script import build_script, load_lexicon, normalise
from audio_edition.script.dates import written_date
from audio_edition.script.lexicon import Lexicon


def _example() -> Issue:
    return read_issue(EXAMPLE_ISSUE.read_bytes(), "example.txt")


def test_show_format(show: Show) -> None:
    script = build_script(_example(), show)
    kinds = [s.kind for s in script.segments]
    assert kinds == ["intro", "editorial", "section", "section", "section", "outro"]
    intro = script.segments[0]
    assert "samedi 21 novembre 2026" in intro.cues[0].text
    assert intro.jingle_before is False and all(s.jingle_before for s in script.segments[1:])
    assert all(c.role == "host" for c in script.segments[1].cues)  # the editorial is the editor's
    section_roles = [s.cues[0].role for s in script.segments[2:5]]
    assert section_roles == ["cohost", "host", "cohost"]  # sections alternate


def test_every_spoken_sentence_comes_from_the_issue_or_the_templates(show: Show) -> None:
    issue = _example()
    script = build_script(issue, show)
    source = " ".join(EXAMPLE_ISSUE.read_text(encoding="utf-8").split()).lower()
    assert issue.date is not None
    values = {
        "show": show.title,
        "newsletter": show.newsletter,
        "editor": issue.signature,
        "date": written_date(issue.date),
    }
    templates = " ".join(str(t).format(**values) for t in dataclasses.asdict(show.templates).values()).lower()
    for cue in script.cues:
        for fragment in re.split(r"[.!?:;,]\s+|[.!?:]$", cue.text):
            words = fragment.strip(" .!?:;,").lower()
            if words:
                assert words in source or words in templates, f"invented: {fragment!r} in {cue.text!r}"


def test_labels_names_and_dropped_text_are_never_spoken(show: Show) -> None:
    issue = _example()
    spoken = " ".join(c.text for c in build_script(issue, show).cues)
    assert "•" not in spoken
    assert "EN FILIGRANE" not in spoken and "En filigrane." in spoken
    assert "Nvidia • Google" not in spoken
    for dropped in issue.dropped:
        assert dropped.text not in spoken, dropped


def test_written_date() -> None:
    import datetime as dt

    assert written_date(dt.date(2026, 11, 1)) == "dimanche 1er novembre 2026"


def test_normalise_typography_and_lexicon() -> None:
    lexicon = Lexicon({"IA": "I A", "OpenAI": "Opène-aïe"})
    assert normalise("« L'IA d'OpenAI » — 1 000 dollars…", lexicon) == "L'I A d'Opène-aïe, 1000 dollars."
    assert normalise("Agents • IA", lexicon) == "Agents, I A"
    # whole words only: no respelling inside another word or a hyphenated name
    assert normalise("IAM et IA-lphabet", lexicon) == "IAM et IA-lphabet"


def test_shipped_lexicon_loads() -> None:
    from audio_edition.paths import VOICES_DIR

    lexicon = load_lexicon(VOICES_DIR / "lexicon.toml")
    assert lexicon.respell["IA"] == "I A"
