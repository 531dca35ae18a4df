"""Chapters, written two ways. Pure functions: data in, text out.

- ``chapters_json``: Podcasting 2.0 JSON chapters (version 1.2.0), published beside the
  MP3 for the feed's ``podcast:chapters``; each chapter has startTime, title, and the
  section's URL when the issue gives one.
- ``ffmetadata``: ffmpeg's FFMETADATA1 file, from which ffmpeg writes the MP3's ID3 CHAP
  frames (with a CTOC, in time order) and the global tags. ffmpeg rather than mutagen,
  because mutagen re-orders CHAP frames by size when it saves (mutagen#506).

A chapter starts at the first sound that belongs to it (its stinger, or its first word
when it has none) and ends where the next one starts; the last ends with the episode.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from ..model import Chapter

JSON_CHAPTERS_VERSION = "1.2.0"


def chapters_json(chapters: Sequence[Chapter]) -> bytes:
    entries = []
    for chapter in sorted(chapters, key=lambda c: c.start):
        entry: dict[str, object] = {"startTime": round(chapter.start, 3), "title": chapter.title}
        if chapter.url:
            entry["url"] = chapter.url
        entries.append(entry)
    payload = {"version": JSON_CHAPTERS_VERSION, "chapters": entries}
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode()


def _escape(value: str) -> str:
    """FFMETADATA escapes '=', ';', '#', '\\' and newlines with a backslash."""
    out = value.replace("\\", "\\\\")
    for char in "=;#":
        out = out.replace(char, "\\" + char)
    return out.replace("\n", "\\\n")


def ffmetadata(tags: Mapping[str, str], chapters: Sequence[Chapter], duration: float) -> str:
    """Global tags, then one [CHAPTER] per chapter in time order, in milliseconds."""
    lines = [";FFMETADATA1"]
    lines += [f"{key}={_escape(value)}" for key, value in tags.items() if value]
    ordered = sorted(chapters, key=lambda c: c.start)
    end_ms = int(round(duration * 1000))
    for chapter, following in zip(ordered, [*ordered[1:], None]):
        start = int(round(chapter.start * 1000))
        end = int(round(following.start * 1000)) if following is not None else end_ms
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={start}", f"END={max(end, start + 1)}",
                  f"title={_escape(chapter.title)}"]  # fmt: skip
    return "\n".join(lines) + "\n"
