"""Engines, voices and synthesis. Engines load lazily through the registry in ``engine``."""

from .engine import ENGINES, Engine, get_engine
from .synthesis import synthesize
from .voices import VoiceSpec, load_voices, pick_voice

__all__ = ["ENGINES", "Engine", "VoiceSpec", "get_engine", "load_voices", "pick_voice", "synthesize"]
