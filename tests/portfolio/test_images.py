"""Photos for print: small JPEGs as they are, big ones at about 150 dpi, the rest made JPEG."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from journal.portfolio.flowables import PhotoImage
from journal.portfolio.images import AS_IS_BYTES, DPI, PhotoError, prepare_photo

BOX = (400.0, 300.0)  # points: 833 x 625 pixels at 150 dpi


def _jpeg(size: tuple[int, int], *, orientation: int = 1, quality: int = 85) -> bytes:
    im = Image.new("RGB", size, (180, 40, 40))
    im.paste((20, 90, 200), (0, 0, size[0] // 2, size[1] // 3))  # something to rotate
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


def _decoded(jpeg: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(jpeg))
    assert im.format == "JPEG"
    return im


def test_a_light_jpeg_near_its_printed_size_goes_in_untouched() -> None:
    data = _jpeg((1200, 800))
    assert len(data) < AS_IS_BYTES
    photo = prepare_photo(data, *BOX)
    assert photo.jpeg == data
    assert (photo.width, photo.height) == pytest.approx((400, 800 * 400 / 1200))


def test_a_big_photo_is_scaled_to_print_resolution() -> None:
    photo = prepare_photo(_jpeg((6000, 4000)), *BOX)
    im = _decoded(photo.jpeg)
    assert im.width == round(photo.width / 72 * DPI)
    assert im.width < 1000
    assert photo.width <= BOX[0] and photo.height <= BOX[1]


def test_exif_rotation_is_applied() -> None:
    photo = prepare_photo(_jpeg((1200, 800), orientation=6), *BOX)  # taken upright
    im = _decoded(photo.jpeg)
    assert im.height > im.width
    assert photo.height > photo.width


def test_transparent_png_is_flattened_on_white() -> None:
    im = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    photo = prepare_photo(out.getvalue(), *BOX)
    flat = _decoded(photo.jpeg).convert("RGB")
    assert flat.getpixel((10, 10)) == (255, 255, 255)


@pytest.mark.parametrize("data", [b"", b"not an image", _jpeg((800, 600))[:400]])
def test_what_cannot_be_read_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(PhotoError):
        prepare_photo(data, *BOX)


def _image_xobjects(pdf: Path) -> list[str]:
    """How each image in the PDF is stored: "jpeg" as it is, or decoded "pixels"."""
    found: dict[int, str] = {}
    for page in PdfReader(pdf).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/XObject", {}).values():
            obj = ref.get_object()
            if obj["/Subtype"] == "/Image":
                found[ref.idnum] = "jpeg" if "DCTDecode" in str(obj.get("/Filter")) else "pixels"
    return list(found.values())


def test_photos_go_into_the_pdf_as_jpeg_without_being_decoded(tmp_path: Path) -> None:
    a, b = _jpeg((1200, 800)), _jpeg((800, 1000))
    png = io.BytesIO()
    Image.new("RGB", (50, 40), (1, 2, 3)).save(png, "PNG")
    flowables = [PhotoImage(a, 300, 200), PhotoImage(a, 300, 200), PhotoImage(b, 160, 200)]
    odd = PhotoImage(png.getvalue(), 50, 40)  # not a JPEG: reportlab's own way
    out = tmp_path / "photos.pdf"
    SimpleDocTemplate(str(out)).build([*flowables, odd])
    filters = _image_xobjects(out)
    assert sorted(filters) == ["jpeg", "jpeg", "pixels"]  # a (once), b, and the PNG
    assert all(f._img._data is None for f in flowables)  # no pixels decoded to name them
