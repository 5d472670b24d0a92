"""The installed command starts the app, shows the first entries and exits (for benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


GUI_ONLY = [
    [],
    ["--quit-after-start"],
    ["--data-dir", "here"],
    ["--data-dir=here", "--quit-after-start"],
    ["--quit-after-start", "--data-dir", "some where"],
]
NOT_GUI_ONLY = [
    ["--help"],
    ["check"],
    ["search", "x"],
    ["--data-dir"],
    ["--data-dir="],
    ["--data-dir", "--quit-after-start"],
    ["--data-dir", "a", "--data-dir", "b"],
    ["--quit-after-start", "--quit-after-start"],
    ["--passphrase-file", "secret.txt"],
    ["--data", "here"],
    ["--data-dir", "here", "export"],
]


@pytest.mark.parametrize("argv", GUI_ONLY)
def test_the_app_starts_without_the_command_line_parser_as_it_would_with_it(
    argv: list[str],
) -> None:
    """The app's own start skips argparse; it must mean what the full parser means."""
    from journal.cli import _run_gui, build_parser
    from ui.main import gui_arguments

    parsed = build_parser().parse_args(argv)
    assert parsed.handler is _run_gui
    expected = (Path(parsed.data_dir) if parsed.data_dir else None, parsed.quit_after_start)
    assert gui_arguments(argv) == expected


@pytest.mark.parametrize("argv", NOT_GUI_ONLY)
def test_anything_else_on_the_command_line_goes_to_the_parser(argv: list[str]) -> None:
    from ui.main import gui_arguments

    assert gui_arguments(argv) is None


def test_a_failing_start_is_told_in_a_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import ui.main
    from journal.errors import JournalError

    def refuse(data_dir: Path | None, quit_after_start: bool) -> int:
        raise JournalError("the data folder is a file")

    monkeypatch.setattr(ui.main, "start_gui", refuse)
    assert ui.main.main(["--data-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "leadership-journal: the data folder is a file\n"

    def crash(data_dir: Path | None, quit_after_start: bool) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(ui.main, "start_gui", crash)
    assert ui.main.main(["--data-dir", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "an unexpected error stopped the command (RuntimeError)" in err
    assert "Traceback" not in err
    logs = list(tmp_path.rglob("*.log"))
    assert logs and "RuntimeError: a bug" in logs[0].read_text(encoding="utf-8")
