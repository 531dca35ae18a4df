"""Every format reads into the same Issue: a text issue, re-marked up as the web page,
Markdown, the e-mail (HTML and text parts) and a feed item, gives the same structure."""

from __future__ import annotations

import html
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from audio_edition.paths import EXAMPLE_ISSUE, FEED_DIR
from audio_edition.readers import ItemChoice, load_profile, read_issue
from audio_edition.readers.outline import issue_to_dict

GOLDEN = Path(__file__).parent / "data" / "golden"
PROFILE = load_profile(FEED_DIR / "profile.toml")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _html_body(lines: list[str]) -> str:
    out, in_list = [], False
    for line in lines:
        bullet = line.startswith("•")
        if bullet != in_list:
            out.append("<ul>" if bullet else "</ul>")
            in_list = bullet
        out.append(f"<li>{html.escape(line[1:].strip())}</li>" if bullet else f"<p>{html.escape(line)}</p>")
    return "\n".join(out + (["</ul>"] if in_list else []))


def _variants(text: str) -> dict[str, tuple[bytes, str, ItemChoice | None]]:
    lines = _lines(text)
    body = _html_body(lines)
    page = f"<!DOCTYPE html><html><head><title>{html.escape(lines[0])} | Octet</title></head><body>{body}</body></html>"
    markdown = "\n\n".join(f"- {line[1:].strip()}" if line.startswith("•") else line for line in lines)
    mail = EmailMessage()
    mail["Subject"] = f"[Octet] {lines[0]}"
    mail.set_content(text, charset="utf-8", cte="quoted-printable")
    mail.add_alternative(page, subtype="html", charset="windows-1252", cte="quoted-printable")
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Octet</title><item><title>{html.escape(lines[0])}</title>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"
    )
    return {
        "html": (page.encode(), "x.html", None),
        "md": (markdown.encode(), "x.md", None),
        "eml": (bytes(mail), "x.eml", None),
        "feed": (feed.encode(), "x.rss", ItemChoice(latest=True)),
    }


def _structure(data: bytes, name: str, item: ItemChoice | None) -> dict[str, Any]:
    issue = issue_to_dict(read_issue(data, name, profile=PROFILE, item=item))
    return {k: issue[k] for k in ("title", "date", "headlines", "epigraph", "signature", "sections", "dropped")}


@pytest.mark.parametrize("path", [EXAMPLE_ISSUE, GOLDEN / "octet-dossiers.txt", GOLDEN / "octet-windows-1252.txt"], ids=lambda p: p.name)
def test_every_format_reads_the_same_issue(path: Path) -> None:
    raw = path.read_bytes()
    text = raw.decode("utf-8") if path.suffix == ".txt" and b"\xe9" not in raw else raw.decode("cp1252")
    expected = _structure(raw, path.name, None)
    for fmt, (data, name, item) in _variants(text).items():
        assert _structure(data, name, item) == expected, fmt
