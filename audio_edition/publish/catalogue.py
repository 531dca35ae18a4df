"""The episode catalogue: what has been published, as JSON in the publish folder.

The feed is regenerated from it on every publish. An episode's guid derives from the show
and the episode's slug (the issue's date, or its title), so re-rendering an issue replaces
its entry instead of adding a second one, and keeps its episode number.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import PublishError

CATALOGUE = "episodes.json"
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
    chapters: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # attachment kind -> file name


def episode_guid(show_url: str, slug: str) -> str:
    return str(uuid.uuid5(_GUID_NAMESPACE, f"{show_url.rstrip('/')}/{slug}"))


def parse_catalogue(data: bytes | None) -> list[Record]:
    if not data:
        return []
    try:
        raw = json.loads(data)
        return [Record(**entry) for entry in raw["episodes"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise PublishError(
            f"the episode catalogue {CATALOGUE} is unreadable ({exc})",
            "restore it from your last publish (nothing was changed)",
        ) from None


def dump_catalogue(records: list[Record]) -> bytes:
    payload = {"version": 1, "episodes": [asdict(r) for r in sorted(records, key=lambda r: r.number)]}
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode()


def upsert(records: list[Record], record: Record) -> tuple[list[Record], Record]:
    """Add ``record`` or replace the one with its guid, keeping number and first publication."""
    for existing in records:
        if existing.guid == record.guid:
            kept = Record(**{**asdict(record), "number": existing.number, "published": existing.published})
            return [kept if r.guid == record.guid else r for r in records], kept
    number = max((r.number for r in records), default=0) + 1
    added = Record(**{**asdict(record), "number": number})
    return [*records, added], added
