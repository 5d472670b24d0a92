"""A learning linked to the leadership-theory version it changed (issue 21, review 2.10,
4.5): chosen when the version is saved, shown on the A–R–L entry, kept in the JSON
format and printed in the portfolio."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from journal.domain import ArlEntry, EntryFilter, EntryKind, TheoryEntry
from journal.interchange import export_document, export_json, import_json
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.store import Journal, open_journal
from tests.portfolio.helpers import text_of
from tests.ui.conftest import WindowFactory
from ui.dialogs.theory_version import NewVersionDialog, UidRole
from ui.editors.arl import ArlEditor
from ui.editors.theory import TheoryEditor


def _learnings(journal: Journal) -> tuple[ArlEntry, ArlEntry, ArlEntry]:
    a = journal.save(ArlEntry(title="Fråga först", occurred_on=date(2025, 10, 1)))
    b = journal.save(ArlEntry(title="Tystnad", occurred_on=date(2025, 11, 1)))
    hidden = journal.save(ArlEntry(title="Hemligt", occurred_on=date(2025, 11, 2), private=True))
    return a, b, hidden


def test_a_version_names_the_learnings_that_changed_it(journal: Journal, tmp_path: Path) -> None:
    a, b, hidden = _learnings(journal)
    theory = journal.save(TheoryEntry(title="Min teori", theory="Tillit först."))
    assert theory.id is not None
    journal.add_theory_version(theory.id, "Första")
    journal.add_theory_version(theory.id, "Efter hösten", (b.uid, a.uid, hidden.uid, b.uid))
    got = journal.get_entry(theory.id)  # the plain read
    assert isinstance(got, TheoryEntry)
    assert got.versions[1].grew_from == (b.uid, a.uid, hidden.uid)  # once each, in order
    (full,) = journal.iter_entries(EntryFilter(kinds=frozenset({EntryKind.THEORY})))
    assert isinstance(full, TheoryEntry) and full.versions[1].grew_from == got.versions[1].grew_from
    ((title, number, when),) = journal.theory_changes(a.uid)
    assert (title, number) == ("Min teori", 2) and when == got.versions[1].created_at
    assert journal.theory_changes("nothing") == []

    document = export_document(journal)
    schema = Path(__file__).parents[2] / "resources" / "format.schema.json"
    jsonschema.validate(document, json.loads(schema.read_text(encoding="utf-8")))
    export_json(journal, tmp_path / "all.json")
    with open_journal(tmp_path / "other", daily_backup=False) as other:
        import_json(other, tmp_path / "all.json")
        assert [t for t, _, _ in other.theory_changes(b.uid)] == ["Min teori"]

    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)  # private entries left out
    text = text_of(out)
    assert "Växte fram ur ”Tystnad”; ”Fråga först”" in text
    assert "Hemligt" not in text  # a private learning is not named
    assert text.count("Ändrade min ledarskapsteori: Version 2") == 2  # on both entries


def test_the_learnings_are_chosen_when_saving_a_version(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = _learnings(journal)
    window = make_window(journal)
    window.open_theory()
    editor = window._current
    assert isinstance(editor, TheoryEditor)
    qtbot.keyClicks(editor.theory.edit, "Trust first.")

    def answer(dialog: NewVersionDialog) -> int:
        names = [dialog.learnings.item(n).text() for n in range(dialog.learnings.count())]
        assert [n.split("  ", 1)[1] for n in names] == ["Hemligt", "Tystnad", "Fråga först"]
        qtbot.keyClicks(dialog.note, "I ask first now.")
        for n in range(dialog.learnings.count()):
            item = dialog.learnings.item(n)
            if item.data(UidRole) == a.uid:
                item.setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewVersionDialog, "exec", answer)
    assert editor.save_version()
    version = editor.entry().versions[-1]
    assert (version.change_note, version.grew_from) == ("I ask first now.", (a.uid,))

    assert a.id is not None and b.id is not None
    window.open_entry(a.id)
    arl = window._current
    assert isinstance(arl, ArlEditor)
    assert arl.changed_theory.isVisibleTo(window)
    assert arl.changed_theory.text().startswith(
        "This learning changed your leadership theory: version 1 of “My leadership theory” ("
    )
    window.open_entry(b.id)  # the same editor, another learning: nothing to say
    assert window._current is arl and not arl.changed_theory.isVisibleTo(window)
