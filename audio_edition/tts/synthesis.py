"""Script -> Speech: every cue normalised, looked up in the cache, else spoken by its role's voice.

Normalisation happens here, once, for every engine; the cue keeps its written text for
the transcript. Lines already in the cache (same engine, voice definition, model version
and normalised text) are not spoken again, so re-rendering after a one-line edit speaks
one line. The others are spoken on a small pool of threads, and a progress bar with an
ETA counts their characters (the unit synthesis time follows) on stderr.

A line the engine fails on does not stop the others: every failure is collected and
reported at the end, one per line, in a ``LinesFailedError``; the lines that worked are
cached, so the re-render after the fix is quick. Nothing is published by then.
Audio is trimmed of leading and trailing silence (the mix places the pauses), and voices
of engines at different sample rates are brought to one rate.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from ..errors import SynthesisError
from ..model import Audio, Cue, Role, Script, SpokenCue, Speech
from ..script import Lexicon, normalise
from . import chunks
from .cache import SpeechCache, cache_key
from .engine import Engine, get_engine
from .voices import VoiceSpec

MAX_LISTED = 5  # failures named in the error line; the count says how many more


@dataclass(frozen=True)
class LineFailure:
    number: int  # 1-based position of the cue in the script
    segment: str
    cue: Cue
    reason: str

    def describe(self) -> str:
        text = self.cue.text if len(self.cue.text) <= 50 else self.cue.text[:49] + "…"
        return f"line {self.number} ({self.segment}, {self.cue.role}) «{text}»: {self.reason}"


class LinesFailedError(SynthesisError):
    """Some lines could not be spoken; the rest were, and are cached."""

    def __init__(self, failures: list[LineFailure], total: int) -> None:
        self.failures = failures
        listed = "; ".join(f.describe() for f in failures[:MAX_LISTED])
        more = f"; and {len(failures) - MAX_LISTED} more" if len(failures) > MAX_LISTED else ""
        super().__init__(
            f"{len(failures)} of {total} lines could not be spoken, nothing was published: {listed}{more}",
            "fix those lines or their voice and render again (the other lines are cached)",
        )


@dataclass(frozen=True)
class SynthesisReport:
    lines: int
    cached: int  # lines taken from the cache
    spoken: int  # lines the engines spoke in this run
    sample_rate: int


@dataclass
class _Line:
    number: int
    segment: str
    cue: Cue
    voice: VoiceSpec
    text: str  # normalised: what the engine is given
    key: str | None = None
    audio: Audio | None = None


def synthesize(
    script: Script,
    voices: Mapping[Role, VoiceSpec],
    lexicon: Lexicon | None = None,
    *,
    progress: bool = True,
    engines: Mapping[str, Engine] | None = None,
    cache: SpeechCache | None = None,
    workers: int | None = None,
) -> Speech:
    """Speak every cue of ``script``. ``engines`` overrides the registry (tests)."""
    return synthesize_script(
        script, voices, lexicon, progress=progress, engines=engines, cache=cache, workers=workers
    )[0]


def synthesize_script(
    script: Script,
    voices: Mapping[Role, VoiceSpec],
    lexicon: Lexicon | None = None,
    *,
    progress: bool = True,
    engines: Mapping[str, Engine] | None = None,
    cache: SpeechCache | None = None,
    workers: int | None = None,
) -> tuple[Speech, SynthesisReport]:
    """``synthesize``, and how many lines came from the cache."""
    from tqdm import tqdm

    def engine_for(voice: VoiceSpec) -> Engine:
        return engines[voice.engine] if engines is not None else get_engine(voice.engine)

    for voice in voices.values():
        engine_for(voice).check_voice(voice)
    versions = {role: engine_for(voice).version(voice) for role, voice in voices.items()}
    lines: list[_Line] = []
    for segment in script.segments:
        for cue in segment.cues:
            voice = voices[cue.role]
            line = _Line(len(lines) + 1, segment.title, cue, voice, normalise(cue.text, lexicon))
            if cache is not None:
                line.key = cache_key(voice, versions[cue.role], line.text)
                line.audio = cache.get(line.key)
            lines.append(line)

    todo = [line for line in lines if line.audio is None]
    failures: list[LineFailure] = []
    total = sum(len(line.text) for line in lines)
    done = total - sum(len(line.text) for line in todo)
    lock = threading.Lock()
    with tqdm(total=total, initial=done, unit="car", desc="synthèse", disable=not progress or not todo,
              leave=False, dynamic_ncols=True) as bar:  # fmt: skip

        def speak(line: _Line) -> None:
            engine = engine_for(line.voice)
            try:
                audio = engine.synthesize(line.text, line.voice)
            except SynthesisError as exc:
                with lock:
                    failures.append(LineFailure(line.number, line.segment, line.cue, exc.message))
            else:
                line.audio = Audio(chunks.trim_silence(audio.samples, audio.sample_rate), audio.sample_rate)
                if cache is not None and line.key is not None:
                    cache.put(line.key, line.audio)
            with lock:
                bar.update(len(line.text))

        engines_used = {id(e): e for e in (engine_for(line.voice) for line in todo)}.values()
        _run(speak, todo, workers or max((getattr(e, "workers", 1) for e in engines_used), default=1))

    if failures:
        raise LinesFailedError(sorted(failures, key=lambda f: f.number), len(lines))
    rate = max((line.audio.sample_rate for line in lines if line.audio), default=24000)
    spoken: list[tuple[SpokenCue, ...]] = []
    index = 0
    for segment in script.segments:
        out = []
        for cue in segment.cues:
            audio = lines[index].audio
            assert audio is not None  # every line was spoken or failed, and failures raised above
            if audio.sample_rate != rate:
                audio = Audio(chunks.resample(audio.samples, audio.sample_rate, rate), rate)
            out.append(SpokenCue(cue, audio))
            index += 1
        spoken.append(tuple(out))
    report = SynthesisReport(len(lines), len(lines) - len(todo), len(todo) - len(failures), rate)
    return Speech(script, tuple(spoken)), report


def _run(speak: object, todo: list[_Line], workers: int) -> None:
    """Speak ``todo`` in order with one thread, or on a pool; a fatal error stops the rest."""
    if workers <= 1 or len(todo) <= 1:
        for line in todo:
            speak(line)  # type: ignore[operator]
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="speak") as pool:
        futures: list[Future[None]] = [pool.submit(speak, line) for line in todo]  # type: ignore[arg-type]
        finished, pending = wait(futures, return_when=FIRST_EXCEPTION)
        for future in pending:
            future.cancel()
        for future in finished:
            future.result()  # re-raises a VoiceError or an interruption from any thread


def speak_text(text: str, voice: VoiceSpec, cache: SpeechCache | None = None, engine: Engine | None = None) -> Audio:
    """One already-normalised text with one voice (``audio-edition speak``), through the cache."""
    engine = engine or get_engine(voice.engine)
    engine.check_voice(voice)
    key = cache_key(voice, engine.version(voice), text) if cache is not None else None
    if cache is not None and key is not None and (audio := cache.get(key)) is not None:
        return audio
    audio = engine.synthesize(text, voice)
    audio = Audio(chunks.trim_silence(audio.samples, audio.sample_rate), audio.sample_rate)
    if cache is not None and key is not None:
        cache.put(key, audio)
    return audio
