"""Upgrades copies of an old journal, killing itself after N statements, N = 1, 2, ...

For each N a forked process copies the old journal into ``<work>/<N>/``, counts the SQL
statements of the upgrade and SIGKILLs itself at the N-th; the last N upgrades to the
end. Prints "N killed" or "N done" for each (see test_your_data).
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from journal.storage import database


def _killer(at: int) -> Any:
    count = 0

    def kill_at(*_args: Any) -> None:
        nonlocal count
        count += 1
        if count == at:
            os.kill(os.getpid(), signal.SIGKILL)

    return kill_at


def run(fixture: Path, work: Path) -> None:
    n = 0
    while True:
        n += 1
        folder = work / str(n)
        folder.mkdir(parents=True)
        shutil.copyfile(fixture, folder / "journal.sqlite3")
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            event.listen(Engine, "before_cursor_execute", _killer(n))
            database.upgrade(folder / "journal.sqlite3")
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status)
        print(n, "killed" if killed else "done", flush=True)
        if not killed:
            return


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]))
