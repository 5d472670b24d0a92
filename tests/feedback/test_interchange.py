"""The mentor's comments in the JSON interchange format: documented, in the schema,
and exact in a round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from journal.errors import ImportFormatError
from journal.feedback.importer import preview
from journal.interchange import export_document, export_json, import_json
from journal.store import Journal, open_journal
from tests.feedback.helpers import annotation, export

SCHEMA = Path(__file__).parents[2] / "resources" / "format.schema.json"


def _with_comments(journal: Journal, tmp_path: Path) -> Path:
    exported = export(journal, tmp_path / "p.pdf")
    place = exported.place("Morgonmötet")
    with pikepdf.open(exported.path) as pdf:
        box = [60, place.top - 40, 80, place.top - 20]
        first = annotation(pdf, place.page, "/Text", box, contents="Ring 19121212-1212?")
        annotation(pdf, place.page, "/Text", box, contents="Eller skriv.", reply_to=first)
        annotation(pdf, 1, "/Text", [60, 700, 80, 720], contents="Helheten är stark.", when=None)
        pdf.save(tmp_path / "back.pdf")
    journal.add_mentor_comments(preview(journal, tmp_path / "back.pdf").comments)
    asked = journal.mentor_comments(exported.entries["Morgonmötet"].uid)[0]
    journal.respond_to_comment(asked.uid, "Jag ringde – *det* hjälpte.")
    return tmp_path / "back.pdf"


def test_comments_and_their_exports_round_trip_exactly(journal: Journal, tmp_path: Path) -> None:
    back = _with_comments(journal, tmp_path)
    document = export_document(journal)
    assert len(document["mentor_feedback"]) == 3
    assert len(document["portfolio_exports"]) == 1
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "restored", daily_backup=False) as restored:
        import_json(restored, tmp_path / "all.json")
        again = export_document(restored)
        assert again["mentor_feedback"] == document["mentor_feedback"]
        assert again["portfolio_exports"] == document["portfolio_exports"]
        assert restored.mentor_comments() == journal.mentor_comments()
        # The restored journal knows the export: the same returned file adds nothing,
        # and a comment made later on it is placed on its entry.
        assert preview(restored, back).already == 3
        import_json(restored, tmp_path / "all.json")  # a second import adds nothing
        assert len(restored.mentor_comments()) == 3


def test_a_journal_without_comments_writes_the_document_as_before(journal: Journal) -> None:
    document = export_document(journal)
    assert "mentor_feedback" not in document and "portfolio_exports" not in document


def test_a_copy_to_share_masks_numbers_in_comments(journal: Journal, tmp_path: Path) -> None:
    _with_comments(journal, tmp_path)
    shared = json.dumps(export_document(journal, mask=True), ensure_ascii=False)
    assert "19121212-1212" not in shared and "Ring XXXXXXXX-XXXX?" in shared
    assert "19121212-1212" in json.dumps(export_document(journal), ensure_ascii=False)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "doodle", "mentor_feedback[0].kind"),
        ("written_at", "yesterday", "mentor_feedback[0].written_at"),
        ("page", -1, "mentor_feedback[0].page"),
        ("entry_uid", "x" * 40, "mentor_feedback[0].entry_uid"),
    ],
)
def test_a_bad_comment_imports_nothing_and_names_its_place(
    journal: Journal, tmp_path: Path, field: str, value: object, message: str
) -> None:
    _with_comments(journal, tmp_path)
    document = export_document(journal)
    document["mentor_feedback"][0][field] = value
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        with pytest.raises(ImportFormatError, match=message.replace("[", r"\[")):
            import_json(other, tmp_path / "bad.json")
        assert other.count_entries() == 0 and other.mentor_comments() == []
