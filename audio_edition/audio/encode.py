"""Mix -> the published audio files, each at -16 LUFS and under -1 dBTP *as encoded*.

Loudness is set by measuring, not by hoping. ffmpeg's one-pass ``loudnorm`` is an AGC (it
rides the gain through the episode) and even its two-pass linear mode lands up to ~0.8 LU
off once the codec has had its say. So each file is made like this:

1. the mix is measured (ebur128) and a plain gain takes it to the target;
2. a look-ahead peak limiter (``alimiter``, delay-compensated so chapters and cues keep
   their times) holds the rare peaks under a ceiling with room for the codec's overshoot;
3. the file is encoded and measured (integrated loudness and 4x-oversampled true peak) as
   it is written, by a second ffmpeg decoding it on the other core (``write_measuring``);
   if it is more than 0.5 LU off, or its true peak is above -1.3 dBTP, the gain
   or the ceiling is corrected by exactly the error and the file encoded again. The first
   guess starts from what this codec did on the show's last render (``calibration``: its
   loudness loss, and its largest recent overshoot of the ceiling), or from fixed figures
   (LAME at 96 kbps: 0.5 LU), so one pass is usual, two on a first render; four at most,
   else an AudioError with the figures.

The MP3 is 44.1 kHz CBR (mono 96 kbps, or stereo 128 kbps), ID3v2.3: title, artist,
album, date, track, genre, language, comment (the show notes), the cover (<= 800x800)
and CHAP + CTOC chapter frames in time order. ffmpeg writes all of them from an
FFMETADATA file except the comment: ffmpeg can only write it as TXXX, so the COMM frame is
placed into the padding ffmpeg leaves at the end of the tag — the tag keeps its size and
its frame order (re-saving with mutagen would re-order the CHAP frames, mutagen#506).

Also on request: AAC in M4A and Opus in Ogg, with the same tags and chapters.
"""

from __future__ import annotations

import io
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import AudioError
from ..model import Chapter, Mix
from .calibration import recall, remember
from .chapters import ffmetadata
from .ffmpeg import run_ffmpeg
from .loudness import MAX_TRUE_PEAK, TARGET_LUFS, Loudness, measure_file, measure_pcm, write_measuring

AIM_LU = 0.5  # re-encode when further than this from the target (the promise is ±1 LU)
AIM_TRUE_PEAK = -1.3  # dBTP: a margin under the -1 dBTP limit for other decoders
FIRST_CEILING = -2.8  # dBFS, the limiter's first ceiling with nothing learned yet (``calibration``)
OVERSHOOT_MARGIN = 0.2  # dB under the learned ceiling: the next programme overshoots a little differently
MAX_PASSES = 4
COMMENT_ROOM = 512  # spare bytes of ID3 padding after the COMM frame


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str = ""
    track: str = ""
    genre: str = "Podcast"
    comment: str = ""
    language: str = "fra"

    def fields(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass(frozen=True)
class Format:
    kind: str  # the file's extension, also its attachment kind
    codec: list[str]
    bitrate: dict[int, str]  # by channel count
    cover: bool  # whether ffmpeg embeds the picture as a stream (Ogg: a comment, see below)
    loss: float  # LU the codec typically takes off (measured on our episodes): the first guess
    overshoot: float = 0.0  # dB its peaks rise above the mp3's (Opus at 48 kbps: ~1.5 dB more)
    demuxer: str = ""  # how to read it while it is written; "" when it is not written front to back


FORMATS: dict[str, Format] = {
    "mp3": Format("mp3", ["-c:a", "libmp3lame", "-ar", "44100", "-id3v2_version", "3", "-write_xing", "1", "-f", "mp3"],
                  {1: "96k", 2: "128k"}, cover=True, loss=0.5, demuxer="mp3"),
    "m4a": Format("m4a", ["-c:a", "aac", "-ar", "44100", "-movflags", "+faststart", "-f", "ipod"],
                  {1: "96k", 2: "128k"}, cover=True, loss=0.1),
    "opus": Format("opus", ["-c:a", "libopus", "-vbr", "on", "-application", "audio", "-f", "opus"],
                   {1: "48k", 2: "64k"}, cover=False, loss=0.2, overshoot=1.4, demuxer="ogg"),
}  # fmt: skip
EXTRA_FORMATS = ("m4a", "opus")


@dataclass(frozen=True)
class Encoded:
    kind: str
    data: bytes
    loudness: Loudness  # measured on this very file
    passes: int


@dataclass
class _Gain:
    gain: float  # dB
    ceiling: float  # dBFS


def _filters(setting: _Gain, kind: str) -> str:
    limit = 10 ** (setting.ceiling / 20)
    chain = (
        f"volume={setting.gain:.3f}dB,"
        f"alimiter=limit={limit:.5f}:attack=5:release=80:level=0:latency=1"
    )
    if kind == "opus":  # Opus runs at 48 kHz: resample well, after the limiter
        chain += ",aresample=48000:resampler=soxr:precision=28"
    return chain


def ogg_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _encode_once(fmt: Format, pcm: Path, meta: Path, cover: Path | None, channels: int, setting: _Gain,
                 comment: str, out: Path) -> Loudness:  # fmt: skip
    """Encode, and measure the file as encoded (while it is written, for front-to-back formats)."""
    args = ["-v", "error", "-y", "-f", "s16le", "-ar", "44100", "-ac", str(channels), "-i", str(pcm), "-i", str(meta)]
    if fmt.kind == "opus":  # Ogg gets its own metadata file (see _ogg_metadata)
        args[args.index(str(meta))] = str(meta.with_suffix(".ogg.txt"))
    maps = ["-map", "0:a", "-map_metadata", "1", "-map_chapters", "-1" if fmt.kind == "opus" else "1"]
    if cover is not None and fmt.cover:
        args += ["-i", str(cover)]
        maps += ["-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic",
                 "-metadata:s:v", "title=Cover", "-metadata:s:v", "comment=Cover (front)"]  # fmt: skip
    extra = ["-metadata", f"comment={comment}"] if comment and fmt.kind == "m4a" else []
    if fmt.kind == "mp3":
        extra += ["-metadata_header_padding", str(len(_comm_frame(comment)) + COMMENT_ROOM)]
    args += [*maps, "-af", _filters(setting, fmt.kind), *fmt.codec, "-b:a", fmt.bitrate[channels],
             "-ac", str(channels), *extra, str(out)]  # fmt: skip
    if fmt.demuxer:
        return write_measuring(args, out, fmt.demuxer, f"encode the {fmt.kind.upper()}")
    run_ffmpeg(args, f"encode the {fmt.kind.upper()}")
    return measure_file(str(out))


def _first_guess(fmt: Format, channels: int, start: _Gain, mixed: float) -> _Gain:
    """From what this codec did last time (``calibration``), else from the fixed figures."""
    fixed = _Gain(start.gain + fmt.loss, start.ceiling - fmt.overshoot)
    learned = recall(fmt.kind, channels)
    if learned is None:
        return fixed
    # Only ever lower the ceiling: a codec overshoots more under a higher one (measured: 0.4 dB
    # at -2.8 dBFS, 0.7 dB at -1.9), so a small overshoot learned low down says little higher up.
    ceiling = min(fixed.ceiling, AIM_TRUE_PEAK - learned.overshoot - OVERSHOOT_MARGIN)
    return _Gain(TARGET_LUFS - mixed + learned.loss, ceiling)


def _encode_measured(fmt: Format, pcm: Path, meta: Path, cover: Path | None, channels: int, start: _Gain,
                     mixed: float, comment: str, folder: Path) -> tuple[Encoded, _Gain]:  # fmt: skip
    setting = _first_guess(fmt, channels, start, mixed)
    out = folder / f"episode.{fmt.kind}"
    best: tuple[float, Encoded, _Gain] | None = None
    overshoots: list[float] = []  # what each pass teaches ``calibration``, written once at the end
    loss = fmt.loss
    for number in range(1, MAX_PASSES + 1):
        measured = _encode_once(fmt, pcm, meta, cover, channels, setting, comment, out)
        if measured.true_peak > float("-inf"):
            overshoots.append(measured.true_peak - setting.ceiling)
            loss = mixed + setting.gain - measured.integrated
        error = abs(measured.integrated - TARGET_LUFS) + max(0.0, measured.true_peak - AIM_TRUE_PEAK)
        if best is None or error < best[0]:
            best = (error, Encoded(fmt.kind, out.read_bytes(), measured, number), _Gain(setting.gain, setting.ceiling))
        if abs(measured.integrated - TARGET_LUFS) <= AIM_LU and measured.true_peak <= AIM_TRUE_PEAK:
            break
        if measured.true_peak > AIM_TRUE_PEAK:
            setting.ceiling -= measured.true_peak - AIM_TRUE_PEAK + 0.1
        setting.gain += TARGET_LUFS - measured.integrated
    assert best is not None
    remember(fmt.kind, channels, loss, overshoots)
    _, encoded, used = best
    if not encoded.loudness.meets(TARGET_LUFS, 1.0, MAX_TRUE_PEAK):
        raise AudioError(
            f"the {fmt.kind.upper()} could not be brought to {TARGET_LUFS:g} LUFS / {MAX_TRUE_PEAK:g} dBTP "
            f"in {MAX_PASSES} passes (measured {encoded.loudness})",
            "report it with the issue file (the mix may be mostly silence)",
        )
    if fmt.kind == "mp3":
        encoded = Encoded(encoded.kind, add_comment(encoded.data, comment), encoded.loudness, encoded.passes)
    return encoded, _Gain(used.gain - fmt.loss, used.ceiling + fmt.overshoot)  # the next format's start


def encode_episode(
    mix: Mix,
    tags: Tags,
    *,
    cover: bytes | None = None,
    formats: tuple[str, ...] = ("mp3",),
) -> dict[str, Encoded]:
    """Every requested format (the MP3 always first), each measured after encoding."""
    from .artwork import embedded_cover
    segment = mix.audio
    if segment.frame_rate != 44100 or segment.sample_width != 2:
        raise AudioError(f"the mix is {segment.frame_rate} Hz / {8 * segment.sample_width} bit, not 44.1 kHz / 16 bit")
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise AudioError(f"unknown audio format(s) {unknown}", f"use: {', '.join(FORMATS)}")
    channels = segment.channels
    global_tags = {k: v for k, v in tags.fields().items() if k != "comment"}
    results: dict[str, Encoded] = {}
    with tempfile.TemporaryDirectory(prefix="audio-edition-") as tmp:
        folder = Path(tmp)
        pcm = folder / "mix.s16"
        pcm.write_bytes(segment.raw_data)
        mixed = measure_pcm(str(pcm), 44100, channels, true_peak=False)
        if mixed.integrated <= -69.0:
            raise AudioError("the mix is silent", "check the voices (audio-edition speak …)")
        start = _Gain(TARGET_LUFS - mixed.integrated, FIRST_CEILING)
        meta = folder / "metadata.txt"
        meta.write_text(ffmetadata(global_tags, mix.chapters, mix.duration), encoding="utf-8")
        cover_path = None
        if cover is not None:
            cover_path = folder / "cover.jpg"
            cover_path.write_bytes(embedded_cover(cover))
        meta.with_suffix(".ogg.txt").write_text(
            _ogg_metadata(tags, mix.chapters, cover_path.read_bytes() if cover_path else None), encoding="utf-8"
        )
        for kind in ("mp3", *[k for k in formats if k != "mp3"]):
            results[kind], start = _encode_measured(FORMATS[kind], pcm, meta, cover_path, channels, start,
                                                    mixed.integrated, tags.comment, folder)  # fmt: skip
    return results


def _ogg_metadata(tags: Tags, chapters: tuple[Chapter, ...], cover: bytes | None) -> str:
    """Vorbis comments for Ogg Opus: the tags, the chapters as CHAPTERxxx comments (written
    by us: ffmpeg rounds their seconds up from .500, a second late), and the cover as a
    METADATA_BLOCK_PICTURE (ffmpeg cannot put a picture stream in Ogg)."""
    import base64

    from .artwork import picture_block

    values = dict(tags.fields())
    for number, chapter in enumerate(sorted(chapters, key=lambda c: c.start)):
        values[f"CHAPTER{number:03d}"] = ogg_time(chapter.start)
        values[f"CHAPTER{number:03d}NAME"] = chapter.title
    if cover is not None:
        values["METADATA_BLOCK_PICTURE"] = base64.b64encode(picture_block(cover)).decode()
    return ffmetadata(values, (), 0.0)


def _comm_frame(text: str, language: str = "fra") -> bytes:
    """An ID3v2.3 COMM frame: UTF-16 with BOM, empty description."""
    if not text:
        return b""
    body = b"\x01" + language.encode("latin-1")[:3].ljust(3, b" ") + "".encode("utf-16") + b"\x00\x00" + text.encode("utf-16")
    return b"COMM" + struct.pack(">I", len(body)) + b"\x00\x00" + body


def add_comment(mp3: bytes, text: str, language: str = "fra") -> bytes:
    """Put a COMM frame into the ID3v2.3 tag's padding: same tag size, same frame order."""
    frame = _comm_frame(text, language)
    if not frame:
        return mp3
    if mp3[:3] != b"ID3" or mp3[3] != 3:
        raise AudioError("the MP3 has no ID3v2.3 tag to add the comment to")
    size = 0
    for byte in mp3[6:10]:
        size = (size << 7) | (byte & 0x7F)
    end = 10 + size
    offset = 10
    while offset + 10 <= end and mp3[offset : offset + 4] != b"\x00\x00\x00\x00":
        (length,) = struct.unpack(">I", mp3[offset + 4 : offset + 8])
        offset += 10 + length
    if offset + len(frame) > end or any(mp3[offset : offset + len(frame)]):
        raise AudioError("the MP3's ID3 tag has no room left for the comment")
    return mp3[:offset] + frame + mp3[offset + len(frame) :]


def mp3_duration(data: bytes) -> float:
    """Duration of an MP3 in seconds, read from its frames (what podcast apps will show)."""
    from mutagen.mp3 import MP3, HeaderNotFoundError

    try:
        return float(MP3(io.BytesIO(data)).info.length)
    except HeaderNotFoundError as exc:
        raise AudioError(f"the encoded MP3 is unreadable ({exc})") from exc
