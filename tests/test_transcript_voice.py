"""With the real voice: a long cue is cut into cards whose boundaries sit in the pauses
Kokoro really makes between sentences (measured on the mix), not just in proportion."""

from __future__ import annotations

import numpy as np
import pytest

from audio_edition.audio.mix import MIX_RATE, mix, segment_samples
from audio_edition.audio.transcript import cards
from audio_edition.model import Cue, Script, Segment, Speech, SpokenCue
from audio_edition.paths import VOICES_DIR
from audio_edition.script import normalise
from audio_edition.tts import get_engine, load_voices
from audio_edition.tts.kokoro import problem

pytestmark = pytest.mark.slow

TEXT = (
    "Les maraîchers de la vallée testent depuis le printemps des robots capables de désherber "
    "leurs parcelles sans le moindre produit chimique. Les premiers résultats sont encourageants. "
    "Reste à savoir si les petites exploitations pourront un jour se les offrir."
)


def test_card_boundaries_fall_in_the_voice_pauses() -> None:
    missing = problem()
    if missing:
        pytest.fail(f"Kokoro is not ready: {missing}")
    voice = load_voices(VOICES_DIR / "voices.toml")["siwis"]
    audio = get_engine("kokoro").synthesize(normalise(TEXT), voice)
    cue = Cue("host", TEXT)
    speech = Speech(Script("Essai", None, (Segment("section", "Essai", (cue,)),)), ((SpokenCue(cue, audio),),))
    programme = mix(speech)
    (timed,) = programme.cues
    assert len(timed.pauses) >= 2  # the voice pauses after each sentence, and the mix saw it
    x = segment_samples(programme.audio)

    def rms_db(a: float, b: float) -> float:
        chunk = x[int(a * MIX_RATE) : int(b * MIX_RATE)]
        return float(10 * np.log10(np.mean(np.square(chunk, dtype=np.float64)) + 1e-12))

    speech_db = rms_db(timed.start, timed.end)
    found = cards([timed], {"host": "Siwis"})
    assert len(found) >= 2 and all(len(line) <= 65 for card in found for line in card.lines)
    sentence_ends = [(a, b) for a, b in zip(found, found[1:]) if a.lines[-1][-1] in ".!?"]
    assert len(sentence_ends) >= 1
    for card, following in sentence_ends:
        assert card.end < following.start  # the boundary became the pause itself…
        assert rms_db(card.end, following.start) < speech_db - 30  # …and it is silent
    for card in found:  # and every card holds speech
        assert rms_db(card.start, card.end) > speech_db - 6
