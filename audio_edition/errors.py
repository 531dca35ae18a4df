"""One error family. Every error a user can meet says what went wrong and what to do.

The CLI prints ``Error: <message>`` (and the fix, on the same line) and exits with the
error's code; a traceback is shown only with ``--debug``. Third-party exceptions are
translated into these at the adapter that called the library.
"""

from __future__ import annotations


class AudioEditionError(Exception):
    """Base of every error the tool reports to a user."""

    exit_code = 1

    def __init__(self, message: str, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} — {self.fix}" if self.fix else self.message


class InputError(AudioEditionError):
    """The issue, script or text given to us cannot be used (missing, empty, binary, ...)."""

    exit_code = 2


class ConfigError(AudioEditionError):
    """Show, voice or lexicon settings are invalid. Lists every problem at once."""

    exit_code = 3

    def __init__(self, problems: list[str], source: str) -> None:
        self.problems = problems
        head = f"{source}: {len(problems)} problems" if len(problems) > 1 else f"{source}: {problems[0]}"
        super().__init__(head, f"fix {source} and run again")

    def __str__(self) -> str:
        """One line per problem: the first says how many and what to do."""
        if len(self.problems) == 1:
            return super().__str__()
        return "\n".join([super().__str__(), *(f"  - {problem}" for problem in self.problems)])


class VoiceError(AudioEditionError):
    """Unknown voice or engine, or an engine that cannot run here."""

    exit_code = 4


class AssetError(AudioEditionError):
    """A model or voice file is missing or corrupt."""

    exit_code = 5


class SynthesisError(AudioEditionError):
    """The engine failed on some text."""

    exit_code = 6


class AudioError(AudioEditionError):
    """ffmpeg is missing or failed while mixing or encoding."""

    exit_code = 7


class PublishError(AudioEditionError):
    """The episode or the feed could not be written."""

    exit_code = 8
