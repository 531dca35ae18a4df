"""The pure generators: WebVTT, SRT and JSON chapters from timed cues and chapters."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from audio_edition.audio.chapters import chapters_json, ffmetadata
from audio_edition.audio.transcript import MAX_LINE, cards, srt, webvtt
from audio_edition.model import Chapter, TimedCue

SPEAKERS = {"host": "Siwis", "cohost": "Nicolas"}
LONG = (
    "Pendant des années, la course s'est jouée sur la taille des modèles. Cette semaine, "
    "trois éditeurs ont pris le chemin inverse : des modèles assez petits pour tenir sur un "
    "ordinateur portable, sans connexion. Le coût d'une requête a été divisé par dix."
)
_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)[.,](\d\d\d) --> (\d\d):(\d\d):(\d\d)[.,](\d\d\d)$")


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def _parse(text: str) -> list[tuple[float, float, list[str]]]:
    """A small strict reader of what we write: number, timing line, text lines."""
    blocks = text.strip().split("\n\n")
    if blocks[0] == "WEBVTT":
        blocks = blocks[1:]
    out = []
    for number, block in enumerate(blocks, 1):
        lines = block.split("\n")
        assert lines[0] == str(number)
        match = _TIME.match(lines[1])
        assert match, lines[1]
        g = match.groups()
        out.append((_seconds(*g[:4]), _seconds(*g[4:]), lines[2:]))
    return out


def test_webvtt_voices_lines_and_times() -> None:
    cues = [TimedCue(6.0, 9.5, "host", "Bonjour et bienvenue."), TimedCue(10.0, 24.0, "cohost", LONG)]
    text = webvtt(cues, SPEAKERS).decode()
    assert text.startswith("WEBVTT\n\n")
    parsed = _parse(text)
    assert parsed[0][:2] == (6.0, 9.5) and parsed[0][2] == ["<v Siwis>Bonjour et bienvenue.</v>"]
    long_cards = parsed[1:]
    assert len(long_cards) >= 3  # the long cue is split into several timed cards
    assert long_cards[0][0] == 10.0 and long_cards[-1][1] == 24.0
    for (start, end, lines), following in zip(long_cards, [*long_cards[1:], None]):
        assert start < end and 1 <= len(lines) <= 2
        assert lines[0].startswith("<v Nicolas>") and lines[-1].endswith("</v>")
        visible = [re.sub(r"</?v[^>]*>", "", line) for line in lines]
        assert all(len(line) <= MAX_LINE for line in visible)
        if following:
            assert end <= following[0]
    words = " ".join(re.sub(r"</?v[^>]*>", "", " ".join(c[2])) for c in long_cards).split()
    assert words == LONG.split()  # nothing lost, nothing added, in order
    # Proportional timing: a card's share of the time is its share of the text.
    for start, end, lines in long_cards:
        share = len(re.sub(r"</?v[^>]*>", "", " ".join(lines))) / len(LONG)
        assert abs((end - start) / 14.0 - share) < 0.05


def test_card_boundaries_move_onto_the_voices_pauses() -> None:
    sentence_end = LONG.index("Cette semaine")
    guess = 10.0 + 14.0 * sentence_end / len(LONG)
    pause = (round(guess + 0.35, 3), round(guess + 0.65, 3))  # the voice paused a little later
    cue = TimedCue(10.0, 24.0, "cohost", LONG, pauses=(pause,))
    first, second = cards([cue], SPEAKERS)[:2]
    assert first.end == pause[0] and second.start == pause[1]


def test_srt_names_the_speaker_at_each_turn() -> None:
    cues = [TimedCue(1.0, 3.0, "host", "Premier."), TimedCue(3.5, 5.0, "host", "Deuxième."),
            TimedCue(6.0, 8.0, "cohost", "Troisième."), TimedCue(3723.25, 3725.0, "host", "Plus tard.")]  # fmt: skip
    parsed = _parse(srt(cues, SPEAKERS).decode())
    assert [p[2][0] for p in parsed] == ["Siwis: Premier.", "Deuxième.", "Nicolas: Troisième.", "Siwis: Plus tard."]
    assert parsed[3][:2] == (3723.25, 3725.0)
    assert "01:02:03,250 --> 01:02:05,000" in srt(cues, SPEAKERS).decode()


@given(st.text(alphabet=st.sampled_from("abcdéèàç ,.;:!?'-<>&") , min_size=1, max_size=600),
       st.floats(0, 5000), st.floats(0.5, 120))  # fmt: skip
def test_any_text_gives_valid_short_lines(text: str, start: float, length: float) -> None:
    if not text.split():
        return
    cue = TimedCue(round(start, 3), round(start + length, 3), "cohost", text)
    for payload in (webvtt([cue], SPEAKERS).decode(), srt([cue], SPEAKERS).decode()):
        parsed = _parse(payload)
        # (the parsed times are float sums of h, min, s: equal to the millisecond, not bit for bit)
        assert abs(parsed[0][0] - round(start, 3)) < 0.0005 and abs(parsed[-1][1] - round(start + length, 3)) < 0.002
        for s, e, lines in parsed:
            assert s <= e and 1 <= len(lines) <= 2
            for line in lines:
                shown = re.sub(r"</?v[^>]*>", "", line).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                assert len(shown) <= MAX_LINE, line


def test_json_chapters_podcasting_2() -> None:
    chapters = [Chapter(31.8224, "Éditorial", "https://octet.example/edito"), Chapter(0.0, "Introduction")]
    data = json.loads(chapters_json(chapters))
    assert data == {
        "version": "1.2.0",
        "chapters": [
            {"startTime": 0.0, "title": "Introduction"},
            {"startTime": 31.822, "title": "Éditorial", "url": "https://octet.example/edito"},
        ],
    }


def test_ffmetadata_orders_chapters_and_escapes() -> None:
    text = ffmetadata({"title": "A=B; #1", "comment": ""}, [Chapter(12.5, "Deux"), Chapter(0.0, "Un\\")], 20.0)
    assert text.splitlines() == [
        ";FFMETADATA1", "title=A\\=B\\; \\#1",
        "[CHAPTER]", "TIMEBASE=1/1000", "START=0", "END=12500", "title=Un\\\\",
        "[CHAPTER]", "TIMEBASE=1/1000", "START=12500", "END=20000", "title=Deux",
    ]  # fmt: skip
