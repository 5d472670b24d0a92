"""Which entry a comment belongs to: the region of the page it sits on.

A region starts at a heading the export recorded (an entry, a sparring note, a part of
the portfolio) and runs to the next one, across pages. A comment belongs to the last
heading at or above it; anything before the first (the cover, the contents) and in a
part's own region (a month heading, the charts) is on the portfolio as a whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from journal.feedback.model import Place, PlaceKind, ReadComment


@dataclass(frozen=True, slots=True)
class Target:
    entry_uid: str | None = None
    session_uid: str | None = None


GENERAL = Target()


def _order(page: int, top: float) -> tuple[int, float]:
    return (page, -top)  # down the pages, down each page


def place_comments(
    comments: Sequence[ReadComment], places: Iterable[Place]
) -> list[tuple[ReadComment, Target]]:
    """Each comment with the entry (or sparring note) it sits on; a reply goes where
    the comment it answers goes."""
    ordered = sorted(places, key=lambda p: _order(p.page, p.top))
    keys = [_order(p.page, p.top) for p in ordered]
    by_key: dict[str, Target] = {}
    out: list[tuple[ReadComment, Target]] = []
    for comment in comments:
        index = bisect.bisect_right(keys, _order(comment.page, comment.top)) - 1
        target = GENERAL
        if index >= 0:
            place = ordered[index]
            if place.kind == PlaceKind.ENTRY:
                target = Target(entry_uid=place.ident)
            elif place.kind == PlaceKind.SESSION:
                target = Target(session_uid=place.ident)
        by_key[comment.key] = target
        out.append((comment, target))
    # Threads: a reply is about what its first comment is about (resolved to the root).
    resolved: list[tuple[ReadComment, Target]] = []
    parents = {c.key: c.reply_to for c, _ in out}
    for comment, target in out:
        root, hops = comment.reply_to, 0
        while root is not None and parents.get(root) is not None and hops < 100:
            root, hops = parents[root], hops + 1
        if root is not None and root in by_key:
            target = by_key[root]
        resolved.append((comment, target))
    return resolved
