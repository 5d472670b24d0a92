"""When the journal cannot be opened: say why, touch nothing, offer the latest backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal import paths
from journal.errors import JournalEmptyError, JournalError, JournalTooNewError
from journal.storage import backup
from journal.storage.backup import newest_good_backup
from ui.dialogs.damaged import backup_stamp
from ui.errors import describe


def explain_open_failure(
    parent: QWidget | None, folder: Path, error: JournalError, passphrase: str | None
) -> bool:
    """Explain ``error``; True when a backup was restored (or an empty file set aside) and
    opening should be tried again."""
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
    elif isinstance(error, JournalEmptyError):
        box.setText(
            QCoreApplication.translate(
                "OpenFailed",
                "The journal file is empty: it holds no entries. It has not been changed.",
            )
        )
    else:
        box.setText(
            QCoreApplication.translate(
                "OpenFailed",
                "The journal file is damaged or is not a journal. It has not been changed.",
            )
        )
    box.setDetailedText(str(error))
    good = None if isinstance(error, JournalTooNewError) else newest_good_backup(folder, passphrase)
    restore_button = start_button = None
    if good is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "OpenFailed",
                "The latest backup is from %1. Restoring it keeps a copy of the damaged file.",
            ).replace("%1", backup_stamp(good))
        )
        restore_button = box.addButton(
            QCoreApplication.translate("OpenFailed", "Restore latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    elif isinstance(error, JournalEmptyError):
        box.setInformativeText(
            QCoreApplication.translate(
                "OpenFailed",
                "There is no backup to restore. You can set the empty file aside (it is kept "
                "among the backups) and start a new journal.",
            )
        )
        start_button = box.addButton(
            QCoreApplication.translate("OpenFailed", "Start a new journal"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    try:
        if start_button is not None and clicked is start_button:
            backup.keep_damaged(folder)
            paths.journal_file(folder).unlink()
            return True
        if restore_button is None or clicked is not restore_button or good is None:
            return False
        backup.restore(folder, good.path, passphrase)
    except (JournalError, OSError) as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("OpenFailed", "Restore failed"), describe(exc)
        )
        return False
    return True
