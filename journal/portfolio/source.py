"""What the portfolio reads: the journal store satisfies this, and so do the tests' fakes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from journal.domain import Entry, EntryFilter, Participant, Programme


class PortfolioSource(Protocol):
    def participant(self) -> Participant | None: ...

    def programme(self) -> Programme | None: ...

    def iter_entries(self, flt: EntryFilter | None = None) -> Iterator[Entry]:
        """Full entries matching ``flt``, oldest first."""
        ...

    def attachment_data(self, attachment_id: int) -> bytes: ...
