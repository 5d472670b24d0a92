"""The journal file: recognising it, connecting to it, migrating it, copying it.

A journal is one SQLite file. Before anything writes to an existing file we look
at it read-only: a file that is not SQLite, belongs to another program or was
written by a newer version of this one is refused and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.errors import (
    JournalDamagedError,
    JournalEmptyError,
    JournalError,
    JournalReadOnlyError,
    JournalTooNewError,
    NotAJournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from journal.storage import files

if TYPE_CHECKING:
    from sqlalchemy import Engine

# "LJRN": marks our files, so another program's SQLite file is never migrated.
APPLICATION_ID = 0x4C4A524E
# The newest migration this version knows. A test keeps it equal to Alembic's head.
SCHEMA_REVISIONS = (
    *("0001", "0002", "0003", "0004", "0005", "0006"),
    *("0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0015", "0016"),
)
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class FileState:
    """What a look at a journal file found, without changing it."""

    exists: bool
    revision: str | None  # None: no file yet
    encrypted: bool = False

    @property
    def needs_migration(self) -> bool:
        return self.revision is not None and self.revision != SCHEMA_HEAD


def require_sqlcipher() -> None:
    """Raise JournalError (with what to install) when encryption is not available."""
    _driver("")


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
        raise JournalEmptyError(
            f"{path.name} is empty (0 bytes): it holds no journal. It has not been changed."
        )
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except PermissionError as exc:
        raise JournalReadOnlyError(
            f"{path.name} cannot be read: this account has no permission to read it."
        ) from exc
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
    except Exception as exc:  # sqlite3's or SQLCipher's own error classes
        failure = read_failure(path, exc)
        if isinstance(failure, JournalReadOnlyError):
            raise failure from exc
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
            raise JournalEmptyError(
                f"{path.name} holds no journal (an empty database). It has not been changed."
            )
        if "alembic_version" not in tables:
            raise NotAJournalError(
                f"{path.name} is an SQLite database but not a journal; it has not been changed."
            )
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except JournalError:
        raise
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError
        raise read_failure(path, exc) from exc
    finally:
        con.close()
    if len(rows) != 1 or not rows[0][0]:
        raise JournalDamagedError(
            f"{path.name} is damaged: its schema version is missing. It has not been changed."
        )
    revision = rows[0][0]
    if revision not in SCHEMA_REVISIONS:
        raise JournalTooNewError(
            f"{path.name} was written by a newer version of Leadership Journal "
            f"(schema {revision}). Please update the app; the journal has not been changed."
        )
    return FileState(exists=True, revision=revision, encrypted=encrypted)


def is_driver_error(exc: BaseException) -> bool:
    """True for a database error raised by the driver itself (sqlite3, or SQLCipher's
    when the journal is encrypted), as plain-SQL reads see them."""
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return cipher is not None and isinstance(exc, cipher.DatabaseError)


def read_failure(path: Path, exc: BaseException) -> JournalError:
    """The JournalError that says why SQLite could not read ``path``."""
    reason = str(exc)
    if "readonly" in reason or "read-only" in reason or "unable to open" in reason:
        if path.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
            return JournalReadOnlyError(
                f"The folder {path.parent} is read-only, so {path.name} cannot be opened there."
            )
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return JournalReadOnlyError(f"{path.name} is read-only or cannot be read.")
    return JournalDamagedError(f"{path.name} is damaged and cannot be read ({reason}).")


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


def _migration_engine(path: Path, passphrase: str | None) -> Engine:
    """An engine whose transactions take in DDL too.

    Python's sqlite3 (before 3.12) commits on its own before CREATE, ALTER and DROP; a
    kill during an upgrade then left half a schema behind. Here the driver's own
    transaction handling is off and each transaction starts with BEGIN IMMEDIATE, so a
    whole upgrade is committed at once or not at all (SQLAlchemy's documented recipe).
    """
    from sqlalchemy import event

    engine = make_engine(path, passphrase)

    def no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    def begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", no_driver_transactions)
    event.listen(engine, "begin", begin)
    return engine


def alembic_config(path: Path) -> Any:
    import io

    from alembic.config import Config

    # Alembic's messages are for a terminal; the app reports in its own words.
    cfg = Config(stdout=io.StringIO())
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def upgrade(path: Path, passphrase: str | None = None, *, to: str = "head") -> None:
    """Bring the schema of ``path`` to SCHEMA_HEAD (or ``to``) in one transaction.

    A kill or a failure at any point leaves the file at its old revision, unchanged.
    """
    from alembic import command

    cfg = alembic_config(path)
    engine = _migration_engine(path, passphrase)
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, to)
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    finally:
        engine.dispose()


def create(path: Path, passphrase: str | None = None) -> None:
    """Make a new journal at ``path`` (which must not exist): built beside it, then renamed,
    so a kill never leaves an empty or half-made journal behind."""
    with files.staged(path) as tmp:
        upgrade(tmp, passphrase)
        for suffix in ("-wal", "-shm", "-journal"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    files.make_private(path)


def checkpoint(engine: Engine) -> bool:
    """Fold the write-ahead log into the journal file, so the file alone holds every save.

    Returns False when a reader kept it from finishing (it is tried again later).
    """
    with engine.connect() as connection:
        row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is None or row[0] == 0


def soundness_problems(path: Path, passphrase: str | None = None) -> list[str]:
    """SQLite's integrity check and the references between rows; [] when sound.

    What ``check`` refuses, the app refuses: this is run before a journal's daily backup
    and before its first write.
    """
    try:
        con = connect(path, passphrase, readonly=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError
        return [f"cannot be read: {exc}"]
    problems = [r for r in rows if r != "ok"]
    problems += [f"broken reference in {t} row {rowid}" for t, rowid, *_ in fk]
    return problems


def integrity_problems(path: Path, passphrase: str | None = None) -> list[str]:
    """Run SQLite's full integrity check and the search index's; [] means the file is sound."""
    state = inspect_file(path, passphrase)
    if not state.exists:
        return [f"{path} does not exist."]
    key = passphrase if state.encrypted else None
    problems = soundness_problems(path, key)
    if not problems:
        problems += search_index_problems(path, key)
    return problems


SEARCH_INDEX_DAMAGED = "the search index is damaged"


def search_index_problems(path: Path, passphrase: str | None) -> list[str]:
    """The full-text index's own check (FTS5's integrity-check); [] when it is sound."""
    # FTS5 checks itself through an INSERT that writes nothing; roll back regardless.
    con = connect(path, passphrase)
    con.isolation_level = None
    try:
        con.execute("BEGIN")
        con.execute("INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)")
    except Exception as exc:
        if "readonly" in str(exc):
            return []  # nothing to say: a read-only file cannot run the check
        return [f"{SEARCH_INDEX_DAMAGED} ({exc}); `check --repair` rebuilds it"]
    finally:
        if con.in_transaction:
            con.execute("ROLLBACK")
        con.close()
    return []


def rebuild_search_index(path: Path, passphrase: str | None = None) -> int:
    """Build the full-text index again from the entries (``check --repair``), in one
    transaction; returns the number of entries indexed."""
    from sqlalchemy.orm import Session

    from journal.storage.records import rebuild_index

    engine = _migration_engine(path, passphrase)
    try:
        with Session(engine) as s, s.begin():
            return rebuild_index(s)
    finally:
        engine.dispose()


Progress = Callable[[int, int], None]  # (done, total); may raise to stop


def copy_database(
    source: Path,
    target: Path,
    passphrase: str | None = None,
    *,
    rekey: bool = False,
    new_passphrase: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy a live journal with SQLite's online backup API, atomically, owner-only.

    The copy is keyed as the source is, or, with ``rekey``, under ``new_passphrase``
    (None: a plain copy); it is encrypted before it takes its name, so no plaintext
    copy of an encrypted journal is ever written.
    """
    key = passphrase if is_encrypted(source) else None
    target_key = new_passphrase if rekey else key
    with files.staged(target) as tmp:
        write_copy(source, key, tmp, target_key, progress)
    files.make_private(target)
    return target


def write_copy(
    source: Path,
    key: str | None,
    target: Path,
    target_key: str | None,
    progress: Progress | None = None,
) -> None:
    """Write the journal ``source`` (opened with ``key``) into the file ``target``, which
    it replaces, under ``target_key``: SQLite's backup API for the same key (with
    ``progress``), SQLCipher's export for another."""
    if target_key != key:
        target.unlink(missing_ok=True)
        _export_keyed(source, key, target, target_key)
        return
    src = connect(source, key, readonly=True)
    dst = connect(target, key)
    try:
        if progress is None:
            src.backup(dst)
        else:  # a step at a time: 256 pages of 4 kB
            src.backup(
                dst, pages=256, progress=lambda _s, left, total: progress(total - left, total)
            )
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _export_keyed(source: Path, key: str | None, target: Path, new_key: str | None) -> None:
    """Write ``source`` into the new file ``target`` under ``new_key`` (SQLCipher's export)."""
    from sqlcipher3 import dbapi2

    src = dbapi2.connect(str(source), isolation_level=None)
    try:
        src.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            src.execute(f"PRAGMA key = {_key_sql(key)}")
        src.execute(f"ATTACH DATABASE ? AS rekeyed KEY {_key_sql(new_key or '')}", (str(target),))
        src.execute("SELECT sqlcipher_export('rekeyed')")
        src.execute(f"PRAGMA rekeyed.application_id = {APPLICATION_ID}")
        src.execute("DETACH DATABASE rekeyed")
    finally:
        src.close()


def change_passphrase(path: Path, old: str | None, new: str | None) -> None:
    """Re-write the (closed) journal under a new passphrase; None means unencrypted.

    The new file is written beside the old one and replaces it only when whole.
    """
    from sqlcipher3 import dbapi2

    state = inspect_file(path, old)
    old_key = old if state.encrypted else None
    with files.staged(path) as tmp:
        tmp.unlink()
        src = dbapi2.connect(str(path), isolation_level=None)
        try:
            src.execute("PRAGMA cipher_log_level = NONE")
            if old_key is not None:
                src.execute(f"PRAGMA key = {_key_sql(old_key)}")
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            src.close()
        _export_keyed(path, old_key, tmp, new)
        if integrity_problems(tmp, new):
            raise JournalError("re-encrypting the journal failed; it was left as it was")
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    files.make_private(path)
