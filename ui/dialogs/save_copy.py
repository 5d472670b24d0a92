"""File → Save a copy…: a consistent copy of the open journal, wherever she chooses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from journal.errors import ExportCancelled
from journal.store import Journal
from ui.workers import Work, Worker


def _copy(journal: Journal, target: Path) -> Work:
    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        def step(done: int, total: int) -> None:
            if cancelled():
                raise ExportCancelled("The copy was cancelled.")
            progress(done, total)

        return journal.save_copy(target, progress=step)

    return work


class CopyRun(QObject):
    """One copy on the thread pool, with a progress dialog that can cancel it; a child of
    ``parent`` (the window), so it lives while the window does, or until done."""

    def __init__(self, parent: QWidget, journal: Journal, target: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.target = target
        self.progress = QProgressDialog(
            QCoreApplication.translate("SaveCopy", "Copying the journal…"),
            QCoreApplication.translate("SaveCopy", "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(QCoreApplication.translate("SaveCopy", "Save a copy"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.worker = Worker(_copy(journal, target), cancelled_error=ExportCancelled)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.signals.progressed.connect(self._progressed)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _close(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.deleteLater()

    def _status(self, text: str) -> None:
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def _finished(self, _result: object) -> None:
        self._close()
        self._status(
            QCoreApplication.translate("SaveCopy", "A copy of the journal is in %1.").replace(
                "%1", str(self.target)
            )
        )

    def _failed(self, message: str) -> None:
        self._close()
        QMessageBox.critical(
            self.parent_widget, QCoreApplication.translate("SaveCopy", "No copy made"), message
        )

    def _cancelled(self) -> None:
        self._close()
        self._status(QCoreApplication.translate("SaveCopy", "Cancelled; no copy was made."))


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
