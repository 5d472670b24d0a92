"""The floor the stack sets: a bare PySide6 window that also imports sqlalchemy.orm.

Shows a QMainWindow with a QListView and a QTextEdit, waits for the first paint and
exits; bench/run.py times the whole process.
"""

from __future__ import annotations

import sys

import sqlalchemy.orm  # noqa: F401  (the ORM import is part of the floor)
from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter, QTextEdit


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    splitter = QSplitter()
    view = QListView()
    view.setModel(QStringListModel([f"Entry {i}" for i in range(100)]))
    splitter.addWidget(view)
    splitter.addWidget(QTextEdit())
    window.setCentralWidget(splitter)
    window.resize(1000, 700)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
