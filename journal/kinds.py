"""The kinds of entries and of programme sessions.

Apart from :mod:`journal.domain` so that the command-line search needs nothing heavier
than an enum (see :mod:`journal.search`); import them from either.
"""

from __future__ import annotations

from enum import StrEnum


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
