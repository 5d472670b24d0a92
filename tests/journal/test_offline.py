"""The journal never touches the network: demo, import, export, search, backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
PROBE = ROOT / "tests" / "offline_probe.py"


def run_offline(
    target: str, *args: str, path: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``module:function(*args)`` in a fresh process that records network use."""
    python_path = str(ROOT) if path is None else f"{ROOT}{os.pathsep}{path}"
    env = {**os.environ, "PYTHONPATH": python_path, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(PROBE), target, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_probe_sees_a_socket() -> None:
    result = run_offline("socket:socketpair")
    assert result.returncode == 3 and "NETWORK: socket." in result.stdout


def test_command_line_work_opens_no_socket(tmp_path: Path) -> None:
    script = tmp_path / "work.py"
    script.write_text(
        "from journal.cli import main\n"
        "def run(folder, out):\n"
        "    for argv in (['demo', '--entries', '30'], ['export', '-o', out],\n"
        "                 ['search', 'delegering'], ['backup'], ['check']):\n"
        "        assert main([argv[0], '--data-dir', folder, *argv[1:]]) == 0\n"
        "    assert main(['import', '--data-dir', folder + '2', out]) == 0\n",
        encoding="utf-8",
    )
    result = run_offline("work:run", str(tmp_path / "j"), str(tmp_path / "x.json"), path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
