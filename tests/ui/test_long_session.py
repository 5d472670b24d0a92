"""A long writing session must not wear the interpreter down.

PySide6 6.12.0 took one reference from None (and from True/False) on every call of a Qt
method returning void. On Python 3.11, where None is not immortal, typing about a
thousand characters into the editor then killed the app with "Fatal Python error:
none_dealloc". pyproject.toml excludes that release; these tests catch any other Qt
binding that does the same. From Python 3.12 on None, True and False are immortal and
such a leak cannot crash, so there is nothing to check.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.editors.experience import ExperienceEditor

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12"
)


def _singleton_refs() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _settled() -> None:
    """Let the windows of earlier tests go first: their deletion during the count would
    give back references a leak takes, and read as one."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _lost(before: tuple[int, int, int]) -> int:
    return max(b - a for b, a in zip(before, _singleton_refs(), strict=True))


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    _settled()
    before = _singleton_refs()
    for i in range(1000):
        label.setText(str(i))
        label.update()
    assert _lost(before) < 20


def test_typing_and_autosaving_keep_none_alive(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    window.new_experience()
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    text = "Idag pratade jag med teamet om tillit. "
    _settled()
    before = _singleton_refs()
    for _ in range(10):
        qtbot.keyClicks(editor.body.edit, text)
        window.autosaver.flush()
    # Some references are taken for good (caches, the undo stack); a leak loses at
    # least one per key, here 400.
    assert _lost(before) < 40
    assert journal.get_entry(editor.entry().id or 0).body == text * 10  # type: ignore[attr-defined]
