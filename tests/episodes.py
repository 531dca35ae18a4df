"""Episodes to publish in the publishing tests, without synthesis: a real MP3 (a tone
encoded by the real ffmpeg), and transcripts and chapters written by us in the formats
the production stage writes (WebVTT, SRT, Podcasting 2.0 JSON chapters)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import subprocess
import tempfile
from pathlib import Path

from audio_edition.audio.ffmpeg import ffmpeg_exe
from audio_edition.model import Chapter, Episode

CUES = (
    (0.0, 9.5, "Camille", "Bonjour et bienvenue dans l'édition audio de la lettre Octet."),
    (9.5, 21.0, "Camille", "Au sommaire : des robots au potager, et des drones qui se posent seuls."),
    (21.0, 38.0, "Nicolas", "Les maraîchers essaient des machines qui désherbent sans produits chimiques."),
    (38.0, 55.0, "Nicolas", "Trois coopératives posent des capteurs dans leurs parcelles."),
)
CHAPTERS = (Chapter(0.0, "Introduction"), Chapter(21.0, "Éditorial : la récolte automatisée"),
            Chapter(38.0, "Les champs connectés", "https://octet.example/champs"))  # fmt: skip


@functools.cache
def tone_mp3(seconds: float, pitch: int = 440) -> bytes:
    """A mono 44.1 kHz CBR MP3 of ``seconds``, from the real ffmpeg."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "tone.mp3"
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", f"sine=frequency={pitch}:duration={seconds}",
             "-ac", "1", "-ar", "44100", "-b:a", "32k", "-write_xing", "1", str(out)],
            check=True,
        )  # fmt: skip
        return out.read_bytes()


def _stamp(seconds: float, comma: bool = False) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"
    return text.replace(".", ",") if comma else text


def attachments(chapters: tuple[Chapter, ...] = CHAPTERS) -> dict[str, bytes]:
    vtt = "WEBVTT\n\n" + "\n".join(
        f"{i}\n{_stamp(a)} --> {_stamp(b)}\n<v {who}>{text}\n" for i, (a, b, who, text) in enumerate(CUES, 1)
    )
    srt = "\n".join(
        f"{i}\n{_stamp(a, True)} --> {_stamp(b, True)}\n{text}\n" for i, (a, b, _, text) in enumerate(CUES, 1)
    )
    chapters_json = {
        "version": "1.2.0",
        "chapters": [{"startTime": c.start, "title": c.title, **({"url": c.url} if c.url else {})} for c in chapters],
    }
    return {
        "vtt": vtt.encode(),
        "srt": srt.encode(),
        "chapters.json": json.dumps(chapters_json, ensure_ascii=False).encode(),
    }


def make_episode(
    day: int = 7, title: str = "Des robots au potager", seconds: float = 60.0, pitch: int = 440, files: bool = True
) -> Episode:
    date = dt.date(2026, 11, day)
    return Episode(
        slug=f"octet-{date.isoformat()}",
        title=title,
        date=date,
        mp3=tone_mp3(seconds, pitch),
        duration=seconds,
        description="Au sommaire : des robots au potager.",
        chapters=CHAPTERS,
        headlines=("Des robots au potager", "Les drones se posent"),
        attachments=attachments() if files else {},
    )


NODE_DIR = Path(__file__).parent / "node"


def run_node(script: str, *args: str, timeout: float = 120) -> str:
    """Run one of tests/node/*.cjs with the npm test tools; fail with the fix when missing."""
    import shutil

    if shutil.which("node") is None:
        raise AssertionError("node is not installed: apt-get install nodejs npm, then make test")
    if not (NODE_DIR / "node_modules" / ".installed").is_file():
        raise AssertionError("the npm test tools are missing: run bash scripts/setup-test-tools.sh (make test does)")
    done = subprocess.run(
        ["node", str(NODE_DIR / script), *args], capture_output=True, text=True, timeout=timeout, cwd=NODE_DIR
    )
    assert done.returncode == 0, f"node {script} failed:\n{done.stderr}"
    return done.stdout


class Served:
    """``audio-edition serve FOLDER --port 0`` in a subprocess: the real command, stopped on exit."""

    def __init__(self, folder: Path, port: int = 0) -> None:
        self.folder = folder
        self.port = port
        self.url = ""

    def __enter__(self) -> Served:
        import re
        import sys

        self.process = subprocess.Popen(
            [sys.executable, "-m", "audio_edition", "serve", str(self.folder), "--port", str(self.port), "--quiet"],
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        match = re.search(r"at (http://[\d.]+:\d+/)", line)
        assert match, f"serve did not start: {line}{self.process.stderr.read() if self.process.poll() is not None else ''}"
        self.url = match.group(1)
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stderr:
            self.process.stderr.close()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
