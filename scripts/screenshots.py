"""Render the app and the portfolio of a demo journal for the README.

    python scripts/screenshots.py            # writes docs/screenshots/*.png
    python scripts/screenshots.py --portfolio # also docs/portfolio-sample/*.png (needs pdftoppm)

Runs without a screen (Qt's offscreen platform).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The sample pages: the first two, and the first page of these sections (found in the
# PDF's outline by their headings, so that a longer or shorter demo still shows them).
FIRST_PAGES = {"cover": 1, "contents": 2}
SECTIONS = {
    "foreword": "foreword",
    "year-at-a-glance": "year_at_a_glance",
    "how-to-comment": "comment_guide",
    "closing-summary": "closing",
    "overview": "overview",
    "theory": "theory_section",
    "arl": "arl_section",
    "trips": "trips",
    "competencies-over-time": "self_assessment",
    "closing-event": "showcase",
    "meeting-notes": "sparring_section",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--portfolio", action="store_true", help="also render portfolio pages")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="lj-shots-"))
    os.environ["LEADERSHIP_JOURNAL_CONFIG_DIR"] = str(work / "config")
    try:
        from journal.demo import make_demo_journal
        from journal.store import open_journal

        with open_journal(work / "data", daily_backup=False) as journal:
            make_demo_journal(journal, entries=300, seed=7, language="sv")
            _app_shots(journal, ROOT / "docs" / "screenshots")
            if args.portfolio:
                _portfolio(journal, work, ROOT / "docs" / "portfolio-sample")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _app_shots(journal: object, out: Path) -> None:
    from journal.domain import EntryFilter, EntryKind
    from ui.app import make_application
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    app = make_application()
    # In Swedish throughout, as a participant of the demo's Swedish programme sees it
    # (the window, the journal and the dates by the locale).
    translators = install_translators(app, "sv")
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(journal)  # type: ignore[arg-type]
    window.resize(1360, 820)
    window.show()
    for _ in range(3):  # the welcome page and the calendar come just after the first paint
        app.processEvents()
    window.grab().save(str(out / "welcome.png"))
    for kind in EntryKind:
        found = journal.list_entries(EntryFilter(kinds=frozenset({kind})), limit=3)  # type: ignore[attr-defined]
        if found:
            window.open_entry(found[-1].id)
            app.processEvents()
            window.grab().save(str(out / f"{kind.value}.png"))
    window.search.field.setText("feedback")
    window.search.run_search()
    app.processEvents()
    window.grab().save(str(out / "search.png"))

    window.search.field.clear()
    _programme_shot(journal, window, out)
    _dark_shot(app, window, journal, out)
    window.close()
    del translators


def _programme_shot(journal: object, window: object, out: Path) -> None:
    from journal.domain import SessionKind
    from ui.dialogs.programme import ProgrammeDialog

    programme = journal.programme()  # type: ignore[attr-defined]
    sparring = next(s for s in programme.sessions if s.kind == SessionKind.SPARRING)
    dialog = ProgrammeDialog(journal, session_uid=sparring.uid, parent=window)  # type: ignore[arg-type]
    dialog.show()
    dialog.grab().save(str(out / "programme.png"))
    dialog.close()


def _dark_shot(app: object, window: object, journal: object, out: Path) -> None:
    """The A–R–L editor in a dark palette (as on a desktop with a dark theme)."""
    from PySide6.QtGui import QColor, QPalette

    from journal.domain import EntryFilter, EntryKind

    dark = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.Mid: "#505050",
        QPalette.ColorRole.Dark: "#151515",
        QPalette.ColorRole.Light: "#4a4a4a",
    }
    for role, colour in roles.items():
        dark.setColor(role, QColor(colour))
    app.setStyle("Fusion")  # type: ignore[attr-defined]
    app.setPalette(dark)  # type: ignore[attr-defined]
    found = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.ARL})), limit=1)  # type: ignore[attr-defined]
    window.open_entry(found[0].id)  # type: ignore[attr-defined]
    window.search.field.setText("feedback")  # type: ignore[attr-defined]
    window.search.run_search()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    window.grab().save(str(out / "dark.png"))  # type: ignore[attr-defined]


def _portfolio(journal: object, work: Path, out: Path) -> None:
    from pypdf import PdfReader

    from journal.portfolio import PortfolioOptions, export_portfolio
    from journal.portfolio.labels import labels_for

    pdf = work / "portfolio.pdf"
    export_portfolio(journal, PortfolioOptions(), pdf)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    labels = labels_for("sv")
    reader = PdfReader(pdf)
    first = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    pages = dict(FIRST_PAGES)
    pages.update({name: first[getattr(labels, label)] for name, label in SECTIONS.items()})
    for name, page in pages.items():
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(out / name)],
            check=True,
        )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
