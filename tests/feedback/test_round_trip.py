"""The mentor's comments on an exported portfolio come back onto their entries."""

from __future__ import annotations

import shutil
import warnings
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter

from journal.domain import EntryFilter
from journal.feedback.anchors import EXPORT_ID_KEY, read_places
from journal.feedback.importer import preview
from journal.feedback.model import CommentKind, PlaceKind
from journal.feedback.pdfdates import parse_pdf_date
from journal.feedback.reader import FeedbackError, PasswordNeeded, read_returned
from journal.store import Journal
from tests.feedback.helpers import (
    Exported,
    annotation,
    export,
    page_of_words,
    quad,
    save_returned,
    word_box,
)

DATA = Path(__file__).parent.parent / "data" / "returned"


def _note_on(exported: Exported, title: str, text: str, pdf: pikepdf.Pdf) -> pikepdf.Object:
    """A sticky note just below the heading of the entry ``title``."""
    place = exported.place(title)
    top = place.top - 30
    return annotation(pdf, place.page, "/Text", [500, top - 20, 520, top], contents=text)


def _commented(exported: Exported, out: Path, password: str | None = None) -> Path:
    with pikepdf.open(exported.path, password=password or "") as pdf:
        _note_on(exported, "Morgonmötet", "Bra att du lyssnade först.", pdf)
        _note_on(exported, "Efter natten", "Hur mår teamet nu?", pdf)
        return save_returned(pdf, out, password)


def test_every_entry_has_a_named_destination_and_the_file_its_export_id(
    journal: Journal, tmp_path: Path
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    reader = PdfReader(exported.path)
    # The catalog's /Dests dictionary: pypdf names each by its PDF name ("/lj-…").
    dests = {name.lstrip("/"): dest for name, dest in reader.named_destinations.items()}
    pages = {p.ident: p.page for p in exported.manifest.places if p.kind == PlaceKind.ENTRY}
    for entry in exported.entries.values():
        name = f"lj-entry-{entry.uid}"
        assert name in dests, name
        page = reader.get_destination_page_number(dests[name])
        assert page is not None and page + 1 == pages[entry.uid]
        assert page_of_words(exported.path, entry.title) == pages[entry.uid]
    assert "lj-session-sp1" in dests  # the sparring notes
    assert any(name.startswith("lj-section-") for name in dests)
    assert reader.metadata is not None
    assert str(reader.metadata[EXPORT_ID_KEY]) == exported.manifest.export_id
    stored = journal.export_manifest(exported.manifest.export_id)
    assert stored == exported.manifest


def test_an_encrypted_portfolio_keeps_its_destinations_and_id(
    journal: Journal, tmp_path: Path
) -> None:
    exported = export(journal, tmp_path / "p.pdf", password="hemligt")
    with pikepdf.open(exported.path, password="hemligt") as pdf:
        assert pdf.encryption.R == 6  # AES-256, as before
        assert str(pdf.docinfo[EXPORT_ID_KEY]) == exported.manifest.export_id
        names = {place.dest_name for place in read_places(pdf)}
    assert all(f"lj-entry-{e.uid}" in names for e in exported.entries.values())


def test_notes_and_highlights_land_on_their_entries(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    page = page_of_words(exported.path, "Fråga först, berätta sedan.")
    box = word_box(exported.path, page, "Fråga först")
    with pikepdf.open(exported.path) as pdf:
        _note_on(exported, "Morgonmötet", "Bra att du lyssnade först.", pdf)
        annotation(
            pdf,
            page,
            "/Highlight",
            [box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1],
            quads=quad(box),
            contents="Det här är kärnan.",
            name="9b1c7e52-0000-4000-8000-000000000001",
            popup=True,
        )
        annotation(pdf, page, "/Highlight", list(box), quads=quad(box, acrobat_order=False))
        pdf.save(tmp_path / "back.pdf")
    found = preview(journal, tmp_path / "back.pdf")
    assert len(found.comments) == 3  # the popup window is not a comment
    by_kind = sorted(found.comments, key=lambda c: (c.kind != CommentKind.NOTE, c.text == ""))
    note, highlight, bare = by_kind
    assert (note.kind, note.text, note.author) == (
        CommentKind.NOTE,
        "Bra att du lyssnade först.",
        "Mentor Maria",
    )
    assert note.entry_uid == exported.entries["Morgonmötet"].uid
    arl = exported.entries["Feedback i ledningsgruppen"].uid
    assert (highlight.kind, highlight.text, highlight.entry_uid) == (
        CommentKind.HIGHLIGHT,
        "Det här är kärnan.",
        arl,
    )
    assert highlight.quote == "Fråga först"
    # The corners in the spec's order place (and quote) the same.
    assert (bare.entry_uid, bare.quote) == (arl, "Fråga först")
    assert note.written_at == datetime(2026, 3, 1, 11, 0, tzinfo=UTC)
    assert found.titles[arl] == "Feedback i ledningsgruppen"


def test_a_comment_on_the_second_page_of_a_long_entry_is_on_that_entry(
    journal: Journal, tmp_path: Path
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    start = exported.place("Den långa natten")
    after = exported.place("Efter natten")
    assert after.page > start.page  # the entry spans two pages or more
    with pikepdf.open(exported.path) as pdf:
        annotation(pdf, start.page + 1, "/Text", [60, 740, 80, 760], contents="Sidan två.")
        if after.page > start.page + 1 or after.top < 600:
            annotation(pdf, after.page, "/Text", [60, after.top - 40, 80, after.top - 20],
                       contents="Efter.")  # fmt: skip
        pdf.save(tmp_path / "back.pdf")
    comments = preview(journal, tmp_path / "back.pdf").comments
    assert comments[0].entry_uid == exported.entries["Den långa natten"].uid
    if len(comments) > 1:
        assert comments[1].entry_uid == exported.entries["Efter natten"].uid


def test_comments_on_the_cover_and_contents_are_on_the_whole_portfolio(
    journal: Journal, tmp_path: Path
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    with pikepdf.open(exported.path) as pdf:
        annotation(pdf, 1, "/Text", [60, 700, 80, 720], contents="Fin portfölj!")
        annotation(pdf, 2, "/FreeText", [60, 300, 300, 330], contents="Innehållet är tydligt.")
        sparring = next(p for p in exported.manifest.places if p.kind == PlaceKind.SESSION)
        annotation(
            pdf,
            sparring.page,
            "/Text",
            [60, sparring.top - 40, 80, sparring.top - 20],
            contents="Om vårt samtal.",
        )
        pdf.save(tmp_path / "back.pdf")
    cover, contents, session = preview(journal, tmp_path / "back.pdf").comments
    assert cover.general and contents.general
    assert contents.kind == CommentKind.FREE_TEXT
    assert (session.session_uid, session.entry_uid) == ("sp1", None)


def test_replies_become_threads_and_review_states_are_not_comments(
    journal: Journal, tmp_path: Path
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    with pikepdf.open(exported.path) as pdf:
        first = _note_on(exported, "Morgonmötet", "Varför just då?", pdf)
        # A reply drawn elsewhere on the page is still about the first comment.
        reply = annotation(pdf, 1, "/Text", [0, 0, 20, 20], contents="Och sedan?", reply_to=first)
        annotation(pdf, 1, "/Text", [0, 0, 20, 20], contents="Svar på svaret", reply_to=reply)
        annotation(pdf, 1, "/Text", [0, 0, 20, 20], contents="Accepted", reply_to=first,
                   state="Accepted")  # fmt: skip
        pdf.save(tmp_path / "back.pdf")
    found = preview(journal, tmp_path / "back.pdf")
    top, answer, deeper = found.comments  # each reply after the comment it answers
    assert top.text == "Varför just då?"
    assert found.skipped == 1  # the review state
    morning = exported.entries["Morgonmötet"].uid
    assert (answer.reply_to, deeper.reply_to) == (top.uid, answer.uid)
    assert {c.entry_uid for c in found.comments} == {morning}
    journal.add_mentor_comments(found.comments)
    assert [c.text for c in journal.mentor_comments(morning)] == [
        "Varför just då?",
        "Och sedan?",
        "Svar på svaret",
    ]
    # Only the first comment of a thread waits for a response.
    assert journal.count_awaiting_response() == 1


def test_importing_the_same_file_twice_adds_nothing(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    back = _commented(exported, tmp_path / "back.pdf")
    first = preview(journal, back)
    assert journal.add_mentor_comments(first.comments) == 2
    again = preview(journal, back)
    assert (again.comments, again.already) == ((), 2)
    assert journal.add_mentor_comments(first.comments) == 0  # even when asked to
    assert len(journal.mentor_comments()) == 2


def test_a_file_saved_incrementally_by_a_reader_is_read(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    first = _commented(exported, tmp_path / "once.pdf")
    writer = PdfWriter(first, incremental=True)
    place = exported.place("Feedback i ledningsgruppen")
    from pypdf.annotations import Text

    note = Text(rect=(500, place.top - 60, 520, place.top - 40), text="Tillagd senare.")
    writer.add_annotation(place.page - 1, note)
    with open(tmp_path / "twice.pdf", "wb") as out:
        writer.write(out)
    assert (tmp_path / "twice.pdf").read_bytes().startswith(first.read_bytes()[:1000])
    # pypdf's incremental save drops the document information, and with it the export
    # id: the export is found by where its entries are.
    with pikepdf.open(tmp_path / "twice.pdf") as pdf:
        assert EXPORT_ID_KEY not in pdf.docinfo
    texts = {c.text: c.entry_uid for c in preview(journal, tmp_path / "twice.pdf").comments}
    assert texts["Tillagd senare."] == exported.entries["Feedback i ledningsgruppen"].uid
    assert texts["Bra att du lyssnade först."] == exported.entries["Morgonmötet"].uid


def test_an_encrypted_return_asks_for_its_password(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf", password="hemligt")
    back = _commented(exported, tmp_path / "back.pdf", password="hemligt")
    with pytest.raises(PasswordNeeded) as asked:
        preview(journal, back)
    assert not asked.value.wrong
    with pytest.raises(PasswordNeeded) as wrong:
        preview(journal, back, "fel")
    assert wrong.value.wrong and "password" in str(wrong.value)
    found = preview(journal, back, "hemligt")
    assert [c.entry_uid for c in found.comments] == [
        exported.entries["Morgonmötet"].uid,
        exported.entries["Efter natten"].uid,
    ]


def test_a_printed_or_foreign_file_is_refused_with_a_reason(
    journal: Journal, tmp_path: Path
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    # Printed to PDF: no comments and no export id.
    with pikepdf.open(exported.path) as pdf:
        del pdf.docinfo[EXPORT_ID_KEY]
        pdf.save(tmp_path / "printed.pdf")
    with pytest.raises(FeedbackError, match="printed to PDF"):
        preview(journal, tmp_path / "printed.pdf")
    # Ours, but returned without comments.
    with pytest.raises(FeedbackError, match="has no comments"):
        preview(journal, exported.path)
    # Another journal's portfolio.
    with pikepdf.open(_commented(exported, tmp_path / "back.pdf")) as pdf:
        pdf.docinfo[EXPORT_ID_KEY] = "0" * 32
        pdf.save(tmp_path / "other.pdf")
    with pytest.raises(FeedbackError, match="another journal"):
        preview(journal, tmp_path / "other.pdf")
    # A real reader's commented file that is no portfolio of ours.
    with pytest.raises(FeedbackError, match="not a portfolio exported"):
        preview(journal, DATA / "commented.pdf")
    # Not a PDF at all.
    (tmp_path / "mail.pdf").write_text("From: maria@example.org\n\nHej!")
    with pytest.raises(FeedbackError, match="not a PDF file"):
        preview(journal, tmp_path / "mail.pdf")
    assert journal.mentor_comments() == []


def test_a_real_readers_comments_are_read_as_it_wrote_them() -> None:
    """pypdf's fixtures (BSD-3): notes with popups, umlauts and zone offsets, a
    highlight with its comment and /NM, a stamp, a file attachment."""
    commented = read_returned(DATA / "commented.pdf")
    assert [(c.kind, c.author) for c in commented.comments] == [
        (CommentKind.NOTE, "moose"),
        (CommentKind.HIGHLIGHT, "moose"),
        (CommentKind.NOTE, "moose"),
    ]
    assert "Umlaut: äöüß" in commented.comments[2].text
    assert commented.comments[0].written_at == datetime(
        2022, 4, 6, 19, 18, 58, tzinfo=timezone(timedelta(hours=2))
    )
    example = read_returned(DATA / "example.pdf")
    highlight = example.comments[0]
    assert highlight.kind == CommentKind.HIGHLIGHT and highlight.quote == "France"
    assert highlight.text.startswith("Not only in Europe.")
    assert example.skipped == 1  # the file attachment: never opened


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("D:20251030103422+01'00'", datetime(2025, 10, 30, 9, 34, 22, tzinfo=UTC)),
        ("D:20251030103422+02'00", datetime(2025, 10, 30, 8, 34, 22, tzinfo=UTC)),
        ("D:20251030103422Z", datetime(2025, 10, 30, 10, 34, 22, tzinfo=UTC)),
        ("D:20251030103422Z00'00'", None),  # not a date a reader writes
        ("D:20251030103422-05'30'", datetime(2025, 10, 30, 16, 4, 22, tzinfo=UTC)),
        ("D:202510301034", datetime(2025, 10, 30, 10, 34, tzinfo=UTC)),
        ("D:2025", datetime(2025, 1, 1, tzinfo=UTC)),
        ("20251030103422", datetime(2025, 10, 30, 10, 34, 22, tzinfo=UTC)),
        ("", None),
        (None, None),
        ("igår", None),
        ("D:20251330103422", None),
    ],
)
def test_pdf_dates_in_the_forms_readers_write(raw: str | None, expected: datetime | None) -> None:
    assert parse_pdf_date(raw) == expected


def test_an_undated_comment_is_kept_without_a_date(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    with pikepdf.open(exported.path) as pdf:
        place = exported.place("Morgonmötet")
        annotation(pdf, place.page, "/Text", [60, place.top - 40, 80, place.top - 20],
                   contents="Utan datum", when=None)  # fmt: skip
        pdf.save(tmp_path / "back.pdf")
    found = preview(journal, tmp_path / "back.pdf")
    assert found.comments[0].written_at is None
    journal.add_mentor_comments(found.comments)
    stored = journal.mentor_comments()[0]
    assert stored.written_at is None and stored.imported_at is not None


def test_responses_and_the_list_of_entries_awaiting_one(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    found = preview(journal, _commented(exported, tmp_path / "back.pdf"))
    journal.add_mentor_comments(found.comments)
    waiting = EntryFilter(awaiting_response=True)
    assert {s.title for s in journal.list_entries(waiting)} == {"Morgonmötet", "Efter natten"}
    first = journal.mentor_comments(exported.entries["Morgonmötet"].uid)[0]
    answered = journal.respond_to_comment(first.uid, "Tack, jag fortsätter så.")
    assert answered.responded_at is not None
    assert [s.title for s in journal.list_entries(waiting)] == ["Efter natten"]
    assert journal.count_entries(waiting) == 1
    assert journal.count_awaiting_response() == 1
    moved = journal.move_comment(first.uid, None)
    assert moved.general
    journal.delete_mentor_comment(first.uid)
    assert len(journal.mentor_comments()) == 1


def test_comments_outlive_the_file_they_came_in(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    back = _commented(exported, tmp_path / "back.pdf")
    journal.add_mentor_comments(preview(journal, back).comments)
    shutil.rmtree(tmp_path / "p.pdf", ignore_errors=True)
    back.unlink()
    assert len(journal.mentor_comments()) == 2


@pytest.mark.parametrize(
    ("subtype", "kind", "quoted"),
    [
        ("/Underline", CommentKind.UNDERLINE, True),
        ("/StrikeOut", CommentKind.STRIKE_OUT, True),
        ("/Squiggly", CommentKind.SQUIGGLY, True),
        ("/Caret", CommentKind.NOTE, False),
        ("/Ink", CommentKind.DRAWING, False),
        ("/Stamp", CommentKind.DRAWING, False),
        ("/Square", CommentKind.DRAWING, False),
    ],
)
def test_every_kind_of_markup_is_read_with_its_words(
    journal: Journal, tmp_path: Path, subtype: str, kind: CommentKind, quoted: bool
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    page = page_of_words(exported.path, "Det landade väl hos de flesta.")
    box = word_box(exported.path, page, "landade väl")
    with pikepdf.open(exported.path) as pdf:
        contents = None if kind == CommentKind.DRAWING else f"Om {subtype}"
        annotation(pdf, page, subtype, list(box), quads=quad(box) if quoted else None,
                   contents=contents)  # fmt: skip
        # A link and a form field are no comments, and not counted as left out.
        annotation(pdf, page, "/Link", [0, 0, 10, 10])
        annotation(pdf, page, "/Widget", [0, 0, 10, 10])
        with warnings.catch_warnings():  # pikepdf: a widget outside a form, as made here
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.save(tmp_path / "back.pdf")
    found = preview(journal, tmp_path / "back.pdf")
    (comment,) = found.comments
    assert comment.kind == kind and found.skipped == 0
    assert comment.entry_uid == exported.entries["Feedback i ledningsgruppen"].uid
    assert comment.quote == ("landade väl" if quoted else "")
    assert comment.text == (contents or "")
