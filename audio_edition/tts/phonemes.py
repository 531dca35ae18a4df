"""French text -> IPA phonemes with espeak-ng (bundled by espeakng-loader; no system package).

espeak marks words it takes for English with language-switch flags, "(en)…(fr)"; the
voice then reads the flags. ``remove-flags`` keeps the phonemes and drops the flags.
espeak holds process-global state, so calls are serialised.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_backends: dict[str, Any] = {}


def phonemize(text: str, language: str = "fr-fr") -> str:
    """IPA with stress marks and punctuation kept (the model uses both for prosody); empty
    when there is nothing to pronounce (phonemizer then returns no line at all)."""
    if not text.strip():
        return ""
    with _lock:
        backend = _backends.get(language)
        if backend is None:
            backend = _backends[language] = _make_backend(language)
        result: list[str] = backend.phonemize([text], strip=True)
    return " ".join(result[0].split()) if result else ""


def _make_backend(language: str) -> Any:
    import espeakng_loader
    from phonemizer.backend import EspeakBackend
    from phonemizer.backend.espeak.wrapper import EspeakWrapper

    EspeakWrapper.set_library(espeakng_loader.get_library_path())
    EspeakWrapper.set_data_path(espeakng_loader.get_data_path())
    return EspeakBackend(language, preserve_punctuation=True, with_stress=True, language_switch="remove-flags")
