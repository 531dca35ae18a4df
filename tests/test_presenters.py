"""The two presenters, with the real Kokoro voices: listeners tell them apart, and long lines
are spoken whole (beyond the model's 510-phoneme window)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_edition.config import Show
from audio_edition.pipeline import load_cast
from audio_edition.script import normalise
from audio_edition.tts import get_engine
from audio_edition.tts.chunks import trim_silence
from audio_edition.tts.kokoro import problem
from audio_edition.tts.pitch import median_pitch, pitch_track

pytestmark = pytest.mark.slow

SENTENCE = (
    "Cette semaine, une jeune entreprise lyonnaise lève des fonds pour fabriquer des puces plus sobres, "
    "et les députés débattent encore des règles sur les modèles de langue."
)


@pytest.fixture(scope="module", autouse=True)
def _kokoro_ready() -> None:
    if (missing := problem()) is not None:
        pytest.fail(f"Kokoro is not ready: {missing}")


def test_the_two_presenters_differ_clearly_in_pitch(show: Show) -> None:
    cast = load_cast(show)
    engine = get_engine("kokoro")
    pitches = {}
    for role, voice in cast.voices.items():
        audio = engine.synthesize(normalise(SENTENCE), voice)
        track = pitch_track(audio.samples, audio.sample_rate)
        assert len(track) > 100, f"{voice.name}: too few voiced frames to judge"
        pitches[role] = median_pitch(audio.samples, audio.sample_rate)
    host, cohost = pitches["host"], pitches["cohost"]
    assert host >= 165, f"the host (female) sits at {host:.0f} Hz"
    assert cohost <= 150, f"the co-host (male-sounding) sits at {cohost:.0f} Hz"
    # 1.3x is 4.5 semitones: more than the swing of one voice's median between sentences.
    assert host / cohost >= 1.3, pitches


def test_a_line_longer_than_the_model_window_is_spoken_whole(show: Show) -> None:
    voice = load_cast(show).voices["host"]
    paragraph = " ".join(
        [
            "Le premier paragraphe de cet éditorial est volontairement très long.",
            "Il enchaîne les phrases, les virgules et les incises, comme le ferait un éditorialiste inspiré.",
            "Les modèles de langue, dit-il, ne remplaceront pas les journalistes, mais ils changeront leur métier,",
            "leurs outils, leurs habitudes et, peut-être, leur rapport aux lecteurs.",
            "Les rédactions testent des assistants pour résumer des rapports, traduire des dépêches,",
            "vérifier des chiffres ou proposer des titres, avec des résultats inégaux.",
            "Reste une question que personne ne tranche encore : qui signe, et qui répond des erreurs ?",
            "La réponse, conclut-il, viendra des lecteurs eux-mêmes, qui choisiront à qui ils font confiance.",
        ]
    )
    from audio_edition.tts.phonemes import phonemize

    assert len(phonemize(normalise(paragraph))) > 600  # past the model's 510-phoneme window
    audio = get_engine("kokoro").synthesize(normalise(paragraph), voice)
    seconds = len(trim_silence(audio.samples, audio.sample_rate)) / audio.sample_rate
    assert 11 <= len(paragraph) / seconds <= 20, f"{seconds:.1f} s for {len(paragraph)} characters"
    # Spoken to the end: the last five seconds are speech, not silence or a cut.
    tail = audio.samples[-5 * audio.sample_rate :]
    frames = tail[: len(tail) // 2400 * 2400].reshape(-1, 2400)
    assert float(np.mean(np.sqrt(np.mean(frames**2, axis=1)) > 0.01)) > 0.5
