"""Delete moves to the Trash, Ctrl+Z takes it back, and the Trash is where the rest waits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal.domain import EntryFilter, EntryKind, Experience
from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.editors.experience import ExperienceEditor
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question asked, answered Yes; a warning fails the test."""
    questions: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        questions.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    def warning(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected warning: {args[2]}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return questions


def _titles(window: MainWindow) -> list[str]:
    return [str(window.entries.index(row).data()) for row in range(window.entries.rowCount())]


def _two(journal: Journal) -> tuple[int, int]:
    first = journal.save(Experience(title="Första", body="ett", occurred_on=date(2025, 9, 1)))
    second = journal.save(Experience(title="Andra", body="två", occurred_on=date(2025, 9, 2)))
    assert first.id is not None and second.id is not None
    return first.id, second.id


def test_delete_goes_to_the_trash_and_ctrl_z_brings_it_back(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, asked: list[str]
) -> None:
    first, _second = _two(journal)
    window = make_window(journal)
    assert window.open_entry(first)
    window.menus.delete.trigger()

    # The question says what is true: the Trash and Undo, not backups.
    assert len(asked) == 1
    assert "Trash" in asked[0] and "backup" not in asked[0].lower()
    assert _titles(window) == ["Andra"]
    assert window.current_entry_id() != first  # the list went on to the next entry
    assert journal.count_entries(EntryFilter(in_trash=True)) == 1

    # Focus is in the list; Ctrl+Z there takes the delete back and opens the entry.
    assert window.list_view.hasFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, CTRL)
    assert _titles(window) == ["Andra", "Första"]
    assert window.current_entry_id() == first
    assert journal.count_entries(EntryFilter(in_trash=True)) == 0
    # ... and redo deletes it again.
    window.menus.redo.trigger()
    assert _titles(window) == ["Andra"]


def test_del_in_the_list_deletes_the_selected_entry(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, asked: list[str]
) -> None:
    _first, second = _two(journal)
    window = make_window(journal)
    window.list_view.setFocus()
    window.list_view.setCurrentIndex(window.entries.index(0))  # "Andra", the newest
    assert window.current_entry_id() == second
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert _titles(window) == ["Första"]
    assert journal.get_entry(second).deleted_at is not None


def test_ctrl_z_in_a_text_field_undoes_typing_not_the_delete(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, asked: list[str]
) -> None:
    first, second = _two(journal)
    window = make_window(journal)
    assert window.open_entry(first)
    window.menus.delete.trigger()
    assert window.open_entry(second)
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    editor.body.edit.setFocus()
    editor.body.edit.moveCursor(editor.body.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body.edit, " mer")
    qtbot.keyClick(editor.body.edit, Qt.Key.Key_Z, CTRL)
    assert editor.body.edit.toPlainText() == "två"
    assert journal.count_entries(EntryFilter(in_trash=True)) == 1


def test_the_trash_shows_its_entries_read_only_with_restore(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, asked: list[str]
) -> None:
    first, _second = _two(journal)
    journal.trash_entry(first)
    window = make_window(journal)
    window._select_navigation("trash")
    assert _titles(window) == ["Första"]
    window.list_view.setCurrentIndex(window.entries.index(0))
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    assert window.current_entry_id() == first
    assert window.trash_bar.isVisible() and not editor.isEnabled()
    assert not window.autosaver.watches(editor)

    qtbot.mouseClick(window.trash_bar.restore, Qt.MouseButton.LeftButton)
    assert journal.get_entry(first).deleted_at is None
    assert _titles(window) == []  # out of the Trash
    assert not window.trash_bar.isVisible() and editor.isEnabled()
    assert window.autosaver.watches(editor)
    window._select_navigation("all")
    assert _titles(window) == ["Andra", "Första"]


def test_delete_forever_from_the_trash_and_empty_the_trash(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, asked: list[str]
) -> None:
    first, second = _two(journal)
    journal.trash_entry(first)
    journal.trash_entry(second)
    window = make_window(journal)
    window._select_navigation("trash")
    window.list_view.setCurrentIndex(window.entries.index(0))
    qtbot.mouseClick(window.trash_bar.delete, Qt.MouseButton.LeftButton)
    assert "for good" in asked[-1]
    assert _titles(window) == ["Första"]
    assert journal.count_entries(EntryFilter(in_trash=None)) == 1

    window.menus.empty_trash.trigger()
    assert journal.count_entries(EntryFilter(in_trash=None)) == 0
    assert _titles(window) == []


def test_a_new_entry_left_untitled_is_listed_by_its_first_words(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    window.new_entry(EntryKind.EXPERIENCE)
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    assert editor.header.title.hasFocus()
    editor.body.edit.setFocus()
    qtbot.keyClicks(editor.body.edit, "Rotan for julen blev klar i tid")
    qtbot.waitUntil(lambda: window.indicator.state == "saved", timeout=5000)
    assert _titles(window) == ["Rotan for julen blev klar i tid"]
