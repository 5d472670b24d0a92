"""The words the journal shares between the app and the portfolio, in each language.

One table each, so that the window and the mentor's PDF never name the same thing in
two ways (the single-day kind was "Heldag" in one and "Endagsträff" in the other). The
words follow the programmes' own documents and the language review.
"""

from __future__ import annotations

from journal.domain import SessionKind

# The languages of the app, the portfolio and the programme files.
LANGUAGES = ("sv", "da", "en")

SESSION_KINDS: dict[str, dict[SessionKind, str]] = {
    "sv": {
        SessionKind.PRE_MEETING: "Förmöte",
        SessionKind.RESIDENTIAL: "Internat",
        SessionKind.SINGLE_DAY: "Heldag",
        SessionKind.SPARRING: "Mentorsamtal",
        SessionKind.STUDY_TRIP: "Lärresa",
        SessionKind.CLOSING_CONFERENCE: "Avslutningskonferens",
        SessionKind.OTHER: "Övrigt",
    },
    "da": {
        SessionKind.PRE_MEETING: "Formøde",
        SessionKind.RESIDENTIAL: "Internat",
        SessionKind.SINGLE_DAY: "Kursusdag",
        SessionKind.SPARRING: "Ledersparring",
        SessionKind.STUDY_TRIP: "Studietur",
        SessionKind.CLOSING_CONFERENCE: "Afslutningskonference",
        SessionKind.OTHER: "Andet",
    },
    "en": {
        SessionKind.PRE_MEETING: "Pre-meeting",
        SessionKind.RESIDENTIAL: "Residential",
        SessionKind.SINGLE_DAY: "Single day",
        SessionKind.SPARRING: "Sparring / mentor meeting",
        SessionKind.STUDY_TRIP: "Study trip",
        SessionKind.CLOSING_CONFERENCE: "Closing conference",
        SessionKind.OTHER: "Other",
    },
}


def session_kind(kind: SessionKind, language: str | None) -> str:
    """The name of a kind of session in ``language`` (English for any other)."""
    return SESSION_KINDS.get(language or "en", SESSION_KINDS["en"])[kind]


# The competency areas of "another programme" (one without a template of its own), to
# start from: the participant edits them in Programme → Programme and sessions. The three
# fields of leadership the Nordic programmes share (oneself, others, the organisation)
# and the two every healthcare programme adds (improvement, working across boundaries).
DEFAULT_AREAS: dict[str, tuple[str, ...]] = {
    "sv": (
        "Leda sig själv",
        "Leda andra",
        "Leda verksamhet",
        "Förbättringsarbete",
        "Samverkan",
    ),
    "da": (
        "Personligt lederskab",
        "Ledelse af medarbejdere",
        "Ledelse af opgaven",
        "Forbedringsarbejde",
        "Samarbejde på tværs",
    ),
    "en": (
        "Leading oneself",
        "Leading others",
        "Leading the organisation",
        "Improvement work",
        "Working across boundaries",
    ),
}


def default_areas(language: str | None) -> tuple[str, ...]:
    """The competency areas a programme without a template starts with, in ``language``."""
    return DEFAULT_AREAS.get(language or "en", DEFAULT_AREAS["en"])
