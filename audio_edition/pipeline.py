"""The stages, wired one way: read -> script -> synthesise -> mix -> encode -> publish.

Each function here is what one CLI command calls; none of them parses options or prints.
"""

from __future__ import annotations

from collections import Counter

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .config import Show
from .errors import VoiceError
from .model import Episode, Issue, Mix, Role, Script
from .paths import VOICES_DIR
from .publish import Published, numbered, publish
from .readers import (
    IssueRequest,
    Profile,
    decode_text,
    load_profile,
    open_issue,
    read_issue,
)
from .script import Lexicon, build_script, load_lexicon
from .script.document import SUFFIX as SCRIPT_SUFFIX
from .script.document import is_script, read_script
from .slug import slugify
from .tts import Engine, SpeechCache, SynthesisReport, VoiceSpec, load_voices, pick_voice, synthesize_script

if TYPE_CHECKING:
    from .audio import Loudness


@dataclass(frozen=True)
class Cast:
    """Who speaks: each role's voice, and the lexicon every engine is given."""

    voices: dict[Role, VoiceSpec]
    lexicon: Lexicon


@dataclass(frozen=True)
class Rendered:
    published: Published
    episode: Episode
    seconds: float  # wall time of the whole render
    # Measured on each published audio file after encoding, by kind ("mp3", "m4a", "opus").
    loudness: dict[str, Loudness] = field(default_factory=dict)
    synthesis: SynthesisReport | None = None  # how many lines were spoken, how many cached

    @property
    def realtime_factor(self) -> float:
        return self.seconds / self.episode.duration if self.episode.duration else 0.0


def show_voices(show: Show, voices_dir: Path = VOICES_DIR) -> dict[str, VoiceSpec]:
    """Our voices, plus (adding or replacing by name) a ``voices.toml`` beside the show file."""
    files = [voices_dir / "voices.toml"]
    if show.source is not None and show.source.parent.resolve() != voices_dir.resolve():
        files.append(show.source.parent / "voices.toml")
    return load_voices(*files)


def load_cast(show: Show, voice_overrides: dict[Role, str] | None = None, voices_dir: Path = VOICES_DIR) -> Cast:
    """The show's voices (with command-line overrides) and the merged lexicon."""
    voices = show_voices(show, voices_dir)
    names: dict[Role, str] = {"host": show.voices["host"], "cohost": show.voices["cohost"]}
    names.update(voice_overrides or {})
    cast = {role: pick_voice(voices, name) for role, name in names.items()}
    lexicon_files = [voices_dir / "lexicon.toml"]
    if show.source is not None:
        lexicon_files.append(show.source.parent / "lexicon.toml")
    return Cast(cast, load_lexicon(*lexicon_files))


def episode_slug(show: Show, script: Script) -> str:
    if script.date is not None:
        return f"{slugify(show.newsletter, 30)}-{script.date.isoformat()}"
    return slugify(script.title)


def show_notes(script: Script, mix: Mix) -> str:
    lines = []
    if script.headlines:
        lines.append("Au sommaire : " + " ; ".join(script.headlines) + ".")
    lines.append("Chapitres :")
    for chapter in mix.chapters:
        minutes, seconds = divmod(int(chapter.start), 60)
        lines.append(f"{minutes:02d}:{seconds:02d} {chapter.title}")
    return "\n".join(lines)


def render_script(
    script: Script,
    show: Show,
    cast: Cast,
    out_dir: Path,
    *,
    progress: bool = True,
    engines: dict[str, Engine] | None = None,
    cache: SpeechCache | None = None,
) -> Rendered:
    """Synthesise, mix, encode and publish ``script`` into ``out_dir``.

    ``cache`` keeps spoken lines between renders (None: speak every line)."""
    from .audio import Tags, encode_episode, load_music, mix, mp3_duration
    from .audio.chapters import chapters_json
    from .audio.transcript import srt, webvtt
    from .publish.cover import default_cover

    started = time.monotonic()
    if not script.cues:
        raise VoiceError("the script has nothing to say", "check the issue or the script file")
    speech, report = synthesize_script(
        script, cast.voices, cast.lexicon, progress=progress, engines=engines, cache=cache
    )
    programme = mix(speech, load_music(show.music), channels=2 if show.stereo else 1)
    notes = show_notes(script, programme)
    slug = episode_slug(show, script)
    cover = show.cover.read_bytes() if show.cover is not None else default_cover(show.title)
    speakers = {role: voice.name.capitalize() for role, voice in cast.voices.items()}
    timed_text = {
        "vtt": webvtt(programme.cues, speakers),
        "srt": srt(programme.cues, speakers),
        "chapters.json": chapters_json(programme.chapters),
    }
    with numbered(show, out_dir, slug) as number:  # the ID3 track number is the one it is published under
        tags = Tags(
            title=script.title,
            artist=show.author,
            album=show.title,
            date=script.date.isoformat() if script.date else "",
            track=str(number),
            comment=notes,
        )
        encoded = encode_episode(programme, tags, cover=cover, formats=("mp3", *show.extra_formats))
        mp3 = encoded["mp3"].data
        episode = Episode(
            slug=slug,
            title=script.title,
            date=script.date,
            mp3=mp3,
            duration=mp3_duration(mp3),
            description=notes,
            chapters=programme.chapters,
            cues=programme.cues,
            headlines=script.headlines,
            attachments={**timed_text, **{kind: item.data for kind, item in encoded.items() if kind != "mp3"}},
        )
        published = publish(episode, show, out_dir)
    loudness = {kind: item.loudness for kind, item in encoded.items()}
    return Rendered(published, episode, time.monotonic() - started, loudness, report)


def issue_profile(show: Show | None, profile: Path | None = None) -> Profile:
    """The reading profile: ``profile`` if given, else the show's, else the generic one."""
    return load_profile(profile or (show.profile if show is not None else None))


def parse(data: bytes, source: str, show: Show | None = None) -> Issue:
    return read_issue(data, source, profile=issue_profile(show))


def read_show_issue(request: IssueRequest, show: Show | None, profile: Path | None = None) -> Issue:
    """The issue a command names (path, ``-``, URL, feed item), read with the show's profile."""
    return open_issue(request, issue_profile(show, profile))


def render_parsed(
    issue: Issue,
    show: Show,
    cast: Cast,
    out_dir: Path,
    *,
    progress: bool = True,
    engines: dict[str, Engine] | None = None,
) -> Rendered:
    """An issue already read -> a published episode and feed."""
    return render_script(build_script(issue, show), show, cast, out_dir, progress=progress, engines=engines)


def load_script(
    request: IssueRequest, show: Show, profile: Path | None = None, *, stdin: BinaryIO | None = None
) -> Script:
    """A script file (``*.script.md``) exactly as the producer edited it, or the script built
    from the issue ``request`` names (path, ``-``, URL, feed item)."""
    from .readers.source import issue_from, read_source

    data, source, announced = read_source(request, stdin)
    if request.fmt is None and not request.choice.wanted:
        if source.lower().endswith(SCRIPT_SUFFIX) or data.lstrip(b"\xef\xbb\xbf").startswith(b"---"):
            text = decode_text(data, source)
            if is_script(source, text):
                return read_script(text, source)
    issue = issue_from(request, data, source, announced, issue_profile(show, profile))
    return build_script(issue, show)


def left_out_summary(script: Script) -> str | None:
    """One line on what the reader left out of the issue ("12 passages, 480 words: promotion 5,
    author biography 4…"), for a producer to check with ``parse``; None when nothing was."""
    if not script.left_out:
        return None
    reasons = Counter(d.reason for d in script.left_out)
    words = sum(len(d.text.split()) for d in script.left_out)
    kinds = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
    return f"{len(script.left_out)} passages, {words} words ({kinds})"


def render_issue(
    data: bytes,
    source: str,
    show: Show,
    cast: Cast,
    out_dir: Path,
    *,
    progress: bool = True,
    engines: dict[str, Engine] | None = None,
    cache: SpeechCache | None = None,
) -> Rendered:
    """The whole job: an issue's bytes in, a published episode and feed out."""
    issue = read_issue(data, source, profile=issue_profile(show))
    return render_script(build_script(issue, show), show, cast, out_dir, progress=progress, engines=engines, cache=cache)
