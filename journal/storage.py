"""The journal file: recognising it, connecting to it, migrating it, copying it.

A journal is one SQLite file. Before anything writes to an existing file we look
at it read-only: a file that is not SQLite, belongs to another program or was
written by a newer version of this one is refused and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections import namedtuple
from datetime import UTC, datetime
from pathlib import Path

from journal.errors import (
    JournalDamagedError,
    JournalError,
    JournalTooNewError,
    NotAJournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

TYPE_CHECKING = False  # as typing's, without importing typing (see journal.search)
if TYPE_CHECKING:
    from typing import Any, NamedTuple

    from sqlalchemy import Engine

# "LJRN": marks our files, so another program's SQLite file is never migrated.
APPLICATION_ID = 0x4C4A524E
# The newest migration this version knows. A test keeps it equal to Alembic's head.
SCHEMA_REVISIONS = ("0001", "0002", "0003")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


if TYPE_CHECKING:

    class _FileFacts(NamedTuple):
        exists: bool
        revision: str | None  # None: a new (missing or empty) file
        encrypted: bool = False

else:  # the CLI search reads it: no typing, no dataclasses (see journal.search)
    _FileFacts = namedtuple("_FileFacts", "exists revision encrypted", defaults=(False,))


class FileState(_FileFacts):
    __slots__ = ()

    @property
    def is_new(self) -> bool:
        return self.revision is None

    @property
    def needs_migration(self) -> bool:
        return self.revision is not None and self.revision != SCHEMA_HEAD


def _driver(passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise JournalError(
            "Encrypted journals need the sqlcipher3 package: "
            "pip install 'leadership-journal[encryption]'."
        ) from exc
    return dbapi2


def _key_sql(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection to the journal file: sqlite3, or SQLCipher when keyed."""
    driver = _driver(passphrase)
    if readonly:
        con = driver.connect(f"{path.as_uri()}?mode=ro", uri=True)
    else:
        con = driver.connect(str(path))
    if passphrase is not None:
        # SQLCipher writes "hmac check failed" to stderr on a wrong key; not for users.
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = {_key_sql(passphrase)}")
    return con


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that is not plain SQLite (SQLCipher, or not a journal)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as f:
        return not f.read(16).startswith(SQLITE_MAGIC)


def _could_be_encrypted(head: bytes, size: int) -> bool:
    """An SQLCipher file is whole pages of what looks like noise from its first byte;
    a text file, a picture or a half-copied file is not."""
    if size < 1024 or size % 512:
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return printable < len(head) * 0.9


def inspect_file(path: Path, passphrase: str | None = None) -> FileState:
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
    encrypted = not head.startswith(SQLITE_MAGIC)
    if encrypted and not _could_be_encrypted(head, size):
        raise NotAJournalError(
            f"{path.name} is not a journal (neither a plain nor an encrypted one). "
            "It has not been changed."
        )
    if encrypted and passphrase is None:
        raise PassphraseRequiredError(
            f"{path.name} is either an encrypted journal (enter its passphrase) or not a "
            "journal at all. It has not been changed."
        )
    if size < 512 or len(head) < 100:
        raise JournalDamagedError(f"{path.name} is damaged (the file is truncated).")
    try:
        con = connect(path, passphrase if encrypted else None, readonly=True)
    except sqlite3.Error as exc:
        raise NotAJournalError(f"{path.name} cannot be opened: {exc}.") from exc
    try:
        if encrypted:
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except Exception as exc:
                raise WrongPassphraseError(
                    "The passphrase is not right (or the file is not a journal). "
                    "Nothing was changed."
                ) from exc
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, APPLICATION_ID):
            raise NotAJournalError(
                f"{path.name} belongs to another program; it has not been changed."
            )
        if not tables and app_id == 0:
            return FileState(exists=True, revision=None, encrypted=encrypted)
        if "alembic_version" not in tables:
            raise NotAJournalError(
                f"{path.name} is an SQLite database but not a journal; it has not been changed."
            )
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except JournalError:
        raise
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError
        raise JournalDamagedError(f"{path.name} is damaged and cannot be read ({exc}).") from exc
    finally:
        con.close()
    revision = row[0] if row else None
    if revision not in SCHEMA_REVISIONS:
        raise JournalTooNewError(
            f"{path.name} was written by a newer version of Leadership Journal "
            f"(schema {revision}). Please update the app; the journal has not been changed."
        )
    return FileState(exists=True, revision=revision, encrypted=encrypted)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a save that returned survives a power cut, not just a killed process.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    from sqlalchemy import URL, create_engine, event

    if passphrase is None:
        url = URL.create("sqlite", database=str(path))
    else:
        _driver(passphrase)  # a clear message when SQLCipher is missing
        url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
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


def integrity_problems(path: Path, passphrase: str | None = None) -> list[str]:
    """Run SQLite's full integrity check; an empty list means the file is sound."""
    state = inspect_file(path, passphrase)
    if not state.exists:
        return [f"{path} does not exist."]
    key = passphrase if state.encrypted else None
    try:
        con = connect(path, key, readonly=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError
        return [f"cannot be read: {exc}"]
    problems = [r for r in rows if r != "ok"]
    problems += [f"broken reference in {t} row {rowid}" for t, rowid, *_ in fk]
    if not problems:
        problems += _search_index_problems(path, key)
    return problems


def _search_index_problems(path: Path, passphrase: str | None) -> list[str]:
    # FTS5 checks itself through an INSERT that writes nothing; roll back regardless.
    con = connect(path, passphrase)
    con.isolation_level = None
    try:
        con.execute("BEGIN")
        con.execute("INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)")
    except Exception as exc:
        return [f"the search index is damaged ({exc}); it can be rebuilt"]
    finally:
        if con.in_transaction:
            con.execute("ROLLBACK")
        con.close()
    return []


def copy_database(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Copy a live journal with SQLite's online backup API, atomically.

    The copy of an encrypted journal is encrypted with the same passphrase.
    """
    key = passphrase if is_encrypted(source) else None
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".sqlite3", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = connect(source, key, readonly=True)
        dst = connect(tmp, key)
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


def change_passphrase(path: Path, old: str | None, new: str | None) -> None:
    """Re-write the (closed) journal under a new passphrase; None means unencrypted.

    The new file is written beside the old one and replaces it only when whole.
    """
    from sqlcipher3 import dbapi2

    state = inspect_file(path, old)
    old_key = old if state.encrypted else None
    import tempfile

    fd, tmp_name = tempfile.mkstemp(prefix=".rekey-", suffix=".sqlite3", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        src = dbapi2.connect(str(path), isolation_level=None)
        try:
            src.execute("PRAGMA cipher_log_level = NONE")
            if old_key is not None:
                src.execute(f"PRAGMA key = {_key_sql(old_key)}")
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            src.execute(f"ATTACH DATABASE ? AS rekeyed KEY {_key_sql(new or '')}", (str(tmp),))
            src.execute("SELECT sqlcipher_export('rekeyed')")
            src.execute(f"PRAGMA rekeyed.application_id = {APPLICATION_ID}")
            src.execute("DETACH DATABASE rekeyed")
        finally:
            src.close()
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        if integrity_problems(tmp, new):
            raise JournalError("re-encrypting the journal failed; it was left as it was")
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
