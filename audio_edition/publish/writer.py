"""The output writer: the only code that puts files where listeners can see them.

Every file is written to a temporary name in the same folder, flushed to disk, then
renamed over the old one (and the folder synced), so a crash at any moment leaves the
previous feed and every earlier episode intact. The folder is locked for the whole
publish (fcntl): two publishes, or a publish and a removal, run one after the other; a
render holds it from numbering its episode (the ID3 track tag) to publishing it.

The order is the invariant: new episode files (under names nothing references yet) ->
cover -> catalogue -> pages -> feed -> deletion of files nothing references any more ->
catalogue again with an empty trash. Until the feed is renamed into place, the live feed
and every file it points at are untouched; after, everything it points at exists. A crash
part-way leaves at worst unreferenced files, which the next publish deletes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..config import Show
from ..errors import PublishError
from ..files import write_atomic
from ..model import Episode
from ..slug import slugify
from .catalogue import (
    CATALOGUE,
    Catalogue,
    Record,
    dump_catalogue,
    episode_guid,
    existing,
    read_catalogue,
    remove,
    stem_for,
    upsert,
)
from .cover import cover_bytes, cover_name
from .feed import build_feed
from .pages import assets, episode_page, index_page

LOCK = ".publish.lock"
FEED = "feed.xml"
INDEX = "index.html"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KIND = re.compile(r"^[a-z0-9][a-z0-9.]*$")
_HELD = threading.local()  # the folders this thread holds the lock of (the lock is re-entrant)


@dataclass(frozen=True)
class Published:
    record: Record
    audio: Path
    feed: Path


def _write_if_changed(path: Path, data: bytes) -> None:
    if not (path.is_file() and path.read_bytes() == data):
        write_atomic(path, data)


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the publish folder's lock; a second holder waits (the lock dies with its process).

    Holding it, temporary files that a killed publish left behind are swept away: only a
    lock holder writes into the folder, so none of them can be in use. A thread that already
    holds it goes straight in (a render holds it from numbering the episode to publishing it)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = folder.resolve()
    held: set[Path] = _HELD.__dict__.setdefault("folders", set())
    if key in held:
        yield
        return
    with (folder / LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        held.add(key)
        try:
            for stale in folder.glob(".*.tmp"):
                stale.unlink(missing_ok=True)
            yield
        finally:
            held.discard(key)
            fcntl.flock(handle, fcntl.LOCK_UN)


def load_catalogue(folder: Path) -> Catalogue:
    path = folder / CATALOGUE
    return read_catalogue(path.read_bytes() if path.is_file() else None)


def _os_error(folder: Path, exc: OSError) -> PublishError:
    return PublishError(
        f"could not write to {folder}: {exc.strerror or exc}",
        "check the folder's permissions and free space (the previous feed is intact)",
    )


def publish(episode: Episode, show: Show, folder: Path) -> Published:
    """Add or replace ``episode`` in the catalogue of ``folder``; regenerate feed and pages."""
    try:
        with locked(folder):
            record = _write_episode(episode, show, folder, load_catalogue(folder))
            return Published(record, folder / record.audio, folder / FEED)
    except OSError as exc:
        raise _os_error(folder, exc) from exc


def remove_episode(key: str, show: Show, folder: Path) -> Record:
    """Take episode ``key`` (number, slug or guid) out of the feed and delete its files."""
    try:
        with locked(folder):
            catalogue = load_catalogue(folder)
            if catalogue.find(key) is None and (catalogue.trash or catalogue.incoming):
                _commit(show, folder, catalogue)  # finish an interrupted removal before saying so
            catalogue, record = remove(catalogue, key)
            _commit(show, folder, catalogue)
            return record
    except OSError as exc:
        raise _os_error(folder, exc) from exc


def rebuild(show: Show, folder: Path) -> Catalogue:
    """Regenerate cover, pages and feed from the catalogue (after editing the show settings)."""
    try:
        with locked(folder):
            return _commit(show, folder, load_catalogue(folder))
    except OSError as exc:
        raise _os_error(folder, exc) from exc


def _same_files(folder: Path, record: Record, episode: Episode) -> bool:
    wanted = {record.audio: episode.mp3, **{record.files.get(k, ""): v for k, v in episode.attachments.items()}}
    if set(record.files) != set(episode.attachments):
        return False
    return all((folder / name).is_file() and (folder / name).read_bytes() == data for name, data in wanted.items())


def _write_episode(episode: Episode, show: Show, folder: Path, catalogue: Catalogue) -> Record:
    slug = episode.slug if _SLUG.match(episode.slug) else slugify(episode.slug)
    for kind in episode.attachments:
        if not _KIND.match(kind) or kind == "mp3":
            raise PublishError(f"attachment kind {kind!r} cannot name a file", "use ASCII like 'vtt' or 'chapters.json'")
    guid = episode_guid(show.base_url, slug)
    old = existing(catalogue, guid, slug)
    revision = 1
    if old is not None:
        revision = old.revision if _same_files(folder, old, episode) else old.revision + 1
    while any(n in catalogue.trash for n in (f"{stem_for(slug, revision)}.{k}" for k in ("mp3", *episode.attachments))):
        revision += 1  # a file waiting for deletion may still be in the live feed: never reuse its name
    stem = stem_for(slug, revision)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    record = Record(
        guid=guid,
        slug=slug,
        number=0,
        title=episode.title,
        date=episode.date.isoformat() if episode.date else None,
        published=now,
        description=episode.description,
        audio=f"{stem}.mp3",
        length=len(episode.mp3),
        duration=round(episode.duration, 3),
        headlines=list(episode.headlines),
        chapters=[
            {"start": round(c.start, 3), "title": c.title, **({"url": c.url} if c.url else {})} for c in episode.chapters
        ],
        files={kind: f"{stem}.{kind}" for kind in episode.attachments},
        revision=revision,
        updated=now,
    )
    # Journal first: the new names are listed as incoming, so a crash while writing them
    # leaves nothing behind (the next publish deletes them unless it references them). Then the files, under names the live feed does not use.
    incoming = tuple(n for n in (record.audio, *record.files.values()) if n not in catalogue.referenced())
    if incoming:
        catalogue = replace(catalogue, incoming=(*catalogue.incoming, *incoming))
        write_atomic(folder / CATALOGUE, dump_catalogue(catalogue))
    _write_if_changed(folder / record.audio, episode.mp3)
    for kind, data in episode.attachments.items():
        _write_if_changed(folder / record.files[kind], data)
    catalogue, record = upsert(catalogue, record)
    _commit(show, folder, catalogue)
    return record


def _commit(show: Show, folder: Path, catalogue: Catalogue) -> Catalogue:
    """Cover, catalogue, pages, then the feed; then delete what nothing references."""
    cover = cover_name(show)
    if not (folder / cover).is_file():
        write_atomic(folder / cover, cover_bytes(show))
    if catalogue.cover != cover:
        trash = (*catalogue.trash, catalogue.cover) if catalogue.cover else catalogue.trash
        catalogue = replace(catalogue, cover=cover, trash=trash)
    write_atomic(folder / CATALOGUE, dump_catalogue(catalogue))
    for name, data in assets(show).items():
        _write_if_changed(folder / name, data)
    for record in catalogue.records:
        vtt = folder / record.files["vtt"] if "vtt" in record.files else None
        transcript = vtt.read_text(encoding="utf-8", errors="replace") if vtt and vtt.is_file() else None
        _write_if_changed(folder / record.page, episode_page(show, catalogue, record, transcript))
    _write_if_changed(folder / INDEX, index_page(show, catalogue))
    write_atomic(folder / FEED, build_feed(show, catalogue))
    return _empty_trash(folder, catalogue)


def _empty_trash(folder: Path, catalogue: Catalogue) -> Catalogue:
    if not (catalogue.trash or catalogue.incoming):
        return catalogue
    keep = catalogue.referenced()
    left = []
    for name in sorted({*catalogue.trash, *catalogue.incoming}):
        if name in keep or Path(name).name != name or name.startswith("."):
            continue  # referenced (again), or not a plain file name of ours
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError:
            left.append(name)
    catalogue = replace(catalogue, trash=tuple(left), incoming=())
    write_atomic(folder / CATALOGUE, dump_catalogue(catalogue))
    return catalogue


@contextlib.contextmanager
def numbered(show: Show, folder: Path, slug: str) -> Iterator[int]:
    """Hold ``folder``'s lock from numbering the episode ``slug`` to publishing it: the number
    the episode will have (its own if already published), which the render tags inside the
    audio; a concurrent publish waits, so the catalogue gives the episode that same number."""
    stack = contextlib.ExitStack()
    try:
        stack.enter_context(locked(folder))
        catalogue = load_catalogue(folder)
    except OSError as exc:
        stack.close()
        raise _os_error(folder, exc) from exc
    with stack:
        record = existing(catalogue, episode_guid(show.base_url, slug), slug)
        yield record.number if record is not None else catalogue.next_number()
