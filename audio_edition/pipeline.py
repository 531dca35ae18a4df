"""The stages, wired one way: read -> script -> synthesise -> mix -> encode -> publish.

Each function here is what one CLI command calls; none of them parses options or prints.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .config import Show
from .errors import VoiceError
from .model import Episode, Issue, Mix, Role, Script
from .paths import VOICES_DIR
from .publish import Published, episode_number, publish
from .readers import read_issue
from .script import Lexicon, build_script, load_lexicon
from .slug import slugify
from .tts import Engine, SpeechCache, SynthesisReport, VoiceSpec, load_voices, pick_voice, synthesize_script


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
    from .audio import Tags, encode_mp3, mix, mp3_duration

    started = time.monotonic()
    if not script.cues:
        raise VoiceError("the script has nothing to say", "check the issue or the script file")
    speech, report = synthesize_script(
        script, cast.voices, cast.lexicon, progress=progress, engines=engines, cache=cache
    )
    programme = mix(speech)
    slug = episode_slug(show, script)
    number = episode_number(show, out_dir, slug)
    tags = Tags(
        title=script.title,
        artist=show.author,
        album=show.title,
        date=script.date.isoformat() if script.date else "",
        track=str(number),
        comment=", ".join(script.headlines),
    )
    mp3 = encode_mp3(programme, tags)
    episode = Episode(
        slug=slug,
        title=script.title,
        date=script.date,
        mp3=mp3,
        duration=mp3_duration(mp3),
        description=show_notes(script, programme),
        chapters=programme.chapters,
        cues=programme.cues,
        headlines=script.headlines,
    )
    published = publish(episode, show, out_dir)
    return Rendered(published, episode, time.monotonic() - started, report)


def parse(data: bytes, source: str) -> Issue:
    return read_issue(data, source)


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
    issue = read_issue(data, source)
    script = build_script(issue, show)
    return render_script(script, show, cast, out_dir, progress=progress, engines=engines, cache=cache)
