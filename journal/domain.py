"""The journal's domain values: what the rest of the application reads and writes.

These are plain frozen dataclasses, detached from the database: the storage layer
turns them into rows and back, the UI, the exporters and the CLI only ever see
these. Change one with :func:`dataclasses.replace` and hand it to ``Journal.save``.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple, TypedDict

from journal.search import without_markup


class EntryKind(StrEnum):
    EXPERIENCE = "experience"
    ARL = "arl"
    THEORY = "theory"
    TRIP_NOTE = "trip_note"


class SessionKind(StrEnum):
    PRE_MEETING = "pre_meeting"
    RESIDENTIAL = "residential"
    SINGLE_DAY = "single_day"
    SPARRING = "sparring"
    STUDY_TRIP = "study_trip"
    CLOSING_CONFERENCE = "closing_conference"
    OTHER = "other"


def first_words(text: str, limit: int = 60) -> str:
    """The first words of ``text`` (its first line with text, without Markdown markers),
    cut at a word before ``limit`` characters with "…": an untitled entry's name."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    words = " ".join(without_markup(line).split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > limit // 2 else limit].rstrip(" ,.;:–-") + "…"


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(entry: Entry) -> int:
    """How many words the participant wrote in ``entry`` (title and text fields)."""
    return sum(len(_WORD.findall(text)) for text in entry.text_fields().values())


def new_uid() -> str:
    """A fresh stable identifier for an entry, session or trip."""
    return uuid.uuid4().hex


@dataclass(frozen=True, kw_only=True)
class Participant:
    name: str
    role: str = ""
    organisation: str = ""
    language: str = "en"  # "sv", "da" or "en": the language of the portfolio headings


@dataclass(frozen=True, kw_only=True)
class PortfolioTexts:
    """What the participant writes for the portfolio itself (Markdown): a foreword after
    the contents, what she presents at the programme's closing event, and a closing
    summary at the end."""

    foreword: str = ""
    learned: str = ""  # "What I have learned"
    next_steps: str = ""  # "Where I go next"
    # What she presents at the closing event ("Spræng Rammerne", "Fernisering", the
    # final conference): results, what they gained, how they can be carried over.
    showcase: str = ""

    def is_empty(self) -> bool:
        return not any(t.strip() for t in dataclasses.astuple(self))


class RatingPhase(StrEnum):
    """When in the programme a self-assessment is made."""

    START = "start"
    MIDWAY = "midway"
    END = "end"


RATING_SCALE = range(1, 6)  # 1: just beginning … 5: a strength I build on


@dataclass(frozen=True, kw_only=True)
class SelfRating:
    """How the participant rates herself in one competency area at one point of the
    programme, with a sentence on why (review 4.6: self-assessment over time)."""

    area: str
    phase: RatingPhase
    rating: int  # in RATING_SCALE
    note: str = ""
    rated_on: date = field(default_factory=date.today)


@dataclass(frozen=True, kw_only=True)
class ProgrammeModule:
    uid: str = field(default_factory=new_uid)
    name: str
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProgrammeSession:
    uid: str = field(default_factory=new_uid)
    title: str
    kind: SessionKind = SessionKind.OTHER
    starts_on: date
    ends_on: date | None = None
    module_uid: str | None = None
    location: str = ""
    # A session (or its date) a template suggests that the programme's documents do not
    # give: "date to be confirmed by your organiser" until the participant sets it.
    tentative: bool = False
    # Any session keeps its own note (a sparring meeting, a team meeting, a conference).
    agenda: str = ""
    notes: str = ""
    next_steps: str = ""


@dataclass(frozen=True, kw_only=True)
class Programme:
    name: str
    name_en: str = ""
    template_id: str = ""
    organiser: str = ""
    # What the template is built from and what in it is a suggestion (shown at first run
    # and in Programme → Programme and sessions).
    description: str = ""
    language: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    modules: tuple[ProgrammeModule, ...] = ()
    sessions: tuple[ProgrammeSession, ...] = ()
    competency_areas: tuple[str, ...] = ()
    # Guiding questions by key ("experience", "arl_action", ..., "trip_communication"),
    # kept with the programme so an organiser's own file keeps its prompts.
    prompts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def closing_event(self) -> ProgrammeSession | None:
        """The programme's closing event ("Spræng Rammerne", "Fernisering"): its last
        closing-conference session, if it has one."""
        closing = [s for s in self.sessions if s.kind == SessionKind.CLOSING_CONFERENCE]
        return max(closing, key=lambda s: s.starts_on) if closing else None


@dataclass(frozen=True, kw_only=True)
class Trip:
    uid: str = field(default_factory=new_uid)
    destination: str
    starts_on: date | None = None
    ends_on: date | None = None
    # The programme's study-trip session this trip is (by uid; None: a trip of her own).
    session_uid: str | None = None


@dataclass(frozen=True, kw_only=True)
class Attachment:
    """A photo or file kept inside the journal; its bytes are fetched on demand."""

    id: int
    file_name: str
    media_type: str
    sha256: str
    size: int
    caption: str = ""  # what the participant wrote under it (the portfolio shows it)


class FileToAttach(NamedTuple):
    """A photo or file to store with a new entry (an import, the demo)."""

    file_name: str
    media_type: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True, kw_only=True)
class TheoryVersion:
    created_at: datetime
    theory: str = ""
    values: str = ""
    goals: str = ""
    change_note: str = ""
    # The A–R–L entries (uids) whose learning changed the theory into this version.
    grew_from: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Entry:
    """What every kind of entry has. Use one of the subclasses (each takes these fields
    as keywords; :class:`EntryFields` names them for building one from a dict)."""

    id: int | None = None
    uid: str = field(default_factory=new_uid)
    title: str = ""
    occurred_on: date = field(default_factory=date.today)
    private: bool = False
    tags: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    session_uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # When it was moved to the Trash (None: not in it). Set by Journal.trash_entry and
    # cleared by Journal.restore_entry; save() keeps it as it is, an import takes it.
    deleted_at: datetime | None = None
    # Photos and files, on any kind of entry. Managed with Journal.add_attachment and
    # remove_attachment, not by save() (an import's are written with the new entry).
    attachments: tuple[Attachment, ...] = ()
    # Numbers the participant said are not personal identity numbers, as salted hashes
    # (journal.identity_numbers.dismissal). Added with Journal.dismiss_identity_number;
    # save() writes them only for a new entry (an import).
    dismissed_numbers: tuple[str, ...] = ()

    kind: EntryKind = field(init=False, default=EntryKind.EXPERIENCE)

    def text_fields(self) -> dict[str, str]:
        """The user-written text of this entry, by field name (for search and export)."""
        return {"title": self.title}


class HeaderFields(TypedDict):
    """What the header of every editor edits (``dataclasses.replace(entry, **fields)``)."""

    title: str
    occurred_on: date
    private: bool
    tags: tuple[str, ...]
    competencies: tuple[str, ...]
    session_uid: str | None


class EntryFields(HeaderFields, total=False):
    """Every field of :class:`Entry` (the header's required): ``Experience(**fields, body=...)``."""

    id: int | None
    uid: str
    created_at: datetime | None
    updated_at: datetime | None
    deleted_at: datetime | None
    attachments: tuple[Attachment, ...]
    dismissed_numbers: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Experience(Entry):
    body: str = ""
    kind: EntryKind = field(init=False, default=EntryKind.EXPERIENCE)

    def text_fields(self) -> dict[str, str]:
        return {"title": self.title, "body": self.body}


@dataclass(frozen=True, kw_only=True)
class ArlEntry(Entry):
    action: str = ""
    reflection: str = ""
    learning: str = ""
    next_experiment: str = ""
    from_experiences: tuple[str, ...] = ()  # uids of the experiences it was worked up from
    kind: EntryKind = field(init=False, default=EntryKind.ARL)

    def text_fields(self) -> dict[str, str]:
        return {
            "title": self.title,
            "action": self.action,
            "reflection": self.reflection,
            "learning": self.learning,
            "next_experiment": self.next_experiment,
        }


@dataclass(frozen=True, kw_only=True)
class TheoryEntry(Entry):
    """The participant's own leadership theory.

    ``theory``, ``values`` and ``goals`` are the working text, saved as it is typed;
    ``versions`` are the dated snapshots taken with "save as new version", oldest
    first, and never change once taken.
    """

    theory: str = ""
    values: str = ""
    goals: str = ""
    versions: tuple[TheoryVersion, ...] = ()
    kind: EntryKind = field(init=False, default=EntryKind.THEORY)

    def text_fields(self) -> dict[str, str]:
        return {
            "title": self.title,
            "theory": self.theory,
            "values": self.values,
            "goals": self.goals,
        }


@dataclass(frozen=True, kw_only=True)
class TripNote(Entry):
    trip: Trip | None = None
    place: str = ""
    culture: str = ""
    context: str = ""
    communication: str = ""
    # What she takes home to her own organisation: the lesson of the trip (review 2.13).
    take_home: str = ""
    kind: EntryKind = field(init=False, default=EntryKind.TRIP_NOTE)

    def text_fields(self) -> dict[str, str]:
        return {
            "title": self.title,
            "trip": self.trip.destination if self.trip else "",
            "place": self.place,
            "culture": self.culture,
            "context": self.context,
            "communication": self.communication,
            "take_home": self.take_home,
        }


@dataclass(frozen=True, kw_only=True)
class EntrySummary:
    """One row of the entry list: enough to show it without loading the entry."""

    id: int
    uid: str
    kind: EntryKind
    title: str
    occurred_on: date
    private: bool
    session_uid: str | None
    updated_at: datetime
    # The first words of its text, for an entry without a title.
    preview: str = ""
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class EntryFacts(EntrySummary):
    """What an overview of many entries needs of one: no text, no versions, no photos."""

    trip_uid: str | None
    tags: tuple[str, ...]
    competencies: tuple[str, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class SearchHit:
    """One entry found by a search, best first."""

    entry_id: int
    kind: EntryKind
    title: str
    occurred_on: date
    private: bool
    # The snippet as runs of text; True marks a run that matched the query.
    snippet: tuple[tuple[str, bool], ...]


@dataclass(frozen=True, kw_only=True)
class EntryFilter:
    """Which entries a list shows. Empty fields do not filter."""

    kinds: frozenset[EntryKind] = frozenset()
    tag: str | None = None
    session_uid: str | None = None
    module_uid: str | None = None
    include_private: bool = True
    date_from: date | None = None
    date_to: date | None = None
    # False: entries not in the Trash (every list, count, search and the portfolio);
    # True: only the Trash; None: both (the JSON export keeps everything).
    in_trash: bool | None = False
    # Only entries with a mentor's comment not answered yet (journal.feedback).
    awaiting_response: bool = False
