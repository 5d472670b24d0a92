"""The portfolio's fixed wording in Swedish, Danish and English, and its date formats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.domain import SessionKind
from journal.vocabulary import SESSION_KINDS, TERMS

_SV, _DA, _EN = TERMS["sv"], TERMS["da"], TERMS["en"]

NBSP = "\u00a0"  # inside a date: "31 december 2025" is never split over two lines


@dataclass(frozen=True, kw_only=True)
class Labels:
    language: str
    pdf_lang: str
    portfolio: str
    contents: str
    overview: str
    sparring_section: str
    agenda: str
    what_was_said: str
    next_steps: str
    theory_section: str
    arl_section: str
    experiences: str
    trips: str
    charts: str
    tag_index: str
    action: str
    reflection: str
    learning: str
    next_experiment: str
    theory: str
    values: str
    goals: str
    evolution: str
    version: str
    first_version: str
    whole_version: str  # the link to a version's full text in the appendix
    appendix: str
    working_text: str
    inserted: str
    deleted: str
    unchanged: str
    place: str
    culture: str
    context: str
    communication: str
    take_home: str
    private: str
    page_of: str  # "{page}" and "{pages}"
    exported: str
    modules: str
    sessions: str
    other_sessions: str
    no_session: str
    other_trip_notes: str
    date_label: str
    tentative: str  # under a suggested date the organiser has not confirmed
    session: str
    module: str
    location: str
    entries: str
    entries_per_month: str
    competency_coverage: str
    earlier: str
    later: str
    nothing: str
    photo_missing: str  # "{name}"
    attachment: str
    untitled: str
    worked_from: str
    grew_from: str  # under a theory version: the learnings that changed it
    changed_theory: str  # after an A–R–L entry's meta: "{versions}"
    programme_period: str
    selection: str  # "{what}": the cover's line for a filtered export
    only: str  # "{kinds}"
    and_word: str
    left_out: str  # "{n}"
    foreword: str
    year_at_a_glance: str
    theory_versions: str
    closing: str
    showcase: str  # what she presents at the programme's closing event
    self_assessment: str
    improvement: str  # the part on improvement work
    initiative_states: dict[str, str]
    aim: str
    team: str
    partners: str
    driver_diagram: str
    primary_drivers: str
    secondary_drivers: str
    change_ideas: str
    pdsa_cycles: str
    pdsa_cycle: str
    pdsa_study: str
    pdsa_act: str
    decisions: dict[str, str]
    indicator_kinds: dict[str, str]
    no_measurements: str
    median: str
    median_is: str  # "{median}"
    rules: dict[str, str]  # a run-chart rule that fired, in words
    no_signal: str
    too_few_points: str
    phases: dict[str, str]  # "start", "midway", "end"
    rating_scale: str  # what 1 and 5 mean
    learned: str
    going_next: str
    comment_guide: str  # the instruction page for the mentor
    comment_steps: tuple[str, ...]
    dialogue: str  # after a commented entry: the mentor's comments and my responses
    my_response: str
    on_the_whole: str  # comments on the portfolio as a whole
    kinds: dict[str, str]
    counted: dict[str, tuple[str, str]]  # after a number on the cover: one, more than one
    session_kinds: dict[SessionKind, str]
    months: tuple[str, ...]
    month_abbr: tuple[str, ...]
    day_month: str  # "{day}", "{month}", "{year}"
    day_only: str = "{day}"
    quotes: tuple[str, str] = ("“", "”")

    def quoted(self, text: str) -> str:
        """``text`` in the language's quotation marks (”…” in Swedish, »…« in Danish)."""
        return f"{self.quotes[0]}{text}{self.quotes[1]}"

    def page_label(self, page: int, pages: int) -> str:
        return self.page_of.format(page=page, pages=pages)

    def day(self, d: date) -> str:
        """A date that never breaks across lines ("31\u00a0december\u00a02025")."""
        text = self.day_month.format(day=d.day, month=self.months[d.month - 1], year=d.year)
        return text.replace(" ", NBSP)

    def month(self, year: int, month: int) -> str:
        name = self.months[month - 1]
        return f"{name[:1].upper()}{name[1:]} {year}"

    def span(self, start: date | None, end: date | None) -> str:
        """A date or a range of dates, without repeating what both ends share."""
        if start is None:
            return self.day(end) if end else ""
        if end is None or end == start:
            return self.day(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{self.day_only.format(day=start.day)}–{self.day(end)}"
        return f"{self.day(start)} – {self.day(end)}"

    def period(self, start: date | None, end: date | None) -> str:
        """Months only, for the cover: "augusti 2025 – juni 2026"."""
        if start is None or end is None:
            return ""
        a = f"{self.months[start.month - 1]}{NBSP}{start.year}"
        b = f"{self.months[end.month - 1]}{NBSP}{end.year}"
        return a if a == b else f"{a} – {b}"


_SV_MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
_DA_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

SV = Labels(
    language="sv",
    pdf_lang="sv-SE",
    portfolio="Ledarskapsportfolio",
    contents="Innehåll",
    overview="Programöversikt",
    sparring_section="Mötesanteckningar",  # notes on any session, not only sparring
    agenda="Dagordning",
    what_was_said="Vad som sades",
    next_steps="Överenskomna nästa steg",
    theory_section="Min ledarskapsteori",
    arl_section=_SV.method,
    experiences="Erfarenheter",
    trips="Lärresor",
    charts="Diagram",
    tag_index="Taggregister",
    action="Action",  # review 2.9: MiL's own words, as the Swedish source has them
    reflection="Reflection",
    learning="Learning",
    next_experiment="Nästa experiment",
    theory="Teori",
    values=_SV.values,
    goals="Mål",
    evolution="Så har teorin vuxit fram",
    version="Version {n}",
    first_version="Första versionen.",
    whole_version="Hela versionen finns i bilagan →",
    appendix="Bilaga: min ledarskapsteoris versioner",
    working_text="Arbetstext efter senaste versionen",
    inserted="tillagt",
    deleted="borttaget",
    unchanged="Oförändrad.",
    place="Plats",
    culture="Kultur",
    context="Kontext",
    communication="Kommunikation",
    take_home="Det jag tar med hem",
    private="Privat",
    page_of="sida {page} av {pages}",
    exported="Exporterad {date}",
    modules="Moduler",
    sessions=_SV.sessions.capitalize(),
    other_sessions=f"Övriga {_SV.sessions}",
    no_session=f"Utan koppling till ett {_SV.session}",
    other_trip_notes="Övriga anteckningar från lärresor",
    date_label="Datum",
    tentative="datum ej bekräftat",
    session=_SV.session.capitalize(),
    module="Modul",
    location="Plats",
    entries="Antal",
    entries_per_month="Anteckningar per månad",
    competency_coverage="Anteckningar per kompetensområde",
    earlier="tidigare",
    later="senare",
    nothing="Inga anteckningar.",
    photo_missing="Bilden {name} kunde inte visas.",
    attachment="Bilaga",
    untitled="(utan rubrik)",
    worked_from=_SV.worked_from,
    grew_from="Växte fram ur",
    changed_theory="Ändrade min ledarskapsteori: {versions}",
    programme_period="Programperiod",
    selection="Urval: {what}",
    only="endast {kinds}",
    and_word="och",
    left_out="{n} utelämnade",
    foreword="Förord",
    year_at_a_glance="Året i korthet",
    theory_versions="Versioner av min ledarskapsteori",
    closing="Avslutande sammanfattning",
    showcase="Det jag visar på avslutningen",
    self_assessment="Mina kompetenser över tid",
    improvement="Förbättringsarbete",
    initiative_states={
        "planning": "Planeras",
        "testing": "Testas",
        "implementing": "Införs",
        "spreading": "Sprids",
        "closed": "Avslutat",
    },
    aim="Mål: vad vill vi åstadkomma?",
    team="Teamet",
    partners="Samarbetspartner över gränserna",
    driver_diagram="Drivkraftsdiagram",
    primary_drivers="Primära drivkrafter",
    secondary_drivers="Sekundära drivkrafter",
    change_ideas="Förändringsidéer",
    pdsa_cycles="PDSA-cykler",
    pdsa_cycle="Cykel",
    pdsa_study="Studera",
    pdsa_act="Agera",
    decisions={"adopt": "Införa", "adapt": "Anpassa", "abandon": "Avbryta"},
    indicator_kinds={
        "outcome": "Resultatmått",
        "process": "Processmått",
        "balancing": "Balansmått",
    },
    no_measurements="Inga mätvärden än.",
    median="median",
    median_is="Median {median}",
    rules={
        "shift": "ett skift (sex eller fler punkter på samma sida om medianen)",
        "trend": "en trend (fem eller fler punkter i rad uppåt eller nedåt)",
        "few_runs": "för få serier",
        "many_runs": "för många serier",
        "astronomical": "en astronomisk punkt",
    },
    no_signal="inget icke-slumpmässigt mönster",
    too_few_points="seriereglerna kräver minst tio punkter utanför medianen",
    phases={"start": "I början", "midway": "Halvvägs", "end": "I slutet"},
    rating_scale="1 = här börjar jag, 5 = en styrka jag bygger på",
    learned="Vad jag har lärt mig",
    going_next="Vart jag går härnäst",
    comment_guide="Så kommenterar du portfolion",
    comment_steps=(
        "Öppna filen i en PDF-läsare: Adobe Acrobat Reader, Förhandsvisning på Mac, "
        "Microsoft Edge, Firefox, Okular eller Evince.",
        "Lägg till en kommentar (notering) vid det du vill säga något om, eller markera "
        "några ord och skriv din kommentar till markeringen. En kommentar hör till den "
        "text den står vid; på omslaget och innehållssidan gäller den hela portfolion.",
        "Spara filen med Arkiv → Spara. Använd inte ”Skriv ut” till PDF eller ”Spara som "
        "PDF” i utskriftsdialogen: då försvinner kommentarerna.",
        "Skicka den sparade filen tillbaka. Kommentarerna läses in i dagboken, vid den "
        "text de gäller, och besvaras där.",
        "Har filen ett lösenord behåller den det när du sparar.",
    ),
    dialogue="Dialog med min mentor",
    my_response="Mitt svar",
    on_the_whole="Om portfolion som helhet",
    kinds={
        "experience": "Erfarenheter",
        "arl": _SV.method,
        "theory": "Ledarskapsteori",
        "trip_note": "Lärresor",
    },
    counted={
        "experience": ("erfarenhet", "erfarenheter"),
        "arl": ("A–R–L-anteckning", "A–R–L-anteckningar"),  # review 3.22
        "trip_note": ("anteckning från en lärresa", "anteckningar från lärresor"),
    },
    session_kinds=SESSION_KINDS["sv"],
    months=_SV_MONTHS,
    month_abbr=tuple(m[:3] for m in _SV_MONTHS),
    day_month="{day} {month} {year}",
    quotes=("”", "”"),
)

DA = Labels(
    language="da",
    pdf_lang="da-DK",
    portfolio="Ledelsesportfolio",
    contents="Indhold",
    overview="Forløbsoversigt",  # review 3.1: "forløb" is the programme
    sparring_section="Mødenoter",
    agenda="Dagsorden",
    what_was_said="Hvad der blev sagt",
    next_steps="Aftalte næste skridt",
    theory_section="Min ledelsesteori",
    arl_section=_DA.method,
    experiences="Erfaringer",
    trips="Studieture",
    charts="Diagrammer",
    tag_index="Tagregister",
    action="Handling",
    reflection="Refleksion",
    learning="Læring",
    next_experiment="Næste eksperiment",
    theory="Teori",
    values=_DA.values,  # review 2.11: the source's "värdegrund"
    goals="Mål",
    evolution="Sådan har teorien udviklet sig",
    version="Version {n}",
    first_version="Første version.",
    whole_version="Hele versionen står i bilaget →",
    appendix="Bilag: min ledelsesteoris versioner",
    working_text="Arbejdstekst efter seneste version",
    inserted="tilføjet",
    deleted="slettet",
    unchanged="Uændret.",
    place="Sted",
    culture="Kultur",
    context="Kontekst",
    communication="Kommunikation",
    take_home="Det, jeg tager med hjem",
    private="Privat",
    page_of="side {page} af {pages}",
    exported="Eksporteret {date}",
    modules="Moduler",
    sessions=_DA.sessions.capitalize(),
    other_sessions=f"Øvrige {_DA.sessions}",
    no_session=f"Uden tilknytning til en {_DA.session}",
    other_trip_notes="Øvrige notater fra studieture",
    date_label="Dato",
    tentative="dato ikke bekræftet",
    session=_DA.session.capitalize(),
    module="Modul",
    location="Sted",
    entries="Antal",
    entries_per_month="Notater pr. måned",
    competency_coverage="Notater pr. kompetenceområde",
    earlier="tidligere",  # review 3.19: "før" alone under a bar
    later="senere",
    nothing="Ingen notater.",
    photo_missing="Billedet {name} kunne ikke vises.",
    attachment="Bilag",
    untitled="(uden titel)",
    worked_from=_DA.worked_from,
    grew_from="Voksede ud af",
    changed_theory="Ændrede min ledelsesteori: {versions}",
    programme_period="Forløbsperiode",
    selection="Udvalg: {what}",
    only="kun {kinds}",
    and_word="og",
    left_out="{n} udeladt",
    foreword="Forord",
    year_at_a_glance="Året i overblik",
    theory_versions="Versioner af min ledelsesteori",
    closing="Afsluttende opsummering",
    showcase="Det, jeg præsenterer ved afslutningen",
    self_assessment="Mine kompetencer over tid",
    improvement="Forbedringsarbejde",
    initiative_states={
        "planning": "Planlægges",
        "testing": "Afprøves",
        "implementing": "Implementeres",
        "spreading": "Spredes",
        "closed": "Afsluttet",
    },
    aim="Mål: hvad vil vi opnå?",
    team="Teamet",
    partners="Samarbejdspartnere på tværs af sektorer",
    driver_diagram="Driverdiagram",
    primary_drivers="Primære drivere",
    secondary_drivers="Sekundære drivere",
    change_ideas="Forandringsidéer",
    pdsa_cycles="PDSA-cyklusser",
    pdsa_cycle="Cyklus",
    pdsa_study="Studér",
    pdsa_act="Handl",
    decisions={"adopt": "Indfør", "adapt": "Tilpas", "abandon": "Opgiv"},
    indicator_kinds={
        "outcome": "Resultatindikator",
        "process": "Procesindikator",
        "balancing": "Balanceindikator",
    },
    no_measurements="Ingen målinger endnu.",
    median="median",
    median_is="Median {median}",
    rules={
        "shift": "et skift (seks eller flere punkter på samme side af medianen)",
        "trend": "en trend (fem eller flere punkter i træk op eller ned)",
        "few_runs": "for få serier",
        "many_runs": "for mange serier",
        "astronomical": "et astronomisk punkt",
    },
    no_signal="intet ikke-tilfældigt mønster",
    too_few_points="seriereglerne kræver mindst ti punkter uden for medianen",
    phases={"start": "Ved start", "midway": "Midtvejs", "end": "Ved afslutning"},
    rating_scale="1 = her begynder jeg, 5 = en styrke, jeg bygger på",
    learned="Hvad jeg har lært",
    going_next="Hvor jeg går hen herfra",
    comment_guide="Sådan kommenterer du portfolioen",
    comment_steps=(
        "Åbn filen i et PDF-program: Adobe Acrobat Reader, Eksempel på Mac, Microsoft "
        "Edge, Firefox, Okular eller Evince.",
        "Tilføj en kommentar (note) ved det, du vil sige noget om, eller markér nogle ord "
        "og skriv din kommentar til markeringen. En kommentar hører til den tekst, den "
        "står ved; på forsiden og indholdssiden gælder den hele portfolioen.",
        "Gem filen med Filer → Gem. Brug ikke »Udskriv« til PDF eller »Gem som PDF« i "
        "udskriftsdialogen: så forsvinder kommentarerne.",
        "Send den gemte fil tilbage. Kommentarerne indlæses i dagbogen ved den tekst, de "
        "gælder, og besvares der.",
        "Har filen en adgangskode, beholder den den, når du gemmer.",
    ),
    dialogue="Dialog med min sparringspartner",
    my_response="Mit svar",
    on_the_whole="Om portfolioen som helhed",
    kinds={
        "experience": "Erfaringer",
        "arl": _DA.method,
        "theory": "Ledelsesteori",
        "trip_note": "Studieture",
    },
    counted={
        "experience": ("erfaring", "erfaringer"),
        "arl": ("A–R–L-notat", "A–R–L-notater"),  # review 3.14
        "trip_note": ("notat fra en studietur", "notater fra studieture"),
    },
    session_kinds=SESSION_KINDS["da"],
    months=_DA_MONTHS,
    month_abbr=tuple(m[:3] for m in _DA_MONTHS),
    day_month="{day}. {month} {year}",
    quotes=("»", "«"),
    day_only="{day}.",
)

EN = Labels(
    language="en",
    pdf_lang="en-GB",
    portfolio="Leadership portfolio",
    contents="Contents",
    overview="Programme overview",
    sparring_section="Meeting notes",
    agenda="Agenda",
    what_was_said="What was said",
    next_steps="Agreed next steps",
    theory_section="My leadership theory",
    arl_section=_EN.method,
    experiences="Experiences",
    trips="Study trips",
    charts="Charts",
    tag_index="Index of tags",
    action="Action",
    reflection="Reflection",
    learning="Learning",
    next_experiment="Next experiment",
    theory="Theory",
    values="Values",
    goals="Goals",
    evolution="How the theory evolved",
    version="Version {n}",
    first_version="First version.",
    whole_version="The whole version is in the appendix →",
    appendix="Appendix: the versions of my leadership theory",
    working_text="Working text since the latest version",
    inserted="added",
    deleted="removed",
    unchanged="Unchanged.",
    place="Place",
    culture="Culture",
    context="Context",
    communication="Communication",
    take_home="What I take home",
    private="Private",
    page_of="page {page} of {pages}",
    exported="Exported {date}",
    modules="Modules",
    sessions="Sessions",
    other_sessions="Other sessions",
    no_session="Not linked to a session",
    other_trip_notes="Other study-trip notes",
    date_label="Date",
    tentative="date to be confirmed",
    session="Session",
    module="Module",
    location="Place",
    entries="Entries",
    entries_per_month="Entries per month",
    competency_coverage="Entries per competency area",
    earlier="earlier",
    later="later",
    nothing="No entries.",
    photo_missing="The photo {name} could not be shown.",
    attachment="Attachment",
    untitled="(untitled)",
    worked_from=_EN.worked_from,
    grew_from="Grew from",
    changed_theory="Changed my leadership theory: {versions}",
    programme_period="Programme period",
    selection="Selection: {what}",
    only="{kinds} only",
    and_word="and",
    left_out="{n} left out",
    foreword="Foreword",
    year_at_a_glance="The year at a glance",
    theory_versions="Versions of my leadership theory",
    closing="Closing summary",
    showcase="What I present at the close",
    self_assessment="My competencies over time",
    improvement="Improvement work",
    initiative_states={
        "planning": "Planning",
        "testing": "Testing",
        "implementing": "Implementing",
        "spreading": "Spreading",
        "closed": "Closed",
    },
    aim="Aim: what are we trying to accomplish?",
    team="The team",
    partners="Partners across sectors",
    driver_diagram="Driver diagram",
    primary_drivers="Primary drivers",
    secondary_drivers="Secondary drivers",
    change_ideas="Change ideas",
    pdsa_cycles="PDSA cycles",
    pdsa_cycle="Cycle",
    pdsa_study="Study",
    pdsa_act="Act",
    decisions={"adopt": "Adopt", "adapt": "Adapt", "abandon": "Abandon"},
    indicator_kinds={
        "outcome": "Outcome measure",
        "process": "Process measure",
        "balancing": "Balancing measure",
    },
    no_measurements="No measurements yet.",
    median="median",
    median_is="Median {median}",
    rules={
        "shift": "a shift (six or more points on one side of the median)",
        "trend": "a trend (five or more points in a row going up or down)",
        "few_runs": "too few runs",
        "many_runs": "too many runs",
        "astronomical": "an astronomical point",
    },
    no_signal="no non-random pattern",
    too_few_points="the runs rule needs at least ten points off the median",
    phases={"start": "At the start", "midway": "Midway", "end": "At the end"},
    rating_scale="1 = where I begin, 5 = a strength I build on",
    learned="What I have learned",
    going_next="Where I go next",
    comment_guide="How to comment on this portfolio",
    comment_steps=(
        "Open the file in a PDF reader: Adobe Acrobat Reader, Preview on a Mac, "
        "Microsoft Edge, Firefox, Okular or Evince.",
        "Add a comment (a sticky note) by what you want to say something about, or "
        "highlight a few words and write your comment on the highlight. A comment belongs "
        "to the text it stands by; on the cover and the contents page it is about the "
        "whole portfolio.",
        "Save the file with File → Save. Do not “Print” to PDF or “Save as PDF” from the "
        "print dialog: that drops the comments.",
        "Send the saved file back. The comments are read into the journal, beside the text "
        "they are about, and answered there.",
        "If the file has a password, it keeps it when you save.",
    ),
    dialogue="Dialogue with my mentor",
    my_response="My response",
    on_the_whole="On the portfolio as a whole",
    kinds={
        "experience": "Experiences",
        "arl": _EN.method,
        "theory": "Leadership theory",
        "trip_note": "Study trips",
    },
    counted={
        "experience": ("experience", "experiences"),
        "arl": ("Action – Reflection – Learning entry", "Action – Reflection – Learning entries"),
        "trip_note": ("study-trip note", "study-trip notes"),
    },
    session_kinds=SESSION_KINDS["en"],
    months=_EN_MONTHS,
    month_abbr=tuple(m[:3] for m in _EN_MONTHS),
    day_month="{day} {month} {year}",
)

_BY_LANGUAGE = {"sv": SV, "da": DA, "en": EN}


def labels_for(language: str | None) -> Labels:
    """The labels for a language code ("sv", "da-DK", "en"...); English when unknown."""
    code = (language or "en").strip().lower()[:2]
    return _BY_LANGUAGE.get(code, EN)
