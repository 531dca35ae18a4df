#!/usr/bin/env python3
"""Find the newsletter's newest issue, for the weekly publishing workflow.

    newest_issue.py --feed URL   --out DIR [--site DIR] [--show FILE]
    newest_issue.py --folder DIR --out DIR [--site DIR] [--show FILE]

--feed: the newsletter's RSS/Atom feed; its newest entry (by date) is saved as an HTML
issue file (its title as the page's heading), which the HTML reader reads.
--folder: the issue files in DIR; the newest is the one whose text carries the latest date
(the file's modification time when no date can be read).
--site: the publish folder; says whether the issue is already in its catalogue.

Prints `path=...`, `slug=...` and `published=true|false` lines (append them to
$GITHUB_OUTPUT in a workflow). Exit 1 with one line on stderr when there is no issue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audio_edition.config import load_show  # noqa: E402
from audio_edition.errors import AudioEditionError  # noqa: E402
from audio_edition.paths import DEFAULT_SHOW  # noqa: E402
from audio_edition.publish import load_catalogue  # noqa: E402
from audio_edition.readers import SUFFIXES, read_issue  # noqa: E402
from audio_edition.slug import slugify  # noqa: E402

def _entry_date(entry: dict) -> tuple[int, ...]:  # type: ignore[type-arg]
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return tuple(stamp[:6]) if stamp else (0,)


def from_feed(url: str, out: Path) -> Path:
    import feedparser

    parsed = feedparser.parse(url)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "no entries"
        raise SystemExit(f"newest_issue: the feed {url} has no issue ({reason})")
    entry = max(parsed.entries, key=_entry_date)
    title = entry.get("title", "").strip()
    body = entry.content[0].value if entry.get("content") else entry.get("summary", "")
    stamp = _entry_date(entry)
    name = slugify(title or "issue") + (f"-{dt.date(*stamp[:3]).isoformat()}" if len(stamp) > 1 else "")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.html"  # the HTML reader keeps the markup's structure (headings, lists, bold leads)
    page = f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title><h1>{html.escape(title)}</h1>\n{body}\n"
    path.write_text(page, encoding="utf-8")
    return path


def from_folder(folder: Path) -> Path:
    kinds = sorted(suffix for suffix, kind in SUFFIXES.items() if kind != "feed")
    candidates = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix in kinds]
    if not candidates:
        raise SystemExit(f"newest_issue: no issue file ({', '.join(kinds)}) in {folder}")

    def newest(path: Path) -> tuple[dt.date, float]:
        try:
            date = read_issue(path.read_bytes(), str(path)).date
        except AudioEditionError:
            date = None
        return (date or dt.date.min, path.stat().st_mtime)

    return max(candidates, key=newest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--feed", help="the newsletter's RSS or Atom feed (URL or file)")
    source.add_argument("--folder", type=Path, help="a folder of issue files")
    parser.add_argument("--out", type=Path, default=Path("."), help="where to save an issue taken from a feed")
    parser.add_argument("--site", type=Path, help="the publish folder, to say whether the issue is published")
    parser.add_argument("--show", type=Path, default=DEFAULT_SHOW, help="the show settings")
    args = parser.parse_args()

    path = from_feed(args.feed, args.out) if args.feed else from_folder(args.folder)
    show = load_show(args.show)
    issue = read_issue(path.read_bytes(), str(path))
    slug = f"{slugify(show.newsletter, 30)}-{issue.date.isoformat()}" if issue.date else slugify(issue.title)
    published = bool(args.site and load_catalogue(args.site).find(slug))
    print(f"path={path}\nslug={slug}\npublished={'true' if published else 'false'}")


if __name__ == "__main__":
    try:
        main()
    except AudioEditionError as error:
        raise SystemExit(f"newest_issue: {error}") from None
