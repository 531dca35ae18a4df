"""Long text in model-sized pieces, and the pieces' audio joined back with pauses by punctuation.

An engine has a limit on what it can say in one pass (Kokoro: 510 phonemes; XTTS: about
250 characters of French). A line is cut at the least disruptive place that fits —
sentence, then clause, then word — each piece is spoken, its leading and trailing
silence trimmed, and the pieces are joined with a pause that follows the punctuation
that ended them: a comma's is shorter than a full stop's, which is shorter than the pause
between two lines (a paragraph, placed by the mix). Engine-agnostic: numpy only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

if TYPE_CHECKING:
    import numpy.typing as npt

    Samples = npt.NDArray[np.float32]

Break = Literal["none", "clause", "sentence"]
# Seconds of silence after a piece, by how it ends; a paragraph (0.75 s) is the mix's.
PAUSES: dict[Break, float] = {"none": 0.0, "clause": 0.12, "sentence": 0.30}

SENTENCE_END = ".!?…"
CLAUSE_END = ",;:"
_SENTENCES = re.compile(rf"(?<=[{SENTENCE_END}])\s+")
_CLAUSES = re.compile(rf"(?<=[{CLAUSE_END}])\s+")
_WORDS = re.compile(r"\s+")


@dataclass(frozen=True)
class Piece:
    text: str
    pause: Break  # what follows this piece


def ending(text: str) -> Break:
    mark = text.rstrip()[-1:]
    if mark and mark in SENTENCE_END:
        return "sentence"
    if mark and mark in CLAUSE_END:
        return "clause"
    return "none"


# A full stop after these is an abbreviation, not the end of a sentence ("M. Dupont",
# "etc. et", "J. R. R. Tolkien"): no pause, no cut there.
_ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle mlles dr pr me st ste cf ex env av apr hab no vol p pp éd coll fig art chap".split()
)
_SENTENCE_END = re.compile(rf"[{SENTENCE_END}]+(?:\s*[»”)\]\"'’])*(?=\s+(\S))")


def sentences(text: str) -> list[Piece]:
    """``text`` cut after every sentence, each piece with the pause its ending calls for.

    The unit the cache keeps (an edit re-speaks one sentence, not its paragraph) and the
    pause between sentences is ours, the same everywhere. Abbreviations and initials do
    not end a sentence; the last piece is followed by nothing (the mix places the rest).
    """
    pieces: list[Piece] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        words = text[start : match.start()].split()
        word = words[-1].lower().strip("«(\"'") if words else ""
        if match.group(1).islower():  # "etc. et", "p. ex.": the sentence goes on
            continue
        if match.group().startswith(".") and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        piece = text[start : match.end()].strip()
        if piece:
            pieces.append(Piece(piece, "sentence"))
        start = match.end()
    rest = text[start:].strip()
    if rest:
        pieces.append(Piece(rest, "none"))
    elif pieces:
        pieces[-1] = Piece(pieces[-1].text, "none")
    return pieces


def split_text(text: str, limit: int, size: Callable[[str], int] = len) -> list[Piece]:
    """Sentences of ``text``, each within ``limit`` (as measured by ``size``).

    A sentence over the limit is cut at its clauses, a clause over it at words, and a
    word over it (a URL, say) into slices, so nothing is ever dropped. Short pieces are
    not merged: one sentence per pass keeps prosody and pauses under our control.
    """
    pieces: list[Piece] = []

    def cut(part: str, level: int) -> None:
        part = part.strip()
        if not part:
            return
        if size(part) <= limit:
            pieces.append(Piece(part, ending(part)))
            return
        for pattern in (_SENTENCES, _CLAUSES, _WORDS)[level:]:
            level += 1
            parts = pattern.split(part)
            if len(parts) > 1:
                for sub in parts:
                    cut(sub, level)
                return
        step = max(1, len(part) * limit // max(1, size(part)))
        for start in range(0, len(part), step):
            pieces.append(Piece(part[start : start + step], "none"))

    cut(text, 0)
    if pieces:  # the last piece is followed by whatever comes after the line, not by us
        pieces[-1] = Piece(pieces[-1].text, "none")
    return pieces


def trim_silence(samples: Samples, rate: int, quiet_db: float = -45.0) -> Samples:
    """Drop leading and trailing silence, keeping a short margin so no onset or release is cut."""
    frame = max(1, int(0.010 * rate))
    usable = len(samples) // frame * frame
    if usable == 0:
        return samples
    rms = np.sqrt(np.mean(samples[:usable].reshape(-1, frame).astype(np.float64) ** 2, axis=1))
    peak = float(rms.max())
    if peak == 0.0:
        return samples[:0]
    loud = np.flatnonzero(rms > peak * 10 ** (quiet_db / 20))
    start = max(0, int(loud[0]) * frame - int(0.020 * rate))
    end = min(len(samples), (int(loud[-1]) + 1) * frame + int(0.040 * rate))
    return samples[start:end]


def join(parts: list[tuple[Samples, Break]], rate: int, pauses: dict[Break, float] = PAUSES) -> Samples:
    """Concatenate pieces with the pause each one's ending calls for."""
    out: list[Samples] = []
    for samples, pause in parts:
        out.append(np.asarray(samples, dtype=np.float32))
        gap = int(round(pauses[pause] * rate))
        if gap:
            out.append(np.zeros(gap, dtype=np.float32))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def resample(samples: Samples, source: int, target: int) -> Samples:
    """Band-limited resampling (FFT): so voices of engines at different rates share one mix."""
    if source == target or len(samples) == 0:
        return np.asarray(samples, dtype=np.float32)
    n_out = int(round(len(samples) * target / source))
    # Pad to a whole number of 10 ms blocks of reflected audio to avoid wrap-around clicks.
    pad = min(len(samples) - 1, source // 100) if len(samples) > 1 else 0
    padded = np.pad(np.asarray(samples, dtype=np.float64), (pad, pad), mode="reflect") if pad else samples
    n_padded = len(padded)
    n_padded_out = int(round(n_padded * target / source))
    spectrum = np.fft.rfft(padded)
    bins = n_padded_out // 2 + 1
    if bins <= len(spectrum):
        spectrum = spectrum[:bins]
    else:
        spectrum = np.concatenate([spectrum, np.zeros(bins - len(spectrum), dtype=spectrum.dtype)])
    result = np.fft.irfft(spectrum, n_padded_out) * (n_padded_out / n_padded)
    offset = int(round(pad * target / source))
    return result[offset : offset + n_out].astype(np.float32)
