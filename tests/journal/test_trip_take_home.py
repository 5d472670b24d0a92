"""A study-trip note's fourth field: what the participant takes home to her own
organisation (the programmes-and-language review, 2.13)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

from journal.domain import EntryFilter, Participant, Trip, TripNote
from journal.interchange import export_document, export_json, import_json
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal, open_journal
from tests.portfolio.helpers import text_of

LESSON = "Stående morgonmöten på tio minuter, som på Rigshospitalet."


def _note(journal: Journal) -> TripNote:
    journal.set_participant(Participant(name="Karin", language="sv"))
    trip = journal.save_trip(Trip(destination="Danmark", starts_on=date(2025, 12, 16)))
    return journal.save(
        TripNote(
            title="Besök på akuten",
            occurred_on=date(2025, 12, 16),
            trip=trip,
            culture="Platt hierarki.",
            take_home=LESSON,
        )
    )


def test_what_she_takes_home_is_kept_found_and_printed(journal: Journal, tmp_path: Path) -> None:
    note = _note(journal)
    assert note.id is not None
    got = journal.get_entry(note.id)  # the plain read the editor opens with
    assert isinstance(got, TripNote) and got.take_home == LESSON
    (full,) = list(journal.iter_entries(EntryFilter()))  # the export's read
    assert isinstance(full, TripNote) and full.take_home == LESSON
    assert [h.title for h in journal.search("morgonmöten")] == ["Besök på akuten"]
    saved = journal.save(dataclasses.replace(got, take_home=LESSON + " Och pauser."))
    assert journal.search("pauser") and isinstance(saved, TripNote)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert "DET JAG TAR MED HEM" in text.upper() and "Och pauser." in text


def test_it_travels_in_the_json_format(journal: Journal, tmp_path: Path) -> None:
    _note(journal)
    (entry,) = export_document(journal)["entries"]
    assert entry["take_home"] == LESSON
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        import_json(other, tmp_path / "all.json")
        (again,) = list(other.iter_entries(EntryFilter()))
        assert isinstance(again, TripNote) and again.take_home == LESSON
    # A note without it is written as before.
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    document["entries"][0].pop("take_home")
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    with open_journal(tmp_path / "old", daily_backup=False) as old:
        import_json(old, tmp_path / "old.json")
        (read,) = list(old.iter_entries(EntryFilter()))
        assert isinstance(read, TripNote) and read.take_home == ""
