"""The autosave path: rewrite an entry's text in place, in plain SQL.

Autosave runs on the UI thread about once a second while someone types. Through
the ORM an update costs six times a plain UPDATE; this path writes the same rows
with four statements when only text and simple fields changed. Anything else
(tags, competencies, links, session) returns False and takes the ORM path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from journal.domain import ArlEntry, Entry, Experience
from journal.search import index_text

_CURRENT = """
SELECT 'k', kind, COALESCE((SELECT uid FROM programme_sessions WHERE id = session_id), ''), 0
  FROM entries WHERE id = :id
UNION ALL
SELECT 't', t.name, '', 0 FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id
 WHERE et.entry_id = :id
UNION ALL
SELECT 'c', c.name, '', c.position * 1000000000 + c.id FROM entry_competencies AS ec
  JOIN competency_areas AS c ON c.id = ec.competency_id WHERE ec.entry_id = :id
UNION ALL
SELECT 's', e.uid, '', e.id FROM arl_sources AS a JOIN entries AS e ON e.id = a.experience_id
 WHERE a.arl_id = :id
"""

_TEXT_COLUMNS = ("body", "action", "reflection", "learning", "next_experiment")


def sql_datetime(moment: datetime) -> str:
    """A datetime as SQLAlchemy's SQLite DateTime stores it (naive UTC, microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class Stored:
    """What the entry's list fields hold, in the order the journal reads them back."""

    tags: tuple[str, ...]
    competencies: tuple[str, ...]
    sources: tuple[str, ...]


def try_update_in_place(
    connection: Any,
    entry: Entry,
    clean_names: Callable[[tuple[str, ...]], list[str]],
    now: datetime,
) -> Stored | None:
    """Update an experience or A-R-L entry whose links and tags are as stored.

    ``connection`` is a SQLAlchemy Connection inside a transaction. Returns the
    stored list fields when done, or None when the ORM path must do the work.
    """
    if entry.id is None or entry.created_at is None:
        return None
    if not isinstance(entry, Experience | ArlEntry):
        return None
    rows = connection.exec_driver_sql(_CURRENT.replace(":id", "?"), (entry.id,) * 4).fetchall()
    kinds = [r for r in rows if r[0] == "k"]
    if len(kinds) != 1 or kinds[0][1] != entry.kind.value:
        return None  # missing, or another kind: let the ORM path raise the error
    if kinds[0][2] != (entry.session_uid or ""):
        return None
    tags = sorted((r[1] for r in rows if r[0] == "t"), key=nocase)
    competencies = [r[1] for r in sorted((r for r in rows if r[0] == "c"), key=lambda r: r[3])]
    if sorted(tags) != sorted(clean_names(entry.tags)):
        return None
    if sorted(competencies) != sorted(clean_names(entry.competencies)):
        return None
    sources = tuple(r[1] for r in sorted((r for r in rows if r[0] == "s"), key=lambda r: r[3]))
    wanted = entry.from_experiences if isinstance(entry, ArlEntry) else ()
    if set(sources) != set(wanted) or len(sources) != len(set(wanted)):
        return None
    texts = {
        "body": entry.body if isinstance(entry, Experience) else "",
        "action": entry.action if isinstance(entry, ArlEntry) else "",
        "reflection": entry.reflection if isinstance(entry, ArlEntry) else "",
        "learning": entry.learning if isinstance(entry, ArlEntry) else "",
        "next_experiment": entry.next_experiment if isinstance(entry, ArlEntry) else "",
    }
    connection.exec_driver_sql(
        "UPDATE entries SET title = ?, occurred_on = ?, private = ?, updated_at = ?, "
        + ", ".join(f"{c} = ?" for c in _TEXT_COLUMNS)
        + " WHERE id = ?",
        (
            entry.title,
            entry.occurred_on.isoformat(),
            int(entry.private),
            sql_datetime(now),
            *(texts[c] for c in _TEXT_COLUMNS),
            entry.id,
        ),
    )
    fields = [*texts.values(), " ".join(tags), " ".join(competencies)]
    connection.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", (entry.id,))
    connection.exec_driver_sql(
        "INSERT INTO search_index(rowid, title, text) VALUES (?, ?, ?)",
        (entry.id, entry.title, index_text(fields)),
    )
    return Stored(tags=tuple(tags), competencies=tuple(competencies), sources=sources)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(name: str) -> str:
    """SQLite's NOCASE order (only ASCII letters folded), as the journal lists tags."""
    return name.translate(_ASCII_LOWER)
