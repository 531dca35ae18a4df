"""Command line: parse options, call one pipeline function, report. Nothing else.

Every failure a user can cause ends as one line on stderr, ``Error: what — what to do``,
and a non-zero exit code from the error family; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import AudioEditionError, InputError
from .paths import DEFAULT_OUT, DEFAULT_SHOW

if TYPE_CHECKING:
    from .model import Script

INTERNAL_ERROR = 70


class _Cli(click.Group):
    """Turns our errors into one line and an exit code (tracebacks only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AudioEditionError as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Error: interrupted — nothing published was changed", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(
                f"Error: internal error ({type(exc).__name__}: {exc}) — rerun with --debug and report it", err=True
            )
            sys.exit(INTERNAL_ERROR)


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.version_option(package_name="audio-edition")
def cli(debug: bool) -> None:
    """Turn a French newsletter issue into its podcast audio edition.

    \b
    Example:
      audio-edition render feed/example-issue.txt --out feed/public
    """


def _issue_options(f: Any) -> Any:
    """The options of every command that reads an ISSUE (parse, render, script)."""
    f = click.option("--profile", "profile_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Newsletter profile (TOML) to read with, instead of the show's.")(f)  # fmt: skip
    f = click.option("--format", "fmt", type=click.Choice(["txt", "md", "html", "eml", "feed"]),
                     help="Read ISSUE as this format (default: by its name, else by its content).")(f)  # fmt: skip
    f = click.option("--item", type=int, metavar="N", help="ISSUE is a feed: read its N-th item, newest first.")(f)
    f = click.option("--latest", is_flag=True, help="ISSUE is a feed: read its newest item.")(f)
    return f


def _issue_request(issue: str, latest: bool, item: int | None, fmt: str | None) -> Any:
    from .readers import IssueRequest

    return IssueRequest(issue, latest=latest, item=item, fmt=fmt)


def _cache_option(f: Any) -> Any:
    return click.option(
        "--cache/--no-cache",
        "use_cache",
        default=True,
        show_default=True,
        help="Reuse lines already spoken with the same voice and text (see: audio-edition cache info).",
    )(f)


def _cache(use_cache: bool) -> Any:
    from .tts import SpeechCache

    return SpeechCache() if use_cache else None


def _show_option(f: Any) -> Any:
    return click.option(
        "--show",
        "show_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_SHOW,
        show_default=True,
        help="Show settings (TOML).",
    )(f)


@cli.command()
@click.argument("issue")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Publish folder: the MP3, feed.xml, cover and catalogue.")  # fmt: skip
@_show_option
@click.option("--host-voice", help="Voice for the host role (see: audio-edition voices).")
@click.option("--cohost-voice", help="Voice for the co-host role.")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar with ETA.")
@_issue_options
@click.option("--stereo/--mono", default=None, help="Stereo 128 kbps or mono 96 kbps MP3 (default: the show's 'stereo').")
@click.option("--also", "also", multiple=True, type=click.Choice(["m4a", "opus"]),
              help="Also publish AAC (.m4a) and/or Opus beside the MP3 (repeatable; default: the show's 'extra_formats').")
@_cache_option
def render(
    issue: str, out_dir: Path, show_path: Path, host_voice: str | None, cohost_voice: str | None, progress: bool,
    latest: bool, item: int | None, fmt: str | None, profile_path: Path | None, stereo: bool | None,
    also: tuple[str, ...], use_cache: bool,
) -> None:  # fmt: skip
    """Render ISSUE into an episode and its feed. ISSUE is a .txt, .md, .html or .eml
    file, - for stdin, a web address, a feed (file or address) with --latest or --item N,
    or a script file written by `audio-edition script` (rendered exactly as edited).

    \b
    Example:
      audio-edition render feed/example-issue.txt --out feed/public
      audio-edition render https://example.org/feed.xml --latest
      audio-edition render episode.script.md --out feed/public
    """
    from .config import load_show
    from .pipeline import load_cast, load_script, render_script

    show = load_show(show_path, stereo=stereo, extra_formats=also or None)
    script = load_script(_issue_request(issue, latest, item, fmt), show, profile_path)
    overrides = {k: v for k, v in (("host", host_voice), ("cohost", cohost_voice)) if v}
    cast = load_cast(show, overrides)  # type: ignore[arg-type]
    result = render_script(
        script, show, cast, out_dir, progress=progress and sys.stderr.isatty(), cache=_cache(use_cache)
    )
    episode = result.episode
    minutes, seconds = divmod(round(episode.duration), 60)
    click.echo(f"episode: {result.published.audio} ({minutes} min {seconds:02d} s, {len(episode.mp3) / 1e6:.1f} MB)")
    click.echo(f"feed:    {result.published.feed} (episode {result.published.record.number})")
    click.echo(f"chapters: {len(episode.chapters)}; rendered in {result.seconds:.0f} s "
               f"(real-time factor {result.realtime_factor:.2f})")  # fmt: skip
    if result.synthesis is not None:
        report = result.synthesis
        click.echo(f"lines:   {report.spoken} spoken, {report.cached} from the cache")
    for kind, loudness in result.loudness.items():
        click.echo(f"loudness ({kind}): {loudness}")
    extras = ", ".join(f"{kind}: {name}" for kind, name in result.published.record.files.items())
    if extras:
        click.echo(f"beside it: {extras}")
    _say_left_out(script, issue, err=False)


def _say_left_out(script: Script, issue: str, *, err: bool = True) -> None:
    """How much of the issue the reader left out, and how to see it."""
    from .pipeline import left_out_summary

    if (summary := left_out_summary(script)) is not None:
        click.echo(f"left out: {summary} — see them: audio-edition parse {shlex.quote(issue)}", err=err)


@cli.command()
@click.argument("issue")
@click.option("--json", "as_json", is_flag=True, help="Print the issue as JSON instead of an outline.")
@_show_option
@_issue_options
def parse(
    issue: str, as_json: bool, show_path: Path, latest: bool, item: int | None, fmt: str | None, profile_path: Path | None
) -> None:
    """Show how ISSUE is read: sections, items, and what was dropped and why.
    ISSUE is a file, - for stdin, a web address, or a feed with --latest or --item N.

    \b
    Example:
      audio-edition parse feed/example-issue.txt
      audio-edition parse issue.eml --json
      audio-edition parse feed.xml --item 2
    """
    import json

    from .config import load_show
    from .pipeline import read_show_issue
    from .readers.outline import issue_to_dict, outline

    parsed = read_show_issue(_issue_request(issue, latest, item, fmt), load_show(show_path), profile_path)
    if as_json:
        click.echo(json.dumps(issue_to_dict(parsed), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(outline(parsed)))


@cli.command()
@click.argument("issue")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Script file to write (name it *.script.md); the standard output when left out.")  # fmt: skip
@_show_option
@_issue_options
def script(
    issue: str, output: Path | None, show_path: Path, latest: bool, item: int | None, fmt: str | None,
    profile_path: Path | None,
) -> None:  # fmt: skip
    """Write the spoken script of ISSUE as a file a producer reviews and edits.

    Markdown: "## [kind] Title" starts a segment, "HOST: …" and "COHOST: …" are what each
    voice says, "[jingle]" plays the jingle. Render the edited file with `render`.

    \b
    Example:
      audio-edition script feed/example-issue.txt -o episode.script.md
      audio-edition render episode.script.md --out feed/public
    """
    from .config import load_show
    from .files import write_atomic
    from .pipeline import load_script
    from .script.document import SUFFIX, write_script

    loaded = load_script(_issue_request(issue, latest, item, fmt), load_show(show_path), profile_path)
    text = write_script(loaded)
    if output is None:
        click.echo(text, nl=False)
        _say_left_out(loaded, issue)
        return
    if not output.name.lower().endswith(SUFFIX):
        raise InputError(f"{output} does not end in {SUFFIX}", f"name it e.g. episode{SUFFIX}, so render knows it is a script")
    write_atomic(output, text.encode("utf-8"))
    cues = sum(1 for line in text.splitlines() if line.startswith(("HOST", "COHOST")))
    click.echo(f"{output}: {cues} cues — edit it, then: audio-edition render {output}", err=True)
    _say_left_out(loaded, issue)


@cli.command()
@click.argument("text", required=False)
@click.option("--text-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Read the text from a file.")
@click.option("--voice", "voice_name", default="siwis", show_default=True, help="Voice name (see: audio-edition voices).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="WAV file to write.")
@click.option("--show-normalised", is_flag=True, help="Print what the engine is given, and stop.")
@_show_option
@_cache_option
def speak(
    text: str | None,
    text_file: Path | None,
    voice_name: str,
    output: Path | None,
    show_normalised: bool,
    show_path: Path,
    use_cache: bool,
) -> None:
    """Say TEXT with a voice, to preview it or check a pronunciation.

    \b
    Example:
      audio-edition speak "Bonjour, voici l'édition audio." --voice siwis -o essai.wav
    """
    from .config import load_show
    from .files import write_atomic
    from .pipeline import load_cast, show_voices
    from .readers import decode_text
    from .script import normalise
    from .tts import pick_voice, speak_text

    if (text is None) == (text_file is None):
        raise InputError("give either TEXT or --text-file", 'e.g. audio-edition speak "Bonjour" -o essai.wav')
    if text_file is not None:
        text = decode_text(text_file.read_bytes(), str(text_file))
    assert text is not None
    if not text.strip():
        raise InputError("the text is empty", "give something to say")
    show = load_show(show_path)
    lexicon = load_cast(show).lexicon
    spoken = normalise(text, lexicon)
    if show_normalised:
        click.echo(spoken)
        return
    if output is None:
        raise InputError("no output file", "add -o essai.wav")
    voice = pick_voice(show_voices(show), voice_name)
    audio = speak_text(spoken, voice, _cache(use_cache))
    write_atomic(output, _wav_bytes(audio.samples, audio.sample_rate))
    click.echo(f"{output}: {audio.duration:.1f} s, voice {voice.name} ({voice.engine})")


def _wav_bytes(samples: Any, rate: int) -> bytes:
    import io
    import wave

    import numpy as np

    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return buffer.getvalue()


@cli.command()
@_show_option
def voices(show_path: Path) -> None:
    """List every voice: engine, whether it is usable here, and the fix when it is not.

    Voices come from voices/voices.toml and a voices.toml beside the show file.

    \b
    Example:
      audio-edition voices
    """
    from .config import load_show
    from .pipeline import show_voices
    from .tts import ENGINES, engine_names

    show = load_show(show_path)
    cast = {name: role for role, name in show.voices.items()}
    for voice in show_voices(show).values():
        info = ENGINES.get(voice.engine)
        problem = (
            info.voice_problem(voice)
            if info
            else f"unknown engine '{voice.engine}' — use one of: {', '.join(engine_names())}"
        )
        state = "usable" if problem is None else f"unusable: {problem}"
        role = f" [{cast[voice.name]}]" if voice.name in cast else ""
        click.echo(f"{voice.name + role:<20} {voice.engine:<7} {state}")
        if voice.description:
            click.echo(f"{'':<29}{voice.description}")
    click.echo("\nengines:")
    for name in engine_names():
        problem = ENGINES[name].problem()
        click.echo(f"  {name:<7} {ENGINES[name].description}: {'ready' if problem is None else problem}")


@cli.command()
@click.option("--check", is_flag=True, help="Only report what is missing; fetch nothing.")
@click.option("--voice", "voice_names", multiple=True, help="Also fetch what this voice needs (a Piper or Coqui model).")
@_show_option
def setup(check: bool, voice_names: tuple[str, ...], show_path: Path) -> None:
    """Fetch the Kokoro model and voices into the cache, and check ffmpeg.

    \b
    Example:
      audio-edition setup
      audio-edition setup --voice siwis-piper
    """
    from .audio.ffmpeg import ffmpeg_exe
    from .errors import AssetError
    from .tts import ENGINES, assets, pick_voice

    if voice_names:
        from .config import load_show
        from .errors import VoiceError
        from .pipeline import show_voices

        known = show_voices(load_show(show_path))
        for name in voice_names:
            voice = pick_voice(known, name)
            if voice.engine not in ENGINES:
                raise VoiceError(f"voice '{name}' uses the unknown engine '{voice.engine}'", "fix voices/voices.toml")
            info = ENGINES[voice.engine]
            if (engine_problem := info.problem()) is not None:
                raise VoiceError(f"engine '{voice.engine}' cannot run here: {engine_problem}")
            if not check:
                info.fetch(voice, click.echo)
            if (problem := info.voice_problem(voice)) is not None:
                raise AssetError(f"voice '{name}' is still unusable: {problem}")
            click.echo(f"voice {name}: usable")
        return
    if check:
        problems = [p for p in (assets.model_problem(), *map(assets.voice_problem, assets.VOICES)) if p]
        for problem in problems:
            click.echo(f"missing: {problem}")
        if problems:
            raise AssetError(f"{len(problems)} asset(s) missing", assets.FIX)
    else:
        assets.fetch_model(click.echo)
        assets.fetch_voices(click.echo)
    click.echo(f"ffmpeg: {ffmpeg_exe()}")


def _out_option(f: Any) -> Any:
    return click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
                        show_default=True, help="Publish folder.")(f)  # fmt: skip


@cli.group()
def episodes() -> None:
    """List, remove or republish the episodes of a publish folder.

    \b
    Example:
      audio-edition episodes list --out feed/public
      audio-edition episodes remove 3 --out feed/public
    """


@episodes.command("list")
@_out_option
def episodes_list(out_dir: Path) -> None:
    """List the published episodes, newest first: number, date, duration, slug, title.

    \b
    Example:
      audio-edition episodes list --out feed/public
    """
    from .publish import load_catalogue
    from .publish.feed import newest_first

    records = newest_first(load_catalogue(out_dir).records)
    if not records:
        click.echo(f"no episode in {out_dir}")
    for r in records:
        minutes, seconds = divmod(round(r.duration), 60)
        click.echo(f"{r.number:>4}  {r.date or 'sans date':<10}  {minutes:>3}:{seconds:02d}  {r.slug:<28} {r.title}")


@episodes.command("remove")
@click.argument("episode")
@_out_option
@_show_option
def episodes_remove(episode: str, out_dir: Path, show_path: Path) -> None:
    """Remove EPISODE (its number, slug or guid): out of the feed and pages, files deleted.

    \b
    Example:
      audio-edition episodes remove octet-2026-11-21 --out feed/public
    """
    from .config import load_show
    from .publish import remove_episode

    record = remove_episode(episode, load_show(show_path), out_dir)
    click.echo(f"removed episode {record.number} ({record.slug}): {record.title}")


@episodes.command("rebuild")
@_out_option
@_show_option
def episodes_rebuild(out_dir: Path, show_path: Path) -> None:
    """Regenerate the feed, pages and cover from the catalogue (after editing the show).

    \b
    Example:
      audio-edition episodes rebuild --out feed/public
    """
    from .config import load_show
    from .publish import rebuild

    catalogue = rebuild(load_show(show_path), out_dir)
    click.echo(f"{out_dir}/feed.xml: {len(catalogue.records)} episode(s)")


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path), default=DEFAULT_OUT)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--quiet", is_flag=True, help="Do not log requests.")
def serve(folder: Path, host: str, port: int, quiet: bool) -> None:
    """Serve a publish FOLDER over HTTP (byte ranges, HEAD, conditional GET) until Ctrl-C.

    \b
    Example:
      audio-edition serve feed/public --port 8000
    """
    from .errors import PublishError
    from .server import make_server

    try:
        server = make_server(folder, host, port, quiet)
    except OSError as exc:
        raise PublishError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", "pick another --port") from None
    click.echo(f"serving {folder} at http://{host}:{server.server_port}/ (feed: /feed.xml); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.group()
def cache() -> None:
    """The cache of spoken lines: what it holds, and emptying it.

    A line is spoken again only when its engine, voice definition, model or text changes.

    \b
    Example:
      audio-edition cache info
    """


@cache.command("info")
def cache_info() -> None:
    """Where the cache of spoken lines is, how many sentences and how much audio it holds.

    Past its limit, the least recently used sentences are removed after each render.

    \b
    Example:
      audio-edition cache info
    """
    from .tts import SpeechCache
    from .tts.cache import LIMIT_VARIABLE

    cache = SpeechCache()
    info = cache.info()
    minutes = info.seconds / 60
    click.echo(
        f"{info.folder}: {info.entries} sentences, {minutes:.1f} min of speech, {info.bytes / 1e6:.1f} MB"
        f" (limit {cache.limit / 1e6:.0f} MB, ${LIMIT_VARIABLE})"
    )


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached sentence (the Kokoro model and voices stay).

    \b
    Example:
      audio-edition cache clear
    """
    from .tts import SpeechCache

    removed = SpeechCache().clear()
    click.echo(f"{removed.folder}: removed {removed.entries} sentences ({removed.bytes / 1e6:.1f} MB)")


def main() -> None:  # pragma: no cover - console entry point
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()
