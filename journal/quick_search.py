"""``leadership-journal search WORDS``, answered before the rest of the command line loads.

The command-line search is the one command people run many times a day from a terminal
and the one timed against a plain tool (jrnl, in bench/). For a plain journal it is
answered here with ``sqlite3`` and :mod:`journal.search` alone, before argparse, the
ORM or Qt are imported. Whatever this path does not handle (help, an encrypted
journal, a missing or damaged file, an option it does not know) returns None, and the
full command line (:mod:`journal.cli`) answers it with its own messages.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence

from journal import paths
from journal.search import Found, run_search

# As journal.storage.database says it; not imported from there (typing, dataclasses).
SQLITE_MAGIC = b"SQLite format 3\x00"


def run(argv: Sequence[str]) -> int | None:
    """Search as ``argv`` asks; the exit code, or None to leave it to the full CLI."""
    words: list[str] = []
    limit = 20
    data_dir: str | None = None
    command_seen = False
    args = iter(argv)
    for arg in args:
        if arg == "--data-dir" or arg.startswith("--data-dir="):
            data_dir = arg.partition("=")[2] or next(args, "")
            if not data_dir:
                return None
        elif command_seen and arg in ("-n", "--limit"):
            value = next(args, "")
            if not value.isdigit():
                return None
            limit = int(value)
        elif arg.startswith("-"):
            return None  # help, a passphrase file, anything else: the full CLI
        elif not command_seen:
            if arg != "search":
                return None
            command_seen = True
        else:
            words.append(arg)
    if not words:
        return None
    path = paths.journal_file(paths.data_dir(data_dir))
    try:
        with path.open("rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                return None  # encrypted, empty or not a journal
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        found = run_search(connection, " ".join(words), limit=limit)
    except sqlite3.Error:
        return None  # damaged, or another program's database
    finally:
        connection.close()
    print_found(found)
    return 0 if found else 1


def print_found(found: list[Found]) -> None:
    """Each hit as its day and title, with its snippet below; matches in bold on a
    terminal, in [brackets] otherwise."""
    bold = sys.stdout.isatty()
    for _id, _kind, title, day, _private, snippet in found:
        text = "".join(
            (f"\033[1m{part}\033[0m" if bold else f"[{part}]") if matched else part
            for part, matched in snippet
        ).replace("\n", " ")
        print(f"{day}  {title}\n    {text}")
