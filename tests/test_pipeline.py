"""The whole pipeline with the fake engine: real mixing, real ffmpeg, real feed parsers."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import feedparser
import podcastparser
import pytest
from mutagen.mp3 import MP3

from audio_edition.audio.ffmpeg import ffmpeg_exe
from audio_edition.config import Show
from audio_edition.pipeline import Cast, render_issue
from audio_edition.tts.fake import SECONDS_PER_CHAR


def _render(data: Path, name: str, show: Show, cast: Cast, engines: dict, out: Path):  # type: ignore[no-untyped-def]
    path = data / name
    return render_issue(path.read_bytes(), str(path), show, cast, out, progress=False, engines=engines)


def test_render_publishes_a_playable_episode_and_a_valid_feed(
    data: Path, show: Show, fake_cast: Cast, fake_engines: dict, tmp_path: Path
) -> None:
    result = _render(data, "mini-issue.txt", show, fake_cast, fake_engines, tmp_path)
    mp3_path = tmp_path / "octet-2026-11-07.mp3"
    assert result.published.audio == mp3_path and mp3_path.is_file()

    info = MP3(mp3_path).info
    assert info.sample_rate == 44100 and info.channels == 1
    # The episode lasts what the script says: every cue's fake speech plus jingles and pauses.
    speech = sum(len(c.text) for c in result.episode.cues) * SECONDS_PER_CHAR  # upper bound on text
    assert speech * 0.5 < info.length < speech * 2 + 30
    assert abs(info.length - result.episode.duration) < 0.05
    # ffmpeg decodes the whole file without error
    decoded = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(mp3_path), "-f", "null", "-"], capture_output=True, text=True
    )
    assert decoded.returncode == 0 and decoded.stderr == ""

    chapters = result.episode.chapters
    assert [c.title for c in chapters][:3] == ["Introduction", "Au sommaire", "Éditorial : Une récolte automatisée"]
    assert chapters[0].start == 0 and all(a.start < b.start for a, b in zip(chapters, chapters[1:]))
    assert chapters[-1].start < info.length


def test_feed_is_read_by_feedparser_and_podcastparser(
    data: Path, show: Show, fake_cast: Cast, fake_engines: dict, tmp_path: Path
) -> None:
    result = _render(data, "mini-issue.txt", show, fake_cast, fake_engines, tmp_path)
    feed_bytes = (tmp_path / "feed.xml").read_bytes()
    size = (tmp_path / "octet-2026-11-07.mp3").stat().st_size

    parsed = feedparser.parse(feed_bytes)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.title == show.title and parsed.feed.language == "fr"
    assert parsed.feed.link == show.base_url + "/"  # the show page, not the feed
    (entry,) = parsed.entries
    assert entry.title == "Des robots au potager"
    (enclosure,) = entry.enclosures
    assert int(enclosure.length) == size and enclosure.type == "audio/mpeg"
    assert enclosure.href == f"{show.base_url}/octet-2026-11-07.mp3"
    assert entry.published_parsed[:3] == (2026, 11, 7)

    podcast = podcastparser.parse(show.feed_url, io.BytesIO(feed_bytes))
    (episode,) = podcast["episodes"]
    assert episode["guid"] == result.published.record.guid
    assert episode["total_time"] == round(result.episode.duration)
    assert episode["enclosures"][0]["file_size"] == size
    cover = podcast["cover_url"].rsplit("/", 1)[-1]
    assert podcast["cover_url"] == f"{show.base_url}/{cover}" and cover.endswith(".jpg")
    assert (tmp_path / cover).read_bytes()[:3] == b"\xff\xd8\xff"  # the drawn JPEG cover


def test_rerender_replaces_and_a_new_issue_adds(
    data: Path, show: Show, fake_cast: Cast, fake_engines: dict, tmp_path: Path
) -> None:
    first = _render(data, "mini-issue.txt", show, fake_cast, fake_engines, tmp_path)
    again = _render(data, "mini-issue.txt", show, fake_cast, fake_engines, tmp_path)
    assert again.published.record.guid == first.published.record.guid
    assert again.published.record.number == 1
    second = _render(data, "mini-issue-2.txt", show, fake_cast, fake_engines, tmp_path)
    assert second.published.record.number == 2

    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert [e.title for e in parsed.entries] == ["Les drones se posent", "Des robots au potager"]  # newest first
    assert len({e.id for e in parsed.entries}) == 2
    assert sorted(p.name for p in tmp_path.glob("*.mp3")) == ["octet-2026-11-07.mp3", "octet-2026-11-14.mp3"]
    assert not list(tmp_path.glob("*.tmp"))


def test_a_corrupt_catalogue_stops_the_publish_and_keeps_the_feed(
    data: Path, show: Show, fake_cast: Cast, fake_engines: dict, tmp_path: Path
) -> None:
    from audio_edition.errors import PublishError

    _render(data, "mini-issue.txt", show, fake_cast, fake_engines, tmp_path)
    feed_before = (tmp_path / "feed.xml").read_bytes()
    (tmp_path / "episodes.json").write_text("{not json")
    with pytest.raises(PublishError, match="unreadable"):
        _render(data, "mini-issue-2.txt", show, fake_cast, fake_engines, tmp_path)
    assert (tmp_path / "feed.xml").read_bytes() == feed_before
    assert not (tmp_path / "octet-2026-11-14.mp3").exists()


def test_attachments_are_published_beside_the_mp3(show: Show, tmp_path: Path) -> None:
    import datetime as dt

    from audio_edition.model import Episode
    from audio_edition.publish import publish
    from audio_edition.publish.catalogue import parse_catalogue

    episode = Episode(
        slug="octet-2026-11-28",
        title="Essai",
        date=dt.date(2026, 11, 28),
        mp3=b"\xff\xfb" + bytes(400),
        duration=1.0,
        description="Essai",
        attachments={"vtt": b"WEBVTT\n", "chapters.json": b"{}"},
    )
    published = publish(episode, show, tmp_path)
    assert published.record.files == {"vtt": "octet-2026-11-28.vtt", "chapters.json": "octet-2026-11-28.chapters.json"}
    assert (tmp_path / "octet-2026-11-28.vtt").read_bytes() == b"WEBVTT\n"
    (record,) = parse_catalogue((tmp_path / "episodes.json").read_bytes())
    assert record.files == published.record.files
