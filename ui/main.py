"""The ``leadership-journal`` command: the desktop app, or a journal subcommand.

Importing this module costs nothing: Qt is loaded only when the app starts.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    from journal.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, gui=start_gui)


def start_gui(data_dir: Path | None, quit_after_start: bool) -> int:
    from ui.app import run

    return run(data_dir, quit_after_start=quit_after_start)
