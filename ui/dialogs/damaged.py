"""A journal found damaged while it is open: say so, write nothing, offer a good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import JournalDamagedError
from journal.storage import backup
from ui.dates import day_and_time
from ui.errors import describe


def backup_stamp(info: backup.BackupInfo) -> str:
    return day_and_time(info.made_at)


def offer_good_backup(
    parent: QWidget | None, folder: Path, passphrase: str | None, error: JournalDamagedError
) -> Path | None:
    """Explain the damage; the backup to restore when the participant chooses it."""
    good = backup.newest_good_backup(folder, passphrase)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Damaged", "The journal is damaged"))
    box.setText(
        QCoreApplication.translate(
            "Damaged",
            "The journal file fails its integrity check. Nothing more is written to it, so "
            "what you type now cannot be saved: copy any new text somewhere safe.",
        )
    )
    box.setDetailedText(describe(error))
    restore = None
    if good is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Damaged",
                "The newest good backup is from %1. Restoring it keeps a copy of the damaged "
                "file among the backups.",
            ).replace("%1", backup_stamp(good))
        )
        restore = box.addButton(
            QCoreApplication.translate("Damaged", "Restore that backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "Damaged", "There is no good backup to restore. Ask your IT support for help."
            )
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is not None and box.clickedButton() is restore and good is not None:
        return good.path
    return None
