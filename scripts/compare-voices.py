#!/usr/bin/env python3
"""Are the presenters intelligible, and do they sound different? WER and median pitch per voice.

    .venv/bin/python scripts/compare-voices.py siwis nicolas
    .venv/bin/python scripts/compare-voices.py "ff_siwis=0.5,im_nicola=0.5" "ff_siwis=0.4,em_alex=0.6@0.95"

A VOICE is a name from voices/voices.toml, or an inline Kokoro blend "id=weight,…[@speed]".
Each voice reads the same French text (ours, in the newsletter's shape, or --text FILE, e.g.
scripts/voice-texts/*.txt: longer, with names and figures), as a line of an episode; the
Whisper listener (../shared/tools/intelligibility.py) gives WER/CER, our YIN estimator the
median pitch. The listener is optional: without it only pitch and duration are printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LISTENER_PY = Path("/tmp/intelligibility-venv/bin/python")
LISTENER = ROOT.parent / "shared" / "tools" / "intelligibility.py"

TEXT = (
    "Bonjour et bienvenue dans cette nouvelle édition. Cette semaine, une jeune pousse lyonnaise "
    "lève douze millions d'euros pour fabriquer des puces plus sobres. À Bruxelles, les députés "
    "débattent encore des règles sur les modèles de langue, tandis que les entreprises cherchent "
    "des usages concrets. Enfin, une étude montre que les petits modèles, bien entraînés, "
    "rivalisent avec les grands sur des tâches ciblées. Bonne écoute, et à la semaine prochaine !"
)


def _voice(spec: str):  # type: ignore[no-untyped-def]
    from audio_edition.paths import VOICES_DIR
    from audio_edition.tts import VoiceSpec, load_voices

    if "=" not in spec:
        return load_voices(VOICES_DIR / "voices.toml")[spec]
    blend, _, speed = spec.partition("@")
    weights = {k.strip(): float(w) for k, w in (part.split("=") for part in blend.split(","))}
    return VoiceSpec(spec, "kokoro", speed=float(speed or 1.0), options={"blend": weights})


def _write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("voices", nargs="+")
    parser.add_argument("--text", type=Path, help="a French text file to read (default: ours)")
    parser.add_argument("--keep", type=Path, help="keep the WAV files in this folder")
    args = parser.parse_args()

    from audio_edition.script import normalise
    from audio_edition.tts import speak_text
    from audio_edition.tts.pitch import median_pitch

    text = args.text.read_text(encoding="utf-8") if args.text else TEXT
    listener = LISTENER_PY.is_file() and LISTENER.is_file()
    if not listener:
        print("(no listener: run ../shared/tools/setup-intelligibility.sh for WER)", file=sys.stderr)
    print(f"{'voice':<44}{'pitch Hz':>9}{'chars/s':>9}{'WER':>7}{'CER':>7}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        reference = Path(tmp) / "reference.txt"
        reference.write_text(text, encoding="utf-8")
        for spec in args.voices:
            voice = _voice(spec)
            audio = speak_text(normalise(text), voice)  # as a line of an episode is spoken
            wav = folder / f"{len(list(folder.glob('*.wav'))):02d}.wav"
            _write_wav(wav, audio.samples, audio.sample_rate)
            wer = cer = float("nan")
            if listener:
                out = subprocess.run([str(LISTENER_PY), str(LISTENER), str(wav), str(reference), "--json"],
                                     capture_output=True, text=True, check=True).stdout  # fmt: skip
                result = json.loads(out.strip().splitlines()[-1])
                wer, cer = result["wer"], result["cer"]
            pitch = median_pitch(audio.samples, audio.sample_rate)
            rate = len(text) / audio.duration
            print(f"{spec:<44}{pitch:>9.0f}{rate:>9.1f}{wer:>7.3f}{cer:>7.3f}", flush=True)


if __name__ == "__main__":
    main()
