"""Plain data flowing one way through the pipeline.

read_issue -> Issue -> build_script -> Script -> synthesize -> Speech -> mix -> Mix
-> encode -> Episode -> publish. Nothing here does I/O or imports a heavy library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Samples = npt.NDArray[np.float32]

# --- What the newsletter says -------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A bullet of a section: its lead-in ("EN FILIGRANE") and its text."""

    lead: str
    text: str


@dataclass(frozen=True)
class Quote:
    text: str
    author: str | None = None


@dataclass(frozen=True)
class Dropped:
    """Text the reader removed, kept so the producer can see what and why."""

    text: str
    reason: str


SectionKind = Literal["editorial", "news", "briefs", "dossier"]


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    kind: SectionKind = "news"
    names: tuple[str, ...] = ()  # people and companies, metadata only, never read
    url: str | None = None


@dataclass(frozen=True)
class Issue:
    title: str
    date: dt.date | None
    headlines: tuple[str, ...] = ()
    epigraph: Quote | None = None
    sections: tuple[Section, ...] = ()
    signature: str | None = None  # the editor who signs the editorial
    dropped: tuple[Dropped, ...] = ()
    source: str = ""  # file name or URL, for messages and show notes
    url: str | None = None  # the issue's web address (feed item link, canonical page), when known
    postscript: tuple[str, ...] = ()  # "P.S. …" after the last section: the editor's last word


# --- What the show says ---------------------------------------------------------------

Role = Literal["host", "cohost"]
Pause = Literal["none", "clause", "sentence", "paragraph"]
SegmentKind = Literal["intro", "summary", "editorial", "section", "outro"]


@dataclass(frozen=True)
class Cue:
    """One stretch of speech by one presenter: the unit of synthesis and of the transcript."""

    role: Role
    text: str
    pause_after: Pause = "paragraph"


@dataclass(frozen=True)
class Segment:
    """A chapter of the episode; a jingle may announce it."""

    kind: SegmentKind
    title: str
    cues: tuple[Cue, ...]
    jingle_before: bool = True
    url: str | None = None


@dataclass(frozen=True)
class Script:
    title: str
    date: dt.date | None
    segments: tuple[Segment, ...]
    headlines: tuple[str, ...] = ()
    source: str = ""
    # what the reader left out of the issue, for the producer's eyes: not in the script file
    left_out: tuple[Dropped, ...] = field(default=(), compare=False)

    @property
    def cues(self) -> list[Cue]:
        return [cue for segment in self.segments for cue in segment.cues]


# --- What it sounds like --------------------------------------------------------------

@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1] at ``sample_rate``."""

    samples: Samples
    sample_rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate


@dataclass(frozen=True)
class SpokenCue:
    cue: Cue
    audio: Audio


@dataclass(frozen=True)
class Speech:
    """Every cue of a script, synthesised, in script order, segment by segment."""

    script: Script
    segments: tuple[tuple[SpokenCue, ...], ...]


@dataclass(frozen=True)
class Chapter:
    start: float  # seconds from the start of the episode
    title: str
    url: str | None = None


@dataclass(frozen=True)
class TimedCue:
    start: float
    end: float
    role: Role
    text: str
    # Where the voice pauses inside the cue (between its sentences), in episode seconds:
    # measured on the audio, so a long cue can be split into well-timed transcript lines.
    pauses: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class Mix:
    """The produced programme before encoding. ``audio`` is a pydub AudioSegment."""

    audio: Any
    chapters: tuple[Chapter, ...]
    cues: tuple[TimedCue, ...]

    @property
    def duration(self) -> float:
        return float(len(self.audio)) / 1000.0


@dataclass(frozen=True)
class Episode:
    """An encoded episode, ready to publish."""

    slug: str  # ASCII, used in file names and URLs
    title: str
    date: dt.date | None
    mp3: bytes
    duration: float  # seconds, measured on the encoded file
    description: str
    chapters: tuple[Chapter, ...] = ()
    cues: tuple[TimedCue, ...] = ()
    headlines: tuple[str, ...] = ()
    # Files published beside the MP3, by kind: e.g. {"vtt": b"WEBVTT…", "srt": …,
    # "chapters.json": …}; written as "<slug>.<kind>" and listed in the catalogue.
    attachments: dict[str, bytes] = field(default_factory=dict)
