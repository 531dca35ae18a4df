"""Episode catalogue, RSS feed, show page and the output writer."""

from .writer import Published, load_catalogue, numbered, publish, rebuild, remove_episode

__all__ = ["Published", "load_catalogue", "numbered", "publish", "rebuild", "remove_episode"]
