"""audio-edition: the podcast audio edition of a French newsletter, made offline."""

__version__ = "0.1.0"
