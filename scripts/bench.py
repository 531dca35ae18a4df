#!/usr/bin/env python3
"""Speed and memory of a full render, against bare kokoro-onnx on the same text, same run;
and the cache: a re-render after a one-line edit, against the first render.

    make bench                                  # the seed issue, if ../shared/seeds has it
    .venv/bin/python scripts/bench.py ISSUE [--cues N] [--workers N]

Child processes, one after the other, so each reports its own peak memory:
  bare      kokoro_onnx.Kokoro.create(text, voice, speed, lang="fr-fr") on every cue's text
  cold      read -> script -> synthesise -> mix -> encode -> publish (into a temp folder),
            with an empty cache of spoken lines
  warm      the same script with one line edited, rendered again with that cache: a new
            process, as a producer's re-render would be (model loading included)
Prints audio duration, wall time, real-time factor, peak RSS, and the ratios cold/bare
(target: within 1.1x per second of speech) and warm/cold (target: under 5 %).
A benchmark, not a test: nothing here fails on a slow machine.
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
    from audio_edition.pipeline import parse
    from audio_edition.script import build_script

    show = load_show()
    script = build_script(parse(issue.read_bytes(), str(issue), show), show)  # read with the show's profile
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


def _edit_one_line(script):  # type: ignore[no-untyped-def]
    """The script with its middle cue reworded, as a producer fixing a typo would."""
    import dataclasses

    cues = [(i, j) for i, segment in enumerate(script.segments) for j in range(len(segment.cues))]
    si, ci = cues[len(cues) // 2]
    segment = script.segments[si]
    cue = segment.cues[ci]
    edited = dataclasses.replace(cue, text=cue.text.rstrip(".") + ", selon nos informations.")
    segments = list(script.segments)
    segments[si] = dataclasses.replace(segment, cues=(*segment.cues[:ci], edited, *segment.cues[ci + 1 :]))
    return dataclasses.replace(script, segments=tuple(segments))


def _timed(module, name: str, spent: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    """Wrap ``module.name`` so the time spent in it is added to ``spent[name]``."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

    setattr(module, name, wrapper)


def phase_pipeline(issue: Path, cues: int | None, cache_dir: Path, edit: bool) -> dict[str, float]:
    import audio_edition.audio as audio_stages
    import audio_edition.pipeline as pipeline
    from audio_edition.pipeline import load_cast, render_script
    from audio_edition.tts import SpeechCache

    spent: dict[str, float] = {}
    _timed(pipeline, "synthesize_script", spent)  # the stages as render_script looks them up
    _timed(audio_stages, "mix", spent)
    _timed(audio_stages, "encode_episode", spent)

    show, script = _script(issue, cues)
    if edit:
        script = _edit_one_line(script)
    cast = load_cast(show)
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = render_script(script, show, cast, Path(out), progress=False, cache=SpeechCache(cache_dir))
        wall = time.perf_counter() - started
    speech = sum(c.end - c.start for c in result.episode.cues)
    report = result.synthesis
    return {"wall": wall, "audio": result.episode.duration, "speech": speech, "peak_mb": _peak_mb(),
            "spoken": report.spoken if report else -1, "cached": report.cached if report else -1,
            "synthesis": spent.get("synthesize_script", 0.0), "mixing": spent.get("mix", 0.0),
            "encoding": spent.get("encode_episode", 0.0)}  # fmt: skip


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
        samples, rate = kokoro.create(text, voice=styles[role], speed=cast.voices[role].speed, lang="fr-fr")
        seconds += len(samples) / rate
    wall = time.perf_counter() - started
    return {"wall": wall, "audio": seconds, "speech": seconds, "peak_mb": _peak_mb()}


def _child(phase: str, issue: Path, cues: int | None, cache_dir: Path, workers: int | None) -> dict[str, float]:
    import os

    command = [sys.executable, __file__, str(issue), "--phase", phase, "--cache-dir", str(cache_dir)]
    if cues is not None:
        command += ["--cues", str(cues)]
    env = dict(os.environ)
    if workers is not None:
        env["AUDIO_EDITION_WORKERS"] = str(workers)
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("issue", nargs="?", type=Path, default=SEED)
    parser.add_argument("--cues", type=int, help="only the first N cues (a quicker run)")
    parser.add_argument("--workers", type=int, help="threads speaking lines at once (AUDIO_EDITION_WORKERS)")
    parser.add_argument("--phase", choices=["cold", "warm", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.issue.is_file():
        sys.exit(f"bench: no issue at {args.issue}; pass one: scripts/bench.py ISSUE")
    if args.phase:
        if args.phase == "bare":
            result = phase_bare(args.issue, args.cues)
        else:
            result = phase_pipeline(args.issue, args.cues, args.cache_dir, edit=args.phase == "warm")
        print(json.dumps(result))
        return
    print(f"bench: {args.issue.name}" + (f", first {args.cues} cues" if args.cues else ""), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
        bare = _child("bare", args.issue, args.cues, Path(cache), args.workers)
        cold = _child("cold", args.issue, args.cues, Path(cache), args.workers)
        warm = _child("warm", args.issue, args.cues, Path(cache), args.workers)
    print(f"{'':<10}{'audio s':>10}{'speech s':>10}{'wall s':>9}{'RTF':>7}{'peak MB':>9}{'lines spoken/cached':>22}")
    for name, r in (("bare", bare), ("cold", cold), ("warm", warm)):
        rtf = r["wall"] / r["audio"]
        lines = f"{r['spoken']:.0f}/{r['cached']:.0f}" if "spoken" in r else ""
        print(f"{name:<10}{r['audio']:>10.1f}{r['speech']:>10.1f}{r['wall']:>9.1f}{rtf:>7.3f}{r['peak_mb']:>9.0f}{lines:>22}")
    for name, r in (("cold", cold), ("warm", warm)):
        rest = r["wall"] - r["synthesis"] - r["mixing"] - r["encoding"]
        print(f"{name}: synthesis {r['synthesis']:.1f} s, mix {r['mixing']:.1f} s, "
              f"encode {r['encoding']:.1f} s, the rest {rest:.1f} s")  # fmt: skip
    # Per second of speech, so the jingles and pauses we add do not flatter or penalise us.
    ratio = (cold["wall"] / cold["speech"]) / (bare["wall"] / bare["speech"])
    print(f"ratio pipeline/bare: {ratio:.2f}x time per second of speech "
          "(whole render: synthesis, mix, encode, publish; target <= 1.1x)")  # fmt: skip
    print(f"ratio pipeline/bare: {cold['wall'] / bare['wall']:.2f}x wall time on the same text "
          "(our speech is longer: pauses between sentences)")  # fmt: skip
    print(f"ratio pipeline/bare: {cold['peak_mb'] / bare['peak_mb']:.2f}x peak memory")
    print(f"ratio warm/cold:     {warm['wall'] / cold['wall']:.3f} of the cold render after a one-line edit "
          f"({warm['spoken']:.0f} line spoken, {warm['cached']:.0f} from the cache; target < 0.05)")  # fmt: skip


if __name__ == "__main__":
    main()
