"""Every promise of the README's "Your data", tried as an attacker or a clumsy user would."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal import paths
from journal.cli import main
from journal.domain import Experience
from journal.errors import (
    JournalDamagedError,
    JournalEmptyError,
    JournalError,
    WrongPassphraseError,
)
from journal.paths import journal_file
from journal.storage import backup, database, files
from journal.store import change_passphrase, open_journal

HERE = Path(__file__).parent
OLD_JOURNAL = HERE.parent / "data" / "journal-schema-0001.sqlite3"


def _titles(path: Path, passphrase: str | None = None) -> list[str]:
    con = database.connect(path, passphrase, readonly=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT title FROM entries"))
    finally:
        con.close()


def _is_plain_sqlite(path: Path) -> bool:
    return path.read_bytes()[:16] == database.SQLITE_MAGIC


# -- data loss -------------------------------------------------------------------------


def test_the_file_alone_holds_every_save_after_a_checkpoint(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="första"))
        j.save(Experience(title="andra"))
        wal = journal_file(data_dir).with_name("journal.sqlite3-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the saves are still in the log
        alone = data_dir.parent / "alone.sqlite3"
        shutil.copyfile(journal_file(data_dir), alone)
        assert "andra" not in _titles(alone)  # what copying the file used to give
        assert j.checkpoint()
        shutil.copyfile(journal_file(data_dir), alone)
        assert _titles(alone) == ["andra", "första"]


def test_closing_leaves_every_save_in_the_file(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="sparad"))
    assert not journal_file(data_dir).with_name("journal.sqlite3-wal").exists()
    copy = data_dir.parent / "copy.sqlite3"
    shutil.copyfile(journal_file(data_dir), copy)
    assert _titles(copy) == ["sparad"]


def test_backup_output_is_a_consistent_copy_while_the_journal_is_open(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.sqlite3"
    with open_journal(data_dir) as j:
        j.save(Experience(title="i loggen"))
        assert main(["backup", "-o", str(out)]) == 0
    assert _titles(out) == ["i loggen"]
    assert database.integrity_problems(out) == []


def test_save_copy_is_keyed_like_the_journal(data_dir: Path, tmp_path: Path) -> None:
    with open_journal(data_dir, passphrase="hemligt") as j:
        j.save(Experience(title="krypterad"))
        copy = j.save_copy(tmp_path / "kopia.sqlite3")
    assert not _is_plain_sqlite(copy)
    assert _titles(copy, "hemligt") == ["krypterad"]


@pytest.mark.parametrize(
    "name",
    [
        "journal.sqlite3",
        "journal.sqlite3-wal",
        "journal.sqlite3-shm",
        "journal.lock",
        "backups/portfolio.pdf",
        "backups/journal-20260101-000000-000000-daily.sqlite3",
    ],
)
@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_export_never_writes_over_the_journal(
    data_dir: Path, name: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="levande"))
        j.backup()
    before = journal_file(data_dir).read_bytes()
    code = main(["export", "--format", fmt, "-o", str(data_dir / name)])
    assert code == 2
    assert "part of the journal itself" in capsys.readouterr().err
    assert journal_file(data_dir).read_bytes() == before
    assert not (data_dir / name).exists() or not name.endswith(".pdf")
    assert _titles(journal_file(data_dir)) == ["levande"]


def test_backup_output_refuses_the_journal_itself(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="kvar"))
    assert main(["backup", "-o", str(journal_file(data_dir))]) == 2
    assert _titles(journal_file(data_dir)) == ["kvar"]


def test_a_global_data_dir_means_the_same_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real"  # LEADERSHIP_JOURNAL_DATA_DIR points at tmp_path/data
    assert main(["--data-dir", str(real), "demo", "--entries", "12"]) == 0
    assert journal_file(real).exists()
    assert not (tmp_path / "data").exists()  # the "user's" folder was left alone
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(real), "export", "-o", str(out)]) == 0
    assert "Exported 12 entries" in capsys.readouterr().out
    assert main(["--data-dir", str(real), "search", "delegering"]) == 0
    assert main(["--data-dir", str(real), "check"]) == 0
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["export", "-o", "OUT/x.json"],
        ["export", "--format", "pdf", "-o", "OUT/x.pdf"],
        ["search", "ledarskap"],
        ["check"],
        ["backup"],
        ["backup", "-o", "OUT/x.sqlite3"],
    ],
)
def test_commands_that_read_never_create_a_journal(
    data_dir: Path, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.replace("OUT", str(tmp_path)) for a in command]
    assert main(args) == 2
    assert "there is no journal" in capsys.readouterr().err.lower()
    assert not journal_file(data_dir).exists()


def test_an_empty_journal_file_is_refused_never_set_up_in_place(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    journal_file(data_dir).touch()
    with pytest.raises(JournalEmptyError):
        open_journal(data_dir)
    assert journal_file(data_dir).stat().st_size == 0
    for command in (["check"], ["search", "x"], ["export", "-o", str(data_dir.parent / "x")]):
        assert main(command) == 2
        assert "empty" in capsys.readouterr().err
    assert journal_file(data_dir).stat().st_size == 0


def test_a_new_journal_is_never_left_half_made(data_dir: Path) -> None:
    open_journal(data_dir).close()
    assert not [p for p in data_dir.iterdir() if p.name.startswith(files.TEMP_PREFIX)]
    assert database.inspect_file(journal_file(data_dir)).revision == database.SCHEMA_HEAD


# -- damaged files ----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the child forks per kill point")
def test_an_upgrade_killed_at_any_statement_leaves_the_old_or_the_new_revision(
    tmp_path: Path,
) -> None:
    work = tmp_path / "work"
    done = subprocess.run(
        [sys.executable, str(HERE / "migrate_child.py"), str(OLD_JOURNAL), str(work)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(HERE.parents[1])},
        timeout=300,
    )
    results = [line.split() for line in done.stdout.splitlines()]
    assert results[-1][1] == "done" and len(results) > 3
    for n, outcome in results:
        folder = work / n
        state = database.inspect_file(journal_file(folder))
        assert state.revision in ("0001", database.SCHEMA_HEAD), f"killed at statement {n}"
        assert database.soundness_problems(journal_file(folder)) == [], f"statement {n}"
        if state.revision == "0001":  # nothing of a later migration is there
            con = sqlite3.connect(journal_file(folder))
            indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            con.close()
            assert "ix_entries_occurred_on_id" not in indexes, f"statement {n}: {outcome}"
        with open_journal(folder, daily_backup=False) as j:
            assert j.count_entries() >= 0


def _flip_bytes(path: Path, seed: int, count: int = 64) -> None:
    import random

    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(count):
        at = rng.randrange(100, len(data))
        data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def _damaged_journals(tmp_path: Path) -> list[Path]:
    """Twelve copies of a journal with 64 bytes flipped in each; those check refuses."""
    source = tmp_path / "source"
    with open_journal(source) as j:
        for i in range(120):
            j.save(Experience(title=f"erfarenhet {i}", body="ord och tillit " * 40))
    found = []
    for seed in range(12):
        folder = tmp_path / f"damaged{seed}"
        folder.mkdir()
        shutil.copyfile(journal_file(source), journal_file(folder))
        _flip_bytes(journal_file(folder), seed)
        try:
            problems = database.integrity_problems(journal_file(folder))
        except JournalError:
            problems = ["refused"]
        if problems:
            found.append(folder)
    assert len(found) >= 10
    return found


def test_a_damaged_search_index_alone_is_built_again(tmp_path: Path) -> None:
    """Issue 24's new tables moved the random damage of the test below onto the search
    index alone; the app refused nothing there, and saved into a broken index. It
    rebuilds the index (from the entries) before anything else, every word kept."""
    import sqlite3

    with open_journal(tmp_path / "j", daily_backup=False) as journal:
        for i in range(60):
            journal.save(Experience(title=f"erfarenhet {i}", body=f"tillit och mod nummer {i}"))
        texts = sorted(e.text_fields()["body"] for e in journal.iter_entries())
    raw = sqlite3.connect(journal_file(tmp_path / "j"))
    raw.execute(
        "DELETE FROM search_index_data WHERE rowid IN "
        "(SELECT rowid FROM search_index_data ORDER BY rowid DESC LIMIT 3)"
    )
    raw.commit()
    raw.close()
    problems = database.integrity_problems(journal_file(tmp_path / "j"))
    assert problems and database.SEARCH_INDEX_DAMAGED in problems[0]
    with open_journal(tmp_path / "j", daily_backup=False) as journal:
        journal.save(Experience(title="ny", body="efter reparationen"))
        assert len(journal.search("tillit", limit=100)) == 60
        assert len(journal.search("reparationen")) == 1
        after = sorted(e.text_fields()["body"] for e in journal.iter_entries() if e.title != "ny")
    assert after == texts
    assert database.integrity_problems(journal_file(tmp_path / "j")) == []


def test_the_app_refuses_what_check_refuses(tmp_path: Path) -> None:
    """What check refuses, the app refuses; but a damaged search index alone (made from
    the entries) the app builds again, as `check --repair` does."""
    for folder in _damaged_journals(tmp_path):
        before = journal_file(folder).read_bytes()
        try:
            found = database.integrity_problems(journal_file(folder))
        except JournalError as exc:
            found = [str(exc)]
        index_only = all(database.SEARCH_INDEX_DAMAGED in p for p in found)
        try:
            journal = open_journal(folder, verify_now=False)
        except JournalError:
            assert journal_file(folder).read_bytes() == before
            continue
        if index_only:
            with journal:
                try:
                    journal.start_of_day()
                    repaired = True
                except JournalDamagedError:  # the entries it is made from are damaged too
                    repaired = False
            if repaired:
                assert database.integrity_problems(journal_file(folder)) == []
                continue
            assert journal_file(folder).read_bytes() == before
            continue
        with journal:
            with pytest.raises(JournalDamagedError):
                journal.start_of_day()  # the check runs before the daily backup
            with pytest.raises(JournalDamagedError):
                journal.save(Experience(title="ny"))  # and before any write
            assert journal.damage
        assert journal_file(folder).read_bytes() == before
        assert not paths.backup_dir(folder).exists() or not any(paths.backup_dir(folder).iterdir())


def test_commands_on_damaged_files_give_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in _damaged_journals(tmp_path)[:6]:
        for command in (
            ["check"],
            ["search", "tillit"],
            ["export", "-o", str(tmp_path / "x.json")],
            ["export", "--format", "pdf", "-o", str(tmp_path / "x.pdf")],
        ):
            code = main(["--data-dir", str(folder), *command])
            err = capsys.readouterr().err
            assert code in ((0, 1, 2) if command[0] == "search" else (1, 2)), (command, err)
            assert "Traceback" not in err and "unexpected error" not in err, (command, err)


def test_a_damaged_journal_is_neither_upgraded_nor_backed_up(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copyfile(OLD_JOURNAL, journal_file(folder))
    con = sqlite3.connect(journal_file(folder))
    con.execute("PRAGMA writable_schema=ON")
    rootpage = con.execute("SELECT rootpage FROM sqlite_master WHERE name='entries'").fetchone()[0]
    con.close()
    data = bytearray(journal_file(folder).read_bytes())
    page = 4096 if len(data) % 4096 == 0 else 1024
    start = (rootpage - 1) * page
    data[start + 8 : start + 200] = b"\xaa" * 192
    journal_file(folder).write_bytes(bytes(data))
    if not database.integrity_problems(journal_file(folder)):
        pytest.skip("the damage missed")
    with pytest.raises(JournalError):
        open_journal(folder)
    assert database.inspect_file(journal_file(folder)).revision == "0001"
    assert not paths.backup_dir(folder).exists()


# -- encryption and privacy -------------------------------------------------------------


def _plain_backups(folder: Path) -> list[Path]:
    return [p for p in paths.backup_dir(folder).iterdir() if p.is_file() and _is_plain_sqlite(p)]


def test_encrypting_leaves_no_plaintext_backup(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="känsligt"))
        j.backup()
        j.backup("before-import")
    assert len(_plain_backups(data_dir)) == 2
    done = change_passphrase(data_dir, None, "ny fras")
    assert _plain_backups(data_dir) == []
    assert not _is_plain_sqlite(done.saved)  # the backup made for the change, too
    for info in backup.list_backups(data_dir):
        assert _titles(info.path, "ny fras") == ["känsligt"]
    assert len(done.backups.rewritten) == 2


def test_changing_the_passphrase_rewrites_the_backups_under_the_new_one(data_dir: Path) -> None:
    with open_journal(data_dir, passphrase="gammal") as j:
        j.save(Experience(title="hemlig"))
        j.backup()
    change_passphrase(data_dir, "gammal", "ny")
    for info in backup.list_backups(data_dir):
        assert _titles(info.path, "ny") == ["hemlig"]
        with pytest.raises(JournalError):
            database.inspect_file(info.path, "gammal")
            _titles(info.path, "gammal")


def test_backups_can_be_deleted_instead_with_consent(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="x"))
        j.backup()
    done = change_passphrase(data_dir, None, "fras", delete_backups=True)
    # Only the copy made for the change is left, under the new passphrase.
    assert [i.path for i in backup.list_backups(data_dir)] == [done.saved]
    assert _titles(done.saved, "fras") == ["x"]
    assert len(done.backups.deleted) == 1 and not done.backups.left


def test_removing_the_passphrase_decrypts_the_backups(data_dir: Path) -> None:
    with open_journal(data_dir, passphrase="fras") as j:
        j.save(Experience(title="öppen"))
        j.backup()
    change_passphrase(data_dir, "fras", None)
    assert len(_plain_backups(data_dir)) == len(backup.list_backups(data_dir)) >= 2


def test_restore_keeps_the_current_passphrase(data_dir: Path) -> None:
    with open_journal(data_dir, passphrase="förr") as j:
        j.save(Experience(title="gammal"))
        old_backup = j.backup()
    keep = data_dir.parent / "old-backup.sqlite3"
    shutil.copyfile(old_backup, keep)  # a backup from before the change, kept elsewhere
    change_passphrase(data_dir, "förr", "nu")
    with pytest.raises(WrongPassphraseError):
        backup.restore(data_dir, keep, "nu")
    done = backup.restore(data_dir, keep, "nu", backup_passphrase="förr")
    assert done.rekeyed
    assert done.saved.name.endswith("before-restore.sqlite3")  # the journal was sound
    with open_journal(data_dir, passphrase="nu") as j:
        assert [e.title for e in j.iter_entries()] == ["gammal"]


def test_restore_of_a_plain_backup_into_an_encrypted_journal_encrypts_it(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="klartext"))
    plain = data_dir.parent / "plain.sqlite3"
    database.copy_database(journal_file(data_dir), plain)
    change_passphrase(data_dir, None, "fras")
    done = backup.restore(data_dir, plain, "fras")
    assert done.rekeyed and not _is_plain_sqlite(journal_file(data_dir))
    assert _titles(journal_file(data_dir), "fras") == ["klartext"]


def test_restore_names_a_missing_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_journal(data_dir).close()
    assert main(["restore", str(data_dir / "missing.sqlite3")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_stale_temporary_files_are_removed_at_the_next_start(data_dir: Path) -> None:
    open_journal(data_dir).close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    pid = int(dead.stdout)
    left = [
        data_dir / f"{files.TEMP_PREFIX}{pid}-abcd-journal.sqlite3",
        paths.backup_dir(data_dir) / f"{files.TEMP_PREFIX}{pid}-abcd-x.sqlite3",
        data_dir / ".rekey-old.sqlite3",
        data_dir / "journal.sqlite3.restoring",
    ]
    paths.backup_dir(data_dir).mkdir(exist_ok=True)
    for path in left:
        path.write_bytes(b"SQLite format 3\x00 plaintext")
    old = time.time() - 3600
    for path in left[2:]:
        os.utime(path, (old, old))
    mine = data_dir / f"{files.TEMP_PREFIX}{os.getpid()}-ffff-busy.sqlite3"
    mine.write_bytes(b"in use")
    open_journal(data_dir).close()
    assert [p for p in left if p.exists()] == []
    assert mine.exists()  # a living writer's file is left alone


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_journal_is_readable_by_its_owner_only(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="privat"))
        j.backup()
        for path in paths.owned_files(data_dir):
            if path.exists():
                mode = stat.S_IMODE(path.stat().st_mode)
                assert mode & 0o077 == 0, f"{path.name}: {oct(mode)}"
        for info in backup.list_backups(data_dir):
            assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_old_journal_is_made_owner_only_when_opened(data_dir: Path) -> None:
    open_journal(data_dir).close()
    os.chmod(data_dir, 0o755)
    os.chmod(journal_file(data_dir), 0o644)
    open_journal(data_dir).close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal_file(data_dir).stat().st_mode) == 0o600


# -- messages -------------------------------------------------------------------------


def test_an_empty_schema_version_is_damage_not_a_newer_version(data_dir: Path) -> None:
    open_journal(data_dir).close()
    con = sqlite3.connect(journal_file(data_dir))
    with con:
        con.execute("DELETE FROM alembic_version")
    con.close()
    with pytest.raises(JournalDamagedError, match="schema version is missing"):
        database.inspect_file(journal_file(data_dir))


def test_check_repair_rebuilds_a_damaged_search_index(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="tillit", body="ord om tillit"))
    con = sqlite3.connect(journal_file(data_dir))
    with con:
        con.execute("DELETE FROM search_index_content")  # the index no longer matches
    con.close()
    assert main(["check"]) == 1
    assert "check --repair" in capsys.readouterr().err
    assert main(["check", "--repair"]) == 0
    assert "rebuilt" in capsys.readouterr().out
    with open_journal(data_dir) as j:
        assert [h.title for h in j.search("tillit")] == ["tillit"]


def test_an_unexpected_error_is_logged_not_shown(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(data_dir).close()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("journal.interchange.export_json", broken)
    assert main(["export", "-o", str(data_dir.parent / "x.json")]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "leadership-journal.log" in err
    log = paths.log_file(data_dir).read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug" in log and "Traceback" in log


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-o", "FOLDER"], "is a folder"),
        (["-o", "/proc/leadership-journal/x.json"], "No such file"),
        (["--password-file", "MISSING", "--format", "pdf", "-o", "OUT"], "cannot read"),
    ],
)
def test_export_to_a_bad_place_gives_a_message(
    data_dir: Path, tmp_path: Path, args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(data_dir).close()
    (tmp_path / "folder").mkdir()
    args = [
        a.replace("FOLDER", str(tmp_path / "folder"))
        .replace("MISSING", str(tmp_path / "missing.txt"))
        .replace("OUT", str(tmp_path / "out.pdf"))
        for a in args
    ]
    assert main(["export", *args]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_a_full_disk_at_start_is_a_warning_not_a_closed_journal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_journal(data_dir) as j:
        j.save(Experience(title="kvar"))

    def disk_full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "copy_database", disk_full)
    with open_journal(data_dir) as j:  # the daily backup is due: it fails, the journal opens
        assert j.warnings and "daily backup could not be made" in j.warnings[0]
        assert [s.title for s in j.list_entries()] == ["kvar"]
    assert main(["import", str(data_dir.parent / "missing.json")]) == 2
    assert "warning: The daily backup could not be made" in capsys.readouterr().err


def test_reads_of_a_damaged_journal_raise_journal_errors_only(tmp_path: Path) -> None:
    for folder in _damaged_journals(tmp_path)[:6]:
        try:
            journal = open_journal(folder, verify_now=False)
        except JournalError:
            continue
        with journal:
            try:
                list(journal.iter_entries())
                journal.search("tillit")
                journal.list_entries()
            except JournalError:
                pass  # a message; anything else is a traceback


def test_the_passphrase_prompt_asks_again_for_an_empty_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(data_dir, passphrase="rätt fras här").close()
    answers = iter(["", "", "", "fel", "", "rätt fras här"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert main(["check"]) == 0  # four empty answers and one wrong: still not three tries
    err = capsys.readouterr().err
    assert "empty" in err and "not right" in err


def test_a_read_only_place_is_reported_as_read_only_not_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalReadOnlyError

    open_journal(data_dir).close()
    path = journal_file(data_dir)
    monkeypatch.setattr(os, "access", lambda p, _mode: Path(p) != path.parent)
    failure = database.read_failure(path, sqlite3.OperationalError("unable to open database file"))
    assert isinstance(failure, JournalReadOnlyError) and "read-only" in str(failure)
    monkeypatch.setattr(os, "access", lambda p, _mode: Path(p) != path)
    failure = database.read_failure(
        path, sqlite3.OperationalError("attempt to write a readonly database")
    )
    assert isinstance(failure, JournalReadOnlyError)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="file permissions do not bind root"
)
def test_a_read_only_journal_file_is_named_read_only(data_dir: Path) -> None:
    from journal.errors import JournalReadOnlyError

    with open_journal(data_dir) as j:
        j.save(Experience(title="orörd"))
    os.chmod(journal_file(data_dir), 0o400)
    try:
        with open_journal(data_dir, daily_backup=False) as j, pytest.raises(JournalReadOnlyError):
            j.save(Experience(title="ny"))
    finally:
        os.chmod(journal_file(data_dir), 0o600)


def test_restore_refuses_while_the_journal_is_open(data_dir: Path) -> None:
    from journal.errors import JournalLockedError

    with open_journal(data_dir) as j:
        j.save(Experience(title="öppen"))
        made = j.backup()
        with pytest.raises(JournalLockedError):
            backup.restore(data_dir, made)  # the app restored with no lock, twice
    assert backup.restore(data_dir, made).saved.exists()


def test_secrets_that_are_not_utf8_or_not_given_get_a_message(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    open_journal(data_dir, passphrase="rätt fras här").close()
    bad = tmp_path / "secret.txt"
    bad.write_bytes(b"\xff\xfe")
    assert main(["check", "--passphrase-file", str(bad)]) == 2
    assert "not UTF-8" in capsys.readouterr().err

    def ctrl_d(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "no passphrase given" in err and "unexpected" not in err


def test_a_json_export_that_cannot_be_written_names_the_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(data_dir).close()
    assert main(["export", "-o", "/proc/leadership-journal.json"]) == 2
    err = capsys.readouterr().err
    assert "Could not write /proc/leadership-journal.json" in err and ".lj-tmp" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_command_that_only_reads_leaves_the_folder_as_it_is(
    data_dir: Path, tmp_path: Path
) -> None:
    open_journal(data_dir).close()
    os.chmod(data_dir, 0o755)
    assert main(["export", "-o", str(tmp_path / "x.json")]) == 0
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o755


def test_a_passphrase_change_without_sqlcipher_says_so_before_any_backup(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_journal(data_dir).close()
    made = len(backup.list_backups(data_dir))
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as if not installed
    with pytest.raises(JournalError, match="sqlcipher3"):
        change_passphrase(data_dir, None, "en lång fras")
    assert len(backup.list_backups(data_dir)) == made
