from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal.cli import main
from journal.domain import Experience
from journal.errors import JournalError, NotAJournalError
from journal.paths import backup_dir, journal_file
from journal.storage import backup
from journal.store import open_journal


def _titles(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT title FROM entries ORDER BY id")]
    finally:
        con.close()


def test_daily_backup_on_open_at_most_once_a_day(data_dir: Path) -> None:
    with open_journal(data_dir) as j:  # a new journal needs no backup
        j.save(Experience(title="första"))
    assert backup.list_backups(data_dir) == []
    with open_journal(data_dir):
        pass
    with open_journal(data_dir):
        pass
    made = backup.list_backups(data_dir)
    assert [b.reason for b in made] == ["daily"]
    assert _titles(made[0].path) == ["första"]
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert backup.backup_if_due(data_dir, now=tomorrow) is not None


def test_rotation_keeps_seven_daily_and_four_weekly(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="x"))
    now = datetime(2026, 6, 30, 20, tzinfo=UTC)
    for days_ago in reversed(range(60)):  # oldest first, as they are made
        for hour in (8, 16):  # two a day: only the newest of a day is kept
            backup.make_backup(
                data_dir, "daily", now=now - timedelta(days=days_ago, hours=20 - hour)
            )
    backup.make_backup(data_dir, "before-import", now=now - timedelta(days=90))
    kept = backup.list_backups(data_dir)
    daily = [b for b in kept if b.reason == "daily"]
    ages = sorted((now - b.made_at).days for b in daily)
    assert ages[:7] == [0, 1, 2, 3, 4, 5, 6]
    assert 7 <= len(daily) <= 7 + 4
    assert max(ages) < 28
    assert any(b.reason == "before-import" for b in kept)  # never rotated away


def test_restore_backs_up_the_current_state_first(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="före"))
    saved = backup.make_backup(data_dir)
    with open_journal(data_dir) as j:
        j.save(Experience(title="efter"))
    previous = backup.restore(data_dir, saved).saved
    assert _titles(journal_file(data_dir)) == ["före"]
    assert _titles(previous) == ["före", "efter"]
    with open_journal(data_dir) as j:  # and it opens as a journal
        assert [e.title for e in j.iter_entries()] == ["före"]


def test_restore_refuses_a_file_that_is_not_a_journal(data_dir: Path, tmp_path: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="kvar"))
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"no database here" * 100)
    with pytest.raises(NotAJournalError):
        backup.restore(data_dir, bogus)
    assert _titles(journal_file(data_dir)) == ["kvar"]


def test_backup_and_restore_commands(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="ett"))
    assert main(["backup", "--data-dir", str(data_dir)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == backup_dir(data_dir)
    assert main(["backup", "--data-dir", str(data_dir), "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    with open_journal(data_dir) as j:
        j.save(Experience(title="två"))
        # The app has it open: a restore must wait.
        assert main(["restore", "--data-dir", str(data_dir), str(made)]) == 2
        assert "already open" in capsys.readouterr().err
    assert main(["restore", "--data-dir", str(data_dir), str(made)]) == 0
    assert _titles(journal_file(data_dir)) == ["ett"]


def test_backup_of_missing_journal_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal"):
        backup.make_backup(tmp_path / "empty")


def test_backup_names_are_read_exactly_and_strangers_left_alone(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="x"))
    made = backup.make_backup(data_dir, "manual", now=datetime(2026, 3, 4, 5, 6, 7, 89, UTC))
    folder = backup_dir(data_dir)
    for stranger in (
        "journal-20261399-050607-000089-manual.sqlite3",  # month 13
        "journal-20260304-050607-manual.sqlite3",
        "notes.txt",
    ):
        (folder / stranger).write_bytes(b"")
    [info] = backup.list_backups(data_dir)
    assert info.path == made
    assert info.made_at == datetime(2026, 3, 4, 5, 6, 7, 89, UTC)
    assert info.reason == "manual"
    assert (folder / "notes.txt").exists()  # never touched
