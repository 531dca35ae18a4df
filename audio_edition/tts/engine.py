"""The engine seam: one method, ``synthesize(text, voice) -> Audio``, and an explicit registry.

Like httpx's transport: the pipeline only sees this protocol, ``FakeEngine`` makes pipeline
tests instant, and each real engine translates its library's exceptions into ours. Engines
are imported lazily so ``audio-edition --help`` works without any of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..errors import VoiceError
from ..model import Audio
from .voices import VoiceSpec


class Engine(Protocol):
    name: str
    sample_rate: int

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        """Speak already-normalised French ``text`` with ``voice``; mono float32."""
        ...

    def check_voice(self, voice: VoiceSpec) -> None:
        """Raise VoiceError if this engine cannot speak with ``voice`` (bad options, missing file)."""
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

    def voice_problem(self, voice: VoiceSpec) -> str | None:
        """Why ``voice`` cannot be spoken here (engine missing, bad options, missing files)."""
        problem = self.problem()
        if problem:
            return problem
        module = importlib.import_module(f"audio_edition.tts.{self.module}")
        check: Callable[[VoiceSpec], str | None] | None = getattr(module, "voice_problem", None)
        return check(voice) if check else None


ENGINES: dict[str, EngineInfo] = {
    "kokoro": EngineInfo("kokoro", "kokoro", "KokoroEngine", "Kokoro-82M (onnxruntime, CPU): natural, default"),
    "fake": EngineInfo("fake", "fake", "FakeEngine", "test tones, instant: for tests only"),
}

_instances: dict[str, Engine] = {}


def get_engine(name: str) -> Engine:
    """The engine called ``name``, created once per process (models are slow to load)."""
    if name not in ENGINES:
        raise VoiceError(f"unknown engine '{name}'", f"use one of: {', '.join(sorted(ENGINES))}")
    if name not in _instances:
        info = ENGINES[name]
        problem = info.problem()
        if problem:
            raise VoiceError(f"engine '{name}' cannot run here: {problem}")
        _instances[name] = info.load()()
    return _instances[name]
