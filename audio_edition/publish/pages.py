"""The show page: a static index.html and one page per episode, from the catalogue.

Each episode page has an HTML5 player, the chapters as links that seek it, the transcript
(from the episode's WebVTT file, each cue a link to its moment) and subscribe links. The
templates are plain HTML with ``$placeholders`` (string.Template) in feed/templates/, or in
a templates/ folder beside the show file; every value is HTML-escaped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Template

from ..config import Show
from ..paths import FEED_DIR
from .catalogue import Catalogue, Record
from .feed import newest_first, pub_date
from .notes import timestamp

ASSETS = ("style.css", "player.js")
_TIMING = re.compile(r"^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})")
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class TranscriptCue:
    start: float
    end: float
    speaker: str | None
    text: str


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    return float(sum(float(p) * 60**i for i, p in enumerate(reversed(parts))))


def parse_vtt(text: str) -> list[TranscriptCue]:
    """WebVTT -> cues; speakers from ``<v Name>`` tags, other markup dropped. Tolerant:
    NOTE/STYLE blocks, cue identifiers and settings after the timing are skipped."""
    cues: list[TranscriptCue] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip("\n").split("\n")
        for index, line in enumerate(lines):
            timing = _TIMING.match(line)
            if timing:
                body = " ".join(part.strip() for part in lines[index + 1 :] if part.strip())
                voice = _VOICE.match(body)
                speaker = voice.group(1).strip() if voice else None
                words = _TAG.sub("", body).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip()
                if words:
                    cues.append(TranscriptCue(_seconds(timing.group(1)), _seconds(timing.group(2)), speaker, words))
                break
    return cues


def _templates(show: Show) -> Path:
    own = show.source.parent / "templates" if show.source else None
    return own if own is not None and (own / "episode.html").is_file() else FEED_DIR / "templates"


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d}"


def _date(record: Record) -> str:
    from ..script.dates import written_date

    return written_date(pub_date(record).date())


def _size(length: int) -> str:
    return f"{length / 1e6:.1f} Mo".replace(".", ",")


def _subscribe(show: Show) -> str:
    bare = show.feed_url.split("://", 1)[-1]
    links = [
        f'<li><a href="{escape(show.feed_url)}" type="application/rss+xml">Flux RSS</a></li>',
        f'<li><a href="podcast://{escape(bare)}">Apple Podcasts</a></li>',
        *(f'<li><a href="{escape(url)}">{escape(name)}</a></li>' for name, url in show.subscribe.items()),
        f'<li><button type="button" data-copy="{escape(show.feed_url)}">Copier l\'adresse du flux</button></li>',
    ]
    return (
        '<section id="subscribe"><h2>S\'abonner</h2>'
        "<p>Dans votre application de podcasts, ajoutez l'adresse du flux : "
        f"<code>{escape(show.feed_url)}</code></p>"
        f'<ul class="subscribe">{"".join(links)}</ul></section>'
    )


def _chapters(record: Record) -> str:
    if not record.chapters:
        return ""
    ends = [float(c["start"]) for c in record.chapters[1:]] + [record.duration]
    items = []
    for chapter, end in zip(record.chapters, ends):
        start = float(chapter["start"])
        title = escape(str(chapter["title"]))
        if chapter.get("url"):
            title += f' <a href="{escape(str(chapter["url"]))}" class="source">(source)</a>'
        items.append(
            f'<li data-from="{start:.3f}" data-until="{end:.3f}"><a class="time" href="#t={int(start)}" '
            f'data-start="{start:.3f}">{timestamp(start)}</a> {title}</li>'
        )
    return f'<section id="chapters"><h2>Chapitres</h2><ol class="chapters">{"".join(items)}</ol></section>'


def _transcript(cues: list[TranscriptCue]) -> str:
    if not cues:
        return ""
    paragraphs = []
    for cue in cues:
        speaker = f'<span class="speaker">{escape(cue.speaker)}</span> ' if cue.speaker else ""
        paragraphs.append(
            f'<p data-from="{cue.start:.3f}" data-until="{cue.end:.3f}"><a class="time" href="#t={int(cue.start)}" '
            f'data-start="{cue.start:.3f}">{timestamp(cue.start)}</a> {speaker}{escape(cue.text)}</p>'
        )
    return f'<section id="transcript"><h2>Transcription</h2>{"".join(paragraphs)}</section>'


def episode_page(show: Show, catalogue: Catalogue, record: Record, transcript: str | None) -> bytes:
    base = show.base_url.rstrip("/")
    template = Template((_templates(show) / "episode.html").read_text(encoding="utf-8"))
    vtt = record.files.get("vtt")
    headlines = "".join(f"<li>{escape(h)}</li>" for h in record.headlines)
    html = template.substitute(
        title=escape(record.title),
        show_title=escape(show.title),
        summary=escape(" ; ".join(record.headlines) or record.title),
        feed_url=escape(show.feed_url),
        cover=escape(catalogue.cover or ""),
        cover_url=escape(f"{base}/{catalogue.cover}" if catalogue.cover else ""),
        audio=escape(record.audio),
        audio_url=escape(f"{base}/{record.audio}"),
        track=f'<track kind="captions" srclang="fr" label="Français" src="{escape(vtt)}" default>' if vtt else "",
        number=record.number,
        date=escape(_date(record)),
        duration=_duration(record.duration),
        size=_size(record.length),
        headlines=f'<section id="headlines"><h2>Au sommaire</h2><ul>{headlines}</ul></section>' if headlines else "",
        chapters=_chapters(record),
        transcript=_transcript(parse_vtt(transcript) if transcript else []),
        subscribe=_subscribe(show),
        copyright=escape(show.copyright),
    )
    return html.encode()


def index_page(show: Show, catalogue: Catalogue) -> bytes:
    base = show.base_url.rstrip("/")
    template = Template((_templates(show) / "index.html").read_text(encoding="utf-8"))
    records = newest_first(catalogue.records)
    latest = ""
    if records:
        newest = records[0]
        latest = (
            f'<section id="latest"><h2>Dernier épisode</h2><h3><a href="{escape(newest.page)}">'
            f"{escape(newest.title)}</a></h3><p class=\"meta\">{escape(_date(newest))} · {_duration(newest.duration)}</p>"
            f'<audio id="player" controls preload="none" src="{escape(newest.audio)}"></audio></section>'
        )
    items = "".join(
        f'<li><a href="{escape(r.page)}">{escape(r.title)}</a><br><span class="meta">Épisode {r.number} · '
        f"{escape(_date(r))} · {_duration(r.duration)}</span></li>"
        for r in records
    )
    html = template.substitute(
        show_title=escape(show.title),
        description=escape(show.description),
        author=escape(show.author),
        feed_url=escape(show.feed_url),
        cover=escape(catalogue.cover or ""),
        cover_url=escape(f"{base}/{catalogue.cover}" if catalogue.cover else ""),
        subscribe=_subscribe(show),
        latest=latest,
        episodes=f'<ul class="episodes">{items}</ul>' if items else "<p>Aucun épisode pour l'instant.</p>",
        copyright=escape(show.copyright),
    )
    return html.encode()


def assets(show: Show) -> dict[str, bytes]:
    folder = _templates(show)
    return {name: (folder / name if (folder / name).is_file() else FEED_DIR / "templates" / name).read_bytes()
            for name in ASSETS}  # fmt: skip
