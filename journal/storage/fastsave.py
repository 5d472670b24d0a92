"""The autosave path: an entry's own columns rewritten in place, with SQLAlchemy Core.

Autosave runs on the UI thread about once a second while someone types. Through the ORM
an update loads the entry and its collections and costs several times a plain UPDATE.
When only the entry's own columns changed (its texts, title, day, privacy) and its
session, tags, competencies and sources are as stored, this path writes the same
columns and the same search-index text as the ORM path (``records.entry_columns`` and
``records.index_text_of``), with one UPDATE. Anything else returns None and the ORM
path (``records.save_in``) does the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, Connection, Update, bindparam, select, update

from journal.domain import ArlEntry, Entry, Experience
from journal.storage.records import (
    DELETE_INDEX,
    INSERT_INDEX,
    clean_names,
    entry_columns,
    index_text_of,
)
from journal.storage.schema import (
    CompetencyRecord,
    EntryRecord,
    SessionRecord,
    TagRecord,
    arl_sources,
    entry_competencies,
    entry_tags,
)


@dataclass(frozen=True)
class Stored:
    """What the entry's list fields hold, in the order the journal reads them back."""

    tags: tuple[str, ...]
    competencies: tuple[str, ...]
    sources: tuple[str, ...]


# Built once: only their parameters change from one keystroke's save to the next.
_ENTRY: BindParameter[int] = bindparam("entry_id")
_KIND_AND_SESSION = (
    select(EntryRecord.kind, SessionRecord.uid)
    .outerjoin(SessionRecord, EntryRecord.session_id == SessionRecord.id)
    .where(EntryRecord.id == _ENTRY)
)
_TAGS = (
    select(TagRecord.name)
    .join(entry_tags, entry_tags.c.tag_id == TagRecord.id)
    .where(entry_tags.c.entry_id == _ENTRY)
    .order_by(TagRecord.name)  # NOCASE, as the column is declared
)
_COMPETENCIES = (
    select(CompetencyRecord.name)
    .join(entry_competencies, entry_competencies.c.competency_id == CompetencyRecord.id)
    .where(entry_competencies.c.entry_id == _ENTRY)
    .order_by(CompetencyRecord.position, CompetencyRecord.id)
)
_SOURCES = (
    select(EntryRecord.uid)
    .join(arl_sources, arl_sources.c.experience_id == EntryRecord.id)
    .where(arl_sources.c.arl_id == _ENTRY)
    .order_by(EntryRecord.id)
)
_UPDATES: dict[tuple[str, ...], Update] = {}


def _update(columns: tuple[str, ...]) -> Update:
    """UPDATE entries SET <columns>, updated_at WHERE id = :entry_id, one per kind."""
    statement = _UPDATES.get(columns)
    if statement is None:
        values: dict[str, BindParameter[Any]] = {c: bindparam(c) for c in (*columns, "updated_at")}
        statement = update(EntryRecord).where(EntryRecord.id == _ENTRY).values(values)
        _UPDATES[columns] = statement
    return statement


def try_update_in_place(connection: Connection, entry: Entry, now: datetime) -> Stored | None:
    """Update an experience or A-R-L entry whose links and tags are as stored.

    ``connection`` is inside a transaction. Returns the stored list fields when done, or
    None when the ORM path must do the work (a new entry, another kind, changed links).
    """
    if entry.id is None or entry.created_at is None:
        return None
    if not isinstance(entry, Experience | ArlEntry):
        return None
    key = {"entry_id": entry.id}
    found = connection.execute(_KIND_AND_SESSION, key).first()
    if found is None or found[0] != entry.kind.value or found[1] != entry.session_uid:
        return None  # missing, another kind or another session: the ORM path decides
    tags = tuple(connection.scalars(_TAGS, key))
    if sorted(tags) != sorted(clean_names(entry.tags)):
        return None
    competencies = tuple(connection.scalars(_COMPETENCIES, key))
    if sorted(competencies) != sorted(clean_names(entry.competencies)):
        return None
    sources: tuple[str, ...] = ()
    if isinstance(entry, ArlEntry):
        sources = tuple(connection.scalars(_SOURCES, key))
        wanted = entry.from_experiences
        if set(sources) != set(wanted) or len(sources) != len(set(wanted)):
            return None
    columns = entry_columns(entry)
    connection.execute(_update(tuple(columns)), {**columns, **key, "updated_at": now})
    connection.execute(DELETE_INDEX, {"id": entry.id})
    connection.execute(
        INSERT_INDEX,
        {
            "id": entry.id,
            "title": entry.title,
            "text": index_text_of(columns, tags=tags, competencies=competencies),
        },
    )
    return Stored(tags=tags, competencies=competencies, sources=sources)
