"""Templates say what is the programme's own and what is a suggestion (issue 21, review
1.1, 9 in part 4): the description at first run and in the programme dialog, and every
suggested session "to be confirmed" in the dialog, the navigation and the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from journal import programmes
from journal.domain import Participant
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.portfolio.labels import labels_for
from journal.store import Journal
from tests.portfolio.helpers import text_of
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.programme import ProgrammeDialog, UidRole
from ui.models.navigation import NavigationModel

SHIPPED = [t for t in programmes.templates() if t.id != programmes.CUSTOM_ID]


def test_first_run_shows_the_chosen_templates_description(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(language="da")
    qtbot.addWidget(dialog)
    dialog.show()
    for t in SHIPPED:
        dialog.programme.setCurrentIndex(dialog.programme.findData(t.id))
        assert dialog.description.text() == t.description
        assert dialog.description.isVisibleTo(dialog)
    dialog.programme.setCurrentIndex(dialog.programme.findData(programmes.CUSTOM_ID))
    assert not dialog.description.isVisibleTo(dialog)


@pytest.mark.parametrize("t", SHIPPED, ids=lambda t: t.id)
def test_every_templates_suggested_sessions_are_shown_as_such(
    journal: Journal, qtbot: QtBot, tmp_path: Path, t: programmes.ProgrammeTemplate
) -> None:
    journal.set_programme(programmes.instantiate(t, date(2026, 9, 7)))
    journal.set_participant(Participant(name="Mette", language=t.language))
    programme = journal.programme()
    assert programme is not None
    suggested = {s.uid for s in programme.sessions if s.tentative}
    assert suggested

    dialog = ProgrammeDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.description.text() == t.description
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        uid = item.data(UidRole)
        shown = item.text().endswith("(date to be confirmed by your organiser)")
        assert shown == (uid in suggested), item.text()

    model = NavigationModel()
    model.build(programme, [])
    for session in programme.sessions:
        found = model.find_key(f"session:{session.uid}")
        assert found is not None
        index = found.index()
        day = model.index(index.row(), 1, index.parent()).data()
        assert day.startswith("(") == session.tentative, (session.title, day)

    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    marker = labels_for(t.language).tentative
    assert text_of(out).count(marker) == len(suggested)


def test_setting_a_date_confirms_it(journal: Journal, qtbot: QtBot) -> None:
    journal.set_programme(programmes.instantiate(programmes.template("dnls-1"), date(2026, 9, 7)))
    programme = journal.programme()
    assert programme is not None
    first = next(s for s in programme.sessions if s.title == "Læringstræf 2")
    second = next(s for s in programme.sessions if s.title == "Læringstræf 3")
    assert first.tentative and second.tentative
    dialog = ProgrammeDialog(journal, session_uid=first.uid)
    qtbot.addWidget(dialog)
    assert dialog.tentative.isChecked()
    dialog.starts_on.setDate(QDate(2026, 10, 20))
    assert not dialog.tentative.isChecked()
    dialog._select(second.uid)
    dialog.tentative.setChecked(False)  # confirmed by hand, the date as it was
    dialog.accept()
    journal.set_programme(dialog.programme())
    stored = {s.uid: s for s in journal.programme().sessions}  # type: ignore[union-attr]
    assert not stored[first.uid].tentative
    assert stored[first.uid].starts_on == date(2026, 10, 20)
    assert stored[first.uid].ends_on == date(2026, 10, 21)  # the length kept
    assert not stored[second.uid].tentative and stored[second.uid].starts_on == second.starts_on
