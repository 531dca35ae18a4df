"""Cutting long lines for an engine, trimming, pauses by punctuation, resampling, pitch."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from audio_edition.tts import chunks
from audio_edition.tts.pitch import median_pitch

TEXT = (
    "Le premier point est simple. Le second, plus long, demande un peu de patience : il faut "
    "le lire jusqu'au bout, sans se presser, et sans rien perdre en chemin! Enfin, une question ?"
)


def test_short_text_is_one_piece() -> None:
    assert chunks.split_text("Bonjour.", 100) == [chunks.Piece("Bonjour.", "none")]


def test_cuts_at_sentences_first_then_clauses() -> None:
    pieces = chunks.split_text(TEXT, 100)
    assert all(len(p.text) <= 100 for p in pieces)
    assert pieces[0] == chunks.Piece("Le premier point est simple.", "sentence")
    # The long middle sentence is cut at its clauses, each piece ending with its mark.
    middle = [p for p in pieces if "patience" in p.text or "bout" in p.text]
    assert middle and all(p.pause == "clause" for p in middle)
    assert pieces[-1].pause == "none"  # what follows the line is the mix's business


def test_pause_lengths_follow_punctuation() -> None:
    assert 0 < chunks.PAUSES["clause"] < chunks.PAUSES["sentence"] < 0.75  # 0.75 s: the mix's paragraph


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdéà,;:.!? ", min_size=1, max_size=40), min_size=1, max_size=20),
    st.integers(min_value=5, max_value=120),
)
def test_nothing_is_lost_and_every_piece_fits(words: list[str], limit: int) -> None:
    text = " ".join(words)
    pieces = chunks.split_text(text, limit)
    assert all(0 < len(p.text) <= limit for p in pieces)
    assert "".join("".join(p.text.split()) for p in pieces) == "".join(text.split())


def test_a_word_longer_than_the_limit_is_sliced_not_dropped() -> None:
    url = "https://exemple.fr/" + "x" * 300
    pieces = chunks.split_text(f"Voir {url} pour lire.", 100)
    assert "".join(p.text for p in pieces).replace(" ", "") == f"Voir{url}pourlire."


def test_trim_removes_silence_around_speech() -> None:
    rate = 24000
    tone = 0.3 * np.sin(2 * np.pi * 200 * np.arange(rate) / rate).astype(np.float32)
    padded = np.concatenate([np.zeros(rate), tone, np.zeros(2 * rate)]).astype(np.float32)
    trimmed = chunks.trim_silence(padded, rate)
    assert 1.0 <= len(trimmed) / rate <= 1.1
    assert len(chunks.trim_silence(np.zeros(rate, dtype=np.float32), rate)) == 0


def test_join_puts_the_pauses_in() -> None:
    rate = 1000
    one = np.ones(100, dtype=np.float32)
    joined = chunks.join([(one, "clause"), (one, "sentence"), (one, "none")], rate)
    assert len(joined) == 300 + int(chunks.PAUSES["clause"] * rate) + int(chunks.PAUSES["sentence"] * rate)


def test_resample_keeps_duration_and_pitch() -> None:
    rate = 22050
    t = np.arange(2 * rate) / rate
    voice_like = (0.3 * np.sign(np.sin(2 * np.pi * 150 * t))).astype(np.float32)
    out = chunks.resample(voice_like, rate, 24000)
    assert abs(len(out) / 24000 - 2.0) < 0.001
    assert abs(median_pitch(out, 24000) - 150) < 2
    assert np.max(np.abs(out)) < 0.5  # no ringing blow-up at the ends


def test_pitch_estimator_on_known_tones() -> None:
    rate = 24000
    t = np.arange(rate) / rate
    for f0 in (95.0, 140.0, 210.0, 320.0):
        harmonic = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 6))
        assert abs(median_pitch(0.2 * harmonic, rate) - f0) < f0 * 0.02
    assert median_pitch(np.zeros(rate), rate) == 0.0


def test_sentences_each_with_its_pause() -> None:
    pieces = chunks.sentences("Bonjour. Voici M. Dupont, etc. et J. R. R. Martin. Vraiment ? Oui… Fin")
    assert [p.text for p in pieces] == [
        "Bonjour.",
        "Voici M. Dupont, etc. et J. R. R. Martin.",
        "Vraiment ?",
        "Oui…",
        "Fin",
    ]
    assert [p.pause for p in pieces] == ["sentence", "sentence", "sentence", "sentence", "none"]
    assert chunks.sentences("Le taux passe à 3.5 %. En 2026, il baisse.")[1].text == "En 2026, il baisse."
    assert chunks.sentences("") == []
