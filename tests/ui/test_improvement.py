"""Programme → Improvement work…: the driver diagram by keyboard and by mouse, PDSA
cycles, indicators with pasted values and their run chart (issue 24)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from journal.domain import ArlEntry, EntryFilter, EntryKind
from journal.improvement.model import Decision, Initiative
from journal.store import Journal
from tests.improvement.helpers import initiative
from tests.ui.conftest import WindowFactory
from ui.improvement.dialog import ImprovementDialog
from ui.improvement.driver_tree import DriverTreeEditor


def _type(qtbot: QtBot, editor: DriverTreeEditor, text: str) -> None:
    """Type a node's name into the open editor and press Return (ASCII: QTest's limit)."""
    widget = QApplication.focusWidget()
    assert widget is not None and widget is not editor.tree  # the name's line editor
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.tree)


def _at(item: QTreeWidgetItem, *path: int) -> QTreeWidgetItem:
    for n in path:
        child = item.child(n)
        assert child is not None
        item = child
    return item


def test_the_driver_diagram_by_keyboard_only(qtbot: QtBot) -> None:
    editor = DriverTreeEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.set_nodes("Fewer readmissions", ())
    tree = editor.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # a primary driver under the aim
    _type(qtbot, editor, "Shared discharge")
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # a secondary driver under it
    _type(qtbot, editor, "Checklist")
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # third level: a change idea
    _type(qtbot, editor, "Call home care the day before")
    qtbot.keyClick(tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # next to it
    _type(qtbot, editor, "Medicine list travels")
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # moved up
    nodes = editor.nodes()
    assert [(n.text, n.change_idea) for n in nodes] == [
        ("Shared discharge", False),
        ("Checklist", False),
        ("Medicine list travels", True),
        ("Call home care the day before", True),
    ]
    assert nodes[1].parent_uid == nodes[0].uid and nodes[2].parent_uid == nodes[1].uid
    # Nothing goes under a change idea (a fourth level), and it says why.
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert len(editor.nodes()) == 4 and "nothing under it" in editor.problem.text()
    # Out a level: the idea now stands under the primary driver; in again.
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    moved = next(n for n in editor.nodes() if n.text == "Medicine list travels")
    assert moved.parent_uid == nodes[0].uid
    qtbot.keyClick(tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # under Checklist
    back = next(n for n in editor.nodes() if n.text == "Medicine list travels")
    assert back.parent_uid == nodes[1].uid
    # Ctrl+K makes a leaf a driver again; Delete removes it.
    tree.setCurrentItem(_at(editor.aim, 0, 0, 1))
    qtbot.keyClick(tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert [n.change_idea for n in editor.nodes()].count(True) == 1
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [n.text for n in editor.nodes()] == [
        "Shared discharge",
        "Checklist",
        "Call home care the day before",
    ]


def test_the_driver_diagram_with_the_mouse(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = DriverTreeEditor()
    qtbot.addWidget(editor)
    editor.show()
    start = initiative()
    editor.set_nodes(start.aim, start.drivers)
    tree = editor.tree
    first = tree.visualItemRect(editor.aim.child(1))  # type: ignore[arg-type]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert tree.currentItem() is editor.aim.child(1)
    qtbot.mouseClick(editor.up, Qt.MouseButton.LeftButton)
    assert editor.nodes()[0].text == "Data vi deler"
    qtbot.mouseClick(editor.add_sibling, Qt.MouseButton.LeftButton)
    assert len(editor.nodes()) == len(start.drivers) + 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tree.setCurrentItem(_at(editor.aim, 0))
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)  # and the two under it
    assert "Data vi deler" not in [n.text for n in editor.nodes()]


def test_a_drop_the_diagram_cannot_hold_is_undone(qtbot: QtBot) -> None:
    editor = DriverTreeEditor()
    qtbot.addWidget(editor)
    start = initiative()
    editor.set_nodes(start.aim, start.drivers)
    before = editor.nodes()
    # What a drag of a primary driver onto a change idea leaves in the tree:
    idea = _at(editor.aim, 0, 0, 0)
    primary = editor.aim.takeChild(1)
    assert primary is not None
    idea.addChild(primary)
    editor._after_drop()
    assert editor.nodes() == before
    assert "change idea has nothing under it" in editor.problem.text()


def test_the_dialog_keeps_an_initiative_as_she_goes(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ImprovementDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.tabs.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.title, "Good discharge")
    dialog.aim.setPlainText("From 20 % to 12 % readmissions by June.")
    dialog.drivers.tree.setCurrentItem(dialog.drivers.aim)
    dialog.drivers.add_below()
    dialog.drivers.add_below()
    dialog.drivers.add_below()  # a change idea, three levels down
    dialog.add_pdsa()
    assert dialog.cycle_idea.count() == 2  # none, or the one change idea
    dialog.cycle_idea.setCurrentIndex(1)
    dialog.study.setPlainText("7 of 9 calls reached home care.")
    # The change idea shows its cycles; the diagram is drawn from the same tree.
    idea = _at(dialog.drivers.aim, 0, 0, 0)
    assert idea.text(1) == "Change idea: PDSA 1"
    assert dialog.diagram.placed is not None and len(dialog.diagram.placed.boxes) == 4
    assert dialog.diagram.placed.boxes[None].column == 0
    assert sorted(b.column for b in dialog.diagram.placed.boxes.values()) == [0, 1, 2, 3]
    dialog.decision.setCurrentIndex(dialog.decision.findData("adopt"))
    dialog.add_measure()
    values = "\n".join(f"2026-{m:02d}-01\t{20 - (8 if m > 6 else 0) + m % 2}" for m in range(1, 13))
    assert dialog.add_values(values)
    assert dialog.measurements.rowCount() == 13  # and an empty row to type into
    day, value = dialog.measurements.item(12, 0), dialog.measurements.item(12, 1)
    assert day is not None and value is not None
    day.setText("2027-01-01")  # a value typed by hand
    assert dialog.status.text().startswith("Not kept: row 13")  # the date alone: not yet
    value.setText("11,5")
    assert dialog.measurements.rowCount() == 14
    dialog.marked.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved", timeout=3000)
    (kept,) = journal.initiatives()
    assert kept.title == "Good discharge"
    assert [n.change_idea for n in kept.drivers] == [False, False, True]
    (cycle,) = kept.cycles
    assert cycle.change_idea_uid == kept.drivers[2].uid and cycle.decision == Decision.ADOPT
    (measure,) = kept.indicators
    assert len(measure.measurements) == 13 and measure.cycles_marked == (cycle.uid,)
    assert measure.measurements[-1].value == 11.5
    assert "a shift" in dialog.chart.describe() or "too few runs" in dialog.chart.describe()
    # A bad paste adds nothing and says which row.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(str(a[2])))
    assert not dialog.add_values("2026-02-01\t4\nlunch\tsoon")
    assert told and "row 2" in told[0]
    dialog.reject()


def test_paste_from_the_clipboard(journal: Journal, qtbot: QtBot) -> None:
    journal.save_initiative(initiative(cycles=0, indicators=1, points=3))
    dialog = ImprovementDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText("Dato;Værdi\n01.02.2027;9,5\n")
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert dialog.save_now()
    (kept,) = journal.initiatives()
    assert kept.indicators[0].measurements[-1].value == 9.5


def test_a_cycles_study_is_worked_up_into_an_arl_entry(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save_initiative(initiative(cycles=2, indicators=0))
    window = make_window(journal)
    assert window.menus.improvement.text() == "&Improvement work…"

    def run(dialog: ImprovementDialog) -> int:
        dialog.tabs.setCurrentIndex(2)
        dialog.cycle_list.setCurrentRow(1)
        dialog.work_up_button.click()
        return 1

    monkeypatch.setattr(ImprovementDialog, "exec", run)
    window.improvement_work()
    window.autosaver.flush()
    (arl,) = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.ARL})))
    stored = journal.get_entry(arl.id)
    assert isinstance(stored, ArlEntry)
    assert stored.title == "Den gode udskrivelse: PDSA 2: opkald"
    assert "7 af 9 nåede frem" in stored.reflection and stored.action
    assert stored.occurred_on == date(2026, 9, 28)


def test_the_run_chart_widget_describes_what_it_draws(qtbot: QtBot) -> None:
    from ui.improvement.run_chart import RunChartWidget

    widget = RunChartWidget()
    qtbot.addWidget(widget)
    kept: Initiative = initiative(cycles=1, indicators=1, points=24)
    widget.show_indicator(kept.indicators[0], list(kept.cycles))
    widget.resize(600, 240)
    image = widget.grab()
    assert not image.isNull()
    assert widget.describe().startswith("24 measurements, median 17: a shift")
    widget.show_indicator(None, [])
    assert widget.describe() == "No measurements yet."


def test_search_finds_an_initiative_and_opens_it(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: improvement work is in search, after the entries, by every word."""
    journal.save_initiative(initiative())
    other = initiative()
    journal.save_initiative(
        dataclasses.replace(other, uid="init2", title="Andet", aim="Noget helt andet.", team="",
                            partners="", drivers=(), cycles=(), indicators=())
    )  # fmt: skip
    assert [h.title for h in journal.search_initiatives("hjemmeplejen ring")] == [
        "Den gode udskrivelse"
    ]
    assert journal.search_initiatives("hjemmeplejen andet") == []
    hit = journal.search_initiatives("tavlem")[0]
    assert any(matched and text.lower().startswith("tavlem") for text, matched in hit.snippet)
    window = make_window(journal)
    shown: list[str | None] = []

    def run(dialog: ImprovementDialog) -> int:
        item = dialog.list.currentItem()
        shown.append(item.text() if item else None)
        return 0

    monkeypatch.setattr(ImprovementDialog, "exec", run)
    window.search.field.setText("udskrivelse")
    window.search.run_search()
    results = window.search.results
    titles = [results.item(n).text() for n in range(results.count())]
    assert titles[-1] == "Den gode udskrivelse"
    results.itemActivated.emit(results.item(results.count() - 1))
    assert shown == ["Den gode udskrivelse"]


def test_the_export_dialog_offers_to_leave_it_out(journal: Journal, qtbot: QtBot) -> None:
    from ui.dialogs.export import ExportDialog

    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.improvement.isVisibleTo(dialog)  # nothing to leave out yet
    journal.save_initiative(initiative())
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.improvement.isVisibleTo(dialog) and dialog.options().improvement
    dialog.improvement.setChecked(False)
    assert not dialog.options().improvement
