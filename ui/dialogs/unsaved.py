"""Closing a dialog that holds unsaved changes: Save, Discard or Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox


def discard_unsaved(dialog: QDialog, title: str, text: str) -> bool:
    """Ask before unsaved changes go: Save (the default) keeps them by accepting the
    dialog, Cancel keeps the dialog open. True only when she chose to discard them; the
    caller then closes the dialog."""
    answer = QMessageBox.question(
        dialog,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        dialog.accept()
    return answer == QMessageBox.StandardButton.Discard
