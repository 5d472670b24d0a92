"""The participant's own voice in the portfolio: her foreword after the contents, the
year at a glance before the detail, her closing summary at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.domain import Participant, PortfolioTexts, TheoryEntry
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal
from tests.feedback.helpers import fill
from tests.portfolio.helpers import outline_titles, text_of

TEXTS = PortfolioTexts(
    foreword="Ett år av **mod** och tvivel. Ring mig på 19121212-1212.",
    learned="Att fråga innan jag berättar.",
    next_steps="- Lärande samtal varannan vecka\n- Mer tid på golvet",
    showcase="Vi halverade väntetiden <för> utskrivning & delade hur.",
)


def test_her_texts_stand_first_and_last(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    journal.set_portfolio_texts(TEXTS)
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    top = [title for depth, title in outline_titles(out) if depth == 0]
    assert top[:3] == ["Förord", "Året i korthet", "Så kommenterar du portfolion"]
    assert top[-1] == "Avslutande sammanfattning"  # nothing is tagged in this journal
    text = text_of(out)
    foreword = text.index("Ett år av mod och tvivel.")
    assert foreword < text.index("Året i korthet", foreword)
    closing = text.index("Avslutande sammanfattning", text.index("Vi vilade."))
    assert text.index("Vad jag har lärt mig", closing) < text.index("Att fråga innan", closing)
    assert text.index("Vart jag går härnäst", closing) < text.index("Mer tid på golvet", closing)
    assert "19121212-1212" not in text and result.masked >= 1


def test_what_she_presents_at_the_closing_event_has_its_part(
    journal: Journal, tmp_path: Path
) -> None:
    """Issue 21 (review 4.2): a part for the programme's closing event, under its name,
    before the closing summary."""
    import dataclasses
    from datetime import date

    from journal.domain import ProgrammeSession, SessionKind

    fill(journal)
    programme = journal.programme()
    assert programme is not None
    event = ProgrammeSession(
        title="Spräng ramarna", kind=SessionKind.CLOSING_CONFERENCE, starts_on=date(2025, 12, 5)
    )
    journal.set_programme(dataclasses.replace(programme, sessions=(*programme.sessions, event)))
    journal.set_portfolio_texts(TEXTS)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    top = [title for depth, title in outline_titles(out) if depth == 0]
    assert top.index("Det jag visar på avslutningen") == top.index("Avslutande sammanfattning") - 1
    text = text_of(out)
    part = text.index("Det jag visar på avslutningen", text.index("Vi vilade."))
    assert text.index("Spräng ramarna · 5 december 2025", part) < text.index(
        "Vi halverade väntetiden <för> utskrivning & delade hur.", part
    )


def test_without_her_texts_there_is_no_empty_part(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    top = [title for depth, title in outline_titles(out) if depth == 0]
    assert "Förord" not in top and "Avslutande sammanfattning" not in top
    journal.set_portfolio_texts(PortfolioTexts(learned="Bara detta."))
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert "Vad jag har lärt mig" in text and "Vart jag går härnäst" not in text


def test_the_year_at_a_glance_counts_what_is_in_the_portfolio(
    journal: Journal, tmp_path: Path
) -> None:
    entries = fill(journal)
    theory = journal.save(TheoryEntry(title="Min teori", theory="Tillit först."))
    assert theory.id is not None
    journal.add_theory_version(theory.id, "Första")
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    year = text.index("Året i korthet", text.index("Året i korthet") + 1)  # past the contents
    page = text[year : text.index("Så kommenterar du portfolion", year)]
    assert "1 A–R–L-anteckning" in page
    assert "3 erfarenheter" in page
    assert "Versioner av min ledarskapsteori".upper() in page.upper()
    assert len(entries) == 4


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("da", ("Forord", "Året i overblik", "Hvad jeg har lært", "Hvor jeg går hen herfra")),
        ("en", ("Foreword", "The year at a glance", "What I have learned", "Where I go next")),
    ],
)
def test_her_texts_are_headed_in_the_portfolios_language(
    journal: Journal, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    fill(journal)
    journal.set_participant(Participant(name="Karin", language=language))
    journal.set_portfolio_texts(TEXTS)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    assert all(word in text for word in words)


def test_her_texts_travel_in_the_json_format(journal: Journal, tmp_path: Path) -> None:
    import json

    import jsonschema

    from journal.interchange import export_document, export_json, import_json
    from journal.store import open_journal

    fill(journal)
    journal.set_portfolio_texts(TEXTS)
    document = export_document(journal)
    assert document["portfolio_texts"] == {
        "foreword": TEXTS.foreword,
        "learned": TEXTS.learned,
        "next_steps": TEXTS.next_steps,
        "showcase": TEXTS.showcase,
    }
    schema = Path(__file__).parents[2] / "resources" / "format.schema.json"
    jsonschema.validate(document, json.loads(schema.read_text(encoding="utf-8")))
    assert "19121212-1212" not in json.dumps(export_document(journal, mask=True))
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        import_json(other, tmp_path / "all.json")
        assert other.portfolio_texts() == TEXTS
    with open_journal(tmp_path / "hers", daily_backup=False) as hers:
        own = PortfolioTexts(foreword="Mitt eget förord.")
        hers.set_portfolio_texts(own)
        import_json(hers, tmp_path / "all.json")
        assert hers.portfolio_texts() == own  # what she wrote is never replaced
