from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.domain import ArlEntry, Experience, TheoryEntry, Trip, TripNote
from journal.search import (
    ELLIPSIS,
    SNIPPET_BEFORE,
    hit_pattern,
    make_snippet,
    match_expression,
)
from journal.store import Journal


def _titles(journal: Journal, query: str, **kw: bool) -> list[str]:
    return [hit.title for hit in journal.search(query, **kw)]


def test_every_kind_and_field_is_searchable(journal: Journal) -> None:
    journal.save(Experience(title="Möte", body="Vi pratade om arbetsmiljön"))
    journal.save(ArlEntry(title="ARL", reflection="Jeg så mønstre", next_experiment="Prøv tavlen"))
    journal.save(TheoryEntry(title="Teori", values="Tillit och öppenhet"))
    journal.save(
        TripNote(title="Resa", trip=Trip(destination="Shanghai"), communication="Tolkning")
    )
    assert _titles(journal, "arbetsmiljön") == ["Möte"]
    assert _titles(journal, "mønstre") == ["ARL"]
    assert _titles(journal, "tavlen") == ["ARL"]
    assert _titles(journal, "öppenhet") == ["Teori"]
    assert _titles(journal, "shanghai") == ["Resa"]
    assert _titles(journal, "tolkning") == ["Resa"]


def test_prefix_case_and_nordic_letters(journal: Journal) -> None:
    journal.save(Experience(title="Ledarskap", body="Förändringsledning i vården"))
    journal.save(Experience(title="Læring", body="Sundhedsområdet og LEDELSE på tværs"))
    assert _titles(journal, "förändr") == ["Ledarskap"]
    assert _titles(journal, "FÖRÄNDRINGSLEDNING") == ["Ledarskap"]
    assert _titles(journal, "tvær") == ["Læring"]
    assert sorted(_titles(journal, "led")) == ["Ledarskap", "Læring"]
    assert _titles(journal, "ledelse tværs") == ["Læring"]  # words are ANDed


def test_ranking_prefers_more_relevant(journal: Journal) -> None:
    journal.save(Experience(title="Vardag", body="Ett möte. " + "Annat innehåll. " * 40))
    journal.save(Experience(title="Mötesdag", body="möte möte möte om mötet"))
    assert _titles(journal, "möte")[0] == "Mötesdag"


def test_tags_are_searchable_and_private_can_be_hidden(journal: Journal) -> None:
    journal.save(Experience(title="Öppen", body="x", tags=("patientsäkerhet",)))
    journal.save(Experience(title="Hemlig", body="patientsäkerhet", private=True))
    assert sorted(_titles(journal, "patientsäkerhet")) == ["Hemlig", "Öppen"]
    assert _titles(journal, "patientsäkerhet", include_private=False) == ["Öppen"]


def test_snippets_mark_the_matches(journal: Journal) -> None:
    journal.save(Experience(title="T", occurred_on=date(2025, 5, 1), body="Det handlar om tillit."))
    (hit,) = journal.search("tillit")
    assert ("tillit", True) in hit.snippet
    assert "".join(text for text, _ in hit.snippet) == "Det handlar om tillit."
    assert hit.occurred_on == date(2025, 5, 1)


def test_hostile_queries_do_not_fail(journal: Journal) -> None:
    journal.save(Experience(title="a AND b", body='NEAR("x" OR) * ^ -'))
    for query in ['"', "AND", "(", "*", "NOT x", 'a" OR "b', "^", "\x00", "", "   ", "\ue000"]:
        journal.search(query)
    assert _titles(journal, "AND") == ["a AND b"]


def test_match_expression_and_parse_snippet() -> None:
    assert match_expression("  ") is None
    assert match_expression('led "AND"') == '"led"* "AND"*'


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*"abcåäö ÅÄÖ\n\t.,-🙂", "möte", "tillit", "ledar", "Mötet "]),
        max_size=200,
    ).map("".join),
    words=st.lists(st.sampled_from(["möte", "tillit", "ledar", "a", "åä"]), min_size=1, max_size=3),
)
def test_a_snippet_is_a_piece_of_the_text_with_every_match_marked(
    text: str, words: list[str]
) -> None:
    pattern = hit_pattern(words)
    runs = make_snippet(text, pattern)
    if not text:
        assert runs == ()
        return
    shown = "".join(t for t, _ in runs)
    body = shown.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    assert body in " ".join(text.split())  # a piece of the text, spaces tidied
    assert all(t for t, _ in runs)
    for t, hit in runs:
        if hit:
            assert pattern.fullmatch(t)
    plain = "".join(t for t, hit in runs if not hit)
    assert not pattern.search(plain.replace(ELLIPSIS, " "))  # no match left unmarked
    first = pattern.search(text)
    if first and len(text) <= SNIPPET_BEFORE:
        assert any(hit for _, hit in runs)
