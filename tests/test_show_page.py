"""The show page in a real browser: Debian's Chromium, driven by playwright-core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.config import Show
from audio_edition.publish import load_catalogue, publish
from audio_edition.publish.pages import parse_vtt
from episodes import CUES, Served, attachments, make_episode, run_node


@pytest.mark.slow
def test_chapters_and_transcript_seek_the_player(show: Show, tmp_path: Path) -> None:
    chromium = Path("/usr/bin/chromium")
    assert chromium.is_file(), "Chromium is missing: run bash scripts/setup-test-tools.sh (make test does)"
    folder = tmp_path / "public"
    publish(make_episode(7, "Des robots au potager", 60.0), show, folder)
    publish(make_episode(14, "Les drones se posent", 45.0, pitch=660), show, folder)
    with Served(folder) as server:
        report = json.loads(run_node("page.cjs", server.url + "octet-2026-11-07.html", "2", str(tmp_path / "page.png")))

    assert report["errors"] == [] and report["status"] == 200
    assert report["title"] == f"Des robots au potager — {show.title}"
    assert abs(report["duration"] - 60.0) < 0.2  # the browser read the MP3 through `serve`
    assert [c["text"] for c in report["chapters"]] == [
        "00:00 Introduction", "00:21 Éditorial : la récolte automatisée", "00:38 Les champs connectés (source)"]  # fmt: skip
    # Clicking the third chapter seeks the player there, and plays.
    assert abs(report["afterChapterClick"]["currentTime"] - 38.0) < 1.0
    assert report["afterChapterClick"]["paused"] is False and report["hash"] == "#t=38"
    # The transcript, with speakers; a cue's link seeks too, and the cue being heard is highlighted.
    assert report["transcript"] == [f"{_stamp(a)} {who} {text}" for a, _, who, text in CUES]
    assert report["afterCueClick"] >= report["lastCueStart"] - 0.5
    assert report["currentCue"].endswith(CUES[-1][3])
    assert abs(report["openedAt"] - 21.0) < 1.0  # opened at #t=21
    subscribe = {link["text"]: link["href"] for link in report["subscribe"]}
    assert subscribe["Flux RSS"] == show.feed_url
    assert subscribe["Apple Podcasts"] == "podcast://" + show.feed_url.split("://", 1)[1]

    index = report["index"]
    assert index["title"] == show.title and index["feedLink"] == show.feed_url
    assert [e["text"] for e in index["episodes"]] == ["Les drones se posent", "Des robots au potager"]
    assert index["cover"] == {"width": 3000, "height": 3000}
    assert index["opened"] == server.url + "octet-2026-11-07.html"
    assert load_catalogue(folder).cover in (folder / "index.html").read_text()


def _stamp(seconds: float) -> str:
    return f"{int(seconds) // 60:02d}:{int(seconds) % 60:02d}"


def test_transcript_reader_takes_speakers_and_drops_markup() -> None:
    cues = parse_vtt(attachments()["vtt"].decode())
    assert [(c.start, c.end, c.speaker, c.text) for c in cues] == list(CUES)
    tricky = "WEBVTT\r\n\r\nNOTE a comment\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\nintro\r\n01:02.500 --> 01:04.000 align:start\r\n<v.loud Camille Durand><b>Deux</b> &amp; trois</v>\r\n"
    (cue,) = parse_vtt(tricky)
    assert (cue.start, cue.end, cue.speaker, cue.text) == (62.5, 64.0, "Camille Durand", "Deux & trois")


def test_pages_escape_what_they_show(show: Show, tmp_path: Path) -> None:
    import dataclasses

    episode = dataclasses.replace(make_episode(files=False), title='<script>alert("x")</script> & co')
    publish(episode, show, tmp_path)
    page = (tmp_path / "octet-2026-11-07.html").read_text()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert 'id="transcript"' not in page and "<track" not in page  # no transcript file: no section, no track
