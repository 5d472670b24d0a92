"""Photos belong to every kind of entry: stored, exported, imported and in the portfolio."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from journal.domain import ArlEntry, Experience, TheoryEntry
from journal.interchange import export_json, import_json
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal, open_journal


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(out, "JPEG")
    return out.getvalue()


def _with_photos(journal: Journal) -> None:
    for n, entry in enumerate(
        (
            Experience(title="Ronden", body="Vi gick runt."),
            ArlEntry(title="Försöket", action="Jag provade."),
            TheoryEntry(title="Min teori", theory="Tillit först."),
        )
    ):
        stored = journal.save(entry)
        assert stored.id is not None
        journal.add_attachment(
            stored.id, _jpeg((40 * n, 90, 200)), file_name=f"bild{n}.jpg", media_type="image/jpeg"
        )


def test_every_kind_keeps_its_photos_through_json(journal: Journal, tmp_path: Path) -> None:
    _with_photos(journal)
    names = {
        s.title: [a.file_name for a in journal.get_entry(s.id).attachments]
        for s in journal.list_entries()
    }
    assert names == {"Ronden": ["bild0.jpg"], "Försöket": ["bild1.jpg"], "Min teori": ["bild2.jpg"]}
    export_json(journal, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert all(len(e["attachments"]) == 1 for e in document["entries"])
    with open_journal(tmp_path / "other") as other:
        import_json(other, tmp_path / "all.json")
        export_json(other, tmp_path / "again.json")
        kept = {s.title: other.get_entry(s.id).attachments for s in other.list_entries()}
        assert all(len(a) == 1 for a in kept.values()) and len(kept) == 3
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "all.json").read_bytes()


def test_an_entry_without_photos_is_exported_as_before(journal: Journal, tmp_path: Path) -> None:
    journal.save(Experience(title="Utan bild", body="text"))
    export_json(journal, tmp_path / "one.json")
    (entry,) = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))["entries"]
    assert "attachments" not in entry  # files from before photos on every kind stay the same


def test_the_portfolio_shows_the_photos_of_every_kind(journal: Journal, tmp_path: Path) -> None:
    _with_photos(journal)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    images = sum(len(page.images) for page in PdfReader(out).pages)
    assert images == 3


def test_a_caption_she_writes_is_kept_printed_and_travels(journal: Journal, tmp_path: Path) -> None:
    import pytest

    from journal.errors import TooLargeError
    from tests.portfolio.helpers import text_of

    _with_photos(journal)
    ronden = next(s for s in journal.list_entries() if s.title == "Ronden")
    assert ronden.id is not None
    (photo,) = journal.get_entry(ronden.id).attachments
    stored = journal.set_attachment_caption(photo.id, "  Morgonronden\n på avd. 12  ")
    assert stored.caption == "Morgonronden på avd. 12"  # one line, as it is printed
    assert journal.get_entry(ronden.id).attachments[0].caption == stored.caption
    (full,) = [e for e in journal.iter_entries() if e.uid == ronden.uid]
    assert full.attachments[0].caption == stored.caption  # the export's read too
    with pytest.raises(TooLargeError):
        journal.set_attachment_caption(photo.id, "x" * 301)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert "Morgonronden på avd. 12" in text
    assert "bild0.jpg" not in text and "bild1.jpg" in text  # the file name only without one
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other") as other:
        import_json(other, tmp_path / "all.json")
        captions = {
            s.title: [a.caption for a in other.get_entry(s.id).attachments]
            for s in other.list_entries()
        }
    assert captions["Ronden"] == ["Morgonronden på avd. 12"] and captions["Försöket"] == [""]
