"""What every part of the story needs: the source, the choices, the labels, the registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from journal.domain import (
    Entry,
    EntryKind,
    Participant,
    PortfolioTexts,
    Programme,
    ProgrammeSession,
    SelfRating,
    TheoryEntry,
)
from journal.feedback.model import MentorComment, PlaceKind
from journal.improvement.model import Initiative
from journal.portfolio.flowables import Anchor, Registry
from journal.portfolio.labels import Labels
from journal.portfolio.markup import MarkdownRenderer
from journal.portfolio.options import ExportCancelled, PortfolioOptions
from journal.portfolio.plan import Plan
from journal.portfolio.source import PortfolioSource
from journal.portfolio.text import markup, plain

TITLE_LIMIT = 240


@dataclass
class Context:
    source: PortfolioSource
    options: PortfolioOptions
    labels: Labels
    participant: Participant | None
    programme: Programme | None
    plan: Plan
    registry: Registry
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    md: MarkdownRenderer = field(default_factory=MarkdownRenderer)
    warnings: list[str] = field(default_factory=list)
    toc: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> anchor key
    done: int = 0
    texts: PortfolioTexts = field(default_factory=PortfolioTexts)  # her foreword and summary
    ratings: list[SelfRating] = field(default_factory=list)  # her self-assessment over time
    initiatives: list[Initiative] = field(default_factory=list)  # her improvement work
    _comments: dict[str | None, list[MentorComment]] | None = None
    _theories: list[TheoryEntry] | None = None

    def comments_on(self, uid: str | None) -> list[MentorComment]:
        """The mentor's comments on entry (or sparring meeting) ``uid``, or on the
        portfolio as a whole (None): read once, when the dialogue is first laid out."""
        if self._comments is None:
            self._comments = {}
            for comment in self.source.mentor_comments():
                where = comment.entry_uid or comment.session_uid
                self._comments.setdefault(where, []).append(comment)
        return self._comments.get(uid, [])

    @property
    def sessions(self) -> dict[str, ProgrammeSession]:
        return {s.uid: s for s in self.programme.sessions} if self.programme else {}

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("The export was cancelled.")

    def tick(self) -> None:
        """One entry laid out: report progress, stop if asked to."""
        self.check()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.plan.total), self.plan.total)

    def entries(self, kind: EntryKind, session_uid: str | None = None) -> Iterator[Entry]:
        """The portfolio's entries of one kind (of one session), oldest first."""
        flt = self.options.entry_filter(kind, session_uid)
        for entry in self.source.iter_entries(flt):
            self.check()
            if entry.kind == kind and self.options.admits(entry):
                yield entry

    def theories(self) -> list[TheoryEntry]:
        """The portfolio's leadership theory entries, read once (the year's page, the
        theory part, its appendix and the A–R–L entries' links all need them)."""
        if self._theories is None:
            self._theories = [
                e for e in self.entries(EntryKind.THEORY) if isinstance(e, TheoryEntry)
            ]
        return self._theories

    def theory_changes(self, arl_uid: str) -> list[int]:
        """The numbers (from 1) of the theory versions in the period that A–R–L entry
        ``arl_uid`` changed."""
        return [
            n
            for theory in self.theories()
            for n, version in enumerate(theory.versions, start=1)
            if arl_uid in version.grew_from and self.options.in_period(version.created_at.date())
        ]

    def anchor(
        self,
        title: str,
        style: ParagraphStyle,
        level: int,
        *,
        toc: tuple[str, str] | None = None,
        uid: str | None = None,
        running_head: bool = False,
        suffix: str = "",
        outline_suffix: str = "",
        place: PlaceKind | None = PlaceKind.SECTION,
        session_uid: str | None = None,
    ) -> Flowable:
        """A heading for user or fixed text that is also an outline item.

        It starts a region a mentor's comment can be placed in (journal.feedback): the
        entry ``uid``'s, the sparring notes of ``session_uid``, else a part of the
        portfolio; ``place=None`` for a heading inside an entry (a theory version)."""
        key = self.toc.get(toc) if toc else None
        key = key or self.registry.new_key()
        where: tuple[PlaceKind, str] | None = None
        if uid is not None:
            where = (PlaceKind.ENTRY, uid)
        elif session_uid is not None:
            where = (PlaceKind.SESSION, session_uid)
        elif place is not None:
            where = (place, key)
        return Anchor(
            markup(plain(title, TITLE_LIMIT)) + suffix,
            style,
            registry=self.registry,
            key=key,
            outline=plain(title, 120) + outline_suffix,
            level=level,
            closed=level > 0,
            uid=uid,
            running_head=plain(title, 80) if running_head else None,
            place=where,
        )
