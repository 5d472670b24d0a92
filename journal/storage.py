"""The journal file: recognising it, connecting to it, migrating it, copying it.

A journal is one SQLite file. Before anything writes to an existing file we look
at it read-only: a file that is not SQLite, belongs to another program or was
written by a newer version of this one is refused and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.errors import JournalDamagedError, JournalTooNewError, NotAJournalError

if TYPE_CHECKING:
    from sqlalchemy import Engine

# "LJRN": marks our files, so another program's SQLite file is never migrated.
APPLICATION_ID = 0x4C4A524E
# The newest migration this version knows. A test keeps it equal to Alembic's head.
SCHEMA_REVISIONS = ("0001", "0002")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class FileState:
    exists: bool
    revision: str | None  # None: a new (missing or empty) file

    @property
    def is_new(self) -> bool:
        return self.revision is None

    @property
    def needs_migration(self) -> bool:
        return self.revision is not None and self.revision != SCHEMA_HEAD


def inspect_file(path: Path) -> FileState:
    """Look at a journal file without changing it.

    Raises NotAJournalError or JournalTooNewError with a message for the user.
    """
    if not path.exists():
        return FileState(exists=False, revision=None)
    if path.is_dir():
        raise NotAJournalError(f"{path} is a folder, not a journal file.")
    size = path.stat().st_size
    if size == 0:
        return FileState(exists=True, revision=None)
    with path.open("rb") as f:
        head = f.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise NotAJournalError(
            f"{path.name} is not a journal: it is not an SQLite database. It has not been changed."
        )
    if size < 512 or len(head) < 100:
        raise JournalDamagedError(f"{path.name} is damaged (the file is truncated).")
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAJournalError(f"{path.name} cannot be opened: {exc}.") from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, APPLICATION_ID):
            raise NotAJournalError(
                f"{path.name} belongs to another program; it has not been changed."
            )
        if not tables and app_id == 0:
            return FileState(exists=True, revision=None)
        if "alembic_version" not in tables:
            raise NotAJournalError(
                f"{path.name} is an SQLite database but not a journal; it has not been changed."
            )
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise JournalDamagedError(f"{path.name} is damaged and cannot be read ({exc}).") from exc
    finally:
        con.close()
    revision = row[0] if row else None
    if revision not in SCHEMA_REVISIONS:
        raise JournalTooNewError(
            f"{path.name} was written by a newer version of Leadership Journal "
            f"(schema {revision}). Please update the app; the journal has not been changed."
        )
    return FileState(exists=True, revision=revision)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a save that returned survives a power cut, not just a killed process.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config(path: Path) -> Any:
    import io

    from alembic.config import Config

    # Alembic's messages are for a terminal; the app reports in its own words.
    cfg = Config(stdout=io.StringIO())
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def upgrade(engine: Engine, path: Path) -> None:
    """Bring the schema to SCHEMA_HEAD (creates it in a new file)."""
    from alembic import command

    cfg = alembic_config(path)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def integrity_problems(path: Path) -> list[str]:
    """Run SQLite's full integrity check; an empty list means the file is sound."""
    state = inspect_file(path)
    if not state.exists:
        return [f"{path} does not exist."]
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [f"cannot be read: {exc}"]
    problems = [r for r in rows if r != "ok"]
    problems += [f"broken reference in {t} row {rowid}" for t, rowid, *_ in fk]
    if not problems:
        problems += _search_index_problems(path)
    return problems


def _search_index_problems(path: Path) -> list[str]:
    # FTS5 checks itself through an INSERT that writes nothing; roll back regardless.
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN")
        con.execute("INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return [f"the search index is damaged ({exc}); it can be rebuilt"]
    finally:
        if con.in_transaction:
            con.execute("ROLLBACK")
        con.close()
    return []


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live journal with SQLite's online backup API, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".sqlite3", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return f"journal-{stamp}-{reason}.sqlite3"
