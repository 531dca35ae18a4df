"""Episode catalogue, RSS feed and the output writer."""

from .writer import Published, episode_number, publish, write_atomic

__all__ = ["Published", "episode_number", "publish", "write_atomic"]
