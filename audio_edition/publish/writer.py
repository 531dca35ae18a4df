"""The output writer: the only code that puts files where listeners can see them.

Every file is written to a temporary name in the same folder, flushed to disk, then
renamed over the old one, so a crash at any moment leaves the previous feed and every
earlier episode intact. The folder is locked for the whole publish: two publishes at
once run one after the other. The MP3 goes first and the feed last, so the feed never
points at a file that is not there yet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Show
from ..errors import PublishError
from ..model import Episode
from .catalogue import CATALOGUE, Record, dump_catalogue, episode_guid, parse_catalogue, upsert
from .cover import default_cover
from .feed import build_feed

LOCK = ".publish.lock"


@dataclass(frozen=True)
class Published:
    record: Record
    audio: Path
    feed: Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def publish(episode: Episode, show: Show, folder: Path) -> Published:
    """Add or replace ``episode`` in the catalogue of ``folder`` and regenerate the feed."""
    try:
        with locked(folder):
            return _publish(episode, show, folder)
    except OSError as exc:
        raise PublishError(f"could not write to {folder}: {exc.strerror or exc}", "check the folder and free space") from exc


def _publish(episode: Episode, show: Show, folder: Path) -> Published:
    catalogue_path = folder / CATALOGUE
    records = parse_catalogue(catalogue_path.read_bytes() if catalogue_path.is_file() else None)
    audio_name = f"{episode.slug}.mp3"
    record = Record(
        guid=episode_guid(show.base_url, episode.slug),
        slug=episode.slug,
        number=0,
        title=episode.title,
        date=episode.date.isoformat() if episode.date else None,
        published=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        description=episode.description,
        audio=audio_name,
        length=len(episode.mp3),
        duration=round(episode.duration, 3),
        headlines=list(episode.headlines),
        chapters=[{"start": round(c.start, 3), "title": c.title} for c in episode.chapters],
        files={kind: f"{episode.slug}.{kind}" for kind in episode.attachments},
    )
    records, record = upsert(records, record)
    cover_name = "cover.png"
    if show.cover is not None:
        cover_name = "cover" + show.cover.suffix.lower()
        write_atomic(folder / cover_name, show.cover.read_bytes())
    elif not (folder / cover_name).is_file():
        write_atomic(folder / cover_name, default_cover())
    write_atomic(folder / audio_name, episode.mp3)
    for kind, data in episode.attachments.items():
        write_atomic(folder / record.files[kind], data)
    write_atomic(catalogue_path, dump_catalogue(records))
    feed = build_feed(show, records, f"{show.base_url.rstrip('/')}/{cover_name}")
    write_atomic(folder / "feed.xml", feed)
    return Published(record, folder / audio_name, folder / "feed.xml")


def episode_number(show: Show, folder: Path, slug: str) -> int:
    """The number the episode ``slug`` has, or will get when published into ``folder``."""
    path = folder / CATALOGUE
    records = parse_catalogue(path.read_bytes() if path.is_file() else None)
    guid = episode_guid(show.base_url, slug)
    for record in records:
        if record.guid == guid:
            return record.number
    return max((r.number for r in records), default=0) + 1
