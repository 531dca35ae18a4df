"""Kokoro-82M through kokoro-onnx and onnxruntime, on the CPU: the default French voices.

We phonemise ourselves (espeak-ng, French, language-switch flags removed) and give
kokoro-onnx the phonemes: it splits them under the model's 510-token window at sentence
and clause boundaries, trims each chunk's silence and puts back a pause by punctuation.
A voice is one Kokoro style vector (``voice = "ff_siwis"``) or a weighted ``blend``.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import SynthesisError, VoiceError
from ..model import Audio
from . import assets, chunks
from .engine import default_workers, describe
from .phonemes import RULES as PHONEME_RULES
from .phonemes import phonemize
from .voices import VoiceSpec

if TYPE_CHECKING:
    import numpy.typing as npt

MODEL_VERSION = f"kokoro-v1.0-int8:{assets.MODEL.sha256[:12]}"
SENTENCE_PAUSE = chunks.PAUSES["sentence"]
CLAUSE_PAUSE = chunks.PAUSES["clause"]


def problem() -> str | None:
    """What is missing for Kokoro to run here, with the command that fixes it."""
    try:
        import espeakng_loader  # noqa: F401
        import kokoro_onnx  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed — run: make setup (or pip install -e .)"
    if (missing := assets.model_problem()) is not None:
        return missing
    if not assets.voices_archive().is_file():
        return f"the Kokoro voices are not in {assets.voices_dir()} — {assets.FIX}"
    return None


@functools.cache
def _library_versions() -> str:
    from importlib.metadata import version

    return ",".join(f"{name} {version(name)}" for name in ("kokoro-onnx", "espeakng-loader", "phonemizer"))


# The model, the libraries that chunk and phonemise, and our pauses all shape the sound.
_VERSION = f"{MODEL_VERSION}|pauses {SENTENCE_PAUSE}/{CLAUSE_PAUSE}|{PHONEME_RULES}"


def fetch(voice: VoiceSpec, say: Callable[[str], None]) -> None:
    assets.fetch_model(say)
    assets.fetch_voices(say)


def voice_problem(voice: VoiceSpec) -> str | None:
    """Checks a voice without loading the model: its options and its vector files."""
    try:
        names = _voice_names(voice)
    except VoiceError as exc:
        return str(exc)
    for name in names:
        if (missing := assets.voice_problem(name)) is not None:
            return missing
    return None


def _voice_names(voice: VoiceSpec) -> dict[str, float]:
    """The style vectors a voice uses, with their weights (summing to 1)."""
    options = voice.options
    unknown = set(options) - {"voice", "blend"}
    if unknown or ("voice" in options) == ("blend" in options):
        raise VoiceError(
            f"voice '{voice.name}': a kokoro voice needs exactly one of 'voice' or 'blend'"
            + (f", not {sorted(unknown)}" if unknown else ""),
            "fix voices/voices.toml",
        )
    if "voice" in options:
        return {str(options["voice"]): 1.0}
    blend = options["blend"]
    if not isinstance(blend, dict) or not blend or not all(isinstance(w, (int, float)) and w > 0 for w in blend.values()):
        raise VoiceError(f"voice '{voice.name}': 'blend' must map voice ids to positive weights", "fix voices/voices.toml")
    total = float(sum(blend.values()))
    return {str(name): float(weight) / total for name, weight in blend.items()}


class KokoroEngine:
    """One onnxruntime session shared by ``workers`` threads, each pass on its share of the cores.

    With two workers on two cores each pass runs on one thread: a batch-of-one model has
    small operators, and intra-op threads spend much of their time waiting on each other.
    """

    name = "kokoro"
    sample_rate = 24000

    def __init__(self) -> None:
        logging.getLogger("kokoro_onnx").setLevel(logging.WARNING)
        self.workers = default_workers()
        try:
            self._voices: Any = np.load(str(assets.voices_archive()))
        except (OSError, ValueError) as exc:
            raise VoiceError(f"the Kokoro voices could not be loaded ({describe(exc)})", assets.FIX) from exc
        self._kokoro: Any = None  # the onnxruntime session, made on first use (see expect)
        self._styles: dict[str, npt.NDArray[np.float32]] = {}

    def expect(self, passes: int) -> None:
        """How many texts the coming run will speak. Fewer than there are workers (a re-render
        after a small edit): one pass at a time on every core, which is faster for a lone
        sentence; otherwise one pass per worker, each on its share of the cores. Decided
        once, when the session is made; a render with everything cached never loads it."""
        if self._kokoro is None and 0 < passes < self.workers:
            self.workers = 1

    def _model(self) -> Any:
        if self._kokoro is None:
            import onnxruntime as rt
            from kokoro_onnx import Kokoro

            options = rt.SessionOptions()
            options.intra_op_num_threads = max(1, (os.cpu_count() or 1) // self.workers)
            options.inter_op_num_threads = 1
            try:
                session = rt.InferenceSession(
                    str(assets.model_path()), sess_options=options, providers=["CPUExecutionProvider"]
                )
                self._kokoro = Kokoro.from_session(session, str(assets.voices_archive()))
            except Exception as exc:  # onnxruntime raises its own types; translate at the adapter
                raise VoiceError(f"the Kokoro model could not be loaded ({describe(exc)})", assets.FIX) from exc
        return self._kokoro

    def check_voice(self, voice: VoiceSpec) -> None:
        self._style(voice)

    def version(self, voice: VoiceSpec) -> str:
        return f"{_VERSION}|{_library_versions()}"

    def _style(self, voice: VoiceSpec) -> npt.NDArray[np.float32]:
        key = voice.key()
        if key not in self._styles:
            names = _voice_names(voice)
            available = set(self._voices.keys())
            missing = sorted(set(names) - available)
            if missing:
                raise VoiceError(
                    f"voice '{voice.name}' uses Kokoro vectors that are not installed: {', '.join(missing)}",
                    f"use some of: {', '.join(sorted(available))}",
                )
            self._styles[key] = sum(w * np.asarray(self._voices[n], dtype=np.float32) for n, w in names.items())
        return self._styles[key]

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        style = self._style(voice)
        phonemes = phonemize(text, voice.language)
        if not phonemes.strip():
            raise SynthesisError(f"nothing to say in {text[:60]!r}")
        try:
            samples, rate = self._model().create(
                phonemes,
                voice=style,
                speed=voice.speed,
                lang=voice.language,
                is_phonemes=True,
                sentence_pause=SENTENCE_PAUSE,
                clause_pause=CLAUSE_PAUSE,
            )
        except Exception as exc:  # translate whatever onnxruntime or kokoro-onnx raises
            raise SynthesisError(f"Kokoro failed on {text[:60]!r}: {describe(exc)}") from exc
        return Audio(np.asarray(samples, dtype=np.float32), int(rate))
