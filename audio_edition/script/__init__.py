"""Issue -> Script, and the French spoken normalisation every engine is given."""

from .builder import build_script
from .lexicon import Lexicon, load_lexicon
from .normalise import normalise

__all__ = ["Lexicon", "build_script", "load_lexicon", "normalise"]
