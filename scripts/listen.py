#!/usr/bin/env python3
"""What a listener hears: an issue's (or a script file's) speech, for the Whisper listener.

    .venv/bin/python scripts/listen.py ISSUE_OR_SCRIPT --out /tmp/listen [--segments 1,2] [--voice siwis]

Writes into --out: speech.wav (every cue spoken by its role's voice, half a second apart,
no jingles), written.txt (the cues as written: the reference the listener is scored on),
spoken.txt (the same with numbers, units and money in words, names left as written: a
reference that does not count "6 GW" heard as "six gigawatts" as an error), and
engine.txt (what the engine was given). Then, if the listener is set up
(../shared/tools/setup-intelligibility.sh), it transcribes the speech once (heard.txt) and
prints the word error rate against both, as the listener itself would:

    /tmp/intelligibility-venv/bin/python ../shared/tools/intelligibility.py speech.wav written.txt

A measurement, not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LISTENER = ROOT.parent / "shared" / "tools" / "intelligibility.py"
LISTENER_PYTHON = Path("/tmp/intelligibility-venv/bin/python")


def main() -> None:
    import numpy as np

    from audio_edition.config import load_show
    from audio_edition.pipeline import load_cast, load_script, show_voices
    from audio_edition.readers import IssueRequest
    from audio_edition.script import normalise
    from audio_edition.script.numbers import say_numbers
    from audio_edition.script.typography import clean, punctuate
    from audio_edition.script.words import expand_abbreviations
    from audio_edition.tts import pick_voice
    from audio_edition.tts.synthesis import speak_text

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--segments", help="comma-separated segment numbers (from 0) to keep")
    parser.add_argument("--voice", help="read every cue with this voice (a name from voices/voices.toml)")
    args = parser.parse_args()
    show = load_show()
    cast = load_cast(show)
    only = pick_voice(show_voices(show), args.voice) if args.voice else None
    script = load_script(IssueRequest(str(args.source)), show)
    keep = {int(n) for n in args.segments.split(",")} if args.segments else None
    cues = [c for i, s in enumerate(script.segments) if keep is None or i in keep for c in s.cues]

    chunks, rate = [], 24000
    for number, cue in enumerate(cues, 1):
        voice = only if only is not None else cast.voices[cue.role]
        audio = speak_text(normalise(cue.text, cast.lexicon), voice)  # as the episode speaks it
        rate = audio.sample_rate
        chunks += [audio.samples, np.zeros(rate // 2, dtype=np.float32)]
        print(f"\r{number}/{len(cues)} cues", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    pcm = (np.clip(np.concatenate(chunks), -1, 1) * 32767).astype("<i2").tobytes()
    with wave.open(str(args.out / "speech.wav"), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    # the written words of the numbers ("cinque" is only a hint to the voice)
    spoken = [punctuate(say_numbers(expand_abbreviations(clean(c.text)))).replace("cinque", "cinq") for c in cues]
    (args.out / "written.txt").write_text("\n".join(c.text for c in cues) + "\n", encoding="utf-8")
    (args.out / "spoken.txt").write_text("\n".join(spoken) + "\n", encoding="utf-8")
    (args.out / "engine.txt").write_text("\n".join(normalise(c.text, cast.lexicon) for c in cues) + "\n", encoding="utf-8")
    seconds = len(pcm) / 2 / rate
    print(f"{args.out / 'speech.wav'}: {seconds:.0f} s, {len(cues)} cues")
    if LISTENER_PYTHON.exists() and LISTENER.exists():
        score(args.out, ("written.txt", "spoken.txt"))
    else:
        print(f"listener not set up: run {LISTENER.parent / 'setup-intelligibility.sh'}")


# The listener's own transcription and scoring, run once for both references (a transcription
# of a 20-minute episode takes minutes).
_SCORE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import intelligibility as listener, jiwer
heard = listener.transcribe(sys.argv[2])
scores = {"heard": heard}
for reference in sys.argv[3:]:
    ref, hyp = listener.normalise(open(reference, encoding="utf-8").read()), listener.normalise(heard)
    scores[reference] = [jiwer.wer(ref, hyp), jiwer.cer(ref, hyp)]
print(json.dumps(scores))
"""


def score(folder: Path, references: tuple[str, ...]) -> None:
    """Print the listener's WER and CER against each reference; keep what it heard in heard.txt."""
    import json

    result = subprocess.run(
        [str(LISTENER_PYTHON), "-c", _SCORE, str(LISTENER.parent), str(folder / "speech.wav"),
         *(str(folder / name) for name in references)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        print(f"the listener failed: {result.stderr.strip().splitlines()[-1:]}")
        return
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    (folder / "heard.txt").write_text(scores["heard"] + "\n", encoding="utf-8")
    for name in references:
        wer, cer = scores[str(folder / name)]
        print(f"{name}: WER {wer:.4f}  CER {cer:.3f}")


if __name__ == "__main__":
    main()
