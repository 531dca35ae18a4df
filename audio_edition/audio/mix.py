"""Speech + music -> Mix: the programme as a listener hears it, before loudness and encoding.

The running order: the intro theme; the host's greeting and the summary over the bed,
which ducks under every word; a stinger before each following segment; pauses that grow
sentence < paragraph < segment; the closing words over the bed again; the outro theme.

How it is built (the numbers are in ``Pacing`` and ``Levels``):

1. **Layout**, in seconds: where every cue and every piece of music goes. Chapter starts
   and cue times are recorded here, so they are exact by construction. A chapter starts at
   the first sound that belongs to it: its stinger, or its first word when it has none;
   the first chapter starts at 0, with the intro theme.
2. **Voice track** at the engine's rate (24 kHz for Kokoro), every cue faded in and out
   over 8 ms (no click at any join) and levelled against the others (two voices, one
   loudness), then resampled once to 44.1 kHz by ffmpeg's SoX resampler (28-bit precision,
   delay-compensated). Why 44.1 kHz for the mix, not 24 kHz: the music's shaker and mallet
   attacks put real energy above 12 kHz (what a 24 kHz mix cannot hold, measured by
   ``scripts/mixrate.py``), the MP3 is 44.1 kHz anyway so the voice is resampled exactly
   once either way, and mixing at 44.1 kHz costs well under a second more per episode.
3. **Music track** at 44.1 kHz, stereo: each piece placed at a level relative to the
   measured loudness of the speech; the bed looped under the intro and outro segments.
4. **Ducking**: the music gain follows the voice track (see ``ducking``).
5. **Headroom**: the sum is scaled so its peak sits at -1 dBFS; loudness is set later, on
   the encoded file (``encode``), so nothing here can clip.

The result is a pydub ``AudioSegment`` (16-bit, mono or stereo) in ``Mix.audio``.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import AudioError
from ..model import Chapter, Mix, Pause, Speech, TimedCue
from .ducking import FRAME, Ducking, frame_gains, gain_between, voice_activity
from .ffmpeg import pydub_segment_class, resample
from .loudness import measure_samples
from .music import MUSIC_RATE, Music, Track, track_loudness

MIX_RATE = MUSIC_RATE
BED_SEGMENTS = ("intro", "outro")  # the bed plays under the greeting and the farewell
HEADROOM_PEAK = 10 ** (-1.0 / 20)


@dataclass(frozen=True)
class Pacing:
    """Silences and overlaps, in seconds: sentence < paragraph < segment."""

    after: dict[Pause, float]
    before_speech: float = 0.35  # after a stinger, before the voice
    segment: float = 1.1  # after a segment's last words, before the next stinger
    fade: float = 0.008  # fade in/out of every cue: no clicks
    after_intro: float = 0.8  # the bed alone, between the intro theme and the greeting
    bed_lead: float = 2.3  # the bed starts this long before the first words…
    bed_fade_in: float = 1.5  # …fading in (under the intro theme's last chord)
    bed_tail: float = 2.75  # after the last words: the bed swells back, then fades out
    bed_fade_out: float = 1.5
    outro_gap: float = 0.9  # after the last words, before the outro theme

    @classmethod
    def default(cls) -> Pacing:
        return cls({"none": 0.0, "clause": 0.15, "sentence": 0.4, "paragraph": 0.75})


@dataclass(frozen=True)
class Levels:
    """Music loudness relative to the speech, in LU, and how the bed ducks."""

    theme: float = -2.0
    stinger: float = -4.0
    bed: float = -6.0  # unducked; ducked it sits 6 + 15 = 21 dB under the voice
    ducking: Ducking = field(default_factory=Ducking)
    cue_levelling: float = 6.0  # at most this many dB of correction per cue


@dataclass
class _Layout:
    voice: list[tuple[float, npt.NDArray[np.float32]]] = field(default_factory=list)
    music: list[tuple[float, Track, str]] = field(default_factory=list)
    beds: list[tuple[float, float]] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[TimedCue] = field(default_factory=list)
    end: float = 0.0

    def extend(self, t: float) -> None:
        self.end = max(self.end, t)


def _voice_rate(speech: Speech) -> int:
    rates = {sc.audio.sample_rate for segment in speech.segments for sc in segment}
    if len(rates) > 1:
        raise AudioError(f"the voices use different sample rates {sorted(rates)}", "use voices of one engine per episode")
    return rates.pop() if rates else 24000


def _active_level(samples: npt.NDArray[np.float32], rate: int) -> float | None:
    """Mean power (dB) of the frames where the voice speaks, or None for silence."""
    active = voice_activity(samples, rate)
    hop = int(round(FRAME * rate))
    if not active.any():
        return None
    frames = samples[: len(active) * hop].reshape(len(active), hop)[active]
    return float(10 * np.log10(np.mean(np.square(frames, dtype=np.float64)) + 1e-12))


def _prepared_cues(speech: Speech, rate: int, pacing: Pacing, levels: Levels) -> list[list[npt.NDArray[np.float32]]]:
    """Every cue faded at both ends and levelled towards the episode's median speech level."""
    raw = [[np.asarray(sc.audio.samples, dtype=np.float32) for sc in segment] for segment in speech.segments]
    measured = [_active_level(s, rate) for segment in raw for s in segment]
    known = [m for m in measured if m is not None]
    target = float(np.median(known)) if known else 0.0
    out: list[list[npt.NDArray[np.float32]]] = []
    k = 0
    for segment in raw:
        prepared = []
        for samples in segment:
            level = measured[k]
            k += 1
            gain_db = 0.0 if level is None else float(np.clip(target - level, -levels.cue_levelling, levels.cue_levelling))
            cue = samples * np.float32(10 ** (gain_db / 20))
            n = min(len(cue) // 2, int(pacing.fade * rate))
            if n:
                ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
                cue[:n] *= ramp
                cue[-n:] *= ramp[::-1]
            prepared.append(cue)
        out.append(prepared)
    return out


def _pauses_inside(samples: npt.NDArray[np.float32], rate: int, start: float, minimum: float = 0.12) -> tuple[tuple[float, float], ...]:
    """Where the voice itself stops inside a cue (between sentences): absolute times."""
    active = voice_activity(samples, rate)
    found = []
    run = 0
    for i, flag in enumerate(np.append(active, True)):
        if not flag:
            run += 1
            continue
        if run * FRAME >= minimum and i - run > 0 and i < len(active):
            found.append((round(start + (i - run) * FRAME, 3), round(start + i * FRAME, 3)))
        run = 0
    return tuple(found)


def _layout(speech: Speech, cues: list[list[npt.NDArray[np.float32]]], rate: int, music: Music, pacing: Pacing) -> _Layout:
    plan = _Layout()
    t = 0.0
    if music.intro is not None:
        plan.music.append((0.0, music.intro, "theme"))
        t = music.intro.duration + (pacing.after_intro - pacing.before_speech if music.bed is not None else 0.0)
        plan.extend(music.intro.duration)
    segments = list(zip(speech.script.segments, speech.segments, cues, strict=True))
    for index, (segment, spoken, samples) in enumerate(segments):
        stinger = music.stinger if segment.jingle_before and index > 0 else None
        if index == 0:
            plan.chapters.append(Chapter(0.0, segment.title, segment.url))
        elif stinger is not None:
            plan.chapters.append(Chapter(round(t, 3), segment.title, segment.url))
        if stinger is not None:
            plan.music.append((t, stinger, "stinger"))
            t += stinger.duration + pacing.before_speech
        else:
            t += pacing.before_speech
        if index > 0 and stinger is None:
            plan.chapters.append(Chapter(round(t, 3), segment.title, segment.url))
        first_word = t
        for number, (item, audio) in enumerate(zip(spoken, samples, strict=True)):
            start, end = t, t + len(audio) / rate
            plan.voice.append((start, audio))
            plan.cues.append(TimedCue(round(start, 3), round(end, 3), item.cue.role, item.cue.text,
                                      _pauses_inside(audio, rate, start)))  # fmt: skip
            t = end
            if number < len(spoken) - 1:
                t += pacing.after[item.cue.pause_after]
        plan.extend(t)
        last_word = t
        last = index == len(segments) - 1
        if segment.kind in BED_SEGMENTS and music.bed is not None and spoken:
            bed_end = last_word + (pacing.outro_gap + 1.0 if last and music.outro is not None else pacing.bed_tail)
            plan.beds.append((max(0.0, first_word - pacing.bed_lead), bed_end))
            plan.extend(bed_end)
            if not last:  # the next stinger comes in as the bed fades away
                t = bed_end - pacing.bed_fade_out + pacing.segment / 2
        if not last:
            t = max(t, last_word + pacing.segment)
    if music.outro is not None:  # ``t`` is the end of the last words
        start = t + pacing.outro_gap
        plan.music.append((start, music.outro, "theme"))
        plan.extend(start + music.outro.duration)
    else:
        plan.extend(t + pacing.segment)
    return plan


def _place(track: npt.NDArray[np.float32], start: float, samples: npt.NDArray[np.float32], rate: int) -> None:
    begin = int(round(start * rate))
    end = min(len(track), begin + len(samples))
    if end > begin:
        track[begin:end] += samples[: end - begin]


def _bed(
    samples: npt.NDArray[np.float32], rate: int, seconds: float, fade_in: float, fade_out: float
) -> npt.NDArray[np.float32]:
    """The bed looped to ``seconds``, faded in and out; mono (n,) or stereo (n, 2)."""
    n = int(round(seconds * rate))
    reps = -(-n // len(samples))
    out = np.tile(samples, (reps,) + (1,) * (samples.ndim - 1))[:n].copy()
    for length, head in ((int(fade_in * rate), True), (int(fade_out * rate), False)):
        length = min(length, n // 2)
        if length:
            ramp = (0.5 - 0.5 * np.cos(np.pi * np.arange(length) / length)).astype(np.float32)
            if samples.ndim == 2:
                ramp = ramp[:, None]
            if head:
                out[:length] *= ramp
            else:
                out[n - length :] *= ramp[::-1]
    return out


def _merged(regions: list[tuple[float, float]], total: int) -> list[tuple[int, int]]:
    """Seconds -> sample ranges, overlapping ones merged (so no sample is ducked twice)."""
    out: list[list[int]] = []
    for begin, end in sorted(regions):
        a, b = max(0, int(begin * MIX_RATE) - 1), min(total, int(np.ceil(end * MIX_RATE)) + 1)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        elif b > a:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _loudness(samples: npt.NDArray[np.float32], rate: int) -> float | None:
    integrated = measure_samples(samples, rate, true_peak=False).integrated
    return None if integrated <= -69.0 else integrated


def mix(
    speech: Speech,
    music: Music | None = None,
    pacing: Pacing | None = None,
    levels: Levels | None = None,
    channels: int = 1,
) -> Mix:
    """The produced programme: speech, music, ducking and pauses, at 44.1 kHz."""
    pacing = pacing or Pacing.default()
    levels = levels or Levels()
    music = music or Music(None, None, None, None)
    rate = _voice_rate(speech)
    plan = _layout(speech, _prepared_cues(speech, rate, pacing, levels), rate, music, pacing)
    total = int(round(plan.end * MIX_RATE)) + 1

    # Memory: a 20-minute episode is 120 MB of float samples at 24 kHz, 220 MB at 44.1 kHz;
    # each track is let go as soon as the next one is made (peak ~2x the programme, not 4x).
    spoken = bool(plan.voice)
    native = np.zeros(int(round(plan.end * rate)) + 1, dtype=np.float32)
    for start, samples in plan.voice:
        _place(native, start, samples, rate)
    plan.voice.clear()  # the prepared cues now live in the track
    # Measured at the voice's own rate: same loudness and activity, half the samples. The
    # resampling (an ffmpeg process) runs on the other core meanwhile.
    with ThreadPoolExecutor(max_workers=1) as pool:
        resampled = pool.submit(resample, native, rate, MIX_RATE)
        speech_lufs = _loudness(native, rate) if spoken else None
        ducking = frame_gains(native, rate, levels.ducking) if spoken else np.ones(0, dtype=np.float32)
        voice = resampled.result()[:total]
    del native, resampled  # (the future holds its result)

    # The music track in the episode's layout: a mono episode downmixes each short piece
    # once, rather than a 20-minute stereo track at the end.
    tracks = np.zeros((total, 2) if channels == 2 else total, dtype=np.float32)
    reference = (speech_lufs if speech_lufs is not None else -20.0) + (3.0 if channels == 2 else 0.0)
    laid_out: dict[int, tuple[npt.NDArray[np.float32], float]] = {}

    def prepared(track: Track, relative: float) -> npt.NDArray[np.float32]:
        """The piece in the episode's channels, at its level relative to the speech."""
        if id(track) not in laid_out:
            samples = track.samples if channels == 2 else track.samples.mean(axis=1)
            own = track_loudness(track, channels)
            gain = 0.0 if own is None else 10 ** ((reference + relative - own) / 20)
            laid_out[id(track)] = (samples, gain)
        samples, gain = laid_out[id(track)]
        return samples * np.float32(gain)

    regions: list[tuple[float, float]] = []
    for start, track, kind in plan.music:
        piece = prepared(track, levels.theme if kind == "theme" else levels.stinger)
        _place(tracks, start, piece, MIX_RATE)
        regions.append((start, start + track.duration))
    if music.bed is not None:
        bed = prepared(music.bed, levels.bed)
        for begin, end in plan.beds:
            _place(tracks, begin, _bed(bed, music.bed.rate, end - begin, pacing.bed_fade_in, pacing.bed_fade_out), MIX_RATE)
            regions.append((begin, end))
    for a, b in _merged(regions, total):  # duck the music where there is music, once
        gain = gain_between(ducking, MIX_RATE, a, b)
        tracks[a:b] *= gain[:, None] if channels == 2 else gain

    programme = tracks  # the voice added in place: no 20-minute copies
    programme[: len(voice)] += voice[:, None] if channels == 2 else voice
    del voice
    peak = float(max(programme.max(), -programme.min())) if len(programme) else 0.0
    if peak > 0:
        programme *= np.float32(HEADROOM_PEAK / peak)
    return Mix(to_segment(programme, MIX_RATE, in_place=True), tuple(plan.chapters), tuple(plan.cues))


def to_segment(samples: npt.NDArray[np.float32], rate: int, *, in_place: bool = False) -> Any:
    """float32 (n,) or (n, 2) -> a 16-bit pydub AudioSegment (clipped, never wrapped).
    ``in_place``: ``samples`` may be overwritten (no copy of a 20-minute track)."""
    AudioSegment = pydub_segment_class()
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    scaled = np.multiply(samples, np.float32(32767), out=samples if in_place else None)
    np.clip(scaled, -32767, 32767, out=scaled)
    pcm = np.rint(scaled, out=scaled).astype("<i2")
    del scaled
    return AudioSegment(pcm.tobytes(), frame_rate=rate, sample_width=2, channels=channels)


def segment_samples(segment: Any) -> npt.NDArray[np.float32]:
    """A pydub AudioSegment -> float32 (n,) or (n, channels): for measuring a mix."""
    pcm = np.frombuffer(segment.raw_data, dtype="<i2").astype(np.float32) / 32767
    return pcm if segment.channels == 1 else pcm.reshape(-1, segment.channels)
