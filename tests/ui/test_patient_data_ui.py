"""The patient-data guard in the window: the export's check and its confirmation, and
Privacy check, which lists entries and fields (never numbers) and opens each at its number."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTextEdit
from pytestqt.qtbot import QtBot

from journal.domain import ArlEntry, Experience
from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.dialogs.export import ExportDialog
from ui.dialogs.privacy_check import PrivacyCheckDialog

PNR = "19121212-1212"


def _with_numbers(journal: Journal) -> tuple[int, int]:
    one = journal.save(
        Experience(title="Ronden", occurred_on=date(2026, 3, 2), body=f"Pat. {PNR} väntade.")
    )
    two = journal.save(
        ArlEntry(
            title=f"Samtal {PNR}",
            occurred_on=date(2026, 3, 3),
            private=True,
            reflection=f"igen {PNR}",
        )
    )
    journal.save(Experience(title="Lugnt", occurred_on=date(2026, 3, 4), body="Inget nummer."))
    assert one.id is not None and two.id is not None
    return one.id, two.id


def test_the_export_lists_where_numbers_are_and_masks_by_default(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_numbers(journal)
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.mask_numbers.isChecked() and dialog.options().mask_identity_numbers
    rows = [dialog.guard_list.item(n).text() for n in range(dialog.guard_list.count())]
    assert len(rows) == 1 and "Ronden" in rows[0] and "what happened" in rows[0]
    assert "1 of the entries you export" in dialog.guard_summary.text()
    dialog.include_private.setChecked(True)  # the private one is now in it too
    rows = [dialog.guard_list.item(n).text() for n in range(dialog.guard_list.count())]
    assert len(rows) == 2 and "Samtal XXXXXXXX-XXXX" in rows[1]
    assert "title" in rows[1] and "reflection" in rows[1]
    assert all(PNR not in row and "1212" not in row for row in rows)

    # Unmasked only when confirmed.
    asked: list[str] = []

    def say(answer: QMessageBox.StandardButton) -> object:
        return lambda *a: asked.append(a[2]) or answer

    monkeypatch.setattr(QMessageBox, "warning", say(QMessageBox.StandardButton.No))
    dialog.mask_numbers.setChecked(False)
    assert asked and dialog.mask_numbers.isChecked()  # "No" keeps the masking
    monkeypatch.setattr(QMessageBox, "warning", say(QMessageBox.StandardButton.Yes))
    dialog.mask_numbers.setChecked(False)
    assert not dialog.options().mask_identity_numbers
    assert "as written" in dialog.guard_summary.text()


def test_an_export_without_numbers_says_so(journal: Journal, qtbot: QtBot) -> None:
    journal.save(Experience(title="Lugnt", body="Telefon 070-123 45 67."))
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    assert "No personal identity numbers" in dialog.guard_summary.text()
    assert dialog.guard_list.isHidden() and dialog.mask_numbers.isHidden()


def test_privacy_check_lists_and_opens_each_entry_at_its_number(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    first, second = _with_numbers(journal)
    window = make_window(journal)
    window.privacy_check()
    dialog = window._privacy_dialog
    assert isinstance(dialog, PrivacyCheckDialog)
    texts = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert len(texts) == 2 and all(PNR not in t for t in texts)
    dialog.list.setCurrentRow(1)
    dialog.open_button.click()
    editor = window._current
    assert editor is not None and window.current_entry_id() == second
    title = editor.header.title
    assert isinstance(title, QLineEdit) and title.selectedText() == PNR  # first: the title
    dialog.list.setCurrentRow(0)
    dialog.open_button.click()
    assert window.current_entry_id() == first
    focused = window.focusWidget()
    assert isinstance(focused, QTextEdit) and focused.textCursor().selectedText() == PNR
    # Masked in the editor, saved, and checked again: one entry left.
    focused.textCursor().insertText("XXXXXXXX-XXXX")
    window.autosaver.flush()
    dialog.refresh_button.click()
    assert dialog.list.count() == 1
    dialog.close()


def test_privacy_check_with_nothing_found(journal: Journal, qtbot: QtBot) -> None:
    dialog = PrivacyCheckDialog(journal)
    qtbot.addWidget(dialog)
    assert "No entry" in dialog.intro.text() and dialog.list.isHidden()
    assert not dialog.open_button.isEnabled()


def test_a_password_too_long_for_pdf_readers_is_refused_in_the_dialog(
    journal: Journal, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for field in (dialog.password, dialog.repeat):
        field.setText("å" * 64)  # 128 bytes of UTF-8
    assert not ok.isEnabled() and "too long" in dialog.mismatch.text()
    for field in (dialog.password, dialog.repeat):
        field.setText("å" * 63)
    assert ok.isEnabled()
