"""gPodder's own client, `gpo` (Debian's gpodder), subscribes to the feed that `audio-edition
serve` serves on localhost, downloads the episode, and sees a re-render as the same episode."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from audio_edition.config import Show
from audio_edition.publish import publish
from episodes import Served, free_port, make_episode


def _gpo(home: Path, *args: str) -> str:
    env = {**os.environ, "GPODDER_HOME": str(home / "gpodder"), "GPODDER_DOWNLOAD_DIR": str(home / "downloads")}
    done = subprocess.run(["gpo", *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, f"gpo {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _episodes(home: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(home / "gpodder" / "Database") as db:
        db.row_factory = sqlite3.Row
        return list(db.execute("SELECT guid, title, url, file_size, total_time, chapters, state FROM episode"))


@pytest.mark.slow
def test_gpo_subscribes_downloads_and_sees_a_rerender_as_the_same_episode(show: Show, tmp_path: Path) -> None:
    assert shutil.which("gpo"), "gPodder's gpo is missing: run bash scripts/setup-test-tools.sh (make test does)"
    port = free_port()
    local = dataclasses.replace(show, base_url=f"http://127.0.0.1:{port}/podcast")
    root = tmp_path / "site"
    folder = root / "podcast"
    record = publish(make_episode(7, "Des robots au potager", 60.0), local, folder).record
    with Served(root, port):
        out = _gpo(tmp_path, "subscribe", local.feed_url)
        assert f"Successfully added {local.feed_url}" in out
        assert "1 episodes downloaded" in _gpo(tmp_path, "download")
        (episode,) = _episodes(tmp_path)
        assert episode["guid"] == record.guid and episode["title"] == "Des robots au potager"
        assert episode["file_size"] == record.length and episode["total_time"] == 60
        assert [(c["start"], c["title"]) for c in json.loads(episode["chapters"])] == [
            (0, "Introduction"), (21, "Éditorial : la récolte automatisée"), (38, "Les champs connectés")]  # fmt: skip
        (downloaded,) = (tmp_path / "downloads").rglob("*.mp3")
        assert downloaded.read_bytes() == (folder / record.audio).read_bytes()

        fixed = publish(make_episode(7, "Des robots au potager (corrigé)", 50.0, pitch=523), local, folder).record
        _gpo(tmp_path, "update")
        (episode,) = _episodes(tmp_path)  # the same episode, updated: no duplicate in the app
        assert episode["guid"] == record.guid and episode["title"] == "Des robots au potager (corrigé)"
        assert episode["url"] == f"{local.base_url}/{fixed.audio}"  # (gPodder keeps a downloaded one's duration)
