"""Jingles, mixing and encoding: pydub for the programme, ffmpeg for everything codec."""

from .encode import Tags, encode_mp3, mp3_duration
from .mix import Pacing, mix

__all__ = ["Pacing", "Tags", "encode_mp3", "mix", "mp3_duration"]
