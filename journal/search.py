"""Full-text search over every entry, with SQLite FTS5: the query and its snippets.

Plain ``sqlite3`` and ``re``: :meth:`journal.store.Journal.search` turns the rows into
:class:`journal.domain.SearchHit`, and the command line's quick path
(:mod:`journal.quick_search`) prints them without loading the rest of the library. The
index (``search_index``, rowid = entry id) is written by :mod:`journal.storage.records` in the
entry's own transaction.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

ELLIPSIS = "…"
# Markdown's markers, hidden as the editor hides them: a line's heading, list or quote
# mark, every asterisk, and an underscore at the edge of a word (not inside one).
_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)", re.M)
_EDGE_UNDERSCORE = re.compile(r"(?<!\w)_+|_+(?!\w)")
_LINE_START = frozenset("#>-*+0123456789 \t")
SNIPPET_CHARS = 140  # about sixteen words
SNIPPET_BEFORE = 30

MAX_QUERY_WORDS = 12

# The snippet as runs of text; True marks a run that matched the query.
Snippet = tuple[tuple[str, bool], ...]
# One entry found: id, kind, title, day (ISO), private, snippet.
Found = tuple[int, str, str, str, bool, Snippet]


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


def hit_pattern(words: list[str]) -> re.Pattern[str]:
    """Matches what FTS5 matched for ``words`` (as prefixes), to mark it in a snippet.

    The one group makes ``pattern.split`` alternate between text and matches.
    """
    return re.compile(r"((?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\w*)", re.I)


def without_markup(text: str) -> str:
    """``text`` as the editor shows it: without Markdown's markers. (Each step only when
    its marker is there: a search makes 50 snippets, and one regular expression over
    all of them made it 40 % slower.)"""
    if "\n" in text or text[:1] in _LINE_START:
        text = _LINE_MARK.sub("", text)
    if "*" in text:
        text = text.replace("*", "")
    if "_" in text:
        text = _EDGE_UNDERSCORE.sub("", text)
    return text


def make_snippet(text: str, pattern: re.Pattern[str]) -> Snippet:
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
    parts = pattern.split(" ".join(without_markup(text[begin:end]).split()))
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
WHERE search_index MATCH ? AND e.deleted_at IS NULL {{private}}
ORDER BY rank
LIMIT ?
"""


def run_search(
    connection: sqlite3.Connection,
    query: str,
    *,
    limit: int = 50,
    include_private: bool = True,
) -> list[Found]:
    """Ranked hits for ``query`` (best first), with snippets of the shown rows only.

    ``connection`` is a DB-API connection to the journal (sqlite3's, SQLCipher's, or the
    one under a SQLAlchemy engine).
    """
    expression = match_expression(query)
    if expression is None:
        return []
    pattern = hit_pattern(query_words(query))
    sql = SEARCH_SQL.format(private="" if include_private else "AND e.private = 0")
    cursor = connection.cursor()
    try:
        cursor.execute(sql, (expression, limit))
        rows: list[tuple[int, str, str, str, int, str]] = cursor.fetchall()
    finally:
        cursor.close()
    return [
        (row[0], row[1], row[2], row[3], bool(row[4]), make_snippet(row[5] or "", pattern))
        for row in rows
    ]
