"""Starting the app again brings the open window to the front; the app has its icon and
remembers its journal."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from journal import paths
from journal.demo import make_demo_journal
from journal.store import open_journal
from ui import app as app_module
from ui.single_instance import WindowActivator, activate_running, server_name


def test_a_second_start_brings_the_window_back(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    activator = WindowActivator(window, tmp_path)
    assert activator.listening()
    window.showMinimized()
    assert window.isMinimized()
    assert activate_running(tmp_path)
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()
    activator.close()


def test_nobody_answers_for_a_journal_that_is_not_open(tmp_path: Path) -> None:
    assert not activate_running(tmp_path / "another journal")


def test_each_journal_folder_has_its_own_name(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_a_socket_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    stale = Path(QDir.tempPath()) / server_name(tmp_path)
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(stale))
    left.close()  # the file stays, nobody listens: what a killed app leaves
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        activator = WindowActivator(window, tmp_path)
        assert activator.listening()
        assert activate_running(tmp_path)
        activator.close()
    finally:
        stale.unlink(missing_ok=True)


FIRST = """
import sys
import ui.single_instance as single
from PySide6.QtWidgets import QApplication

listen = single.WindowActivator.__init__
def announce(self, window, folder):
    listen(self, window, folder)
    print("listening", flush=True)
single.WindowActivator.__init__ = announce
def shown(window):
    print("brought to the front", flush=True)
    window.close()
single.bring_to_front = shown
from ui.main import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

SECOND = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.information = staticmethod(lambda *a: print("said:", a[2]))
from ui.main import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_starting_the_app_twice_shows_the_first_window(data_dir: Path) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        make_demo_journal(journal, entries=5, seed=3, photos=0)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "listening"
        second = subprocess.run(
            [sys.executable, "-c", SECOND, str(data_dir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert second.returncode == 0, second.stdout + second.stderr
        assert "said:" not in second.stdout  # no "already open" message
        out, err = first.communicate(timeout=60)
        assert "brought to the front" in out, err
        assert first.returncode == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_the_app_has_its_icon(qapp: QApplication) -> None:
    icon = app_module.app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 256}
    assert not icon.pixmap(16, 16).isNull()


def test_a_journal_gone_from_where_it_was_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    usb = tmp_path / "USB-minne" / "dagbok"
    usb.mkdir(parents=True)
    paths.journal_file(usb).write_bytes(b"")
    paths.remember(usb)
    paths.journal_file(usb).unlink()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    app_module._warn_if_remembered_is_gone(tmp_path / "default")
    assert len(said) == 1 and str(usb) in said[0] and "cannot be found" in said[0]
    said.clear()
    app_module._warn_if_remembered_is_gone(usb)  # it is the one opened: nothing to say
    assert said == []


def test_the_start_command_remembers_a_given_folder(data_dir: Path, tmp_path: Path) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        make_demo_journal(journal, entries=3, seed=3, photos=0)
    run = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "--quit-after-start"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Started: interface en; menus File, Edit, Programme, Help; Qt: Cancel" in run.stdout
    assert paths.remembered_dir() == data_dir
