"""The patient-data guard over entries: which fields hold identity numbers, and masking
them on the way out (the portfolio, a JSON export for sharing).

The detector is ``journal.identity_numbers``; this module knows entries. The stored
entries are never changed here: masking makes new values for an export.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from journal.domain import (
    Entry,
    EntryFacts,
    EntryFilter,
    EntryKind,
    Participant,
    PortfolioTexts,
    Programme,
    SelfRating,
    TheoryEntry,
    Trip,
)
from journal.identity_numbers import (
    IdHit,
    IdKind,
    find_identity_numbers,
    is_dismissed,
    mask_text,
)

if TYPE_CHECKING:
    from journal.feedback.model import MentorComment
    from journal.improvement.model import Initiative
    from journal.store import Journal

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FieldHit:
    """A number in one field of an entry (``version`` for a theory version's field)."""

    field: str
    kind: IdKind
    start: int
    end: int
    version: int | None = None


@dataclass(frozen=True, slots=True)
class EntryHits:
    """An entry that holds numbers, and where: never the numbers themselves."""

    entry_id: int
    uid: str
    kind: EntryKind
    title: str
    occurred_on: date
    hits: tuple[FieldHit, ...]

    def fields(self) -> list[str]:
        """The fields with numbers, each once, in the entry's order."""
        return list(dict.fromkeys(hit.field for hit in self.hits))


def field_hits(
    fields: Iterable[tuple[str, str]],
    dismissed: tuple[str, ...] = (),
    *,
    version: int | None = None,
    today: date | None = None,
) -> list[FieldHit]:
    found: list[FieldHit] = []
    for name, text in fields:
        for hit in find_identity_numbers(text, today=today):
            if not is_dismissed(hit.number(text), dismissed):
                found.append(FieldHit(name, hit.kind, hit.start, hit.end, version))
    return found


def entry_hits(entry: Entry, *, today: date | None = None) -> list[FieldHit]:
    """Every shown number in ``entry`` (its fields and a theory's versions), but those
    the participant dismissed."""
    found = field_hits(entry.text_fields().items(), entry.dismissed_numbers, today=today)
    if isinstance(entry, TheoryEntry):
        for number, version in enumerate(entry.versions, start=1):
            texts = {"theory": version.theory, "values": version.values, "goals": version.goals}
            found += field_hits(
                [*texts.items(), ("change_note", version.change_note)],
                entry.dismissed_numbers,
                version=number,
                today=today,
            )
    return found


def hits_of(entries: Iterable[Entry], *, today: date | None = None) -> list[EntryHits]:
    out: list[EntryHits] = []
    for entry in entries:
        found = entry_hits(entry, today=today)
        if found and entry.id is not None:
            out.append(
                EntryHits(
                    entry.id, entry.uid, entry.kind, entry.title, entry.occurred_on, tuple(found)
                )
            )
    return out


def check_journal(journal: Journal, *, today: date | None = None) -> list[EntryHits]:
    """Every entry outside the Trash, private ones too, that holds a shown number (read
    as texts only: the whole journal in one query)."""
    out: list[EntryHits] = []
    for entry in journal.entry_texts():
        found = field_hits(entry.fields, entry.dismissed_numbers, today=today)
        for number, texts in enumerate(entry.versions, start=1):
            found += field_hits(texts, entry.dismissed_numbers, version=number, today=today)
        if found:
            out.append(
                EntryHits(
                    entry.id, entry.uid, entry.kind, entry.title, entry.occurred_on, tuple(found)
                )
            )
    return out


# -- masking ---------------------------------------------------------------------------

_NOT_TEXT = frozenset(
    {
        "uid",
        "session_uid",
        "module_uid",
        "template_id",
        "media_type",
        "sha256",
        # a mentor's comment: identifiers of the file it came in and what it is on
        "key",
        "export_id",
        "entry_uid",
        "reply_to",
    }
)


def masked(value: T, dismissed: tuple[str, ...] = ()) -> tuple[T, int]:
    """``value`` (a frozen dataclass, a tuple of them, or text) with every shown number
    in its texts masked whole, and how many were masked."""
    if isinstance(value, str):
        text, count = mask_text(value, dismissed=dismissed)
        return text, count  # type: ignore[return-value]
    if isinstance(value, tuple):
        items = [masked(item, dismissed) for item in value]
        return tuple(item for item, _ in items), sum(n for _, n in items)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        total = 0
        for f in dataclasses.fields(value):
            if not f.init or f.name in _NOT_TEXT or f.name == "dismissed_numbers":
                continue
            old = getattr(value, f.name)
            if isinstance(old, (str, tuple)) or dataclasses.is_dataclass(old):
                new, count = masked(old, dismissed)
                if count:
                    changes[f.name] = new
                    total += count
        return (dataclasses.replace(value, **changes) if changes else value), total
    return value, 0


def masked_entry(entry: Entry) -> tuple[Entry, int]:
    return masked(entry, entry.dismissed_numbers)


class MaskedSource:
    """A portfolio source whose entries and session notes have their numbers masked;
    ``masked`` counts them as the portfolio reads them."""

    def __init__(self, source: Any) -> None:
        self._source = source
        self._counts: dict[str, int] = {}  # the layout may read a value more than once

    @property
    def masked(self) -> int:
        return sum(self._counts.values())

    def participant(self) -> Participant | None:
        participant: Participant | None = self._source.participant()
        return participant

    def programme(self) -> Programme | None:
        programme: Programme | None = self._source.programme()
        if programme is None:
            return None
        result, count = masked(programme)
        self._counts["programme"] = count
        return result

    def iter_entries(self, flt: EntryFilter | None = None) -> Iterator[Entry]:
        for entry in self._source.iter_entries(flt):
            result, count = masked_entry(entry)
            self._counts[f"entry {entry.uid}"] = count
            yield result

    def entry_facts(self, flt: EntryFilter | None = None) -> list[EntryFacts]:
        facts: list[EntryFacts] = self._source.entry_facts(flt)
        return [masked(fact)[0] for fact in facts]

    def trips(self) -> list[Trip]:
        trips: list[Trip] = self._source.trips()
        return [masked(trip)[0] for trip in trips]

    def attachment_data(self, attachment_id: int) -> bytes:
        data: bytes = self._source.attachment_data(attachment_id)
        return data

    def portfolio_texts(self) -> PortfolioTexts:
        texts: PortfolioTexts = self._source.portfolio_texts()
        result, self._counts["portfolio texts"] = masked(texts)
        return result

    def initiatives(self) -> list[Initiative]:
        found: list[Initiative] = self._source.initiatives()
        out = []
        for initiative in found:
            result, self._counts[f"initiative {initiative.uid}"] = masked(initiative)
            out.append(result)
        return out

    def self_ratings(self) -> list[SelfRating]:
        ratings: list[SelfRating] = self._source.self_ratings()
        out = []
        for n, rating in enumerate(ratings):
            result, self._counts[f"self-rating {n}"] = masked(rating)
            out.append(result)
        return out

    def mentor_comments(self, entry_uid: str | None = None) -> list[MentorComment]:
        comments: list[MentorComment] = self._source.mentor_comments(entry_uid)
        out = []
        for comment in comments:
            result, count = masked(comment)
            self._counts[f"comment {comment.uid}"] = count
            out.append(result)
        return out


def shown_hits(text: str, dismissed: tuple[str, ...] = ()) -> list[IdHit]:
    """The numbers the editor underlines in ``text``."""
    return [
        hit
        for hit in find_identity_numbers(text)
        if not dismissed or not is_dismissed(hit.number(text), dismissed)
    ]
