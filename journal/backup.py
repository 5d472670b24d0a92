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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal import paths, storage
from journal.errors import JournalError

KEEP_DAILY = 7
KEEP_WEEKLY = 4
ROTATED_REASONS = frozenset({"daily", "manual"})

# journal-YYYYMMDD-HHMMSS-ffffff-reason.sqlite3 (storage.backup_name)
_NAME = re.compile(r"^journal-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)-(\d{6})-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


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
) -> Path:
    """Copy the journal in ``folder`` into its backups folder; returns the copy's path."""
    source = paths.journal_file(folder)
    if not source.exists():
        raise JournalError(f"there is no journal in {folder} to back up")
    target = paths.backup_dir(folder) / storage.backup_name(reason, now)
    try:
        storage.copy_database(source, target, passphrase)
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


def restore(folder: Path, backup: Path, passphrase: str | None = None) -> Path:
    """Put ``backup`` in place of the journal, after backing up the current state.

    The journal must not be open. Returns the backup of the state it replaced.
    """
    state = storage.inspect_file(backup, passphrase)  # refuses anything not a journal
    if state.is_new:
        raise JournalError(f"{backup.name} is empty; nothing to restore")
    problems = storage.integrity_problems(backup, passphrase)
    if problems:
        raise JournalError(f"{backup.name} is damaged ({problems[0]}); it was not restored")
    journal = paths.journal_file(folder)
    saved = journal
    if journal.exists():
        try:
            saved = make_backup(folder, "before-restore", passphrase=passphrase)
        except Exception:  # sqlite3's or SQLCipher's DatabaseError: a damaged journal
            saved = keep_damaged(folder)
    tmp = journal.with_name(journal.name + ".restoring")
    storage.copy_database(backup, tmp, passphrase)
    for suffix in ("-wal", "-shm"):
        journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    tmp.replace(journal)
    return saved


def keep_damaged(folder: Path) -> Path:
    """Copy the journal file byte for byte into the backups (the backup API needs a
    readable database; a damaged one is kept as it is, for rescue)."""
    source = paths.journal_file(folder)
    target = paths.backup_dir(folder) / storage.backup_name("damaged")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copy2(source, target)
    except OSError as exc:
        raise JournalError(
            f"the damaged journal could not be kept aside: {exc.strerror or exc}"
        ) from exc
    return target
