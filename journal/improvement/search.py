"""Finding improvement initiatives by their words: the journal's search looks in the
entries' index; initiatives are few and kept as documents, so they are read and matched
here with the same rules (every word of the query, as the beginning of a word)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from journal.improvement.model import Initiative
from journal.search import Snippet, hit_pattern, make_snippet, query_words


@dataclass(frozen=True)
class InitiativeHit:
    uid: str
    title: str
    snippet: Snippet


def search_initiatives(initiatives: list[Initiative], query: str) -> list[InitiativeHit]:
    """The initiatives holding every word of ``query`` (as a word's beginning), in their
    order, each with a snippet around the first match."""
    words = query_words(query)
    if not words:
        return []
    each = [re.compile(r"(?<!\w)" + re.escape(w), re.I) for w in words]
    pattern = hit_pattern(words)
    out = []
    for initiative in initiatives:
        text = "\n".join(initiative.texts())
        if all(p.search(text) for p in each):
            body = "\n".join(initiative.texts()[1:])  # the title is shown above the snippet
            out.append(InitiativeHit(initiative.uid, initiative.title, make_snippet(body, pattern)))
    return out
