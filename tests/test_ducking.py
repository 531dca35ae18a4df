"""The bed ducks under the voice, with smooth ramps that follow it — measured on the mix.

The fake engine speaks pure tones between 140 and 260 Hz; the bed here is a producer's
"file" holding a steady 1480 Hz tone, so the bed's level can be read at any moment from
the mixed audio alone (a narrow-band filter), whatever the voice does.
"""

from __future__ import annotations

import numpy as np
import pytest

from audio_edition.audio.ducking import Ducking, duck_gain
from audio_edition.audio.mix import MIX_RATE, mix, segment_samples
from audio_edition.audio.music import Music, Track, generated
from audio_edition.model import Cue, Script, Segment, Speech, SpokenCue
from audio_edition.tts import VoiceSpec
from audio_edition.tts.fake import FakeEngine

BED_HZ = 1480.0
VOICES = {"host": VoiceSpec("fake-host", "fake"), "cohost": VoiceSpec("fake-cohost", "fake")}


def _speech() -> Speech:
    engine = FakeEngine()
    segments = (
        Segment("intro", "Introduction", (
            Cue("host", "Bonjour et bienvenue dans cette édition.", "paragraph"),
            Cue("cohost", "Une citation pour commencer la semaine.", "sentence"),
            Cue("host", "Au sommaire aujourd'hui."),
        ), jingle_before=False),
        Segment("section", "Une rubrique", (Cue("cohost", "Une nouvelle importante du jour."),)),
        Segment("outro", "Conclusion", (Cue("host", "À la semaine prochaine."),)),
    )  # fmt: skip
    script = Script("Essai", None, segments)
    spoken = tuple(tuple(SpokenCue(c, engine.synthesize(c.text, VOICES[c.role])) for c in s.cues) for s in segments)
    return Speech(script, spoken)


def _bed_tone() -> Track:
    t = np.arange(int(20 * MIX_RATE)) / MIX_RATE
    tone = (0.3 * np.sin(2 * np.pi * BED_HZ * t)).astype(np.float32)
    return Track(np.stack([tone, tone], axis=1), MIX_RATE)


def _tone_level(x: np.ndarray, start: float, end: float, hz: float = BED_HZ) -> float:
    """dB amplitude of one frequency over [start, end): a windowed single-bin DFT."""
    a, b = int(start * MIX_RATE), int(end * MIX_RATE)
    chunk = x[a:b]
    window = np.hanning(len(chunk))
    phase = np.exp(-2j * np.pi * hz * np.arange(len(chunk)) / MIX_RATE)
    amplitude = 2 * abs(np.sum(chunk * window * phase)) / np.sum(window)
    return float(20 * np.log10(amplitude + 1e-12))


@pytest.fixture(scope="module")
def mixed():  # type: ignore[no-untyped-def]
    music = Music(intro=generated("intro"), stinger=generated("stinger"), outro=None, bed=_bed_tone())
    programme = mix(_speech(), music)
    return programme, segment_samples(programme.audio)


def test_the_bed_ducks_at_least_12_db_under_speech(mixed) -> None:  # type: ignore[no-untyped-def]
    programme, x = mixed
    intro_cues = programme.cues[:3]
    first = intro_cues[0].start
    # The bed alone at full level: after it has faded in, before the attack towards the voice.
    full = _tone_level(x, first - 0.75, first - 0.25)
    for cue in intro_cues:
        under = _tone_level(x, cue.start + 0.05, cue.end - 0.05)
        assert full - under >= 12.0, (cue.text, full, under)
        # and the voice is at least 12 dB over the bed while it speaks
        a, b = int((cue.start + 0.05) * MIX_RATE), int((cue.end - 0.05) * MIX_RATE)
        speech_db = 10 * np.log10(np.mean(np.square(x[a:b])))
        bed_rms_db = under - 3.01  # a sine's RMS is 3 dB under its amplitude
        assert speech_db - bed_rms_db >= 12.0


def test_ducking_follows_the_voice_with_smooth_ramps(mixed) -> None:  # type: ignore[no-untyped-def]
    programme, x = mixed
    greeting, quote, summary = programme.cues[:3]
    during = _tone_level(x, greeting.start + 0.1, greeting.end - 0.1)
    # A paragraph pause: the bed comes back up between the two voices, then goes down again.
    middle = (greeting.end + quote.start) / 2
    pause = _tone_level(x, middle - 0.05, middle + 0.05)
    assert pause - during >= 6.0, (during, pause)
    # A sentence pause: it stays (almost) down.
    middle = (quote.end + summary.start) / 2
    assert _tone_level(x, middle - 0.05, middle + 0.05) - during < 4.0
    # After the last words of the segment, it swells back to full before fading out.
    after = _tone_level(x, summary.end + 0.7, summary.end + 0.9)
    full = _tone_level(x, greeting.start - 0.75, greeting.start - 0.25)
    assert abs(after - full) < 1.5
    # Smooth: in 10 ms steps over the whole bed, never a jump of more than 1.5 dB.
    levels = np.array([_tone_level(x, t, t + 0.04) for t in np.arange(greeting.start - 1.0, summary.end + 0.8, 0.01)])
    assert np.max(np.abs(np.diff(levels))) < 1.5


def test_no_bed_where_no_bed_segment_and_no_clipping(mixed) -> None:  # type: ignore[no-untyped-def]
    programme, x = mixed
    section = programme.cues[3]
    assert _tone_level(x, section.start, section.end) < _tone_level(x, programme.cues[0].start - 0.75,
                                                                     programme.cues[0].start - 0.25) - 40  # fmt: skip
    assert np.max(np.abs(x)) <= 10 ** (-0.9 / 20)


def test_gain_curve_shape() -> None:
    """Unit view of the same rules: lookahead attack, hold, release, never deeper than depth."""
    s = Ducking()
    active = np.zeros(300, dtype=bool)
    active[100:150] = True
    db = duck_gain(active, s)
    assert db[100:150].max() == pytest.approx(-s.depth)
    assert db[100 - int(s.attack / 0.01) - 1] == pytest.approx(0.0)  # untouched before the attack
    assert -s.depth < db[95] < 0  # going down before the first word
    assert db[150 + int(s.hold / 0.01) - 1] == pytest.approx(-s.depth)  # held after it
    assert db[150 + int((s.hold + s.release) / 0.01) + 1] == pytest.approx(0.0)  # back up
    assert np.all(db <= 0) and np.all(db >= -s.depth)
