"""The values of the mentor-feedback round trip: where things sat in an export, and the
comments that came back. Plain frozen dataclasses, like :mod:`journal.domain`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class PlaceKind(StrEnum):
    ENTRY = "entry"  # an entry's region: from its heading to the next place
    SESSION = "session"  # the notes of a sparring (mentor) meeting
    SECTION = "section"  # a part of the portfolio (contents, a module, a month …)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a heading landed in an export: page (1-based) and the top of its line in
    PDF points from the bottom of the page."""

    kind: PlaceKind
    ident: str  # entry uid, session uid, or the section's own key
    page: int
    top: float

    @property
    def dest_name(self) -> str:
        """Its named destination in the PDF (``lj-entry-<uid>`` …)."""
        return f"lj-{self.kind.value}-{self.ident}"

    @staticmethod
    def from_dest_name(name: str, page: int, top: float) -> Place | None:
        """The place a named destination of ours stands for (None for anything else)."""
        parts = name.split("-", 2)
        if len(parts) != 3 or parts[0] != "lj" or not parts[2]:
            return None
        try:
            kind = PlaceKind(parts[1])
        except ValueError:
            return None
        return Place(kind, parts[2], page, top)


@dataclass(frozen=True, kw_only=True)
class ExportManifest:
    """What the journal remembers of one PDF export, to read comments made on it."""

    export_id: str
    exported_at: datetime
    pages: int
    places: tuple[Place, ...]
    language: str = ""
    encrypted: bool = False


class CommentKind(StrEnum):
    NOTE = "note"  # a sticky note (/Text)
    FREE_TEXT = "free_text"  # text typed on the page (/FreeText)
    HIGHLIGHT = "highlight"
    UNDERLINE = "underline"
    STRIKE_OUT = "strike_out"
    SQUIGGLY = "squiggly"
    DRAWING = "drawing"  # ink, shapes and stamps: no words, only a place


@dataclass(frozen=True, kw_only=True)
class ReadComment:
    """One annotation read from a returned portfolio, before it is placed or stored."""

    key: str  # stable across re-saves: the annotation's /NM, or a hash of what it is
    kind: CommentKind
    text: str  # the mentor's words ("" for a bare highlight)
    author: str
    written_at: datetime | None
    page: int  # 1-based
    top: float  # the top of what it marks, PDF points from the bottom of the page
    rect: tuple[float, float, float, float]
    quote: str = ""  # the words highlighted, underlined or struck out
    reply_to: str | None = None  # the key of the comment it answers (/IRT)
    # The boxes a highlight (underline, strike-out) covers, one per line of text.
    boxes: tuple[tuple[float, float, float, float], ...] = ()


@dataclass(frozen=True, kw_only=True)
class MentorComment:
    """A mentor's comment as the journal keeps it, with the participant's response."""

    uid: str
    key: str  # the annotation's key, so that importing the file again adds nothing
    export_id: str
    kind: CommentKind
    text: str
    author: str = ""
    written_at: datetime | None = None
    quote: str = ""
    page: int = 0
    entry_uid: str | None = None  # None with session_uid None: the portfolio as a whole
    session_uid: str | None = None
    reply_to: str | None = None  # uid of the comment it answers
    response: str = ""
    responded_at: datetime | None = None
    imported_at: datetime | None = None

    @property
    def awaiting(self) -> bool:
        """Waiting for a response: the first comment of a thread, not answered yet (as
        storage.feedback_records.awaiting_entry_uids asks it in SQL)."""
        return self.reply_to is None and not self.response.strip()

    @property
    def general(self) -> bool:
        return self.entry_uid is None and self.session_uid is None


@dataclass(frozen=True, kw_only=True)
class ReturnedPortfolio:
    """What a returned PDF holds: its export id (if it kept it), the places its named
    destinations give, and its comments in page order."""

    export_id: str | None
    places: tuple[Place, ...]
    pages: int
    comments: tuple[ReadComment, ...] = field(default=())
    skipped: int = 0  # annotations that are not comments (links, form fields, review states)


def threaded(comments: list[MentorComment]) -> list[MentorComment]:
    """``comments`` with each reply right after the comment it answers (replies in
    the order they came), the first comments of threads in page order."""
    present = {c.uid for c in comments}
    children: dict[str, list[MentorComment]] = {}
    roots: list[MentorComment] = []
    for c in comments:
        if c.reply_to is not None and c.reply_to in present and c.reply_to != c.uid:
            children.setdefault(c.reply_to, []).append(c)
        else:
            roots.append(c)
    out: list[MentorComment] = []
    seen: set[str] = set()

    def walk(c: MentorComment) -> None:
        if c.uid in seen:
            return  # a loop of replies (a broken file) is read once
        seen.add(c.uid)
        out.append(c)
        for child in children.get(c.uid, ()):
            walk(child)

    for root in roots:
        walk(root)
    out.extend(c for c in comments if c.uid not in seen)
    return out
