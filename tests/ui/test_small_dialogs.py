"""The backups, preferences and about dialogs, driven as a participant would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal.domain import Experience
from journal.errors import JournalWriteError
from journal.storage.backup import list_backups
from journal.store import Journal
from tests.ui.conftest import WindowFactory
from ui import settings
from ui.dialogs.about import show_about
from ui.dialogs.backups import BackupsDialog, PathRole
from ui.dialogs.preferences import PreferencesDialog


def test_the_backups_dialog_lists_makes_and_offers_to_restore(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save(Experience(title="Före"))
    first = journal.backup("before-import")
    dialog = BackupsDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "before an import" in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled()
    dialog.backup_button.click()  # back up now: newest first, selected
    assert dialog.list.count() == 2 and "made by you" in dialog.list.item(0).text()
    assert dialog.list.currentRow() == 0 and dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert dialog.restore_path is None  # "No" keeps the journal as it is
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.restore_path == first
    assert Path(str(dialog.list.item(1).data(PathRole))) == first


def test_a_copy_from_another_computer_can_be_restored(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    copy = tmp_path / "från den gamla datorn.sqlite3"
    journal.save_copy(copy)
    dialog = BackupsDialog(journal)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(copy), ""))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    dialog.from_file_button.click()
    assert dialog.restore_path == copy and dialog.result() == QDialog.DialogCode.Accepted
    assert copy.name in asked[0]
    again = BackupsDialog(journal)
    qtbot.addWidget(again)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))  # cancelled
    again.from_file_button.click()
    assert again.restore_path is None


def test_a_backup_that_fails_is_explained_and_lists_nothing_new(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = BackupsDialog(journal)
    qtbot.addWidget(dialog)
    before = dialog.list.count()

    def full(*_a: object) -> Path:
        raise JournalWriteError("the backup could not be written: No space left on device")

    said: list[str] = []
    monkeypatch.setattr(journal, "backup", full)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog.backup_button.click()
    assert said and "No space left" in said[0]
    assert dialog.list.count() == before == len(list_backups(journal.folder))


def test_the_interface_language_chosen_is_kept(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.accept()
    assert settings.language_preference() == "sv"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "sv"  # shown as chosen next time
    again.language.setCurrentIndex(again.language.findData(""))
    again.accept()
    assert settings.language_preference() is None  # follow the system


def test_the_about_box_says_the_version_and_that_nothing_leaves_the_computer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))
    show_about(None)
    [(title, text)] = shown
    assert title == "About Leadership Journal"
    assert "Version" in text and "never connects to the internet" in text


def test_the_language_chosen_is_read_at_the_next_start(tmp_path: Path) -> None:
    """Qt wrote the old "general/language" key as [%General] and read it back under
    another name, so the choice was gone at the next start (a new process)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LEADERSHIP_JOURNAL_CONFIG_DIR": str(tmp_path / "cfg")}
    root = str(Path(__file__).parents[2])

    def run(code: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", f"import sys; sys.path.insert(0, {root!r})\n{code}"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    run("from ui import settings; settings.set_language_preference('sv')")
    assert run("from ui import settings; print(settings.language_preference())") == "sv"
    # A choice stored by an earlier version is still honoured, and moved on the next save.
    (tmp_path / "cfg" / "settings.ini").write_text("[%General]\nlanguage=da\n", encoding="utf-8")
    assert run("from ui import settings; print(settings.language_preference())") == "da"


def test_her_foreword_and_closing_summary_are_written_in_the_app(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.domain import PortfolioTexts
    from ui.dialogs.portfolio_texts import PortfolioTextsDialog

    window = make_window(journal)
    assert window.menus.portfolio_texts.text() == "Foreword and closing &summary…"
    dialog = PortfolioTextsDialog(journal, window)
    dialog.foreword.edit.set_text("Ett år av **mod**.")
    dialog.learned.edit.set_text("Fråga först.")
    assert "the programme's closing event" in dialog.showcase.questions.text()
    dialog.showcase.edit.set_text("Resultaten.")
    # Cancel with changes asks first; "Cancel" in that question keeps everything.
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()
    assert asked and dialog.foreword.edit.text() == "Ett år av **mod**."
    assert journal.portfolio_texts() == PortfolioTexts()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert journal.portfolio_texts() == PortfolioTexts(
        foreword="Ett år av **mod**.", learned="Fråga först.", showcase="Resultaten."
    )
    again = PortfolioTextsDialog(journal, window)  # opens with what she wrote
    assert again.learned.edit.text() == "Fråga först."
    again.reject()  # nothing changed: closes without asking
    assert len(asked) == 1
