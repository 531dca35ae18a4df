"""Show notes: the HTML of an episode's content:encoded, from its catalogue record.

Headlines, then the chapters with their timestamps (each a link that opens the episode's
page at that moment), then links: the episode's page, its transcript and the newsletter.
Podcast apps render a small subset of HTML: paragraphs, lists, links, <strong>.
"""

from __future__ import annotations

from html import escape

from ..config import Show
from .catalogue import Record


def timestamp(seconds: float) -> str:
    """12.3 -> "00:12"; 3725 -> "1:02:05" (the form podcast apps turn into seek links)."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def show_notes_html(show: Show, record: Record) -> str:
    base = show.base_url.rstrip("/")
    page = f"{base}/{record.page}"
    parts: list[str] = []
    if record.headlines:
        parts.append("<p><strong>Au sommaire</strong></p>")
        parts.append("<ul>" + "".join(f"<li>{escape(h)}</li>" for h in record.headlines) + "</ul>")
    if record.chapters:
        parts.append("<p><strong>Chapitres</strong></p>")
        items = []
        for chapter in record.chapters:
            start = float(chapter["start"])
            link = f'<a href="{escape(page)}#t={int(start)}">{timestamp(start)}</a>'
            title = escape(str(chapter["title"]))
            if chapter.get("url"):
                title = f'<a href="{escape(str(chapter["url"]))}">{title}</a>'
            items.append(f"<li>{link} {title}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    links = [f'<a href="{escape(page)}">Écouter et lire la transcription</a>' if "vtt" in record.files
             else f'<a href="{escape(page)}">La page de l\'épisode</a>']  # fmt: skip
    if "vtt" in record.files:
        links.append(f'<a href="{escape(base)}/{escape(record.files["vtt"])}">Transcription (WebVTT)</a>')
    if show.newsletter_url:
        links.append(f'<a href="{escape(show.newsletter_url)}">La lettre {escape(show.newsletter)}</a>')
    parts.append("<p>" + " · ".join(links) + "</p>")
    return "\n".join(parts)
