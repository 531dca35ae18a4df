"""The timed transcript, as WebVTT and SRT. Pure functions: timed cues in, text out.

A cue of the script (a paragraph, an item) is often longer than a caption can show, so
it is cut into *cards* of at most two lines of at most 65 characters, at sentence ends
first, then at clause breaks, then between words. Each card is timed inside its cue in
proportion to its length, and then — better than proportion — each boundary between two
cards is moved onto the pause the voice really makes there, when the mix measured one
nearby (``TimedCue.pauses``): a card then ends as the voice stops and the next one starts
as it resumes.

Speakers: WebVTT gets a ``<v Name>`` voice span on every card (Apple Podcasts reads it);
SRT gets "Name: " on the first card of each turn, as the Podcasting 2.0 transcript
guide asks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..model import Role, TimedCue

MAX_LINE = 65
MAX_LINES = 2

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_CLAUSE_END = re.compile(r"(?<=[,;:])\s+")


@dataclass(frozen=True)
class Card:
    start: float
    end: float
    speaker: str
    lines: tuple[str, ...]
    new_turn: bool  # the speaker changes here


def wrap(text: str, width: int = MAX_LINE, first: int | None = None) -> list[str]:
    """Greedy word wrap; ``first`` is the width of the first line (room for a speaker name)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        limit = (first if first is not None and not lines else width)
        while len(word) > limit:  # a URL or a very long word: cut it
            if current:
                lines.append(current)
                current = ""
                limit = width
            lines.append(word[:limit])
            word = word[limit:]
            limit = width
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= limit:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _fits(text: str, first: int) -> bool:
    return len(wrap(text, MAX_LINE, first)) <= MAX_LINES


def _pieces(text: str, first: int) -> list[tuple[int, bool, str]]:
    """(sentence number, whole sentence?, text): sentences, then clauses, then word runs,
    each small enough for one card."""
    out: list[tuple[int, bool, str]] = []
    for number, sentence in enumerate(_SENTENCE_END.split(text.strip())):
        if _fits(sentence, first):
            out.append((number, True, sentence))
            continue
        for clause in _CLAUSE_END.split(sentence):
            if _fits(clause, first):
                out.append((number, False, clause))
                continue
            out += [(number, False, part) for part in _even_parts(clause, first)]
    return [p for p in out if p[2]]


def _even_parts(text: str, first: int) -> list[str]:
    """The fewest runs of words of about equal length that each fit on a card (no orphan
    word left alone on a card of its own)."""
    words = text.split()
    for count in range(2, len(words) + 1):
        target = len(text) / count
        parts: list[str] = []
        current: list[str] = []
        for word in words:
            if current and len(" ".join(current)) + 1 + len(word) / 2 > target * (len(parts) + 1) - sum(
                len(p) + 1 for p in parts
            ):
                parts.append(" ".join(current))
                current = []
            current.append(word)
        parts.append(" ".join(current))
        if len(parts) <= count and all(_fits(p, first) for p in parts):
            return parts
    return words


def _chunks(text: str, first: int) -> list[str]:
    """Pieces joined back together while they fit on one card: whole sentences with whole
    sentences, parts of a sentence with the rest of that sentence (a card never ends on
    the first words of the next sentence)."""
    chunks: list[tuple[int, bool, str]] = []
    for number, whole, piece in _pieces(text, first):
        if chunks:
            last_number, last_whole, last = chunks[-1]
            joinable = (whole and last_whole) or number == last_number
            if joinable and _fits(f"{last} {piece}", first):
                chunks[-1] = (number, whole and last_whole, f"{last} {piece}")
                continue
        chunks.append((number, whole, piece))
    return [c[2] for c in chunks]


def balanced(text: str, width: int = MAX_LINE, first: int | None = None) -> list[str]:
    """Like ``wrap``, but two lines are balanced (no lone word on the second line)."""
    lines = wrap(text, width, first)
    if len(lines) != 2:
        return lines
    words = text.split()
    limit = first if first is not None else width
    best = lines
    for cut in range(1, len(words)):
        top, bottom = " ".join(words[:cut]), " ".join(words[cut:])
        if len(top) <= limit and len(bottom) <= width and max(map(len, (top, bottom))) < max(map(len, best)):
            best = [top, bottom]
    return best


def _times(cue: TimedCue, chunks: list[str]) -> list[tuple[float, float]]:
    """Proportional to length, then each boundary snapped onto a measured pause nearby."""
    weights = [len(c) + 1 for c in chunks]
    total = float(sum(weights))
    span = cue.end - cue.start
    bounds = [cue.start]
    for w in weights[:-1]:
        bounds.append(bounds[-1] + span * w / total)
    bounds.append(cue.end)
    starts, ends = bounds[:-1], bounds[1:]
    used: set[int] = set()
    for k in range(1, len(chunks)):
        guess = bounds[k]
        reach = max(0.6, 0.25 * (ends[k] - starts[k - 1]))
        best = None
        for index, (p0, p1) in enumerate(cue.pauses):
            middle = (p0 + p1) / 2
            if index in used or abs(middle - guess) > reach or p0 <= starts[k - 1] + 0.2 or p1 >= ends[k] - 0.2:
                continue
            if best is None or abs(middle - guess) < abs(sum(cue.pauses[best]) / 2 - guess):
                best = index
        if best is not None:
            used.add(best)
            ends[k - 1], starts[k] = cue.pauses[best]
    return list(zip(starts, ends, strict=True))


def cards(cues: Sequence[TimedCue], speakers: Mapping[Role, str]) -> list[Card]:
    out: list[Card] = []
    previous: str | None = None
    for cue in cues:
        speaker = speakers.get(cue.role, cue.role)
        first = MAX_LINE - len(speaker) - 2  # room for "Name: " in SRT
        chunks = _chunks(cue.text, first)
        for chunk, (start, end) in zip(chunks, _times(cue, chunks), strict=True):
            out.append(Card(round(start, 3), round(end, 3), speaker, tuple(balanced(chunk, MAX_LINE, first)), speaker != previous))
            previous = speaker
    return out


def _clock(seconds: float, separator: str) -> str:
    ms = int(round(max(seconds, 0.0) * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(cues: Sequence[TimedCue], speakers: Mapping[Role, str]) -> bytes:
    blocks = ["WEBVTT"]
    for number, card in enumerate(cards(cues, speakers), 1):
        text = "\n".join(_vtt_escape(line) for line in card.lines)
        name = _vtt_escape(card.speaker)
        blocks.append(f"{number}\n{_clock(card.start, '.')} --> {_clock(card.end, '.')}\n<v {name}>{text}</v>")
    return ("\n\n".join(blocks) + "\n").encode()


def srt(cues: Sequence[TimedCue], speakers: Mapping[Role, str]) -> bytes:
    blocks = []
    for number, card in enumerate(cards(cues, speakers), 1):
        lines = list(card.lines)
        if card.new_turn:
            lines[0] = f"{card.speaker}: {lines[0]}"
        blocks.append(f"{number}\n{_clock(card.start, ',')} --> {_clock(card.end, ',')}\n" + "\n".join(lines))
    return ("\n\n".join(blocks) + "\n").encode()
