"""Coqui TTS voices (coqui-tts, torch), through Coqui's own ``TTS`` API.

A voice names its model one of two ways:

- ``model = "tts_models/fr/css10/vits"`` — a model of Coqui's zoo, downloaded once into
  Coqui's folder (``$TTS_HOME``, else ``~/.local/share/tts``) by
  ``audio-edition setup --voice NAME`` on a machine with internet;
- ``model_dir = "path/to/folder"`` — a local model: ``config.json`` with ``model.pth``
  (any Coqui model), or an XTTS v2 checkpoint folder.

XTTS v2 (``tts_models/multilingual/multi-dataset/xtts_v2``) clones a presenter from
``speaker_wav``, a clean reference recording of 6–30 s; multi-speaker models take
``speaker``. Coqui needs torch (about 7.6 GB with torchaudio): it is the optional extra
``audio-edition[coqui]``, kept in its own environment (``scripts/setup-coqui.sh``).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import AssetError, SynthesisError, VoiceError
from ..model import Audio
from ..script.languages import plain
from . import chunks
from .engine import describe
from .voices import VoiceSpec

INSTALL = (
    "pip install 'audio-edition[coqui]' (about 7.6 GB; in this repository: "
    "bash scripts/setup-coqui.sh, then use .venv-coqui/bin/audio-edition)"
)
_OPTIONS = {"model", "model_dir", "speaker_wav", "speaker"}
LIMIT = 400  # characters per pass for most models
XTTS_LIMIT = 240  # XTTS v2 warns past 273 characters of French and may cut the audio
_CHECKPOINTS = ("model.pth", "model_file.pth", "checkpoint.pth", "model_file.pth.tar")


def problem() -> str | None:
    import importlib.util

    for module, package in (("torch", "torch"), ("TTS", "coqui-tts")):
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed in this environment — run: {INSTALL}"
    return None


def zoo_dir() -> Path:
    """Where Coqui keeps downloaded models (its own rule: $TTS_HOME, $XDG_DATA_HOME, ~/.local/share)."""
    home = os.environ.get("TTS_HOME") or os.environ.get("XDG_DATA_HOME")
    base = Path(home).expanduser() if home else Path.home() / ".local" / "share"
    return base / "tts"


def _zoo_folder(name: str) -> Path:
    return zoo_dir() / name.replace("/", "--")


def _check_options(voice: VoiceSpec) -> None:
    unknown = set(voice.options) - _OPTIONS
    if unknown or ("model" in voice.options) == ("model_dir" in voice.options):
        raise VoiceError(
            f"voice '{voice.name}': a coqui voice needs exactly one of 'model' (a zoo name) or 'model_dir'"
            + (f", and takes only {sorted(_OPTIONS)}, not {sorted(unknown)}" if unknown else ""),
            "fix voices/voices.toml",
        )
    model = voice.options.get("model")
    if model is not None and (not isinstance(model, str) or model.count("/") != 3):
        raise VoiceError(
            f"voice '{voice.name}': 'model' must be a Coqui zoo name like tts_models/fr/css10/vits",
            "fix voices/voices.toml",
        )


def _checkpoint(folder: Path) -> Path | None:
    for name in _CHECKPOINTS:
        if (folder / name).is_file():
            return folder / name
    return None


def _is_xtts(config: Path) -> bool:
    try:
        return bool(json.loads(config.read_text(encoding="utf-8")).get("model") == "xtts")
    except (OSError, ValueError):
        return False


def voice_problem(voice: VoiceSpec) -> str | None:
    try:
        _check_options(voice)
    except VoiceError as exc:
        return str(exc)
    if "model" in voice.options:
        folder = _zoo_folder(str(voice.options["model"]))
        if not (folder / "config.json").is_file() and _checkpoint(folder) is None:
            return (
                f"the Coqui model {voice.options['model']} is not downloaded in {zoo_dir()} — "
                f"run: audio-edition setup --voice {voice.name} (needs internet)"
            )
    else:
        folder = voice.path("model_dir")
        if not (folder / "config.json").is_file() or _checkpoint(folder) is None:
            return (
                f"the Coqui model folder {folder} needs config.json and model.pth — "
                "put the model there, or fix 'model_dir'"
            )
    if "speaker_wav" in voice.options and not voice.path("speaker_wav").is_file():
        return (
            f"the speaker reference {voice.path('speaker_wav')} does not exist — record 6 to 30 s of the "
            f"presenter (WAV), or make one: audio-edition speak --text-file TEXT --voice siwis -o "
            f"{voice.path('speaker_wav')}"
        )
    return None


def fetch(voice: VoiceSpec, say: Callable[[str], None]) -> None:
    """Coqui's own downloader (ModelManager), into Coqui's folder."""
    _check_options(voice)
    if "model" not in voice.options:
        say(f"coqui: {voice.name} uses the folder {voice.path('model_dir')}; nothing to fetch")
        return
    if (reason := problem()) is not None:
        raise VoiceError(reason)
    from TTS.utils.manage import ModelManager

    name = str(voice.options["model"])
    say(f"coqui: fetching {name} with Coqui's model manager…")
    try:
        ModelManager(progress_bar=False).download_model(name)
    except Exception as exc:  # network errors, an unknown name (Coqui raises its own types)
        raise AssetError(f"could not fetch the Coqui model {name} ({describe(exc)})", "check the name and the network") from None
    say(f"coqui: {_zoo_folder(name)}")


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


class _Loaded:
    def __init__(self, tts: Any, xtts: bool) -> None:
        self.tts = tts
        self.xtts = xtts
        self.rate = int(tts.synthesizer.output_sample_rate)
        model = tts.synthesizer.tts_model
        self.base_length_scale = getattr(model, "length_scale", None)
        self.lock = threading.Lock()


class CoquiEngine:
    name = "coqui"
    workers = 1  # torch already spreads one pass over every core
    sample_rate = 22050  # nominal: each model says its own, and Audio carries it

    def __init__(self) -> None:
        import importlib.metadata
        import logging

        for noisy in ("TTS", "trainer", "coqpit"):
            logging.getLogger(noisy).setLevel(logging.ERROR)
        self._release = importlib.metadata.version("coqui-tts")
        self._models: dict[str, _Loaded] = {}
        self._lock = threading.Lock()

    def _model_id(self, voice: VoiceSpec) -> str:
        if "model" in voice.options:
            return str(voice.options["model"])
        return str(voice.path("model_dir").resolve())

    def _load(self, voice: VoiceSpec) -> _Loaded:
        _check_options(voice)
        if (missing := voice_problem(voice)) is not None:
            raise VoiceError(missing)
        key = self._model_id(voice)
        with self._lock:
            if key not in self._models:
                self._models[key] = self._open(voice)
            return self._models[key]

    def _open(self, voice: VoiceSpec) -> _Loaded:
        from TTS.api import TTS

        try:
            if "model" in voice.options:
                name = str(voice.options["model"])
                return _Loaded(TTS(model_name=name, progress_bar=False), "xtts" in name)
            folder = voice.path("model_dir")
            config = folder / "config.json"
            xtts = _is_xtts(config)
            checkpoint = folder if xtts else _checkpoint(folder)
            return _Loaded(TTS(model_path=str(checkpoint), config_path=str(config), progress_bar=False), xtts)
        except Exception as exc:  # torch, coqpit and Coqui's own errors: a damaged or foreign model
            reason = describe(exc)
            if "espeak" in reason.lower():  # a model that reads phonemes, and no espeak-ng program
                raise VoiceError(f"voice '{voice.name}': this Coqui model needs the espeak-ng program",
                                 "run: apt install espeak-ng (scripts/setup-coqui.sh does as root)") from None  # fmt: skip
            raise VoiceError(f"voice '{voice.name}': the Coqui model does not load ({type(exc).__name__}: {reason})") from None

    def check_voice(self, voice: VoiceSpec) -> None:
        loaded = self._load(voice)
        if loaded.tts.is_multi_speaker and "speaker" not in voice.options and "speaker_wav" not in voice.options:
            speakers = ", ".join((loaded.tts.speakers or [])[:8])
            raise VoiceError(
                f"voice '{voice.name}': this Coqui model has several speakers; choose one with 'speaker'",
                f"e.g. {speakers}" if speakers else "or give a 'speaker_wav' to clone",
            )

    def version(self, voice: VoiceSpec) -> str:
        parts = [f"coqui-tts {self._release}", self._model_id(voice)]
        if "model_dir" in voice.options:
            folder = voice.path("model_dir")
            checkpoint = _checkpoint(folder)
            for path in (folder / "config.json", checkpoint):
                if path is not None and path.is_file():
                    stat = path.stat()
                    parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
        if "speaker_wav" in voice.options:
            parts.append(f"speaker {_digest(voice.path('speaker_wav'))}")
        return "|".join(parts)

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        text = plain(text)  # no language switching here: English spans read as written
        loaded = self._load(voice)
        kwargs: dict[str, Any] = {"split_sentences": False}
        if loaded.tts.is_multi_lingual:
            kwargs["language"] = voice.language.split("-")[0]
        if "speaker" in voice.options:
            kwargs["speaker"] = str(voice.options["speaker"])
        if "speaker_wav" in voice.options:
            kwargs["speaker_wav"] = str(voice.path("speaker_wav"))
        if loaded.xtts:
            kwargs["speed"] = voice.speed
        parts: list[tuple[np.ndarray, chunks.Break]] = []
        with loaded.lock:  # one model, one pass at a time (torch already uses every core)
            if loaded.base_length_scale is not None and not loaded.xtts:
                loaded.tts.synthesizer.tts_model.length_scale = loaded.base_length_scale / voice.speed
            try:
                for piece in chunks.split_text(text, XTTS_LIMIT if loaded.xtts else LIMIT):
                    wav = np.asarray(loaded.tts.tts(text=piece.text, **kwargs), dtype=np.float32)
                    parts.append((chunks.trim_silence(wav, loaded.rate), piece.pause))
            except Exception as exc:  # torch and Coqui errors on this text
                raise SynthesisError(f"Coqui failed on {text[:60]!r}: {type(exc).__name__}: {describe(exc)}") from exc
        if not parts or not any(len(p) for p, _ in parts):
            raise SynthesisError(f"nothing to say in {text[:60]!r}")
        return Audio(chunks.join(parts, loaded.rate), loaded.rate)
