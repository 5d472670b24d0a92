"""A realistic demo journal: for trying the app, screenshots and benchmarks.

Every kind of entry, study trips with generated photos and some private entries, spread
over a programme year of a Swedish regional programme. ``language="sv"`` (the command
line's demo and the README's screenshots) writes Swedish only, as a participant would;
``"mixed"`` (the benchmarks and tests) mixes Swedish, Danish and English text, to have
every script in the journal. Deterministic for a given seed. Written in large
transactions, so 10,000 entries take seconds.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from journal.domain import (
    ArlEntry,
    Entry,
    EntryFields,
    Experience,
    FileToAttach,
    Participant,
    PortfolioTexts,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    RatingPhase,
    SelfRating,
    SessionKind,
    TheoryEntry,
    TheoryVersion,
    Trip,
    TripNote,
)
from journal.improvement.demo import demo_initiative
from journal.programmes import instantiate, template
from journal.store import Journal

SV = [
    "Jag ledde dagens möte med enhetscheferna och märkte hur tyst det blev när budgeten kom upp.",
    "Vi pratade om personcentrering och hur patientens röst ska höras i förbättringsarbetet.",
    "En medarbetare sa att hon inte känner sig sedd i förändringen.",
    "Jag valde att stanna upp och fråga i stället för att ge svaret själv.",
    "Systemförståelse handlar om att se hur akuten och primärvården påverkar varandra.",
    "Min reflektion är att jag ofta tar över när det blir obekvämt.",
    "Lärandet för mig är att tillit byggs i de små samtalen, inte på ledningsgruppsmötet.",
    "Nästa vecka vill jag pröva att låta gruppen formulera målet först.",
    "Vi följde upp väntetiderna och såg en tydlig förbättring sedan i våras.",
    "Samtalet med förvaltningschefen gav mig ett nytt perspektiv på mitt uppdrag.",
]
# More Swedish for a journal in Swedish only: a year of entries repeats less.
SV_MORE = [
    "På internatet övade vi på att ge feedback utan att döma.",
    "Jag bad teamet beskriva en vanlig dag utifrån patientens väg genom akuten.",
    "Det var första gången jag sa högt att jag inte visste svaret.",
    "Vi bjöd in patientrådet till arbetsplatsträffen.",
    "Min mentor frågade vad jag undviker, och jag hade inget bra svar.",
    "När vi mätte beläggningen varje morgon blev diskussionen mer saklig.",
    "Jag märkte att jag lyssnar bättre när jag inte sitter vid bordets kortände.",
    "Vi testade en kort avstämning vid varje skiftbyte under två veckor.",
    "Chefsgruppen behöver mer tid för reflektion och mindre för rapporter.",
    "Jag vill bli bättre på att följa upp det vi bestämmer.",
]
SV_TITLES = [
    "Svårt samtal om bemanning",
    "Ledningsgruppen och budgeten",
    "Samtal med en medarbetare",
    "Uppföljning av väntetider",
    "Patientens röst i förbättringsarbetet",
    "Arbetsplatsträff om schemat",
    "Feedback från min mentor",
    "Skiftbytet på akuten",
    "Mötet med förvaltningschefen",
    "När jag inte hade svaret",
    "Delegera mötesledningen",
    "Morgonmötet och beläggningen",
]
SV_TAGS = [
    "möte",
    "samtal",
    "förändring",
    "feedback",
    "kvalitet",
    "patientsäkerhet",
    "kommunikation",
    "tillit",
    "delegering",
]
# What each sparring conversation was about, so that no two are the same.
SPARRING = [
    (
        "Mina erfarenheter sedan uppstarten",
        "Vi pratade om hur jag tar emot kritik.",
        "Be om feedback efter nästa ledningsgrupp.",
    ),
    (
        "Ledningsgruppen",
        "Vi pratade om hur jag leder andra chefer.",
        "Pröva att delegera mötesledningen.",
    ),
    (
        "Budgetarbetet",
        "Hur jag förklarar besparingar utan att tappa tilliten.",
        "Berätta om beslutet innan det står i protokollet.",
    ),
    (
        "Lärresan",
        "Vad jag tar med mig från Kina om hierarki och tystnad.",
        "Låt de yngsta tala först på nästa möte.",
    ),
    (
        "Förbättringsarbetet",
        "Hur vi håller i mätningarna när det blir stressigt.",
        "Boka uppföljning av väntetiderna varje månad.",
    ),
    (
        "Inför avslutningen",
        "Vad som har förändrats i min ledarskapsteori.",
        "Skriva en ny version av teorin före avslutningen.",
    ),
]
DA = [
    "På læringstræffet arbejdede vi med driverdiagram og PDSA-cyklusser.",
    "Min sparringspartner spurgte, hvad jeg selv ville gøre anderledes næste gang.",
    "Borgerinddragelse kræver, at vi lytter, før vi planlægger.",
    "Vi drøftede datadreven ledelse og hvilke indikatorer der giver mening for borgeren.",
    "Ledelse på tværs af sektorer er svært, når vi har forskellige økonomier.",
    "Jeg oplevede, at teamet tog ejerskab, da jeg trådte et skridt tilbage.",
    "Den gode udskrivelse begynder allerede ved indlæggelsen.",
    "Refleksion: jeg har en tendens til at løse problemerne for hurtigt.",
    "Næste eksperiment er at starte mødet med borgerens perspektiv.",
]
EN = [
    "I noticed that the team relaxed once I admitted I did not have the answer.",
    "The ward manager and I disagreed about staffing, and we both had a point.",
    "Looking back, I spent most of the meeting defending rather than listening.",
    "We agreed to measure discharge times weekly and review them together.",
    "Feedback from a colleague: I interrupt when I am under pressure.",
    "What I want to try next is a short check-in round at the start of every meeting.",
]
TITLES = [
    "Svårt samtal om bemanning",
    "Ledningsgruppen och budgeten",
    "Samtal med en medarbetare",
    "Uppföljning av väntetider",
    "Læringstræf: driverdiagram",
    "Sparring om mit lederskab",
    "Møde med kommunen om udskrivelse",
    "Borgerinddragelse i praksis",
    "Staff meeting after the merger",
    "Feedback from my sparring partner",
    "A difficult handover",
    "Patientens röst i förbättringsarbetet",
]
TAGS = [
    "möte",
    "samtal",
    "förändring",
    "teamudvikling",
    "feedback",
    "kvalitet",
    "patientsäkerhet",
    "kommunikation",
    "PDSA",
    "tillit",
]
COMPETENCIES = [
    "Systemförståelse",
    "Förbättringsarbete",
    "Personcentrering",
    "Leda verksamhet",
    "Leda andra chefer",
    "Leda sig själv",
]
SV_PLACES = [
    ("北京", "Pekings universitetssjukhus"),
    ("上海", "Ruijin-sjukhuset"),
    ("København", "Rigshospitalet"),
    ("Aarhus", "Aarhus universitetssjukhus"),
]
PLACES = [
    ("北京", "Peking University Hospital"),
    ("上海", "Ruijin-sjukhuset"),
    ("København", "Rigshospitalet"),
    ("Aarhus", "Aarhus Universitetshospital"),
]


def demo_programme(start: date) -> Programme:
    """A Swedish regional programme year worked with Action – Reflection – Learning."""
    modules = (
        ProgrammeModule(name="Leda sig själv", themes=("personligt ledarskap", "värdegrund")),
        ProgrammeModule(name="Leda andra chefer", themes=("kommunikation", "motivation")),
        ProgrammeModule(name="Leda verksamhet", themes=("förändringsledning", "omvärldskunskap")),
    )
    sessions = [
        ProgrammeSession(
            title="Uppstart och förmöte med mentor",
            kind=SessionKind.PRE_MEETING,
            starts_on=start,
            module_uid=modules[0].uid,
        )
    ]
    for i in range(6):
        module = modules[min(i // 2, 2)]
        day = start + timedelta(days=45 * (i + 1))
        sessions.append(
            ProgrammeSession(
                title=f"Internat {i + 1}",
                kind=SessionKind.RESIDENTIAL,
                starts_on=day,
                ends_on=day + timedelta(days=1),
                module_uid=module.uid,
                location="Göteborg" if i % 2 else "Malmö",
            )
        )
        agenda, notes, next_steps = SPARRING[i]
        sessions.append(
            ProgrammeSession(
                title=f"Sparringsamtal {i + 1}",
                kind=SessionKind.SPARRING,
                starts_on=day + timedelta(days=20),
                module_uid=module.uid,
                agenda=agenda,
                notes=notes,
                next_steps=next_steps,
            )
        )
    sessions.append(
        ProgrammeSession(
            title="Lärresa till Kina",
            kind=SessionKind.STUDY_TRIP,
            starts_on=start + timedelta(days=200),
            ends_on=start + timedelta(days=207),
            location="北京 / 上海",
        )
    )
    sessions.append(
        ProgrammeSession(
            title="Avslutning",
            kind=SessionKind.CLOSING_CONFERENCE,
            starts_on=start + timedelta(days=350),
        )
    )
    shipped = template("se-regional-arl")
    prompts = shipped.prompts.as_dict()
    # The template's names (review 1.31); the calendar is the one this participant's
    # organiser gave her (the template's dates are suggestions), so none is tentative.
    return Programme(
        name=shipped.name,
        name_en=shipped.name_en,
        template_id=shipped.id,
        organiser=shipped.organiser,
        description=shipped.description,
        language="sv",
        starts_on=start,
        ends_on=start + timedelta(days=365),
        modules=modules,
        sessions=tuple(sessions),
        competency_areas=tuple(COMPETENCIES),
        prompts={key: questions for key, questions in prompts.items() if questions},
    )


def _paragraphs(rng: random.Random, pool: list[str], count: int) -> str:
    paras = []
    for _ in range(count):
        sentences = rng.sample(pool, k=min(len(pool), rng.randint(2, 4)))
        para = " ".join(sentences)
        if rng.random() < 0.15:
            para = "- " + "\n- ".join(sentences)
        elif rng.random() < 0.2:
            para = para.replace(sentences[0], f"**{sentences[0]}**", 1)
        paras.append(para)
    return "\n\n".join(paras)


def _photo(rng: random.Random, index: int) -> bytes:
    from PIL import Image, ImageDraw

    width, height = (1200, 800) if index % 3 else (800, 1000)
    top = tuple(rng.randint(40, 200) for _ in range(3))
    image = Image.new("RGB", (width, height), top)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randint(0, width), rng.randint(0, height)
        r = rng.randint(30, 200)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    draw.rectangle((0, int(height * 0.7), width, height), fill=(70, 90, 60))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def make_demo_journal(
    journal: Journal,
    *,
    entries: int = 200,
    seed: int = 1,
    photos: int | None = None,
    language: str = "mixed",
    programme_id: str | None = None,
) -> int:
    """Fill an empty journal; returns the number of entries written. ``language`` is
    "sv" (Swedish only) or "mixed" (Swedish, Danish and English text). ``programme_id``
    follows a shipped programme (its sessions dated from the demo's start, as if the
    organiser had confirmed them, and the portfolio in its language) instead of the
    Swedish regional programme."""
    if language not in ("sv", "mixed"):
        raise ValueError(f"no demo in {language!r}: 'sv' or 'mixed'")
    rng = random.Random(seed)
    swedish = language == "sv"
    pools = [SV + SV_MORE] if swedish else [SV, SV, DA, EN]
    titles = SV_TITLES if swedish else TITLES
    tags = SV_TAGS if swedish else TAGS
    places = SV_PLACES if swedish else PLACES
    start = date(2025, 8, 18)
    chosen = demo_programme(start)
    if programme_id is not None:
        shipped = instantiate(template(programme_id), start)
        chosen = replace(
            shipped,
            sessions=tuple(replace(s, tentative=False) for s in shipped.sessions),
        )
    journal.set_participant(
        Participant(
            name="Karin Lindqvist",
            role="Verksamhetschef, akutkliniken",
            organisation="Region Skåne",
            language=chosen.language or "en",
        )
    )
    programme = journal.set_programme(chosen)
    sessions = programme.sessions
    trips = [
        Trip(  # the programme's study trip (review 2.14)
            destination="Kina",
            starts_on=start + timedelta(days=200),
            ends_on=start + timedelta(days=207),
            session_uid=next((x.uid for x in sessions if x.kind == SessionKind.STUDY_TRIP), None),
        ),
        Trip(
            destination="Danmark",
            starts_on=start + timedelta(days=120),
            ends_on=start + timedelta(days=122),
        ),
    ]
    photo_count = photos if photos is not None else max(4, min(60, entries // 50))
    made: list[Entry] = []
    attachments: dict[str, list[FileToAttach]] = {}
    experiences: list[str] = []
    base_time = datetime(2025, 8, 18, 8, 0, tzinfo=UTC)
    theory_versions = [
        TheoryVersion(
            created_at=base_time + timedelta(days=30 * i),
            theory=(
                "Ledarskap är att skapa förutsättningar för andra att lyckas. "
                + " ".join(SV[: i + 2])
            ),
            values="Tillit, öppenhet och patientens bästa.",
            goals=f"Mål {i + 1}: leda genom frågor snarare än svar.",
            change_note=[
                "Första utkast",
                "Efter internat 2",
                "Efter lärresan",
                "Inför avslutningen",
            ][i],
        )
        for i in range(4)
    ]
    made.append(
        TheoryEntry(
            title="Min ledarskapsteori",
            occurred_on=start,
            theory=theory_versions[-1].theory + "\n\nJag vill pröva mer delegering.",
            values=theory_versions[-1].values,
            goals=theory_versions[-1].goals,
            versions=tuple(theory_versions),
            tags=("ledarskapsteori",),
            created_at=base_time,
            updated_at=theory_versions[-1].created_at,
        )
    )
    photos_left = photo_count
    study_trip = next((x for x in sessions if x.kind == SessionKind.STUDY_TRIP), None)
    for i in range(1, entries):
        day = start + timedelta(days=int(i * 365 / max(entries, 1)))
        moment = base_time + timedelta(days=(day - start).days, minutes=i)
        session = rng.choice(sessions) if rng.random() < 0.6 else None
        pool = rng.choice(pools)
        common: EntryFields = {
            "title": rng.choice(titles),
            "occurred_on": day,
            "private": rng.random() < 0.08,
            "tags": tuple(rng.sample(tags, k=rng.randint(0, 3))),
            "competencies": tuple(rng.sample(COMPETENCIES, k=rng.randint(0, 2))),
            "session_uid": session.uid if session else None,
            "created_at": moment,
            "updated_at": moment,
        }
        roll = rng.random()
        entry: Entry
        if roll < 0.55:
            entry = Experience(**common, body=_paragraphs(rng, pool, rng.randint(1, 4)))
            experiences.append(entry.uid)
        elif roll < 0.9:
            entry = ArlEntry(
                **common,
                action=_paragraphs(rng, pool, 1),
                reflection=_paragraphs(rng, pool, rng.randint(1, 2)),
                learning=_paragraphs(rng, pool, 1),
                next_experiment=rng.choice(pool),
                from_experiences=(experiences[-1],) if experiences and rng.random() < 0.5 else (),
            )
        else:
            # A note of the trip it belongs to: written on one of its days, at a
            # hospital in its country (China's two first, Denmark's two after).
            which = i % 2
            trip = trips[which]
            city, place = places[2 * which + (i // 2) % 2]
            first = trip.starts_on or start
            span = ((trip.ends_on or first) - first).days
            common["occurred_on"] = first + timedelta(days=(i // 2) % (span + 1))
            # The programme's study-trip session is the trip to China; Denmark had none.
            common["session_uid"] = study_trip.uid if which == 0 and study_trip else None
            entry = TripNote(
                **common,
                trip=trip,
                place=f"{place}, {city}",
                culture=_paragraphs(rng, pool, 1),
                context=_paragraphs(rng, pool, 1),
                communication=_paragraphs(rng, pool, 1),
            )
            if photos_left > 0:
                photos_left -= 1
                attachments[entry.uid] = [
                    FileToAttach(
                        f"foto-{i}.jpg", "image/jpeg", _photo(rng, photo_count - photos_left)
                    )
                ]
        made.append(entry)
    # Make sure every kind of trip note has a photo even in a tiny demo.
    while photos_left > 0:
        idx = next((k for k, e in enumerate(made) if isinstance(e, TripNote)), None)
        if idx is None:
            city, place = PLACES[0]
            replaced = made.pop() if len(made) >= max(entries, 2) else None
            made.append(
                TripNote(
                    title="Besök på sjukhus i " + city,
                    occurred_on=trips[0].starts_on or start,
                    trip=trips[0],
                    place=place,
                    culture="Hierarkin märks i hur man hälsar.",
                    context="Ett sjukhus med 5 000 bäddar.",
                    communication="Tolk vid alla möten.",
                    created_at=base_time,
                    updated_at=base_time,
                )
            )
            idx = len(made) - 1
            if isinstance(replaced, Experience) and replaced.uid in experiences:
                # Keep every A-R-L link valid: point it at the trip note's predecessor.
                made = [
                    replace(e, from_experiences=())
                    if isinstance(e, ArlEntry) and replaced.uid in e.from_experiences
                    else e
                    for e in made
                ]
        uid = made[idx].uid
        photos_left -= 1
        attachments.setdefault(uid, []).append(
            FileToAttach(f"foto-extra-{photos_left}.jpg", "image/jpeg", _photo(rng, photos_left))
        )
    # Each later version of the theory grew from the latest learnings before it.
    theory = made[0]
    assert isinstance(theory, TheoryEntry)
    grown = []
    for n, version in enumerate(theory.versions):
        before = [
            e.uid
            for e in sorted(made, key=lambda e: e.occurred_on)
            if isinstance(e, ArlEntry)
            and not e.private
            and e.occurred_on < version.created_at.date()
        ]
        grown.append(replace(version, grew_from=tuple(before[-2:]) if n else ()))
    made[0] = replace(theory, versions=tuple(grown))
    for chunk_start in range(0, len(made), 500):
        chunk = made[chunk_start : chunk_start + 500]
        journal.import_entries(
            [replace(e) for e in chunk],
            {e.uid: attachments[e.uid] for e in chunk if e.uid in attachments},
        )
    journal.set_portfolio_texts(DEMO_TEXTS)
    journal.save_initiative(demo_initiative(programme.language or "en", start))
    for phase, after, ratings in DEMO_RATINGS:
        journal.set_self_ratings(
            phase,
            [
                SelfRating(area=area, phase=phase, rating=n, note=note, rated_on=start + after)
                for area, n, note in ratings
            ],
        )
    return len(made)


# Her self-assessment at the start, midway and end (Programme → Rate my competencies).
DEMO_RATINGS = [
    (
        RatingPhase.START,
        timedelta(days=3),
        [
            ("Systemförståelse", 2, "Jag ser min klinik, sällan flödet runt den."),
            ("Förbättringsarbete", 2, "Jag har drivit projekt, inte mätt dem."),
            ("Personcentrering", 3, ""),
            ("Leda verksamhet", 3, "Budget och bemanning går; riktningen är otydlig."),
            ("Leda andra chefer", 2, "Jag tar över när det blir svårt."),
            ("Leda sig själv", 3, "Jag vet när jag blir stressad, inte vad jag gör då."),
        ],
    ),
    (
        RatingPhase.MIDWAY,
        timedelta(days=180),
        [
            ("Systemförståelse", 3, "Lärresan visade hur mycket som avgörs mellan enheterna."),
            ("Förbättringsarbete", 3, "Vi mäter väntetiden varje vecka."),
            ("Personcentrering", 3, ""),
            ("Leda verksamhet", 3, ""),
            ("Leda andra chefer", 3, "Jag frågar först, oftare."),
            ("Leda sig själv", 4, "Jag bokar tid för eftertanke varje fredag."),
        ],
    ),
    (
        RatingPhase.END,
        timedelta(days=345),
        [
            ("Systemförståelse", 4, "Primärvården sitter med från första mötet."),
            ("Förbättringsarbete", 4, "Från fyra dagars väntan på utskrivning till en."),
            ("Personcentrering", 4, "Patienterna var med och formade det nya flödet."),
            ("Leda verksamhet", 4, ""),
            ("Leda andra chefer", 4, "Enhetscheferna leder ledningsgruppen i tur och ordning."),
            ("Leda sig själv", 4, ""),
        ],
    ),
]

# What a participant writes for the portfolio itself (File → Foreword and closing summary).
DEMO_TEXTS = PortfolioTexts(
    foreword=(
        "Det här är min portfolio från ett år i programmet. Jag har skrivit den för min "
        "mentor och för mig själv: anteckningarna är gjorda i stunden, teorin har vuxit "
        "under året.\n\nLäs gärna *Året i korthet* först, och sedan min ledarskapsteori. "
        "Kommentera fritt – jag svarar i dagboken."
    ),
    learned=(
        "Att fråga innan jag berättar. När jag ber gruppen formulera målet först blir "
        "mötena kortare och besluten håller längre.\n\n"
        "- Tystnad är inte samtycke.\n"
        "- Feedback landar bättre när jag själv har bett om den."
    ),
    next_steps=(
        "Jag fortsätter med lärande samtal i ledningsgruppen varannan vecka och bjuder in "
        "primärvården till nästa förbättringsträff. Till hösten vill jag pröva att låta "
        "enhetscheferna leda mötena i tur och ordning."
    ),
    showcase=(
        "På avslutningen visar jag vårt arbete med utskrivningarna: från fyra dagars väntan "
        "till en, med primärvården vid bordet från första mötet.\n\n"
        "- Vad vi prövade, och i vilken ordning\n"
        "- Vad det gav patienterna och personalen\n"
        "- Hur en annan avdelning kan göra samma sak på en månad"
    ),
)
