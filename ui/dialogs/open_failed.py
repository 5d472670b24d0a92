"""When the journal cannot be opened: say why, touch nothing, offer the latest backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from journal import backup
from journal.errors import JournalError, JournalTooNewError
from ui.errors import describe


def explain_open_failure(
    parent: QWidget | None, folder: Path, error: JournalError, passphrase: str | None
) -> bool:
    """Explain ``error``; True when a backup was restored and opening should be tried again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("OpenFailed", "The journal cannot be opened"))
    if isinstance(error, JournalTooNewError):
        box.setText(
            QCoreApplication.translate(
                "OpenFailed",
                "This journal was written by a newer version of Leadership Journal. "
                "Install the newer version to open it; the file has not been changed.",
            )
        )
    else:
        box.setText(
            QCoreApplication.translate(
                "OpenFailed",
                "The journal file is damaged or is not a journal. It has not been changed.",
            )
        )
    box.setInformativeText(str(error))
    latest = next(iter(backup.list_backups(folder)), None)
    restore_button = None
    if latest is not None and not isinstance(error, JournalTooNewError):
        when = QDateTime.fromSecsSinceEpoch(int(latest.made_at.timestamp()))
        stamp = QLocale().toString(when.toLocalTime(), QLocale.FormatType.LongFormat)
        box.setInformativeText(
            QCoreApplication.translate(
                "OpenFailed",
                "The latest backup is from %1. Restoring it keeps a copy of the damaged file.",
            ).replace("%1", stamp)
            + "\n\n"
            + str(error)
        )
        restore_button = box.addButton(
            QCoreApplication.translate("OpenFailed", "Restore latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    try:
        backup.restore(folder, latest.path if latest else Path(), passphrase)
    except (JournalError, OSError) as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("OpenFailed", "Restore failed"), describe(exc)
        )
        return False
    return True
