"""Asking for the passphrase of an encrypted journal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_passphrase(parent: QWidget | None, *, wrong: bool, tries_left: int) -> str | None:
    """The passphrase typed, or None when the participant cancels."""
    if wrong:
        label = QCoreApplication.translate(
            "Passphrase", "That passphrase is not right. Tries left: %1."
        ).replace("%1", str(tries_left))
    else:
        label = QCoreApplication.translate(
            "Passphrase", "This journal is encrypted. Enter its passphrase:"
        )
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Passphrase", "Open encrypted journal"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
