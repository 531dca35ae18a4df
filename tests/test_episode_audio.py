"""The produced episode, measured on the published files: loudness and true peak of the
MP3 itself, its ID3 tags, cover and chapters (read back by mutagen and by ffmpeg), where
the chapters and transcript cards fall in the real audio, and the optional formats."""

from __future__ import annotations

import io
import json
import re
import struct
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from audio_edition.audio.ffmpeg import decode, run_ffmpeg
from audio_edition.audio.loudness import measure_file
from audio_edition.audio.music import generated
from audio_edition.cli import cli
from audio_edition.config import Show
from audio_edition.model import Segment
from audio_edition.pipeline import Cast, Rendered, parse, render_issue
from audio_edition.script import build_script

RATE = 44100
SLUG = "octet-2026-11-07"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, show: Show, fake_cast: Cast, fake_engines: dict) -> tuple[Rendered, Path]:
    out = tmp_path_factory.mktemp("episode")
    issue = Path(__file__).parent / "data" / "mini-issue.txt"
    result = render_issue(issue.read_bytes(), str(issue), show, fake_cast, out, progress=False, engines=fake_engines)
    return result, out


@pytest.fixture(scope="module")
def segments(show: Show) -> tuple[Segment, ...]:
    """The segments of the script the ``rendered`` fixture renders (one chapter each)."""
    issue = Path(__file__).parent / "data" / "mini-issue.txt"
    return build_script(parse(issue.read_bytes(), str(issue), show), show).segments


@pytest.fixture(scope="module")
def decoded(rendered: tuple[Rendered, Path]) -> np.ndarray:
    return decode(str(rendered[1] / f"{SLUG}.mp3"), RATE, 1)[:, 0]


def test_loudness_and_true_peak_measured_on_the_mp3(rendered: tuple[Rendered, Path]) -> None:
    result, out = rendered
    measured = measure_file(str(out / f"{SLUG}.mp3"))
    assert abs(measured.integrated - -16.0) <= 1.0
    assert abs(measured.integrated - -16.0) <= 0.5  # what the correction loop aims for (AIM_LU)
    assert measured.true_peak <= -1.0
    reported = result.loudness["mp3"]
    assert abs(reported.integrated - measured.integrated) < 0.05 and abs(reported.true_peak - measured.true_peak) < 0.05


def test_mp3_format_and_id3_tags(rendered: tuple[Rendered, Path], show: Show) -> None:
    from PIL import Image

    result, out = rendered
    path = out / f"{SLUG}.mp3"
    info = MP3(path).info
    assert (info.sample_rate, info.channels, info.bitrate, info.bitrate_mode) == (44100, 1, 96000, BitrateMode.CBR)
    raw = path.read_bytes()
    assert raw[:4] == b"ID3\x03"  # ID3v2.3
    tags = ID3(path)
    assert tags["TIT2"].text == ["Des robots au potager"]
    assert tags["TPE1"].text == [show.author] and tags["TALB"].text == [show.title]
    assert str(tags["TDRC"].text[0]) == "2026-11-07"  # TYER + TDAT in v2.3
    assert tags["TRCK"].text == [str(result.published.record.number)]
    assert tags["TCON"].text == ["Podcast"]
    (comment,) = tags.getall("COMM")
    assert comment.text == [result.episode.description] and "Chapitres" in comment.text[0]
    (picture,) = tags.getall("APIC")
    assert picture.type == 3 and picture.mime == "image/jpeg"
    with Image.open(io.BytesIO(picture.data)) as image:
        assert max(image.size) <= 800 and image.size == (800, 800)  # the 1400 px default cover, scaled


def _frame_order(raw: bytes) -> list[tuple[str, bytes]]:
    """(frame id, payload) in the order they sit in the ID3v2.3 tag."""
    size = 0
    for byte in raw[6:10]:
        size = (size << 7) | byte
    frames, offset = [], 10
    while offset + 10 <= 10 + size and raw[offset : offset + 4] != b"\0\0\0\0":
        (length,) = struct.unpack(">I", raw[offset + 4 : offset + 8])
        frames.append((raw[offset : offset + 4].decode(), raw[offset + 10 : offset + 10 + length]))
        offset += 10 + length
    return frames


def test_chapters_in_the_mp3_read_by_mutagen_and_ffmpeg(rendered: tuple[Rendered, Path], segments: tuple[Segment, ...]) -> None:
    result, out = rendered
    path = out / f"{SLUG}.mp3"
    chapters = result.episode.chapters
    # introduction, summary, editorial, two sections, conclusion: one per segment
    assert [c.title for c in chapters] == [s.title for s in segments]
    tags = ID3(path)
    (toc,) = tags.getall("CTOC")
    chap = {frame.element_id: frame for frame in tags.getall("CHAP")}
    ordered = [chap[element] for element in toc.child_element_ids]
    assert [c.sub_frames["TIT2"].text[0] for c in ordered] == [c.title for c in chapters]
    assert [c.start_time for c in ordered] == [round(c.start * 1000) for c in chapters]
    assert all(a.end_time == b.start_time for a, b in zip(ordered, ordered[1:]))
    # The CHAP frames themselves are stored in time order (mutagen#506 would sort them by size).
    stored = [payload.split(b"\0", 1)[0].decode() for kind, payload in _frame_order(path.read_bytes()) if kind == "CHAP"]
    assert stored == list(toc.child_element_ids)
    # ffmpeg's own reading (it shifts them by the 25 ms encoder delay it removes).
    _, dump = run_ffmpeg(["-v", "error", "-i", str(path), "-f", "ffmetadata", "-"], "dump chapters")
    text, _ = run_ffmpeg(["-v", "error", "-i", str(path), "-f", "ffmetadata", "-"], "dump chapters")
    starts = [int(s) / 1000 for s in re.findall(r"^START=(\d+)$", text.decode(), re.M)]
    titles = re.findall(r"^title=(.*)$", text.decode(), re.M)[1:]
    assert len(starts) == len(chapters) and titles == [c.title for c in chapters]
    assert all(abs(s - c.start) < 0.05 for s, c in zip(starts, chapters))


def test_chapters_start_where_their_stinger_really_starts(
    rendered: tuple[Rendered, Path], decoded: np.ndarray, segments: tuple[Segment, ...]
) -> None:
    """Found in the decoded MP3 by matching the stinger's waveform: within 50 ms."""
    result, _ = rendered
    template = generated("stinger").samples.mean(axis=1)[: int(0.6 * RATE)].astype(np.float64)
    template -= template.mean()
    assert result.episode.chapters[0].start == 0.0
    announced = [c for c, s in zip(result.episode.chapters, segments, strict=True) if s.jingle_before]
    assert len(announced) >= 3
    for chapter in announced:
        a = int((chapter.start - 0.3) * RATE)
        window = decoded[a : a + int(0.6 * RATE) + len(template)].astype(np.float64)
        size = len(window) + len(template)
        spectrum = np.fft.rfft(window, size) * np.conj(np.fft.rfft(template, size))
        corr = np.fft.irfft(spectrum, size)[: len(window) - len(template) + 1]  # = np.correlate(…, "valid")
        energy = np.sqrt(np.convolve(window**2, np.ones(len(template)), mode="valid")) * np.linalg.norm(template)
        ncc = corr / np.maximum(energy, 1e-12)
        lag = int(np.argmax(ncc))
        assert ncc[lag] > 0.8, chapter
        assert abs(a / RATE + lag / RATE - chapter.start) < 0.05, chapter


def _vtt(text: str) -> list[tuple[float, float, str]]:
    out = []
    for start, end, body in re.findall(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n(.*?)(?:\n\n|\Z)", text, re.S):
        def sec(t: str) -> float:
            h, m, s = t.split(":")
            return int(h) * 3600 + int(m) * 60 + float(s)

        out.append((sec(start), sec(end), body))
    return out


def _voice_db(x: np.ndarray, start: float, end: float) -> float:
    """Level of the fake voice's band (its tones sit between 140 and 260 Hz)."""
    chunk = x[int(start * RATE) : int(end * RATE)]
    spectrum = np.abs(np.fft.rfft(chunk * np.hanning(len(chunk)))) ** 2
    freqs = np.fft.rfftfreq(len(chunk), 1 / RATE)
    band = spectrum[(freqs > 130) & (freqs < 270)].sum() / len(chunk) ** 2
    return float(10 * np.log10(band + 1e-20))


def test_transcript_cards_match_the_audio(rendered: tuple[Rendered, Path], decoded: np.ndarray) -> None:
    result, out = rendered
    cards = _vtt((out / f"{SLUG}.vtt").read_text())
    assert len(cards) >= len(result.episode.cues)
    assert all("<v " in body for _, _, body in cards)
    reference = np.median([_voice_db(decoded, s, e) for s, e, _ in cards])
    for start, end, body in cards:  # someone speaks through every card, pausing only between sentences
        window = min(0.34, end - start - 0.04)  # a whole period of the fake voice's 3 Hz rhythm
        steps = np.arange(start + 0.02, end - window - 0.02 + 1e-9, 0.05)
        voiced = [_voice_db(decoded, t, t + window) > reference - 12 for t in steps]
        assert voiced[0] and voiced[-1], body  # a card starts and ends on the voice
        quiet, longest = 0, 0
        for v in voiced:
            quiet = 0 if v else quiet + 1
            longest = max(longest, quiet)
        assert longest * 0.05 <= 0.35, (body, longest * 0.05)  # at most a sentence's pause (0.30 s)
    chapters = result.episode.chapters
    checked = 0
    for (s1, e1, _), (s2, e2, body) in zip(cards, cards[1:]):
        inside_a_section = chapters[1].start < s1 and e2 < chapters[-1].start  # no bed under sections
        inside_a_section &= not any(e1 < c.start < s2 for c in chapters)  # no stinger between them
        if inside_a_section and s2 - e1 >= 0.2:  # the pauses between cards are silent
            assert np.sqrt(np.mean(decoded[int((e1 + 0.03) * RATE) : int((s2 - 0.03) * RATE)] ** 2)) < 10 ** (-60 / 20)
            checked += 1
    assert checked >= 3
    srt = (out / f"{SLUG}.srt").read_text()
    assert srt.count(" --> ") == len(cards) and srt.startswith("1\n")


def test_attachments_published_and_catalogued(rendered: tuple[Rendered, Path]) -> None:
    result, out = rendered
    assert result.published.record.files == {kind: f"{SLUG}.{kind}" for kind in ("vtt", "srt", "chapters.json")}
    data = json.loads((out / f"{SLUG}.chapters.json").read_text())
    assert data["version"] == "1.2.0"
    assert [c["startTime"] for c in data["chapters"]] == [round(c.start, 3) for c in result.episode.chapters]
    catalogue = json.loads((out / "episodes.json").read_text())
    assert catalogue["episodes"][0]["files"]["vtt"] == f"{SLUG}.vtt"


def _chapter_count(path: Path) -> int:
    text, _ = run_ffmpeg(["-v", "error", "-i", str(path), "-f", "ffmetadata", "-"], "dump chapters")
    return text.decode().count("[CHAPTER]")


def test_cli_stereo_with_m4a_and_opus(data: Path, tmp_path: Path, fake_cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("audio_edition.pipeline.load_cast", lambda show, overrides=None: fake_cast)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(data / "mini-issue.txt"), "--out", str(out), "--stereo",
                                      "--also", "m4a", "--also", "opus"])  # fmt: skip
    assert result.exit_code == 0, result.output + str(result.exception)
    for kind in ("mp3", "m4a", "opus"):
        line = re.search(rf"^loudness \({kind}\): (-?[\d.]+) LUFS integrated, (-?[\d.]+) dBTP", result.output, re.M)
        assert line, result.output
        path = out / f"{SLUG}.{kind}"
        measured = measure_file(str(path))
        assert abs(measured.integrated + 16) <= 0.5 and measured.true_peak <= -1.0, (kind, measured)
        assert abs(float(line[1]) - measured.integrated) < 0.1
        assert _chapter_count(path) == 6, kind  # the mini issue: intro, summary, editorial, 2 sections, outro
    info = MP3(out / f"{SLUG}.mp3").info
    assert (info.channels, info.bitrate) == (2, 128000)
    catalogue = json.loads((out / "episodes.json").read_text())
    assert set(catalogue["episodes"][0]["files"]) == {"vtt", "srt", "chapters.json", "m4a", "opus"}
    from mutagen.mp4 import MP4
    from mutagen.oggopus import OggOpus

    assert MP4(out / f"{SLUG}.m4a").tags["covr"]  # the cover rides along in every format
    assert OggOpus(out / f"{SLUG}.opus").tags["METADATA_BLOCK_PICTURE"]
    stereo = decode(str(out / f"{SLUG}.m4a"), RATE, 2)
    assert np.std(stereo[:, 0] - stereo[:, 1]) > 1e-3  # real stereo: the music is spread
