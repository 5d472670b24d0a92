"""The demo journal's improvement initiative (``leadership-journal demo``): an aim, a
driver diagram, PDSA cycles and indicators with a year of measurements, in the
programme's language."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from journal.improvement.model import (
    Decision,
    DriverNode,
    Indicator,
    IndicatorKind,
    Initiative,
    InitiativeState,
    Measurement,
    PdsaCycle,
)


@dataclass(frozen=True, kw_only=True)
class DemoTexts:
    title: str
    aim: str
    team: str
    partners: str
    drivers: tuple[tuple[str, str | None, bool, str], ...]  # uid, parent, idea?, text
    plan: str
    prediction: str
    do: str
    study: str
    act: str
    cycle: str  # "PDSA {n}"
    indicators: tuple[tuple[str, IndicatorKind, str, str], ...]  # name, kind, unit, definition


TEXTS: dict[str, DemoTexts] = {
    "da": DemoTexts(
        title="Den gode udskrivelse",
        aim="Færre genindlæggelser af ældre medicinske patienter: fra 20 % til 12 % inden "
        "for 30 dage, inden juni.",
        team="Afdelingssygeplejerske (hospital), visitator (kommune), praktiserende læge",
        partners="Hjemmeplejen, almen praksis, apoteket",
        drivers=(
            ("p1", None, False, "Fælles plan for udskrivelsen"),
            ("s1", "p1", False, "Tjekliste før udskrivelse"),
            ("c1", "s1", True, "Ring til hjemmeplejen dagen før"),
            ("c2", "s1", True, "Medicinlisten følger patienten"),
            ("p2", None, False, "Data vi deler"),
            ("s2", "p2", False, "Ugentlig tavle på tværs"),
            ("c3", "s2", True, "Fælles tavlemøde tirsdag"),
        ),
        plan="Sygeplejersken ringer til hjemmeplejen kl. 14 dagen før udskrivelsen.",
        prediction="Halvdelen af opkaldene når frem til den rette.",
        do="Vi ringede ved ni udskrivelser.",
        study="Syv af ni nåede frem – bedre end forudsagt.",
        act="Vi fortsætter og tager aftenvagten med.",
        cycle="PDSA {n}",
        indicators=(
            ("Genindlæggelser inden for 30 dage", IndicatorKind.OUTCOME, "%",
             "Andel af udskrevne medicinske patienter over 65 år, genindlagt inden for 30 dage."),
            ("Opkald før udskrivelse", IndicatorKind.PROCESS, "%",
             "Andel af udskrivelser, hvor hjemmeplejen blev ringet op dagen før."),
            ("Liggetid", IndicatorKind.BALANCING, "døgn",
             "Median liggetid for de samme patienter."),
        ),
    ),
    "sv": DemoTexts(
        title="Den goda utskrivningen",
        aim="Färre återinskrivningar av äldre medicinpatienter: från 20 % till 12 % inom "
        "30 dagar, till juni.",
        team="Vårdenhetschef (sjukhuset), biståndshandläggare (kommunen), distriktsläkare",
        partners="Hemtjänsten, vårdcentralen, apoteket",
        drivers=(
            ("p1", None, False, "En gemensam plan för utskrivningen"),
            ("s1", "p1", False, "Checklista före utskrivning"),
            ("c1", "s1", True, "Ring hemtjänsten dagen före"),
            ("c2", "s1", True, "Läkemedelslistan följer patienten"),
            ("p2", None, False, "Data vi delar"),
            ("s2", "p2", False, "Veckotavla över gränserna"),
            ("c3", "s2", True, "Gemensamt tavelmöte på tisdagar"),
        ),
        plan="Sjuksköterskan ringer hemtjänsten kl. 14 dagen före utskrivningen.",
        prediction="Hälften av samtalen når rätt person.",
        do="Vi ringde vid nio utskrivningar.",
        study="Sju av nio nådde fram – bättre än vi trodde.",
        act="Vi fortsätter och tar med kvällspasset.",
        cycle="PDSA {n}",
        indicators=(
            ("Återinskrivningar inom 30 dagar", IndicatorKind.OUTCOME, "%",
             "Andel utskrivna medicinpatienter över 65 år som skrivs in igen inom 30 dagar."),
            ("Samtal före utskrivning", IndicatorKind.PROCESS, "%",
             "Andel utskrivningar där hemtjänsten fick ett samtal dagen före."),
            ("Vårdtid", IndicatorKind.BALANCING, "dygn", "Median vårdtid för samma patienter."),
        ),
    ),
    "en": DemoTexts(
        title="The good discharge",
        aim="Fewer readmissions of older medical patients: from 20 % to 12 % within 30 "
        "days, by June.",
        team="Ward manager (hospital), care coordinator (municipality), GP",
        partners="Home care, general practice, the pharmacy",
        drivers=(
            ("p1", None, False, "A shared plan for the discharge"),
            ("s1", "p1", False, "A checklist before discharge"),
            ("c1", "s1", True, "Call home care the day before"),
            ("c2", "s1", True, "The medicine list travels with the patient"),
            ("p2", None, False, "Data we share"),
            ("s2", "p2", False, "A weekly board across sectors"),
            ("c3", "s2", True, "A joint board meeting on Tuesdays"),
        ),
        plan="The nurse calls home care at 2 pm the day before discharge.",
        prediction="Half of the calls reach the right person.",
        do="We called at nine discharges.",
        study="Seven of nine got through – better than predicted.",
        act="We go on, and bring in the evening shift.",
        cycle="PDSA {n}",
        indicators=(
            ("Readmissions within 30 days", IndicatorKind.OUTCOME, "%",
             "Share of discharged medical patients over 65 readmitted within 30 days."),
            ("Calls before discharge", IndicatorKind.PROCESS, "%",
             "Share of discharges where home care was called the day before."),
            ("Length of stay", IndicatorKind.BALANCING, "days",
             "Median length of stay of the same patients."),
        ),
    ),
}  # fmt: skip


def demo_initiative(language: str, start: date, *, cycles: int = 6, weeks: int = 40) -> Initiative:
    """An initiative in ``language`` (English for any other) starting on ``start``: weekly
    measurements whose outcome falls after the first cycles, so that the rules fire."""
    t = TEXTS.get(language, TEXTS["en"])
    drivers = tuple(
        DriverNode(uid=uid, parent_uid=parent, change_idea=idea, text=text)
        for uid, parent, idea, text in t.drivers
    )
    ideas = [n.uid for n in drivers if n.change_idea]
    decisions = (Decision.ADAPT, Decision.ADOPT, Decision.ADOPT, Decision.ABANDON)
    runs = tuple(
        PdsaCycle(
            uid=f"cycle{n + 1}",
            title=t.cycle.format(n=n + 1),
            change_idea_uid=ideas[n % len(ideas)],
            starts_on=start + timedelta(days=28 + 21 * n),
            ends_on=start + timedelta(days=28 + 21 * n + 14),
            plan=t.plan,
            prediction=t.prediction,
            do=t.do,
            study=t.study,
            act=t.act,
            decision=decisions[n % len(decisions)],
        )
        for n in range(cycles)
    )
    change_week = 12  # the first cycles take hold here

    def series(k: int) -> tuple[Measurement, ...]:
        noise = random.Random(k)  # the same demo every time
        out = []
        for week in range(weeks):
            wobble = float(noise.randint(-2, 2))
            value: float
            if k == 0:  # readmissions fall
                value = 20 + wobble - (7 if week >= change_week else 0)
            elif k == 1:  # calls rise
                value = 30 + 3 * wobble + (55 if week >= change_week else 0)
            else:  # length of stay holds
                value = 6 + wobble * 0.3
            out.append(Measurement(start + timedelta(weeks=week), float(value)))
        return tuple(out)

    indicators = tuple(
        Indicator(
            uid=f"indicator{k + 1}",
            name=name,
            kind=kind,
            unit=unit,
            definition=definition,
            measurements=series(k),
            cycles_marked=tuple(c.uid for c in runs[:2]),
        )
        for k, (name, kind, unit, definition) in enumerate(t.indicators)
    )
    return Initiative(
        uid="demo-initiative",
        title=t.title,
        aim=t.aim,
        team=t.team,
        partners=t.partners,
        state=InitiativeState.TESTING,
        drivers=drivers,
        cycles=runs,
        indicators=indicators,
    )
