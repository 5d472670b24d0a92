"""The installed command starts the app, shows the first entries and exits (for benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journal.demo import make_demo_journal
from journal.store import open_journal


def test_quit_after_start_opens_a_journal_and_exits_cleanly(data_dir: Path, tmp_path: Path) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        make_demo_journal(journal, entries=250, seed=3, photos=0)
        newest = journal.list_entries(limit=1)[0]
    # The window reopens the participant's last entry, as it does after any session.
    config = Path(os.environ["LEADERSHIP_JOURNAL_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_text(f"[window]\nlast_entry={newest.id}\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from ui.main import main\n"
        "code = main(['--data-dir', sys.argv[1], '--quit-after-start'])\n"
        "print('editors:', sorted(m for m in sys.modules if m.startswith('ui.editors.')))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert f"'ui.editors.{newest.kind.value}'" in run.stdout  # its editor was built
    # What the first paint may load, and the frozen start-up objects, are budgets in
    # bench/run.py ("budgets"), not assertions here.


def test_a_second_instance_is_refused_without_harm(data_dir: Path) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        make_demo_journal(journal, entries=5, seed=3, photos=0)
        code = (
            "import sys\n"
            "from PySide6.QtWidgets import QMessageBox\n"
            "QMessageBox.information = staticmethod(lambda *a: print('said:', a[2]))\n"
            "from ui.main import main\n"
            "sys.exit(main(['--data-dir', sys.argv[1], '--quit-after-start']))\n"
        )
        run = subprocess.run(
            [sys.executable, "-c", code, str(data_dir)],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )
        assert run.returncode == 1
        assert "open in another window" in run.stdout
        assert journal.count_entries() == 5
