from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from journal.domain import (
    ArlEntry,
    EntryFilter,
    EntryKind,
    Experience,
    Participant,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    SessionKind,
    TheoryEntry,
    Trip,
    TripNote,
)
from journal.errors import EntryNotFoundError, JournalError
from journal.store import Journal


def _programme(journal: Journal) -> Programme:
    module = ProgrammeModule(name="Fundament", themes=("Organisationsanalyse",))
    session = ProgrammeSession(
        title="Læringstræf 1",
        kind=SessionKind.RESIDENTIAL,
        starts_on=date(2025, 9, 10),
        ends_on=date(2025, 9, 11),
        module_uid=module.uid,
    )
    return journal.set_programme(
        Programme(
            name="Det Nationale Ledelsesprogram 2.0",
            starts_on=date(2025, 9, 1),
            modules=(module,),
            sessions=(session,),
            competency_areas=("Ledelse på tværs", "Datadreven ledelse"),
        )
    )


def test_participant_round_trip(journal: Journal) -> None:
    assert journal.participant() is None
    assert not journal.is_set_up()
    p = Participant(
        name="Mette", role="Mellemleder", organisation="Region Midtjylland", language="da"
    )
    journal.set_participant(p)
    assert journal.participant() == p
    journal.set_participant(dataclasses.replace(p, role="Chef"))
    assert journal.participant() == dataclasses.replace(p, role="Chef")


def test_experience_create_update_delete(journal: Journal) -> None:
    saved = journal.save(Experience(title="Møde", body="Vi talte om *tillid*.", tags=("møde",)))
    assert saved.id is not None and saved.created_at is not None
    assert journal.get_entry(saved.id) == saved
    changed = journal.save(dataclasses.replace(saved, body="Ny tekst", private=True))
    assert changed.body == "Ny tekst" and changed.private
    assert changed.created_at == saved.created_at
    assert changed.updated_at is not None and saved.updated_at is not None
    assert changed.updated_at >= saved.updated_at
    journal.delete_entry(saved.id)
    with pytest.raises(EntryNotFoundError):
        journal.get_entry(saved.id)
    assert journal.search("tekst") == []


def test_entry_cannot_change_kind_or_duplicate_uid(journal: Journal) -> None:
    saved = journal.save(Experience(title="x"))
    assert saved.id is not None
    with pytest.raises(JournalError):
        journal.save(ArlEntry(id=saved.id, uid=saved.uid, title="y"))
    with pytest.raises(JournalError):
        journal.save(Experience(uid=saved.uid, title="again"))


def test_arl_links_to_experiences(journal: Journal) -> None:
    exp = journal.save(Experience(title="Udskrivelse", body="Svært"))
    arl = journal.save(
        ArlEntry(
            title="Arbejdet op",
            action="Jeg spurgte",
            reflection="Jeg ser nu",
            learning="Jeg lærte",
            next_experiment="Prøve igen",
            from_experiences=(exp.uid,),
        )
    )
    assert arl.from_experiences == (exp.uid,)
    assert arl.next_experiment == "Prøve igen"
    with pytest.raises(JournalError):
        journal.save(ArlEntry(title="bad", from_experiences=("nope",)))
    assert journal.count_entries() == 2  # the failed save left nothing behind
    # The titles an A-R-L entry shows for its sources, read in one query.
    assert journal.titles([exp.uid, "nope", exp.uid]) == {exp.uid: "Udskrivelse"}
    assert journal.titles([]) == {}
    stored_arl = journal.get_entry_by_uid(arl.uid)
    assert isinstance(stored_arl, ArlEntry) and stored_arl.from_experiences == (exp.uid,)


def test_theory_versions_are_kept(journal: Journal) -> None:
    theory = journal.save(TheoryEntry(title="Min teori", theory="A", values="V1", goals="G1"))
    assert theory.id is not None
    v1 = journal.add_theory_version(theory.id, "first")
    journal.save(dataclasses.replace(v1, theory="B", values="V2"))
    v2 = journal.add_theory_version(theory.id, "second")
    assert [v.change_note for v in v2.versions] == ["first", "second"]
    assert [v.theory for v in v2.versions] == ["A", "B"]
    assert v2.versions[0].values == "V1"
    # Saving the working text never rewrites a version.
    later = journal.save(dataclasses.replace(v2, theory="C", versions=()))
    assert isinstance(later, TheoryEntry)
    assert [v.theory for v in later.versions] == ["A", "B"] and later.theory == "C"


def test_trip_note_and_attachments(journal: Journal) -> None:
    trip = Trip(destination="Kina", starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 8))
    note = journal.save(TripNote(title="Besök", trip=trip, place="北京", culture="Hierarki"))
    assert note.id is not None and note.trip == trip
    a1 = journal.add_attachment(note.id, b"photo-bytes", file_name="a.jpg", media_type="image/jpeg")
    a2 = journal.add_attachment(note.id, b"photo-bytes", file_name="b.jpg", media_type="image/jpeg")
    assert a1.sha256 == a2.sha256  # stored once
    loaded = journal.get_entry(note.id)
    assert isinstance(loaded, TripNote)
    assert [a.file_name for a in loaded.attachments] == ["a.jpg", "b.jpg"]
    assert journal.attachment_data(a2.id) == b"photo-bytes"
    journal.remove_attachment(a1.id)
    assert journal.attachment_data(a2.id) == b"photo-bytes"
    journal.remove_attachment(a2.id)
    with pytest.raises(EntryNotFoundError):
        journal.attachment_data(a2.id)
    assert journal.trips() == [trip]
    # Saving the note again keeps the same trip, once.
    journal.save(dataclasses.replace(loaded, place="上海"))
    assert len(journal.trips()) == 1


def test_tags_are_case_insensitive_and_trimmed(journal: Journal) -> None:
    journal.save(Experience(title="a", tags=("Möte", " möte ", "", "samtal")))
    journal.save(Experience(title="b", tags=("MÖTE",)))
    assert journal.tags() == [("Möte", 2), ("samtal", 1)]
    assert journal.count_entries(EntryFilter(tag="möte")) == 2


def test_session_links_and_programme_edits(journal: Journal) -> None:
    programme = _programme(journal)
    session = programme.sessions[0]
    entry = journal.save(
        Experience(title="På træffet", session_uid=session.uid, competencies=("Ledelse på tværs",))
    )
    assert entry.session_uid == session.uid
    assert journal.count_entries(EntryFilter(session_uid=session.uid)) == 1
    assert journal.count_entries(EntryFilter(module_uid=programme.modules[0].uid)) == 1
    # Edit the session, then remove it: the entry stays, unlinked.
    moved = dataclasses.replace(session, starts_on=date(2025, 9, 17))
    programme = journal.set_programme(dataclasses.replace(programme, sessions=(moved,)))
    assert programme.sessions[0].starts_on == date(2025, 9, 17)
    assert programme.sessions[0].uid == session.uid
    journal.set_programme(dataclasses.replace(programme, sessions=()))
    assert entry.id is not None
    kept = journal.get_entry(entry.id)
    assert kept.session_uid is None and kept.competencies == ("Ledelse på tværs",)
    with pytest.raises(JournalError):
        journal.save(Experience(title="x", session_uid="missing"))


def test_competency_outside_programme_is_kept(journal: Journal) -> None:
    _programme(journal)
    e = journal.save(Experience(title="x", competencies=("Egen kompetence",)))
    assert e.competencies == ("Egen kompetence",)
    programme = journal.programme()
    assert programme is not None
    assert programme.competency_areas == ("Ledelse på tværs", "Datadreven ledelse")


def test_list_pages_filters_and_order(journal: Journal) -> None:
    for i in range(30):
        journal.save(
            Experience(title=f"e{i}", occurred_on=date(2025, 1, 1 + i), private=i % 10 == 0)
        )
    journal.save(ArlEntry(title="arl", occurred_on=date(2024, 1, 1)))
    assert journal.count_entries() == 31
    first = journal.list_entries(limit=10)
    second = journal.list_entries(offset=10, limit=10)
    assert [s.title for s in first][:2] == ["e29", "e28"]
    assert {s.id for s in first}.isdisjoint({s.id for s in second})
    assert journal.count_entries(EntryFilter(kinds=frozenset({EntryKind.ARL}))) == 1
    assert journal.count_entries(EntryFilter(include_private=False)) == 28
    window = EntryFilter(date_from=date(2025, 1, 5), date_to=date(2025, 1, 9))
    assert journal.count_entries(window) == 5
    titles = [e.title for e in journal.iter_entries(batch=7)]
    assert titles[0] == "arl" and titles[-1] == "e29" and len(titles) == 31


def test_in_place_save_gives_what_is_read_back(journal: Journal) -> None:
    programme = _programme(journal)
    first = journal.save(Experience(title="ett"))
    second = journal.save(Experience(title="två"))
    arl = journal.save(
        ArlEntry(
            title="A-R-L",
            from_experiences=(second.uid, first.uid),
            tags=("Zeta", "alfa", "Öl", "beta"),
            competencies=("Datadreven ledelse", "Egen", "Ledelse på tværs"),
            session_uid=programme.sessions[0].uid,
        )
    )
    assert arl.id is not None
    assert arl == journal.get_entry(arl.id)
    typed = journal.save(dataclasses.replace(arl, reflection="en ny reflektion", private=True))
    assert typed == journal.get_entry(arl.id)
    assert [h.entry_id for h in journal.search("reflektion")] == [arl.id]
    assert [h.entry_id for h in journal.search("zeta")] == [arl.id]  # tags stay indexed
    retagged = journal.save(dataclasses.replace(typed, tags=("ny",), session_uid=None))
    assert retagged == journal.get_entry(arl.id)
    assert journal.search("zeta") == []


@pytest.mark.parametrize(
    "flt",
    [
        EntryFilter(),
        EntryFilter(include_private=False),
        EntryFilter(kinds=frozenset({EntryKind.TRIP_NOTE, EntryKind.ARL})),
        EntryFilter(date_from=date(2026, 1, 1), date_to=date(2026, 3, 31)),
        EntryFilter(tag="tillit"),
    ],
)
def test_entry_facts_are_the_full_entries_without_their_text(
    journal: Journal, flt: EntryFilter
) -> None:
    from journal.demo import make_demo_journal

    make_demo_journal(journal, entries=120, seed=5, photos=0)
    full = list(journal.iter_entries(flt, batch=17))
    facts = journal.entry_facts(flt)
    assert full  # every filter finds some
    assert [f.uid for f in facts] == [e.uid for e in full]  # same entries, same order
    for fact, entry in zip(facts, full, strict=True):
        trip = entry.trip.uid if isinstance(entry, TripNote) and entry.trip else None
        assert (fact.kind, fact.title, fact.occurred_on, fact.private) == (
            entry.kind,
            entry.title,
            entry.occurred_on,
            entry.private,
        )
        assert (fact.session_uid, fact.trip_uid) == (entry.session_uid, trip)
        assert (fact.tags, fact.competencies) == (entry.tags, entry.competencies)


def test_an_area_dropped_from_the_programme_stays_with_its_entries(journal: Journal) -> None:
    """It was deleted with the programme's list (an orphan), and the entries lost it."""
    from journal.domain import Programme

    journal.set_programme(Programme(name="P", competency_areas=("Leda andra", "Oanvänd")))
    tagged = journal.save(Experience(title="Möte", competencies=("Leda andra",)))
    assert tagged.id is not None
    journal.set_programme(Programme(name="P", competency_areas=("Samverkan",)))
    assert journal.get_entry(tagged.id).competencies == ("Leda andra",)
    programme = journal.programme()
    assert programme is not None and programme.competency_areas == ("Samverkan",)
