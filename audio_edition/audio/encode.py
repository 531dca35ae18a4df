"""Mix -> MP3 bytes through ffmpeg (ffmpeg-python): 44.1 kHz CBR, loudness-normalised, ID3v2.3.

ffmpeg writes into a private temporary folder (so the MP3 gets its Xing/LAME header with
an exact frame count, which needs a seekable file); the caller receives bytes and the
publish writer is the only one to put them anywhere a listener can see.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import AudioError
from ..model import Mix
from .ffmpeg import ffmpeg_exe

TARGET_LUFS = -16.0
TRUE_PEAK = -1.5


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str = ""
    track: str = ""
    genre: str = "Podcast"
    comment: str = ""

    def metadata(self) -> dict[str, str]:
        pairs = {k: v for k, v in vars(self).items() if v}
        return {f"metadata:g:{i}": f"{k}={v}" for i, (k, v) in enumerate(pairs.items())}


def encode_mp3(mix: Mix, tags: Tags, bitrate: str = "96k", channels: int = 1) -> bytes:
    import ffmpeg

    segment = mix.audio
    pcm: bytes = segment.raw_data
    with tempfile.TemporaryDirectory(prefix="audio-edition-") as tmp:
        out = Path(tmp) / "episode.mp3"
        stream = (
            ffmpeg.input("pipe:", format="s16le", ac=segment.channels, ar=segment.frame_rate)
            .filter("loudnorm", I=TARGET_LUFS, TP=TRUE_PEAK, LRA=11)
            .filter("aresample", 44100)
            .output(
                str(out),
                format="mp3",
                acodec="libmp3lame",
                audio_bitrate=bitrate,
                ac=channels,
                ar=44100,
                id3v2_version=3,
                write_xing=1,
                **tags.metadata(),
            )
            .overwrite_output()
        )
        try:
            stream.run(cmd=ffmpeg_exe(), input=pcm, capture_stdout=True, capture_stderr=True)
        except ffmpeg.Error as exc:
            raise AudioError(f"ffmpeg could not encode the MP3: {_last_line(exc.stderr)}") from exc
        return out.read_bytes()


def mp3_duration(data: bytes) -> float:
    """Duration of an MP3 in seconds, read from its frames (what podcast apps will show)."""
    from mutagen.mp3 import MP3, HeaderNotFoundError

    try:
        return float(MP3(io.BytesIO(data)).info.length)
    except HeaderNotFoundError as exc:
        raise AudioError(f"the encoded MP3 is unreadable ({exc})") from exc


def _last_line(stderr: bytes | None) -> str:
    lines = [line for line in (stderr or b"").decode(errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
