"""Self-assessment over time (issue 21, review 4.6): each competency area rated at the
start, midway and end, kept per phase, in the JSON format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from journal.domain import RatingPhase, SelfRating
from journal.errors import ImportFormatError, JournalError
from journal.interchange import export_document, export_json, import_json, parse_document
from journal.store import Journal, open_journal

START = [
    SelfRating(area="Leda andra", phase=RatingPhase.START, rating=2, note="Jag <tar> över.",
               rated_on=date(2025, 9, 1)),
    SelfRating(area="Leda sig själv", phase=RatingPhase.START, rating=3, rated_on=date(2025, 9, 1)),
]  # fmt: skip
END = [
    SelfRating(area="Leda andra", phase=RatingPhase.END, rating=4, note="Jag frågar först.",
               rated_on=date(2026, 6, 1)),
]  # fmt: skip


def test_ratings_are_kept_per_phase(journal: Journal) -> None:
    journal.set_self_ratings(RatingPhase.START, START)
    journal.set_self_ratings(RatingPhase.END, END)
    assert journal.self_ratings() == [START[0], END[0], START[1]]  # by area, then phase
    # Saving a phase again replaces that phase only: an area left out is unrated there.
    journal.set_self_ratings(RatingPhase.START, START[1:])
    assert journal.self_ratings() == [END[0], START[1]]


@pytest.mark.parametrize(
    "bad",
    [
        [SelfRating(area="A", phase=RatingPhase.START, rating=6)],
        [SelfRating(area="A", phase=RatingPhase.START, rating=0)],
        [SelfRating(area="A", phase=RatingPhase.END, rating=3)],  # another phase
        [SelfRating(area=" ", phase=RatingPhase.START, rating=3)],
        [SelfRating(area="A", phase=RatingPhase.START, rating=3)] * 2,
    ],
)
def test_a_bad_rating_changes_nothing(journal: Journal, bad: list[SelfRating]) -> None:
    journal.set_self_ratings(RatingPhase.START, START)
    with pytest.raises(JournalError):
        journal.set_self_ratings(RatingPhase.START, bad)
    assert journal.self_ratings() == sorted(START, key=lambda r: r.area)


def test_ratings_round_trip_through_json(journal: Journal, tmp_path: Path) -> None:
    journal.set_self_ratings(RatingPhase.START, START)
    journal.set_self_ratings(RatingPhase.END, END)
    document = export_document(journal)
    schema = Path(__file__).parents[2] / "resources" / "format.schema.json"
    jsonschema.validate(document, json.loads(schema.read_text(encoding="utf-8")))
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        import_json(other, tmp_path / "all.json")
        assert other.self_ratings() == journal.self_ratings()
    with open_journal(tmp_path / "hers", daily_backup=False) as hers:
        hers.set_self_ratings(RatingPhase.START, START[1:])
        import_json(hers, tmp_path / "all.json")
        assert hers.self_ratings() == START[1:]  # hers are never replaced


@pytest.mark.parametrize(
    ("rating", "problem"),
    [
        ({"area": "A", "phase": "later", "rating": 3, "rated_on": "2025-09-01"}, "phase"),
        ({"area": "A", "phase": "start", "rating": 9, "rated_on": "2025-09-01"}, "rating"),
        ({"area": "A", "phase": "start", "rating": True, "rated_on": "2025-09-01"}, "rating"),
        ({"area": "", "phase": "start", "rating": 3, "rated_on": "2025-09-01"}, "area"),
        ({"area": "A", "phase": "start", "rating": 3}, "rated_on"),
    ],
)
def test_a_bad_rating_in_a_file_is_named(rating: dict[str, object], problem: str) -> None:
    document = {
        "format": "leadership-journal",
        "version": 1,
        "entries": [],
        "self_ratings": [rating],
    }
    with pytest.raises(ImportFormatError, match=problem):
        parse_document(document)


def test_the_portfolio_shows_the_ratings_as_a_chart_and_her_sentences(
    journal: Journal, tmp_path: Path
) -> None:
    from journal.domain import Participant
    from journal.portfolio import PortfolioOptions, export_portfolio
    from tests.portfolio.helpers import outline_titles, text_of

    journal.set_participant(Participant(name="Karin", language="sv"))
    midway = [
        SelfRating(area="Leda andra", phase=RatingPhase.MIDWAY, rating=3,
                   note="Ring 19121212-1212 om det.", rated_on=date(2026, 1, 15)),
    ]  # fmt: skip
    journal.set_self_ratings(RatingPhase.START, START)
    journal.set_self_ratings(RatingPhase.MIDWAY, midway)
    journal.set_self_ratings(RatingPhase.END, END)
    out = tmp_path / "p.pdf"
    result = export_portfolio(journal, PortfolioOptions(), out)
    assert (0, "Mina kompetenser över tid") in outline_titles(out)
    text = text_of(out)
    part = text.index("Mina kompetenser över tid", text.index("Innehåll") + 30)
    for expected in (
        "1 2 3 4 5 I början Halvvägs I slutet",  # the chart's scale and legend
        "I början · 2/5 (1 september 2025) Jag <tar> över.",
        "Halvvägs · 3/5 (15 januari 2026)",
        "I slutet · 4/5 (1 juni 2026) Jag frågar först.",
        "I början · 3/5",
    ):
        assert expected in text[part:], expected
    # The chart's row names: the programme's areas first (none here), then by name.
    assert text.index("Leda andra", part) < text.index("Leda sig själv", part)
    assert "19121212-1212" not in text and result.masked >= 1
