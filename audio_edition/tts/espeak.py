"""eSpeak NG speaking French directly: the robotic fallback that is always there.

espeakng-loader (a core dependency, for Kokoro's phonemes) ships libespeak-ng and its data,
so this engine needs nothing more; we call the library's C API with ctypes, synchronously,
collecting the 16-bit samples in a callback. It sounds like a 1990s GPS — a fallback when
no neural voice can run, never a presenter. The library keeps global state: calls are
serialised, and phonemizer uses its own copy of the library, so the two never interfere.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from ..errors import SynthesisError, VoiceError
from ..model import Audio
from ..script.languages import plain
from .phonemes import SPELLING
from .phonemes import french_spelling
from .voices import VoiceSpec

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE, _PITCH = 1, 3  # espeak_PARAMETER
_DEFAULT_WPM = 160  # espeak's own 175 is hurried in French
_OPTIONS = {"voice", "pitch"}
_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def problem() -> str | None:
    try:
        import espeakng_loader
    except ImportError:
        return "espeakng-loader is not installed — run: pip install -e . (it is a core dependency)"
    try:
        ctypes.CDLL(espeakng_loader.get_library_path())
    except OSError as exc:
        return f"the bundled libespeak-ng does not load ({exc}) — reinstall: pip install --force-reinstall espeakng-loader"
    return None


def voice_problem(voice: VoiceSpec) -> str | None:
    try:
        _check_options(voice)
    except VoiceError as exc:
        return str(exc)
    return None


def _check_options(voice: VoiceSpec) -> None:
    unknown = set(voice.options) - _OPTIONS
    if unknown:
        raise VoiceError(
            f"voice '{voice.name}': an espeak voice takes only {sorted(_OPTIONS)}, not {sorted(unknown)}",
            "fix voices/voices.toml",
        )
    pitch = voice.options.get("pitch", 50)
    if not isinstance(pitch, int) or not 0 <= pitch <= 100:
        raise VoiceError(f"voice '{voice.name}': 'pitch' must be a whole number from 0 to 100", "fix voices/voices.toml")


class EspeakEngine:
    name = "espeak"
    workers = 1  # one library state: calls are serialised

    def __init__(self) -> None:
        import espeakng_loader

        self._lock = threading.Lock()
        self._lib: Any = ctypes.CDLL(espeakng_loader.get_library_path())
        self._lib.espeak_Initialize.restype = ctypes.c_int
        self._lib.espeak_Info.restype = ctypes.c_char_p
        self._lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self._lib.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        data = espeakng_loader.get_data_path().encode()
        rate = self._lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data, 0)
        if rate <= 0:
            raise VoiceError("eSpeak NG could not start (its data folder is unreadable)", "reinstall espeakng-loader")
        self.sample_rate = int(rate)
        self._release = (self._lib.espeak_Info(None) or b"?").decode(errors="replace")
        self._chunks: list[np.ndarray] = []
        # Kept on the instance: ctypes callbacks must outlive every call that may use them.
        self._callback = _CALLBACK(self._collect)
        self._lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0 and wav:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        return 0  # 0: go on

    def check_voice(self, voice: VoiceSpec) -> None:
        _check_options(voice)
        with self._lock:
            self._select(voice)

    def version(self, voice: VoiceSpec) -> str:
        return f"espeak-ng {self._release}|{_DEFAULT_WPM} wpm|spelling {SPELLING}"

    def _select(self, voice: VoiceSpec) -> None:
        name = str(voice.options.get("voice", voice.language))
        base, plus, variant = name.partition("+")
        # eSpeak names French "fr", not "fr-fr": fall back from a region to its language.
        candidates = dict.fromkeys([name, base.split("-")[0] + plus + variant])
        if all(self._lib.espeak_SetVoiceByName(c.encode()) != 0 for c in candidates):
            raise VoiceError(f"voice '{voice.name}': eSpeak NG has no voice '{name}'", 'use e.g. voice = "fr" or "fr+m3"')
        self._lib.espeak_SetParameter(_RATE, int(round(_DEFAULT_WPM * voice.speed)), 0)
        self._lib.espeak_SetParameter(_PITCH, int(voice.options.get("pitch", 50)), 0)

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        text = plain(text)  # no language switching here: English spans read as written
        if voice.language.startswith("fr"):
            text = french_spelling(text)  # "algorithme" in French, not by espeak-ng's English rules
        if not text.strip():
            raise SynthesisError("nothing to say: the text is empty")
        data = text.encode("utf-8")
        with self._lock:
            self._select(voice)
            self._chunks = []
            status = self._lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            chunks, self._chunks = self._chunks, []
        if status != 0 or not chunks:
            raise SynthesisError(f"eSpeak NG failed on {text[:60]!r} (status {status})")
        samples = np.concatenate(chunks).astype(np.float32) / 32768.0
        return Audio(samples, self.sample_rate)


def fetch(voice: VoiceSpec, say: Callable[[str], None]) -> None:
    say("espeak: nothing to fetch (eSpeak NG comes with espeakng-loader)")
