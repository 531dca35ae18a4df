"""The engine seam: ``synthesize(text, voice) -> Audio``, and an explicit registry.

Like httpx's transport: the pipeline only sees this protocol, ``FakeEngine`` makes pipeline
tests instant, and each real engine translates its library's exceptions into ours. Engines
are imported lazily so ``audio-edition --help`` works without any of them: each engine
module answers ``problem()`` (can it run here? with the fix) and ``voice_problem(voice)``
without loading its model or its heavy library, and may offer ``fetch(voice, say)`` to
download what a voice needs (``audio-edition setup --voice NAME``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..errors import VoiceError
from ..model import Audio
from .voices import VoiceSpec


class Engine(Protocol):
    name: str
    sample_rate: int
    workers: int  # how many synthesize() calls this engine runs well at once (threads)

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        """Speak already-normalised French ``text`` with ``voice``; mono float32. English
        spans are marked ``[en:…]``: an engine that cannot switch language reads
        ``script.languages.plain(text)``."""
        ...

    def check_voice(self, voice: VoiceSpec) -> None:
        """Raise VoiceError if this engine cannot speak with ``voice`` (bad options, missing file)."""
        ...

    def version(self, voice: VoiceSpec) -> str:
        """What, besides the voice's definition and the text, decides the sound: the model
        file, the library release, the engine's own settings. Part of the cache key."""
        ...


@dataclass(frozen=True)
class EngineInfo:
    name: str
    module: str  # audio_edition.tts.<module>, imported only when the engine is used
    factory: str  # class name in that module
    description: str

    def load(self) -> Callable[[], Engine]:
        module = importlib.import_module(f"audio_edition.tts.{self.module}")
        return getattr(module, self.factory)  # type: ignore[no-any-return]

    def problem(self) -> str | None:
        """Why this engine cannot run here, with the fix; None when it can."""
        module = importlib.import_module(f"audio_edition.tts.{self.module}")
        check: Callable[[], str | None] = getattr(module, "problem")
        return check()

    def fetch(self, voice: VoiceSpec, say: Callable[[str], None]) -> bool:
        """Download what ``voice`` needs, if this engine knows how; False when it does not."""
        module = importlib.import_module(f"audio_edition.tts.{self.module}")
        fetch: Callable[[VoiceSpec, Callable[[str], None]], None] | None = getattr(module, "fetch", None)
        if fetch is None:
            return False
        fetch(voice, say)
        return True

    def voice_problem(self, voice: VoiceSpec) -> str | None:
        """Why ``voice`` cannot be spoken here (engine missing, bad options, missing files)."""
        problem = self.problem()
        if problem:
            return problem
        module = importlib.import_module(f"audio_edition.tts.{self.module}")
        check: Callable[[VoiceSpec], str | None] | None = getattr(module, "voice_problem", None)
        return check(voice) if check else None


ENGINES: dict[str, EngineInfo] = {
    "kokoro": EngineInfo("kokoro", "kokoro", "KokoroEngine", "Kokoro-82M (onnxruntime, CPU): natural, the default"),
    "coqui": EngineInfo("coqui", "coqui", "CoquiEngine", "Coqui TTS (torch): a zoo model, a model folder, XTTS v2 cloning"),
    "piper": EngineInfo("piper", "piper", "PiperEngine", "Piper (onnxruntime): fast, one .onnx model per voice"),
    "espeak": EngineInfo("espeak", "espeak", "EspeakEngine", "eSpeak NG: robotic fallback, always available"),
    "fake": EngineInfo("fake", "fake", "FakeEngine", "test tones, instant: for tests only"),
}

_instances: dict[str, Engine] = {}


def default_workers() -> int:
    """Lines spoken at once: ``$AUDIO_EDITION_WORKERS``, else one per core.

    Measured on two shared cores (scripts/bench.py --workers 1 and 2): two Kokoro passes at
    once, each on one onnxruntime thread, beat one pass spread over both cores; onnxruntime's
    intra-op threads wait on each other at every small operator of a batch-of-one model.
    """
    value = os.environ.get("AUDIO_EDITION_WORKERS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return max(1, min(os.cpu_count() or 1, 8))


def describe(exc: BaseException) -> str:
    """A library's exception as one short line: messages from torch or onnxruntime run long."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def engine_names() -> list[str]:
    """The engines a voice may name (the fake one is for tests and not advertised)."""
    return sorted(name for name in ENGINES if name != "fake")


def get_engine(name: str) -> Engine:
    """The engine called ``name``, created once per process (models are slow to load)."""
    if name not in ENGINES:
        raise VoiceError(f"unknown engine '{name}'", f"use one of: {', '.join(engine_names())}")
    if name not in _instances:
        info = ENGINES[name]
        problem = info.problem()
        if problem:
            raise VoiceError(f"engine '{name}' cannot run here: {problem}")
        _instances[name] = info.load()()
    return _instances[name]
