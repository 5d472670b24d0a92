"""The portfolio's part on improvement work: aim, driver diagram, cycles, run charts."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from journal.domain import Participant
from journal.improvement.model import DriverNode
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal
from tests.improvement.helpers import initiative
from tests.portfolio.helpers import outline_titles, text_of


def test_the_part_shows_aim_diagram_cycles_and_run_charts(journal: Journal, tmp_path: Path) -> None:
    journal.set_participant(Participant(name="Mette", language="da"))
    kept = journal.save_initiative(initiative(cycles=3, indicators=2, points=24))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    outline = outline_titles(out)
    assert (0, "Forbedringsarbejde") in outline and (1, "Den gode udskrivelse") in outline
    text = text_of(out)
    part = text.index("Den gode udskrivelse", text.index("Forbedringsarbejde", 200))
    body = text[part:]
    assert "Afprøves" in body  # its state
    assert "Færre genindlæggelser: fra 20 % til 12 % inden juni 2027." in body
    for head in ("Mål: hvad vil vi opnå?", "Primære drivere", "Sekundære drivere"):
        assert head in body
    for node in kept.drivers:  # every node of the diagram, escaped and whole
        assert node.text in body, node.text
    for cycle in kept.cycles:
        assert cycle.title in body
    assert "Indfør" in body and "Tilpas" in body and "Opgiv" in body
    assert "Genindlæggelser inden for 30 dage" in body and "Resultatindikator · %" in body
    # 24 weekly points with a drop halfway: the rules see it and say so in words.
    assert "et skift (seks eller flere punkter på samme side af medianen)" in body
    assert "for få serier" in body
    assert "PDSA 1: opkald" in body  # a cycle marked on the chart


def test_a_large_diagram_is_scaled_to_one_page_and_keeps_every_node(
    journal: Journal, tmp_path: Path
) -> None:
    base = initiative(cycles=0, indicators=0)
    many = tuple(
        DriverNode(uid=f"x{n}", text=f"Idé nummer {n} om noget længere tekst", parent_uid="s1",
                   change_idea=True)
        for n in range(40)
    )  # fmt: skip
    journal.save_initiative(dataclasses.replace(base, drivers=(*base.drivers, *many)))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    for n in range(40):
        assert f"Idé nummer {n} om noget længere tekst" in text


def test_an_indicator_without_measurements_or_with_one(journal: Journal, tmp_path: Path) -> None:
    from journal.improvement.model import Indicator, Measurement

    base = initiative(cycles=0, indicators=0)
    indicators = (
        Indicator(uid="a", name="Tom"),
        Indicator(uid="b", name="En", measurements=(Measurement(date(2026, 1, 5), 3.0),)),
    )
    journal.save_initiative(dataclasses.replace(base, indicators=indicators))
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert "No measurements yet." in text  # the journal's language: English here
    assert "Median 3 · no non-random pattern · the runs rule needs at least ten" in text


def test_she_can_leave_the_part_out(journal: Journal, tmp_path: Path) -> None:
    from journal.cli import main

    journal.set_participant(Participant(name="Mette", language="da"))
    journal.save_initiative(initiative())
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(improvement=False), out)
    assert (0, "Forbedringsarbejde") not in outline_titles(out)
    assert "Den gode udskrivelse" not in text_of(out)
    folder = str(journal.folder)
    journal.close()
    command = ["export", "--data-dir", folder, "--format", "pdf", "-o", str(out)]
    assert main([*command, "--no-improvement"]) == 0
    assert "Den gode udskrivelse" not in text_of(out)
    assert main(command) == 0
    assert "Den gode udskrivelse" in text_of(out)
