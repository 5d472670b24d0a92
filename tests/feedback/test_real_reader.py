"""A portfolio commented and saved by a real reader's code (pdf.js, Firefox's engine):
the fixture and how it was made are in tests/data/returned/pdfjs/."""

from __future__ import annotations

from pathlib import Path

from journal.feedback.importer import preview
from journal.feedback.model import CommentKind
from journal.interchange import import_json
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal
from tests.portfolio.helpers import text_of

FIXTURE = Path(__file__).parents[1] / "data" / "returned" / "pdfjs"


def test_comments_saved_by_pdfjs_come_home_onto_their_entries(
    journal: Journal, tmp_path: Path
) -> None:
    # The journal the portfolio came from, with its export's manifest, from its JSON.
    import_json(journal, FIXTURE / "journal.json")
    found = preview(journal, FIXTURE / "portfolio-commented.pdf")
    titles = found.titles
    placed = {(c.kind, c.text, c.quote, titles.get(c.entry_uid or "")) for c in found.comments}
    assert placed == {
        (CommentKind.HIGHLIGHT, "", "Fråga först", "Feedback i ledningsgruppen"),
        (
            CommentKind.FREE_TEXT,
            "Fint att du lyssnade först – hur märkte de det?",
            "",
            "Morgonmötet",
        ),
    }
    assert journal.add_mentor_comments(found.comments) == 2
    note = next(c for c in journal.mentor_comments() if c.kind == CommentKind.FREE_TEXT)
    journal.respond_to_comment(note.uid, "De sa att mötet kändes lugnare.")
    out = tmp_path / "next.pdf"
    export_portfolio(journal, PortfolioOptions(mentor_dialogue=True), out)
    text = text_of(out)
    assert "hur märkte de det?" in text and "De sa att mötet kändes lugnare." in text
