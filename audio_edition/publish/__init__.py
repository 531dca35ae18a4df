"""Episode catalogue, RSS feed, show page and the output writer."""

from .writer import Published, episode_number, load_catalogue, publish, rebuild, remove_episode

__all__ = ["Published", "episode_number", "load_catalogue", "publish", "rebuild", "remove_episode"]
