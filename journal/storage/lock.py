"""One running app per journal: an OS file lock beside the journal file.

The operating system drops the lock when the process ends, however it ends, so a
crash never leaves a journal locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from journal.errors import JournalError, JournalLockedError
from journal.paths import LOCK_FILE_NAME
from journal.storage.files import make_private


class JournalLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE_NAME
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except PermissionError as exc:
            raise JournalError(
                f"The folder {self.path.parent} is read-only: the journal cannot be "
                "opened for writing there. Nothing was changed."
            ) from exc
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise JournalLockedError(
                "This journal is already open in another Leadership Journal window. "
                "Close that one first; nothing was changed."
            ) from exc
        make_private(self.path)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
