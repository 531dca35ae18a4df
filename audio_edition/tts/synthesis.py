"""Script -> Speech: every cue normalised, looked up in the cache, else spoken by its role's voice.

Normalisation happens here, once, for every engine; the cue keeps its written text for
the transcript. Each line is spoken sentence by sentence (the engine cuts a sentence
longer than its model's window at clauses), each sentence trimmed of silence and followed
by the pause its punctuation calls for (comma < sentence < the mix's paragraph). A
sentence already in the cache (same engine, voice definition, model version and
normalised text) is not spoken again: re-rendering after a one-line edit speaks that
line only, and only its edited sentences. The rest are spoken on a small pool of
threads, and a progress bar with an ETA counts their characters on stderr.

A line the engine fails on does not stop the others: every failure is collected and
reported at the end, one per line, in a ``LinesFailedError``; the lines that worked are
cached, so the re-render after the fix is quick. Nothing is published by then.
Audio is trimmed of leading and trailing silence (the mix places the pauses), and voices
of engines at different sample rates are brought to one rate.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
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
class _Piece:
    """A sentence of a line: the unit that is spoken, cached and reused."""

    text: str
    pause: chunks.Break  # after it, within the line
    key: str | None = None
    audio: Audio | None = None


@dataclass
class _Line:
    number: int
    segment: str
    cue: Cue
    voice: VoiceSpec
    pieces: list[_Piece]

    @property
    def ready(self) -> bool:
        return all(piece.audio is not None for piece in self.pieces)

    def audio(self) -> Audio:
        """The line's sentences joined, each followed by its pause."""
        parts = [(piece.audio, piece.pause) for piece in self.pieces if piece.audio is not None]
        rate = parts[0][0].sample_rate
        return Audio(chunks.join([(audio.samples, pause) for audio, pause in parts], rate), rate)


def _pieces(text: str, voice: VoiceSpec, version: str, cache: SpeechCache | None) -> list[_Piece]:
    """The sentences of a normalised line, each with its cached audio when there is one."""
    pieces = [_Piece(p.text, p.pause) for p in chunks.sentences(text)] or [_Piece(text, "none")]
    if cache is not None:
        for piece in pieces:
            piece.key = cache_key(voice, version, piece.text)
            piece.audio = cache.get(piece.key)
    return pieces


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
            pieces = _pieces(normalise(cue.text, lexicon), voice, versions[cue.role], cache)
            lines.append(_Line(len(lines) + 1, segment.title, cue, voice, pieces))

    cached = sum(line.ready for line in lines)
    todo = [(line, piece) for line in lines for piece in line.pieces if piece.audio is None]
    failed: dict[int, LineFailure] = {}
    total = sum(len(piece.text) for line in lines for piece in line.pieces)
    done = total - sum(len(piece.text) for _, piece in todo)
    lock = threading.Lock()
    with tqdm(total=total, initial=done, unit="car", desc="synthèse", disable=not progress or not todo,
              leave=False, dynamic_ncols=True) as bar:  # fmt: skip

        def speak(line: _Line, piece: _Piece) -> None:
            try:
                audio = engine_for(line.voice).synthesize(piece.text, line.voice)
            except SynthesisError as exc:
                with lock:
                    failed.setdefault(line.number, LineFailure(line.number, line.segment, line.cue, exc.message))
            else:
                piece.audio = Audio(chunks.trim_silence(audio.samples, audio.sample_rate), audio.sample_rate)
                if cache is not None and piece.key is not None:
                    cache.put(piece.key, piece.audio)
            with lock:
                bar.update(len(piece.text))

        engines_used = {id(e): e for e in (engine_for(line.voice) for line, _ in todo)}.values()
        for engine in engines_used:
            expect = getattr(engine, "expect", None)  # optional: engines that tune threads to the work
            if expect is not None:
                expect(sum(1 for line, _ in todo if engine_for(line.voice) is engine))
        _run(speak, todo, workers or max((getattr(e, "workers", 1) for e in engines_used), default=1))

    if cache is not None:
        cache.prune(keep=(piece.key for line in lines for piece in line.pieces if piece.key is not None))
    if failed:
        raise LinesFailedError([failed[n] for n in sorted(failed)], len(lines))
    audios = [line.audio() for line in lines]
    rate = max((audio.sample_rate for audio in audios), default=24000)
    spoken: list[tuple[SpokenCue, ...]] = []
    index = 0
    for segment in script.segments:
        out = []
        for cue in segment.cues:
            audio = audios[index]
            if audio.sample_rate != rate:
                audio = Audio(chunks.resample(audio.samples, audio.sample_rate, rate), rate)
            out.append(SpokenCue(cue, audio))
            index += 1
        spoken.append(tuple(out))
    report = SynthesisReport(len(lines), cached, len(lines) - cached, rate)
    return Speech(script, tuple(spoken)), report


def _run(speak: Callable[[_Line, _Piece], None], todo: list[tuple[_Line, _Piece]], workers: int) -> None:
    """Speak ``todo`` in order with one thread, or on a pool; a fatal error stops the rest."""
    if workers <= 1 or len(todo) <= 1:
        for line, piece in todo:
            speak(line, piece)
        return
    # Longest first: the pool then ends on short sentences, not on one long one using one core.
    ordered = sorted(todo, key=lambda job: -len(job[1].text))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="speak") as pool:
        futures: list[Future[None]] = [pool.submit(speak, line, piece) for line, piece in ordered]
        finished, pending = wait(futures, return_when=FIRST_EXCEPTION)
        for future in pending:
            future.cancel()
        for future in finished:
            future.result()  # re-raises a VoiceError or an interruption from any thread


def speak_text(text: str, voice: VoiceSpec, cache: SpeechCache | None = None, engine: Engine | None = None) -> Audio:
    """One normalised text with one voice, as a line of an episode would sound (``speak``)."""
    engine = engine or get_engine(voice.engine)
    engine.check_voice(voice)
    pieces = _pieces(text, voice, engine.version(voice), cache)
    for piece in pieces:
        if piece.audio is None:
            audio = engine.synthesize(piece.text, voice)
            piece.audio = Audio(chunks.trim_silence(audio.samples, audio.sample_rate), audio.sample_rate)
            if cache is not None and piece.key is not None:
                cache.put(piece.key, piece.audio)
    return _Line(1, "", Cue("host", text), voice, pieces).audio()
