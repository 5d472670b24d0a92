"""One PDF export, for bench/run.py to time as a whole process.

python bench/export_pdf.py ours FOLDER OUT.pdf       # the portfolio
python bench/export_pdf.py baseline FOLDER OUT.pdf   # plain platypus + TOC
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def ours(folder: Path, out: Path) -> None:
    from journal.portfolio import PortfolioOptions, export_portfolio
    from journal.store import open_journal

    with open_journal(folder, lock=False, daily_backup=False) as journal:
        export_portfolio(journal, PortfolioOptions(include_private=True), out)


def baseline(folder: Path, out: Path) -> None:
    """The same text as Paragraphs with a TableOfContents, built with multiBuild."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    from reportlab.platypus.tableofcontents import TableOfContents

    from journal.store import open_journal

    styles = getSampleStyleSheet()

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable: object) -> None:
            if isinstance(flowable, Paragraph) and flowable.style.name == "Heading2":
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))

    story: list[object] = [TableOfContents(), PageBreak()]
    with open_journal(folder, lock=False, daily_backup=False) as journal:
        for entry in journal.iter_entries():
            story.append(Paragraph(escape(entry.title), styles["Heading2"]))
            for name, text in entry.text_fields().items():
                if name != "title" and text:
                    for para in text.split("\n\n"):
                        story.append(Paragraph(escape(para), styles["BodyText"]))
    Doc(str(out)).multiBuild(story)


if __name__ == "__main__":
    mode, folder, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    (ours if mode == "ours" else baseline)(folder, target)
