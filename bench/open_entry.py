"""Opening an entry in the editor, as a click in the entry list does, on the real window.

    python bench/open_entry.py DATA_DIR [--opens N]

Run by bench/run.py in a process of its own (offscreen). Starts the main window on the
journal in DATA_DIR and gives it a second, as a participant takes to look at it before
her first click (the window builds its other editors then). Opens one entry of each
kind first (the first show of that editor), then clicks through N list rows of every
kind, trip notes with photos included. Each time runs from the click until the event
queue is empty again: entry read, editor filled, thumbnails decoded, list and editor
painted. Prints the times as JSON on stdout.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

gc.disable()  # as ui.main.start_gui does; startup_done() freezes and enables it again

# isort: off
import journal.store  # noqa: E402  (before Qt, as the app imports it)
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.domain import EntryKind  # noqa: E402
from ui.app import make_application, startup_done  # noqa: E402
from ui.i18n import install_translators, resolve_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.models.entry_list import SummaryRole  # noqa: E402

# isort: on


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--opens", type=int, default=60)
    args = parser.parse_args()

    app = make_application()
    translators = install_translators(app, resolve_language(None))
    opened = journal.store.open_journal(args.data_dir, lock=False, daily_backup=False)
    window = MainWindow(opened)
    window.resize(1200, 800)
    window.show()
    startup_done()
    settle(app)
    QTest.qWait(1000)

    model = window.entries
    while model.canFetchMore():
        model.fetchMore()
    rows_by_kind: dict[EntryKind, list[int]] = {}
    for row in range(model.rowCount()):
        summary = model.index(row).data(SummaryRole)
        rows_by_kind.setdefault(summary.kind, []).append(row)
    photo_rows = [r for r in rows_by_kind.get(EntryKind.TRIP_NOTE, []) if has_photos(window, r)]

    def click(row: int) -> float:
        start = time.perf_counter()
        window.list_view.setCurrentIndex(model.index(row))
        settle(app)
        elapsed = (time.perf_counter() - start) * 1000
        if window.current_entry_id() != model.index(row).data(SummaryRole).id:
            raise SystemExit(f"row {row} did not open")
        return elapsed

    first = {kind.value: click(rows[0]) for kind, rows in rows_by_kind.items()}
    rng = random.Random(7)
    per_kind = max(1, args.opens // (len(rows_by_kind) + 1))
    sample = [
        row for rows in rows_by_kind.values() for row in rng.sample(rows, min(per_kind, len(rows)))
    ]
    sample += rng.sample(photo_rows, min(per_kind, len(photo_rows)))
    rng.shuffle(sample)
    times: dict[str, list[float]] = {}
    for row in sample:
        kind = model.index(row).data(SummaryRole).kind
        key = "trip_note with photos" if row in photo_rows else kind.value
        times.setdefault(key, []).append(click(row))
    every = sorted(t for ts in times.values() for t in ts)
    result = {
        "first_of_kind": first,
        "median": statistics.median(every),
        "p90": every[int(len(every) * 0.9)],
        "max": every[-1],
        "opens": len(every),
        "median_by_kind": {k: statistics.median(v) for k, v in times.items()},
    }
    window.close()
    opened.close()
    del translators
    print(json.dumps(result))
    return 0


def settle(app: QApplication) -> None:
    """Run the event loop until nothing is left to do (layout, paint, posted events)."""
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def has_photos(window: MainWindow, row: int) -> bool:
    summary = window.entries.index(row).data(SummaryRole)
    entry = window.journal.get_entry(summary.id)
    return bool(getattr(entry, "attachments", None))


if __name__ == "__main__":
    raise SystemExit(main())
