"""Photos made fit to print: orientation from EXIF, about 150 dpi at their printed size,
and nothing of where or by whom they were taken (EXIF, XMP and comments are removed).

Only one photo is decoded at a time. JPEGs are decoded at reduced size straight
away (JPEG draft mode), so a 40-megapixel photo costs a few megabytes, not 120.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image

DPI = 150
LOW_RES_DPI = 110  # small pictures are not blown up beyond this
MAX_DECODED_PIXELS = 30_000_000  # other formats are decoded whole: refuse beyond this
MAX_JPEG_PIXELS = 250_000_000
# A JPEG at most twice its printed size each way, and this light, goes in as it is:
# decoding and encoding it again would cost time and a generation of quality for little.
AS_IS_BYTES = 600_000
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


class PhotoError(Exception):
    """The photo cannot be shown; the message says why, in English, for the export log."""


@dataclass(frozen=True)
class Photo:
    jpeg: bytes
    width: float  # printed size in points
    height: float


def prepare_photo(data: bytes, max_width: float, max_height: float) -> Photo:
    """A JPEG of ``data`` sized for at most ``max_width`` x ``max_height`` points."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _prepare(data, max_width, max_height)
        except PhotoError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoError("is too large to decode") from exc
        except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
            raise PhotoError("could not be read (damaged or not an image)") from exc


def _prepare(data: bytes, max_width: float, max_height: float) -> Photo:
    im: Image.Image = Image.open(io.BytesIO(data))
    is_jpeg = im.format == "JPEG"
    pixels = im.width * im.height
    if pixels > (MAX_JPEG_PIXELS if is_jpeg else MAX_DECODED_PIXELS):
        raise PhotoError(f"is too large ({pixels / 1e6:.0f} megapixels)")
    orientation = int(im.getexif().get(0x0112, 1) or 1)
    turned = orientation in (5, 6, 7, 8)
    width, height = (im.height, im.width) if turned else (im.width, im.height)
    if not width or not height:
        raise PhotoError("has no pixels")
    scale = min(max_width / width, max_height / height, 72 / LOW_RES_DPI)
    shown_w, shown_h = width * scale, height * scale
    target = (max(1, round(shown_w / 72 * DPI)), max(1, round(shown_h / 72 * DPI)))
    fits = im.width <= target[0] * 1.15 and im.height <= target[1] * 1.15
    near = im.width <= target[0] * 2 and im.height <= target[1] * 2 and len(data) <= AS_IS_BYTES
    simple = is_jpeg and (fits or near) and orientation == 1 and im.mode in ("RGB", "L")
    if is_jpeg:
        im.draft("RGB" if im.mode == "RGB" else None, target[::-1] if turned else target)
    im.load()  # a damaged file fails here, not in the PDF viewer
    if simple:  # already fit to print: embed as it is, less what it says about its taking
        return Photo(strip_metadata(data), shown_w, shown_h)
    if orientation in _TRANSPOSE:
        im = im.transpose(_TRANSPOSE[orientation])
    im = _flatten(im)
    if im.width > target[0] or im.height > target[1]:
        im = im.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    im.info.clear()  # Pillow would carry a comment or XMP over into the new file
    im.save(out, "JPEG", quality=82)
    return Photo(strip_metadata(out.getvalue()), shown_w, shown_h)


# JPEG markers that say where, when, by whom and with what a photo was taken: APP1
# (EXIF with its GPS position and owner, XMP), APP13 (IPTC), COM (comments), and the
# APPn that cameras fill with their own notes. APP0 (JFIF), APP2 (the ICC colour
# profile) and APP14 (Adobe's colour transform) say how to show the pixels: kept.
_KEPT_APP = {0xE0, 0xE2, 0xEE}
_SOS = 0xDA


def strip_metadata(jpeg: bytes) -> bytes:
    """``jpeg`` without its EXIF, XMP, IPTC and comments; the image data byte for byte.

    The participant's journal keeps the original; only the mentor's PDF gets this.
    Anything that does not parse as a JPEG is returned as it is (the caller decoded it).
    """
    if not jpeg.startswith(b"\xff\xd8"):
        return jpeg
    out = bytearray(jpeg[:2])
    at = 2
    while at + 4 <= len(jpeg):
        if jpeg[at] != 0xFF:
            return jpeg
        marker = jpeg[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == _SOS or not (0xC0 <= marker <= 0xFE):
            out += jpeg[at:]
            return bytes(out)
        length = int.from_bytes(jpeg[at + 2 : at + 4], "big")
        end = at + 2 + length
        if length < 2 or end > len(jpeg):
            return jpeg
        drop = marker == 0xFE or (0xE1 <= marker <= 0xEF and marker not in _KEPT_APP)
        if not drop:
            out += jpeg[at:end]
        at = end
    return jpeg


def _flatten(im: Image.Image) -> Image.Image:
    """RGB or greyscale on white: JPEG has no transparency."""
    if im.mode in ("RGB", "L"):
        return im
    if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return im.convert("F").point(lambda v: v / 256).convert("L")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return im.convert("RGB")
