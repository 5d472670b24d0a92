from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.domain import Participant, Programme, ProgrammeModule, ProgrammeSession, SessionKind
from journal.store import Journal, open_journal
from ui.main_window import MainWindow


def set_up(journal: Journal) -> None:
    journal.set_programme(
        Programme(
            name="Framtidens ledare",
            starts_on=date(2025, 8, 1),
            ends_on=date(2026, 6, 1),
            modules=(ProgrammeModule(uid="m1", name="Leda sig själv"),),
            sessions=(
                ProgrammeSession(
                    uid="s1",
                    title="Internat 1",
                    kind=SessionKind.RESIDENTIAL,
                    starts_on=date(2025, 9, 1),
                    module_uid="m1",
                ),
            ),
            competency_areas=("Leda andra", "Leda sig själv"),
        )
    )
    journal.set_participant(Participant(name="Karin", role="Chef", language="sv"))


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    with open_journal(data_dir, daily_backup=False) as j:
        set_up(j)
        yield j


WindowFactory = Callable[[Journal], MainWindow]


def _activated(window: MainWindow) -> bool:
    if not window.isActiveWindow():
        window.activateWindow()
    return window.isActiveWindow()


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(journal: Journal) -> MainWindow:
        window = MainWindow(journal)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Asked again while waiting: a window of an earlier test that goes away late can
        # take the activation back once (seen 2 times in about 20 full runs on a busy machine).
        qtbot.waitUntil(lambda: _activated(window))
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.autosaver.watch(None)


@contextmanager
def in_language(app: QApplication, language: str) -> Iterator[None]:
    """The app in ``language`` (its translations and locale) for the ``with`` block, then
    back to English and the locale it had."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.i18n import install_translators

    locale = QLocale()
    translators = install_translators(app, language)
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translators(app, "en")
        QLocale.setDefault(locale)
