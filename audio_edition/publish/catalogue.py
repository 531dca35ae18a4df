"""The episode catalogue: what has been published, as JSON in the publish folder.

The feed and the show page are regenerated from it on every publish. An episode's guid
derives from the show and the episode's slug (the issue's date, or its title), and an
episode is matched by guid or slug, so re-rendering an issue replaces its entry instead of
adding a second one, and keeps its guid, its number and its first publication date.

Files are never overwritten with different content: a re-render that changes the audio
is written under a new name (``<slug>-v2.mp3``, ``-v3``…), so the feed that is live until
the new one replaces it still points at complete files of the exact length it announces
(and a cache or CDN never mixes bytes of two versions of one URL). Files the catalogue no
longer references go to ``trash`` and are deleted only after the new feed is in place;
files being written are listed in ``incoming`` first, so a crash never orphans them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from ..errors import InputError, PublishError

CATALOGUE = "episodes.json"
VERSION = 2
_GUID_NAMESPACE = uuid.UUID("6f0c3b8e-8a0f-4a53-9a44-3f3e0d0b7a21")  # audio-edition's own


@dataclass(frozen=True)
class Record:
    guid: str
    slug: str
    number: int
    title: str
    date: str | None  # ISO date of the issue
    published: str  # ISO timestamp of the first publication
    description: str
    audio: str  # file name in the publish folder
    length: int  # bytes, exactly
    duration: float  # seconds
    headlines: list[str] = field(default_factory=list)
    chapters: list[dict[str, Any]] = field(default_factory=list)  # {"start", "title", "url"?}
    files: dict[str, str] = field(default_factory=dict)  # attachment kind -> file name
    revision: int = 1  # bumped when a re-render changes the files
    updated: str = ""  # ISO timestamp of the last render

    @property
    def stem(self) -> str:
        return stem_for(self.slug, self.revision)

    @property
    def page(self) -> str:
        """The episode's page; stable across revisions (it is the item's <link>)."""
        return f"{self.slug}.html"

    def owned_files(self) -> list[str]:
        return [self.audio, *self.files.values(), self.page]


@dataclass(frozen=True)
class Catalogue:
    records: tuple[Record, ...] = ()
    cover: str | None = None  # the cover's file name in the publish folder
    trash: tuple[str, ...] = ()  # retired files, deleted once the new feed is live
    incoming: tuple[str, ...] = ()  # files being written, never yet in a feed: deleted if orphaned
    last_number: int = 0  # the highest episode number ever given: a removed episode's is not reused

    def next_number(self) -> int:
        return max([self.last_number, *(r.number for r in self.records)]) + 1

    def referenced(self) -> set[str]:
        names = {name for record in self.records for name in record.owned_files()}
        return names | ({self.cover} if self.cover else set())

    def find(self, key: str) -> Record | None:
        """The episode whose number, slug or guid is ``key``."""
        for record in self.records:
            if key in (record.slug, record.guid, str(record.number)):
                return record
        return None


def stem_for(slug: str, revision: int) -> str:
    return slug if revision <= 1 else f"{slug}-v{revision}"


def episode_guid(show_url: str, slug: str) -> str:
    return str(uuid.uuid5(_GUID_NAMESPACE, f"{show_url.rstrip('/')}/{slug}"))


def _unreadable(reason: str) -> PublishError:
    return PublishError(
        f"the episode catalogue {CATALOGUE} is unreadable ({reason})",
        "restore it from your last publish (nothing was changed)",
    )


def read_catalogue(data: bytes | None) -> Catalogue:
    """Parse the catalogue; version 1 (the skeleton's) is read too. Refuses duplicates."""
    if not data:
        return Catalogue()
    known = {f.name for f in fields(Record)}
    try:
        raw = json.loads(data)
        records = tuple(Record(**{k: v for k, v in entry.items() if k in known}) for entry in raw["episodes"])
        catalogue = Catalogue(
            records, raw.get("cover"), tuple(raw.get("trash", ())), tuple(raw.get("incoming", ())),
            int(raw.get("last_number", 0)),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _unreadable(str(exc)) from None
    for attribute in ("guid", "slug", "number", "audio"):
        values = [getattr(r, attribute) for r in records]
        duplicates = sorted({str(v) for v in values if values.count(v) > 1})
        if duplicates:
            raise _unreadable(f"two episodes share the {attribute} {', '.join(duplicates)}")
    return catalogue


def parse_catalogue(data: bytes | None) -> list[Record]:
    return list(read_catalogue(data).records)


def dump_catalogue(catalogue: Catalogue) -> bytes:
    payload = {
        "version": VERSION,
        "cover": catalogue.cover,
        "last_number": max([catalogue.last_number, *(r.number for r in catalogue.records)]),
        "episodes": [asdict(r) for r in sorted(catalogue.records, key=lambda r: r.number)],
        "trash": sorted(set(catalogue.trash)),
        "incoming": sorted(set(catalogue.incoming)),
    }
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode()


def existing(catalogue: Catalogue, guid: str, slug: str) -> Record | None:
    return next((r for r in catalogue.records if r.guid == guid or r.slug == slug), None)


def upsert(catalogue: Catalogue, record: Record) -> tuple[Catalogue, Record]:
    """Add ``record``, or replace the episode with its guid or slug, keeping that episode's
    guid, number and first publication; the files it no longer uses go to the trash."""
    old = existing(catalogue, record.guid, record.slug)
    if old is None:
        added = replace(record, number=catalogue.next_number())
        return replace(catalogue, records=(*catalogue.records, added), last_number=added.number), added
    kept = replace(record, guid=old.guid, number=old.number, published=old.published)
    records = tuple(kept if r is old else r for r in catalogue.records)
    stale = set(old.owned_files()) - set(kept.owned_files())
    return replace(catalogue, records=records, trash=(*catalogue.trash, *sorted(stale))), kept


def remove(catalogue: Catalogue, key: str) -> tuple[Catalogue, Record]:
    """Take out the episode numbered or named ``key``; its files go to the trash."""
    record = catalogue.find(key)
    if record is None:
        known = ", ".join(f"{r.number} ({r.slug})" for r in sorted(catalogue.records, key=lambda r: r.number))
        raise InputError(
            f"no episode {key!r} in the catalogue",
            f"give a number, slug or guid from: audio-edition episodes list ({known or 'the catalogue is empty'})",
        )
    records = tuple(r for r in catalogue.records if r is not record)
    last = max(catalogue.last_number, record.number)
    return replace(catalogue, records=records, trash=(*catalogue.trash, *record.owned_files()), last_number=last), record
