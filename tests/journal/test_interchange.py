from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.demo import make_demo_journal
from journal.domain import ArlEntry, Experience, TheoryEntry, TheoryVersion, Trip, TripNote
from journal.errors import ImportFormatError
from journal.interchange import export_document, export_json, import_json
from journal.store import Journal, open_journal

SCHEMA = Path(__file__).parents[2] / "resources" / "format.schema.json"

# Any Unicode text SQLite and JSON can hold: everything but lone surrogates.
any_text = st.text(st.characters(codec="utf-8"), max_size=200)


def test_round_trip_of_a_demo_journal_is_identical(tmp_path: Path) -> None:
    with open_journal(tmp_path / "a") as a:
        make_demo_journal(a, entries=60, seed=3, photos=3)
        export_json(a, tmp_path / "one.json")
    with open_journal(tmp_path / "b") as b:
        result = import_json(b, tmp_path / "one.json")
        assert result.imported == 60 and result.skipped == 0
        export_json(b, tmp_path / "two.json")
        # Importing the same file again adds nothing and loses nothing.
        again = import_json(b, tmp_path / "one.json")
        assert again.imported == 0 and again.skipped == 60
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_export_matches_the_published_schema(journal: Journal) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    make_demo_journal(journal, entries=25, seed=5, photos=2)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(export_document(journal), schema)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=any_text, body=any_text, tag=any_text, theory=any_text, place=any_text)
def test_any_text_survives_save_and_export_import(
    tmp_path: Path, title: str, body: str, tag: str, theory: str, place: str
) -> None:
    _check_round_trip(tmp_path, title, body, tag, theory, place)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "nul\x00byte and \x01\x07\x1b control",
        "emoji 😀👩🏽‍⚕️ and CJK 北京 上海",
        "right-to-left: שלום עולם مرحبا",
        "<b>&amp; **unbalanced _markdown ` [link](",
    ],
)
def test_hostile_text_survives(tmp_path: Path, text: str) -> None:
    _check_round_trip(tmp_path, text, text, text[:100], text, text)


def _check_round_trip(
    tmp_path: Path, title: str, body: str, tag: str, theory: str, place: str
) -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    with open_journal(folder / "src") as src:
        exp = src.save(Experience(title=title, body=body, tags=(tag,)))
        assert exp.id is not None
        assert src.get_entry(exp.id) == exp
        src.save(
            TheoryEntry(
                title=title,
                theory=theory,
                versions=(
                    TheoryVersion(
                        created_at=datetime(2025, 1, 1, tzinfo=UTC), theory=body, change_note=title
                    ),
                ),
            )
        )
        src.save(ArlEntry(title=title, reflection=body, from_experiences=(exp.uid,)))
        note = src.save(TripNote(title=title, trip=Trip(destination=place), place=place))
        assert note.id is not None
        src.add_attachment(note.id, body.encode(), file_name=title[:50], media_type="image/png")
        export_json(src, folder / "a.json")
        first = export_document(src)
    with open_journal(folder / "dst") as dst:
        import_json(dst, folder / "a.json")
        assert export_document(dst) == first
        loaded = dst.get_entry_by_uid(exp.uid)
        assert isinstance(loaded, Experience) and loaded.body == body and loaded.title == title


def _valid_document(tmp_path: Path) -> dict[str, Any]:
    with open_journal(tmp_path / "valid") as j:
        make_demo_journal(j, entries=8, seed=1, photos=1)
        document = export_document(j)
    return document


def _broken(doc: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["format"], "something-else", "not a Leadership Journal export"),
        (["version"], 99, "newer than this app reads"),
        (["entries", 2, "kind"], "poem", "entries[2].kind: unknown kind 'poem'"),
        (["entries", 3, "occurred_on"], "31/12/2025", "entries[3].occurred_on: not an ISO date"),
        (["entries", 1, "title"], KeyError, "entries[1]: missing field 'title'"),
        (["entries", 4, "private"], "yes", "entries[4].private: must be true or false"),
        (["entries", 5, "tags"], "möte", "entries[5].tags: must be a list of text"),
        (["entries", 6, "session"], "no-such-session", "entries[6].session: no session"),
        (["programme", "sessions", 0, "kind"], "party", "unknown session kind 'party'"),
        (["participant", "name"], 7, "participant.name: must be text"),
    ],
)
def test_invalid_file_imports_nothing_and_names_the_problem(
    tmp_path: Path, journal: Journal, path: list[Any], value: Any, message: str
) -> None:
    doc = _broken(_valid_document(tmp_path), path, value)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=_escape(message)):
        import_json(journal, bad)
    assert journal.count_entries() == 0
    assert journal.participant() is None and journal.programme() is None


def test_malformed_json_names_the_line(tmp_path: Path, journal: Journal) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n "format": "leadership-journal",\n "entries": [,]\n}', encoding="utf-8")
    with pytest.raises(ImportFormatError, match="line 3"):
        import_json(journal, bad)


def test_bad_attachment_data_imports_nothing(tmp_path: Path, journal: Journal) -> None:
    doc = _valid_document(tmp_path)
    note = next(e for e in doc["entries"] if e["kind"] == "trip_note" and e["attachments"])
    note["attachments"][0]["data"] = "not base64!"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not valid base64"):
        import_json(journal, bad)
    assert journal.count_entries() == 0


def test_import_into_a_used_journal_makes_a_backup(tmp_path: Path, journal: Journal) -> None:
    journal.save(Experience(title="mine", occurred_on=date(2025, 1, 1)))
    doc = _valid_document(tmp_path)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_json(journal, path)
    assert journal.count_entries() == 1 + len(doc["entries"])
    assert list((journal.folder / "backups").glob("*before-import*"))


def _escape(text: str) -> str:
    import re

    return re.escape(text)
