"""A fake engine for fast pipeline tests: a soft tone whose length follows the text.

Deterministic (same text and voice -> same samples) and about 60 ms per character, so
durations in tests behave like speech; no model, no dependency beyond numpy.
"""

from __future__ import annotations

import hashlib

import numpy as np

from ..errors import SynthesisError
from ..model import Audio
from ..script.languages import plain
from .voices import VoiceSpec

SECONDS_PER_CHAR = 0.06


def problem() -> str | None:
    return None


class FakeEngine:
    name = "fake"
    sample_rate = 24000
    workers = 1

    def check_voice(self, voice: VoiceSpec) -> None:
        return None

    def version(self, voice: VoiceSpec) -> str:
        return f"fake-{SECONDS_PER_CHAR}"

    def synthesize(self, text: str, voice: VoiceSpec) -> Audio:
        text = plain(text)  # no language switching here: English spans read as written
        if not text.strip():
            raise SynthesisError("nothing to say: the text is empty")
        if "\x00" in text:
            raise SynthesisError("the fake engine refuses text with NUL characters")
        seed = int.from_bytes(hashlib.sha256(f"{voice.name}|{text}".encode()).digest()[:4], "big")
        pitch = 140.0 + seed % 120
        n = int(len(text) * SECONDS_PER_CHAR / voice.speed * self.sample_rate)
        t = np.arange(n, dtype=np.float32) / self.sample_rate
        envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3.0 * t)  # syllable-like rhythm
        samples = 0.3 * envelope * np.sin(2 * np.pi * pitch * t)
        return Audio(samples.astype(np.float32), self.sample_rate)
