"""The README's "Your data" in the app: the file alone holds every save, a copy at any
moment, a damaged or empty journal is offered a good backup, no traceback is shown."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal import paths
from journal.domain import Experience
from journal.storage import backup, database
from journal.store import Journal, open_journal
from tests.ui.conftest import WindowFactory, set_up
from ui import crash
from ui.app import _restore, open_interactively
from ui.dialogs.encryption import EncryptionDialog, PassphraseChange
from ui.editors.experience import ExperienceEditor
from ui.main_window import MainWindow


def _titles_and_bodies(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT title, body FROM entries"))
    finally:
        con.close()


def test_after_typing_settles_the_file_alone_holds_every_acknowledged_save(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(journal)
    window.new_experience()
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    qtbot.keyClicks(editor.header.title, "Morgonmotet")
    qtbot.keyClicks(editor.body.edit, "Alla kom i tid.")
    qtbot.waitUntil(lambda: window.indicator.state == "saved", timeout=10_000)
    acknowledged = (editor.entry().title, editor.entry().body)
    wal = journal.path.with_name("journal.sqlite3-wal")
    qtbot.waitUntil(lambda: not wal.exists() or wal.stat().st_size == 0, timeout=15_000)
    alone = tmp_path / "copied-alone.sqlite3"
    shutil.copyfile(journal.path, alone)  # the file only, as a participant would copy it
    assert acknowledged in _titles_and_bodies(alone)
    assert database.integrity_problems(alone) == []


def test_save_a_copy_writes_a_consistent_copy_off_the_ui_thread(
    journal: Journal,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.save(Experience(title="Före kopian", body="text"))
    window = make_window(journal)
    target = tmp_path / "kopia.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.menus.save_copy.trigger()
    qtbot.waitUntil(
        lambda: "copy of the journal" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert ("Före kopian", "text") in _titles_and_bodies(target)
    # never over the journal itself
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(journal.path), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    window.menus.save_copy.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "part of the journal" in said[0]


def _damage(path: Path) -> None:
    """Flip bytes until the file still opens but fails SQLite's integrity check."""
    import random

    original = path.read_bytes()
    for seed in range(200):
        rng = random.Random(seed)
        data = bytearray(original)
        for _ in range(16):
            data[rng.randrange(8192, len(data))] ^= 0xFF
        path.write_bytes(bytes(data))
        try:
            database.inspect_file(path)
        except Exception:
            continue
        if database.soundness_problems(path):
            return
    raise AssertionError("no damage found that still opens")


def test_a_journal_found_damaged_after_the_first_paint_is_never_written(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        set_up(journal)
        for i in range(60):
            journal.save(Experience(title=f"post {i}", body="ord " * 200))
        good = journal.backup()
    _damage(paths.journal_file(data_dir))
    before = paths.journal_file(data_dir).read_bytes()
    offered: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        offered.append(box.text() + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    journal = open_journal(data_dir, verify_now=False)
    assert journal.start_of_day_pending
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert "integrity check" in offered[0] and "newest good backup" in offered[0]
    window._discard_unsaved = True
    window.close()
    journal.close()
    assert paths.journal_file(data_dir).read_bytes() == before  # no write, no checkpoint
    names = [b.path for b in backup.list_backups(data_dir)]
    assert names == [good]  # no daily backup of the damaged file


def test_an_empty_journal_file_offers_the_newest_backup_not_the_welcome(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        set_up(journal)
        journal.save(Experience(title="Sparad"))
        journal.backup()
    paths.journal_file(data_dir).write_bytes(b"")
    seen: list[str] = []

    def press_restore(box: QMessageBox) -> int:
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == "Restore latest backup":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_restore)
    reopened = open_interactively(data_dir)
    assert reopened is not None
    try:
        assert [s.title for s in reopened.list_entries()] == ["Sparad"]
    finally:
        reopened.close()
    assert "empty" in seen[0]


def test_an_empty_journal_file_without_backups_can_be_set_aside(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    paths.journal_file(data_dir).write_bytes(b"")

    def press_start(box: QMessageBox) -> int:
        for button in box.buttons():
            if button.text() == "Start a new journal":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_start)
    journal = open_interactively(data_dir)
    assert journal is not None
    journal.close()
    assert [b.reason for b in backup.list_backups(data_dir)] == ["damaged"]


def test_an_empty_passphrase_is_asked_again_and_is_not_a_try(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_journal(data_dir, passphrase="rätt fras här").close()
    answers = iter(["", "", "", "", "rätt fras här"])
    labels: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_a: object) -> tuple[str, bool]:
        labels.append(label)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    journal = open_interactively(data_dir)
    assert journal is not None
    journal.close()
    assert any("empty" in label for label in labels)


def test_restoring_a_backup_from_an_earlier_passphrase_keeps_the_current_one(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from journal.store import change_passphrase

    with open_journal(data_dir, passphrase="första frasen") as journal:
        journal.save(Experience(title="Från förr"))
        made = journal.backup()
    kept = tmp_path / "old.sqlite3"
    shutil.copyfile(made, kept)
    change_passphrase(data_dir, "första frasen", "andra frasen")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("första frasen", True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    _restore(data_dir, kept, "andra frasen")
    assert told and "current passphrase" in told[0]
    with open_journal(data_dir, passphrase="andra frasen") as journal:
        assert [s.title for s in journal.list_entries()] == ["Från förr"]


def test_the_passphrase_dialog_asks_consent_to_delete_backups(qtbot: QtBot) -> None:
    dialog = EncryptionDialog(None)
    qtbot.addWidget(dialog)
    dialog.fields.new.setText("en lång fras")
    dialog.fields.repeat.setText("en lång fras")
    dialog.delete_backups.setChecked(True)
    dialog.accept()
    assert dialog.change == PassphraseChange(old=None, new="en lång fras", delete_backups=True)


def test_an_unexpected_error_in_a_slot_is_logged_and_explained(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    handler = crash.CrashHandler(data_dir)
    handler.install()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    try:

        def broken() -> None:
            raise ZeroDivisionError("a bug in a slot")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        handler.uninstall()
    log = paths.log_file(data_dir).read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in log
    assert str(paths.log_file(data_dir)) in shown[0]


def test_a_programme_file_started_near_the_year_9999_is_explained(
    journal: Journal, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from ui.dialogs.programme_file import ProgrammeFileDialog, programme_from_file

    window = make_window(journal)
    path = tmp_path / "p.toml"
    path.write_text(
        'id = "x"\nname = "Prov"\nlanguage = "sv"\n[[sessions]]\ntitle = "Dag"\n'
        'kind = "single_day"\noffset_days = 40\n',
        encoding="utf-8",
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text) or 0)
    monkeypatch.setattr(ProgrammeFileDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(ProgrammeFileDialog, "start", lambda _self: date(9999, 12, 20))
    before = journal.programme()
    assert programme_from_file(window, journal, path) is None
    assert warnings and "earlier start date" in warnings[0]
    assert journal.programme() == before


def test_a_paste_beyond_the_limit_is_refused_with_a_message(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData

    from journal import limits

    window = make_window(journal)
    window.new_experience()
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text) or 0)
    huge = QMimeData()
    huge.setText("x" * (limits.MAX_TEXT_CHARS + 1))
    editor.body.edit.insertFromMimeData(huge)
    assert warnings and "Nothing was pasted" in warnings[0]
    assert editor.body.edit.toPlainText() == ""
    fits = QMimeData()
    fits.setText("ord " * 1000)
    editor.body.edit.insertFromMimeData(fits)
    assert editor.body.edit.toPlainText() == "ord " * 1000


def test_a_damaged_journal_met_mid_session_reaches_the_backup_offer(
    data_dir: Path, qtbot: QtBot
) -> None:
    from journal.errors import JournalDamagedError

    data_dir.mkdir(parents=True)
    handler = crash.CrashHandler(data_dir)
    offered: list[JournalDamagedError] = []
    handler.on_damage = offered.append
    handler.install()
    try:

        def read_fails() -> None:
            raise JournalDamagedError("journal.sqlite3 is damaged (malformed)")

        QTimer.singleShot(0, read_fails)
        qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    finally:
        handler.uninstall()
    assert not paths.log_file(data_dir).exists()  # a named problem is no bug to log


def test_a_full_disk_at_start_warns_and_the_app_goes_on(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalError

    with open_journal(data_dir, daily_backup=False) as journal:
        set_up(journal)

    def disk_full(*_a: object, **_k: object) -> None:
        raise JournalError("the backup could not be written: No space left on device")

    monkeypatch.setattr(backup, "backup_if_due", disk_full)
    journal = open_journal(data_dir, verify_now=False)
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "daily backup" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.isVisible()
    window.close()
    journal.close()
