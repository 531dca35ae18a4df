"""Show settings: the shipped file is valid; every problem of a bad one is reported at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from audio_edition.config import load_show
from audio_edition.errors import ConfigError, InputError
from audio_edition.paths import DEFAULT_SHOW


def test_shipped_show_is_valid() -> None:
    show = load_show(DEFAULT_SHOW)
    assert show.language == "fr" and show.explicit is False
    assert show.feed_url == show.base_url + "/feed.xml"
    assert set(show.voices) == {"host", "cohost"}


def test_all_problems_at_once(tmp_path: Path) -> None:
    path = tmp_path / "show.toml"
    path.write_text('title = "T"\ncolour = "blue"\nlanguage = "en"\n[voices]\nnarrator = "x"\n[templates]\nhello = "x"\n')
    with pytest.raises(ConfigError) as error:
        load_show(path)
    problems = error.value.problems
    assert any("unknown setting 'colour'" in p for p in problems)
    assert any("'language' must be 'fr'" in p for p in problems)
    assert any("roles must be host and cohost" in p for p in problems)
    assert any("unknown template 'hello'" in p for p in problems)
    assert sum("is required" in p for p in problems) == 6


def test_overrides_win_and_none_means_not_given(tmp_path: Path) -> None:
    show = load_show(DEFAULT_SHOW, title="Autre titre", author=None)
    assert show.title == "Autre titre" and show.author


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="show settings not found"):
        load_show(tmp_path / "none.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("title = [")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_show(broken)


def test_show_format_settings(tmp_path: Path) -> None:
    shutil.copy(DEFAULT_SHOW.with_name("profile.toml"), tmp_path)  # the shipped show names it
    good = tmp_path / "show.toml"
    base = DEFAULT_SHOW.read_text(encoding="utf-8").split("[templates]")[0]
    good.write_text(
        base + '\n[format]\nsections = "alternate"\nfirst_section = "host"\nitems = "alternate"\n'
        'quotes = "same"\nsummary = false\n[format.by_kind]\nbriefs = "cohost"\n',
        encoding="utf-8",
    )
    fmt = load_show(good).format
    assert (fmt.first_section, fmt.items, fmt.quotes, fmt.summary) == ("host", "alternate", "same", False)
    assert fmt.by_kind == {"editorial": "host", "briefs": "cohost"}  # the editorial keeps the host

    bad = tmp_path / "bad.toml"
    bad.write_text(
        base + '\n[format]\nsections = "random"\nsummary = "yes"\nquote_min_words = 0\ncolour = 1\n'
        '[format.by_kind]\nsport = "host"\nbriefs = "narrator"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as error:
        load_show(bad)
    problems = " | ".join(error.value.problems)
    for expected in ("'format.sections' must be one of alternate, host, cohost", "'format.summary' must be true or false",
                     "'format.quote_min_words'", "unknown format setting 'colour'", "unknown section kind 'sport'",
                     "'format.by_kind.briefs' must be host or cohost"):  # fmt: skip
        assert expected in problems


def test_templates_may_only_name_known_placeholders(tmp_path: Path) -> None:
    shutil.copy(DEFAULT_SHOW.with_name("profile.toml"), tmp_path)
    path = tmp_path / "show.toml"
    base = DEFAULT_SHOW.read_text(encoding="utf-8").split("[templates]")[0]
    path.write_text(base + '[templates]\nintro = "Bonjour {auditeur}, {date}."\noutro = "Au revoir {"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_show(path)
    problems = " | ".join(error.value.problems)
    assert "template 'intro' uses unknown placeholder(s) {auditeur}" in problems
    assert "template 'outro' is malformed" in problems
