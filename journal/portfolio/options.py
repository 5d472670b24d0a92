"""What the participant chose to export, and what an export produced."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from journal.domain import Entry, EntryFacts, EntryFilter, EntryKind
from journal.errors import ExportCancelled as ExportCancelled
from journal.errors import ExportFailed as ExportFailed


@dataclass(frozen=True, kw_only=True)
class PortfolioOptions:
    """Which entries go into the portfolio, and how it is protected. Empty sets do not filter."""

    include_private: bool = False
    date_from: date | None = None
    date_to: date | None = None
    kinds: frozenset[EntryKind] = frozenset()
    tags: frozenset[str] = frozenset()
    exclude_uids: frozenset[str] = frozenset()
    password: str | None = None  # None or "" writes an unencrypted PDF
    language: str | None = None  # "sv", "da" or "en"; None takes the participant's
    # Personal identity numbers in the texts are masked (XXXXXX-XXXX) unless the
    # participant confirmed an unmasked export (journal.patient_data).
    mask_identity_numbers: bool = True

    def wants(self, kind: EntryKind) -> bool:
        return not self.kinds or kind in self.kinds

    def entry_filter(self, kind: EntryKind, session_uid: str | None = None) -> EntryFilter:
        """The store-side filter for one kind of entry (tags and exclusions are checked here)."""
        return EntryFilter(
            kinds=frozenset({kind}),
            session_uid=session_uid,
            include_private=self.include_private,
            date_from=self.date_from,
            date_to=self.date_to,
        )

    def admits(self, entry: Entry | EntryFacts) -> bool:
        """Whether ``entry`` belongs in the portfolio (checked again whatever the source did)."""
        if entry.private and not self.include_private:
            return False
        if not self.wants(entry.kind) or entry.uid in self.exclude_uids:
            return False
        if self.date_from is not None and entry.occurred_on < self.date_from:
            return False
        if self.date_to is not None and entry.occurred_on > self.date_to:
            return False
        return not self.tags or not self.tags.isdisjoint(entry.tags)


@dataclass(frozen=True, kw_only=True)
class ExportResult:
    path: Path
    pages: int
    entries: int
    warnings: tuple[str, ...] = field(default=())
    masked: int = 0  # personal identity numbers masked in it
