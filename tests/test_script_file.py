"""The script as a file a producer edits: lossless, strict about mistakes, rendered as edited."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from audio_edition.cli import cli
from audio_edition.config import Show
from audio_edition.errors import InputError
from audio_edition.model import Cue, Script, Segment
from audio_edition.pipeline import Cast, load_script, render_script
from audio_edition.readers import IssueRequest, read_issue
from audio_edition.script import build_script
from audio_edition.script.document import (
    KINDS,
    PAUSES,
    one_line,
    read_script,
    write_script,
)

# --- write -> read -> write ------------------------------------------------------------

# Text a script holds: any characters, including no-break spaces, markup-looking
# characters and label-like words; line breaks and runs of spaces are layout.
_CHARS = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"), max_size=10)
_TRICKS = st.sampled_from(["\n", "  ", "\t", "HOST:", "## ", "[jingle]", "<!--", "-->", "---", "\u00a0", "\u202f", "«"])
_TEXT = st.lists(_CHARS | _TRICKS, min_size=1, max_size=8).map("".join).map(one_line).filter(bool)
_URL = st.from_regex(r"\Ahttps?://[a-z0-9.-]{1,20}(/[A-Za-z0-9_#?=&%.-]{0,20})?\Z")
_CUE = st.builds(Cue, st.sampled_from(["host", "cohost"]), _TEXT, st.sampled_from(PAUSES))
_SEGMENT = st.builds(
    Segment,
    st.sampled_from(KINDS),
    _TEXT,
    st.lists(_CUE, min_size=1, max_size=4).map(tuple),
    st.booleans(),
    st.none() | _URL,
)
_SCRIPT = st.builds(
    Script,
    _TEXT,
    st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.lists(_SEGMENT, min_size=1, max_size=4).map(tuple),
    st.lists(_TEXT, max_size=3).map(tuple),
    st.just("") | _TEXT,
)


@settings(max_examples=200, deadline=None)
@given(_SCRIPT)
def test_write_read_write_is_lossless(script: Script) -> None:
    written = write_script(script)
    again = read_script(written, "episode.script.md")
    assert again == script
    assert write_script(again) == written


def test_a_built_script_survives_the_file(show: Show, data: Path) -> None:
    for name in ("mini-issue.txt", "mini-issue-2.txt"):
        issue = read_issue((data / name).read_bytes(), name)
        script = build_script(issue, show)
        assert read_script(write_script(script), "x.script.md") == script


# --- what a producer reads and edits -------------------------------------------------------

EDITED = """---
title: Des robots au potager
date: 2026-11-07
source: mini-issue.txt
headline: Les robots jardiniers arrivent
---

<!-- a note for the team,
     over two lines -->

## [intro] Introduction

HOST [sentence]: Bonjour et bienvenue, samedi 7 novembre 2026.

cohost: Il faut cultiver notre jardin. Voltaire.

[jingle]

## Les champs connectés
<https://octet.example/champs>

COHOST: Trois coopératives équipent leurs parcelles
de capteurs, et le disent.

HOST [clause]: Le coût des capteurs a baissé de 40 %.
"""


def test_an_edited_script_is_read_as_written() -> None:
    script = read_script(EDITED, "episode.script.md")
    assert script.title == "Des robots au potager" and script.date == dt.date(2026, 11, 7)
    assert script.headlines == ("Les robots jardiniers arrivent",)
    intro, section = script.segments
    assert (intro.kind, intro.jingle_before, section.kind, section.jingle_before) == ("intro", False, "section", True)
    assert section.url == "https://octet.example/champs"
    assert intro.cues == (
        Cue("host", "Bonjour et bienvenue, samedi 7 novembre 2026.", "sentence"),
        Cue("cohost", "Il faut cultiver notre jardin. Voltaire."),  # labels in any case
    )
    # a line that follows a cue continues it
    assert section.cues[0] == Cue("cohost", "Trois coopératives équipent leurs parcelles de capteurs, et le disent.")
    assert section.cues[1] == Cue("host", "Le coût des capteurs a baissé de 40 %.", "clause")
    # nothing of the markup reaches the voice
    spoken = " ".join(c.text for c in script.cues)
    for mark in ("HOST", "COHOST", "##", "[jingle]", "<!--", "note for the team", "https://"):
        assert mark not in spoken


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (EDITED.replace("cohost: Il faut", "HOTS: Il faut"),
         "episode.script.md, line 15: unknown speaker label 'HOTS:' — use HOST: or COHOST:"),
        (EDITED.replace("HOST [clause]: Le coût des capteurs a baissé de 40 %.\n", "").replace(
            "COHOST: Trois coopératives équipent leurs parcelles\nde capteurs, et le disent.\n", ""),
         "episode.script.md, line 19: segment 'Les champs connectés' has nothing to say — "
         'add a line "HOST: …" under its heading, or delete the heading'),
        (EDITED.replace("## Les champs", "# Les champs"),
         "episode.script.md, line 19: malformed heading '# Les champs connectés' — a segment starts with '## [kind] Title'"),
        (EDITED.replace("## Les champs connectés", "## [chapitre] Les champs connectés"),
         "episode.script.md, line 19: unknown segment kind '[chapitre]' — use one of intro, summary, editorial, section, outro"),
        (EDITED.replace("## Les champs connectés", "## [section]"),
         "episode.script.md, line 19: heading without a title — write '## [kind] Chapter title'"),
        (EDITED.replace("HOST [clause]:", "HOST [longue]:"),
         "episode.script.md, line 25: unknown pause '[longue]' after HOST — use one of none, clause, sentence, paragraph, "
         "or no brackets"),
        (EDITED.replace("\nCOHOST: Trois", "\nTrois"),
         "episode.script.md, line 22: text without a speaker label: 'Trois coopératives équipent leurs parcelles' — "
         "start the paragraph with HOST: or COHOST:"),
        (EDITED.replace("HOST [sentence]: Bonjour et bienvenue, samedi 7 novembre 2026.", "HOST:"),
         "episode.script.md, line 13: HOST: has no text — write what is said after the label, or delete the line"),
        (EDITED.replace("[jingle]\n\n## Les champs", "## Les champs").replace("de capteurs, et le disent.\n", "[jingle]\n"),
         "episode.script.md, line 21: [jingle] must come right before a segment heading — move it above a '## …' line, "
         "or delete it"),
        (EDITED.replace("date: 2026-11-07", "date: 7 novembre"),
         "episode.script.md, line 3: date '7 novembre' is not a date — write it as YYYY-MM-DD, e.g. 2026-11-21"),
        (EDITED.replace("title: Des robots au potager\n", ""),
         "episode.script.md, line 1: the script has no title — add 'title: …' to the '---' block"),
        (EDITED.replace("## [intro] Introduction\n", ""),
         "episode.script.md, line 12: text before the first segment heading — start with a '## [intro] …' heading"),
        (EDITED.replace("     over two lines -->", "     over two lines"),
         "episode.script.md, line 8: a comment '<!--' is never closed — end it with '-->'"),
    ],
)  # fmt: skip
def test_mistakes_are_one_line_with_the_line_number(broken: str, message: str) -> None:
    with pytest.raises(InputError) as error:
        read_script(broken, "episode.script.md")
    assert str(error.value) == message
    assert "\n" not in str(error.value)


def test_cli_writes_the_script_and_renders_it_as_edited(
    data: Path, show: Show, fake_cast: Cast, fake_engines: dict, tmp_path: Path
) -> None:
    runner = CliRunner()
    out = tmp_path / "episode.script.md"
    result = runner.invoke(cli, ["script", str(data / "mini-issue.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert "## [intro] Introduction" in written and "\nHOST" in written and "[jingle]" in written
    # what the reader left out is counted for the producer, who can see it with `parse`
    assert "\nleft out: 2 passages, 11 words (" in result.stderr and "audio-edition parse " in result.stderr
    # without -o it prints the same file
    assert runner.invoke(cli, ["script", str(data / "mini-issue.txt")]).stdout == written
    # a script must be named *.script.md so render recognises it
    bad = runner.invoke(cli, ["script", str(data / "mini-issue.txt"), "-o", str(tmp_path / "episode.md")])
    assert bad.exit_code == 2 and "does not end in .script.md" in bad.stderr

    # the producer rewrites a sentence and drops the credits
    edited = written.replace("Trois coopératives équipent leurs parcelles de capteurs.",
                             "Trois coopératives de la Drôme équipent leurs parcelles.")  # fmt: skip
    edited = edited[: edited.index("\nCOHOST: Éditorial de")] + "\n"
    out.write_text(edited, encoding="utf-8")
    script = load_script(IssueRequest(str(out)), show)
    assert "Trois coopératives de la Drôme équipent leurs parcelles." in [c.text for c in script.cues]
    assert not any("Éditorial de" in c.text for c in script.cues)
    rendered = render_script(script, show, fake_cast, tmp_path / "public", progress=False, engines=fake_engines)
    assert [c.text for c in rendered.episode.cues] == [c.text for c in script.cues]
    assert rendered.episode.title == "Des robots au potager"

    # stdin is recognised by its shape
    assert load_script(IssueRequest("-"), show, stdin=io.BytesIO(edited.encode())) == script


def test_cli_render_reports_a_broken_script(tmp_path: Path) -> None:
    broken = tmp_path / "episode.script.md"
    broken.write_text(EDITED.replace("cohost:", "NARRATOR:"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(broken), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {broken}, line 15: unknown speaker label 'NARRATOR:' — use HOST: or COHOST:"
    assert not (tmp_path / "out").exists()


SHORT = """---
title: Essai de script
date: 2026-12-05
source: essai
---

## [intro] Introduction

HOST [sentence]: Bonjour, voici l'édition audio du 5 décembre 2026.

COHOST: L'IA d'OpenAI coûte 30 % de moins.

[jingle]

## [outro] Conclusion

HOST: À la semaine prochaine !
"""


@pytest.mark.slow
def test_cli_renders_an_edited_script_with_the_real_voices(tmp_path: Path) -> None:
    from mutagen.mp3 import MP3

    from audio_edition.tts.kokoro import problem

    if (missing := problem()) is not None:
        pytest.fail(f"Kokoro is not ready: {missing}")
    script = tmp_path / "essai.script.md"
    script.write_text(SHORT, encoding="utf-8")
    out = tmp_path / "public"
    result = CliRunner().invoke(cli, ["render", str(script), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output + result.stderr
    mp3 = out / "octet-2026-12-05.mp3"
    seconds = MP3(mp3).info.length
    assert 6 < seconds < 40  # three short cues, two pauses and one jingle
    assert "chapters: 2" in result.output
