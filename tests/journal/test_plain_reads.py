"""The plain-SQL reads give what the ORM gives: every kind of entry and relation, and
the programme."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
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


def _orm_programme(journal: Journal) -> Programme | None:
    from sqlalchemy.orm import selectinload

    from journal.storage.records import programme_value
    from journal.storage.schema import ProgrammeRecord, SessionRecord

    with journal._session() as s:  # the ORM's reading, as records.programme_value gives it
        rec = s.scalars(
            select(ProgrammeRecord)
            .options(
                selectinload(ProgrammeRecord.modules),
                selectinload(ProgrammeRecord.sessions).selectinload(SessionRecord.module),
                selectinload(ProgrammeRecord.competency_areas),
            )
            .limit(1)
        ).first()
        return None if rec is None else programme_value(rec)


def test_the_programme_reads_the_same_for_every_template(journal: Journal) -> None:
    from journal import programmes

    assert journal.programme() is None and _orm_programme(journal) is None
    for template in programmes.templates():
        adopted = programmes.adopt(journal, template, date(2026, 2, 2))
        read = journal.programme()
        assert read == _orm_programme(journal), template.id
        assert read is not None and read.modules == adopted.modules
        assert read.competency_areas == adopted.competency_areas


def test_every_part_of_a_programme_reads_the_same(journal: Journal) -> None:
    from journal.domain import ProgrammeModule

    journal.set_programme(
        Programme(
            name="Eget <program> & så",
            name_en="Own",
            organiser="Region",
            language="sv",
            starts_on=date(2026, 1, 10),
            ends_on=date(2026, 12, 10),
            modules=(
                ProgrammeModule(uid="m2", name="Andra", themes=("x", "y")),
                ProgrammeModule(uid="m1", name="Första", themes=()),
            ),
            sessions=(
                ProgrammeSession(
                    uid="late",
                    title="Sent",
                    kind=SessionKind.CLOSING_CONFERENCE,
                    starts_on=date(2026, 9, 1),
                    ends_on=date(2026, 9, 3),
                    module_uid="m2",
                    location="Lund",
                    agenda="Agenda",
                    notes="Noter",
                    next_steps="Nästa",
                ),
                ProgrammeSession(
                    uid="early", title="Tidigt", kind=SessionKind.OTHER, starts_on=date(2026, 2, 1)
                ),
            ),
            competency_areas=("B", "A"),
            prompts={"arl_action": ("Vad gjorde du?",)},
        )
    )
    read = journal.programme()
    assert read == _orm_programme(journal)
    assert read is not None
    assert [m.uid for m in read.modules] == ["m2", "m1"]
    assert [s.uid for s in read.sessions] == ["early", "late"]
    assert read.sessions[1].module_uid == "m2" and read.sessions[0].module_uid is None
    assert read.competency_areas == ("B", "A")
    assert read.prompts == {"arl_action": ("Vad gjorde du?",)}


def test_the_first_page_query_is_the_one_the_orm_compiles() -> None:
    from sqlalchemy.dialects import sqlite

    from journal import store
    from journal.domain import EntryFilter
    from journal.storage.plain_reads import SUMMARIES
    from journal.storage.records import filtered
    from journal.storage.schema import SessionRecord

    query = (
        filtered(
            select(*store._summary_columns()).outerjoin(
                SessionRecord, EntryRecord.session_id == SessionRecord.id
            ),
            EntryFilter(),
        )
        .order_by(EntryRecord.occurred_on.desc(), EntryRecord.id.desc())
        .limit(200)
        .offset(5)
    )
    compiled = query.compile(dialect=sqlite.dialect())
    assert " ".join(compiled.string.split()) == " ".join(SUMMARIES.split())
    assert [compiled.params[name] for name in compiled.positiontup or ()] == [200, 5]


def test_the_first_reads_give_what_the_orm_gives(journal: Journal) -> None:
    """Participant, tag counts, count, every page of the list and titles, read in plain
    SQL, equal the ORM's reading of the same (a filter the plain reads do not serve)."""
    from journal.domain import EntryFilter, Participant

    assert journal.participant() is None
    journal.set_participant(Participant(name="Åsa <Ö>", role="Chef", language="sv"))
    assert journal.participant() == Participant(name="Åsa <Ö>", role="Chef", language="sv")
    make_demo_journal(journal, entries=450, seed=3, photos=0)
    some = journal.list_entries(EntryFilter(include_private=True), limit=3)
    journal.trash_entry(some[0].id)
    journal.save(Experience(title=" ", body="Without a title: *listed* by its words"))
    orm_filter = EntryFilter(date_to=date(2100, 1, 1))  # all, through the ORM
    assert journal.count_entries() == journal.count_entries(orm_filter)
    for offset in (0, 200, 400):
        plain = journal.list_entries(offset=offset, limit=200)
        assert plain == journal.list_entries(orm_filter, offset=offset, limit=200)
    assert some[0].id not in {s.id for s in journal.list_entries(limit=1000)}
    everything = journal.list_entries(limit=10_000)
    assert len(everything) == journal.count_entries()
    untitled = [s for s in everything if not s.title.strip()]
    assert [s.preview for s in untitled] == ["Without a title: listed by its words"]
    with journal._session() as s:  # the ORM's tag counts
        from sqlalchemy import func

        from journal.storage.schema import TagRecord, entry_tags

        live = select(EntryRecord.id).where(EntryRecord.deleted_at.is_(None))
        expected = [
            (name, int(n))
            for name, n in s.execute(
                select(TagRecord.name, func.count(entry_tags.c.entry_id))
                .join(entry_tags, entry_tags.c.tag_id == TagRecord.id)
                .where(entry_tags.c.entry_id.in_(live))
                .group_by(TagRecord.id)
                .order_by(TagRecord.name)
            )
        ]
    assert expected and journal.tags() == expected
    uids = [s.uid for s in journal.list_entries(limit=1000)] + ["missing"]
    titles = journal.titles([*uids, some[0].uid] * 2)
    assert len(titles) == len(uids) - 1 and some[0].uid not in titles


def test_the_first_paint_reads_load_no_orm_tables(tmp_path: Path) -> None:
    """What the window reads before it shows needs neither the ORM's tables nor its write
    path (about 40 ms of class building at start-up); warm_up loads them, and the journal
    writes as before."""
    from journal.store import open_journal

    with open_journal(tmp_path) as journal:
        make_demo_journal(journal, entries=30, seed=2, photos=0)
        newest = journal.list_entries(limit=1)[0].id
    script = f"""
import sys
from pathlib import Path
from journal.domain import Experience
from journal.store import open_journal

ORM = ("journal.storage.schema", "journal.storage.records", "journal.storage.fastsave")
with open_journal(Path({str(tmp_path)!r}), verify_now=False) as journal:  # as the app
    journal.participant(); journal.programme(); journal.tags(); journal.count_entries()
    entry = journal.get_entry({newest})
    journal.list_entries(limit=200); journal.titles([entry.uid])
    assert not [m for m in ORM if m in sys.modules], [m for m in ORM if m in sys.modules]
    journal.warm_up()
    assert all(m in sys.modules for m in ORM)
    saved = journal.save(Experience(title="After the warm-up", body="x"))
    assert journal.get_entry(saved.id).title == "After the warm-up"
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_a_later_module_loads_once_at_its_first_use() -> None:
    from journal.storage.later import Later

    name = "journal.storage.later_probe_does_not_exist"
    later = Later(name)
    with pytest.raises(ModuleNotFoundError):
        _ = later.anything
    json_later = Later("json")
    assert json_later.dumps([1]) == "[1]"
    assert json_later.load() is sys.modules["json"]


def test_a_failing_plain_read_is_told_as_damage_with_either_driver(journal: Journal) -> None:
    """sqlite3's errors and SQLCipher's (an encrypted journal's plain reads see those)
    become the journal's own error, as a read through the ORM does."""
    import sqlite3

    from sqlcipher3 import dbapi2

    from journal.errors import JournalDamagedError

    for error in (sqlite3.DatabaseError, dbapi2.DatabaseError):

        def fail(raw: object, error: type[Exception] = error) -> None:
            raise error("database disk image is malformed")

        with pytest.raises(JournalDamagedError, match="malformed"):
            journal._read_plain(fail)

    def bug(raw: object) -> None:
        raise KeyError("not the database")

    with pytest.raises(KeyError):
        journal._read_plain(bug)
