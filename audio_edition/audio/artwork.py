"""Cover art for the audio file's tags: an embedded copy at most 800x800, as JPEG.

Podcast apps show the feed's full-size cover; the copy inside the MP3 is what players and
car stereos show, and 3000x3000 there would weigh megabytes in every episode. PNG or JPEG
in (the show's cover, or the default one), a baseline JPEG out. Pillow lives only here.
"""

from __future__ import annotations

import io

from ..errors import AudioError

MAX_SIDE = 800


def embedded_cover(image: bytes, max_side: int = MAX_SIDE) -> bytes:
    """``image`` (PNG, JPEG, …) scaled down to fit ``max_side`` and encoded as JPEG."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image)) as source:
            source.load()
            picture = source.convert("RGBA") if source.mode in ("P", "LA") else source
            if picture.mode == "RGBA":  # flatten transparency onto white
                flat = Image.new("RGB", picture.size, (255, 255, 255))
                flat.paste(picture, mask=picture.split()[-1])
                picture = flat
            picture = picture.convert("RGB")
            if max(picture.size) > max_side:
                picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            picture.save(out, format="JPEG", quality=88, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise AudioError(f"the cover image cannot be read ({exc})", "use a PNG or JPEG file as 'cover' in the show settings") from None


def picture_block(jpeg: bytes) -> bytes:
    """A FLAC PICTURE block (front cover): how Ogg Opus and Vorbis files carry cover art
    (the METADATA_BLOCK_PICTURE comment, base64 of this)."""
    import struct

    from PIL import Image

    with Image.open(io.BytesIO(jpeg)) as image:
        width, height = image.size
    mime, description = b"image/jpeg", b"Cover"
    return (
        struct.pack(">II", 3, len(mime)) + mime + struct.pack(">I", len(description)) + description
        + struct.pack(">IIIII", width, height, 24, 0, len(jpeg)) + jpeg
    )  # fmt: skip
