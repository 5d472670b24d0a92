from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal.errors import JournalDamagedError, JournalTooNewError, NotAJournalError
from journal.paths import backup_dir, journal_file
from journal.storage import database
from journal.store import open_journal

DATA = Path(__file__).parent.parent / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_journal_is_at_head_with_wal_and_foreign_keys(data_dir: Path) -> None:
    with open_journal(data_dir) as journal:
        assert journal.path == journal_file(data_dir)
    con = sqlite3.connect(journal_file(data_dir))
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == database.SCHEMA_HEAD
    )
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    con.close()
    assert database.integrity_problems(journal_file(data_dir)) == []


def test_schema_head_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(database.alembic_config(Path("unused.sqlite3")))
    assert script.get_current_head() == database.SCHEMA_HEAD
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(revisions) == database.SCHEMA_REVISIONS


def test_models_match_migrations(data_dir: Path) -> None:
    """`alembic check`: a model change without a migration fails here."""
    from alembic import command

    with open_journal(data_dir) as journal:
        path = journal.path
    command.check(database.alembic_config(path))


def test_first_schema_journal_is_backed_up_then_migrated(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    old = journal_file(data_dir)
    shutil.copy(DATA / "journal-schema-0001.sqlite3", old)
    with open_journal(data_dir) as journal:
        titles = sorted(e.title for e in journal.iter_entries())
        assert titles == ["Första mötet", "Lära av mötet", "Lärresa", "Min ledarskapsteori"]
        participant = journal.participant()
        assert participant is not None and participant.name == "Första Schemat"
        assert [h.title for h in journal.search("tillit")]  # the index came along
    backups = list(backup_dir(data_dir).glob("*before-migration*.sqlite3"))
    assert len(backups) == 1
    assert database.inspect_file(backups[0]).revision == "0001"
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 4
    con.close()
    assert database.inspect_file(old).revision == database.SCHEMA_HEAD


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("Kära dagbok, det här är ingen databas.".encode() * 50, NotAJournalError),
        (b"SQLite format 3\x00" + b"\x00" * 50, JournalDamagedError),
    ],
)
def test_foreign_or_truncated_file_is_refused_untouched(
    data_dir: Path, content: bytes, error: type[Exception]
) -> None:
    data_dir.mkdir(parents=True)
    path = journal_file(data_dir)
    path.write_bytes(content)
    with pytest.raises(error):
        open_journal(data_dir)
    assert path.read_bytes() == content
    assert not backup_dir(data_dir).exists()


def test_other_programs_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = journal_file(data_dir)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(NotAJournalError):
        open_journal(data_dir)
    assert _digest(path) == before


def test_newer_journal_is_refused_untouched(data_dir: Path) -> None:
    with open_journal(data_dir) as journal:
        path = journal.path
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = _digest(path)
    with pytest.raises(JournalTooNewError, match="newer version"):
        open_journal(data_dir)
    assert _digest(path) == before


def test_integrity_check_finds_damage(data_dir: Path) -> None:
    with open_journal(data_dir) as journal:
        from journal.domain import Experience

        for i in range(200):
            journal.save(Experience(title=f"entry {i}", body="text " * 200))
        path = journal.path
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    # Damage the entries' pages only (a damaged schema is refused at opening instead).
    data_pages = [n for (n,) in con.execute("SELECT pageno FROM dbstat WHERE name = 'entries'")][1:]
    con.close()
    raw = bytearray(path.read_bytes())
    for page in data_pages:
        offset = (page - 1) * 4096
        raw[offset : offset + 300] = b"\xde\xad" * 150  # its header and cell pointers
    path.write_bytes(bytes(raw))
    assert database.integrity_problems(path)


def test_copy_database_makes_a_consistent_copy(tmp_path: Path, data_dir: Path) -> None:
    from journal.domain import Experience

    with open_journal(data_dir) as journal:
        journal.save(Experience(title="kopia"))
        target = database.copy_database(journal.path, tmp_path / "copy" / "b.sqlite3")
    assert database.integrity_problems(target) == []
    con = sqlite3.connect(target)
    assert con.execute("SELECT title FROM entries").fetchall() == [("kopia",)]
    con.close()
    assert [p.name for p in target.parent.iterdir()] == ["b.sqlite3"]
