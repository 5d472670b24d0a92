"""Reading back the named destinations and the export id of a portfolio PDF.

The export writes them as it lays out (journal.portfolio.reportlab_private): one
destination per entry, sparring note and part (``lj-entry-<uid>`` …) in the catalog's
``/Dests``, and the export id in the document information."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from journal.feedback.model import Place

# In the document information dictionary: which export a returned file is.
EXPORT_ID_KEY = "/LJExportId"


def read_places(pdf: Any) -> Iterator[Place]:
    """The places our named destinations in ``pdf`` give (any reader may have dropped
    them; the journal's manifest is the other source)."""
    import pikepdf

    items: list[tuple[str, Any]] = []
    # PDF 1.1's /Dests dictionary in the catalog (what the export writes) ...
    catalog_dests = pdf.Root.get("/Dests")
    if isinstance(catalog_dests, pikepdf.Dictionary):
        items += [(str(name)[1:], dest) for name, dest in catalog_dests.items()]
    # ... and the /Names /Dests tree (what a reader that rewrites the file may write).
    names = pdf.Root.get("/Names")
    dests = names.get("/Dests") if isinstance(names, pikepdf.Dictionary) else None
    if dests is not None:
        with contextlib.suppress(pikepdf.PdfError, TypeError, ValueError):
            items += [(str(name), dest) for name, dest in pikepdf.NameTree(dests).items()]
    page_numbers = {page.objgen: n for n, page in enumerate(pdf.pages, start=1)}
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
        place = Place.from_dest_name(name, page, top)
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
