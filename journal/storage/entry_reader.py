"""One entry by id, read with plain SQL: the value ``records.entry_value`` gives, without
the ORM.

Opening an entry is a hot path (a click in the list, and the last entry reopened on the
way to the first paint). Through the ORM the first read of a process compiles the entry's
SELECT and a statement per relation (about 9 ms). These statements need no compiling.
``tests/journal/test_entry_reader.py`` keeps the two readers equal for every kind.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from journal.domain import (
    ArlEntry,
    Attachment,
    Entry,
    EntryFields,
    EntryKind,
    Experience,
    TheoryEntry,
    TheoryVersion,
    Trip,
    TripNote,
)
from journal.storage.records import nocase

_ENTRY = (
    "SELECT id, uid, kind, title, occurred_on, private, created_at, updated_at, deleted_at, "
    "dismissed_numbers, body, action, reflection, learning, next_experiment, theory, "
    "values_text, goals, place, culture, context, communication, session_id, trip_id "
    "FROM entries WHERE id = ?"
)
_TAGS = "SELECT t.name FROM tags t JOIN entry_tags et ON et.tag_id = t.id WHERE et.entry_id = ?"
_COMPETENCIES = (
    "SELECT c.name FROM competency_areas c "
    "JOIN entry_competencies ec ON ec.competency_id = c.id "
    "WHERE ec.entry_id = ? ORDER BY c.position, c.id"
)
_SESSION = "SELECT uid FROM programme_sessions WHERE id = ?"
_ATTACHMENTS = (
    "SELECT a.id, a.file_name, a.media_type, a.blob_sha256, COALESCE(b.size, 0) "
    "FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.blob_sha256 "
    "WHERE a.entry_id = ? ORDER BY a.position, a.id"
)
_SOURCES = (
    "SELECT e.uid FROM arl_sources s JOIN entries e ON e.id = s.experience_id "
    "WHERE s.arl_id = ? ORDER BY e.id"
)
_VERSIONS = (
    "SELECT created_at, theory, values_text, goals, change_note FROM theory_versions "
    "WHERE entry_id = ? ORDER BY id"
)
_TRIP = "SELECT uid, destination, starts_on, ends_on FROM trips WHERE id = ?"


def read_entry(connection: sqlite3.Connection, entry_id: int) -> Entry | None:
    """The entry ``entry_id`` as the journal gives it; None if there is none."""
    row = connection.execute(_ENTRY, (entry_id,)).fetchone()
    if row is None:
        return None
    (
        id_,
        uid,
        kind_text,
        title,
        occurred_on,
        private,
        created_at,
        updated_at,
        deleted_at,
        dismissed,
        body,
        action,
        reflection,
        learning,
        next_experiment,
        theory,
        values_text,
        goals,
        place,
        culture,
        context,
        communication,
        session_id,
        trip_id,
    ) = row
    tags = [name for (name,) in connection.execute(_TAGS, (id_,))]
    session_uid = None
    if session_id is not None:
        found = connection.execute(_SESSION, (session_id,)).fetchone()
        session_uid = found[0] if found else None
    common: EntryFields = {
        "id": id_,
        "uid": uid,
        "title": title,
        "occurred_on": _day(occurred_on),
        "private": bool(private),
        "tags": tuple(sorted(tags, key=nocase)),
        "competencies": tuple(name for (name,) in connection.execute(_COMPETENCIES, (id_,))),
        "session_uid": session_uid,
        "created_at": _moment(created_at),
        "updated_at": _moment(updated_at),
        "deleted_at": _moment(deleted_at),
        "attachments": tuple(
            Attachment(id=a, file_name=f, media_type=m, sha256=h, size=int(n))
            for a, f, m, h, n in connection.execute(_ATTACHMENTS, (id_,))
        ),
        "dismissed_numbers": tuple(dismissed.split()),
    }
    kind = EntryKind(kind_text)
    if kind is EntryKind.EXPERIENCE:
        return Experience(**common, body=body)
    if kind is EntryKind.ARL:
        return ArlEntry(
            **common,
            action=action,
            reflection=reflection,
            learning=learning,
            next_experiment=next_experiment,
            from_experiences=tuple(u for (u,) in connection.execute(_SOURCES, (id_,))),
        )
    if kind is EntryKind.THEORY:
        return TheoryEntry(
            **common,
            theory=theory,
            values=values_text,
            goals=goals,
            versions=tuple(
                TheoryVersion(
                    created_at=_moment(made) or datetime.min.replace(tzinfo=UTC),
                    theory=t,
                    values=v,
                    goals=g,
                    change_note=n,
                )
                for made, t, v, g, n in connection.execute(_VERSIONS, (id_,))
            ),
        )
    trip = None
    if trip_id is not None:
        found = connection.execute(_TRIP, (trip_id,)).fetchone()
        if found is not None:
            trip = Trip(
                uid=found[0],
                destination=found[1],
                starts_on=_day(found[2]) if found[2] else None,
                ends_on=_day(found[3]) if found[3] else None,
            )
    return TripNote(
        **common,
        trip=trip,
        place=place,
        culture=culture,
        context=context,
        communication=communication,
    )


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _moment(value: Any) -> datetime | None:
    """SQLAlchemy's SQLite DateTime text, as UtcDateTime gives it back: aware UTC."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC)
