"""The improvement-work bench, in a process of its own (bench/run.py starts it).

python bench/improvement.py chart RUNS        # median ms to draw a 200-point run chart
python bench/improvement.py section WORK RUNS # median s an initiative adds to an export
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def chart(runs: int) -> float:
    """A run chart of 200 points drawn in the app: the rules and one paint at 900×300."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.improvement.helpers import initiative
    from ui.improvement.run_chart import RunChartWidget

    app = QApplication.instance() or QApplication([])
    kept = initiative(cycles=3, indicators=1, points=200)
    widget = RunChartWidget()
    widget.resize(900, 300)
    widget.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        widget.show_indicator(kept.indicators[0], list(kept.cycles))
        widget.grab()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def section(work: Path, runs: int) -> float:
    """What an initiative with 20 cycles and 5 indicators (52 weekly points each) adds to
    a portfolio's export: two small journals, the same but for it, exported in turn
    (interleaved, so that drift cancels); the median of the differences."""
    from journal.domain import Experience, Participant
    from journal.portfolio import PortfolioOptions, export_portfolio
    from journal.store import open_journal
    from tests.improvement.helpers import initiative

    folders = {"plain": work / "plain", "with": work / "with"}
    for name, folder in folders.items():
        with open_journal(folder, daily_backup=False) as journal:
            journal.set_participant(Participant(name="Mette", language="da"))
            for n in range(20):
                journal.save(Experience(title=f"Erfaring {n}", body="Vi mødtes. " * 40))
            if name == "with":
                journal.save_initiative(initiative(cycles=20, indicators=5, points=52))
    differences = []
    for n in range(runs + 1):
        times = {}
        for name, folder in folders.items():
            with open_journal(folder, daily_backup=False) as journal:
                start = time.perf_counter()
                export_portfolio(journal, PortfolioOptions(), work / f"{name}{n}.pdf")
                times[name] = time.perf_counter() - start
        if n:  # the first pair warms fonts and imports up
            differences.append(times["with"] - times["plain"])
    return statistics.median(differences)


if __name__ == "__main__":
    if sys.argv[1] == "chart":
        print(f"{chart(int(sys.argv[2])):.2f}")
    else:
        print(f"{section(Path(sys.argv[2]), int(sys.argv[3])):.3f}")
