"""A study trip linked to the programme's study-trip session (issue 21, review 2.14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal.domain import (
    EntryFilter,
    Participant,
    Programme,
    ProgrammeSession,
    SessionKind,
    Trip,
    TripNote,
)
from journal.interchange import export_json, import_json
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal, open_journal
from tests.portfolio.helpers import text_of
from ui.dialogs.new_trip import NewTripDialog

SESSION = ProgrammeSession(
    uid="larresa",
    title="Lärresa",
    kind=SessionKind.STUDY_TRIP,
    starts_on=date(2026, 3, 16),
    ends_on=date(2026, 3, 21),
    location="Kina",
)


def _linked(journal: Journal) -> TripNote:
    journal.set_participant(Participant(name="Karin", language="sv"))
    journal.set_programme(
        Programme(name="Program", starts_on=date(2025, 9, 1), sessions=(SESSION,))
    )
    trip = journal.save_trip(
        Trip(destination="Peking", starts_on=date(2026, 3, 16), session_uid="larresa")
    )
    return journal.save(TripNote(title="Besök", occurred_on=date(2026, 3, 17), trip=trip))


def test_the_link_is_kept_read_and_carried(journal: Journal, tmp_path: Path) -> None:
    note = _linked(journal)
    assert note.id is not None
    got = journal.get_entry(note.id)  # the plain read the editor opens with
    assert isinstance(got, TripNote) and got.trip is not None
    assert got.trip.session_uid == "larresa"
    (full,) = journal.iter_entries(EntryFilter())  # the export's read
    assert isinstance(full, TripNote) and full.trip and full.trip.session_uid == "larresa"
    assert journal.trips()[0].session_uid == "larresa"
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        import_json(other, tmp_path / "all.json")
        assert other.trips()[0].session_uid == "larresa"
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    assert "Tillfälle: Lärresa" in text_of(out)


def test_a_new_trip_offers_the_programmes_study_trip(qtbot: QtBot) -> None:
    other = ProgrammeSession(title="Internat", kind=SessionKind.RESIDENTIAL, starts_on=date.today())
    dialog = NewTripDialog(sessions=(other, SESSION))
    qtbot.addWidget(dialog)
    assert dialog.session.count() == 2  # none, and the one study trip
    assert dialog.session.currentData() == "larresa"
    assert dialog.destination.text() == "Kina"
    trip = dialog.trip()
    assert (trip.session_uid, trip.starts_on, trip.ends_on) == (
        "larresa",
        date(2026, 3, 16),
        date(2026, 3, 21),
    )
    dialog.session.setCurrentIndex(0)
    assert dialog.trip().session_uid is None
    alone = NewTripDialog()  # a programme without a study trip: no such row
    qtbot.addWidget(alone)
    alone.show()
    assert not alone.session.isVisibleTo(alone)
