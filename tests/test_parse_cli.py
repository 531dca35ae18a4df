"""`audio-edition parse` and the ISSUE options every command shares, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audio_edition.cli import cli
from audio_edition.config import Show
from audio_edition.pipeline import Cast, read_show_issue, render_parsed
from audio_edition.readers import IssueRequest


def test_parse_json_has_the_documented_shape(data: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(data / "golden" / "octet-dossiers.txt"), "--json"])
    assert result.exit_code == 0, result.output
    issue = json.loads(result.output)
    assert {"title", "date", "headlines", "sections", "dropped"} <= set(issue)
    assert issue["date"] == "2026-04-04" and issue["sections"][0]["kind"] == "editorial"
    for section in issue["sections"]:
        assert {"title", "paragraphs", "items"} <= set(section)
        assert all(set(item) >= {"lead", "text"} for item in section["items"])
    assert all(set(d) == {"text", "reason"} for d in issue["dropped"])


def test_parse_a_feed_from_stdin_with_an_item_number(data: Path) -> None:
    feed = (data / "golden" / "flux-octet.rss").read_bytes()
    result = CliRunner().invoke(cli, ["parse", "-", "--item", "2", "--json"], input=feed)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["title"] == "Les lunettes intelligentes reviennent"


def test_parse_errors_are_one_line_with_exit_code_2(tmp_path: Path, data: Path) -> None:
    runner = CliRunner()
    for name, content, message in (
        ("vide.html", b"<html><body></body></html>", "has no text"),
        ("flux.xml", b'<rss version="2.0"><channel><title>t</title></channel></rss>', "has no items"),
        ("titre.txt", b"Juste un titre\n", "no recognisable structure"),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        result = runner.invoke(cli, ["parse", str(path), "--latest"] if name.endswith(".xml") else ["parse", str(path)])
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.exit_code == 2 and len(lines) == 1 and message in lines[0], result.stderr
    result = runner.invoke(cli, ["parse", str(data / "golden" / "flux-octet.rss"), "--latest", "--item", "2"])
    assert result.exit_code == 2 and "not both" in result.stderr


def test_render_reads_the_newest_feed_item(data: Path, show: Show, fake_cast: Cast, fake_engines: dict, tmp_path: Path) -> None:
    issue = read_show_issue(IssueRequest(str(data / "golden" / "flux-octet.rss"), latest=True), show)
    result = render_parsed(issue, show, fake_cast, tmp_path, progress=False, engines=fake_engines)
    assert result.episode.title == "Les data centers cherchent de l'eau"
    assert result.published.audio.name == "octet-2026-06-06.mp3"
    spoken = " ".join(cue.text for cue in result.episode.cues)
    assert "Partager" not in spoken and "vous donne rendez-vous" not in spoken
