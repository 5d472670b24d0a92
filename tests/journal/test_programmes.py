"""Programme templates: the shipped ones, real dates, and bad files rejected with a reason."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from journal import programmes
from journal.cli import main
from journal.domain import Experience, SessionKind
from journal.errors import JournalError
from journal.programmes import ProgrammeFormatError, instantiate, load_template, parse_template
from journal.prompts import own_prompts
from journal.storage.backup import list_backups
from journal.store import Journal, open_journal

VALID = """\
id = "org"
name = "Vårt program"
language = "sv"

[[modules]]
uid = "m1"
name = "Modul 1"

[[sessions]]
uid = "s1"
title = "Internat"
kind = "residential"
module = "m1"
offset_days = 10
duration_days = 2
"""


def test_every_shipped_template_validates_and_instantiates() -> None:
    found = {t.id: t for t in programmes.templates()}
    assert set(found) >= {
        "dnls-1", "dnls-2", "se-regional-arl", "rm-ledervejen", "rm-rejsefaeller",
        "rm-globetrotter", "rm-explorer", "custom",
    }  # fmt: skip
    assert programmes.templates()[-1].id == "custom"
    for t in found.values():
        programme = instantiate(t, date(2026, 8, 17))
        assert programme.template_id == t.id
        assert len(programme.sessions) == len(t.sessions)
        for key, questions in t.prompts.as_dict().items():
            assert all(q.strip() for q in questions), key


def test_each_template_is_found_by_its_id_alone() -> None:
    # The app reads only the file named after the programme's template at start-up.
    for t in programmes.templates():
        assert programmes.template(t.id) == t
    for missing in ("demo", "../custom", "DNLS-1", ""):
        with pytest.raises(JournalError, match="no programme template"):
            programmes.template(missing)


def test_native_names_are_kept() -> None:
    names = {t.id: t.name for t in programmes.templates()}
    assert names["dnls-1"] == "Det Nationale Ledelsesprogram på Sundhedsområdet"
    assert names["se-regional-arl"] == (
        "Regionernas utvecklingsprogram för framtidens förvaltningsledning"
    )
    dnls2 = programmes.template("dnls-2")
    assert [m.name for m in dnls2.modules] == [
        "Fundament",
        "Forberedelse",
        "Forandring",
        "Forankring",
    ]
    dnls1 = programmes.template("dnls-1")
    titles = [s.title for s in dnls1.sessions]
    assert "Spræng Rammerne" in titles and titles.count("Læringstræf 1") == 1
    ledervejen = programmes.template("rm-ledervejen")
    kinds = [s.kind for s in ledervejen.sessions]
    assert kinds.count(SessionKind.SINGLE_DAY) == 12 and kinds.count(SessionKind.SPARRING) == 4


def test_dates_come_from_the_start_date() -> None:
    t = parse_template(VALID)
    programme = instantiate(t, date(2026, 1, 30))
    (session,) = programme.sessions
    assert session.starts_on == date(2026, 2, 9)
    assert session.ends_on == date(2026, 2, 10)
    assert session.module_uid == programme.modules[0].uid
    assert programme.starts_on == date(2026, 1, 30)


CASES = [
    ('name = "Vårt program"\n', "", "name: missing"),
    ("offset_days = 10", 'offset_days = "ten"',
     "line 14: sessions[0].offset_days: must be a whole number"),
    ('kind = "residential"', 'kind = "retreat"',
     "line 12: sessions[0].kind: unknown session kind 'retreat'"),
    ('module = "m1"', 'module = "m9"', "sessions[0].module: no module has the uid 'm9'"),
    ('language = "sv"', 'language = "fi"', "line 3: language: unknown language 'fi'"),
    ('name = "Vårt program"', 'name = "Vårt program', "not valid TOML"),
    ("duration_days = 2", 'duration_days = 2\n[prompts]\nmood = ["?"]',
     "line 17: prompts.mood: unknown prompt"),
    ('title = "Internat"\n', "", "line 9: sessions[0].title: missing"),
    ('name = "Modul 1"\n', "", "line 5: modules[0].name: missing"),
    ("offset_days = 10", "ofset_days = 10", "line 14: sessions[0].ofset_days: unknown field"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "message"), CASES)
def test_invalid_templates_are_rejected_with_the_reason(old: str, new: str, message: str) -> None:
    assert old in VALID
    with pytest.raises(ProgrammeFormatError) as caught:
        parse_template(VALID.replace(old, new), source="org.toml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("org.toml: ")


def test_the_line_is_that_of_the_failing_table() -> None:
    second = VALID + '\n[[sessions]]\nuid = "s2"\ntitle = "Dag"\nkind = "nap"\noffset_days = 1\n'
    with pytest.raises(ProgrammeFormatError, match=r"line 20: sessions\[1\]\.kind"):
        parse_template(second)


def test_json_files_are_read_too(tmp_path: Path) -> None:
    bad = tmp_path / "org.json"
    bad.write_text('{\n  "id": "x",\n  "name": "X",\n  "language": "da",\n}', encoding="utf-8")
    with pytest.raises(ProgrammeFormatError, match="line 5: not valid JSON"):
        load_template(bad)
    good = tmp_path / "good.json"
    good.write_text('{"id": "x", "name": "X", "language": "da", "sessions": []}', encoding="utf-8")
    assert load_template(good).name == "X"


def test_cli_lists_shows_and_imports(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["programmes"]) == 0
    assert "dnls-2" in capsys.readouterr().out
    assert main(["programmes", "--show", "dnls-2"]) == 0
    shown = capsys.readouterr().out
    assert "Forankring" in shown
    assert "ret dem til jeres egen kalender" in shown  # the description (review 1.1)
    assert "Fernisering [Forankring] (suggested: to be confirmed)" in shown
    assert main(["programmes", "--show", "rm-explorer"]) == 0
    assert capsys.readouterr().out.startswith("Explorer\n")  # not "Explorer (Explorer)"
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace('kind = "residential"', 'kind = "retreat"'), encoding="utf-8")
    assert main(["programmes", "--import", str(bad)]) == 2
    assert "line 12: sessions[0].kind" in capsys.readouterr().err
    with open_journal(data_dir) as journal:
        assert journal.programme() is None
    good = tmp_path / "good.toml"
    good.write_text(VALID, encoding="utf-8")
    assert main(["programmes", "--import", str(good), "--start", "2026-09-01"]) == 0
    with open_journal(data_dir) as journal:
        programme = journal.programme()
    assert programme is not None and programme.name == "Vårt program"
    assert programme.sessions[0].starts_on == date(2026, 9, 11)
    assert any(b.reason == "before-import" for b in list_backups(data_dir))


def test_an_organisers_prompts_travel_with_the_programme(data_dir: Path) -> None:
    text = VALID + '\n[prompts]\narl_reflection = ["Hur ser du på det nu?"]\n'
    programme = instantiate(parse_template(text, source="org.toml"), date(2026, 9, 1))
    with open_journal(data_dir) as journal:
        journal.set_programme(programme)
    with open_journal(data_dir) as journal:
        stored = journal.programme()
    assert stored is not None
    assert own_prompts(stored).asked()["arl_reflection"] == ("Hur ser du på det nu?",)


def test_an_updated_programme_file_keeps_links_and_sparring_notes(data_dir: Path) -> None:
    first = instantiate(parse_template(VALID, source="v1.toml"), date(2026, 9, 1))
    session = dataclasses.replace(first.sessions[0], notes="We spoke about delegation.")
    first = dataclasses.replace(first, sessions=(session,))
    with open_journal(data_dir) as journal:
        journal.set_programme(first)
        entry = journal.save(Experience(title="Linked", session_uid=session.uid))
        assert entry.id is not None
        second = instantiate(
            parse_template(VALID.replace("offset_days = 10", "offset_days = 14"), source="v2"),
            date(2026, 9, 1),
        )
        assert second.sessions[0].uid != session.uid
        journal.set_programme(programmes.carry_over(journal.programme(), second))
        kept = journal.programme()
        assert kept is not None
        assert kept.sessions[0].uid == session.uid
        assert kept.sessions[0].starts_on == date(2026, 9, 15)
        assert kept.sessions[0].notes == "We spoke about delegation."
        assert kept.modules[0].uid == first.modules[0].uid
        assert journal.get_entry(entry.id).session_uid == session.uid


def test_prompts_follow_the_programme() -> None:
    swedish = instantiate(programmes.template("se-regional-arl"), date(2026, 1, 1))
    assert "Stanna upp" in own_prompts(swedish).as_dict()["arl_reflection"][0]
    assert own_prompts(None).asked() == {}  # the editors ask their own questions


def test_every_shipped_template_follows_the_published_schema() -> None:
    import json
    import tomllib

    import jsonschema

    resources = Path(__file__).parents[2] / "resources"
    schema = json.loads((resources / "programme.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    shipped = sorted((resources / "programmes").glob("*.toml"))
    assert len(shipped) == 8
    for path in shipped:
        jsonschema.validate(tomllib.loads(path.read_text(encoding="utf-8")), schema)
    bad = tomllib.loads(VALID.replace('kind = "residential"', 'kind = "retreat"'))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_a_custom_programme_has_no_questions_of_its_own() -> None:
    custom = instantiate(programmes.template("custom"), date(2026, 1, 1))
    assert custom.prompts == {}
    assert not any(own_prompts(custom).by_key.values())
    assert not any(own_prompts(None).by_key.values())
    danish = instantiate(programmes.template("dnls-2"), date(2026, 1, 1))
    assert "afprøvning" in own_prompts(danish).as_dict()["arl_next"][0]  # review 1.23
    assert not own_prompts(danish).as_dict()["trip_culture"]  # no study trip (1.24)


@pytest.mark.parametrize("t", programmes.templates(), ids=lambda t: t.id)
def test_every_template_says_what_is_a_suggestion(t: programmes.ProgrammeTemplate) -> None:
    """Review 1.1: the description reaches the programme, and every session whose date
    (or very existence) the programme's documents do not give is tentative once dated."""
    programme = instantiate(t, date(2026, 9, 7))
    assert programme.description == t.description
    if t.id == programmes.CUSTOM_ID:
        return
    assert t.description.strip()
    assert "(" not in t.name_en  # review 1.3: the English name only
    tentative = [s.tentative for s in programme.sessions]
    placeholders = sorted(s.placeholder for s in t.sessions)
    assert sorted(tentative) == placeholders
    assert any(tentative)
    # At most the session the participant dates herself (the start) is confirmed.
    for s in programme.sessions:
        assert s.tentative or s.starts_on == programme.starts_on, (t.id, s.title)


def test_a_programme_built_around_an_initiative_offers_one_once(journal: Journal) -> None:
    programmes.adopt(journal, programmes.template("dnls-2"), date(2026, 9, 7))
    assert [i.title for i in journal.initiatives()] == ["Vores forbedringsinitiativ"]
    programmes.adopt(journal, programmes.template("dnls-1"), date(2026, 9, 7))
    assert len(journal.initiatives()) == 1  # never a second
    programmes.adopt(journal, programmes.template("se-regional-arl"), date(2026, 9, 7))
    assert len(journal.initiatives()) == 1


def test_dnls_templates_use_the_sources_words() -> None:
    """Review 1.12–1.14, 1.20, 1.21: the programmes' own words and structure."""
    dnls2 = programmes.template("dnls-2")
    themes = [theme for m in dnls2.modules for theme in m.themes]
    for quoted in ("Design tænkning", "GAP Healthcare", "Tværgående organisatoriske ressourcer"):
        assert quoted in themes
    assert "design thinking" not in themes
    assert len(themes) == 22
    dnls1 = programmes.template("dnls-1")
    days = sum(
        s.duration_days
        for s in dnls1.sessions
        if s.kind.value in ("residential", "closing_conference")
    )
    assert days == 9  # "de 9 fremmøde-dage" (seed 001)
    assert any("ledermøde" in s.title.casefold() for s in dnls1.sessions)
    first = min(
        (s for s in dnls1.sessions if s.kind.value == "residential"), key=lambda s: s.offset_days
    )
    assert (
        first.title.startswith("Læringstræf 1") and first.offset_days == 0 and not first.placeholder
    )
    explorer = programmes.template("rm-explorer")
    assert "Distribueret ledelse" in explorer.competency_areas
    assert "Ledelse af medarbejdere" not in explorer.competency_areas  # review 1.26
    assert all(s.kind.value != "residential" for s in explorer.sessions)  # review 1.27


def test_the_demo_programme_keeps_its_templates_prompts() -> None:
    from journal.demo import demo_programme

    programme = demo_programme(date(2026, 1, 1))
    shipped = programmes.template(programme.template_id).prompts.as_dict()
    assert programme.prompts == {k: v for k, v in shipped.items() if v}
    assert programme.prompts["arl_action"]


def test_no_guiding_question_repeats_its_fields_label() -> None:
    """Review 3.29: the editor shows the field's name in bold above its questions, so a
    question that begins "Handling:" read "Handling / Handling: vad gjorde du?"."""
    import tomllib
    from pathlib import Path

    labels = {
        "arl_action": ("Handling", "Action"),
        "arl_reflection": ("Reflektion", "Refleksion", "Reflection"),
        "arl_learning": ("Lärande", "Læring", "Learning"),
        "trip_culture": ("Kultur", "Culture"),
        "trip_context": ("Kontext", "Kontekst", "Context"),
        "trip_communication": ("Kommunikation", "Communication"),
        "trip_take_home": ("Lärdom", "Lærdom", "Det jag tar med hem", "What I take home"),
    }
    folder = Path(__file__).parents[2] / "resources" / "programmes"
    repeated = [
        (path.name, key, question)
        for path in sorted(folder.glob("*.toml"))
        for key, questions in tomllib.loads(path.read_text(encoding="utf-8"))
        .get("prompts", {})
        .items()
        for question in questions
        if question.split(":")[0].strip() in labels.get(key, ())
    ]
    assert repeated == []
