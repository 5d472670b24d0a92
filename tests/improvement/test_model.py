"""An improvement initiative: its tree, kept whole, read back, carried in the JSON format."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from journal.errors import ImportFormatError, JournalError
from journal.improvement.model import (
    DriverKind,
    DriverNode,
    Measurement,
    from_json,
    merge_measurements,
    parse_pasted,
    to_json,
)
from journal.interchange import export_document, export_json, import_json
from journal.store import Journal, open_journal
from tests.improvement.helpers import initiative


def test_the_driver_diagram_is_a_tree_below_the_aim() -> None:
    i = initiative()
    assert [n.text for n in i.children(None)] == [
        "Fælles udskrivelse <med> kommunen & egen læge",
        "Data vi deler",
    ]
    by = {n.uid: n for n in i.drivers}
    assert i.kind_of(by["p1"]) == DriverKind.PRIMARY
    assert i.kind_of(by["s1"]) == DriverKind.SECONDARY
    assert i.kind_of(by["c1"]) == DriverKind.CHANGE_IDEA
    assert i.depth(by["c1"]) == 3 and i.depth(by["c3"]) == 2
    assert [c.uid for c in i.cycles_of("c1")] == ["k0"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda i: (DriverNode(uid="x", text="x", parent_uid="nope"), *i.drivers), "parent"),
        (lambda i: (*i.drivers, DriverNode(uid="y", text="y", parent_uid="c1")), "has children"),
        (lambda i: (*i.drivers, i.drivers[0]), "twice"),
    ],
)
def test_a_broken_tree_is_refused_and_nothing_changes(
    journal: Journal, change: object, problem: str
) -> None:
    kept = journal.save_initiative(initiative())
    broken = dataclasses.replace(kept, drivers=change(kept))  # type: ignore[operator]
    with pytest.raises(JournalError, match=problem):
        journal.save_initiative(broken)
    assert journal.initiatives()[0].drivers == kept.drivers


def test_kept_whole_and_read_back(journal: Journal) -> None:
    saved = journal.save_initiative(initiative())
    assert saved.created_at is not None
    (got,) = journal.initiatives()
    assert got == saved
    changed = dataclasses.replace(got, title="Den gode udskrivelse 2.0")
    journal.save_initiative(changed)
    (again,) = journal.initiatives()
    assert again.title == "Den gode udskrivelse 2.0" and again.created_at == saved.created_at
    journal.delete_initiative(again.uid)
    assert journal.initiatives() == []


def test_round_trip_through_the_json_format(journal: Journal, tmp_path: Path) -> None:
    saved = journal.save_initiative(initiative())
    assert from_json(json.loads(json.dumps(to_json(saved)))) == saved
    document = export_document(journal)
    schema = Path(__file__).parents[2] / "resources" / "format.schema.json"
    jsonschema.validate(document, json.loads(schema.read_text(encoding="utf-8")))
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        import_json(other, tmp_path / "all.json")
        assert other.initiatives() == journal.initiatives()
        import_json(other, tmp_path / "all.json")  # again: nothing twice
        assert len(other.initiatives()) == 1


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("state",), "done", "state"),
        (("indicators", 0, "measurements", 0), ["2026-13-01", 3], "not a date"),
        (("indicators", 0, "measurements", 0), ["2026-01-01", "x"], "date, number"),
        (("cycles", 0, "decision"), "maybe", "decision"),
        (("drivers", 1, "parent"), "nope", "parent"),
    ],
)
def test_a_bad_initiative_in_a_file_is_named(
    path: tuple[str | int, ...], value: object, problem: str
) -> None:
    data = to_json(initiative())
    target: object = data
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    with pytest.raises(ImportFormatError, match=problem):
        from_json(data)


def test_measurements_pasted_from_a_spreadsheet() -> None:
    pasted = "Dato\tAndel\n05.01.2026\t20,5\n2026-01-12\t18\n\n19/01/2026\t17 %\n"
    assert parse_pasted(pasted) == [
        Measurement(date(2026, 1, 5), 20.5),
        Measurement(date(2026, 1, 12), 18.0),
        Measurement(date(2026, 1, 19), 17.0),
    ]
    assert parse_pasted("2026-01-05;3,5\n2026-01-06;4") == [
        Measurement(date(2026, 1, 5), 3.5),
        Measurement(date(2026, 1, 6), 4.0),
    ]
    assert parse_pasted("date,value\n2026-01-05,3\n") == [Measurement(date(2026, 1, 5), 3.0)]
    with pytest.raises(ValueError, match="row 3"):
        parse_pasted("2026-01-05\t3\n2026-01-06\t4\nlunch\tsoon")
    merged = merge_measurements(
        [Measurement(date(2026, 1, 5), 1.0)],
        [Measurement(date(2026, 1, 5), 2.0), Measurement(date(2026, 1, 1), 0.5)],
    )
    assert merged == (Measurement(date(2026, 1, 1), 0.5), Measurement(date(2026, 1, 5), 2.0))
