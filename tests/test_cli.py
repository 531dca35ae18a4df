"""The command line: one-line errors with exit codes, --debug tracebacks, help with examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from audio_edition.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _error_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output and f"audio-edition {name}" in result.output, name
        assert command.help


def test_missing_file(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["render", "nope.txt"])
    assert result.exit_code == 2
    assert _error_line(result) == "Error: no such file: nope.txt — check the path (use - to read from stdin)"


def test_empty_and_binary_files(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["render", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "is empty" in _error_line(result)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    result = runner.invoke(cli, ["render", str(binary), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "binary" in _error_line(result)
    assert not (tmp_path / "out" / "feed.xml").exists()


def test_folder_instead_of_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["parse", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in _error_line(result)


def test_unknown_voice_lists_the_valid_ones(runner: CliRunner, data: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["render", str(data / "mini-issue.txt"), "--host-voice", "marcel", "--out", str(tmp_path)])
    assert result.exit_code == 4
    line = _error_line(result)
    assert "unknown voice 'marcel'" in line and "siwis" in line and "nicolas" in line
    result = runner.invoke(cli, ["speak", "Bonjour", "--voice", "marcel", "-o", str(tmp_path / "x.wav")])
    assert result.exit_code == 4 and "unknown voice 'marcel'" in _error_line(result)


def test_debug_shows_the_traceback(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--debug", "render", "nope.txt"])
    assert result.exit_code != 0
    assert result.exception is not None and "no such file" in str(result.exception)


def test_missing_model_says_how_to_fetch_it(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_EDITION_CACHE", str(tmp_path / "empty-cache"))
    from audio_edition.tts import engine

    monkeypatch.setattr(engine, "_instances", {})
    result = runner.invoke(cli, ["speak", "Bonjour", "-o", str(tmp_path / "x.wav")])
    assert result.exit_code == 4
    assert "run: audio-edition setup" in _error_line(result)
    result = runner.invoke(cli, ["voices"])
    assert result.exit_code == 0 and "unusable" in result.output and "audio-edition setup" in result.output
    result = runner.invoke(cli, ["setup", "--check"])
    assert result.exit_code == 5 and "missing" in result.output


def test_invalid_show_settings_list_every_problem(runner: CliRunner, tmp_path: Path, data: Path) -> None:
    bad = tmp_path / "show.toml"
    bad.write_text('title = ""\nowner_email = "nobody"\nbase_url = "ftp://x"\nexplicit = "no"\n')
    result = runner.invoke(cli, ["render", str(data / "mini-issue.txt"), "--show", str(bad), "--out", str(tmp_path)])
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr
    head, *problems = result.stderr.splitlines()
    # The first line says how many and what to do; then one line per problem.
    assert head == f"Error: {bad}: {len(problems)} problems — fix {bad} and run again"
    assert all(line.startswith("  - ") for line in problems)
    for expected in ("'title' is required", "not an e-mail", "'base_url' must start", "'explicit' must be", "'author'"):
        assert sum(expected in line for line in problems) == 1, expected


def test_speak_show_normalised(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["speak", "--show-normalised", "« L'IA » coûte 1 000 €"])
    assert result.exit_code == 0
    assert result.output.strip() == "L'[ipa:ˈiˈa|ia] coûte mille euros"


def test_speak_needs_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["speak", "-o", "x.wav"])
    assert result.exit_code == 2 and "give either TEXT or --text-file" in _error_line(result)


def test_parse_outline(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "feed/example-issue.txt"])
    assert result.exit_code == 0
    assert "[editorial]" in result.output and "[image caption or credit]" in result.output
