"""File → Save a copy…: a consistent copy of the open journal, wherever she chooses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal.errors import ExportCancelled
from journal.store import Journal
from ui.workers import ProgressRun, Work


def _copy(journal: Journal, target: Path) -> Work:
    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        def step(done: int, total: int) -> None:
            if cancelled():
                raise ExportCancelled("The copy was cancelled.")
            progress(done, total)

        return journal.save_copy(target, progress=step)

    return work


class CopyRun(ProgressRun):
    """One copy on the thread pool, with a progress dialog that can cancel it."""

    def __init__(self, parent: QWidget, journal: Journal, target: Path) -> None:
        super().__init__(
            parent,
            _copy(journal, target),
            title=QCoreApplication.translate("SaveCopy", "Save a copy"),
            label=QCoreApplication.translate("SaveCopy", "Copying the journal…"),
            cancel=QCoreApplication.translate("SaveCopy", "Cancel"),
            cancelled_error=ExportCancelled,
        )
        self.target = target

    def succeeded(self, _result: object) -> None:
        self.show_status(
            QCoreApplication.translate("SaveCopy", "A copy of the journal is in %1.").replace(
                "%1", str(self.target)
            )
        )
        self.deleteLater()

    def failed(self, message: str) -> None:
        QMessageBox.critical(
            self.parent_widget, QCoreApplication.translate("SaveCopy", "No copy made"), message
        )
        self.deleteLater()

    def cancelled(self) -> None:
        self.show_status(QCoreApplication.translate("SaveCopy", "Cancelled; no copy was made."))
        self.deleteLater()


def save_copy_interactively(parent: QWidget, journal: Journal) -> CopyRun | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = QCoreApplication.translate("SaveCopy", "Leadership Journal %1.sqlite3").replace(
        "%1", date.today().isoformat()
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SaveCopy", "Save a copy of the journal"),
        str(Path(folder) / name),
        QCoreApplication.translate("SaveCopy", "Leadership Journal (*.sqlite3)"),
    )
    if not path:
        return None
    run = CopyRun(parent, journal, Path(path))
    run.start()
    return run
