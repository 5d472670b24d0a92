"""The plain-SQL entry reader gives what the ORM gives, for every kind and relation."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image
from sqlalchemy import select

from journal.demo import make_demo_journal
from journal.domain import (
    ArlEntry,
    Experience,
    Programme,
    ProgrammeSession,
    SessionKind,
    TheoryEntry,
    Trip,
    TripNote,
)
from journal.storage.records import entry_value
from journal.storage.schema import EntryRecord
from journal.store import Journal


def _orm_entries(journal: Journal) -> dict[int, object]:
    with journal._session() as s:  # the ORM's reading, as records.entry_value gives it
        return {rec.id: entry_value(s, rec) for rec in s.scalars(select(EntryRecord))}


def test_every_demo_entry_reads_the_same(journal: Journal) -> None:
    make_demo_journal(journal, entries=80, seed=5, photos=6)
    expected = _orm_entries(journal)
    assert len(expected) >= 80
    for entry_id, value in expected.items():
        assert journal.get_entry(entry_id) == value


def test_every_relation_reads_the_same(journal: Journal) -> None:
    programme = journal.set_programme(
        Programme(
            name="P",
            sessions=(
                ProgrammeSession(
                    title="S", kind=SessionKind.RESIDENTIAL, starts_on=date(2026, 3, 1)
                ),
            ),
            competency_areas=("Leda andra", "Leda sig själv"),
        )
    )
    session = programme.sessions[0].uid
    source = journal.save(Experience(title="Källa", tags=("b", "A", "ä")))
    arl = journal.save(
        ArlEntry(
            title="A",
            session_uid=session,
            competencies=("Leda sig själv", "Leda andra"),
            from_experiences=(source.uid,),
            private=True,
        )
    )
    theory = journal.save(TheoryEntry(title="T", theory="Först"))
    assert theory.id is not None and arl.id is not None
    journal.add_theory_version(theory.id, "ett")
    note = journal.save(
        TripNote(title="R", trip=Trip(destination="Oslo", starts_on=date(2026, 5, 2)))
    )
    assert note.id is not None
    picture = io.BytesIO()
    Image.new("RGB", (20, 10), (1, 2, 3)).save(picture, "PNG")
    for name in ("b.png", "a.png"):
        journal.add_attachment(note.id, picture.getvalue(), file_name=name, media_type="image/png")
    journal.dismiss_identity_number(arl.id, "121212-1212")
    journal.trash_entry(source.id or 0)
    expected = _orm_entries(journal)
    for entry_id, value in expected.items():
        assert journal.get_entry(entry_id) == value
