"""The mentor-feedback bench, in a process of its own (bench/run.py starts it).

python bench/mentor_feedback.py prepare WORK      # export ~300 pages, add 200 comments
python bench/mentor_feedback.py preview WORK RUNS # median seconds to read and place them
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def prepare(work: Path) -> None:
    import pikepdf

    from journal.domain import EntryFilter
    from journal.feedback.model import PlaceKind
    from journal.portfolio import PortfolioOptions, export_and_record
    from journal.store import open_journal

    pdf_path, back = work / "portfolio.pdf", work / "returned.pdf"
    with open_journal(work / "journal", daily_backup=False) as journal:
        # About 300 pages: the entries of the programme's first months.
        days = sorted(s.occurred_on for s in journal.list_entries(EntryFilter()))
        options = PortfolioOptions(date_to=days[min(len(days) - 1, 900)])
        result = export_and_record(journal, options, pdf_path)
    assert result.manifest is not None
    entries = [p for p in result.manifest.places if p.kind == PlaceKind.ENTRY]
    with pikepdf.open(pdf_path) as pdf:
        for n in range(200):
            place = entries[(n * 7) % len(entries)]
            top = place.top - 30
            fields = {
                "/Type": pikepdf.Name.Annot,
                "/Rect": pikepdf.Array([72, top - 12, 400, top]),
                "/T": pikepdf.String("Maria Holm"),
                "/Contents": pikepdf.String(f"Kommentar {n}: vad hände sedan?"),
                "/M": pikepdf.String("D:20260301120000+01'00'"),
            }
            if n % 3 == 0:  # a highlight with its comment, over a line of text
                fields["/Subtype"] = pikepdf.Name.Highlight
                quad = [72, top, 400, top, 72, top - 12, 400, top - 12]
                fields["/QuadPoints"] = pikepdf.Array(quad)
            else:
                fields["/Subtype"] = pikepdf.Name.Text
            annot = pdf.make_indirect(pikepdf.Dictionary(fields))
            page = pdf.pages[place.page - 1].obj
            if "/Annots" not in page:
                page.Annots = pikepdf.Array()
            page.Annots.append(annot)
        pdf.save(back)
    print("pages", result.pages)


def preview_time(work: Path, runs: int) -> None:
    from journal.feedback.importer import preview
    from journal.store import open_journal

    times = []
    for _ in range(runs):
        with open_journal(work / "journal", daily_backup=False) as journal:
            start = time.perf_counter()
            found = preview(journal, work / "returned.pdf")
            times.append(time.perf_counter() - start)
        assert len(found.comments) == 200
    print("seconds", statistics.median(times))


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "prepare":
        prepare(folder)
    else:
        preview_time(folder, int(sys.argv[3]))
