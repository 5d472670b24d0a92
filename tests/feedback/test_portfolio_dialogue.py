"""The portfolio's side: the page that tells the mentor how to comment, and the
dialogue of comments and responses in the next portfolio."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from journal.domain import Participant
from journal.feedback.importer import preview
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal
from tests.feedback.helpers import annotation, export, page_of_words
from tests.portfolio.helpers import text_of


def _comment_and_answer(journal: Journal, tmp_path: Path) -> None:
    exported = export(journal, tmp_path / "first.pdf")
    place = exported.place("Feedback i ledningsgruppen")
    with pikepdf.open(exported.path) as pdf:
        box = [60, place.top - 40, 80, place.top - 20]
        question = "Hur tog de emot det? 19121212-1212"
        first = annotation(pdf, place.page, "/Text", box, contents=question, author="Maria")
        annotation(pdf, place.page, "/Text", box, contents="Och efteråt?", author="Maria",
                   reply_to=first)  # fmt: skip
        annotation(pdf, 1, "/Text", [60, 700, 80, 720], contents="En stark portfölj.")
        pdf.save(tmp_path / "back.pdf")
    found = preview(journal, tmp_path / "back.pdf")
    journal.add_mentor_comments(found.comments)
    asked = next(c for c in journal.mentor_comments() if c.text.startswith("Hur"))
    journal.respond_to_comment(asked.uid, "De lyssnade, och **två** ville ha mer.")


def test_the_dialogue_follows_its_entry_when_chosen(journal: Journal, tmp_path: Path) -> None:
    _comment_and_answer(journal, tmp_path)
    plain = tmp_path / "plain.pdf"
    export_portfolio(journal, PortfolioOptions(), plain)
    assert "dialog med min mentor" not in text_of(plain).casefold()
    out = tmp_path / "second.pdf"
    result = export_portfolio(journal, PortfolioOptions(mentor_dialogue=True), out)
    text = text_of(out).casefold()  # the part's heading is set in capitals
    entry = text.index("feedback i ledningsgruppen", text.index("action – reflection"))
    dialogue = text.index("dialog med min mentor", entry)
    assert text.index("fråga först, berätta sedan.", entry) < dialogue
    assert text.index("hur tog de emot det?", dialogue) < text.index("mitt svar", dialogue)
    assert "de lyssnade, och två ville ha mer." in text
    assert text.index("och efteråt?") > text.index("mitt svar", dialogue)
    assert "maria" in text[dialogue:]
    # On the page the entry ends on (or the next), not at the back of the portfolio.
    assert page_of_words(out, "DIALOG MED MIN MENTOR") - page_of_words(out, "Fråga först") <= 1
    # The comment on the cover has a part of its own.
    assert "om portfolion som helhet" in text and "en stark portfölj." in text
    # A personal identity number in a comment is masked like one in an entry.
    assert "19121212-1212" not in text and result.masked >= 1


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("sv", ("Så kommenterar du portfolion", "Skriv ut", "försvinner kommentarerna")),
        ("da", ("Sådan kommenterer du portfolioen", "Udskriv", "forsvinder kommentarerne")),
        ("en", ("How to comment on this portfolio", "Print", "drops the comments")),
    ],
)
def test_the_portfolio_tells_the_mentor_how_to_comment_in_its_language(
    journal: Journal, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    journal.set_participant(Participant(name="Karin Lind", language=language))
    out = tmp_path / f"{language}.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    for word in words:
        assert word in text
    # After the contents and the year at a glance, before the first entry.
    assert page_of_words(out, words[2]) == 4
    assert exported.manifest.pages >= 3
