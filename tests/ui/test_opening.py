"""Opening a journal from the app: passphrase tries, damaged files, backups offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import ui.dialogs.passphrase
from journal.domain import Experience
from journal.store import open_journal
from ui.app import open_interactively


def _encrypted(data_dir: Path) -> None:
    with open_journal(data_dir, passphrase="rätt ord", daily_backup=False) as journal:
        journal.save(Experience(title="Hemligt"))


def test_three_wrong_passphrases_end_with_a_message(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _encrypted(data_dir)
    asked: list[tuple[bool, int]] = []

    def ask(parent: object, *, wrong: bool, tries_left: int) -> str:
        asked.append((wrong, tries_left))
        return "fel"

    said: list[str] = []
    monkeypatch.setattr(ui.dialogs.passphrase, "ask_passphrase", ask)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    before = (data_dir / "journal.sqlite3").read_bytes()
    assert open_interactively(data_dir) is None
    assert asked == [(False, 3), (True, 2), (True, 1)]
    assert said and "three times" in said[0]
    assert (data_dir / "journal.sqlite3").read_bytes() == before


def test_the_right_passphrase_opens(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _encrypted(data_dir)
    answers = iter(["fel", "rätt ord"])
    monkeypatch.setattr(ui.dialogs.passphrase, "ask_passphrase", lambda *a, **k: next(answers))
    journal = open_interactively(data_dir)
    assert journal is not None
    try:
        assert [s.title for s in journal.list_entries()] == ["Hemligt"]
    finally:
        journal.close()
