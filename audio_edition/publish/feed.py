"""Catalogue -> RSS 2.0 podcast feed. The only module that uses feedgen.

feedgen's podcast extension writes itunes:author, owner, type and the items' iTunes tags;
our two small extensions write what it cannot:

- itunes:explicit as Apple's ``true``/``false`` (feedgen only takes yes/no/clean and raises
  ValueError on anything else);
- the channel itunes:image for any URL (feedgen silently drops ``.jpeg`` files and URLs with
  a query string, feedgen #140);
- itunes:category from Apple's current list (feedgen knows the list retired in 2019);
- the Podcasting 2.0 namespace: podcast:guid, podcast:locked, podcast:medium on the channel,
  podcast:transcript and podcast:chapters on the items;
- the chapters inline too, as Podlove Simple Chapters (psc:chapters), which gPodder,
  AntennaPod and Podlove players read without fetching the JSON chapters file.

One more pitfall: the channel <link> is the href of the *last* ``fg.link()`` call, whatever
its rel, so the atom self link is given first and the show page last.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from ..config import Show
from .catalogue import Catalogue, Record
from .notes import show_notes_html

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
ATOM_NS = "http://www.w3.org/2005/Atom"
PSC_NS = "http://podlove.org/simple-chapters"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
PARIS = ZoneInfo("Europe/Paris")
PUBLISH_HOUR = 7  # issues go out in the morning, Paris time

# attachment kind -> (MIME type, rel) for podcast:transcript
TRANSCRIPTS = {"vtt": ("text/vtt", "captions"), "srt": ("application/x-subrip", None)}  # the namespace's types
CHAPTERS = "chapters.json"
CHAPTERS_TYPE = "application/json+chapters"


def podcast_guid(feed_url: str) -> str:
    """Podcasting 2.0 GUID: UUIDv5 of the feed URL without scheme and trailing slashes."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


class _ShowExtension:
    """Channel tags feedgen cannot write (see module docstring)."""

    def __init__(self) -> None:
        self.explicit = False
        self.image: str | None = None
        self.category: tuple[str, str | None] | None = None
        self.guid: str | None = None
        self.locked = False
        self.owner_email = ""

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES_NS, "podcast": PODCAST_NS, "content": CONTENT_NS, "atom": ATOM_NS, "psc": PSC_NS}

    def extend_rss(self, rss: Any) -> Any:
        from feedgen.util import xml_elem

        channel = rss[0]
        if self.image:
            xml_elem(f"{{{ITUNES_NS}}}image", channel).attrib["href"] = self.image
        if self.category:
            top, sub = self.category
            element = xml_elem(f"{{{ITUNES_NS}}}category", channel, text=top)
            if sub:
                xml_elem(f"{{{ITUNES_NS}}}category", element, text=sub)
        xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = "true" if self.explicit else "false"
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.guid
        locked = xml_elem(f"{{{PODCAST_NS}}}locked", channel)
        locked.text = "yes" if self.locked else "no"
        if self.owner_email:
            locked.attrib["owner"] = self.owner_email
        xml_elem(f"{{{PODCAST_NS}}}medium", channel).text = "podcast"
        return rss

    def extend_atom(self, feed: Any) -> Any:
        return feed


@dataclass
class _EpisodeExtension:
    """Item tags of the Podcasting 2.0 namespace: transcripts and chapters."""

    transcripts: list[tuple[str, str, str | None]] = field(default_factory=list)  # url, type, rel
    chapters: str | None = None
    inline_chapters: list[dict[str, Any]] = field(default_factory=list)  # the catalogue's

    def extend_rss(self, item: Any) -> Any:
        from feedgen.util import xml_elem

        for url, mime, rel in self.transcripts:
            element = xml_elem(f"{{{PODCAST_NS}}}transcript", item, url=url, type=mime, language="fr")
            if rel:
                element.attrib["rel"] = rel
        if self.chapters:
            xml_elem(f"{{{PODCAST_NS}}}chapters", item, url=self.chapters, type=CHAPTERS_TYPE)
        if self.inline_chapters:
            simple = xml_elem(f"{{{PSC_NS}}}chapters", item, version="1.2")
            for chapter in self.inline_chapters:
                element = xml_elem(f"{{{PSC_NS}}}chapter", simple, start=_npt(float(chapter["start"])))
                element.attrib["title"] = str(chapter["title"])
                if chapter.get("url"):
                    element.attrib["href"] = str(chapter["url"])
        return item

    def extend_atom(self, entry: Any) -> Any:
        return entry


def _npt(seconds: float) -> str:
    """Normal play time, as Podlove Simple Chapters write it: 00:01:02.500."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def pub_date(record: Record) -> dt.datetime:
    """The issue's date at 07:00 in Paris; without a date, when it was first published."""
    if record.date:
        day = dt.date.fromisoformat(record.date)
        return dt.datetime(day.year, day.month, day.day, PUBLISH_HOUR, tzinfo=PARIS)
    return dt.datetime.fromisoformat(record.published).astimezone(PARIS)


def newest_first(records: tuple[Record, ...] | list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (pub_date(r), r.number), reverse=True)


def build_feed(show: Show, catalogue: Catalogue) -> bytes:
    from feedgen.feed import FeedGenerator

    base = show.base_url.rstrip("/")
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("show", _ShowExtension, _EpisodeExtension)
    fg.title(show.title)
    fg.description(show.description)
    fg.link(href=show.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=base + "/", rel="alternate")  # must stay last: it is the channel <link>
    fg.language(show.language)
    fg.generator("audio-edition")
    if show.copyright:
        fg.copyright(show.copyright)
    fg.podcast.itunes_author(show.author)
    fg.podcast.itunes_owner(name=show.owner_name, email=show.owner_email)
    fg.podcast.itunes_type("episodic")
    fg.podcast.itunes_summary(show.description)
    cover_url = f"{base}/{catalogue.cover}" if catalogue.cover else None
    if cover_url:
        fg.image(url=cover_url, title=show.title, link=base + "/")
    fg.show.explicit = show.explicit
    fg.show.image = cover_url
    fg.show.category = (show.category, show.subcategory)
    fg.show.guid = podcast_guid(show.feed_url)
    fg.show.locked = show.locked
    fg.show.owner_email = show.owner_email
    updates = [dt.datetime.fromisoformat(r.updated or r.published) for r in catalogue.records]
    fg.lastBuildDate(max(updates, default=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)))
    # feedgen prepends each entry: add the oldest first so the newest is on top.
    for record in reversed(newest_first(catalogue.records)):
        entry = fg.add_entry()
        entry.guid(record.guid, permalink=False)
        entry.title(record.title)
        entry.link(href=f"{base}/{record.page}")
        entry.description(_plain_summary(record))
        entry.content(show_notes_html(show, record), type="CDATA")
        entry.enclosure(f"{base}/{record.audio}", str(record.length), "audio/mpeg")
        entry.pubDate(pub_date(record))
        entry.podcast.itunes_duration(int(round(record.duration)))
        entry.podcast.itunes_episode(record.number)
        entry.podcast.itunes_episode_type("full")
        entry.show.transcripts = [
            (f"{base}/{record.files[kind]}", mime, rel) for kind, (mime, rel) in TRANSCRIPTS.items() if kind in record.files
        ]
        entry.show.chapters = f"{base}/{record.files[CHAPTERS]}" if CHAPTERS in record.files else None
        entry.show.inline_chapters = record.chapters
    return bytes(fg.rss_str(pretty=True))


def _plain_summary(record: Record) -> str:
    if record.headlines:
        return "Au sommaire : " + " ; ".join(record.headlines) + "."
    return record.description.splitlines()[0] if record.description else record.title
