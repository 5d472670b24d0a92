"""A whole GUI session for the offline test: open, write, search, browse, export, close.

Run by tests/ui/test_offline_gui.py through tests/offline_probe.py, in its own process,
so every socket the app or a library might make is seen.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def run(folder: str, out: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LEADERSHIP_JOURNAL_CONFIG_DIR"] = tempfile.mkdtemp(prefix="lj-offline-")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from journal.demo import make_demo_journal
    from journal.domain import EntryKind
    from journal.portfolio import PortfolioOptions
    from journal.store import open_journal
    from ui.app import make_application
    from ui.dialogs.export import ExportRun
    from ui.main_window import MainWindow

    app = make_application()
    QMessageBox.exec = lambda self: 0  # type: ignore[method-assign]  # no one to click
    with open_journal(Path(folder)) as journal:  # with the daily backup
        make_demo_journal(journal, entries=40, seed=5)
        window = MainWindow(journal)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.new_entry(EntryKind.EXPERIENCE)
        focused = app.focusWidget()
        assert focused is not None
        QTest.keyClicks(focused, "Ett samtal om tillit")
        window.search.field.setText("tillit")
        window.search.run_search()
        assert window.search.results.count() > 0
        QTest.keyClick(window.search.field, Qt.Key.Key_Return)
        window.open_theory()
        run = ExportRun(window, journal, PortfolioOptions(password="mentor"), Path(out))
        run.start()
        deadline = time.monotonic() + 300
        while not run.done and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        assert run.result is not None, run.error
        window.close()
    app.processEvents()
    assert not _open_sockets(), f"open sockets: {_open_sockets()}"


def _open_sockets() -> list[str]:
    """Sockets this process holds open (Linux); made in C as well as in Python."""
    folder = Path("/proc/self/fd")
    if not folder.is_dir():
        return []
    found = []
    for name in os.listdir(folder):
        try:
            target = os.readlink(folder / name)
        except OSError:  # the listing's own descriptor, closed by now
            continue
        if target.startswith("socket:"):
            found.append(target)
    return found
