"""The show's cover art: the producer's file, checked against Apple's rules, or one we draw.

Apple wants a square JPEG or PNG, RGB, 1400 to 3000 pixels a side. Without a cover in the
show settings we draw a 3000x3000 RGB JPEG: a deep blue gradient, a sound-wave motif and
the show's title in large DejaVu Sans Bold (Debian's fonts-dejavu-core; Pillow's own font
if it is missing). Deterministic: the same title gives the same bytes, so a publish
rewrites the cover only when the title changed. Pillow is imported here only.
"""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Show

SIZE = 3000
MIN_SIZE = 1400
BACKGROUND_TOP = (16, 28, 64)
BACKGROUND_BOTTOM = (34, 92, 150)
ACCENT = (250, 196, 80)
TEXT = (255, 255, 255)
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/local/share/fonts/DejaVuSans-Bold.ttf",
    "/Library/Fonts/DejaVuSans-Bold.ttf",
)


def font_path() -> Path | None:
    """DejaVu Sans Bold, where a package put it; None means Pillow's built-in font."""
    return next((Path(p) for p in FONT_CANDIDATES if Path(p).is_file()), None)


def _font(size: int) -> Any:
    from PIL import ImageFont

    path = font_path()
    return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size)


def _wrap(draw: Any, words: list[str], font: Any, width: float) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _layout(draw: Any, title: str, size: int) -> tuple[Any, list[str]]:
    """The largest font at which the title fits in four lines across 84% of the width."""
    words = title.split() or ["Podcast"]
    for points in range(int(size * 0.12), int(size * 0.03), -max(1, size // 300)):
        font = _font(points)
        lines = _wrap(draw, words, font, size * 0.84)
        if len(lines) <= 4 and all(draw.textlength(line, font=font) <= size * 0.84 for line in lines):
            return font, lines
    font = _font(int(size * 0.03))
    return font, _wrap(draw, words, font, size * 0.84)


@functools.lru_cache(maxsize=4)
def default_cover(title: str = "", size: int = SIZE) -> bytes:
    """A square RGB JPEG of ``size`` pixels with ``title`` written large on it; drawn once
    and kept in the cache folder (a third of a second saved on every re-render)."""
    from ..files import write_atomic
    from ..paths import cache_dir

    digest = hashlib.sha256(f"default-cover:{COVER_STYLE}:{size}:{title}".encode()).hexdigest()[:16]
    kept = cache_dir() / "covers" / f"{digest}.jpg"
    try:
        return kept.read_bytes()
    except OSError:
        pass
    data = _draw_cover(title, size)
    try:
        write_atomic(kept, data, durable=False)
    except OSError:
        pass  # a read-only cache only costs a drawing next time
    return data


def _draw_cover(title: str, size: int) -> bytes:
    import numpy as np
    from PIL import Image, ImageDraw

    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size
    top, bottom = np.array(BACKGROUND_TOP, np.float32), np.array(BACKGROUND_BOTTOM, np.float32)
    pixels = top + (bottom - top) * y[..., None]
    # A waveform across the lower third: bars whose heights follow a decaying sine.
    bars = 48
    column = np.floor(x * bars)
    centre = (column + 0.5) / bars
    height = 0.02 + 0.09 * np.abs(np.sin(centre * 9.0)) * np.exp(-((centre - 0.5) ** 2) * 6)
    in_bar = (x * bars - column > 0.2) & (x * bars - column < 0.8) & (np.abs(y - 0.8) < height)
    pixels[in_bar] = np.array(ACCENT, np.float32)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")

    draw = ImageDraw.Draw(image)
    font, lines = _layout(draw, title.strip(), size)
    ascent, descent = font.getmetrics()
    line_height = (ascent + descent) * 1.1
    top_y = size * 0.38 - line_height * len(lines) / 2
    for index, line in enumerate(lines):
        width = draw.textlength(line, font=font)
        draw.text(((size - width) / 2, top_y + index * line_height), line, font=font, fill=TEXT)
    draw.rectangle((size * 0.08, size * 0.62, size * 0.92, size * 0.62 + max(2, size // 250)), fill=ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, optimize=True)
    return buffer.getvalue()


def cover_problems(path: Path) -> list[str]:
    """Why ``path`` would be refused by Apple as cover art (empty when it is fine)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind, mode, (width, height) = image.format, image.mode, image.size
    except (OSError, UnidentifiedImageError):
        return [f"'cover' {path.name} is not a JPEG or PNG image"]
    problems = []
    if kind not in ("JPEG", "PNG"):
        problems.append(f"'cover' {path.name} is {kind}; Apple takes JPEG or PNG")
    if mode not in ("RGB", "P") and not (kind == "PNG" and mode == "RGBA"):
        problems.append(f"'cover' {path.name} is in colour mode {mode}; save it as RGB")
    if width != height or not MIN_SIZE <= width <= SIZE:
        problems.append(
            f"'cover' {path.name} is {width}x{height}; Apple wants a square of {MIN_SIZE} to {SIZE} pixels"
        )
    if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
        problems.append(f"'cover' {path.name} must be named .jpg, .jpeg or .png")
    return problems


COVER_STYLE = 1  # bump when default_cover() draws differently, so the new art gets a new URL


def cover_name(show: Show) -> str:
    """The cover's file name in the publish folder, named after its content: new art gets a
    new URL (podcast apps cache artwork by URL) and an unchanged cover is not redrawn."""
    if show.cover is not None:
        digest = hashlib.sha256(show.cover.read_bytes()).hexdigest()[:12]
        return f"cover-{digest}" + (".png" if show.cover.suffix.lower() == ".png" else ".jpg")
    digest = hashlib.sha256(f"default-cover:{COVER_STYLE}:{SIZE}:{show.title}".encode()).hexdigest()[:12]
    return f"cover-{digest}.jpg"


def cover_bytes(show: Show) -> bytes:
    """The show's cover art: its own file, or one drawn from its title."""
    return show.cover.read_bytes() if show.cover is not None else default_cover(show.title)
