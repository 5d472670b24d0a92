"""Each reliance on reportlab's internals (journal.portfolio.reportlab_private) still holds.

When a reportlab upgrade breaks one of these, this is the test that fails; raise the
upper bound in pyproject.toml only once it passes on the new version.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate

from journal.portfolio.reportlab_private import (
    JpegReader,
    add_info_entry,
    keep_canvas_open,
    name_destinations,
    text_cursor,
)


def test_the_text_cursor_is_readable_inside_an_on_draw_callback() -> None:
    seen: list[tuple[float, float]] = []

    class Marked(Paragraph):  # type: ignore[misc]
        def draw(self) -> None:
            self.canv.setNamedCB(
                "probe", lambda canv, _kind, _label: seen.append(text_cursor(canv))
            )
            super().draw()

    doc = SimpleDocTemplate(io.BytesIO())
    style = getSampleStyleSheet()["Normal"]
    doc.build([Marked('Ett ord och sedan<onDraw name="probe" label="x"/>', style)])
    assert len(seen) == 1
    x, y = seen[0]
    assert 0 < x < doc.width and 0 < y < doc.pagesize[1]


def test_a_document_kept_open_is_saved_only_when_asked() -> None:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out)
    keep_canvas_open(doc)
    doc.build([Paragraph("text", getSampleStyleSheet()["Normal"])])
    assert out.getvalue() == b""  # still open: forms can be defined now
    doc.canv.beginForm("after-layout")
    doc.canv.drawString(0, 0, "12")
    doc.canv.endForm()
    doc.canv.save()
    assert out.getvalue().startswith(b"%PDF")


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (120, 80), colour).save(out, "JPEG")
    return out.getvalue()


def test_a_jpeg_is_named_by_its_bytes_never_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    def decoded(_self: object) -> bytes:
        raise AssertionError("reportlab decoded a JPEG's pixels")

    monkeypatch.setattr(ImageReader, "getRGBData", decoded)
    red, blue = _jpeg((200, 20, 20)), _jpeg((20, 20, 200))
    images = []
    for data in (red, red, blue):
        image = Image(io.BytesIO(data), width=60, height=40)
        image._img = JpegReader(data)
        images.append(image)
    out = io.BytesIO()
    SimpleDocTemplate(out).build(images)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    xobjects = reader.pages[0]["/Resources"]["/XObject"]  # type: ignore[index]
    assert len(xobjects) == 2  # the same photo twice is embedded once


def test_bookmarks_become_named_destinations_and_the_info_takes_an_entry() -> None:
    import pikepdf

    from journal.feedback.anchors import export_id_of, read_places

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, title="Portfölj", author="Karin")
    keep_canvas_open(doc)

    class Marked(Paragraph):  # type: ignore[misc]
        def draw(self) -> None:
            super().draw()
            self.canv.bookmarkHorizontal("k1", 0, self.height)

    normal = getSampleStyleSheet()["Normal"]
    doc.build([Paragraph("före", normal), Marked("här", normal)])
    name_destinations(doc.canv, {"lj-entry-abc": "k1"})
    add_info_entry(doc.canv, "LJExportId", "e" * 32)
    doc.canv.save()
    out.seek(0)
    with pikepdf.open(out) as pdf:
        (place,) = read_places(pdf)
        assert (place.dest_name, place.page) == ("lj-entry-abc", 1)
        assert 600 < place.top < 800
        assert export_id_of(pdf) == "e" * 32
        assert str(pdf.docinfo["/Title"]) == "Portfölj"  # the fixed entries are kept
        assert str(pdf.docinfo["/Author"]) == "Karin"
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert reader.metadata is not None and str(reader.metadata["/LJExportId"]) == "e" * 32


def test_a_names_tree_written_by_a_reader_is_read_too() -> None:
    """A reader that rewrites the file may move destinations to /Names /Dests."""
    import pikepdf

    from journal.feedback.anchors import read_places

    pdf = pikepdf.new()
    pdf.add_blank_page()
    tree = pikepdf.NameTree.new(pdf)
    tree["lj-session-s1"] = pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.XYZ, 0, 500, 0])
    tree["other-dest"] = pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.XYZ, 0, 400, 0])
    pdf.Root.Names = pikepdf.Dictionary(Dests=tree.obj)
    (place,) = read_places(pdf)
    assert (place.dest_name, place.page, place.top) == ("lj-session-s1", 1, 500.0)
