"""The demo journal a participant tries (and the README shows) is in one language."""

from __future__ import annotations

from journal.demo import DA, EN, make_demo_journal
from journal.domain import SessionKind
from journal.store import Journal


def test_the_swedish_demo_has_no_danish_or_english_sentence(journal: Journal) -> None:
    make_demo_journal(journal, entries=150, seed=4, photos=0, language="sv")
    foreign = DA + EN
    for entry in journal.iter_entries():
        for text in entry.text_fields().values():
            assert not any(sentence in text for sentence in foreign), text
    assert not any(any(c in t for c in "æøÆØ") for t in (s.title for s in journal.list_entries()))


def test_no_two_sparring_meetings_have_the_same_notes(journal: Journal) -> None:
    make_demo_journal(journal, entries=5, seed=1, photos=0)
    programme = journal.programme()
    assert programme is not None
    notes = [s.notes for s in programme.sessions if s.kind is SessionKind.SPARRING]
    assert len(notes) == len(set(notes)) == 6


def test_the_demo_holds_an_initiative_in_its_programmes_language(
    journal: Journal, tmp_path: object
) -> None:
    """Issue 24: the demo (screenshots, bench) has an initiative with its diagram, cycles
    and indicators; ``--programme`` chooses the programme and so the language."""
    from pathlib import Path

    import pytest

    from journal.cli import main
    from journal.errors import JournalError
    from journal.store import open_journal

    make_demo_journal(journal, entries=5, seed=1, photos=0)
    (swedish,) = journal.initiatives()
    assert swedish.title == "Den goda utskrivningen"
    assert swedish.change_ideas() and swedish.cycles and len(swedish.indicators) == 3
    folder = Path(str(tmp_path)) / "dnls"
    assert main(["demo", "--data-dir", str(folder), "--entries", "5", "--programme", "dnls-2"]) == 0
    with open_journal(folder, daily_backup=False) as danish:
        programme, participant = danish.programme(), danish.participant()
        assert programme is not None and participant is not None
        assert (programme.template_id, participant.language) == ("dnls-2", "da")
        assert not any(s.tentative for s in programme.sessions)
        assert [i.title for i in danish.initiatives()] == ["Den gode udskrivelse"]
    empty = Path(str(tmp_path)) / "none"
    with open_journal(empty, daily_backup=False) as fresh, pytest.raises(JournalError):
        make_demo_journal(fresh, entries=5, programme_id="nope")
    with open_journal(empty, daily_backup=False) as fresh:
        assert not fresh.is_set_up()
