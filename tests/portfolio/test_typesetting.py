"""What a reader of the portfolio circled (issue: the portfolio as a typeset report):
paragraphs cut mid-text, the theory dropped by a period, a filter the cover did not
mention, passwords some readers cannot open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from journal.domain import EntryKind, Experience
from journal.portfolio import ExportFailed, PortfolioOptions, export_portfolio
from journal.portfolio.markup import CHUNK, MarkdownRenderer
from journal.store import Journal
from tests.portfolio.helpers import outline_titles, text_of
from tests.portfolio.test_export import _fill


@pytest.fixture(autouse=True)
def _fonts() -> None:
    from journal.portfolio.fonts import register

    register()


SENTENCE = "Vi pratade länge om hur teamet kan ta mer ansvar för schemat och vad det kräver. "


def test_a_long_paragraph_stays_one_paragraph() -> None:
    """A 9,000-character paragraph (three full pages) used to be cut every 2,400."""
    text = (SENTENCE * 120)[:9000].strip()
    flowables = MarkdownRenderer().render(text)
    assert len(flowables) == 1 and isinstance(flowables[0], Paragraph)
    marked = MarkdownRenderer().render(f"Det **viktiga**: {text}")
    assert len(marked) == 1


def test_only_an_enormous_paste_is_cut_and_at_a_sentence_end() -> None:
    text = SENTENCE * (3 * CHUNK // len(SENTENCE))
    pieces = MarkdownRenderer().render(text)
    assert 2 <= len(pieces) <= 4
    for piece in pieces[:-1]:
        assert isinstance(piece, Paragraph) and piece.getPlainText().rstrip().endswith(".")


def test_the_theory_is_in_every_period(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)  # the theory is dated 1 September 2025, its versions today
    out = tmp_path / "spring.pdf"
    result = export_portfolio(journal, PortfolioOptions(date_from=date(2026, 1, 1)), out)
    text = text_of(out)
    assert "Tillit och mod först." in text and "Version 2" in text
    assert "Feedback i ledningsgruppen" not in text  # other kinds keep to the period
    assert result.entries == 2  # the theory and the trip note
    only = tmp_path / "theory.pdf"
    export_portfolio(
        journal,
        PortfolioOptions(kinds=frozenset({EntryKind.THEORY}), date_from=date(2026, 1, 1)),
        only,
    )
    assert "Tillit och mod först." in text_of(only)
    before = tmp_path / "before.pdf"
    export_portfolio(
        journal,
        PortfolioOptions(date_from=date(2025, 8, 1), date_to=date(2026, 6, 30)),
        before,
    )
    text = text_of(before)
    assert "Tillit och mod först." in text
    assert "Version 1" not in text  # its versions were made after the period


def test_the_cover_says_what_a_filtered_export_holds(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    whole = tmp_path / "all.pdf"
    export_portfolio(journal, PortfolioOptions(), whole)
    cover = PdfReader(whole).pages[0].extract_text()
    assert "Urval" not in cover
    part = tmp_path / "part.pdf"
    export_portfolio(
        journal,
        PortfolioOptions(
            date_from=date(2025, 9, 1),
            date_to=date(2025, 12, 31),
            kinds=frozenset({EntryKind.EXPERIENCE, EntryKind.ARL}),
            tags=frozenset({"möte"}),
        ),
        part,
    )
    cover = " ".join(PdfReader(part).pages[0].extract_text().split())
    assert "Urval: 1 september 2025 – 31 december 2025" in cover
    assert "endast Action – Reflection – Learning och Erfarenheter" in cover
    assert "#möte" in cover


def test_a_period_that_ends_before_it_starts_is_refused(journal: Journal, tmp_path: Path) -> None:
    journal.save(Experience(title="En"))
    out = tmp_path / "p.pdf"
    with pytest.raises(ExportFailed, match=r"starts .* after it ends"):
        export_portfolio(
            journal, PortfolioOptions(date_from=date(2026, 6, 1), date_to=date(2026, 3, 1)), out
        )
    assert not out.exists()


def test_a_password_every_reader_opens(journal: Journal, tmp_path: Path) -> None:
    journal.save(Experience(title="Hemligt", body="Text."))
    longest = "å" * 63 + "x"  # 127 bytes of UTF-8
    out = tmp_path / "ok.pdf"
    export_portfolio(journal, PortfolioOptions(password=longest), out)
    assert "Hemligt" in text_of(out, password=longest)
    too_long = tmp_path / "long.pdf"
    with pytest.raises(ExportFailed, match="longer than 127 bytes"):
        export_portfolio(journal, PortfolioOptions(password="å" * 64), too_long)
    assert not too_long.exists()


def test_the_english_portfolio_speaks_english(journal: Journal, tmp_path: Path) -> None:
    import dataclasses

    from journal.domain import ArlEntry

    _fill(journal, language="en")
    programme = journal.programme()
    assert programme is not None
    journal.set_programme(dataclasses.replace(programme, name_en="Leaders of the Future"))
    source = next(e for e in journal.iter_entries() if e.title == "Morgonmötet på akuten")
    journal.save(ArlEntry(title="Worked up", from_experiences=(source.uid,)))
    out = tmp_path / "en.pdf"
    export_portfolio(journal, PortfolioOptions(language="en"), out)
    text = text_of(out)
    assert "Leaders of the Future" in text and "Framtidens ledare" not in text
    assert "“Morgonmötet på akuten”" in text and "”Morgonmötet" not in text
    metadata = PdfReader(out).metadata
    assert metadata is not None and metadata.get("/Subject") == "Leaders of the Future"


def test_the_running_header_stays_on_one_line() -> None:
    from journal.portfolio import styles as st
    from journal.portfolio.document import _one_line
    from journal.portfolio.text import fit_line

    half = st.FRAME_WIDTH / 2 - 8
    style = st.styles().header
    long_name = (
        "Karin Lindqvist · Regionernas utvecklingsprogram för framtidens förvaltningsledning"
    )
    fitted = fit_line(long_name, style.fontName, style.fontSize, half)
    assert fitted.endswith("…") and fitted.startswith("Karin Lindqvist")
    header = _one_line(long_name, style, half)
    _width, height = header.wrap(half, 100)
    assert height <= style.leading + 0.01  # one line
    assert fit_line("Kort", style.fontName, style.fontSize, half) == "Kort"


def test_a_date_is_never_split_over_two_lines() -> None:
    from journal.portfolio import styles as st
    from journal.portfolio.labels import labels_for

    labels = labels_for("sv")
    span = labels.span(date(2025, 12, 31), date(2026, 1, 1))
    assert span == "31\u00a0december\u00a02025 – 1\u00a0januari\u00a02026"
    text = "Anteckningar från mötena med sparringpartnern, " + span
    paragraph = Paragraph(text, st.styles().meta)
    for width in range(120, 400, 7):
        paragraph.wrap(width, 1000)
        lines = [" ".join(map(str, line[1])) for line in paragraph.blPara.lines]
        assert any("31\u00a0december\u00a02025" in line for line in lines), (width, lines)
        assert any("1\u00a0januari\u00a02026" in line for line in lines), (width, lines)


def test_a_photo_has_a_caption_on_its_notes_page(journal: Journal, tmp_path: Path) -> None:
    import io as _io

    from PIL import Image

    from journal.domain import Trip, TripNote

    trip = journal.save_trip(Trip(destination="Oslo", starts_on=date(2026, 5, 4)))
    note = journal.save(
        TripNote(
            title="Besök på Rikshospitalet",
            trip=trip,
            occurred_on=date(2026, 5, 5),
            place="Rikshospitalet",
            culture="Platt organisation. " * 40,
        )
    )
    assert note.id is not None
    picture = _io.BytesIO()
    Image.new("RGB", (1200, 900), (90, 120, 40)).save(picture, "JPEG")
    journal.add_attachment(
        note.id, picture.getvalue(), file_name="akuten-entré.jpg", media_type="image/jpeg"
    )
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages]
    with_title = [n for n, text in enumerate(pages) if "Besök på Rikshospitalet" in text]
    with_caption = [n for n, text in enumerate(pages) if "akuten-entré.jpg" in text]
    assert with_caption, "no caption"
    caption = next(t for t in pages if "akuten-entré.jpg" in t)
    assert "Rikshospitalet · 5 May 2026 · akuten-entré.jpg" in caption
    assert set(with_caption) <= set(with_title[-1:])  # on the page where the note is


def test_the_tag_index_links_to_the_pages_and_names_entries_of_a_long_tag(
    journal: Journal, tmp_path: Path
) -> None:
    long_text = "En lång dag på avdelningen. " * 130  # about a page each
    for n in range(14):
        journal.save(
            Experience(
                title=f"Dag {n + 1:02d}",
                occurred_on=date(2026, 3, n + 1),
                body=long_text,
                tags=("vardag",) + (("budget",) if n in (2, 9) else ()),
            )
        )
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    reader = PdfReader(out)
    index = reader.pages[-1]
    text = " ".join((index.extract_text() or "").split())
    assert "vardag Dag 01 (" in text and "Dag 14 (" in text  # by title: more than 12 pages
    budget = text[text.index("budget") :].split("vardag")[0]
    assert "Dag" not in budget and any(ch.isdigit() for ch in budget)  # two pages: numbers
    links = [
        annot.get_object()
        for annot in index.get("/Annots", [])
        if annot.get_object().get("/Subtype") == "/Link"
    ]
    assert len(links) >= 14 + 2


def test_a_theory_version_shows_what_changed_not_the_whole_theory_again() -> None:
    from journal.portfolio.diff import changes

    before = "Jag leder genom tillit. " * 40 + "Jag lyssnar först. " + "Jag ger ansvar. " * 40
    after = before.replace("Jag lyssnar först.", "Jag lyssnar först och frågar sedan.")
    atoms = changes(before, after)
    assert atoms is not None
    shown = "".join(text for kind, text, _ in atoms if kind == "text")
    assert "och frågar sedan." in shown
    assert len(shown) < 500 < len(after)  # the change with some context, not 1,600 characters
    assert shown.startswith("… ") and shown.rstrip().endswith("…")
    whole = changes(before, after, context=None)
    assert whole is not None
    assert len("".join(text for kind, text, _ in whole if kind == "text")) >= len(after) - 2


def test_a_version_heading_is_never_the_last_thing_on_a_page(
    journal: Journal, tmp_path: Path
) -> None:
    import dataclasses
    import random
    import shutil
    import subprocess

    from journal.domain import TheoryEntry

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext (scripts/test.sh installs it)")
    rnd = random.Random(3)
    theory = journal.save(TheoryEntry(title="Min teori", theory="Tillit först. " * 20))
    assert theory.id is not None
    for n in range(25):
        version = journal.add_theory_version(
            theory.id, f"Ändring {n}: " + "ord " * rnd.randint(0, 60)
        )
        more = f" Nytt stycke {n}. " + "mer text " * rnd.randint(5, 80)
        journal.save(dataclasses.replace(version, theory=version.theory + more))
    out = tmp_path / "theory.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    # Versions show what changed, not the whole theory 25 times; the whole of each is in
    # the appendix, after the rest of the portfolio.
    starts = {title: page for title, page in _section_pages(out).items()}
    assert starts["Appendix: the versions of my leadership theory"] < 25
    for page in range(3, result.pages):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        last = lines[-2]  # above the page number
        assert not last.startswith(("Version ", "Ändring ", "How the theory evolved")), (page, last)
        assert "removed added" not in last, (page, last)


def test_markdown_tables_keep_their_columns_alignment() -> None:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.platypus import Table

    text = "| Vad | Kostnad | Status |\n|:--|--:|:-:|\n| Vikarier | 12 500 kr | klart |"
    (table,) = MarkdownRenderer().render(text)
    assert isinstance(table, Table)
    cells = table._cellvalues
    for row in cells:
        assert [cell.style.alignment for cell in row] == [TA_LEFT, TA_RIGHT, TA_CENTER]


def test_a_list_is_followed_by_a_paragraphs_space() -> None:
    from reportlab.platypus import Spacer

    from journal.portfolio import styles as st

    flowables = MarkdownRenderer().render("Före.\n\n- ett\n- två\n\nEfter listan.")
    kinds = [type(f).__name__ for f in flowables]
    assert kinds == ["Paragraph", "Paragraph", "Paragraph", "Spacer", "Paragraph"]
    spacer = flowables[3]
    assert isinstance(spacer, Spacer)
    item = flowables[2]
    assert isinstance(item, Paragraph)
    assert spacer.height + item.style.spaceAfter == st.styles().body.spaceAfter


def test_the_chart_legend_keeps_clear_of_the_plot(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typing import Any

    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend

    from journal.portfolio import charts

    _fill(journal)  # four kinds: a legend of two rows
    made: list[Any] = []
    real = charts.months_chart

    def keep(ctx: Any) -> Any:
        made.append(real(ctx))
        return made[-1]

    monkeypatch.setattr(charts, "months_chart", keep)
    export_portfolio(journal, PortfolioOptions(), tmp_path / "p.pdf")
    (drawing,) = made
    plot = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    legend = next(c for c in drawing.contents if isinstance(c, Legend))
    _x0, legend_bottom, _x1, legend_top = legend.getBounds()
    assert legend_bottom >= plot.y + plot.height + 8
    assert legend_top <= drawing.height


def test_the_pdf_says_its_language_and_title(journal: Journal, tmp_path: Path) -> None:
    """What the README promises of the PDF's accessibility."""
    from typing import Any

    _fill(journal, language="da")
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    reader = PdfReader(out)
    root = reader.root_object
    assert str(root["/Lang"]) == "da-DK"
    preferences: Any = root["/ViewerPreferences"].get_object()
    assert bool(preferences["/DisplayDocTitle"])
    assert str(root["/PageMode"]) == "/UseOutlines"
    metadata = reader.metadata
    assert metadata is not None and "Karin Lind" in str(metadata.get("/Title"))


def test_a_line_of_body_text_holds_60_to_75_characters(journal: Journal, tmp_path: Path) -> None:
    """A typographer's measure: read back from the rendered page, line by line."""
    import statistics

    import pypdfium2 as pdfium

    from journal.demo import SV, SV_MORE

    body = " ".join(SV + SV_MORE)
    journal.save(Experience(title="Ett långt stycke", body=body))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    doc = pdfium.PdfDocument(out)
    try:
        lines = [
            line.strip()
            for page in doc
            for line in page.get_textpage().get_text_range().splitlines()
        ]
    finally:
        doc.close()
    words = set(body.split())
    full = [ln for ln in lines if len(ln) > 30 and set(ln.split()) <= words]
    assert len(full) > 10
    assert 60 <= statistics.mean(len(ln) for ln in full[:-1]) <= 75


def _section_pages(path: Path) -> dict[str, int]:
    """The first page of each top-level part of a portfolio, by its outline title."""
    reader = PdfReader(path)
    return {
        str(item.title): (reader.get_destination_page_number(item) or 0) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }


def test_the_theory_is_printed_whole_once_and_every_version_in_the_appendix(
    journal: Journal, tmp_path: Path
) -> None:
    import dataclasses

    from journal.domain import Participant, TheoryEntry

    journal.set_participant(Participant(name="Karin", language="sv"))
    first = "Jag leder genom att lita på medarbetarna och ge dem ansvar för helheten."
    second = first.replace("ge dem ansvar", "fråga dem först och ge dem ansvar")
    working = second + " Nyfikenhet är min tredje grundsten."
    theory = journal.save(TheoryEntry(title="Min teori", theory=first))
    assert theory.id is not None
    v1 = journal.add_theory_version(theory.id, "Utkastet")
    saved = journal.save(dataclasses.replace(v1, theory=second))
    journal.add_theory_version(theory.id, "Efter internatet")
    journal.save(dataclasses.replace(saved, theory=working))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    pages = _section_pages(out)
    appendix = pages["Bilaga: min ledarskapsteoris versioner"]
    reader = PdfReader(out)
    body = " ".join((reader.pages[n].extract_text() or "") for n in range(appendix - 1))
    back = " ".join(
        (reader.pages[n].extract_text() or "") for n in range(appendix - 1, len(reader.pages))
    )
    flat = " ".join(body.split())
    assert working in flat  # the working text, whole, at the top of the theory
    assert first not in flat  # the first version is not printed whole again
    whole = " ".join(back.split())
    assert first in whole and second in whole  # each version, whole, in the appendix
    # "The whole version is in the appendix" links there.
    page_of = {
        page.indirect_reference.idnum: n
        for n, page in enumerate(reader.pages, 1)
        if page.indirect_reference is not None
    }
    targets = {
        page_of.get(link["/Dest"][0].idnum)
        for page in reader.pages[: appendix - 1]
        for link in (a.get_object() for a in page.get("/Annots") or [])
        if link.get("/Subtype") == "/Link" and "/Dest" in link
    }
    assert any(t is not None and t >= appendix for t in targets)


def test_a_right_to_left_paragraph_reads_line_by_line_from_the_right(
    journal: Journal, tmp_path: Path
) -> None:
    """Hebrew over five lines: the first line holds the beginning, every line ends flush
    right, and the closing full stop stands at the left end of the last line."""
    import pypdfium2 as pdfium
    from bidi import get_display

    from journal.portfolio import styles as st

    words = [f"מילה{n}" if n % 5 else "זה היה יום ארוך" for n in range(60)]
    logical = " ".join(words) + "."
    journal.save(Experience(title="Hebrew", body=logical))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    doc = pdfium.PdfDocument(out)
    try:
        page = next(p for p in doc if "Hebrew" in p.get_textpage().get_text_range())
        text = page.get_textpage()
        rows: dict[int, list[tuple[float, float, str]]] = {}
        for i in range(text.count_chars()):
            ch = text.get_text_range(i, 1)
            if not ("\u0590" <= ch <= "\u05ff" or ch.isdigit() or ch == "."):
                continue
            left, bottom, right, _top = text.get_charbox(i, loose=True)
            rows.setdefault(round(bottom), []).append((left, right, ch))
    finally:
        doc.close()
    lines = [sorted(rows[y]) for y in sorted(rows, reverse=True)]  # top to bottom
    lines = [ln for ln in lines if any("\u0590" <= c <= "\u05ff" for _, _, c in ln)]
    assert len(lines) >= 4
    frame_right = st.PAGE_WIDTH - st.MARGIN_RIGHT
    for line in lines:
        assert abs(max(right for _, right, _ in line) - frame_right) < 2  # flush right
    first = "".join(c for _, _, c in lines[0])
    # Read right to left, the first line starts where the paragraph starts.
    assert get_display(first, base_dir="R").replace(" ", "").startswith("זההיהיוםארוך")
    assert lines[-1][0][2] == "."  # the full stop at the left end of the last line
    read = "".join(get_display("".join(c for _, _, c in ln), base_dir="R") for ln in lines)
    assert read.replace(" ", "") == logical.replace(" ", "")


def test_emoji_flags_and_korean_are_drawn_and_copy_back(journal: Journal, tmp_path: Path) -> None:
    """Each in a bundled font that has it (no "□"), and the text layer gives back what was
    written: ToUnicode entries for characters beyond U+FFFF are surrogate pairs."""
    import re

    import pikepdf
    import pypdfium2 as pdfium

    written = "Bra möte 😀 ❤ 👍 🇸🇪 — 한국어 병원 — 北京 𝄞"
    journal.save(Experience(title="Tecken", body=written))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    doc = pdfium.PdfDocument(out)
    try:
        pages = [p.get_textpage().get_text_range() for p in doc]
    finally:
        doc.close()
    assert any(written in " ".join(page.split()) for page in pages)
    assert written in " ".join(text_of(out).split())  # pypdf reads the same
    assert "\u25a1" not in "".join(pages)  # no box: every character has a font
    with pikepdf.open(out) as pdf:
        for font in (f for page in pdf.pages for f in page.Resources.Font.values()):
            if "/ToUnicode" not in font:
                continue
            cmap = font.ToUnicode.read_bytes().decode("latin-1")
            entries = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S))
            for target in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]+)>", entries):
                assert len(target) % 4 == 0, target  # UTF-16BE, never "<1F600>"


def test_no_heading_is_the_last_line_of_a_page(journal: Journal, tmp_path: Path) -> None:
    """Across a whole demo portfolio: a page never ends with a heading whose text is on
    the next page (every heading is an outline item, so the outline names them)."""
    import shutil
    import subprocess

    from journal.demo import make_demo_journal

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext (scripts/test.sh installs it)")
    make_demo_journal(journal, entries=120, seed=5, language="sv")
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    # Every heading below a part's (a part starts a page: it cannot end one).
    titles = {" ".join(title.split()) for depth, title in outline_titles(out) if depth > 0}
    ended: list[tuple[int, str]] = []
    for page in range(2, result.pages):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        last = lines[-2]  # above the page number
        if last in titles:
            ended.append((page, last))
    assert ended == []


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_the_overview_never_splits_a_date(journal: Journal, tmp_path: Path, language: str) -> None:
    """The overview's date column holds the longest two-day date of every month."""
    import shutil
    import subprocess

    from journal.domain import Participant, Programme, ProgrammeSession, SessionKind
    from journal.portfolio.labels import labels_for

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext (scripts/test.sh installs it)")
    journal.set_participant(Participant(name="Karin", language=language))
    sessions = tuple(
        ProgrammeSession(
            uid=f"s{m}",
            title=f"Internat {m}",
            kind=SessionKind.RESIDENTIAL,
            starts_on=date(2026, m, 27),
            ends_on=date(2026, m, 28),
        )
        for m in range(1, 13)
    )
    journal.set_programme(Programme(name="Programmet", sessions=sessions))
    journal.save(Experience(title="Något", occurred_on=date(2026, 3, 1), body="Text."))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = [" ".join(line.replace("\u00a0", " ").split()) for line in text.splitlines()]
    labels = labels_for(language)
    for m in range(1, 13):
        span = labels.span(date(2026, m, 27), date(2026, m, 28)).replace("\u00a0", " ")
        assert any(span in line for line in flat), span
