"""The app's one top-level handler: an unexpected error is logged, never shown raw.

Qt calls ``sys.excepthook`` for an exception that escapes a slot; left to Python, the
participant would see nothing and the developers would get a traceback on a console
nobody reads. Here it is written to the log in the data folder, and the participant is
told in her language what happened, that her saved entries are safe, and where the
details are. A damaged journal found mid-session gets the offer of the newest good
backup instead (``on_damage``).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from journal import crashlog
from journal.errors import JournalDamagedError, JournalError
from ui.errors import describe


class _Reporter(QObject):
    """Carries an error from any thread to the UI thread."""

    raised = Signal(object)


class CrashHandler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.on_damage: Callable[[JournalDamagedError], None] | None = None
        self._showing = False
        self._reporter = _Reporter()
        self._reporter.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def _hook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    def report(self, exc: BaseException) -> Path | None:
        """Log ``exc`` (unless it is a JournalError, which says all) and tell the participant."""
        log = None if isinstance(exc, JournalError) else crashlog.record(self.folder, exc)
        self._reporter.raised.emit((exc, log))
        return log

    def _show(self, payload: tuple[BaseException, Path | None]) -> None:
        exc, log = payload
        if isinstance(exc, JournalDamagedError) and self.on_damage is not None:
            self.on_damage(exc)
            return
        if self._showing:  # one message at a time; the log has every one
            return
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            if isinstance(exc, JournalError):
                QMessageBox.warning(
                    parent, QCoreApplication.translate("Crash", "Leadership Journal"), describe(exc)
                )
                return
            text = QCoreApplication.translate(
                "Crash",
                "Something went wrong inside Leadership Journal. Your saved entries are safe; "
                "if the text you are writing was not saved, copy it before you go on.",
            )
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
            box.setText(text)
            if log is not None:
                box.setInformativeText(
                    QCoreApplication.translate(
                        "Crash", "The details for the developers are in %1."
                    ).replace("%1", str(log))
                )
            box.setDetailedText(f"{type(exc).__name__}: {exc}")
            box.exec()
        finally:
            self._showing = False


_handler: CrashHandler | None = None


def install(folder: Path) -> CrashHandler:
    """Install the handler for the journal in ``folder`` (once per app)."""
    global _handler
    if _handler is None:
        _handler = CrashHandler(folder)
        _handler.install()
    _handler.folder = folder
    return _handler


def handler() -> CrashHandler | None:
    return _handler
