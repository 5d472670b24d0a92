"""Long work off the UI thread: a QRunnable with progress, a result, an error, and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from journal.errors import JournalError
from ui.errors import describe

# work(progress, is_cancelled) -> result
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def unexpected(exc: BaseException) -> str:
    """Log a bug met in the background; the message to show in its place."""
    from journal import crashlog
    from ui import crash

    handler = crash.handler()
    log = crashlog.record(handler.folder, exc) if handler is not None else None
    message = QCoreApplication.translate(
        "Worker", "Something went wrong inside Leadership Journal; nothing was changed."
    )
    if log is not None:
        message += " " + QCoreApplication.translate(
            "Worker", "The details for the developers are in %1."
        ).replace("%1", str(log))
    return message


class WorkerSignals(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # the result
    failed = Signal(str)  # a message for the participant
    cancelled = Signal()


class Worker(QRunnable):
    """Runs ``work`` on the global thread pool; signals arrive on the UI thread."""

    def __init__(self, work: Work, *, cancelled_error: type[BaseException] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._work = work
        self._cancel = threading.Event()
        self._cancelled_error = cancelled_error

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit, self.is_cancelled)
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            if self._cancelled_error is not None and isinstance(exc, self._cancelled_error):
                self.signals.cancelled.emit()
            elif isinstance(exc, JournalError | OSError):
                self.signals.failed.emit(describe(exc))
            else:
                self.signals.failed.emit(unexpected(exc))
            return
        if self.is_cancelled():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class ProgressRun(QObject):
    """Long work on the thread pool, shown with a progress dialog that can cancel it.

    A child of ``parent`` (the window): it lives while the window does. Subclasses say
    what the outcome means in :meth:`succeeded`, :meth:`failed` and :meth:`cancelled`.
    """

    def __init__(
        self,
        parent: QWidget,
        work: Work,
        *,
        title: str,
        label: str,
        cancel: str,
        cancelled_error: type[BaseException],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.done = False
        self.progress = QProgressDialog(label, cancel, 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.worker = Worker(work, cancelled_error=cancelled_error)
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
        self.done = True
        self.progress.reset()
        self.progress.hide()

    def _finished(self, result: object) -> None:
        self._close()
        self.succeeded(result)

    def _failed(self, message: str) -> None:
        self._close()
        self.failed(message)

    def _cancelled(self) -> None:
        self._close()
        self.cancelled()

    def show_status(self, text: str, msec: int = 8000) -> None:
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, msec)

    def succeeded(self, result: object) -> None:
        raise NotImplementedError

    def failed(self, message: str) -> None:
        raise NotImplementedError

    def cancelled(self) -> None:
        raise NotImplementedError
