"""Never lose or corrupt: a crash or a kill at any moment leaves the previous feed and every
earlier episode intact; two publishes at once run one after the other."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from mutagen.id3 import ID3

from audio_edition.config import Show
from audio_edition.errors import InputError
from audio_edition.pipeline import Cast, render_issue
from audio_edition.publish import publish, remove_episode
from audio_edition.publish.catalogue import CATALOGUE, read_catalogue
from audio_edition.publish.feed import PODCAST_NS
from audio_edition.publish.writer import LOCK
from episodes import make_episode, tone_mp3

WORKER = Path(__file__).parent / "publish_worker.py"
OPERATIONS: dict[str, Callable[[Show, Path], object]] = {
    "rerender": lambda show, folder: publish(make_episode(7, "Des robots au potager (corrigé)", 50.0, 523), show, folder),
    "add": lambda show, folder: publish(make_episode(21, "Épisode du 21 novembre", 51.0, 510), show, folder),
    "remove": lambda show, folder: remove_episode("2", show, folder),
}


class Crash(BaseException):
    """The process dies here: nothing after this point runs (not even `except Exception`)."""


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory, show: Show) -> Path:
    """A folder with two published episodes, both with transcripts and chapters."""
    folder = tmp_path_factory.mktemp("before")
    publish(make_episode(7, "Des robots au potager", 60.0), show, folder)
    publish(make_episode(14, "Les drones se posent", 45.0, pitch=660), show, folder)
    return folder


def _copy(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to)
    return to


def feed_shape(folder: Path) -> list[tuple[str, str, int]]:
    """What a podcast app sees: each item's guid, enclosure URL and announced length."""
    rss = etree.fromstring((folder / "feed.xml").read_bytes())
    return [
        (i.findtext("guid"), i.find("enclosure").get("url"), int(i.find("enclosure").get("length")))
        for i in rss.findall("channel/item")
    ]


def assert_intact(folder: Path, shapes: list[list[tuple[str, str, int]]], untouched: dict[str, bytes]) -> None:
    """The live feed is the old or the new one, and everything it points at is complete."""
    rss = etree.fromstring((folder / "feed.xml").read_bytes())
    assert feed_shape(folder) in shapes
    for item in rss.findall("channel/item"):
        enclosure = item.find("enclosure")
        audio = folder / enclosure.get("url").rsplit("/", 1)[-1]
        assert audio.stat().st_size == int(enclosure.get("length")), audio.name
        urls = [e.get("url") for e in item.iter(f"{{{PODCAST_NS}}}transcript", f"{{{PODCAST_NS}}}chapters")]
        for url in [*urls, item.findtext("link")]:
            assert (folder / url.rsplit("/", 1)[-1]).is_file(), url
    cover = rss.xpath("channel/image/url/text()")[0].rsplit("/", 1)[-1]
    assert (folder / cover).is_file()
    catalogue = read_catalogue((folder / CATALOGUE).read_bytes())  # parses, no duplicates
    for record in catalogue.records:
        assert (folder / record.audio).stat().st_size == record.length
        assert all((folder / name).is_file() for name in record.files.values())
    for name, data in untouched.items():
        assert (folder / name).read_bytes() == data, f"{name} was changed"


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name != LOCK}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_a_crash_at_every_step_leaves_the_previous_feed_intact(
    operation: str, before: Path, show: Show, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = OPERATIONS[operation]
    tone_mp3(50.0, 523), tone_mp3(51.0, 510)  # encoded now, not while renames are being counted
    old_shape = feed_shape(before)
    untouched = {n: (before / n).read_bytes() for n in ("octet-2026-11-14.mp3", "octet-2026-11-07.mp3")}
    if operation == "rerender":
        del untouched["octet-2026-11-07.mp3"]  # replaced, but only after the new feed is live
    if operation == "remove":
        del untouched["octet-2026-11-14.mp3"]

    # A clean run: the new state, and how many renames and deletions it takes.
    steps = 0
    real_replace, real_unlink = os.replace, os.unlink

    def counting(real: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object, **kwargs: object) -> None:
            nonlocal steps
            steps += 1
            real(*args, **kwargs)

        return call

    clean = _copy(before, tmp_path / "clean")
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", counting(real_replace))
        patch.setattr(os, "unlink", counting(real_unlink))
        run(show, clean)
    new_shape, new_files = feed_shape(clean), _files(clean)
    assert new_shape != old_shape and steps > 8

    for crash_at in range(steps):
        folder = _copy(before, tmp_path / f"crash-{crash_at}")
        calls = 0

        def faulty(real: Callable[..., None]) -> Callable[..., None]:
            def call(*args: object, **kwargs: object) -> None:
                nonlocal calls
                calls += 1
                if calls == crash_at + 1:
                    raise Crash(f"killed before step {crash_at}")
                real(*args, **kwargs)

            return call

        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", faulty(real_replace))
            patch.setattr(os, "unlink", faulty(real_unlink))
            with pytest.raises(Crash):
                run(show, folder)
        assert_intact(folder, [old_shape, new_shape], untouched)
        # Running the same operation again finishes the job, leaving nothing behind.
        try:
            run(show, folder)
        except InputError as error:  # removing it again: "no episode '2'", once the feed is fixed
            assert operation == "remove" and "no episode '2'" in str(error)
        assert feed_shape(folder) == new_shape, crash_at
        assert _files(folder) == new_files, crash_at


def _worker(folder: Path, operation: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(folder), operation, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_ready(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "ready", f"worker failed: {line}{process.stderr.read() if process.stderr else ''}"


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["rerender", "add:21"])
def test_a_killed_publish_leaves_the_previous_feed_intact(
    operation: str, before: Path, show: Show, tmp_path: Path
) -> None:
    """SIGKILL a real publish process at moments spread over its run (fsync slowed down)."""
    old_shape = feed_shape(before)
    untouched = {"octet-2026-11-14.mp3": (before / "octet-2026-11-14.mp3").read_bytes()}
    clean = _copy(before, tmp_path / "clean")
    worker = _worker(clean, operation, "--slow", "0.04")
    _wait_ready(worker)
    started = time.monotonic()
    assert worker.wait(timeout=120) == 0, worker.stderr.read() if worker.stderr else ""
    duration = time.monotonic() - started
    new_shape, new_files = feed_shape(clean), _files(clean)

    outcomes = set()
    for index, fraction in enumerate((0.08, 0.25, 0.4, 0.55, 0.7, 0.85, 0.97)):
        folder = _copy(before, tmp_path / f"killed-{index}")
        worker = _worker(folder, operation, "--slow", "0.04")
        _wait_ready(worker)
        time.sleep(duration * fraction)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        assert_intact(folder, [old_shape, new_shape], untouched)
        outcomes.add("old feed" if feed_shape(folder) == old_shape else "new feed")
        run = _worker(folder, operation)
        _wait_ready(run)
        assert run.wait(timeout=120) == 0
        assert feed_shape(folder) == new_shape and _files(folder) == new_files
    assert outcomes == {"old feed", "new feed"}  # the kills landed both before and after the switch


@pytest.mark.slow
def test_two_publishes_at_once_are_serialised(before: Path, tmp_path: Path) -> None:
    folder = _copy(before, tmp_path / "shared")
    go = tmp_path / "go"
    workers = [_worker(folder, f"add:{day}", "--slow", "0.02", "--go", str(go)) for day in (21, 28)]
    for worker in workers:
        _wait_ready(worker)
    go.touch()
    spans = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        times = dict(line.split() for line in out.splitlines() if line.startswith(("locked", "unlocked")))
        spans.append((float(times["locked"]), float(times["unlocked"])))
    (a_start, a_end), (b_start, b_end) = sorted(spans)
    assert a_end <= b_start, f"the publishes overlapped: {spans}"
    catalogue = read_catalogue((folder / CATALOGUE).read_bytes())
    assert sorted(r.number for r in catalogue.records) == [1, 2, 3, 4]  # no lost update
    assert {r.slug for r in catalogue.records} >= {"octet-2026-11-21", "octet-2026-11-28"}
    assert len(feed_shape(folder)) == 4
    assert_intact(folder, [feed_shape(folder)], {})


def test_a_publish_during_a_render_waits_so_the_tagged_track_number_is_the_published_one(
    tmp_path: Path, show: Show, fake_cast: Cast, fake_engines: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The render tags its episode number inside the MP3 before publishing it: another
    publish into the folder meanwhile must wait, or it takes that number first."""
    from audio_edition import audio

    folder = tmp_path / "feed"
    other = make_episode(21, "Épisode du 21 novembre", 20.0)  # built (ffmpeg) before the race starts
    encoding, finished = threading.Event(), threading.Event()
    real_encode = audio.encode_episode

    def slow_encode(*args: object, **kwargs: object) -> object:
        encoding.set()
        assert not finished.wait(1.0), "a publish went through while the render held its number"
        return real_encode(*args, **kwargs)

    def publish_other() -> None:
        encoding.wait(60)
        publish(other, show, folder)
        finished.set()

    monkeypatch.setattr(audio, "encode_episode", slow_encode)
    thread = threading.Thread(target=publish_other)
    thread.start()
    issue = Path(__file__).parent / "data" / "mini-issue.txt"
    result = render_issue(issue.read_bytes(), str(issue), show, fake_cast, folder, progress=False, engines=fake_engines)
    thread.join(60)
    assert finished.is_set()
    assert ID3(result.published.audio)["TRCK"].text == [str(result.published.record.number)] == ["1"]
    catalogue = read_catalogue((folder / CATALOGUE).read_bytes())
    assert {r.slug: r.number for r in catalogue.records} == {"octet-2026-11-07": 1, "octet-2026-11-21": 2}
