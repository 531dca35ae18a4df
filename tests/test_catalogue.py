"""The catalogue: stable guids, re-renders replace and never duplicate, `episodes list/remove`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from audio_edition.cli import cli
from audio_edition.config import Show
from audio_edition.errors import PublishError
from audio_edition.publish import load_catalogue, publish
from audio_edition.publish.catalogue import CATALOGUE, read_catalogue
from audio_edition.publish.writer import LOCK
from episodes import make_episode

FIXED = {"feed.xml", "index.html", "style.css", "player.js", CATALOGUE}


def _items(folder: Path) -> list[tuple[str, str]]:
    rss = etree.fromstring((folder / "feed.xml").read_bytes())
    return [(i.findtext("guid"), i.findtext("title")) for i in rss.findall("channel/item")]


def _owned(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} - FIXED - {LOCK} - {load_catalogue(folder).cover}


def test_rerender_keeps_guid_number_and_date_and_replaces_the_files(show: Show, tmp_path: Path) -> None:
    first = publish(make_episode(7, "Des robots au potager", 60.0), show, tmp_path).record
    second = publish(make_episode(14, "Les drones se posent", 45.0, pitch=660), show, tmp_path).record
    same = publish(make_episode(7, "Des robots au potager", 60.0), show, tmp_path).record
    assert (same.guid, same.number, same.audio, same.revision) == (first.guid, 1, "octet-2026-11-07.mp3", 1)

    fixed = publish(make_episode(7, "Des robots au potager (corrigé)", 50.0, pitch=523), show, tmp_path).record
    assert (fixed.guid, fixed.number, fixed.published) == (first.guid, first.number, first.published)
    assert fixed.revision == 2 and fixed.audio == "octet-2026-11-07-v2.mp3"
    assert fixed.files["vtt"] == "octet-2026-11-07-v2.vtt"
    # The old revision's files are gone once the feed points at the new ones.
    assert _owned(tmp_path) == {
        f"octet-2026-11-{d}{suffix}" for d, rev in (("07", "-v2"), ("14", ""))
        for suffix in (f"{rev}.mp3", f"{rev}.vtt", f"{rev}.srt", f"{rev}.chapters.json", ".html")
    }  # fmt: skip
    assert _items(tmp_path) == [(second.guid, "Les drones se posent"), (first.guid, "Des robots au potager (corrigé)")]
    catalogue = load_catalogue(tmp_path)
    assert len(catalogue.records) == 2 and not catalogue.trash and not catalogue.incoming


def test_guid_depends_on_the_show_and_the_issue_only(show: Show, tmp_path: Path) -> None:
    a = publish(make_episode(7), show, tmp_path / "a").record
    b = publish(make_episode(7, "Un autre titre", 30.0, pitch=300), show, tmp_path / "b").record
    other = dataclasses.replace(show, base_url="https://autre.example/podcast")
    c = publish(make_episode(7), other, tmp_path / "c").record
    assert a.guid == b.guid != c.guid


def test_a_moved_show_keeps_its_guids(show: Show, tmp_path: Path) -> None:
    """The catalogue is matched by slug too: changing base_url never duplicates an episode."""
    first = publish(make_episode(7), show, tmp_path).record
    moved = dataclasses.replace(show, base_url="https://nouveau.example/octet")
    again = publish(make_episode(7, pitch=500), moved, tmp_path).record
    assert again.guid == first.guid and len(load_catalogue(tmp_path).records) == 1


def test_the_skeleton_catalogue_is_read_and_duplicates_refused(tmp_path: Path) -> None:
    v1 = {"version": 1, "episodes": [{
        "guid": "g1", "slug": "octet-2026-11-07", "number": 1, "title": "T", "date": "2026-11-07",
        "published": "2026-11-07T06:00:00+00:00", "description": "d", "audio": "octet-2026-11-07.mp3",
        "length": 10, "duration": 1.0, "headlines": [], "chapters": [], "files": {}}]}  # fmt: skip
    (record,) = read_catalogue(json.dumps(v1).encode()).records
    assert record.revision == 1 and record.stem == "octet-2026-11-07"
    v1["episodes"].append({**v1["episodes"][0], "number": 2, "audio": "x.mp3"})
    with pytest.raises(PublishError, match="two episodes share the guid g1"):
        read_catalogue(json.dumps(v1).encode())


def test_episodes_list_and_remove_from_the_command_line(show: Show, tmp_path: Path) -> None:
    publish(make_episode(7, "Des robots au potager", 60.0), show, tmp_path)
    kept = publish(make_episode(14, "Les drones se posent", 45.0, pitch=660), show, tmp_path).record
    gone = publish(make_episode(21, "Le potager connecté", 80.0, pitch=700), show, tmp_path).record
    runner = CliRunner()

    listed = runner.invoke(cli, ["episodes", "list", "--out", str(tmp_path)])
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.output.splitlines()] == ["3", "2", "1"]  # newest first
    assert "2026-11-21    1:20  octet-2026-11-21" in listed.output and "Le potager connecté" in listed.output

    removed = runner.invoke(cli, ["episodes", "remove", gone.slug, "--out", str(tmp_path)])
    assert removed.exit_code == 0, removed.output
    assert removed.output.strip() == "removed episode 3 (octet-2026-11-21): Le potager connecté"
    assert not any(p.name.startswith("octet-2026-11-21") for p in tmp_path.iterdir())
    assert [t for _, t in _items(tmp_path)] == ["Les drones se posent", "Des robots au potager"]
    assert "octet-2026-11-21" not in (tmp_path / "index.html").read_text()

    by_number = runner.invoke(cli, ["episodes", "remove", "2", "--out", str(tmp_path)])
    assert by_number.exit_code == 0 and kept.slug in by_number.output
    assert [t for _, t in _items(tmp_path)] == ["Des robots au potager"]

    missing = runner.invoke(cli, ["episodes", "remove", "9", "--out", str(tmp_path)])
    assert missing.exit_code == 2
    assert missing.stderr.strip() == (
        "Error: no episode '9' in the catalogue — give a number, slug or guid from: "
        "audio-edition episodes list (1 (octet-2026-11-07))"
    )
    # A new issue after a removal gets the next number; numbers are never reused.
    assert publish(make_episode(28, pitch=800), show, tmp_path).record.number == 4


def test_episodes_list_of_an_empty_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["episodes", "list", "--out", str(tmp_path)])
    assert result.exit_code == 0 and result.output == f"no episode in {tmp_path}\n"


def test_rebuild_follows_the_show_settings(show: Show, tmp_path: Path) -> None:
    from audio_edition.publish import rebuild

    publish(make_episode(7), show, tmp_path)
    old_cover = load_catalogue(tmp_path).cover
    renamed = dataclasses.replace(show, title="Octet, la version audio")
    rebuild(renamed, tmp_path)
    rss = etree.fromstring((tmp_path / "feed.xml").read_bytes())
    assert rss.findtext("channel/title") == "Octet, la version audio"
    new_cover = load_catalogue(tmp_path).cover
    assert new_cover != old_cover and (tmp_path / new_cover).is_file() and not (tmp_path / old_cover).exists()
