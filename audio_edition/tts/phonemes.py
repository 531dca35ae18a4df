"""French text -> IPA phonemes with espeak-ng (bundled by espeakng-loader; no system package).

espeak marks words it takes for English with language-switch flags, "(en)…(fr)"; the
voice then reads the flags. ``remove-flags`` keeps the phonemes and drops the flags.
Spans the normaliser marked English (``[en:OpenAI]``, see script.languages) get espeak's
English phonemes, spans of phonemes from the lexicon (``[ipa:iˈa|ia]``) are taken as they
are; an elided article before one ("d'", "l'", "qu'") is joined to it as a French speaker
says it ("d'OpenAI": /dˈoʊpən.../, "l'IA": /liˈa/).
espeak holds process-global state, so calls are serialised.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from ..script.languages import split_languages

_lock = threading.Lock()
_backends: dict[str, Any] = {}
ENGLISH = "en-us"
# Elided words before a vowel, as they sound joined to the next word.
_ELISIONS = {"l": "l", "d": "d", "j": "ʒ", "m": "m", "t": "t", "s": "s", "c": "s", "n": "n", "qu": "k",
             "jusqu": "ʒysk", "lorsqu": "lɔʁsk", "puisqu": "pɥisk", "quoiqu": "kwak"}  # fmt: skip
_CLOSING = ".,;:!?…)»"  # punctuation that follows a word without a space
_ELIDED = re.compile(r"(?:^|(?<=[\s(«\"]))(" + "|".join(_ELISIONS) + r")'$", re.I)


def phonemize(text: str, language: str = "fr-fr") -> str:
    """IPA with stress marks and punctuation kept (the model uses both for prosody); empty
    when there is nothing to pronounce (phonemizer then returns no line at all)."""
    runs = split_languages(text)
    if all(kind == "fr" for kind, _ in runs):
        return _phonemize(text, language)
    words: list[str] = []
    glue = ""
    for kind, run in runs:
        if kind != "fr":  # English, or phonemes given by the lexicon
            words.append(glue + (_phonemize(run, ENGLISH) if kind == "en" else run))
            glue = ""
            continue
        elided = _ELIDED.search(run.rstrip()) if run.rstrip() == run else None
        if elided:
            glue = _ELISIONS[elided.group(1).lower()]
            run = run[: elided.start()]
        words.append(_phonemize(run, language))
    joined = ""
    for word in filter(None, words):
        joined += word if not joined or word[0] in _CLOSING else " " + word
    return joined


def _phonemize(text: str, language: str) -> str:
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
