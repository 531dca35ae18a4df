"""Engines, voices and synthesis. Engines load lazily through the registry in ``engine``."""

from .cache import SpeechCache
from .engine import ENGINES, Engine, engine_names, get_engine
from .synthesis import LinesFailedError, SynthesisReport, speak_text, synthesize, synthesize_script
from .voices import VoiceSpec, load_voices, pick_voice

__all__ = [
    "ENGINES",
    "Engine",
    "LinesFailedError",
    "SpeechCache",
    "SynthesisReport",
    "VoiceSpec",
    "engine_names",
    "get_engine",
    "load_voices",
    "pick_voice",
    "speak_text",
    "synthesize",
    "synthesize_script",
]
