"""Files the journal writes: owner-only, staged beside their target, whole or not at all.

Every temporary file is made next to the file it becomes (never in the system's temp
folder, which other accounts may read and which nothing cleans), is readable only by
its owner, and carries the writer's process id in its name. A killed writer's leftovers
are recognised by that id and removed the next time the journal is opened
(``remove_stale``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

TEMP_PREFIX = ".lj-tmp-"
# .lj-tmp-<pid>-<random>-<target name>
_TEMP = re.compile(r"^\.lj-tmp-(\d+)-[0-9a-f]+-")
# What versions before this one left behind: no process id, so removed only when the
# journal is opened for writing (the lock says nobody else is at work) and no longer new.
_LEGACY = re.compile(r"^(\.tmp-.*\.sqlite3|\.rekey-.*\.sqlite3|journal\.sqlite3\.restoring)$")
LEGACY_MIN_AGE_S = 600.0
STALE_AGE_S = 24 * 3600.0
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path) -> None:
    """Readable and writable by its owner only (POSIX; Windows profiles are per user)."""
    if sys.platform == "win32":  # pragma: no cover - ACLs of the user profile apply
        return
    with contextlib.suppress(FileNotFoundError):
        mode = PRIVATE_DIR if path.is_dir() else PRIVATE_FILE
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) as a folder only its owner can enter."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(path)
    return path


def temp_beside(target: Path, suffix: str = "") -> Path:
    """Create an empty owner-only file next to ``target``, for it to become ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    name = f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}-{target.name}{suffix}"
    path = target.parent / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    return path


def fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


@contextlib.contextmanager
def staged(target: Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block ends normally, its file
    is synced and renamed over ``target``; on any error it is removed, and ``target``
    is left as it was."""
    tmp = temp_beside(target, suffix)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target``: afterwards it holds either its old content or all of it."""
    with staged(target) as tmp:
        tmp.write_bytes(data)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - os.kill would end the process there
        return True  # only the age tells
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(*folders: Path, now: float | None = None) -> list[Path]:
    """Remove what killed writers left in ``folders``; returns what was removed.

    Call it only while holding the journal's lock.
    """
    moment = time.time() if now is None else now
    removed = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            try:
                age = moment - path.stat().st_mtime
            except OSError:
                continue
            match = _TEMP.match(path.name)
            if match:
                stale = not _pid_alive(int(match.group(1))) or age > STALE_AGE_S
            else:
                stale = bool(_LEGACY.match(path.name)) and age > LEGACY_MIN_AGE_S
            if stale and path.is_file():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed
