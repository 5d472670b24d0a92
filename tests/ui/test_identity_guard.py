"""The patient-data guard while writing: a number is underlined as it is typed, in any
field of any kind of entry; masked or dismissed from the field's menu; autosave goes on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTextEdit, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from journal.domain import ArlEntry, Experience, TheoryEntry, Trip, TripNote
from journal.patient_data import check_journal
from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.editors.base import EntryEditor
from ui.editors.guard import IdentityGuard
from ui.editors.markdown_edit import MarkdownEdit

PNR = "121212-1212"


def _underlined(edit: QTextEdit) -> list[str]:
    """The texts drawn with the guard's wavy underline, block by block."""
    out: list[str] = []
    block = edit.document().begin()
    while block.isValid():
        text16 = block.text().encode("utf-16-le")
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                part = text16[fr.start * 2 : (fr.start + fr.length) * 2]
                out.append(part.decode("utf-16-le"))
        block = block.next()
    return out


def _type(qtbot: QtBot, edit: QWidget, text: str) -> None:
    qtbot.keyClicks(edit, text)  # ASCII only: keyClicks aborts Qt on other characters


def test_a_number_typed_into_the_text_is_underlined_as_typed(qtbot: QtBot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.show()
    _type(qtbot, edit, "Patienten pnr 121212-121")
    assert _underlined(edit) == []
    _type(qtbot, edit, "2 ringde")
    assert _underlined(edit) == [PNR]
    assert edit.text() == f"Patienten pnr {PNR} ringde"  # the text itself is untouched


def test_offsets_are_right_with_emoji_before_the_number(qtbot: QtBot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.set_text("🙂🙂 pnr 121212-1212\n\nAndra stycket 811228-9874 också")
    assert _underlined(edit) == [PNR, "811228-9874"]


def _menu_texts(guard: IdentityGuard, pos: QPoint) -> list[str]:
    menu = QMenu()
    guard.add_actions(menu, pos)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _pos_of(edit: QTextEdit, index: int) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(index)
    return edit.cursorRect(cursor).center()


def test_the_tooltip_names_the_problem(qtbot: QtBot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.resize(500, 200)
    edit.show()
    edit.set_text(f"Ring pnr {PNR} i morgon")
    at = _pos_of(edit, edit.toPlainText().index(PNR) + 2)
    viewport = edit.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    assert "personal identity number" in QToolTip.text()
    QToolTip.hideText()
    elsewhere = _pos_of(edit, 1)  # Qt's own tooltip handling there, not the guard's
    event = QHelpEvent(QEvent.Type.ToolTip, elsewhere, viewport.mapToGlobal(elsewhere))
    assert not edit.guard.tooltip_event(event, edit)


def test_mask_from_the_menu_is_one_undo_step(qtbot: QtBot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.resize(500, 200)
    edit.show()
    edit.set_text(f"Om **patienten** {PNR} i dag")
    at = _pos_of(edit, edit.toPlainText().index(PNR) + 3)
    assert edit.guard.found_at(at) is not None
    assert _menu_texts(edit.guard, at)[:3] == [
        "Mask the last digits (121212-XXXX)",
        "Mask the whole number",
        "Not a personal number",
    ]
    assert _menu_texts(edit.guard, _pos_of(edit, 1)) == []  # elsewhere: only Qt's own
    found = edit.guard.found_at(at)
    assert found is not None
    edit.guard.replace(found, found.masked_after_date)
    assert edit.text() == "Om **patienten** 121212-XXXX i dag"
    assert _underlined(edit) == []
    edit.undo()
    assert edit.text() == f"Om **patienten** {PNR} i dag"


def test_a_title_is_underlined_too_and_masked(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    guard = IdentityGuard(line)
    seen: list[bool] = []
    guard.found_changed.connect(seen.append)
    _type(qtbot, line, f"Samtal {PNR}")
    assert seen == [True] and "personal identity number" in line.toolTip()
    assert line.text() == f"Samtal {PNR}" and line.isUndoAvailable()
    found = guard.found_at(QPoint(line.width() - 5, line.height() // 2))
    assert found is not None and found.number == PNR
    guard.replace(found, found.masked_whole)
    assert line.text() == "Samtal XXXXXX-XXXX" and seen == [True, False]
    assert line.toolTip() == ""


def _fields_of(editor: EntryEditor) -> list[QWidget]:
    return [g.parent() for g in editor.guards()]  # type: ignore[misc]


def test_every_field_of_every_kind_is_guarded_and_autosave_goes_on(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    entries = [
        journal.save(Experience(title="E")),
        journal.save(ArlEntry(title="A")),
        journal.save(TheoryEntry(title="T")),
        journal.save(TripNote(title="R", trip=Trip(destination="Oslo"))),
    ]
    window = make_window(journal)
    for stored in entries:
        assert stored.id is not None and window.open_entry(stored.id)
        editor = window._current
        assert isinstance(editor, EntryEditor)
        fields = [f for f in _fields_of(editor) if f.isVisibleTo(editor)]
        named = {stored.kind.value: len(fields)}
        for field in fields:
            if isinstance(field, MarkdownEdit):
                field.moveCursor(QTextCursor.MoveOperation.End)
                _type(qtbot, field, f" pnr {PNR}")
                assert _underlined(field) == [PNR], (named, field.accessibleName())
            else:
                assert isinstance(field, QLineEdit)
                field.setText(field.text() + f" {PNR}")
                assert field.toolTip(), (named, field.accessibleName())
        window.autosaver.flush()
        saved = journal.get_entry(stored.id)
        text = " ".join(saved.text_fields().values())
        assert text.count(PNR) == len(fields)  # saved as typed: nothing blocked
    listed = {hit.entry_id for hit in check_journal(journal)}
    assert listed == {e.id for e in entries}


def test_not_a_personal_number_is_remembered_and_stops_the_underline(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    stored = journal.save(Experience(title="Tel", body=f"Numret {PNR} var ett lånenummer."))
    assert stored.id is not None
    window = make_window(journal)
    assert window.open_entry(stored.id)
    editor = window._current
    assert isinstance(editor, EntryEditor)
    body = next(f for f in _fields_of(editor) if isinstance(f, MarkdownEdit))
    assert _underlined(body) == [PNR]
    body.guard.dismiss_requested.emit(PNR)
    assert _underlined(body) == []
    dismissed = journal.get_entry(stored.id).dismissed_numbers
    assert len(dismissed) == 1 and PNR not in dismissed[0]
    assert check_journal(journal) == []
    # Reopened, it stays quiet; another entry with the same number does not.
    other = journal.save(Experience(title="Annan", body=f"pnr {PNR}"))
    assert other.id is not None and window.open_entry(other.id)
    editor = window._current
    assert isinstance(editor, EntryEditor)
    assert _underlined(next(f for f in _fields_of(editor) if isinstance(f, MarkdownEdit))) == [PNR]
    assert window.open_entry(stored.id)
    assert _underlined(body) == []
