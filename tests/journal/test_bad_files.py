"""Hostile and clumsy input: each gets a message naming the problem; the journal is untouched."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from journal import limits, programmes
from journal.cli import main
from journal.domain import Experience
from journal.errors import ImportFormatError, JournalError, TooLargeError
from journal.interchange import import_json
from journal.store import open_journal

SESSION = (
    '[[sessions]]\nuid = "{uid}"\ntitle = "Dag {n}"\nkind = "single_day"\noffset_days = {offset}\n'
)
HEAD = 'id = "x"\nname = "Prov"\nlanguage = "sv"\nlength_months = {months}\n'


def _programme(sessions: list[str], months: int = 12) -> str:
    return HEAD.format(months=months) + "\n".join(sessions)


def _session(n: int, offset: int = 0, uid: str | None = None, extra: str = "") -> str:
    return SESSION.format(uid=uid or f"s{n}", n=n, offset=offset) + extra


def _export(tmp_path: Path, entries: list[dict[str, object]]) -> Path:
    path = tmp_path / "in.json"
    document = {"format": "leadership-journal", "version": 1, "entries": entries}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _experience(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "kind": "experience",
        "uid": "e1",
        "title": "Möte",
        "occurred_on": "2026-03-01",
        "body": "text",
        "private": False,
    }
    return {**base, **fields}


# -- imports ----------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["list", "object", "entries"])
def test_an_import_nested_100000_deep_is_refused_with_a_message(
    data_dir: Path, tmp_path: Path, shape: str, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = 100_000
    if shape == "list":
        text = "[" * deep + "]" * deep
    elif shape == "object":
        text = '{"a":' * deep + "1" + "}" * deep
    else:
        text = (
            '{"format": "leadership-journal", "version": 1, "entries": '
            + "[" * deep
            + "]" * deep
            + "}"
        )
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "Traceback" not in err
    with open_journal(data_dir) as j:
        assert j.count_entries() == 0


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
def test_dates_that_leave_the_calendar_in_utc_are_named(
    journal_dir: Path, tmp_path: Path, moment: str
) -> None:
    path = _export(tmp_path, [_experience(created_at=moment)])
    with open_journal(journal_dir) as j, pytest.raises(ImportFormatError, match="created_at"):
        import_json(j, path)


def test_a_lone_surrogate_is_named_and_nothing_is_imported(
    journal_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.json"
    path.write_text(
        '{"format": "leadership-journal", "version": 1, "entries": ['
        '{"kind": "experience", "uid": "e1", "title": "ok", "occurred_on": "2026-03-01"},'
        '{"kind": "experience", "uid": "e2", "title": "tr\\ud800asig", '
        '"occurred_on": "2026-03-01"}]}',
        encoding="utf-8",
    )
    with open_journal(journal_dir) as j:
        with pytest.raises(ImportFormatError, match=r"entries\[1\]\.title: holds a broken"):
            import_json(j, path)
        assert j.count_entries() == 0


def test_a_text_beyond_the_limit_is_refused_at_import_and_on_save(
    journal_dir: Path, tmp_path: Path
) -> None:
    huge = "a" * (limits.MAX_TEXT_CHARS + 1)
    path = _export(tmp_path, [_experience(body=huge)])
    with open_journal(journal_dir) as j:
        with pytest.raises(ImportFormatError, match=r"entries\[0\]\.body: .* at most"):
            import_json(j, path)
        with pytest.raises(TooLargeError, match="body"):
            j.save(Experience(title="stor", body=huge))
        assert j.count_entries() == 0
        one_mb = "ö" * 1_048_576  # a 1 MB paste is well within it
        assert j.save(Experience(title="lång", body=one_mb)).body == one_mb


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    open_journal(data_dir).close()
    return data_dir


# -- programme files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (_programme([_session(1, offset=10**12)]), "sessions[0].offset_days"),
        (
            _programme([_session(1, extra="duration_days = 1000000000000\n")]),
            "sessions[0].duration_days",
        ),
        (_programme([_session(1)], months=10**9), "length_months"),
        (_programme([_session(1)], months=0), "length_months"),
        (_programme([_session(1), _session(2, uid="s1")]), "sessions[1].uid: the uid 's1'"),
        (
            _programme([_session(n) for n in range(limits.MAX_SESSIONS + 1)]),
            f"more than {limits.MAX_SESSIONS} sessions",
        ),
        (HEAD.format(months=12) + "deep = " + "[" * 100_000 + "]" * 100_000, "nested"),
    ],
    ids=["offset", "duration", "months", "no-months", "twice", "too-many", "deep-toml"],
)
def test_a_programme_file_beyond_its_limits_names_the_field(text: str, says: str) -> None:
    with pytest.raises(JournalError, match=says.replace("[", r"\[").replace("]", r"\]")):
        programmes.parse_template(text, source="prov.toml")


def test_deep_json_programme_and_a_huge_file_are_refused() -> None:
    with pytest.raises(JournalError, match="nested"):
        programmes.parse_template("[" * 100_000 + "]" * 100_000, json_format=True)
    with pytest.raises(JournalError, match="larger than a programme"):
        programmes.parse_template("#" * (limits.MAX_PROGRAMME_CHARS + 1))


def test_a_start_near_the_year_9999_is_refused_with_a_message(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = programmes.template("dnls-1")
    with pytest.raises(JournalError, match="earlier start date"):
        programmes.instantiate(template, date(9999, 12, 1))
    path = tmp_path / "p.toml"
    path.write_text(_programme([_session(1, offset=30)]), encoding="utf-8")
    assert main(["programmes", "--import", str(path), "--start", "9999-12-01"]) == 2
    err = capsys.readouterr().err
    assert "earlier start date" in err and "Traceback" not in err
    with open_journal(journal_dir) as j:
        assert j.programme() is None
