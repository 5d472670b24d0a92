"""Named destinations and the export id in a portfolio PDF, written with pikepdf after
layout (reportlab's own bookmark keys are not PDF named destinations)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from journal.feedback.model import Place

# In the document information dictionary: which export a returned file is.
EXPORT_ID_KEY = "/LJExportId"


def stamp(pdf: Any, export_id: str, places: Iterable[Place]) -> int:
    """Give ``pdf`` (an open ``pikepdf.Pdf``) a ``/Names /Dests`` tree with one
    destination per place (the first of a name wins) and the export id; returns how
    many destinations were written."""
    import pikepdf

    tree = pikepdf.NameTree.new(pdf)
    pages = pdf.pages
    written: set[str] = set()
    for place in places:
        name = place.dest_name
        if name in written or not 1 <= place.page <= len(pages):
            continue
        written.add(name)
        page = pages[place.page - 1].obj
        tree[name] = pikepdf.Array([page, pikepdf.Name.XYZ, 0, round(place.top, 2), 0])
    names = pdf.Root.get("/Names")
    if names is None:
        names = pdf.make_indirect(pikepdf.Dictionary())
        pdf.Root.Names = names
    names.Dests = tree.obj
    pdf.docinfo[EXPORT_ID_KEY] = export_id
    return len(written)


def read_places(pdf: Any) -> Iterator[Place]:
    """The places our named destinations in ``pdf`` give (any reader may have dropped
    them; the journal's manifest is the other source)."""
    import pikepdf

    names = pdf.Root.get("/Names")
    dests = names.get("/Dests") if isinstance(names, pikepdf.Dictionary) else None
    if dests is None:
        return
    page_numbers = {page.objgen: n for n, page in enumerate(pdf.pages, start=1)}
    try:
        tree = pikepdf.NameTree(dests)
        items = list(tree.items())
    except (pikepdf.PdfError, TypeError, ValueError):
        return
    for name, value in items:
        dest = value.get("/D") if isinstance(value, pikepdf.Dictionary) else value
        if not isinstance(dest, pikepdf.Array) or len(dest) < 4:
            continue
        page = page_numbers.get(dest[0].objgen)
        try:
            top = float(dest[3])
        except (TypeError, ValueError):
            continue
        if page is None:
            continue
        place = Place.from_dest_name(str(name), page, top)
        if place is not None:
            yield place


def export_id_of(pdf: Any) -> str | None:
    """The export id a returned file kept, or None."""
    import pikepdf

    try:
        value = pdf.docinfo.get(EXPORT_ID_KEY)
    except (pikepdf.PdfError, AttributeError, TypeError, ValueError):
        return None  # a damaged information dictionary: a file without an id
    text = str(value).strip() if value is not None else ""
    return text or None
