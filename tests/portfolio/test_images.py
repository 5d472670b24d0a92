"""Photos for print: small JPEGs as they are, big ones at about 150 dpi, the rest made JPEG."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from journal.portfolio.flowables import PhotoImage
from journal.portfolio.images import (
    AS_IS_BYTES,
    DPI,
    PhotoError,
    prepare_photo,
    strip_metadata,
)

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
    assert photo.jpeg == strip_metadata(data)  # the image data as it was, less the EXIF
    assert photo.jpeg.endswith(data[data.index(b"\xff\xdb") :])
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
        assert resources is not None
        for ref in resources.get("/XObject", {}).values():  # type: ignore[attr-defined]
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


OWNER = "Anna Andersson, Akutkliniken"
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Avdelning 12</x:xmpmeta>'


def _telling_jpeg(size: tuple[int, int], orientation: int = 1) -> bytes:
    """A photo that says where, by whom and of what it was taken."""
    im = Image.new("RGB", size, (90, 140, 60))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = OWNER  # Artist
    exif[0xA430] = OWNER  # CameraOwnerName
    gps = {1: "N", 2: (57.0, 42.0, 30.5), 3: "E", 4: (11.0, 58.0, 12.25)}
    exif[0x8825] = gps
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85, exif=exif, comment="Patientrummet, sal 4", xmp=XMP)
    return out.getvalue()


@pytest.mark.parametrize(
    ("size", "orientation"),
    [((1200, 800), 1), ((4000, 3000), 1), ((1200, 800), 6)],
    ids=["as-is", "scaled", "turned"],
)
def test_no_photo_tells_where_or_by_whom_it_was_taken(
    size: tuple[int, int], orientation: int
) -> None:
    data = _telling_jpeg(size, orientation)
    assert OWNER.encode() in data and b"Patientrummet" in data and b"Avdelning 12" in data
    photo = prepare_photo(data, *BOX)
    for told in (OWNER.encode(), b"Patientrummet", b"Avdelning 12", b"Exif\x00\x00"):
        assert told not in photo.jpeg
    im = _decoded(photo.jpeg)
    assert not im.getexif() and "comment" not in im.info
    if orientation == 6:  # the orientation was applied before the EXIF went
        assert im.height > im.width


def test_strip_metadata_keeps_the_colour_profile() -> None:
    im = Image.new("RGB", (64, 48), (10, 200, 30))
    out = io.BytesIO()
    icc = b"\x00" * 128 + b"acsp" + b"\x00" * 64
    im.save(out, "JPEG", icc_profile=icc, comment="privat")
    stripped = strip_metadata(out.getvalue())
    assert Image.open(io.BytesIO(stripped)).info.get("icc_profile") == icc
    assert b"privat" not in stripped
    assert strip_metadata(b"not a jpeg") == b"not a jpeg"


def test_a_photo_shrinks_to_stay_with_its_note_rather_than_drift_to_the_next_page(
    tmp_path: Path,
) -> None:
    """It was pushed to the next page, leaving half of its note's page empty."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Spacer

    from journal.portfolio.flowables import SHRINK_TO_FIT

    out = tmp_path / "photo.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    room = doc.height
    photo = PhotoImage(_jpeg((1200, 800)), 300, room * 0.5)
    # Only 40 % of the page is left: the photo (50 %) is scaled down to fit it.
    doc.build([Spacer(10, room * 0.6 - 12), photo])
    assert len(PdfReader(out).pages) == 1
    assert photo.drawHeight < room * 0.5 and photo.drawWidth < 300
    # With less room than SHRINK_TO_FIT of it, it goes to the next page at full size.
    big = PhotoImage(_jpeg((1200, 800)), 300, room * 0.5)
    doc = SimpleDocTemplate(str(tmp_path / "two.pdf"), pagesize=A4)
    doc.build([Spacer(10, room * (1 - 0.5 * SHRINK_TO_FIT) + 12), big])
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
    assert big.drawHeight == room * 0.5
