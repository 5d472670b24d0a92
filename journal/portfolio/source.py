"""What the portfolio reads: the journal store satisfies this, and so do the tests' fakes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from journal.domain import (
    Entry,
    EntryFacts,
    EntryFilter,
    Participant,
    PortfolioTexts,
    Programme,
    SelfRating,
    Trip,
)
from journal.feedback.model import MentorComment
from journal.improvement.model import Initiative


class PortfolioSource(Protocol):
    def participant(self) -> Participant | None: ...

    def programme(self) -> Programme | None: ...

    def iter_entries(self, flt: EntryFilter | None = None) -> Iterator[Entry]:
        """Full entries matching ``flt``, oldest first."""
        ...

    def entry_facts(self, flt: EntryFilter | None = None) -> list[EntryFacts]:
        """The same entries without their text, for the first pass."""
        ...

    def trips(self) -> list[Trip]: ...

    def attachment_data(self, attachment_id: int) -> bytes: ...

    def portfolio_texts(self) -> PortfolioTexts:
        """Her foreword and closing summary."""
        ...

    def initiatives(self) -> list[Initiative]:
        """Her improvement initiatives (journal.improvement)."""
        ...

    def self_ratings(self) -> list[SelfRating]:
        """Her self-assessment of each competency area at the start, midway and end."""
        ...

    def mentor_comments(self, entry_uid: str | None = None) -> list[MentorComment]:
        """The mentor's comments (on one entry), threads in order: for the dialogue part."""
        ...
