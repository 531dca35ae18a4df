"""The cover copy embedded in the audio files: at most 800x800, JPEG, from PNG or JPEG."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from audio_edition.audio.artwork import embedded_cover, picture_block
from audio_edition.errors import AudioError
from audio_edition.publish.cover import default_cover


def _image(fmt: str, size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 80, 40, 128) if mode == "RGBA" else (200, 80, 40)).save(out, format=fmt)
    return out.getvalue()


@pytest.mark.parametrize(
    ("source", "expected"),
    [(_image("JPEG", (3000, 3000)), (800, 800)), (_image("PNG", (1400, 700), "RGBA"), (800, 400)),
     (_image("PNG", (600, 600)), (600, 600)), (default_cover(), (800, 800))],
)  # fmt: skip
def test_scaled_down_to_800_as_jpeg(source: bytes, expected: tuple[int, int]) -> None:
    data = embedded_cover(source)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.mode == "RGB" and image.size == expected


def test_unreadable_cover_is_one_clear_error() -> None:
    with pytest.raises(AudioError, match="cover image cannot be read"):
        embedded_cover(b"not an image")


def test_flac_picture_block_for_ogg() -> None:
    from mutagen.flac import Picture

    jpeg = embedded_cover(_image("PNG", (1000, 1000)))
    picture = Picture(picture_block(jpeg))
    assert (picture.type, picture.mime, picture.width, picture.height, picture.data) == (3, "image/jpeg", 800, 800, jpeg)
