"""Golden pairs: every input in tests/data/golden/ and the JSON it must read as; and the
sentences of tests/data/sentences.txt with what the voice is given for each (the normaliser's
corpus: a change in how anything is said shows in its diff).

Shared by tests/test_golden.py and scripts/regen_golden.py (the only thing that writes the
expected files). An optional NAME.options.json next to an input gives the reading options:
{"latest": true} or {"item": 2} for a feed, {"format": "md"}, {"profile": "generic"} to read
without the show's profile (as an unseen newsletter would be).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audio_edition.paths import FEED_DIR
from audio_edition.readers import IssueRequest, load_profile, open_issue
from audio_edition.readers.outline import issue_to_dict

GOLDEN = Path(__file__).parent / "data" / "golden"
SENTENCES = Path(__file__).parent / "data" / "sentences.txt"
SAID = SENTENCES.with_name("sentences.said.txt")
INPUTS = {".txt", ".md", ".html", ".eml", ".rss", ".atom", ".xml"}


def inputs() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if p.suffix in INPUTS)


def expected_path(path: Path) -> Path:
    return path.with_name(path.name + ".expected.json")


def read_golden(path: Path) -> dict[str, Any]:
    options_file = path.with_suffix(".options.json")
    options = json.loads(options_file.read_text(encoding="utf-8")) if options_file.exists() else {}
    profile = None if options.get("profile") == "generic" else FEED_DIR / "profile.toml"
    request = IssueRequest(str(path), latest=options.get("latest", False), item=options.get("item"), fmt=options.get("format"))
    data = issue_to_dict(open_issue(request, load_profile(profile)))
    data["source"] = data["source"].replace(str(path), path.name)  # the same on every machine
    return data


def say_sentences() -> str:
    """Each sentence and what the engine is given for it, with the show's lexicon."""
    from audio_edition.config import load_show
    from audio_edition.pipeline import load_cast
    from audio_edition.script import normalise

    lexicon = load_cast(load_show(FEED_DIR / "show.toml")).lexicon
    lines = [line.strip() for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "".join(f"{line}\n→ {normalise(line, lexicon)}\n\n" for line in lines)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
