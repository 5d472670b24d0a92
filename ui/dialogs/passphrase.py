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
    return _ask(parent, QCoreApplication.translate("Passphrase", "Open encrypted journal"), label)


def ask_backup_passphrase(parent: QWidget | None, *, wrong: bool) -> str | None:
    """The passphrase of a backup made under an earlier one, or None when cancelled."""
    label = (
        QCoreApplication.translate("Passphrase", "That passphrase does not open the backup.")
        if wrong
        else QCoreApplication.translate(
            "Passphrase",
            "This backup was made under an earlier passphrase. Enter that one; the restored "
            "journal keeps its current passphrase.",
        )
    )
    return _ask(parent, QCoreApplication.translate("Passphrase", "Restore backup"), label)


def _ask(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask until something is typed (an empty passphrase is not a try) or cancelled."""
    while True:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if text:
            return text
        label = QCoreApplication.translate(
            "Passphrase", "The passphrase is empty. Type it, or press Cancel."
        )
