"""Photos on their way into the database: checked, turned upright, scaled, without EXIF.

A phone photo of a flip-over is 12 megapixels and carries where it was taken (GPS) in
its EXIF. What is stored is a JPEG of at most MAX_SIDE pixels on its long side, turned
the way the camera held it, with no EXIF at all. Anything that is not a JPEG or PNG, is
broken, or would unpack to an absurd number of pixels (a "decompression bomb") is
refused with a Dutch message before it is decoded. Pillow comes with reportlab and
qrcode; it is imported here, on first use, so start-up does not pay for it.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidInput

if TYPE_CHECKING:
    from PIL import Image

# The long side of a stored photo: sharp enough to read a flip-over on a screen or an A4
# verslag, about 0.3–1 MB as JPEG.
MAX_SIDE = 2000
JPEG_QUALITY = 85
# A file larger than this is not a photo from a phone or camera (those are under 25 MB).
MAX_FILE_BYTES = 60 * 1024 * 1024
# More pixels than this (a 200-megapixel panorama) is refused before it is decoded.
MAX_PIXELS = 200_000_000
# What a stored photo may be at most (a bundle's check): MAX_SIDE at quality 85 stays far
# under it.
MAX_STORED_BYTES = 8 * 1024 * 1024
# Formats we accept; MPO is how Pillow names the JPEG of many phones (with a depth map).
_FORMATS = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png"}


@dataclass(frozen=True)
class Photo:
    """A photo ready to be stored: the image bytes and what describes them."""

    data: bytes
    mime: str
    breedte: int
    hoogte: int


def _refuse(name: str, why: str) -> InvalidInput:
    return InvalidInput(f"{name} kan niet als foto worden toegevoegd: {why}.")


def read_photo_file(path: str | Path) -> bytes:
    """The bytes of a photo file, refused with a Dutch message when it cannot be one."""
    path = Path(path)
    name = f"Het bestand '{path.name}'"
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(name, f"het is te groot ({size // (1024 * 1024)} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{name} bestaat niet.") from None
    except OSError as exc:
        raise InvalidInput(f"{name} kan niet worden gelezen ({exc.strerror}).") from exc


def _open(data: bytes, name: str) -> Image.Image:
    """The image, header read and checked, not yet decoded."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise _refuse(name, "het bestand is leeg")
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, "het is te groot")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=["JPEG", "PNG"])  # MPO: as JPEG
    except UnidentifiedImageError:
        raise _refuse(name, "het is geen JPEG- of PNG-afbeelding") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(name, "de afbeelding is onredelijk groot") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise _refuse(name, "het bestand is beschadigd") from exc
    width, height = image.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise _refuse(name, "de afbeelding is onredelijk groot")
    return image


def prepare_photo(data: bytes, name: str = "Dit bestand") -> Photo:
    """A JPEG of at most MAX_SIDE pixels on its long side, upright, without any EXIF."""
    from PIL import Image, ImageOps

    image = _open(data, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(name, "de afbeelding is onredelijk groot") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _refuse(name, "het bestand is beschadigd of niet compleet") from exc
    if upright.mode in ("RGBA", "LA", "P", "PA") or "transparency" in upright.info:
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")  # transparent parts become paper
        flat.paste(rgba, mask=rgba.getchannel("A"))
        upright = flat
    elif upright.mode != "RGB":
        upright = upright.convert("RGB")
    upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # No exif= and no info passed on: the file written has no EXIF (no GPS, no camera).
    upright.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return Photo(out.getvalue(), "image/jpeg", upright.width, upright.height)


def stored_photo_problem(data: bytes, mime: str) -> str | None:
    """What is wrong with a photo as a bundle carries it (Dutch), or None.

    A stored photo was made by prepare_photo: a JPEG or PNG of the given kind, at most
    MAX_SIDE on its long side, not larger than MAX_STORED_BYTES, without EXIF, whole.
    """
    from PIL import Image

    if len(data) > MAX_STORED_BYTES:
        return "is groter dan een opgeslagen foto mag zijn"
    try:
        image = _open(data, "De foto")
        kind = _FORMATS.get(image.format or "")
        if kind != mime:
            return f"is geen {mime.removeprefix('image/').upper()}-afbeelding"
        if max(image.size) > MAX_SIDE:
            return f"is groter dan {MAX_SIDE} beeldpunten"
        if image.getexif():
            return "bevat EXIF-gegevens (zoals een plaats), die een opgeslagen foto nooit heeft"
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()  # decodes every pixel: a cut-off file fails here
    except InvalidInput:
        return "is geen geldige afbeelding"
    except Exception:  # any decoder failure means: not a whole image
        return "is beschadigd"
    return None
