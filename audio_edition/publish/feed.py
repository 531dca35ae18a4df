"""Catalogue -> RSS 2.0 podcast feed. The only module that uses feedgen.

feedgen's podcast extension covers most of the iTunes tags; ``_ShowExtension`` adds what
it cannot do: itunes:explicit as Apple's "true"/"false" (feedgen only knows yes/no/clean),
itunes:image for any URL (feedgen drops ``.jpeg`` and query strings, feedgen #140), and
the Podcasting 2.0 namespace (podcast:guid, podcast:locked, podcast:medium).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from ..config import Show
from .catalogue import Record

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
PARIS = ZoneInfo("Europe/Paris")
PUBLISH_HOUR = 7  # issues go out in the morning, Paris time


def podcast_guid(feed_url: str) -> str:
    """Podcasting 2.0 GUID: UUIDv5 of the feed URL without scheme and trailing slashes."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


class _ShowExtension:
    """Channel tags feedgen cannot write (see module docstring)."""

    def __init__(self) -> None:
        self.explicit = False
        self.image: str | None = None
        self.guid: str | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES_NS, "podcast": PODCAST_NS}

    def extend_rss(self, rss: Any) -> Any:
        from feedgen.util import xml_elem

        channel = rss[0]
        xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = "true" if self.explicit else "false"
        if self.image:
            xml_elem(f"{{{ITUNES_NS}}}image", channel).attrib["href"] = self.image
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.guid
        xml_elem(f"{{{PODCAST_NS}}}locked", channel).text = "no"
        xml_elem(f"{{{PODCAST_NS}}}medium", channel).text = "podcast"
        return rss

    def extend_atom(self, feed: Any) -> Any:
        return feed


class _ShowEntryExtension:
    def extend_rss(self, item: Any) -> Any:
        return item

    def extend_atom(self, entry: Any) -> Any:
        return entry


def pub_date(record: Record) -> dt.datetime:
    """The issue's date at 07:00 in Paris; without a date, when it was first published."""
    if record.date:
        day = dt.date.fromisoformat(record.date)
        return dt.datetime(day.year, day.month, day.day, PUBLISH_HOUR, tzinfo=PARIS)
    return dt.datetime.fromisoformat(record.published)


def build_feed(show: Show, records: list[Record], cover_url: str) -> bytes:
    from feedgen.feed import FeedGenerator

    base = show.base_url.rstrip("/")
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("show", _ShowExtension, _ShowEntryExtension)
    fg.title(show.title)
    fg.description(show.description)
    fg.link(href=show.feed_url, rel="self")
    fg.link(href=base + "/", rel="alternate")  # last link() wins the channel <link>: the show page
    fg.language(show.language)
    if show.copyright:
        fg.copyright(show.copyright)
    fg.author({"name": show.author, "email": show.owner_email})
    fg.podcast.itunes_author(show.author)
    fg.podcast.itunes_owner(name=show.owner_name, email=show.owner_email)
    fg.podcast.itunes_category(show.category, show.subcategory)
    fg.podcast.itunes_type("episodic")
    fg.podcast.itunes_summary(show.description)
    fg.image(url=cover_url, title=show.title, link=base + "/")
    fg.show.explicit = show.explicit
    fg.show.image = cover_url
    fg.show.guid = podcast_guid(show.feed_url)
    fg.lastBuildDate(max((pub_date(r) for r in records), default=dt.datetime.now(PARIS)))
    for record in sorted(records, key=lambda r: (pub_date(r), r.number)):  # prepend: newest first
        entry = fg.add_entry()
        entry.id(record.guid)
        entry.guid(record.guid, permalink=False)
        entry.title(record.title)
        entry.description(record.description)
        entry.enclosure(f"{base}/{record.audio}", str(record.length), "audio/mpeg")
        entry.pubDate(pub_date(record))
        entry.podcast.itunes_duration(int(round(record.duration)))
        entry.podcast.itunes_episode(record.number)
        entry.podcast.itunes_episode_type("full")
    return bytes(fg.rss_str(pretty=True))
