"""The mentor's comments in the app: import and review, beside the entry, answered,
and in the next portfolio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journal.feedback.importer import preview
from journal.store import Journal
from tests.feedback.helpers import Exported, annotation, export, save_returned
from tests.ui.conftest import WindowFactory, in_language
from ui.dialogs.export import ExportDialog
from ui.dialogs.mentor_import import MentorImport, ReviewDialog
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def swedish(qapp: QApplication) -> Iterator[None]:
    """The app in Swedish, as the participant in these tests has it."""
    with in_language(qapp, "sv"):
        yield


def _returned(exported: Exported, out: Path, password: str | None = None) -> Path:
    with pikepdf.open(exported.path, password=password or "") as pdf:
        for title, text in (("Morgonmötet", "Bra att du lyssnade."), ("Efter natten", "Och nu?")):
            place = exported.place(title)
            box = [60, place.top - 40, 80, place.top - 20]
            annotation(pdf, place.page, "/Text", box, contents=text, author="Maria")
        annotation(pdf, 1, "/Text", [60, 700, 80, 720], contents="Fint arbete.", author="Maria")
        return save_returned(pdf, out, password)


def _import(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> MentorImport:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_mentor_comments()
    first = window._mentor_run
    assert first is not None
    run: MentorImport = first
    while True:
        qtbot.waitUntil(lambda r=run: r.done, timeout=30_000)  # type: ignore[misc]
        if run.next_run is None:
            return run
        run = run.next_run  # after a password was asked


def test_comments_come_home_are_answered_and_go_into_the_next_portfolio(
    journal: Journal,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    back = _returned(exported, tmp_path / "back.pdf")
    window = make_window(journal)
    assert window.navigation.find_key("mentor") is None  # nothing came back yet
    assert not window.menus.general_comments.isEnabled()
    arl = exported.entries["Feedback i ledningsgruppen"].uid
    reviewed: list[ReviewDialog] = []

    def review(dialog: ReviewDialog) -> int:
        reviewed.append(dialog)
        items = dialog._items()
        assert [i.text(0) for i in items] == ["Fint arbete.", "Bra att du lyssnade.", "Och nu?"]
        assert items[0].text(2) == "Portfolion som helhet"
        assert items[1].text(2).startswith("Morgonmötet")
        # "Och nu?" landed on the wrong entry: put it on the A–R–L entry.
        dialog.tree.setCurrentItem(items[2])
        dialog.target.activated.emit(dialog.target.findData(arl))
        assert items[2].text(2).startswith("Feedback i ledningsgruppen")
        items[0].setCheckState(0, Qt.CheckState.Unchecked)  # drop the one on the cover
        assert dialog.import_button.text() == "&Importera 2 kommentarer"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", review)
    _import(window, qtbot, monkeypatch, back)
    assert reviewed
    stored = {c.text: c.entry_uid for c in journal.mentor_comments()}
    assert stored == {"Bra att du lyssnade.": exported.entries["Morgonmötet"].uid, "Och nu?": arl}
    # The navigation lists the entries waiting for a response, and is where she lands.
    item = window.navigation.find_key("mentor")
    assert item is not None and item.text() == "Kommentarer från min mentor (2)"
    assert window.nav_view.currentIndex() == item.index()
    listed = (window.entries.summary(r) for r in range(window.entries.rowCount()))
    assert {s.title for s in listed if s} == {
        "Morgonmötet",
        "Feedback i ledningsgruppen",
    }
    # Beside the entry: the comment, and a response written in place.
    assert window.open_entry(journal.get_entry_by_uid(arl).id or 0)
    panel = window.mentor_panel()
    assert panel.isVisible()
    (card,) = panel.card_list()
    assert card.text_label.text() == "Och nu?"
    qtbot.keyClicks(card.response, "Jag provar igen i veckan.")
    qtbot.waitUntil(lambda: bool(journal.mentor_comments(arl)[0].response), timeout=5_000)
    assert journal.mentor_comments(arl)[0].response == "Jag provar igen i veckan."
    qtbot.waitUntil(
        lambda: (
            window.navigation.find_key("mentor").text()  # type: ignore[union-attr]
            == "Kommentarer från min mentor (1)"
        )
    )
    # An entry without comments has no panel.
    assert window.open_entry(
        journal.get_entry_by_uid(exported.entries["Den långa natten"].uid).id or 0
    )
    assert not panel.isVisible()
    # Importing the same file again offers only what was dropped the first time.
    again: list[list[str]] = []

    def dropped_again(dialog: ReviewDialog) -> int:
        again.append([i.text(0) for i in dialog._items()])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReviewDialog, "exec", dropped_again)
    _import(window, qtbot, monkeypatch, back)
    assert again == [["Fint arbete."]]
    assert len(journal.mentor_comments()) == 2
    # The next export offers the dialogue, chosen.
    dialog = ExportDialog(journal, window)
    qtbot.addWidget(dialog)
    assert dialog.mentor_dialogue.isChecked() and dialog.options().mentor_dialogue


def test_a_protected_return_asks_for_its_password_until_it_opens(
    journal: Journal,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    exported = export(journal, tmp_path / "p.pdf", password="hemligt")
    back = _returned(exported, tmp_path / "back.pdf", password="hemligt")
    window = make_window(journal)
    prompts: list[str] = []
    answers = iter([("fel", True), ("hemligt", True)])

    def ask(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        prompts.append(args[2])
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    _import(window, qtbot, monkeypatch, back)
    assert "skyddad med ett lösenord" in prompts[0]
    assert "öppnar inte" in prompts[1]
    assert len(journal.mentor_comments()) == 3


def test_a_file_that_cannot_be_used_is_told_in_her_language(
    journal: Journal,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    window = make_window(journal)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    run = _import(window, qtbot, monkeypatch, exported.path)  # returned without comments
    assert run.error is not None and "har inga kommentarer" in run.error
    (tmp_path / "brev.pdf").write_text("Hej!")
    _import(window, qtbot, monkeypatch, tmp_path / "brev.pdf")
    assert "inte en PDF-fil" in warnings[-1]
    assert all("Traceback" not in w for w in warnings)
    assert journal.mentor_comments() == []


def test_the_comments_can_be_hidden_shown_again_and_removed(
    journal: Journal,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    exported = export(journal, tmp_path / "p.pdf")
    back = _returned(exported, tmp_path / "back.pdf")
    journal.add_mentor_comments(preview(journal, back).comments)
    window = make_window(journal)
    morning = journal.get_entry_by_uid(exported.entries["Morgonmötet"].uid)
    after = journal.get_entry_by_uid(exported.entries["Efter natten"].uid)
    assert window.open_entry(morning.id or 0)
    panel = window.mentor_panel()
    assert panel.isVisible() and window.menus.show_comments.isChecked()
    panel.hide_button.click()  # out of the way, for every entry, until asked for again
    assert not panel.isVisible() and not window.menus.show_comments.isChecked()
    assert window.open_entry(after.id or 0)
    assert not panel.isVisible()
    window.menus.show_comments.trigger()  # Edit → Show my mentor's comments
    assert panel.isVisible() and window.menus.show_comments.isChecked()
    assert [c.text_label.text() for c in panel.card_list()] == ["Och nu?"]
    # Removed, once confirmed: the navigation no longer lists the entry.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    (card,) = panel.card_list()
    card.actions()[0].trigger()
    assert not panel.isVisible()
    assert [c.text for c in journal.mentor_comments()] == ["Fint arbete.", "Bra att du lyssnade."]
    item = window.navigation.find_key("mentor")
    assert item is not None and item.text() == "Kommentarer från min mentor (1)"
