"""Piper voices (piper-tts, onnxruntime): fast, one ``.onnx`` model and its ``.onnx.json`` per voice.

A voice names its model either by Piper's voice name (``model = "fr_FR-siwis-medium"``,
looked for in ``<cache>/piper/`` and fetched there by ``audio-edition setup --voice NAME``)
or by a path to the ``.onnx`` file (relative to the voices file). French Piper voices:
fr_FR-siwis-medium, fr_FR-upmc-medium (two speakers), fr_FR-tom-medium, among others.
Piper speaks sentence by sentence; we trim each and put our own pauses between them.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import AssetError, SynthesisError, VoiceError
from ..model import Audio
from ..paths import cache_dir
from ..script.languages import plain
from . import chunks
from .engine import describe
from .phonemes import SPELLING
from .phonemes import french_spelling
from .voices import VoiceSpec

INSTALL = "pip install 'audio-edition[piper]'"
_OPTIONS = {"model", "speaker"}
LIMIT = 400  # characters per pass: Piper has no hard limit, but memory grows with the input


def piper_dir() -> Path:
    return cache_dir() / "piper"


def problem() -> str | None:
    import importlib.util

    if importlib.util.find_spec("piper") is None or importlib.util.find_spec("onnxruntime") is None:
        return f"piper-tts is not installed in this environment — run: {INSTALL}"
    return None


def _check_options(voice: VoiceSpec) -> None:
    unknown = set(voice.options) - _OPTIONS
    if unknown or "model" not in voice.options:
        raise VoiceError(
            f"voice '{voice.name}': a piper voice needs 'model' (a Piper voice name or a .onnx path)"
            + (f" and takes only {sorted(_OPTIONS)}, not {sorted(unknown)}" if unknown else ""),
            "fix voices/voices.toml",
        )
    speaker = voice.options.get("speaker")
    if speaker is not None and (not isinstance(speaker, int) or speaker < 0):
        raise VoiceError(f"voice '{voice.name}': 'speaker' must be a speaker number (0, 1, …)", "fix voices/voices.toml")


def _by_name(voice: VoiceSpec) -> bool:
    model = str(voice.options["model"])
    return not model.endswith(".onnx") and "/" not in model


def model_path(voice: VoiceSpec) -> Path:
    if _by_name(voice):
        return piper_dir() / f"{voice.options['model']}.onnx"
    return voice.path("model")


def voice_problem(voice: VoiceSpec) -> str | None:
    try:
        _check_options(voice)
    except VoiceError as exc:
        return str(exc)
    model = model_path(voice)
    config = Path(f"{model}.json")
    if model.is_file() and config.is_file():
        return None
    missing = model if not model.is_file() else config
    if _by_name(voice):
        return f"the Piper model is not in {missing} — run: audio-edition setup --voice {voice.name}"
    return f"the Piper model file {missing} does not exist — put the .onnx and its .onnx.json there, or fix 'model'"


def fetch(voice: VoiceSpec, say: Callable[[str], None]) -> None:
    """Piper's own downloader, into a temporary folder, then moved into the cache."""
    _check_options(voice)
    if not _by_name(voice):
        say(f"piper: {voice.name} uses the file {model_path(voice)}; nothing to fetch")
        return
    if (reason := problem()) is not None:
        raise VoiceError(reason)
    from piper.download_voices import download_voice

    name = str(voice.options["model"])
    final = piper_dir()
    if (final / f"{name}.onnx").is_file() and (final / f"{name}.onnx.json").is_file():
        say(f"piper: {final / name}.onnx (present)")
        return
    final.mkdir(parents=True, exist_ok=True)
    say(f"piper: fetching {name} with Piper's downloader…")
    with tempfile.TemporaryDirectory(dir=final) as tmp:
        try:
            download_voice(name, Path(tmp))
        except Exception as exc:  # urllib errors, a bad voice name (ValueError)
            raise AssetError(f"could not fetch the Piper voice {name} ({describe(exc)})", "check the name and the network") from None
        for suffix in (".onnx.json", ".onnx"):  # the model last: its presence means complete
            shutil.move(str(Path(tmp) / f"{name}{suffix}"), final / f"{name}{suffix}")
    say(f"piper: {final / name}.onnx")


class PiperEngine:
    name = "piper"
    workers = 1  # Piper phonemises with a process-wide espeak: one pass at a time
    sample_rate = 22050  # nominal: each model says its own, and Audio carries it

    def __init__(self) -> None:
        import importlib.metadata

        self._release = importlib.metadata.version("piper-tts")
        self._voices: dict[Path, Any] = {}
        self._lock = threading.Lock()

    def _load(self, voice: VoiceSpec) -> Any:
        _check_options(voice)
        if (missing := voice_problem(voice)) is not None:
            raise VoiceError(missing)
        path = model_path(voice).resolve()
        with self._lock:
            if path not in self._voices:
                from piper import PiperVoice

                try:
                    self._voices[path] = PiperVoice.load(path, config_path=f"{path}.json")
                except Exception as exc:  # onnxruntime and json errors: a damaged model
                    raise VoiceError(f"voice '{voice.name}': the Piper model {path} does not load ({describe(exc)})") from None
            loaded = self._voices[path]
        speakers = int(loaded.config.num_speakers)
        speaker = voice.options.get("speaker")
        if speaker is not None and speaker >= speakers:
            raise VoiceError(f"voice '{voice.name}': speaker {speaker} does not exist (the model has {speakers})")
        return loaded

    def check_voice(self, voice: VoiceSpec) -> None:
        self._load(voice)

    def version(self, voice: VoiceSpec) -> str:
        path = model_path(voice)
        stat = path.stat()
        return f"piper-tts {self._release}|{path.name}:{stat.st_size}:{stat.st_mtime_ns}|spelling {SPELLING}"

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        text = plain(text)  # no language switching here: English spans read as written
        if voice.language.startswith("fr"):
            text = french_spelling(text)  # "algorithme" in French, not by espeak-ng's English rules
        from piper import SynthesisConfig

        loaded = self._load(voice)
        config = SynthesisConfig(
            speaker_id=voice.options.get("speaker"),
            length_scale=float(loaded.config.length_scale) / voice.speed,
            volume=0.9,
        )
        rate = int(loaded.config.sample_rate)
        parts: list[tuple[np.ndarray, chunks.Break]] = []
        with self._lock:
            self._speak(loaded, config, text, rate, parts)
        if not parts:
            raise SynthesisError(f"nothing to say in {text[:60]!r}")
        return Audio(chunks.join(parts, rate), rate)

    def _speak(self, loaded: Any, config: Any, text: str, rate: int, parts: list[tuple[np.ndarray, chunks.Break]]) -> None:
        try:
            for piece in chunks.split_text(text, LIMIT):
                sentences = [chunks.trim_silence(c.audio_float_array, rate) for c in loaded.synthesize(piece.text, config)]
                sentences = [s for s in sentences if len(s)]
                parts += [(s, "sentence") for s in sentences[:-1]]
                if sentences:
                    parts.append((sentences[-1], piece.pause))
        except Exception as exc:  # onnxruntime or phonemizer errors on this text
            raise SynthesisError(f"Piper failed on {text[:60]!r}: {describe(exc)}") from exc
