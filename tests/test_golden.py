"""Golden pairs: each issue we wrote, in every format, reads exactly as reviewed.

Regenerate with scripts/regen_golden.py (never from a test), then review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden import GOLDEN, SAID, expected_path, inputs, read_golden, say_sentences


def test_there_are_golden_pairs_in_every_format() -> None:
    suffixes = {p.suffix for p in inputs()}
    assert {".txt", ".md", ".html", ".eml", ".rss"} <= suffixes
    missing = [p.name for p in inputs() if not expected_path(p).exists()]
    assert not missing, f"no expected JSON for {missing}: run scripts/regen_golden.py and review it"


@pytest.mark.parametrize("path", inputs(), ids=lambda p: p.name)
def test_golden(path: Path) -> None:
    expected = json.loads(expected_path(path).read_text(encoding="utf-8"))
    assert read_golden(path) == expected


def test_the_sentences_are_said_as_reviewed() -> None:
    assert SAID.exists(), "no tests/data/sentences.said.txt: run scripts/regen_golden.py and review it"
    expected, said = SAID.read_text(encoding="utf-8").split("\n\n"), say_sentences().split("\n\n")
    changed = [new for old, new in zip(expected, said, strict=False) if old != new]
    assert len(expected) == len(said) and not changed, f"{len(changed)} sentence(s) said differently, first: {changed[:3]}"


def test_no_stray_expected_files() -> None:
    names = {expected_path(p).name for p in inputs()}
    stray = [p.name for p in GOLDEN.glob("*.expected.json") if p.name not in names]
    assert not stray
