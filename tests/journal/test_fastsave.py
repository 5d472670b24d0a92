"""The autosave path writes exactly what the ORM path writes, and is taken when it can be."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.domain import ArlEntry, Entry, Experience
from journal.storage.fastsave import try_update_in_place
from journal.storage.records import save_in, utc_now
from journal.store import Journal, open_journal


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    with open_journal(tmp_path_factory.mktemp("fastsave"), daily_backup=False) as j:
        yield j


def _row(journal: Journal, entry_id: int) -> tuple[object, ...]:
    with journal._engine.connect() as c:
        row = c.exec_driver_sql(
            "SELECT title, occurred_on, private, body, action, reflection, learning, "
            "next_experiment, theory, values_text, goals, place FROM entries WHERE id = ?",
            (entry_id,),
        ).one()
        indexed = c.exec_driver_sql(
            "SELECT title, text FROM search_index WHERE rowid = ?", (entry_id,)
        ).one()
    return (*row, *indexed)


def _both_ways(journal: Journal, stored: Entry, changed: Entry) -> tuple[tuple[object, ...], ...]:
    """The rows after writing ``changed`` by the in-place path, then by the ORM path."""
    assert stored.id is not None
    with journal._engine.begin() as connection:
        assert try_update_in_place(connection, changed, utc_now()) is not None
    fast = _row(journal, stored.id)
    with journal._write() as s:
        save_in(s, changed, keep_timestamps=False)
    return fast, _row(journal, stored.id)


texts = st.text(st.characters(codec="utf-8"), max_size=300)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, body=texts, private=st.booleans())
def test_an_experience_is_written_the_same_either_way(
    journal: Journal, title: str, body: str, private: bool
) -> None:
    stored = journal.save(
        Experience(title="start", body="text", tags=("Tillit", "möte"), competencies=("Leda",))
    )
    changed = dataclasses.replace(stored, title=title, body=body, private=private)
    fast, orm = _both_ways(journal, stored, changed)
    assert fast == orm


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(action=texts, reflection=texts, learning=texts, next_experiment=texts)
def test_an_arl_entry_is_written_the_same_either_way(
    journal: Journal, action: str, reflection: str, learning: str, next_experiment: str
) -> None:
    source = journal.save(Experience(title="källa"))
    stored = journal.save(ArlEntry(title="arl", from_experiences=(source.uid,), tags=("b", "A")))
    changed = dataclasses.replace(
        stored,
        action=action,
        reflection=reflection,
        learning=learning,
        next_experiment=next_experiment,
    )
    fast, orm = _both_ways(journal, stored, changed)
    assert fast == orm


def test_the_in_place_path_returns_the_lists_as_a_reload_gives_them(journal: Journal) -> None:
    stored = journal.save(Experience(title="x", tags=("b", "A", "c"), competencies=("Z", "Y")))
    saved = journal.save(dataclasses.replace(stored, body="ny text"))
    assert saved.id is not None
    assert saved == dataclasses.replace(journal.get_entry(saved.id), updated_at=saved.updated_at)


@pytest.mark.parametrize(
    "change",
    [
        {"tags": ("ny",)},
        {"competencies": ("Annat",)},
        {"session_uid": "nope"},
        {"id": None},
    ],
)
def test_a_change_of_links_takes_the_orm_path(journal: Journal, change: dict[str, object]) -> None:
    stored = journal.save(Experience(title="x", tags=("a",), competencies=("Leda",)))
    with journal._engine.begin() as connection:
        changed = dataclasses.replace(stored, **change)  # type: ignore[arg-type]
        assert try_update_in_place(connection, changed, utc_now()) is None


def test_a_theory_entry_takes_the_orm_path(journal: Journal, data_dir: Path) -> None:
    from journal.domain import TheoryEntry

    stored = journal.save(TheoryEntry(title="teori", theory="a"))
    with journal._engine.begin() as connection:
        changed = dataclasses.replace(stored, theory="b")
        assert try_update_in_place(connection, changed, utc_now()) is None
