"""Deleting moves an entry to the Trash: out of everything but the JSON export, for 30 days."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from journal import limits, store
from journal.domain import ArlEntry, EntryFilter, EntryKind, Experience, first_words
from journal.errors import EntryNotFoundError
from journal.interchange import export_json, import_json
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal, open_journal
from tests.portfolio.helpers import text_of

TRASH = EntryFilter(in_trash=True)


def _two(journal: Journal) -> tuple[Experience, Experience]:
    kept = journal.save(
        Experience(title="Kept note", body="Zebra crossing at the ward", tags=("team",))
    )
    gone = journal.save(
        Experience(title="Binned note", body="Zebra stripes in the corridor", tags=("bin",))
    )
    return kept, gone


def test_a_trashed_entry_leaves_lists_counts_search_and_tags(journal: Journal) -> None:
    kept, gone = _two(journal)
    assert gone.id is not None
    assert gone.id is not None
    journal.trash_entry(gone.id)

    assert [s.title for s in journal.list_entries()] == ["Kept note"]
    assert journal.count_entries() == 1
    assert [h.title for h in journal.search("zebra")] == ["Kept note"]
    assert journal.tags() == [("team", 1)]
    assert [f.title for f in journal.entry_facts()] == ["Kept note"]
    assert journal.titles([gone.uid, kept.uid]) == {kept.uid: "Kept note"}
    # ... and is in the Trash, with the moment it went there.
    trash = journal.list_entries(TRASH)
    assert [s.title for s in trash] == ["Binned note"]
    assert trash[0].deleted_at is not None
    assert journal.count_entries(TRASH) == 1
    assert journal.get_entry(gone.id).deleted_at is not None


def test_restore_brings_it_back_as_it_was(journal: Journal) -> None:
    _kept, gone = _two(journal)
    assert gone.id is not None
    assert gone.id is not None
    journal.trash_entry(gone.id)
    journal.restore_entry(gone.id)
    back = journal.get_entry(gone.id)
    assert back == gone
    assert journal.count_entries() == 2
    assert journal.count_entries(TRASH) == 0
    assert {h.title for h in journal.search("zebra")} == {"Kept note", "Binned note"}
    assert ("bin", 1) in journal.tags()


def test_trash_and_restore_of_a_missing_entry_say_so(journal: Journal) -> None:
    with pytest.raises(EntryNotFoundError):
        journal.trash_entry(9999)
    with pytest.raises(EntryNotFoundError):
        journal.restore_entry(9999)


def test_the_trash_is_emptied_of_entries_older_than_thirty_days(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = journal.save(Experience(title="Old", body="x"))
    recent = journal.save(Experience(title="Recent", body="y"))
    assert old.id is not None and recent.id is not None
    long_ago = datetime.now(UTC) - timedelta(days=limits.TRASH_DAYS + 1)
    from journal.storage import records

    monkeypatch.setattr(records, "utc_now", lambda: long_ago)
    journal.trash_entry(old.id)
    monkeypatch.undo()
    journal.trash_entry(recent.id)

    assert journal.start_of_day() is None
    assert [s.title for s in journal.list_entries(TRASH)] == ["Recent"]
    with pytest.raises(EntryNotFoundError):
        journal.get_entry(old.id)
    assert journal.empty_trash() == 1
    assert journal.count_entries(EntryFilter(in_trash=None)) == 0


def test_the_json_export_keeps_the_trash_and_an_import_puts_it_back(
    journal: Journal, tmp_path: Path
) -> None:
    _kept, gone = _two(journal)
    assert gone.id is not None
    assert gone.id is not None
    journal.trash_entry(gone.id)
    export_json(journal, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    by_title = {e["title"]: e for e in document["entries"]}
    assert "deleted_at" in by_title["Binned note"]
    assert "deleted_at" not in by_title["Kept note"]

    with open_journal(tmp_path / "other") as other:
        assert import_json(other, tmp_path / "all.json").imported == 2
        assert [s.title for s in other.list_entries()] == ["Kept note"]
        assert [s.title for s in other.list_entries(TRASH)] == ["Binned note"]
        export_json(other, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "all.json").read_bytes()


def test_the_portfolio_leaves_out_the_trash(journal: Journal, tmp_path: Path) -> None:
    _two(journal)
    arl = journal.save(
        ArlEntry(title="Trashed reflection", action="a", occurred_on=date(2026, 3, 1))
    )
    assert arl.id is not None
    journal.trash_entry(arl.id)
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert "Kept note" in text
    assert "Binned note" in text  # not trashed
    assert "Trashed reflection" not in text
    assert result.entries == 2


def test_an_untitled_entry_is_listed_by_its_first_words(journal: Journal) -> None:
    journal.save(Experience(body="\n## **Morning** huddle went   sideways when the rota changed"))
    journal.save(ArlEntry(reflection="- I waited too long to speak"))
    rows = {s.kind: s for s in journal.list_entries()}
    expected = "Morning huddle went sideways when the rota changed"
    assert rows[EntryKind.EXPERIENCE].preview == expected
    assert rows[EntryKind.ARL].preview == "I waited too long to speak"
    assert store.summary_of(journal.get_entry(rows[EntryKind.ARL].id)).preview == (
        "I waited too long to speak"
    )


def test_first_words_cuts_at_a_word() -> None:
    text = "Today the whole team met to plan the winter rota and nobody agreed on anything"
    short = first_words(text, limit=40)
    assert short.endswith("…") and len(short) <= 41
    assert text.startswith(short[:-1])
    assert first_words("  \n\n> quoted *start*") == "quoted start"


def test_the_entry_list_pages_through_its_index_not_a_sort(journal: Journal) -> None:
    """An index on deleted_at made SQLite sort every entry for each page of the list."""
    import sqlite3

    from sqlalchemy import select

    from journal.storage.records import filtered
    from journal.storage.schema import EntryRecord, SessionRecord

    query = (
        filtered(
            select(*store._summary_columns()).outerjoin(
                SessionRecord, EntryRecord.session_id == SessionRecord.id
            ),
            EntryFilter(),
        )
        .order_by(EntryRecord.occurred_on.desc(), EntryRecord.id.desc())
        .limit(200)
    )
    sql = str(query.compile(compile_kwargs={"literal_binds": True}))
    with sqlite3.connect(journal.path) as con:
        plan = " ".join(str(row[3]) for row in con.execute("EXPLAIN QUERY PLAN " + sql))
    assert "ix_entries_occurred_on_id" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan


def test_counts_outside_the_trash_read_no_entry_row(journal: Journal) -> None:
    """The window's first count and its tag counts read indexes: "deleted_at IS NULL"
    alone made SQLite read every entry, text and all (15 ms before the first paint at
    10,000 entries)."""
    import sqlite3

    from sqlalchemy import event

    from journal.storage import plain_reads

    _kept, gone = _two(journal)
    journal.save(Experience(title="Third", body="More", tags=("team",)))
    assert gone.id is not None
    journal.trash_entry(gone.id)
    statements: list[tuple[str, object]] = []

    def record(_c: object, _cur: object, sql: str, params: object, *_: object) -> None:
        statements.append((sql, params))

    event.listen(journal._engine, "before_cursor_execute", record)
    try:
        assert journal.count_entries() == 2
        assert journal.count_entries(TRASH) == 1
        assert journal.tags() == [("team", 2)]
    finally:
        event.remove(journal._engine, "before_cursor_execute", record)
    assert len(statements) == 1  # the count of the Trash; the others are plain reads
    statements += [
        (plain_reads._COUNT_OUTSIDE_TRASH, ()),
        (plain_reads._TAG_COUNTS, ()),
        (plain_reads.SUMMARIES, (200, 0)),
    ]
    with sqlite3.connect(journal.path) as con:
        for sql, params in statements:
            rows = con.execute("EXPLAIN QUERY PLAN " + sql, params)  # type: ignore[arg-type]
            steps = [str(row[3]) for row in rows]
            full_scans = [s for s in steps if s.startswith("SCAN entries") and "INDEX" not in s]
            assert not full_scans, (sql, steps)
