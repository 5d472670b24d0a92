"""An improvement initiative as a DNLS 2.0 participant would keep one."""

from __future__ import annotations

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


def initiative(cycles: int = 3, indicators: int = 2, points: int = 24) -> Initiative:
    aim = DriverNode(uid="p1", text="Fælles udskrivelse <med> kommunen & egen læge")
    second = DriverNode(uid="p2", text="Data vi deler")
    s1 = DriverNode(uid="s1", text="Tjekliste før udskrivelse", parent_uid="p1")
    s2 = DriverNode(uid="s2", text="Ugentlig tavle", parent_uid="p2")
    c1 = DriverNode(
        uid="c1", text="Ring til hjemmeplejen dagen før", parent_uid="s1", change_idea=True
    )
    c2 = DriverNode(uid="c2", text="Fælles tavlemøde tirsdag", parent_uid="s2", change_idea=True)
    c3 = DriverNode(
        uid="c3", text="Medicinliste følger patienten", parent_uid="p1", change_idea=True
    )
    start = date(2026, 9, 7)
    runs = tuple(
        PdsaCycle(
            uid=f"k{n}",
            title=f"PDSA {n + 1}: opkald",
            change_idea_uid=("c1", "c2", "c3")[n % 3],
            starts_on=start + timedelta(days=14 * n),
            ends_on=start + timedelta(days=14 * n + 7),
            plan="Sygeplejersken ringer til hjemmeplejen kl. 14.",
            prediction="Halvdelen af opkaldene når frem.",
            do="Vi ringede 9 gange.",
            study="7 af 9 nåede frem – bedre end forudsagt.",
            act="Vi fortsætter og tager aftenvagten med.",
            decision=(Decision.ADOPT, Decision.ADAPT, Decision.ABANDON)[n % 3],
        )
        for n in range(cycles)
    )
    kinds = (IndicatorKind.OUTCOME, IndicatorKind.PROCESS, IndicatorKind.BALANCING)
    measures = tuple(
        Indicator(
            uid=f"i{k}",
            name=("Genindlæggelser inden for 30 dage", "Opkald før udskrivelse", "Liggedage")[
                k % 3
            ],
            kind=kinds[k % 3],
            definition="Andel af udskrevne borgere over 65 år.",
            unit="%",
            measurements=tuple(
                Measurement(
                    start + timedelta(days=7 * n), 20.0 - (8 if n >= points // 2 else 0) + (n % 3)
                )
                for n in range(points)
            ),
            cycles_marked=("k0",) if cycles else (),
        )
        for k in range(indicators)
    )
    return Initiative(
        uid="init1",
        title="Den gode udskrivelse",
        aim="Færre genindlæggelser: fra 20 % til 12 % inden juni 2027.",
        team="Mette (hospital), Lars (kommune), Aisha (almen praksis)",
        partners="Hjemmeplejen i Aarhus Kommune; praktiserende læger",
        state=InitiativeState.TESTING,
        drivers=(aim, s1, c1, c3, second, s2, c2),
        cycles=runs,
        indicators=measures,
    )
