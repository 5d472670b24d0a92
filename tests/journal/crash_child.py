"""Saves in a loop and SIGKILLs itself at its N-th SQL statement; prints each save once it
has returned (see test_crash)."""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from sqlalchemy import Engine, event

from journal.domain import Experience
from journal.store import open_journal


def _kill_at(statement: int) -> None:
    count = 0

    def counted(*_args: Any) -> None:
        nonlocal count
        count += 1
        if count == statement:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", counted)


def run(folder: str, run_id: int, kill_at: int) -> None:
    journal = open_journal(folder, daily_backup=False)
    _kill_at(kill_at)
    counter = next(e for e in journal.iter_entries() if e.title == "counter")
    print("ready", flush=True)
    i = 0
    while True:
        body = f"{run_id}:{i} " + "ord " * (50 + (i * 37) % 400)
        saved = journal.save(
            Experience(uid=f"r{run_id}n{i}", title=f"run {run_id} save {i}", body=body)
        )
        counter = journal.save(
            Experience(id=counter.id, uid=counter.uid, title="counter", body=f"{run_id}:{i}")
        )
        print(saved.uid, counter.body, flush=True)
        i += 1


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
