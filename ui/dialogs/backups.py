"""The backups beside the journal: make one now, or restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.storage import backup
from journal.storage.backup import BackupReason
from journal.store import Journal
from ui.dates import day_and_time
from ui.errors import describe

PathRole = Qt.ItemDataRole.UserRole + 1
WhenRole = Qt.ItemDataRole.UserRole + 2


class BackupsDialog(QDialog):
    """Lists backups newest first. Restoring is done by the app after the journal is closed:
    the chosen file is left in ``restore_path`` and the dialog is accepted."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.restore_path: Path | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(520, 420)
        intro = QLabel(
            self.tr(
                "A backup is made when the journal is opened (once a day), before every "
                "update and import. Restoring one first backs up the journal as it is now."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        # A copy from another computer (File → Save a copy… there): moving to a new laptop.
        self.from_file_button = QPushButton(self.tr("Restore from a &file…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.from_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.from_file_button.clicked.connect(self.ask_restore_file)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        reasons: dict[str, str] = {
            BackupReason.DAILY: self.tr("daily"),
            BackupReason.MANUAL: self.tr("made by you"),
            BackupReason.BEFORE_MIGRATION: self.tr("before an update"),
            BackupReason.BEFORE_IMPORT: self.tr("before an import"),
            BackupReason.BEFORE_RESTORE: self.tr("before a restore"),
            BackupReason.BEFORE_REKEY: self.tr("before a passphrase change"),
            BackupReason.DAMAGED: self.tr("the damaged journal, kept as it was"),
        }
        for info in backup.list_backups(self._journal.folder):
            # Two short lines, not one that runs past the dialog's edge.
            stamp = day_and_time(info.made_at)
            size = QLocale().formattedDataSize(
                info.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            item = QListWidgetItem(f"{stamp}\n{reasons.get(info.reason, info.reason)} · {size}")
            item.setData(PathRole, str(info.path))
            item.setData(WhenRole, stamp)
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.currentRow() >= 0)

    def back_up_now(self) -> None:
        try:
            self._journal.backup(BackupReason.MANUAL)
        except (JournalError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), describe(exc))
            return
        self.refresh()
        self.list.setCurrentRow(0)

    def ask_restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the journal with the backup from %1? The journal as it is now is "
                "backed up first, so this can be undone by restoring that backup."
            ).replace("%1", str(item.data(WhenRole))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_path = Path(str(item.data(PathRole)))
            self.accept()

    def ask_restore_file(self) -> None:
        """Restore a copy of a journal chosen anywhere (from another computer, say)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(Path.home()),
            self.tr("Journal copies (*.sqlite3 *.db);;All files (*)"),
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a file"),
            self.tr(
                "Replace the journal with %1? The journal as it is now is backed up first, "
                "so this can be undone by restoring that backup."
            ).replace("%1", Path(chosen).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_path = Path(chosen)
            self.accept()
