"""The reads on the way to the first paint, in plain SQL: the participant, the programme,
the tag counts, the number of entries, the first page of the list and the entry reopened,
as the ORM's reading gives them (``records.entry_value``, ``records.programme_value``).

Through the ORM the first read of a process compiles a SELECT and one per relation (about
9 ms for an entry, 7 ms for the programme, 15 ms for all of these); these statements need
no compiling, and the ORM warms up after the window shows. Opening an entry stays a hot
path after that (a click in the list). ``tests/journal/test_plain_reads.py`` keeps the two
ways of reading equal.
"""

from __future__ import annotations

import json
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
    Participant,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    SessionKind,
    TheoryEntry,
    TheoryVersion,
    Trip,
    TripNote,
)

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(name: str) -> str:
    """SQLite's NOCASE order (only ASCII letters folded), as the tags column sorts."""
    return name.translate(_ASCII_LOWER)


def prompts_value(text: str) -> dict[str, tuple[str, ...]]:
    """The stored prompts; anything that is not a mapping of lists of text is ignored."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(key): tuple(q for q in value if isinstance(q, str))
        for key, value in data.items()
        if isinstance(value, list)
    }


# The beginning (in bytes) of an untitled entry's first written text field, to list it
# by (the columns a kind does not use are empty, so one expression serves every kind;
# titled entries read none of it). Bytes, not text: a cut character or a damaged page
# costs a replacement character in one list row, never the list (see preview_text).
PREVIEW_COLUMNS = (
    "body",
    "action",
    "reflection",
    "learning",
    "next_experiment",
    "theory",
    "values_text",
    "goals",
    "place",
    "culture",
    "context",
    "communication",
)
PREVIEW_SQL = (
    "CASE WHEN trim(entries.title) = '' THEN substr(CAST(coalesce("
    + ", ".join(f"nullif(entries.{column}, '')" for column in PREVIEW_COLUMNS)
    + ", '') AS BLOB), 1, 600) END"
)


def preview_text(raw: bytes | None) -> str:
    """The text of a PREVIEW_SQL value (its last character may have been cut)."""
    return (raw or b"").decode("utf-8", errors="replace").rstrip("\ufffd")


_ENTRY = (
    "SELECT id, uid, kind, title, occurred_on, private, created_at, updated_at, deleted_at, "
    "dismissed_numbers, body, action, reflection, learning, next_experiment, theory, "
    "values_text, goals, place, culture, context, communication, session_id, trip_id, "
    "take_home FROM entries WHERE id = ?"
)
_TAGS = "SELECT t.name FROM tags t JOIN entry_tags et ON et.tag_id = t.id WHERE et.entry_id = ?"
_COMPETENCIES = (
    "SELECT c.name FROM competency_areas c "
    "JOIN entry_competencies ec ON ec.competency_id = c.id "
    "WHERE ec.entry_id = ? ORDER BY c.position, c.id"
)
_SESSION = "SELECT uid FROM programme_sessions WHERE id = ?"
_ATTACHMENTS = (
    "SELECT a.id, a.file_name, a.media_type, a.blob_sha256, COALESCE(b.size, 0), a.caption "
    "FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.blob_sha256 "
    "WHERE a.entry_id = ? ORDER BY a.position, a.id"
)
_SOURCES = (
    "SELECT e.uid FROM arl_sources s JOIN entries e ON e.id = s.experience_id "
    "WHERE s.arl_id = ? ORDER BY e.id"
)
_VERSIONS = (
    "SELECT created_at, theory, values_text, goals, change_note, grew_from FROM theory_versions "
    "WHERE entry_id = ? ORDER BY id"
)
_TRIP = "SELECT uid, destination, starts_on, ends_on, session_uid FROM trips WHERE id = ?"

_PROGRAMME = (
    "SELECT id, name, name_en, template_id, organiser, language, starts_on, ends_on, prompts, "
    "description FROM programme LIMIT 1"
)
_MODULES = (
    "SELECT uid, name, themes FROM programme_modules WHERE programme_id = ? ORDER BY position, id"
)
_SESSIONS = (
    "SELECT s.uid, s.title, s.kind, s.starts_on, s.ends_on, m.uid, s.location, s.agenda, "
    "s.notes, s.next_steps, s.tentative FROM programme_sessions s "
    "LEFT JOIN programme_modules m ON m.id = s.module_id "
    "WHERE s.programme_id = ? ORDER BY s.starts_on, s.id"
)
_AREAS = "SELECT name FROM competency_areas WHERE programme_id = ? ORDER BY position, id"


def read_programme(connection: sqlite3.Connection) -> Programme | None:
    """The journal's programme as the journal gives it; None before the first run."""
    row = connection.execute(_PROGRAMME).fetchone()
    if row is None:
        return None
    id_, name, name_en, template_id, organiser, language, starts_on, ends_on, prompts, about = row
    return Programme(
        name=name,
        name_en=name_en,
        template_id=template_id,
        organiser=organiser,
        description=about,
        language=language,
        starts_on=_day(starts_on) if starts_on else None,
        ends_on=_day(ends_on) if ends_on else None,
        modules=tuple(
            ProgrammeModule(uid=uid, name=m_name, themes=tuple(t for t in themes.split("\n") if t))
            for uid, m_name, themes in connection.execute(_MODULES, (id_,))
        ),
        sessions=tuple(
            ProgrammeSession(
                uid=uid,
                title=title,
                kind=SessionKind(kind),
                starts_on=_day(first),
                ends_on=_day(last) if last else None,
                module_uid=module_uid,
                location=location,
                tentative=bool(tentative),
                agenda=agenda,
                notes=notes,
                next_steps=next_steps,
            )
            for (
                uid,
                title,
                kind,
                first,
                last,
                module_uid,
                location,
                agenda,
                notes,
                next_steps,
                tentative,
            ) in connection.execute(_SESSIONS, (id_,))
        ),
        competency_areas=tuple(area for (area,) in connection.execute(_AREAS, (id_,))),
        prompts=prompts_value(prompts),
    )


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
        take_home,
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
            Attachment(id=a, file_name=f, media_type=m, sha256=h, size=int(n), caption=c)
            for a, f, m, h, n, c in connection.execute(_ATTACHMENTS, (id_,))
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
                    grew_from=tuple(u for u in grew.split("\n") if u),
                )
                for made, t, v, g, n, grew in connection.execute(_VERSIONS, (id_,))
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
                session_uid=found[4],
            )
    return TripNote(
        **common,
        trip=trip,
        place=place,
        culture=culture,
        context=context,
        communication=communication,
        take_home=take_home,
    )


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _moment(value: Any) -> datetime | None:
    """SQLAlchemy's SQLite DateTime text, as UtcDateTime gives it back: aware UTC."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC)


_PARTICIPANT = "SELECT name, role, organisation, language FROM participant LIMIT 1"


def read_participant(connection: sqlite3.Connection) -> Participant | None:
    row = connection.execute(_PARTICIPANT).fetchone()
    if row is None:
        return None
    name, role, organisation, language = row
    return Participant(name=name, role=role, organisation=organisation, language=language)


# Not a join with every entry: the Trash is small (ix_entries_in_trash), and the tag
# index carries the entry (migration 0007).
_TAG_COUNTS = (
    "SELECT tags.name, count(entry_tags.entry_id) FROM tags "
    "JOIN entry_tags ON entry_tags.tag_id = tags.id "
    "WHERE entry_tags.entry_id NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL) "
    "GROUP BY tags.id ORDER BY tags.name"
)


def read_tag_counts(connection: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag in use outside the Trash with its number of entries, by name."""
    return [(name, int(count)) for name, count in connection.execute(_TAG_COUNTS)]


# Every entry less those in the Trash: both counts read an index (ix_entries_in_trash),
# where "deleted_at IS NULL" reads every row, text and all (5 ms at 10k entries).
_COUNT_OUTSIDE_TRASH = (
    "SELECT (SELECT count(*) FROM entries) "
    "- (SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL)"
)


def count_outside_trash(connection: sqlite3.Connection) -> int:
    return int(connection.execute(_COUNT_OUTSIDE_TRASH).fetchone()[0] or 0)


_TITLES = "SELECT uid, title FROM entries WHERE deleted_at IS NULL AND uid IN ({})"
_TITLES_AT_ONCE = 500  # well under SQLite's limit of variables in one statement


def _by_uids(connection: sqlite3.Connection, sql: str, uids: list[str]) -> list[Any]:
    """The rows of ``sql`` (its ``IN ({})`` filled) for ``uids``, a few hundred at once."""
    rows: list[Any] = []
    for start in range(0, len(uids), _TITLES_AT_ONCE):
        part = uids[start : start + _TITLES_AT_ONCE]
        rows += connection.execute(sql.format(", ".join("?" * len(part))), part).fetchall()
    return rows


def read_titles(connection: sqlite3.Connection, uids: list[str]) -> dict[str, str]:
    """The title of each entry in ``uids`` outside the Trash, by uid."""
    return {uid: title for uid, title in _by_uids(connection, _TITLES, uids)}


_CHANGES = (
    "SELECT e.title, v.created_at, v.grew_from, (SELECT count(*) FROM theory_versions w "
    "WHERE w.entry_id = v.entry_id AND w.id <= v.id) FROM theory_versions v "
    "JOIN entries e ON e.id = v.entry_id "
    "WHERE e.deleted_at IS NULL AND instr(v.grew_from, ?) > 0 ORDER BY v.id"
)


def read_theory_changes(
    connection: sqlite3.Connection, arl_uid: str
) -> list[tuple[str, int, datetime]]:
    """The theory versions whose ``grew_from`` names ``arl_uid``: (theory title, version
    number from 1, when). One statement: it runs when an A–R–L entry opens."""
    return [
        (title, number, _moment(made) or datetime.min.replace(tzinfo=UTC))
        for title, made, grew, number in connection.execute(_CHANGES, (arl_uid,))
        if arl_uid in grew.split("\n")
    ]


_EXPERIENCES = (
    "SELECT uid, title, body FROM entries "
    "WHERE deleted_at IS NULL AND kind = 'experience' AND uid IN ({})"
)


def read_experience_texts(
    connection: sqlite3.Connection, uids: list[str]
) -> dict[str, tuple[str, str]]:
    """(title, text) of each experience in ``uids`` outside the Trash, by uid."""
    return {uid: (title, body) for uid, title, body in _by_uids(connection, _EXPERIENCES, uids)}


def read_mentor_summary(connection: sqlite3.Connection) -> tuple[int, int, frozenset[str]]:
    """The mentor's comments: how many, how many on entries wait for a response (the
    first comment of a thread, not answered: what the navigation lists), and the entries
    that have any (journal.feedback)."""
    total = awaiting = 0
    entries: set[str] = set()
    rows = connection.execute(
        "SELECT entry_uid, reply_to IS NULL AND trim(response) = '' FROM mentor_comments"
    )
    for entry_uid, waits in rows:
        total += 1
        if entry_uid is not None:
            entries.add(entry_uid)
            awaiting += bool(waits)
    return total, awaiting, frozenset(entries)


# The entry list's query for all entries outside the Trash, newest first, as the ORM
# compiles it (store._SUMMARY_COLUMNS; a test compares the two).
SUMMARIES = (
    "SELECT entries.id, entries.uid, entries.kind, entries.title, entries.occurred_on, "
    "entries.private, programme_sessions.uid AS uid_1, entries.updated_at, "
    f"{PREVIEW_SQL}, entries.deleted_at "
    "FROM entries LEFT OUTER JOIN programme_sessions "
    "ON entries.session_id = programme_sessions.id "
    "WHERE entries.deleted_at IS NULL ORDER BY entries.occurred_on DESC, entries.id DESC "
    "LIMIT ? OFFSET ?"
)


def read_summaries(
    connection: sqlite3.Connection, offset: int, limit: int
) -> list[tuple[Any, ...]]:
    """A page of the rows of :data:`SUMMARIES`, with the types the ORM gives them."""
    return [
        (
            id_,
            uid,
            kind,
            title,
            _day(day),
            bool(private),
            session_uid,
            _moment(updated),
            preview,
            _moment(deleted),
        )
        for id_, uid, kind, title, day, private, session_uid, updated, preview, deleted in (
            connection.execute(SUMMARIES, (limit, offset))
        )
    ]
