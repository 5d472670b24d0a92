"""Backups of the journal file: made with SQLite's online backup API, kept in rotation.

Backups live in ``backups/`` beside the journal. Automatic ones are made when the
journal is opened (at most once a day), before every migration and before every
import; ``leadership-journal backup`` makes one on demand. Rotation keeps the
newest backup of each of the last 7 days and of each of the last 4 weeks, and never
deletes the backups made before a migration, an import or a restore.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from journal import paths
from journal.errors import (
    JournalDamagedError,
    JournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from journal.storage import database, files

KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupReason(StrEnum):
    """Why a backup was made; part of its file name."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    BEFORE_REKEY = "before-rekey"
    DAMAGED = "damaged"


ROTATED_REASONS = frozenset({BackupReason.DAILY, BackupReason.MANUAL})

# journal-YYYYMMDD-HHMMSS-ffffff-reason.sqlite3 (backup_name)
_NAME = re.compile(r"^journal-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)-(\d{6})-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


def backup_name(reason: str, now: datetime | None = None) -> str:
    """The file name of a backup made ``now`` for ``reason`` (read back by _NAME)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return f"journal-{stamp}-{reason}.sqlite3"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups of the journal in ``folder``, newest first."""
    directory = paths.backup_dir(folder)
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        y, mo, d, h, mi, sec, us = (int(n) for n in match.groups()[:7])
        try:
            made_at = datetime(y, mo, d, h, mi, sec, us, tzinfo=UTC)
        except ValueError:  # looks like ours, but is no real date: not one of ours
            continue
        found.append(
            BackupInfo(path=path, made_at=made_at, reason=match.group(8), size=path.stat().st_size)
        )
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def make_backup(
    folder: Path,
    reason: str = "manual",
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
    rekey_to: str | None = None,
) -> Path:
    """Copy the journal in ``folder`` into its backups folder; returns the copy's path.

    The copy is encrypted as the journal is, or under ``rekey_to`` when given.
    """
    source = paths.journal_file(folder)
    if not source.exists():
        raise JournalError(f"there is no journal in {folder} to back up")
    files.private_dir(paths.backup_dir(folder))
    target = paths.backup_dir(folder) / backup_name(reason, now)
    try:
        if rekey_to is not None:
            database.copy_database(source, target, passphrase, rekey=True, new_passphrase=rekey_to)
        else:
            database.copy_database(source, target, passphrase)
    except OSError as exc:
        raise JournalError(f"the backup could not be written: {exc.strerror or exc}") from exc
    if reason in ROTATED_REASONS:
        rotate(folder, now=now)
    return target


def backup_if_due(
    folder: Path, *, now: datetime | None = None, passphrase: str | None = None
) -> Path | None:
    """Make the daily backup unless one was made in the last 24 hours."""
    moment = now or datetime.now(UTC)
    latest = next((b for b in list_backups(folder) if b.reason in ROTATED_REASONS), None)
    if latest is not None and moment - latest.made_at < timedelta(days=1):
        return None
    if not paths.journal_file(folder).exists():
        return None
    return make_backup(folder, "daily", now=moment, passphrase=passphrase)


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete rotated backups beyond the daily and weekly ones kept; returns the deleted."""
    moment = now or datetime.now(UTC)
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    rotated = [b for b in list_backups(folder) if b.reason in ROTATED_REASONS]
    for backup in rotated:  # newest first: the first of each day or week is kept
        age = moment - backup.made_at
        day = backup.made_at.date()
        week = backup.made_at.isocalendar()[:2]
        if age < timedelta(days=KEEP_DAILY) and day not in days:
            days.add(day)
            keep.add(backup.path)
        if age < timedelta(weeks=KEEP_WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
    if rotated:
        keep.add(rotated[0].path)  # never delete the newest
    deleted = []
    for backup in rotated:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def backup_key(path: Path, passphrase: str | None) -> str | None:
    """The key that opens the backup ``path``: None for a plain one, else ``passphrase``.

    Raises PassphraseRequiredError or WrongPassphraseError when ``passphrase`` does not
    open it (a backup made under an earlier passphrase), JournalError for anything
    that is not a journal.
    """
    state = database.inspect_file(path, passphrase)
    if not state.exists:
        raise JournalError(f"{path} does not exist.")
    return passphrase if state.encrypted else None


def newest_good_backup(folder: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup that opens with ``passphrase`` (or is plain) and is sound."""
    for info in list_backups(folder):
        if info.reason == BackupReason.DAMAGED:
            continue
        try:
            key = backup_key(info.path, passphrase)
        except JournalError:
            continue
        if not database.soundness_problems(info.path, key):
            return info
    return None


def _opens_with(path: Path, passphrase: str | None) -> bool:
    if passphrase is None:
        return False
    try:
        backup_key(path, passphrase)
    except JournalError:
        return False
    return True


@dataclass
class RekeyResult:
    """What a passphrase change did to the backups."""

    rewritten: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)  # under an earlier passphrase: not plain


def rekey_backups(
    folder: Path, old: str | None, new: str | None, *, delete: bool = False
) -> RekeyResult:
    """Re-write every backup that ``old`` opens (or that is plain) under ``new``; with
    ``delete``, delete them instead. A plain backup that cannot be re-written (a damaged
    one) is deleted when a passphrase is set: no plaintext copy stays behind."""
    result = RekeyResult()
    for info in list_backups(folder):
        try:
            key = backup_key(info.path, old)
        except (PassphraseRequiredError, WrongPassphraseError):
            if not _opens_with(info.path, new):
                result.left.append(info.path)  # encrypted under an earlier passphrase
            continue
        except JournalError:  # not readable as a journal: a damaged copy, kept byte for byte
            if not database.is_encrypted(info.path) and new is not None:
                info.path.unlink(missing_ok=True)
                result.deleted.append(info.path)
            else:
                result.left.append(info.path)
            continue
        if key == new:
            continue
        if delete:
            info.path.unlink(missing_ok=True)
            result.deleted.append(info.path)
            continue
        try:
            database.copy_database(info.path, info.path, key, rekey=True, new_passphrase=new)
        except Exception as exc:  # a copy that SQLite cannot read through
            if new is not None and key is None:
                info.path.unlink(missing_ok=True)
                result.deleted.append(info.path)
                continue
            raise JournalError(f"{info.path.name} could not be re-encrypted ({exc})") from exc
        result.rewritten.append(info.path)
    return result


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the journal as it was is kept, and whether the backup
    was re-keyed to the journal's current passphrase."""

    saved: Path
    rekeyed: bool


def restore(
    folder: Path,
    backup: Path,
    passphrase: str | None = None,
    *,
    backup_passphrase: str | None = None,
) -> Restored:
    """Put ``backup`` in place of the journal, after backing up the current state.

    The journal must not be open: the journal's lock is held for the whole restore
    (JournalLockedError while another window has it). It keeps its current encryption:
    ``passphrase`` is the journal's (None: plain), and the backup is re-keyed to it when
    it was made under another passphrase (``backup_passphrase``; WrongPassphraseError
    asks for it).
    """
    from journal.storage.lock import JournalLock

    if not Path(backup).exists():
        raise JournalError(f"{backup} does not exist.")
    files.private_dir(folder)
    lock = JournalLock(folder)
    lock.acquire()
    try:
        return _restore(folder, Path(backup), passphrase, backup_passphrase)
    finally:
        lock.release()


def _restore(
    folder: Path, backup: Path, passphrase: str | None, backup_passphrase: str | None
) -> Restored:
    journal = paths.journal_file(folder)
    journal_key = passphrase if journal.exists() and database.is_encrypted(journal) else None
    if journal.exists() and database.is_encrypted(journal) and passphrase is None:
        raise PassphraseRequiredError(
            "The journal is encrypted: its passphrase is needed to restore into it."
        )
    key = _key_of_backup(backup, [passphrase, backup_passphrase])
    problems = database.integrity_problems(backup, key)
    if problems:
        raise JournalDamagedError(f"{backup.name} is damaged ({problems[0]}); it was not restored")
    saved = journal
    if journal.exists():
        if _is_sound(journal, passphrase, journal_key):
            saved = make_backup(folder, BackupReason.BEFORE_RESTORE, passphrase=journal_key)
        else:
            saved = keep_damaged(folder)
    target_key = journal_key if journal.exists() else key  # the journal keeps its encryption
    with files.staged(journal, ".restoring") as tmp:
        database.write_copy(backup, key, tmp, target_key)
        for suffix in ("-wal", "-shm"):
            journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    files.make_private(journal)
    return Restored(saved=saved, rekeyed=target_key != key)


def _key_of_backup(backup: Path, passphrases: list[str | None]) -> str | None:
    """The key of ``backup``: the first of ``passphrases`` (the journal's, then the one
    typed for the backup) that opens it, or None for a plain one."""
    tried = [p for n, p in enumerate(passphrases) if n == 0 or p]
    for passphrase in tried:
        try:
            return backup_key(backup, passphrase)
        except (PassphraseRequiredError, WrongPassphraseError):
            continue
    raise WrongPassphraseError(
        f"{backup.name} was made under another passphrase; enter that one to restore it. "
        "Nothing was changed."
    )


def _is_sound(journal: Path, passphrase: str | None, key: str | None) -> bool:
    """Whether the journal being replaced is healthy (backed up) or not (kept as it is)."""
    try:
        database.inspect_file(journal, passphrase)
    except JournalError:
        return False
    return not database.soundness_problems(journal, key)


def keep_damaged(folder: Path) -> Path:
    """Copy the journal file byte for byte into the backups (the backup API needs a
    readable database; a damaged one is kept as it is, for rescue)."""
    source = paths.journal_file(folder)
    target = files.private_dir(paths.backup_dir(folder)) / backup_name(BackupReason.DAMAGED)
    try:
        with files.staged(target) as tmp:
            shutil.copyfile(source, tmp)
    except OSError as exc:
        raise JournalError(
            f"the damaged journal could not be kept aside: {exc.strerror or exc}"
        ) from exc
    return target
