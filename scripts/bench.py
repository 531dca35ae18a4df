#!/usr/bin/env python3
"""Speed and memory of a full render, against bare kokoro-onnx on the same text, same run.

    make bench                                  # the seed issue, if ../shared/seeds has it
    .venv/bin/python scripts/bench.py ISSUE [--cues N]

Two child processes, one after the other, so each reports its own peak memory:
  pipeline  read -> script -> synthesise -> mix -> encode -> publish (into a temp folder)
  bare      kokoro_onnx.Kokoro.create(text, voice, lang="fr-fr") on every cue's text
Prints audio duration, wall time, real-time factor, peak RSS, and the ratios
pipeline/bare. A benchmark, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT.parent / "shared" / "seeds" / "qant-2025-10-11.txt"


def _script(issue: Path, cues: int | None):  # type: ignore[no-untyped-def]
    from audio_edition.config import load_show
    from audio_edition.model import Script
    from audio_edition.readers import read_issue
    from audio_edition.script import build_script

    show = load_show()
    script = build_script(read_issue(issue.read_bytes(), str(issue)), show)
    if cues is not None:  # keep the first N cues, segment by segment
        kept, left = [], cues
        for segment in script.segments:
            if left <= 0:
                break
            kept.append(type(segment)(segment.kind, segment.title, segment.cues[:left], segment.jingle_before))
            left -= len(segment.cues)
        script = Script(script.title, script.date, tuple(kept), script.headlines, script.source)
    return show, script


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_pipeline(issue: Path, cues: int | None) -> dict[str, float]:
    from audio_edition.pipeline import load_cast, render_script

    show, script = _script(issue, cues)
    cast = load_cast(show)
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = render_script(script, show, cast, Path(out), progress=False)
        wall = time.perf_counter() - started
    speech = sum(c.end - c.start for c in result.episode.cues)
    return {"wall": wall, "audio": result.episode.duration, "speech": speech, "peak_mb": _peak_mb()}


def phase_bare(issue: Path, cues: int | None) -> dict[str, float]:
    import numpy as np
    from kokoro_onnx import Kokoro

    from audio_edition.pipeline import load_cast
    from audio_edition.script import normalise
    from audio_edition.tts import assets

    show, script = _script(issue, cues)
    cast = load_cast(show)
    kokoro = Kokoro(str(assets.model_path()), str(assets.voices_archive()))
    styles = {}
    for role, voice in cast.voices.items():
        names = voice.options.get("blend") or {voice.options["voice"]: 1.0}
        total = sum(names.values())
        styles[role] = sum(w / total * np.asarray(kokoro.voices[n]) for n, w in names.items())
    texts = [(cue.role, normalise(cue.text, cast.lexicon)) for cue in script.cues]
    started = time.perf_counter()
    seconds = 0.0
    for role, text in texts:
        samples, rate = kokoro.create(text, voice=styles[role], lang="fr-fr")
        seconds += len(samples) / rate
    wall = time.perf_counter() - started
    return {"wall": wall, "audio": seconds, "speech": seconds, "peak_mb": _peak_mb()}


def _child(phase: str, issue: Path, cues: int | None) -> dict[str, float]:
    command = [sys.executable, __file__, str(issue), "--phase", phase]
    if cues is not None:
        command += ["--cues", str(cues)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("issue", nargs="?", type=Path, default=SEED)
    parser.add_argument("--cues", type=int, help="only the first N cues (a quicker run)")
    parser.add_argument("--phase", choices=["pipeline", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.issue.is_file():
        sys.exit(f"bench: no issue at {args.issue}; pass one: scripts/bench.py ISSUE")
    if args.phase:
        result = phase_pipeline(args.issue, args.cues) if args.phase == "pipeline" else phase_bare(args.issue, args.cues)
        print(json.dumps(result))
        return
    print(f"bench: {args.issue.name}" + (f", first {args.cues} cues" if args.cues else ""), flush=True)
    ours = _child("pipeline", args.issue, args.cues)
    bare = _child("bare", args.issue, args.cues)
    print(f"{'':<10}{'audio s':>10}{'speech s':>10}{'wall s':>9}{'RTF':>7}{'peak MB':>9}")
    for name, r in (("pipeline", ours), ("bare", bare)):
        rtf = r["wall"] / r["audio"]
        print(f"{name:<10}{r['audio']:>10.1f}{r['speech']:>10.1f}{r['wall']:>9.1f}{rtf:>7.3f}{r['peak_mb']:>9.0f}")
    # Per second of speech, so the jingles and pauses we add do not flatter or penalise us.
    ratio = (ours["wall"] / ours["speech"]) / (bare["wall"] / bare["speech"])
    print(f"ratio pipeline/bare: {ratio:.2f}x time per second of speech (whole render: synthesis, mix, encode, publish)")
    print(f"ratio pipeline/bare: {ours['peak_mb'] / bare['peak_mb']:.2f}x peak memory")


if __name__ == "__main__":
    main()
