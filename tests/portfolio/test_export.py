"""The portfolio as a mentor receives it: what is in it, what is not, and how it is built."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journal.domain import (
    ArlEntry,
    EntryKind,
    Experience,
    Participant,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    SessionKind,
    TheoryEntry,
    Trip,
    TripNote,
)
from journal.portfolio import ExportCancelled, PortfolioOptions, export_portfolio
from journal.store import Journal
from tests import corpus
from tests.portfolio.helpers import outline_titles, pages_of, text_of


def _photo(width: int = 640, height: int = 480, orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (width, height), (40, 90, 120))
    if orientation is None:
        image.save(out, "JPEG")
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _fill(journal: Journal, language: str = "sv") -> None:
    journal.set_participant(
        Participant(
            name="Karin Lind", role="Verksamhetschef", organisation="Region X", language=language
        )
    )
    module = ProgrammeModule(uid="m1", name="Leda sig själv", themes=("självkännedom",))
    session = ProgrammeSession(
        uid="s1",
        title="Internat 1",
        kind=SessionKind.RESIDENTIAL,
        starts_on=date(2025, 9, 1),
        ends_on=date(2025, 9, 2),
        module_uid="m1",
    )
    journal.set_programme(
        Programme(
            name="Framtidens ledare",
            starts_on=date(2025, 8, 1),
            ends_on=date(2026, 6, 1),
            modules=(module,),
            sessions=(session,),
            competency_areas=("Leda andra", "Leda sig själv"),
        )
    )
    journal.save(
        Experience(
            title="Morgonmötet på akuten",
            occurred_on=date(2025, 9, 3),
            body="Jag **lyssnade** först.",
            tags=("möte",),
            competencies=("Leda andra",),
        )
    )
    journal.save(
        ArlEntry(
            title="Feedback i ledningsgruppen",
            occurred_on=date(2025, 9, 4),
            action="Jag gav feedback.",
            reflection="Det landade väl.",
            learning="Fråga först.",
            next_experiment="Prova igen.",
            session_uid="s1",
            tags=("feedback",),
        )
    )
    journal.save(
        Experience(
            title="Hemlig konflikt", occurred_on=date(2025, 9, 5), body="Privat.", private=True
        )
    )
    theory = journal.save(
        TheoryEntry(
            title="Min teori",
            occurred_on=date(2025, 9, 1),
            theory="Tillit först.",
            values="Öppenhet.",
            goals="Lyssna mer.",
        )
    )
    assert theory.id is not None
    journal.add_theory_version(theory.id, "Första utkastet")
    journal.save(
        TheoryEntry(
            id=theory.id,
            uid=theory.uid,
            title="Min teori",
            occurred_on=date(2025, 9, 1),
            theory="Tillit och mod först.",
            values="Öppenhet.",
            goals="Lyssna mer.",
        )
    )
    journal.add_theory_version(theory.id, "Efter internatet")
    trip = journal.save_trip(
        Trip(destination="Kina", starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 7))
    )
    note = journal.save(
        TripNote(
            title="Sjukhusbesök i Peking",
            trip=trip,
            occurred_on=date(2026, 3, 2),
            place="北京 协和医院",
            culture="Hierarki.",
            context="Stort.",
            communication="Tolk.",
        )
    )
    assert note.id is not None
    journal.add_attachment(
        note.id, _photo(orientation=6), file_name="bild.jpg", media_type="image/jpeg"
    )


def test_every_included_title_is_there_and_no_private_one(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    for title in (
        "Morgonmötet på akuten",
        "Feedback i ledningsgruppen",
        "Min teori",
        "Sjukhusbesök i Peking",
        "北京 协和医院",
        "Karin Lind",
        "Framtidens ledare",
    ):
        assert title in text
    assert "Hemlig konflikt" not in text
    assert result.entries == 4
    assert result.warnings == ()
    assert result.pages == pages_of(out)
    assert f"sida 2 av {result.pages}" in text


def test_private_entries_are_marked_when_included(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(include_private=True), out)
    text = text_of(out)
    assert "Hemlig konflikt PRIVAT" in text
    assert "Hemlig konflikt (Privat)" in {title for _, title in outline_titles(out)}


def test_outline_has_an_item_per_section(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    top = [title for depth, title in outline_titles(out) if depth == 0]
    assert top == [
        "Året i korthet",
        "Så kommenterar du portfolion",
        "Programöversikt",
        "Min ledarskapsteori",
        "Action – Reflection – Learning",
        "Erfarenheter",
        "Lärresor",
        "Diagram",
        "Bilaga: min ledarskapsteoris versioner",
        "Taggregister",
    ]
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Ledarskapsportfolio – Karin Lind"
    assert reader.metadata.author == "Karin Lind"


def test_theory_evolution_shows_versions_and_change_notes(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(kinds=frozenset({EntryKind.THEORY})), out)
    text = text_of(out)
    assert "Version 1" in text and "Version 2" in text
    assert "Första utkastet" in text and "Efter internatet" in text
    assert "och mod" in text  # the inserted words of version 2


def test_page_count_grows_with_content(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    small = tmp_path / "small.pdf"
    export_portfolio(journal, PortfolioOptions(), small)
    for n in range(40):
        journal.save(
            Experience(
                title=f"Erfarenhet {n}",
                occurred_on=date(2025, 10, 1),
                body="Ett stycke text om dagen. " * 40,
            )
        )
    big = tmp_path / "big.pdf"
    result = export_portfolio(journal, PortfolioOptions(), big)
    assert pages_of(big) > pages_of(small) + 5
    assert "Erfarenhet 39" in text_of(big)
    assert result.entries == 44


def test_filters_leave_out_what_was_not_chosen(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    uid = next(e.uid for e in journal.iter_entries() if e.title == "Morgonmötet på akuten")
    out = tmp_path / "p.pdf"
    result = export_portfolio(
        journal,
        PortfolioOptions(
            kinds=frozenset({EntryKind.EXPERIENCE, EntryKind.ARL}), exclude_uids=frozenset({uid})
        ),
        out,
    )
    text = text_of(out)
    assert "Feedback i ledningsgruppen" in text
    assert "Morgonmötet på akuten" not in text and "Sjukhusbesök" not in text
    assert result.entries == 1
    dated = tmp_path / "d.pdf"
    export_portfolio(journal, PortfolioOptions(date_from=date(2026, 1, 1)), dated)
    assert "Sjukhusbesök i Peking" in text_of(dated)
    assert "Feedback i ledningsgruppen" not in text_of(dated)


def test_encrypted_portfolio_needs_its_password(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p.pdf"
    export_portfolio(journal, PortfolioOptions(password="hemligt ord"), out)
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt("fel") == 0
    assert "Feedback i ledningsgruppen" in text_of(out, password="hemligt ord")
    assert list(folder.iterdir()) == [out]


def test_a_password_export_never_writes_plaintext_anywhere(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed at any moment (each check for cancellation), no file on disk holds the
    portfolio unencrypted: not beside the output, not in the system's temp folder."""
    import stat
    import tempfile

    _fill(journal)
    system_temp = tmp_path / "systemtemp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p.pdf"
    seen: list[Path] = []

    def look() -> bool:
        for path in [*folder.iterdir(), *system_temp.rglob("*")]:
            if path.is_file() and path.stat().st_size:
                seen.append(path)
                data = path.read_bytes()
                assert b"/Encrypt" in data, f"{path.name} is a plaintext portfolio"
                assert stat.S_IMODE(path.stat().st_mode) == 0o600
        return False

    export_portfolio(journal, PortfolioOptions(password="hemligt ord"), out, cancelled=look)
    look()
    assert seen and list(folder.iterdir()) == [out]
    assert list(system_temp.iterdir()) == []


def test_danish_journal_has_danish_headings(journal: Journal, tmp_path: Path) -> None:
    _fill(journal, language="da")
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    for heading in (
        "Indhold",
        "Min ledelsesteori",
        "Action – Reflection – Learning",
        "Erfaringer",
        "Studieture",
        f"side 2 af {result.pages}",
        # the cover counts, one and more than one
        "1 A–R–L-notat",
        "1 erfaring ",
    ):
        assert heading in text
    assert "Innehåll" not in text
    journal.save(Experience(title="Endnu en", occurred_on=date(2025, 9, 5), body="x"))
    export_portfolio(journal, PortfolioOptions(), out)
    assert "2 erfaringer" in text_of(out)


def test_special_character_corpus_comes_back(journal: Journal, tmp_path: Path) -> None:
    texts = corpus.texts()
    for name, body in texts.items():
        journal.save(Experience(title=f"Korpus {name}", occurred_on=date(2025, 9, 1), body=body))
    journal.save(Experience(title='<b>fet & farlig</b> "titel"', occurred_on=date(2025, 9, 2)))
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert result.entries == len(texts) + 1
    assert "<b>fet & farlig</b>" in text
    for fragment in (
        "åäö ÅÄÖ æøå ÆØÅ “citat” ‘enkla’ – tankstreck",
        "学习之旅：北京 上海 广州",
        "<b>bold?</b> & &amp; </para> <font name='x'>",
        "Lång inklistrad text om förbättringsarbete <tag> & mer",
    ):
        assert fragment in text
    # the whole megabyte is there: count the repeated sentence
    assert text.count("utan radbrytningar") >= 12_000


def test_bad_photos_become_placeholders(journal: Journal, tmp_path: Path) -> None:
    note = journal.save(TripNote(title="Resa", occurred_on=date(2025, 9, 1)))
    assert note.id is not None
    journal.add_attachment(
        note.id, corpus.truncated_jpeg()[:200], file_name="trasig.jpg", media_type="image/jpeg"
    )
    journal.add_attachment(
        note.id, corpus.not_an_image(), file_name="inte.jpg", media_type="image/jpeg"
    )
    journal.add_attachment(note.id, _photo(), file_name="bra.jpg", media_type="image/jpeg")
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(language="en"), out)
    assert len(result.warnings) == 2
    text = text_of(out)
    assert "trasig.jpg" in text and "inte.jpg" in text


def test_huge_photo_is_scaled_not_fatal(journal: Journal, tmp_path: Path) -> None:
    note = journal.save(TripNote(title="Stor bild", occurred_on=date(2025, 9, 1)))
    assert note.id is not None
    journal.add_attachment(
        note.id, corpus.huge_jpeg(), file_name="40mp.jpg", media_type="image/jpeg"
    )
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    assert result.warnings == ()
    assert out.stat().st_size < 3_000_000


def test_cancel_leaves_no_file_and_keeps_an_old_one(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p.pdf"
    out.write_bytes(b"earlier export")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(ExportCancelled):
        export_portfolio(
            journal, PortfolioOptions(), out, progress=progress, cancelled=lambda: len(seen) >= 2
        )
    assert out.read_bytes() == b"earlier export"
    assert list(folder.iterdir()) == [out]
    assert seen and seen[-1][1] == 4


def test_failed_write_leaves_nothing(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    folder = tmp_path / "out"
    folder.mkdir()
    blocked = folder / "not-a-folder"
    blocked.write_text("a file")
    from journal.portfolio import ExportFailed

    with pytest.raises(ExportFailed):
        export_portfolio(journal, PortfolioOptions(), blocked / "p.pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["not-a-folder"]


def test_empty_journal_exports(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(language="en"), out)
    assert result.entries == 0
    assert "No entries." in text_of(out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_it_without_complaint(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(include_private=True), out)
    for tool in (["pdfinfo", str(out)], ["pdftotext", str(out), "-"]):
        run = subprocess.run(tool, capture_output=True, text=True, check=True)
        assert run.stderr == ""


def test_session_notes_have_their_own_section_in_the_period(
    journal: Journal, tmp_path: Path
) -> None:
    _fill(journal, language="da")
    programme = journal.programme()
    assert programme is not None
    talks = (
        ProgrammeSession(
            title="Ledersparring 1",
            kind=SessionKind.SPARRING,
            starts_on=date(2025, 10, 6),
            agenda="Uddelegering <og> tillid",
            notes="Vi talte om at sige **nej**.",
            next_steps="Teamet leder mandagsmødet.",
        ),
        ProgrammeSession(
            title="Ledersparring 2",
            kind=SessionKind.SPARRING,
            starts_on=date(2026, 2, 2),
            notes="Uden for perioden",
        ),
        ProgrammeSession(title="Ledersparring 3", starts_on=date(2025, 11, 1)),  # no notes
        ProgrammeSession(  # notes on any kind of session (review 1.14, 1.15)
            title="Tværgående ledermøde",
            kind=SessionKind.OTHER,
            starts_on=date(2025, 11, 12),
            notes="Vi valgte én fælles indikator.",
        ),
    )
    journal.set_programme(dataclasses.replace(programme, sessions=(*programme.sessions, *talks)))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(date_to=date(2025, 12, 31)), out)
    text = text_of(out)
    for expected in (
        "Ledersparring 1",
        "DAGSORDEN",  # labels are set in small capitals
        "Uddelegering <og> tillid",
        "HVAD DER BLEV SAGT",
        "Vi talte om at sige nej.",
        "AFTALTE NÆSTE SKRIDT",
        "Teamet leder mandagsmødet.",
        "Ledersparring · 6. oktober 2025",  # each session with its kind
        "Tværgående ledermøde Andet · 12. november 2025",
        "Vi valgte én fælles indikator.",
    ):
        assert expected in text, expected
    assert "Uden for perioden" not in text
    assert (0, "Mødenoter") in outline_titles(out)
    assert (1, "Ledersparring 1") in outline_titles(out)
    assert not any(title == "Ledersparring 3" for _, title in outline_titles(out))
