"""Full-text search over every entry, with SQLite FTS5.

Plain ``sqlite3`` on purpose: the command-line search imports neither Qt nor the
ORM, so it answers in a few tens of milliseconds. The index (``search_index``,
rowid = entry id) is written by :mod:`journal.store` in the entry's own transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from journal.domain import EntryKind, SearchHit

# Private-use characters mark the matched words inside snippets; they cannot be typed.
HIT_START = "\ue000"
HIT_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 16

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Turn what a person types into an FTS5 query: every word, as a prefix, ANDed.

    Operators and quotes are not interpreted, so no input is a syntax error.
    Returns None when the query has no words.
    """
    words = _WORD.findall(query.replace(HIT_START, " ").replace(HIT_END, " "))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def index_text(fields: Iterable[str]) -> str:
    """The searchable text of an entry (everything but the title) as one column."""
    return "\n".join(f for f in fields if f)


def parse_snippet(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split an FTS5 snippet into runs of (text, matched)."""
    runs: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(HIT_START)
        if start < 0:
            runs.append((rest, False))
            break
        if start:
            runs.append((rest[:start], False))
        end = rest.find(HIT_END, start)
        if end < 0:
            runs.append((rest[start + 1 :], True))
            break
        runs.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return tuple((t, hit) for t, hit in runs if t)


SEARCH_SQL = f"""
SELECT e.id, e.kind, e.title, e.occurred_on, e.private,
       snippet(search_index, -1, '{HIT_START}', '{HIT_END}', '{ELLIPSIS}', {SNIPPET_TOKENS})
FROM search_index
JOIN entries AS e ON e.id = search_index.rowid
WHERE search_index MATCH ? {{private}}
ORDER BY rank
LIMIT ?
"""


def run_search(
    connection: Any,
    query: str,
    *,
    limit: int = 50,
    include_private: bool = True,
) -> list[SearchHit]:
    """Ranked hits for ``query`` (best first), with snippets of the shown rows only.

    ``connection`` is a DB-API connection to the journal (sqlite3's, or the one
    under a SQLAlchemy engine).
    """
    expression = match_expression(query)
    if expression is None:
        return []
    sql = SEARCH_SQL.format(private="" if include_private else "AND e.private = 0")
    cursor = connection.cursor()
    try:
        cursor.execute(sql, (expression, limit))
        rows: Sequence[tuple[int, str, str, str, int, str]] = cursor.fetchall()
    finally:
        cursor.close()
    return [
        SearchHit(
            entry_id=row[0],
            kind=EntryKind(row[1]),
            title=row[2],
            occurred_on=date.fromisoformat(row[3]),
            private=bool(row[4]),
            snippet=parse_snippet(row[5] or ""),
        )
        for row in rows
    ]
