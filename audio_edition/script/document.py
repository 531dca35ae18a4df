"""The script as a file a producer reads and edits: Markdown, one line per cue.

``write_script`` and ``read_script`` are inverse: reading a written script gives it back
unchanged, and writing it again gives the same file. The format (also in the README)::

    ---
    title: Les petits modèles prennent le large
    date: 2026-11-21
    source: feed/example-issue.txt
    headline: Les modèles compacts gagnent du terrain
    ---

    ## [intro] Introduction

    HOST [sentence]: Bonjour et bienvenue dans l'édition audio de la lettre Octet, …

    COHOST: La simplicité est la sophistication suprême. Léonard de Vinci.

    [jingle]

    ## [editorial] Éditorial : Moins de paramètres, plus d'usages
    <https://octet.example/2026-11-21#edito>

    HOST: Pendant deux ans, la course à l'IA s'est mesurée en milliards de paramètres. …

A segment is a ``##`` heading: its kind in brackets (intro, summary, editorial, section,
outro; ``section`` when left out) and its chapter title; a link on the next line. A cue is
a paragraph starting with a speaker label, ``HOST:`` or ``COHOST:``, optionally with the
pause after it in brackets (none, clause, sentence; a paragraph pause otherwise); lines
that follow it without a blank line continue it. ``[jingle]`` before a heading plays the
jingle there. Lines starting with ``<!--`` open a comment, which ends at ``-->``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import get_args

from ..errors import InputError
from ..model import Cue, Pause, Role, Script, Segment, SegmentKind

SUFFIX = ".script.md"
LABELS: dict[Role, str] = {"host": "HOST", "cohost": "COHOST"}
ROLES: dict[str, Role] = {label: role for role, label in LABELS.items()}
KINDS: tuple[str, ...] = get_args(SegmentKind)
PAUSES: tuple[str, ...] = get_args(Pause)
DEFAULT_PAUSE: Pause = "paragraph"
JINGLE = "[jingle]"

_HEADER = """<!-- audio-edition script: edit the text, then `audio-edition render this-file.script.md`.
  Segments start with "## [kind] Chapter title" (kinds: {kinds}).
  Each paragraph is one cue: "HOST: text" or "COHOST: text"; "HOST [sentence]: text" for a
  shorter pause after it ({pauses}). "[jingle]" before a heading plays the jingle there.
  The text is spoken exactly as written here (numbers, acronyms and names are said by the
  pronunciation rules: check a sentence with `audio-edition speak --show-normalised "…"`). -->"""

# Only spaces and tabs separate the parts of a line: a no-break space belongs to the text.
_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w-]*)(?:[ \t]*\[(?P<pause>[^\]]*)\])?[ \t]*:(?:[ \t]+(?P<text>.*)|[ \t]*)$")
_HEADING = re.compile(r"^##[ \t]+(?:\[(?P<kind>[^\]]*)\][ \t]*)?(?P<title>.*)$")
_URL = re.compile(r"^<(?P<url>[^<>\s]+)>$")
_META = re.compile(r"^(?P<key>[a-z_]+):(?:[ \t]+(?P<value>.*)|[ \t]*)$")


# Line breaks, tabs and runs of spaces are layout: a script's text is one line per cue.
# No-break and narrow no-break spaces ("6\u202fGW") are kept: they mean something.
_LAYOUT = "\t\n\v\f\r \x1c\x1d\x1e\x1f\x85\u2028\u2029"
_LAYOUT_RUN = re.compile(f"[{_LAYOUT}]+")


def one_line(text: str) -> str:
    """``text`` as a script keeps it: layout whitespace collapsed to single spaces, trimmed."""
    return _LAYOUT_RUN.sub(" ", text).strip(_LAYOUT)


def is_script(source: str, text: str) -> bool:
    """A script file: by its suffix, or (from stdin) by its shape."""
    if source.lower().endswith(SUFFIX):
        return True
    head = text.lstrip("\ufeff")[:4096]
    return head.startswith("---") and re.search(r"^## ", head, re.MULTILINE) is not None and bool(
        re.search(r"^(HOST|COHOST)(\s*\[\w+\])?\s*:", text, re.MULTILINE)
    )


def write_script(script: Script) -> str:
    """The script as a Markdown file; ``read_script`` gives the same ``Script`` back."""
    lines = ["---", f"title: {one_line(script.title)}"]
    lines.append(f"date: {script.date.isoformat() if script.date else ''}".rstrip(" "))
    lines.append(f"source: {one_line(script.source)}".rstrip(" "))
    lines += [f"headline: {one_line(h)}" for h in script.headlines]
    lines += ["---", "", _HEADER.format(kinds=", ".join(KINDS), pauses=", ".join(PAUSES))]
    for segment in script.segments:
        lines.append("")
        if segment.jingle_before:
            lines += [JINGLE, ""]
        lines.append(f"## [{segment.kind}] {one_line(segment.title)}")
        if segment.url:
            lines.append(f"<{segment.url}>")
        for cue in segment.cues:
            pause = f" [{cue.pause_after}]" if cue.pause_after != DEFAULT_PAUSE else ""
            lines += ["", f"{LABELS[cue.role]}{pause}: {one_line(cue.text)}"]
    return "\n".join(lines) + "\n"


class _Reader:
    """Line-by-line parser; every problem is an InputError naming the line."""

    def __init__(self, text: str, source: str) -> None:
        self.lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.source = source
        self.meta: dict[str, str] = {}
        self.headlines: list[str] = []
        self.segments: list[Segment] = []

    def fail(self, number: int, problem: str, fix: str) -> InputError:
        return InputError(f"{self.source}, line {number}: {problem}", fix)

    def front_matter(self) -> int:
        """Reads the ``---`` block; returns the index of the first line after it."""
        if not self.lines or self.lines[0].strip() != "---":
            raise self.fail(1, "a script starts with a '---' block (title, date, source)", "add it back above the text")
        for i in range(1, len(self.lines)):
            line = self.lines[i].strip(_LAYOUT)
            if line == "---":
                return i + 1
            if not line:
                continue
            match = _META.match(line)
            if match is None:
                raise self.fail(i + 1, f"not a 'key: value' line in the '---' block: {line[:60]!r}", "write key: value")
            key, value = match["key"], one_line(match["value"] or "")
            if key == "headline":
                if value:
                    self.headlines.append(value)
            elif key in ("title", "date", "source"):
                self.meta[key] = value
            else:
                raise self.fail(i + 1, f"unknown key '{key}'", "use title, date, source or headline")
        raise self.fail(len(self.lines), "the '---' block at the top is never closed", "add a line '---' after it")

    def date(self) -> dt.date | None:
        value = self.meta.get("date", "")
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            number = next(i for i, line in enumerate(self.lines) if line.strip().startswith("date:")) + 1
            raise self.fail(number, f"date {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-21") from None

    def body(self, start: int) -> None:
        kind: SegmentKind | None = None
        title = ""
        url: str | None = None
        heading_line = 0
        jingle_line = 0  # the line of a pending [jingle], 0 when there is none
        jingle_before = False
        cues: list[tuple[Role, Pause, list[str]]] = []
        in_comment = False
        comment_line = 0
        after_heading = False  # a link may follow the heading directly
        continuing = False  # the previous line was a cue's text: a plain line continues it

        def close(number: int) -> None:
            if kind is None:
                return
            if not cues:
                raise self.fail(heading_line, f"segment {title!r} has nothing to say",
                                'add a line "HOST: …" under its heading, or delete the heading')  # fmt: skip
            made = tuple(Cue(role, one_line(" ".join(parts)), pause) for role, pause, parts in cues)
            self.segments.append(Segment(kind, title, made, jingle_before, url))

        for index in range(start, len(self.lines)):
            number = index + 1
            line = self.lines[index].strip(_LAYOUT)
            if in_comment:
                in_comment = "-->" not in line
                continue
            if line.startswith("<!--"):
                in_comment, comment_line = "-->" not in line[4:], number
                continuing = False
                continue
            if not line:
                continuing = False
                continue
            if line.lower() == JINGLE:
                jingle_line = number
                continuing = after_heading = False
                continue
            if line.startswith("#"):
                match = _HEADING.match(line)
                if match is None:
                    raise self.fail(number, f"malformed heading {line[:60]!r}", "a segment starts with '## [kind] Title'")
                close(number)
                found = (match["kind"] or "section").strip().lower()
                if found not in KINDS:
                    raise self.fail(number, f"unknown segment kind '[{match['kind']}]'", f"use one of {', '.join(KINDS)}")
                title = one_line(match["title"])
                if not title:
                    raise self.fail(number, "heading without a title", "write '## [kind] Chapter title'")
                kind, url, heading_line, cues = found, None, number, []  # type: ignore[assignment]
                jingle_before, jingle_line = bool(jingle_line), 0
                after_heading, continuing = True, False
                continue
            if jingle_line:
                raise self.fail(jingle_line, "[jingle] must come right before a segment heading",
                                "move it above a '## …' line, or delete it")  # fmt: skip
            if after_heading and (link := _URL.match(line)):
                url = link["url"]
                after_heading = False
                continue
            after_heading = False
            label = _LABEL.match(line)
            known = label is not None and label["label"].upper() in ROLES
            if label is not None and (known or label["pause"] is not None or not continuing):
                if kind is None:
                    raise self.fail(number, "text before the first segment heading", "start with a '## [intro] …' heading")
                name = label["label"].upper()
                if name not in ROLES:
                    raise self.fail(number, f"unknown speaker label '{label['label']}:'", "use HOST: or COHOST:")
                pause = (label["pause"] or DEFAULT_PAUSE).strip().lower()
                if pause not in PAUSES:
                    raise self.fail(number, f"unknown pause '[{label['pause']}]' after {name}",
                                    f"use one of {', '.join(PAUSES)}, or no brackets")  # fmt: skip
                text = one_line(label["text"] or "")
                if not text:
                    raise self.fail(number, f"{name}: has no text", "write what is said after the label, or delete the line")
                cues.append((ROLES[name], pause, [text]))  # type: ignore[arg-type]
                continuing = True
                continue
            if continuing and cues:
                cues[-1][2].append(line)
                continue
            if kind is None:
                raise self.fail(number, "text before the first segment heading", "start with a '## [intro] …' heading")
            raise self.fail(number, f"text without a speaker label: {line[:50]!r}", "start the paragraph with HOST: or COHOST:")
        if in_comment:
            raise self.fail(comment_line, "a comment '<!--' is never closed", "end it with '-->'")
        if jingle_line:
            raise self.fail(jingle_line, "[jingle] at the end, with no segment after it", "delete it")
        close(len(self.lines))


def read_script(text: str, source: str = "<script>") -> Script:
    """Parse a script file; an error names the line and says how to fix it."""
    reader = _Reader(text, source)
    start = reader.front_matter()
    title = reader.meta.get("title", "")
    if not title:
        raise reader.fail(1, "the script has no title", "add 'title: …' to the '---' block")
    date = reader.date()
    reader.body(start)
    if not reader.segments:
        raise reader.fail(len(reader.lines), "the script has no segments", "add a '## [intro] Introduction' heading and cues")
    return Script(
        title=title,
        date=date,
        segments=tuple(reader.segments),
        headlines=tuple(reader.headlines),
        source=reader.meta.get("source", ""),
    )
