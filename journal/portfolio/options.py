"""What the participant chose to export, and what an export produced."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from journal.domain import Entry, EntryFacts, EntryFilter, EntryKind
from journal.errors import ExportCancelled as ExportCancelled
from journal.errors import ExportFailed as ExportFailed
from journal.feedback.model import ExportManifest

# AES-256 PDFs (revision 6) take passwords of up to 127 bytes of UTF-8; qpdf and pypdf
# cannot open one made with a longer password.
MAX_PASSWORD_BYTES = 127


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
    # The mentor's comments and the participant's responses after each entry
    # ("Dialogue with my mentor"), from the comments read back from earlier exports.
    mentor_dialogue: bool = False
    # The part on improvement work (her initiatives), when she has any.
    improvement: bool = True

    def wants(self, kind: EntryKind) -> bool:
        return not self.kinds or kind in self.kinds

    def entry_filter(self, kind: EntryKind, session_uid: str | None = None) -> EntryFilter:
        """The store-side filter for one kind of entry (tags and exclusions are checked here).
        The leadership theory is in every period: it is dated by the day it was begun."""
        dated = kind != EntryKind.THEORY
        return EntryFilter(
            kinds=frozenset({kind}),
            session_uid=session_uid,
            include_private=self.include_private,
            date_from=self.date_from if dated else None,
            date_to=self.date_to if dated else None,
        )

    def check(self) -> None:
        """Refuse what would make a wrong portfolio (ValueError, with the reason): a period
        that ends before it starts, a password some PDF readers cannot take."""
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"the period starts ({self.date_from}) after it ends ({self.date_to})")
        if self.password and len(self.password.encode("utf-8")) > MAX_PASSWORD_BYTES:
            raise ValueError(
                f"the password is longer than {MAX_PASSWORD_BYTES} bytes (UTF-8), which PDF "
                "readers cut or refuse; choose a shorter one"
            )

    def in_period(self, day: date) -> bool:
        return (self.date_from is None or day >= self.date_from) and (
            self.date_to is None or day <= self.date_to
        )

    def admits(self, entry: Entry | EntryFacts) -> bool:
        """Whether ``entry`` belongs in the portfolio (checked again whatever the source did)."""
        if entry.private and not self.include_private:
            return False
        if not self.wants(entry.kind) or entry.uid in self.exclude_uids:
            return False
        if entry.kind != EntryKind.THEORY and not self.in_period(entry.occurred_on):
            return False
        return not self.tags or not self.tags.isdisjoint(entry.tags)


@dataclass(frozen=True, kw_only=True)
class ExportResult:
    path: Path
    pages: int
    entries: int
    warnings: tuple[str, ...] = field(default=())
    masked: int = 0  # personal identity numbers masked in it
    # Where each entry sits, for reading the mentor's comments on this file later
    # (Journal.record_export keeps it).
    manifest: ExportManifest | None = None
