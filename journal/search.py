"""Full-text search over every entry, with SQLite FTS5.

Plain ``sqlite3`` on purpose: the command-line search imports neither Qt nor the
ORM, so it answers in a few tens of milliseconds. The index (``search_index``,
rowid = entry id) is written by :mod:`journal.store` in the entry's own transaction.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Iterable, Sequence
from datetime import date

from journal.kinds import EntryKind

# typing.TYPE_CHECKING without importing typing, which would cost the command-line
# search a tenth of its time (type checkers treat any TYPE_CHECKING as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NamedTuple

# Private-use characters mark the matched words inside snippets; they cannot be typed.
HIT_START = "\ue000"
HIT_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_CHARS = 140  # about sixteen words
SNIPPET_BEFORE = 30

MAX_QUERY_WORDS = 12
_KINDS = {kind.value: kind for kind in EntryKind}


if TYPE_CHECKING:

    class SearchHit(NamedTuple):
        """One entry found, best first."""

        entry_id: int
        kind: EntryKind
        title: str
        occurred_on: date
        private: bool
        # The snippet as runs of text; True marks a run that matched the query.
        snippet: tuple[tuple[str, bool], ...]

else:  # the same tuple, made without typing (nor dataclasses, which cost more still)
    SearchHit = namedtuple("SearchHit", "entry_id kind title occurred_on private snippet")


_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Turn what a person types into an FTS5 query: every word, as a prefix, ANDed.

    Operators and quotes are not interpreted, so no input is a syntax error.
    Returns None when the query has no words.
    """
    words = query_words(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def query_words(query: str) -> list[str]:
    """The words of a query; at most MAX_QUERY_WORDS, since each one narrows further."""
    return _WORD.findall(query)[:MAX_QUERY_WORDS]


def index_text(fields: Iterable[str]) -> str:
    """The searchable text of an entry (everything but the title) as one column."""
    return "\n".join(f for f in fields if f)


def parse_snippet(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split a snippet marked with HIT_START / HIT_END into runs of (text, matched)."""
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


def hit_pattern(words: list[str]) -> re.Pattern[str]:
    """Matches what FTS5 matched for ``words`` (as prefixes), to mark it in a snippet.

    The one group makes ``pattern.split`` alternate between text and matches.
    """
    return re.compile(r"((?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\w*)", re.I)


def make_snippet(text: str, pattern: re.Pattern[str]) -> tuple[tuple[str, bool], ...]:
    """About sixteen words of ``text`` around the first match, matches marked.

    FTS5's own snippet() is quadratic in the number of matches within one entry (a
    pasted megabyte took seconds); this looks at one window only.
    """
    if not text:
        return ()
    first = pattern.search(text)
    centre = first.start() if first else 0
    # A window of whole words: a little before the first match, more after it.
    begin = 0
    if centre > SNIPPET_BEFORE:
        space = text.find(" ", centre - SNIPPET_BEFORE, centre)
        begin = centre if space < 0 else space + 1
    end = centre + SNIPPET_CHARS
    if end >= len(text):
        end = len(text)
    else:
        space = text.rfind(" ", centre, end)
        end = space if space > centre else end
    # [text, match, text, match, ..., text]: odd places are the matches.
    parts = pattern.split(" ".join(text[begin:end].split()))
    if begin > 0:
        parts[0] = ELLIPSIS + parts[0]
    if end < len(text):
        parts[-1] += ELLIPSIS
    return tuple((part, bool(i & 1)) for i, part in enumerate(parts) if part)


# Only the shown rows' text is read, and of a huge entry only its beginning.
SNIPPET_SOURCE_CHARS = 200_000
SEARCH_SQL = f"""
SELECT e.id, e.kind, e.title, e.occurred_on, e.private,
       substr(search_index.text, 1, {SNIPPET_SOURCE_CHARS})
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
    pattern = hit_pattern(query_words(query))
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
            kind=_KINDS[row[1]],
            title=row[2],
            occurred_on=date.fromisoformat(row[3]),
            private=bool(row[4]),
            snippet=make_snippet(row[5] or "", pattern),
        )
        for row in rows
    ]
