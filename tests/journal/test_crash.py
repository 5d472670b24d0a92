"""A journal killed while saving keeps every save that had returned, and checks clean."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal.domain import Experience
from journal.storage.database import integrity_problems
from journal.store import open_journal

RUNS = 50
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_saving_loses_no_acknowledged_save(data_dir: Path) -> None:
    with open_journal(data_dir) as journal:
        journal.save(Experience(title="counter", body="-1:-1"))
    acknowledged: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for run in range(RUNS):
        # Killed at a statement that moves through the saves (2 to 9 saves in, each at a
        # different step of its transaction): the same points every time.
        kill_at = 20 + (run * 37) % 97
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(data_dir), str(run), str(kill_at)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        lines = child.stdout.read().splitlines()
        child.stdout.close()
        assert child.wait() == -signal.SIGKILL, f"run {run} was not killed"
        last_counter = None
        for line in lines:
            parts = line.split()
            if len(parts) == 2:  # a line cut by the kill was never acknowledged
                acknowledged.add(parts[0])
                last_counter = parts[1]
        path = data_dir / "journal.sqlite3"
        assert integrity_problems(path) == [], f"run {run}"
        con = sqlite3.connect(path)
        try:
            stored = {r[0] for r in con.execute("SELECT uid FROM entries")}
            counter = con.execute("SELECT body FROM entries WHERE title='counter'").fetchone()[0]
        finally:
            con.close()
        missing = acknowledged - stored
        assert not missing, f"run {run}: lost {sorted(missing)[:5]}"
        if last_counter is not None:
            run_id, step = (int(x) for x in counter.split(":"))
            want_run, want_step = (int(x) for x in last_counter.split(":"))
            assert (run_id, step) >= (want_run, want_step), f"run {run}: counter went back"
    assert len(acknowledged) > RUNS  # the children did get to save
    with open_journal(data_dir) as journal:  # and it still opens, searchable
        assert journal.search("ord")
