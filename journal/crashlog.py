"""The one place an unexpected error goes: a log file in the data folder.

A traceback is a bug, and it is for the developers, not for the participant: the
command line and the app each have one top-level handler that writes it here and
shows a short message that names the file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journal import paths
from journal.storage import files

MAX_LOG_BYTES = 1_000_000  # the older half is dropped beyond this


def record(folder: Path | None, exc: BaseException, *, context: str = "") -> Path | None:
    """Append ``exc`` with its traceback to the log in ``folder``; returns the log's path,
    or None when it could not be written (a full disk must not raise a second error)."""
    if folder is None or not folder.is_dir():
        return None
    import traceback

    log = paths.log_file(folder)
    text = "".join(traceback.format_exception(exc))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    entry = f"--- {stamp} {context}\n{text}\n"
    try:
        old = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if len(old) > MAX_LOG_BYTES:
            old = old[len(old) // 2 :]
        files.write_atomic(log, (old + entry).encode("utf-8", errors="replace"))
        files.make_private(log)
    except OSError:
        return None
    return log
