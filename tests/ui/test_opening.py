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


class _Box:
    """Stands in for QMessageBox.exec: records what the box says, presses a button."""

    def __init__(self, press: str | None = None) -> None:
        self.press = press
        self.seen: list[tuple[str, str, list[str]]] = []

    def __call__(self, box: QMessageBox) -> int:
        buttons = [b.text() for b in box.buttons() if "Details" not in b.text()]
        self.seen.append((box.text(), box.informativeText() + box.detailedText(), buttons))
        for button in box.buttons():
            if self.press is not None and button.text() == self.press:
                button.click()
        return 0


def test_a_file_that_is_not_a_journal_is_explained_and_left_alone(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "journal.sqlite3"
    path.write_text("Mötesanteckningar\nInte en dagbok\n" * 100, encoding="utf-8")
    before = path.read_bytes()
    box = _Box()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: box(self))
    assert open_interactively(data_dir) is None
    text, detail, buttons = box.seen[0]
    assert "not a journal" in text and "not a journal" in detail
    assert buttons == ["Close"]  # no backup to offer
    assert path.read_bytes() == before


def test_a_damaged_journal_offers_the_latest_backup_and_keeps_the_damaged_file(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        journal.save(Experience(title="Före skadan"))
        journal.backup("manual")
    path = data_dir / "journal.sqlite3"
    damaged = path.read_bytes()[:3000]  # cut off mid-page, as by a failed copy
    path.write_bytes(damaged)
    box = _Box(press="Restore latest backup")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: box(self))
    reopened = open_interactively(data_dir)
    assert reopened is not None
    try:
        assert [s.title for s in reopened.list_entries()] == ["Före skadan"]
    finally:
        reopened.close()
    assert "damaged" in box.seen[0][0]
    kept = [p.read_bytes() for p in (data_dir / "backups").iterdir()]
    assert damaged in kept  # the damaged file was kept, byte for byte


def test_a_journal_from_a_newer_version_is_not_offered_a_restore(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    with open_journal(data_dir, daily_backup=False) as journal:
        journal.backup("manual")
    path = data_dir / "journal.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = path.read_bytes()
    box = _Box()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: box(self))
    assert open_interactively(data_dir) is None
    text, _detail, buttons = box.seen[0]
    assert "newer version" in text and buttons == ["Close"]
    assert path.read_bytes() == before
