"""The one atomic writer: old file or new file, never half, and no temporary left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audio_edition.files import write_atomic


@pytest.mark.parametrize("durable", [True, False])
def test_replaces_the_file_and_leaves_nothing_else(tmp_path: Path, durable: bool) -> None:
    target = tmp_path / "deep" / "feed.xml"
    write_atomic(target, b"old", durable=durable)
    write_atomic(target, memoryview(b"new"), durable=durable)
    assert target.read_bytes() == b"new"
    assert os.stat(target).st_mode & 0o777 == 0o644  # readable by the web server
    assert [p.name for p in target.parent.iterdir()] == ["feed.xml"]


def test_a_failed_write_keeps_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "episode.mp3"
    target.write_bytes(b"published")

    def no_rename(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"half")
    assert target.read_bytes() == b"published"
    assert [p.name for p in tmp_path.iterdir()] == ["episode.mp3"]
