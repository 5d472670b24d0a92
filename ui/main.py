"""The ``leadership-journal`` command: the desktop app, or a journal subcommand.

Importing this module costs nothing: Qt is loaded only when the app starts.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "search" in args:  # the quick path: a plain search needs nothing else
        from journal.quick_search import run

        done = run(args)
        if done is not None:
            return done
    gui = gui_arguments(args)
    if gui is not None:  # the app itself: no command line to parse (argparse: 14 ms)
        try:
            return start_gui(*gui)
        except Exception as exc:
            from journal import paths
            from journal.cli import failed

            return failed(exc, lambda: paths.data_dir(gui[0]))
        except KeyboardInterrupt:
            return 130
    from journal.cli import main as cli_main

    return cli_main(args, gui=start_gui)


def gui_arguments(args: Sequence[str]) -> tuple[Path | None, bool] | None:
    """The data folder and ``--quit-after-start`` when ``args`` start the app and say
    nothing else; None for a command, help, or anything argparse must read."""
    data_dir: Path | None = None
    quit_after_start = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--quit-after-start" and not quit_after_start:
            quit_after_start = True
        elif arg == "--data-dir" and data_dir is None and rest and rest[0][:1] not in ("", "-"):
            data_dir = Path(rest.pop(0))
        elif arg.startswith("--data-dir=") and data_dir is None and len(arg) > 11:
            data_dir = Path(arg[11:])
        else:
            return None
    return data_dir, quit_after_start


def start_gui(data_dir: Path | None, quit_after_start: bool) -> int:
    # No collections while Qt, SQLAlchemy and the app load: what they make lives as long
    # as the app. ui.app freezes it and switches collection back on once the window shows.
    gc.disable()
    # What does not need Qt is imported before it: once PySide6 is loaded, it reads the
    # source of every module imported after it (its __feature__ check): tens of ms.
    import journal.prompts  # the editors' questions, when the last entry is reopened
    import journal.store  # noqa: F401
    from ui.app import run

    return run(data_dir, quit_after_start=quit_after_start)
