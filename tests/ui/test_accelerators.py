"""No two items of one menu or dialog share an accelerator letter, in any language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui.i18n import install_translators

LANGUAGES = ("en", "sv", "da")


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = accelerator(text)
        if key:
            seen.setdefault(key, []).append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()  # install_translators makes the language's locale the default
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


def test_menus(language: str, journal: Journal, make_window: WindowFactory) -> None:
    window = make_window(journal)
    bar = window.menuBar()
    menus = [("menu bar", [a.text() for a in bar.actions()])]
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menus.append((action.text(), [a.text() for a in menu.actions() if not a.isSeparator()]))
    for name, texts in menus:
        assert not clashes(texts), (language, name, clashes(texts))


def _dialog_texts(dialog: QWidget) -> list[str]:
    """What a participant can reach by Alt+letter in a dialog."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]
    texts += [g.title() for g in dialog.findChildren(QGroupBox) if g.isVisibleTo(dialog)]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(n) for n in range(tabs.count())]
    return texts


def _dialogs(journal: Journal) -> list[tuple[str, Callable[[], QWidget]]]:
    from datetime import UTC, datetime

    from journal import programmes
    from journal.domain import TheoryVersion
    from ui.dialogs.backups import BackupsDialog
    from ui.dialogs.encryption import EncryptionDialog
    from ui.dialogs.export import ExportDialog
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.new_trip import NewTripDialog
    from ui.dialogs.portfolio_texts import PortfolioTextsDialog
    from ui.dialogs.preferences import PreferencesDialog
    from ui.dialogs.privacy_check import PrivacyCheckDialog
    from ui.dialogs.programme import ProgrammeDialog
    from ui.dialogs.programme_file import ProgrammeFileDialog
    from ui.dialogs.self_assessment import SelfAssessmentDialog
    from ui.dialogs.theory_compare import TheoryCompareDialog
    from ui.dialogs.theory_version import NewVersionDialog

    shipped = [t for t in programmes.templates() if t.id != programmes.CUSTOM_ID]
    first = shipped[0]
    version = TheoryVersion(created_at=datetime(2026, 3, 1, tzinfo=UTC), theory="Tillit.")
    return [
        ("passphrase (none yet)", lambda: EncryptionDialog(None)),
        ("passphrase (change)", lambda: EncryptionDialog("hemlig")),
        (
            "change programme",
            lambda: ProgrammeFileDialog(
                first.name, len(first.modules), len(first.sessions), None, choices=shipped
            ),
        ),
        ("programme file", lambda: ProgrammeFileDialog("Fil", 2, 5, journal.programme())),
        ("compare theory versions", lambda: TheoryCompareDialog([version], version)),
        ("backups", lambda: BackupsDialog(journal)),
        ("export", lambda: ExportDialog(journal)),
        ("first run", lambda: FirstRunDialog()),
        ("new trip", lambda: NewTripDialog()),
        ("preferences", lambda: PreferencesDialog()),
        ("privacy check", lambda: PrivacyCheckDialog(journal)),
        ("programme", lambda: ProgrammeDialog(journal)),
        ("self-assessment", lambda: SelfAssessmentDialog(journal)),
        ("portfolio texts", lambda: PortfolioTextsDialog(journal)),
        ("new theory version", lambda: NewVersionDialog(journal)),
        ("improvement work", lambda: _improvement(journal)),
        (
            "export, with improvement work",
            lambda: (_improvement(journal), ExportDialog(journal))[1],
        ),
    ]


def _improvement(journal: Journal) -> QWidget:
    from tests.improvement.helpers import initiative
    from ui.improvement.dialog import ImprovementDialog

    if not journal.initiatives():
        journal.save_initiative(initiative())
    return ImprovementDialog(journal)


def test_dialogs(language: str, journal: Journal, qtbot: QtBot, tmp_path: Path) -> None:
    for name, make in _dialogs(journal):
        dialog = make()
        qtbot.addWidget(dialog)
        found = clashes(_dialog_texts(dialog))
        assert not found, (language, name, found)
        for tabs in dialog.findChildren(QTabWidget):  # each page, as she turns to it
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                found = clashes(_dialog_texts(dialog))
                assert not found, (language, name, tabs.tabText(page), found)


def test_the_window_with_each_editor(
    language: str, journal: Journal, make_window: WindowFactory
) -> None:
    """Alt+letter in the window reaches one thing: the menu bar's titles and the open
    editor's labels and buttons share no letter (Alt+P was Programme, Private and photos)."""
    from journal.domain import ArlEntry, Experience, TheoryEntry, Trip, TripNote

    entries = [
        journal.save(Experience(title="E")),
        journal.save(ArlEntry(title="A")),
        journal.save(TheoryEntry(title="T")),
        journal.save(TripNote(title="R", trip=Trip(destination="Oslo"))),
    ]
    window = make_window(journal)
    titles = [a.text() for a in window.menuBar().actions()]
    for entry in entries:
        assert entry.id is not None and window.open_entry(entry.id)
        found = clashes(titles + _dialog_texts(window))
        assert not found, (language, entry.kind.value, found)
