"""Script -> Speech: every cue normalised, then spoken by its role's voice.

Normalisation happens here, once, for every engine; the cue keeps its written text for
the transcript. A progress bar with an ETA counts characters, the unit synthesis time
follows, on stderr.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Role, Script, SpokenCue, Speech
from ..script import Lexicon, normalise
from .engine import Engine, get_engine
from .voices import VoiceSpec


def synthesize(
    script: Script,
    voices: Mapping[Role, VoiceSpec],
    lexicon: Lexicon | None = None,
    *,
    progress: bool = True,
    engines: Mapping[str, Engine] | None = None,
) -> Speech:
    """Speak every cue of ``script``. ``engines`` overrides the registry (tests)."""
    from tqdm import tqdm

    def engine_for(voice: VoiceSpec) -> Engine:
        return engines[voice.engine] if engines is not None else get_engine(voice.engine)

    for voice in voices.values():
        engine_for(voice).check_voice(voice)
    lines = [[normalise(cue.text, lexicon) for cue in segment.cues] for segment in script.segments]
    total = sum(len(text) for segment in lines for text in segment)
    spoken: list[tuple[SpokenCue, ...]] = []
    with tqdm(total=total, unit="car", desc="synthèse", disable=not progress, leave=False, dynamic_ncols=True) as bar:
        for segment, texts in zip(script.segments, lines, strict=True):
            out = []
            for cue, text in zip(segment.cues, texts, strict=True):
                voice = voices[cue.role]
                out.append(SpokenCue(cue, engine_for(voice).synthesize(text, voice)))
                bar.update(len(text))
            spoken.append(tuple(out))
    return Speech(script, tuple(spoken))
