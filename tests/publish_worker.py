"""One publish in its own process, for the crash and concurrency tests (tests/test_safety.py).

Usage: python publish_worker.py FOLDER OPERATION [--slow SECONDS] [--go FILE]
  OPERATION  rerender  (episode of 7 November again, with different audio)
             add:DAY   (a new episode dated DAY November 2026)
             remove:KEY
  --slow     sleep this long before each fsync, to stretch the publish over time
  --go FILE  wait until FILE exists before publishing (to start two workers at once)
Prints "ready" once its inputs are built, "locked T" / "unlocked T" around the folder's
lock (time.monotonic, shared by processes on one machine), then "done".
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from episodes import make_episode  # noqa: E402

from audio_edition.config import load_show  # noqa: E402
from audio_edition.publish import publish, remove_episode, writer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("operation")
    parser.add_argument("--slow", type=float, default=0.0)
    parser.add_argument("--go", type=Path)
    args = parser.parse_args()

    show = load_show()
    episode = None
    if args.operation == "rerender":
        episode = make_episode(7, "Des robots au potager (corrigé)", 50.0, pitch=523)
    elif args.operation.startswith("add:"):
        day = int(args.operation.split(":", 1)[1])
        episode = make_episode(day, f"Épisode du {day} novembre", 30.0 + day, pitch=300 + 10 * day)

    if args.slow:
        real_fsync = os.fsync

        def slow_fsync(fd: int) -> None:
            time.sleep(args.slow)
            real_fsync(fd)

        os.fsync = slow_fsync  # type: ignore[assignment]

    real_locked = writer.locked

    @contextlib.contextmanager
    def reporting_lock(folder: Path) -> Iterator[None]:
        with real_locked(folder):
            print(f"locked {time.monotonic():.6f}", flush=True)
            try:
                yield
            finally:
                print(f"unlocked {time.monotonic():.6f}", flush=True)

    writer.locked = reporting_lock  # type: ignore[assignment]
    print("ready", flush=True)
    while args.go is not None and not args.go.exists():
        time.sleep(0.005)
    if episode is not None:
        publish(episode, show, args.folder)
    else:
        remove_episode(args.operation.split(":", 1)[1], show, args.folder)
    print("done", flush=True)


if __name__ == "__main__":
    main()
