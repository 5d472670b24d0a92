"""Programme → Rate my competencies… (issue 21: competency self-assessment over time)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal.domain import Programme, RatingPhase, SelfRating
from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.dialogs.self_assessment import SelfAssessmentDialog, phase_for


@pytest.mark.parametrize(
    ("today", "phase"),
    [
        (date(2025, 8, 1), RatingPhase.START),
        (date(2025, 11, 1), RatingPhase.START),
        (date(2026, 1, 10), RatingPhase.MIDWAY),
        (date(2026, 5, 1), RatingPhase.END),
        (date(2027, 1, 1), RatingPhase.END),
    ],
)
def test_the_phase_follows_the_programme_period(today: date, phase: RatingPhase) -> None:
    programme = Programme(name="P", starts_on=date(2025, 8, 1), ends_on=date(2026, 6, 1))
    assert phase_for(programme, today) == phase
    assert phase_for(None, today) == RatingPhase.START


def test_she_rates_herself_at_two_phases_with_the_keyboard(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    assert window.menus.self_assessment.text() == "&Rate my competencies…"
    dialog = SelfAssessmentDialog(journal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.areas == ["Leda andra", "Leda sig själv"]
    dialog.phase.setCurrentIndex(dialog.phase.findData("start"))
    combo = dialog.ratings["Leda andra"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "1 – where I begin"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 2
    qtbot.keyClicks(dialog.notes["Leda andra"], "I take over.")
    dialog.phase.setCurrentIndex(dialog.phase.findData("end"))
    assert dialog.ratings["Leda andra"].currentData() is None  # the end is not rated yet
    assert dialog.earlier["Leda andra"].text() == "At the start: 2"
    dialog.ratings["Leda andra"].setCurrentIndex(dialog.ratings["Leda andra"].findData(4))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    got = journal.self_ratings()
    assert [(r.area, r.phase, r.rating, r.note) for r in got] == [
        ("Leda andra", RatingPhase.START, 2, "I take over."),
        ("Leda andra", RatingPhase.END, 4, ""),
    ]
    again = SelfAssessmentDialog(journal, window)  # opens with what she rated
    qtbot.addWidget(again)
    again.phase.setCurrentIndex(again.phase.findData("start"))
    assert again.ratings["Leda andra"].currentData() == 2
    assert again.notes["Leda andra"].text() == "I take over."
    assert again.changed() == []


def test_a_sentence_without_a_rating_is_not_lost(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(str(a[2])))
    dialog = SelfAssessmentDialog(journal)
    qtbot.addWidget(dialog)
    dialog.notes["Leda sig själv"].setText("Jag vet inte än.")
    dialog.notes["Leda sig själv"].textEdited.emit("Jag vet inte än.")
    dialog.accept()
    assert told and "Leda sig själv" in told[0]
    assert dialog.isVisible() or dialog.result() == 0
    assert journal.self_ratings() == []
    assert dialog.notes["Leda sig själv"].text() == "Jag vet inte än."


def test_an_area_rated_before_and_since_removed_stays(journal: Journal, qtbot: QtBot) -> None:
    journal.set_self_ratings(
        RatingPhase.START, [SelfRating(area="Gammalt område", phase=RatingPhase.START, rating=3)]
    )
    dialog = SelfAssessmentDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.areas == ["Leda andra", "Leda sig själv", "Gammalt område"]
    assert not dialog.empty.isVisibleTo(dialog)
