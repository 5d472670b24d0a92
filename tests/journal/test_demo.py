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
