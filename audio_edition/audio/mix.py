"""Speech -> Mix: jingles, pauses and every cue placed on one timeline, then a pydub segment.

Cues are laid out on a numpy timeline (placing hundreds of cues by concatenating pydub
segments copies the whole programme each time), with short fades at every join so no
click is heard; the result becomes a pydub ``AudioSegment`` for the later stages.
Chapter starts and cue times are recorded as the timeline is built, so they are exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import AudioError
from .ffmpeg import pydub_segment_class
from ..model import Audio, Chapter, Mix, Pause, Speech, TimedCue
from . import jingles


@dataclass(frozen=True)
class Pacing:
    """Silences, in seconds: sentence < paragraph < segment."""

    after: dict[Pause, float]
    before_speech: float = 0.35  # after a jingle, before the voice
    segment: float = 0.6  # after a segment's last cue, before the next jingle
    fade: float = 0.008  # fade in/out at every join: no clicks

    @classmethod
    def default(cls) -> Pacing:
        return cls({"none": 0.0, "clause": 0.15, "sentence": 0.4, "paragraph": 0.75})


class _Timeline:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.parts: list[np.ndarray] = []
        self.length = 0  # samples

    @property
    def now(self) -> float:
        return self.length / self.rate

    def add(self, audio: Audio, fade: float) -> tuple[float, float]:
        if audio.sample_rate != self.rate:
            raise AudioError(
                f"a cue is at {audio.sample_rate} Hz but the mix is at {self.rate} Hz",
                "use voices of one engine per episode",
            )
        samples = np.array(audio.samples, dtype=np.float32)
        n = min(len(samples) // 2, int(fade * self.rate))
        if n:
            ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
            samples[:n] *= ramp
            samples[-n:] *= ramp[::-1]
        start = self.now
        self.parts.append(samples)
        self.length += len(samples)
        return start, self.now

    def pause(self, seconds: float) -> None:
        n = int(round(seconds * self.rate))
        if n > 0:
            self.parts.append(np.zeros(n, dtype=np.float32))
            self.length += n

    def samples(self) -> np.ndarray:
        return np.concatenate(self.parts) if self.parts else np.zeros(0, dtype=np.float32)


def to_segment(samples: np.ndarray, rate: int) -> object:
    """float32 mono -> a 16-bit pydub AudioSegment (clipped, never wrapped)."""
    AudioSegment = pydub_segment_class()
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    return AudioSegment(pcm.tobytes(), frame_rate=rate, sample_width=2, channels=1)


def mix(speech: Speech, pacing: Pacing | None = None) -> Mix:
    """Intro theme, segments with a stinger before each, outro theme."""
    pacing = pacing or Pacing.default()
    rates = {sc.audio.sample_rate for segment in speech.segments for sc in segment}
    if len(rates) > 1:
        raise AudioError(f"the voices use different sample rates {sorted(rates)}", "use voices of one engine per episode")
    rate = rates.pop() if rates else 24000
    timeline = _Timeline(rate)
    chapters: list[Chapter] = []
    cues: list[TimedCue] = []
    timeline.add(jingles.intro_theme(rate), pacing.fade)
    stinger = jingles.stinger(rate)
    for index, (segment, spoken) in enumerate(zip(speech.script.segments, speech.segments, strict=True)):
        chapters.append(Chapter(0.0 if index == 0 else timeline.now, segment.title, segment.url))
        if segment.jingle_before and index > 0:
            timeline.add(stinger, pacing.fade)
        timeline.pause(pacing.before_speech)
        for number, item in enumerate(spoken):
            start, end = timeline.add(item.audio, pacing.fade)
            cues.append(TimedCue(start, end, item.cue.role, item.cue.text))
            if number < len(spoken) - 1:
                timeline.pause(pacing.after[item.cue.pause_after])
        timeline.pause(pacing.segment)
    timeline.add(jingles.outro_theme(rate), pacing.fade)
    return Mix(to_segment(timeline.samples(), rate), tuple(chapters), tuple(cues))
