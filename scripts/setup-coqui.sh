#!/usr/bin/env bash
# Creates the Coqui TTS environment (.venv-coqui): audio-edition with its [coqui] extra.
# Coqui needs torch with torchaudio and torchcodec: about 7.6 GB, so it lives in its own
# environment and the default install (.venv) stays light. Idempotent: skipped when the
# stamp matches this script and pyproject.toml. `make test` runs it for the Coqui tests.
set -euo pipefail
VENV=${1:-.venv-coqui}
cd "$(dirname "$0")/.."

STAMP="$VENV/.setup-stamp"
WANT=$(cat scripts/setup-coqui.sh pyproject.toml | sha256sum | cut -c1-16)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -x "$VENV/bin/python" ]; then
  exit 0
fi

pick_python() {
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info < (3, 14) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "setup-coqui: Coqui TTS needs Python 3.11 to 3.13" >&2
  return 1
}

# torchcodec (torchaudio's audio loader since 2.9, used to read XTTS speaker references)
# loads FFmpeg's shared libraries; the ffmpeg binary we use elsewhere is static and has none.
# Only the libraries: Debian's ffmpeg on PATH would replace the one the project has tested.
ffmpeg_libraries() {
  ldconfig -p 2>/dev/null | grep 'libavdevice\.so\.' >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    local pkg
    pkg=$(apt-cache pkgnames libavdevice 2>/dev/null | grep -E '^libavdevice[0-9]+$' | sort -V | tail -1)
    if [ -z "$pkg" ]; then
      apt-get update -qq >/dev/null
      pkg=$(apt-cache pkgnames libavdevice | grep -E '^libavdevice[0-9]+$' | sort -V | tail -1)
    fi
    echo "setup-coqui: installing FFmpeg's libraries ($pkg) for torchcodec"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
  else
    echo "setup-coqui: torchcodec needs FFmpeg's shared libraries (4 to 7): install them, e.g. apt install libavdevice59" >&2
    return 1
  fi
}

# Coqui's zoo models that read phonemes (tts_models/fr/css10/vits, YourTTS…) call the
# espeak-ng program; ours comes as a library only (espeakng-loader), so add the program.
espeak_program() {
  command -v espeak-ng >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup-coqui: installing the espeak-ng program (Coqui's phonemizer)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends espeak-ng >/dev/null ||
      { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends espeak-ng >/dev/null; }
  else
    echo "setup-coqui: Coqui models that read phonemes need the espeak-ng program: apt install espeak-ng" >&2
  fi
}

PY=$(pick_python)
started=$(date +%s)
ffmpeg_libraries
espeak_program
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup-coqui: creating $VENV with $($PY --version) (about 7.6 GB, once)"
  "$PY" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check --quiet)
echo "setup-coqui: installing torch, torchaudio, coqui-tts and audio-edition[coqui] into $VENV"
"${PIP[@]}" install --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
# torch, torchaudio and torchcodec first, pinned together: a torchaudio or torchcodec built
# for another torch fails to load (torchcodec declares no torch requirement, so pip would
# otherwise take the newest, built for a newer torch and CUDA).
"${PIP[@]}" install 'torch==2.9.1' 'torchaudio==2.9.*' 'torchcodec==0.8.*' 2>&1 | grep -v "^WARNING: Location" || true
"${PIP[@]}" install -e '.[coqui,dev]' 2>&1 | grep -v "^WARNING: Location" || true
"$VENV/bin/python" -c 'import torch, torchaudio, torchcodec, TTS.api, audio_edition' ||
  { echo "setup-coqui: the install is incomplete; see the messages above" >&2; exit 1; }
echo "$WANT" > "$STAMP"
echo "setup-coqui: done in $(( $(date +%s) - started )) s"
