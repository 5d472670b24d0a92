"""Editing the programme in the app: sessions added, moved, removed; sparring notes; files."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal.domain import Experience, ProgrammeSession, SessionKind
from journal.storage.backup import list_backups
from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.dialogs.programme import ProgrammeDialog
from ui.dialogs.programme_file import ProgrammeFileDialog, programme_from_file

ORGANISERS_FILE = """\
id = "org-2027"
name = "Ledarskap i vården 2027"
language = "sv"

[[modules]]
uid = "m1"
name = "Leda sig själv"

[[modules]]
uid = "m2"
name = "Leda förändring"

[[sessions]]
title = "Internat 1"
kind = "residential"
module = "m1"
offset_days = 0
duration_days = 2

[[sessions]]
title = "Ledarsparring"
kind = "sparring"
offset_days = 30

[prompts]
arl_reflection = ["Hur ser du på det nu, och varför?"]
"""


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_sparring_meeting_is_added_dated_and_noted(journal: Journal, qtbot: QtBot) -> None:
    dialog = ProgrammeDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    dialog.add_button.click()
    assert dialog.list.count() == 2
    assert dialog.title.hasFocus() or not dialog.isActiveWindow()
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Ledarsparring 1")
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.SPARRING.value))
    assert dialog.meeting_notes.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.agenda, "Delegation")
    qtbot.keyClicks(dialog.notes, "We talked about saying no")
    qtbot.keyClicks(dialog.next_steps, "Let the team run Monday meetings")
    dialog.starts_on.setDate(QDate(2025, 10, 6))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    journal.set_programme(dialog.programme())

    programme = journal.programme()
    assert programme is not None
    added = next(s for s in programme.sessions if s.title == "Ledarsparring 1")
    assert added.kind == SessionKind.SPARRING
    assert added.starts_on == date(2025, 10, 6)
    assert (added.agenda, added.notes, added.next_steps) == (
        "Delegation",
        "We talked about saying no",
        "Let the team run Monday meetings",
    )


@pytest.mark.parametrize("kind", [k for k in SessionKind if k is not SessionKind.SPARRING], ids=str)
def test_any_session_keeps_notes_not_only_sparring(
    journal: Journal, qtbot: QtBot, kind: SessionKind
) -> None:
    """Review 1.15, 2.8: the meeting with the team across sectors, the learning group,
    the closing conference or the formøde with the sparring partner have notes too."""
    dialog = ProgrammeDialog(journal, session_uid="s1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    assert dialog.meeting_notes.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.notes, "We agreed on one shared indicator")
    dialog.accept()
    journal.set_programme(dialog.programme())
    programme = journal.programme()
    assert programme is not None
    session = next(s for s in programme.sessions if s.uid == "s1")
    assert (session.kind, session.notes) == (kind, "We agreed on one shared indicator")


def test_moving_a_session_keeps_its_length_and_the_list_in_time_order(
    journal: Journal, qtbot: QtBot
) -> None:
    dialog = ProgrammeDialog(journal, session_uid="s1")
    qtbot.addWidget(dialog)
    dialog.ends_on.setDate(QDate(2025, 9, 3))  # Internat 1: three days
    dialog.add_button.click()  # the day after: 4 September
    dialog.title.setText("Dag 2")
    dialog.title.textEdited.emit("Dag 2")
    first = dialog.list.item(0).text()
    assert "Internat 1" in first
    dialog._select("s1")
    dialog.starts_on.setDate(QDate(2025, 11, 10))  # moved after "Dag 2"
    assert dialog.ends_on.date() == QDate(2025, 11, 12)
    assert "Dag 2" in dialog.list.item(0).text()
    assert dialog.list.currentItem().text().endswith("Internat 1")
    moved = next(s for s in dialog.programme().sessions if s.uid == "s1")
    assert (moved.starts_on, moved.ends_on) == (date(2025, 11, 10), date(2025, 11, 12))


def test_removing_a_session_asks_and_keeps_the_linked_entries(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = journal.save(Experience(title="Från internatet", session_uid="s1"))
    assert entry.id is not None
    dialog = ProgrammeDialog(journal, session_uid="s1")
    qtbot.addWidget(dialog)
    assert "1" in dialog.linked.text()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert dialog.list.count() == 1 and "1" in asked[0]
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert dialog.list.count() == 0
    assert not dialog.details.isEnabled()
    journal.set_programme(dialog.programme())
    programme = journal.programme()
    assert programme is not None and programme.sessions == ()
    kept = journal.get_entry(entry.id)
    assert kept.title == "Från internatet" and kept.session_uid is None


def test_cancel_after_changes_asks_before_discarding(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    programme = journal.programme()
    assert programme is not None
    same_day = [  # listed by title in the dialog, stored in another order
        ProgrammeSession(title=title, starts_on=date(2025, 9, 1)) for title in ("Z", "A", "M")
    ]
    journal.set_programme(dataclasses.replace(programme, sessions=(*programme.sessions, *same_day)))
    dialog = ProgrammeDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
    assert not dialog.changed()
    dialog.reject()  # nothing changed: closes without asking
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = ProgrammeDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.reject()
    assert asked and dialog.isVisible()
    before = journal.programme()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.reject()
    assert not dialog.isVisible()
    assert journal.programme() == before


def test_main_window_rebuilds_navigation_and_editors_after_an_edit(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal)
    entry = journal.save(Experience(title="Ett möte", body="Det gick bra."))
    assert entry.id is not None and window.open_entry(entry.id)

    def edit(dialog: ProgrammeDialog) -> int:
        dialog.add_button.click()
        dialog.title.setText("Ledarsparring")
        dialog.title.textEdited.emit("Ledarsparring")
        dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.SPARRING.value))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ProgrammeDialog, "exec", edit)
    window.menus.programme.trigger()
    programme = journal.programme()
    assert programme is not None
    added = next(s for s in programme.sessions if s.title == "Ledarsparring")
    assert window.navigation.find_key(f"session:{added.uid}") is not None
    editor = window._current
    assert editor is not None
    combo = editor.header.session
    assert combo.findData(added.uid) > 0
    combo.setCurrentIndex(combo.findData(added.uid))
    stored = window._save_now()
    assert stored is not None and stored.session_uid == added.uid


def test_an_organisers_file_is_checked_then_used(
    journal: Journal,
    data_dir: Path,
    tmp_path: Path,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(journal)
    linked = journal.save(Experience(title="Internat", session_uid="s1"))
    assert linked.id is not None
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text) or 0)
    bad = tmp_path / "bad.toml"
    bad.write_text(ORGANISERS_FILE.replace('"sparring"', '"mingel"'), encoding="utf-8")
    before = journal.programme()
    assert programme_from_file(window, journal, bad) is None
    assert "line 22" in warnings[0] and "kind" in warnings[0]
    assert journal.programme() == before

    monkeypatch.setattr(ProgrammeFileDialog, "exec", lambda _self: 1)
    good = tmp_path / "org.toml"
    good.write_text(ORGANISERS_FILE, encoding="utf-8")
    monkeypatch.setattr(
        "ui.dialogs.programme_file.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(good), ""),
    )
    window.menus.programme_file.trigger()
    programme = journal.programme()
    assert programme is not None and programme.name == "Ledarskap i vården 2027"
    assert any(b.reason == "before-import" for b in list_backups(data_dir))
    internat = next(s for s in programme.sessions if s.title == "Internat 1")
    assert internat.uid == "s1"  # same name: the entry keeps its link
    assert journal.get_entry(linked.id).session_uid == "s1"
    module = next(m for m in programme.modules if m.name == "Leda förändring")
    assert window.navigation.find_key(f"module:{module.uid}") is not None
    assert window.context.prompts["arl_reflection"] == ("Hur ser du på det nu, och varför?",)


def test_prompts_come_from_the_programme_else_from_its_template(
    journal: Journal, make_window: WindowFactory
) -> None:
    from journal.programmes import template

    shipped = template("se-regional-arl").prompts.as_dict()
    programme = journal.programme()
    assert programme is not None
    journal.set_programme(dataclasses.replace(programme, template_id="se-regional-arl"))
    window = make_window(journal)
    assert window.context.prompts["arl_action"] == shipped["arl_action"]  # from the template
    stored = dataclasses.replace(
        programme, template_id="se-regional-arl", prompts={"arl_action": ("Vad hände?",)}
    )
    journal.set_programme(stored)
    window = make_window(journal)
    assert window.context.prompts["arl_action"] == ("Vad hände?",)  # kept with the programme
    assert "arl_learning" not in window.context.prompts  # the editor asks its own question


def test_a_programme_that_cannot_be_saved_is_explained_and_changes_nothing(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalWriteError
    from ui.errors import explanation

    window = make_window(journal)
    before = journal.programme()
    assert before is not None
    failure = JournalWriteError("database or disk is full")
    monkeypatch.setattr(journal, "set_programme", lambda _p: (_ for _ in ()).throw(failure))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text) or 0)
    window._set_programme(dataclasses.replace(before, name="Nytt namn"))
    [text] = warnings
    lead = explanation(failure)
    assert lead and lead in text  # why, in the participant's language
    assert "database or disk is full" in text  # and the library's own words
    assert journal.programme() == before
    assert window.context.programme == before


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_a_session_kind_has_one_name_in_the_window_and_the_portfolio(
    qtbot: QtBot, language: str
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from journal.domain import SessionKind
    from journal.portfolio.labels import labels_for
    from ui.dialogs.programme import session_kind_label
    from ui.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translators(app, language)
    try:
        for kind in SessionKind:
            assert session_kind_label(kind) == labels_for(language).session_kinds[kind]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
        QLocale.setDefault(locale)


def test_the_programme_menu_changes_to_another_shipped_programme_keeping_every_entry(
    data_dir: Path,
    journal: Journal,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first run's choice was final: a participant who picked wrong could not switch."""
    from journal.programmes import template

    window = make_window(journal)
    kept = journal.save(Experience(title="Internat", session_uid="s1"))
    assert kept.id is not None

    def pick(dialog: ProgrammeFileDialog) -> int:
        dialog.choice.setCurrentIndex(dialog.choice.findData("dnls-2"))
        shown = dialog.description.text()  # the programme's own description
        assert shown and shown == template("dnls-2").description
        return 1

    monkeypatch.setattr(ProgrammeFileDialog, "exec", pick)
    window.menus.change_programme.trigger()
    programme = journal.programme()
    assert programme is not None and programme.template_id == "dnls-2"
    assert any(b.reason == "before-import" for b in list_backups(data_dir))
    assert journal.get_entry(kept.id).title == "Internat"  # the entry stays
    assert journal.count_entries() == 1
    first = next(s for s in programme.sessions)
    assert window.navigation.find_key(f"session:{first.uid}") is not None


def test_modules_and_competency_areas_are_edited_in_the_app(journal: Journal, qtbot: QtBot) -> None:
    tagged = journal.save(Experience(title="Möte", competencies=("Leda andra",)))
    assert tagged.id is not None
    dialog = ProgrammeDialog(journal)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.modules_text.setPlainText("Att leda sig själv\nNy modul")  # renamed, added
    dialog.areas_text.setPlainText("Leda sig själv\nSamverkan\n\nsamverkan")  # one removed
    dialog.tabs.setCurrentIndex(0)
    assert [dialog.module.itemText(i) for i in range(dialog.module.count())][1:] == [
        "Att leda sig själv",
        "Ny modul",
    ]
    assert dialog.changed()
    stored = journal.set_programme(dialog.programme())
    assert [(m.uid == "m1", m.name) for m in stored.modules] == [
        (True, "Att leda sig själv"),  # the renamed module keeps its sessions
        (False, "Ny modul"),
    ]
    assert next(s for s in stored.sessions if s.uid == "s1").module_uid == "m1"
    assert stored.competency_areas == ("Leda sig själv", "Samverkan")
    assert journal.get_entry(tagged.id).competencies == ("Leda andra",)  # the entry keeps it


def test_a_module_removed_leaves_its_sessions_without_one(journal: Journal, qtbot: QtBot) -> None:
    dialog = ProgrammeDialog(journal)
    qtbot.addWidget(dialog)
    dialog.modules_text.setPlainText("")
    stored = journal.set_programme(dialog.programme())
    assert stored.modules == ()
    assert next(s for s in stored.sessions if s.uid == "s1").module_uid is None
