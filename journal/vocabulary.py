"""The words the journal shares between the app and the portfolio, in each language.

One table each, so that the window and the mentor's PDF never name the same thing in
two ways (the single-day kind was "Heldag" in one and "Endagsträff" in the other). The
words follow the programmes' own documents and the language review.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.domain import SessionKind

# The languages of the app, the portfolio and the programme files.
LANGUAGES = ("sv", "da", "en")


@dataclass(frozen=True, kw_only=True)
class Terms:
    """One word per concept in one language, for the window and the PDF alike.

    The translations of the window (``resources/translations``) and the portfolio's
    labels use these words; ``AVOID`` lists the synonyms they replaced, and a test reads
    both for them.
    """

    programme: str  # the whole programme (Danish "forløb", as the sources say)
    session: str  # one gathering of it (Danish "samling", never "forløb")
    sessions: str
    entry: str
    entries: str
    portfolio: str  # the PDF: "portfolio" in all three, the learning portfolio
    version: str  # a saved version of the leadership theory
    trip: str
    worked_from: str  # the experiences an A–R–L entry was worked up from
    method: str  # MiL's own name, kept in English as the Swedish source keeps it
    values: str  # the theory's second part: the source's "värdegrund"
    results: str  # search hits (Swedish "resultat": "träffar" would be sessions)


TERMS: dict[str, Terms] = {
    "sv": Terms(
        programme="program",
        session="tillfälle",
        sessions="tillfällen",
        entry="anteckning",
        entries="anteckningar",
        portfolio="portfolio",
        version="version",
        trip="lärresa",
        worked_from="Bearbetad från",
        method="Action – Reflection – Learning",
        values="Värdegrund",
        results="resultat",
    ),
    "da": Terms(
        programme="forløb",
        session="samling",
        sessions="samlinger",
        entry="notat",
        entries="notater",
        portfolio="portfolio",
        version="version",
        trip="studietur",
        worked_from="Bearbejdet fra",
        method="Action – Reflection – Learning",
        values="Værdigrundlag",
        results="resultater",
    ),
    "en": Terms(
        programme="programme",
        session="session",
        sessions="sessions",
        entry="entry",
        entries="entries",
        portfolio="portfolio",
        version="version",
        trip="study trip",
        worked_from="Worked up from",
        method="Action – Reflection – Learning",
        values="Values",
        results="results",
    ),
}

# The words the terms replaced (the language review, 3.1–3.11, 2.9, 2.11): none may
# come back in the window's translations or the portfolio's labels (as whole words,
# any case; "Læringstræf" stays only as the title DNLS 1.0 gives its sessions).
AVOID: dict[str, tuple[str, ...]] = {
    "sv": (
        "träff",
        "träffar",
        "träffen",
        "träffens",
        "portfölj",
        "portföljen",
        "Handling – Reflektion – Lärande",
        "resa",
        "resan",
        "resor",
        "studieresa",
        "Endagsträff",
    ),
    "da": (
        "udgave",
        "udgaver",
        "udgaven",
        "portefølje",
        "porteføljen",
        "noter",
        "rejse",
        "rejsen",
        "rejser",
        "Læringstræf",
        "Handling – Refleksion – Læring",
        "Temadag",
    ),
    "en": ("Learning session",),
}


def terms(language: str | None) -> Terms:
    """The words of ``language`` (English for any other)."""
    return TERMS.get(language or "en", TERMS["en"])


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
