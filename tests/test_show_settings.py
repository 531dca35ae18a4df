"""Show settings: Apple's categories, cover art rules, every problem at once; the drawn cover."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from audio_edition.config import load_show
from audio_edition.errors import ConfigError
from audio_edition.paths import DEFAULT_SHOW
from audio_edition.publish.cover import TEXT, default_cover, font_path

# The shipped settings, without the profile (a file beside the show that tmp_path lacks).
BASE = "\n".join(
    line
    for line in DEFAULT_SHOW.read_text(encoding="utf-8").split("\n[voices]")[0].splitlines()
    if not line.startswith("profile ")
)


def _show(tmp_path: Path, extra: str, base: str = BASE) -> Path:
    path = tmp_path / "show.toml"
    lines = [line for line in base.splitlines() if not any(line.startswith(k + " ") for k in _keys(extra))]
    path.write_text("\n".join(lines) + "\n" + extra + "\n", encoding="utf-8")
    return path


def _keys(extra: str) -> set[str]:
    return {line.split("=")[0].strip() for line in extra.splitlines() if "=" in line}


def _problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as error:
        load_show(path)
    return error.value.problems


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ('category = "News › Tech News"\nsubcategory = "Tech News"', ("News", "Tech News")),
        ('category = "News > Politics"', ("News", "Politics")),
        ('category = "Technology"\nsubcategory = "Technology"', None),
        ('category = "Technology"', ("Technology", None)),
        ('category = "TV & Film"\nsubcategory = "Film Reviews"', ("TV & Film", "Film Reviews")),
    ],
)
def test_categories_from_apples_list(tmp_path: Path, setting: str, expected: tuple[str, str | None] | None) -> None:
    base = "\n".join(line for line in BASE.splitlines() if not line.startswith(("category", "subcategory")))
    path = _show(tmp_path, setting, base)
    if expected is None:
        assert _problems(path) == ["'subcategory' 'Technology': Apple's category 'Technology' has no subcategories; remove it"]
    else:
        show = load_show(path)
        assert (show.category, show.subcategory) == expected


def test_every_problem_at_once_with_the_nearest_valid_names(tmp_path: Path) -> None:
    art = tmp_path / "art.jpg"
    Image.new("CMYK", (1200, 1000)).save(art)
    path = _show(tmp_path, "\n".join([
        'category = "Tech"', 'subcategory = "Gadgets"', 'owner_email = "nobody"', 'cover = "art.jpg"',
        "locked = 1", 'newsletter_url = "octet.example"', 'subscribe = { Spotify = "spotify" }',
        'base_url = "https://octet.example/podcast?x=1"']))  # fmt: skip
    problems = _problems(path)
    assert problems == [
        "'owner_email' is not an e-mail address: 'nobody'",
        "'locked' must be true or false (without quotes)",
        "'base_url' must not have a query or fragment: 'https://octet.example/podcast?x=1'",
        "'newsletter_url' must start with http:// or https://: 'octet.example'",
        "'subscribe' must map app names to http(s) URLs, e.g. \"Apple Podcasts\" = \"https://…\"",
        "'category' 'Tech' is not an Apple Podcasts category (did you mean 'Technology'?); see audio_edition/categories.py",
        "'cover' art.jpg is in colour mode CMYK; save it as RGB",
        "'cover' art.jpg is 1200x1000; Apple wants a square of 1400 to 3000 pixels",
    ]
    assert "Gadgets" not in " ".join(problems)  # a wrong category is reported once, not its subcategory too
    assert _problems(_show(tmp_path, 'subcategory = "Tech"')) == [
        "'category' names 'Tech News' and 'subcategory' says 'Tech': keep one"]  # fmt: skip
    path = _show(tmp_path, 'category = "News"\nsubcategory = "Tech"')
    assert _problems(path) == [
        "'subcategory' 'Tech' is not under 'News'; choose one of: Business News, Daily News, Entertainment News, "
        "News Commentary, Politics, Sports News, Tech News"
    ]


def test_cover_must_be_a_jpeg_or_png_image(tmp_path: Path) -> None:
    (tmp_path / "art.png").write_text("not an image")
    assert _problems(_show(tmp_path, 'cover = "art.png"')) == ["'cover' art.png is not a JPEG or PNG image"]
    Image.new("RGB", (1500, 1500)).save(tmp_path / "art.gif")
    assert _problems(_show(tmp_path, 'cover = "art.gif"')) == [
        "'cover' art.gif is GIF; Apple takes JPEG or PNG", "'cover' art.gif must be named .jpg, .jpeg or .png"]  # fmt: skip
    Image.new("RGB", (3000, 3000), (10, 20, 30)).save(tmp_path / "good.png")
    assert load_show(_show(tmp_path, 'cover = "good.png"')).cover == tmp_path / "good.png"


def test_the_drawn_cover_is_a_3000px_rgb_jpeg_with_the_title_legible() -> None:
    assert font_path() is not None and font_path().name == "DejaVuSans-Bold.ttf", "install fonts-dejavu-core"
    data = default_cover("Octet, l'édition audio")
    assert data[:3] == b"\xff\xd8\xff" and data == default_cover("Octet, l'édition audio")  # deterministic
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (3000, 3000)
    assert data != default_cover("Autre titre")

    # Legible at the size apps show it: at 300 px the title's white strokes are still there,
    # spread across most of the width, on a background dark enough for a 7:1 contrast.
    small = np.asarray(image.resize((300, 300), Image.LANCZOS), dtype=np.float32)
    title_band = small[40:190]
    white = (title_band > 200).all(axis=2)
    assert white.mean() > 0.05
    columns = np.flatnonzero(white.any(axis=0))
    assert columns.max() - columns.min() > 150
    background = np.median(title_band[~white], axis=0)

    def luminance(rgb: np.ndarray) -> float:
        c = np.asarray(rgb, np.float64) / 255
        c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        return float(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2])

    assert (luminance(np.array(TEXT)) + 0.05) / (luminance(background) + 0.05) > 7


def test_a_long_title_is_wrapped_not_cut() -> None:
    title = "Une édition audio au titre particulièrement long pour mettre la mise en page à l'épreuve"
    image = np.asarray(Image.open(io.BytesIO(default_cover(title, size=1400))), dtype=np.float32)
    white = (image > 200).all(axis=2)
    columns = np.flatnonzero(white[: int(1400 * 0.6)].any(axis=0))
    assert columns.min() > 1400 * 0.05 and columns.max() < 1400 * 0.95  # inside the margins
