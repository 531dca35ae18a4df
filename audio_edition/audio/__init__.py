"""Music, mixing, loudness and encoding: pydub for the programme, ffmpeg for everything codec."""

from .encode import EXTRA_FORMATS, FORMATS, Encoded, Tags, encode_episode, mp3_duration
from .loudness import Loudness
from .mix import Levels, Pacing, mix
from .music import Music, load_music

__all__ = [
    "EXTRA_FORMATS", "FORMATS", "Encoded", "Levels", "Loudness", "Music", "Pacing", "Tags",
    "encode_episode", "load_music", "mix", "mp3_duration",
]  # fmt: skip
