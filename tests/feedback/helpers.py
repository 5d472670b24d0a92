"""Making a returned portfolio in the tests: a journal, its export, and a mentor's
comments added as a PDF reader adds them (pikepdf, or pypdf's incremental save)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2 as pdfium

from journal.domain import (
    ArlEntry,
    Entry,
    Experience,
    Participant,
    Programme,
    ProgrammeSession,
    SessionKind,
)
from journal.feedback.model import ExportManifest, Place, PlaceKind
from journal.portfolio import ExportResult, PortfolioOptions, export_portfolio
from journal.store import Journal

LONG = " ".join(
    f"Mening {n} om hur vi leder akutmottagningen när det är trångt och stressigt."
    for n in range(160)
)


@dataclass
class Exported:
    path: Path
    result: ExportResult
    entries: dict[str, Entry]  # by title

    @property
    def manifest(self) -> ExportManifest:
        assert self.result.manifest is not None
        return self.result.manifest

    def place(self, title: str) -> Place:
        uid = self.entries[title].uid
        assert self.result.manifest is not None
        return next(
            p for p in self.result.manifest.places if p.kind == PlaceKind.ENTRY and p.ident == uid
        )


def fill(journal: Journal) -> dict[str, Entry]:
    journal.set_participant(Participant(name="Karin Lind", language="sv"))
    journal.set_programme(
        Programme(
            name="Framtidens ledare",
            sessions=(
                ProgrammeSession(
                    uid="sp1",
                    title="Sparring 1",
                    kind=SessionKind.SPARRING,
                    starts_on=date(2025, 9, 10),
                    notes="Vi talade om mod.",
                ),
            ),
        )
    )
    saved = [
        journal.save(
            Experience(title="Morgonmötet", occurred_on=date(2025, 9, 3), body="Jag lyssnade.")
        ),
        journal.save(
            ArlEntry(
                title="Feedback i ledningsgruppen",
                occurred_on=date(2025, 9, 4),
                action="Jag gav feedback direkt efter mötet.",
                reflection="Det landade väl hos de flesta.",
                learning="Fråga först, berätta sedan.",
            )
        ),
        journal.save(Experience(title="Den långa natten", occurred_on=date(2025, 9, 5), body=LONG)),
        journal.save(
            Experience(title="Efter natten", occurred_on=date(2025, 9, 6), body="Vi vilade.")
        ),
    ]
    return {e.title: e for e in saved}


def export(journal: Journal, out: Path, password: str | None = None) -> Exported:
    entries = fill(journal)
    result = export_portfolio(journal, PortfolioOptions(password=password), out)
    assert result.manifest is not None
    journal.record_export(result.manifest)
    return Exported(out, result, entries)


def annotation(
    pdf: pikepdf.Pdf,
    page: int,
    subtype: str,
    rect: Sequence[float],
    *,
    contents: str | None = None,
    author: str = "Mentor Maria",
    quads: Sequence[float] | None = None,
    name: str | None = None,
    reply_to: pikepdf.Object | None = None,
    state: str | None = None,
    when: str | None = "D:20260301120000+01'00'",
    popup: bool = False,
) -> pikepdf.Object:
    """Add one annotation to ``page`` (1-based) of ``pdf`` the way a reader writes it."""
    fields: dict[str, Any] = {
        "/Type": pikepdf.Name.Annot,
        "/Subtype": pikepdf.Name(subtype),
        "/Rect": pikepdf.Array(list(rect)),
        "/T": pikepdf.String(author),
        "/F": 4,
    }
    if contents is not None:
        fields["/Contents"] = pikepdf.String(contents)
    if quads is not None:
        fields["/QuadPoints"] = pikepdf.Array(list(quads))
    if name is not None:
        fields["/NM"] = pikepdf.String(name)
    if when is not None:
        fields["/M"] = pikepdf.String(when)
    if reply_to is not None:
        fields["/IRT"] = reply_to
    if state is not None:
        fields["/State"] = pikepdf.String(state)
        fields["/StateModel"] = pikepdf.String("Review")
    annot = pdf.make_indirect(pikepdf.Dictionary(fields))
    target = pdf.pages[page - 1]
    if "/Annots" not in target.obj:
        target.obj.Annots = pikepdf.Array()
    target.obj.Annots.append(annot)
    if popup:
        box = pikepdf.Array([rect[0] + 30, rect[1] - 80, rect[0] + 230, rect[1]])
        window = pdf.make_indirect(
            pikepdf.Dictionary(
                {
                    "/Type": pikepdf.Name.Annot,
                    "/Subtype": pikepdf.Name.Popup,
                    "/Rect": box,
                    "/Parent": annot,
                }
            )
        )
        annot.Popup = window
        target.obj.Annots.append(window)
    return annot


def word_box(
    path: Path, page: int, words: str, password: str | None = None
) -> tuple[float, float, float, float]:
    """The box (left, bottom, right, top) of ``words`` on ``page``, as PDFium finds it."""
    doc = pdfium.PdfDocument(path, password=password)
    try:
        text = doc[page - 1].get_textpage()
        found = text.search(words).get_next()
        assert found is not None, f"{words!r} is not on page {page}"
        start, count = found
        boxes = [text.get_charbox(i) for i in range(start, start + count)]
    finally:
        doc.close()
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def quad(box: tuple[float, float, float, float], *, acrobat_order: bool = True) -> list[float]:
    """A quadrilateral over ``box``: Acrobat's corner order (TL, TR, BL, BR) or the spec's
    counter-clockwise one (BL, BR, TR, TL)."""
    left, bottom, right, top = box
    if acrobat_order:
        return [left, top, right, top, left, bottom, right, bottom]
    return [left, bottom, right, bottom, right, top, left, top]


def page_of_words(path: Path, words: str, password: str | None = None) -> int:
    doc = pdfium.PdfDocument(path, password=password)
    try:
        for index in range(len(doc)):
            if doc[index].get_textpage().search(words).get_next() is not None:
                return index + 1
    finally:
        doc.close()
    raise AssertionError(f"{words!r} is in no page")


def save_returned(pdf: pikepdf.Pdf, out: Path, password: str | None = None) -> Path:
    """Save a commented ``pdf`` as a reader does: with the password it was opened with."""
    encryption = pikepdf.Encryption(user=password, owner=password, R=6) if password else False
    pdf.save(out, encryption=encryption)
    return out
