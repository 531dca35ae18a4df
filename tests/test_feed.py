"""The feed, as Apple, Podcasting 2.0 apps and gPodder read it; and the feedgen pitfalls."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import io
import json
import uuid
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree

from audio_edition.config import Show
from audio_edition.publish import publish
from audio_edition.publish.feed import ITUNES_NS, PODCAST_NS, podcast_guid
from episodes import make_episode, run_node

NS = {
    "itunes": ITUNES_NS,
    "podcast": PODCAST_NS,
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, show: Show) -> Path:
    """Two episodes: the first with transcripts and chapters, the second without."""
    out = tmp_path_factory.mktemp("public")
    publish(make_episode(7, "Des robots au potager", 60.0), show, out)
    publish(make_episode(14, "Les drones s'émancipent", 45.0, pitch=660, files=False), show, out)
    return out


@pytest.fixture(scope="module")
def rss(folder: Path) -> etree._Element:
    return etree.fromstring((folder / "feed.xml").read_bytes())


def test_namespaces_and_channel(rss: etree._Element, show: Show) -> None:
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    assert {k: rss.nsmap[k] for k in NS} == NS
    channel = rss.find("channel")
    text = lambda path: channel.findtext(path, namespaces=NS)  # noqa: E731
    assert text("title") == show.title and text("description") == show.description
    assert text("link") == show.base_url + "/"  # the show page, not the feed
    assert text("language") == "fr"
    assert channel.find("atom:link", NS).attrib == {
        "href": show.feed_url, "rel": "self", "type": "application/rss+xml"}  # fmt: skip
    (image,) = channel.findall("itunes:image", NS)
    assert image.get("href").startswith(show.base_url + "/cover-") and image.get("href").endswith(".jpg")
    (category,) = channel.findall("itunes:category", NS)
    assert category.get("text") == "News" and category.find("itunes:category", NS).get("text") == "Tech News"
    assert text("itunes:explicit") == "false"
    assert text("itunes:author") == show.author
    assert text("itunes:owner/itunes:name") == show.owner_name
    assert text("itunes:owner/itunes:email") == show.owner_email
    assert text("itunes:type") == "episodic"
    assert text("podcast:locked") == "no"
    assert text("podcast:medium") == "podcast"


def test_podcast_guid_is_the_standard_uuid5_of_the_feed_url(rss: etree._Element, show: Show) -> None:
    expected = uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), "octet.example/podcast/feed.xml")
    assert rss.findtext("channel/podcast:guid", namespaces=NS) == str(expected)
    # The worked example of the Podcasting 2.0 specification.
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml/") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"


def test_items_newest_first_with_every_tag(folder: Path, rss: etree._Element, show: Show) -> None:
    items = rss.findall("channel/item")
    assert [i.findtext("title") for i in items] == ["Les drones s'émancipent", "Des robots au potager"]
    first = items[1]
    text = lambda path: first.findtext(path, namespaces=NS)  # noqa: E731
    guid = first.find("guid")
    assert guid.get("isPermaLink") == "false" and uuid.UUID(guid.text)
    enclosure = first.find("enclosure")
    assert enclosure.attrib == {
        "url": f"{show.base_url}/octet-2026-11-07.mp3",
        "length": str((folder / "octet-2026-11-07.mp3").stat().st_size),
        "type": "audio/mpeg",
    }
    published = email.utils.parsedate_to_datetime(text("pubDate"))
    assert published == dt.datetime(2026, 11, 7, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))  # Paris, winter
    assert text("pubDate") == "Sat, 07 Nov 2026 07:00:00 +0100"
    assert text("itunes:duration") == "60" and text("itunes:episode") == "1"
    assert text("itunes:episodeType") == "full"
    assert text("link") == f"{show.base_url}/octet-2026-11-07.html"
    transcripts = [t.attrib for t in first.findall("podcast:transcript", NS)]
    assert transcripts == [
        {"url": f"{show.base_url}/octet-2026-11-07.vtt", "type": "text/vtt", "language": "fr", "rel": "captions"},
        {"url": f"{show.base_url}/octet-2026-11-07.srt", "type": "application/x-subrip", "language": "fr"},
    ]
    assert first.find("podcast:chapters", NS).attrib == {
        "url": f"{show.base_url}/octet-2026-11-07.chapters.json", "type": "application/json+chapters"}  # fmt: skip
    # Every URL in the feed is a file in the folder.
    for url in [enclosure.get("url"), *(t["url"] for t in transcripts), text("link")]:
        assert (folder / url.rsplit("/", 1)[-1]).is_file(), url
    # The second episode has no transcript or chapters files: no tags for them.
    assert items[0].find("podcast:transcript", NS) is None and items[0].find("podcast:chapters", NS) is None


def test_show_notes_have_headlines_chapter_times_and_links(rss: etree._Element, show: Show) -> None:
    notes = rss.find("channel/item[2]/content:encoded", NS).text
    html = etree.fromstring(f"<div>{notes}</div>")
    assert [li.text for li in html.findall("ul[1]/li")] == ["Des robots au potager", "Les drones se posent"]
    chapters = html.findall("ul[2]/li")
    assert [li.find("a").text for li in chapters] == ["00:00", "00:21", "00:38"]
    assert chapters[1].find("a").get("href") == f"{show.base_url}/octet-2026-11-07.html#t=21"
    assert chapters[2].find("a[2]").get("href") == "https://octet.example/champs"
    assert f"{show.base_url}/octet-2026-11-07.vtt" in [a.get("href") for a in html.iter("a")]


def test_feedparser_reads_it(folder: Path, show: Show) -> None:
    parsed = feedparser.parse((folder / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.link == show.base_url + "/"
    assert not parsed.feed.itunes_explicit  # feedparser: "true"/"yes" -> True, "false" -> None
    entry = parsed.entries[1]
    assert entry.id and entry.guidislink is False
    assert int(entry.enclosures[0].length) == (folder / "octet-2026-11-07.mp3").stat().st_size
    assert entry.itunes_duration == "60" and entry.itunes_episode == "1"
    assert "00:21" in entry.content[0].value and entry.content[0].type == "text/html"


def test_podcastparser_reads_it(folder: Path, show: Show) -> None:
    podcast = podcastparser.parse(show.feed_url, io.BytesIO((folder / "feed.xml").read_bytes()))
    assert podcast["title"] == show.title and podcast["link"] == show.base_url + "/"
    assert podcast["cover_url"].startswith(show.base_url + "/cover-")
    newest, oldest = podcast["episodes"]
    catalogue = json.loads((folder / "episodes.json").read_bytes())["episodes"]
    assert oldest["guid"] == catalogue[0]["guid"] and newest["guid"] == catalogue[1]["guid"]
    assert oldest["total_time"] == 60 and newest["total_time"] == 45
    assert oldest["enclosures"][0]["file_size"] == (folder / "octet-2026-11-07.mp3").stat().st_size
    assert oldest["published"] == int(dt.datetime(2026, 11, 7, 6, 0, tzinfo=dt.timezone.utc).timestamp())
    # podcastparser reads the inline Podlove Simple Chapters (it only knows the old URL of the
    # podcast namespace, so podcast:chapters is checked with podcast-partytime below).
    assert [(c["start"], c["title"]) for c in oldest["chapters"]] == [
        (0, "Introduction"), (21, "Éditorial : la récolte automatisée"), (38, "Les champs connectés")]  # fmt: skip
    assert oldest["chapters"][2]["href"] == "https://octet.example/champs"


def test_podcast_partytime_reads_the_podcast_namespace(folder: Path, show: Show) -> None:
    feed = json.loads(run_node("partytime.cjs", str(folder / "feed.xml")))
    assert feed["guid"] == podcast_guid(show.feed_url)
    assert feed["locked"] is False and feed["podcastOwner"] == show.owner_email
    assert feed["medium"] == "podcast" and feed["explicit"] is False
    assert feed["itunesCategory"] == ["News > Tech News"] and feed["itunesType"] == "episodic"
    assert feed["pubsub"]["self"] == show.feed_url and feed["link"] == show.base_url + "/"
    newest, oldest = feed["items"]
    assert oldest["podcastTranscripts"] == [  # partytime names every SRT type "application/srt"
        {"url": f"{show.base_url}/octet-2026-11-07.vtt", "type": "text/vtt", "language": "fr", "rel": "captions"},
        {"url": f"{show.base_url}/octet-2026-11-07.srt", "type": "application/srt", "language": "fr"},
    ]
    assert oldest["podcastChapters"] == {"url": f"{show.base_url}/octet-2026-11-07.chapters.json",
                                         "type": "application/json+chapters"}  # fmt: skip
    assert oldest["duration"] == 60 and oldest["itunesEpisode"] == 1 and oldest["itunesEpisodeType"] == "full"
    assert oldest["enclosure"]["length"] == (folder / "octet-2026-11-07.mp3").stat().st_size
    assert "podcastTranscripts" not in newest and "podcastChapters" not in newest


# --- feedgen's pitfalls: each test fails if feedgen changes, or if our guard goes away ----------


def test_feedgen_cannot_write_explicit_true_false_so_we_do(show: Show, tmp_path: Path) -> None:
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.load_extension("podcast")
    with pytest.raises(ValueError):
        fg.podcast.itunes_explicit("false")
    explicit = dataclasses.replace(show, explicit=True)
    publish(make_episode(files=False), explicit, tmp_path)
    rss = etree.fromstring((tmp_path / "feed.xml").read_bytes())
    assert rss.xpath("channel/itunes:explicit/text()", namespaces=NS) == ["true"]


@pytest.mark.parametrize("name", ["art.jpeg", "art.png"])
def test_a_jpeg_or_png_cover_is_in_itunes_image_which_feedgen_would_drop(
    show: Show, tmp_path: Path, name: str
) -> None:
    from feedgen.feed import FeedGenerator
    from PIL import Image

    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.podcast.itunes_image("https://example.org/art.jpeg")  # feedgen #140: silently ignored
    fg.podcast.itunes_image("https://example.org/art.jpg?v=2")
    assert fg.podcast.itunes_image() is None

    art = tmp_path / name
    Image.new("RGB", (1400, 1400), (200, 30, 30)).save(art)
    with_art = dataclasses.replace(show, cover=art)
    publish(make_episode(files=False), with_art, tmp_path / "out")
    rss = etree.fromstring((tmp_path / "out" / "feed.xml").read_bytes())
    (href,) = rss.xpath("channel/itunes:image/@href", namespaces=NS)
    published = tmp_path / "out" / href.rsplit("/", 1)[-1]
    assert published.read_bytes() == art.read_bytes()


def test_the_last_link_call_wins_the_channel_link(show: Show) -> None:
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.title("t")
    fg.description("d")
    fg.link(href="https://example.org/", rel="alternate")
    fg.link(href="https://example.org/feed.xml", rel="self")
    assert etree.fromstring(fg.rss_str()).findtext("channel/link") == "https://example.org/feed.xml"
    # ours is the show page (asserted on the real feed in test_namespaces_and_channel)


def test_file_names_and_urls_are_ascii(show: Show, tmp_path: Path) -> None:
    episode = dataclasses.replace(make_episode(), slug="Été à Noël-2026", date=None)
    published = publish(episode, show, tmp_path)
    assert published.record.slug == "ete-a-noel-2026"
    assert all(p.name.isascii() for p in tmp_path.iterdir())
    assert (tmp_path / "feed.xml").read_bytes().decode().count("ete-a-noel-2026.mp3") == 1
    for url in etree.fromstring((tmp_path / "feed.xml").read_bytes()).xpath("//@url | //@href | //link/text()"):
        assert url.isascii(), url
