"""The main window driven like a participant would: typing, switching, searching."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journal.domain import ArlEntry, EntryFilter, EntryKind, Experience, TheoryEntry
from journal.errors import JournalWriteError
from journal.store import Journal, open_journal
from tests.ui.conftest import WindowFactory, set_up
from ui.editors.arl import ArlEditor
from ui.editors.experience import ExperienceEditor


def _editor(window: object) -> object:
    return window._current  # type: ignore[attr-defined]


def test_quick_capture_types_into_a_new_experience_and_autosaves(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    # The cursor is in the title; Enter there goes on to the text.
    assert editor.header.title.hasFocus()
    qtbot.keyClicks(editor.header.title, "Morgonmotet")
    qtbot.keyClick(editor.header.title, Qt.Key.Key_Return)
    assert editor.body.edit.hasFocus()
    qtbot.keyClicks(editor.body.edit, "Det gick bra")
    qtbot.waitUntil(lambda: window.indicator.state == "saved", timeout=5000)
    stored = journal.list_entries()
    assert len(stored) == 1
    entry = journal.get_entry(stored[0].id)
    assert (entry.title, entry.body) == ("Morgonmotet", "Det gick bra")  # type: ignore[attr-defined]
    assert window.entries.rowCount() == 1


def test_text_survives_closing_and_a_new_window(
    data_dir: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        set_up(journal)
        window = make_window(journal)
        window.new_entry(EntryKind.ARL)
        editor = _editor(window)
        assert isinstance(editor, ArlEditor)
        qtbot.keyClicks(editor.header.title, "Svart samtal")
        qtbot.keyClicks(editor.reflection.edit, "Jag lyssnade for lite.")
        window.close()  # saves at once, without waiting for the pause
    with open_journal(data_dir, daily_backup=False) as journal:
        window = make_window(journal)
        editor = _editor(window)  # the last entry is opened again
        assert isinstance(editor, ArlEditor)
        assert editor.header.title.text() == "Svart samtal"
        assert editor.reflection.edit.text() == "Jag lyssnade for lite."


def test_switching_entries_mid_typing_loses_nothing(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    first = journal.save(Experience(title="Första", occurred_on=date(2025, 9, 1)))
    second = journal.save(Experience(title="Andra", occurred_on=date(2025, 9, 2)))
    assert first.id is not None and second.id is not None
    window = make_window(journal)
    window.open_entry(first.id)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    qtbot.keyClicks(editor.body.edit, "halvfardig mening")
    # Click the other entry in the list before the autosave pause has passed.
    row = window.entries.row_of(second.id)
    assert row is not None
    window.list_view.setCurrentIndex(window.entries.index(row))
    assert window.current_entry_id() == second.id
    assert journal.get_entry(first.id).body == "halvfardig mening"  # type: ignore[attr-defined]


def test_failed_save_keeps_the_text_and_the_entry_open(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = journal.save(Experience(title="Första", occurred_on=date(2025, 9, 1)))
    second = journal.save(Experience(title="Andra", occurred_on=date(2025, 9, 2)))
    assert first.id is not None and second.id is not None
    window = make_window(journal)
    window.open_entry(first.id)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    qtbot.keyClicks(editor.body.edit, "viktig tanke")

    def full_disk(entry: object) -> object:
        raise JournalWriteError("The disk is full.")

    warnings: list[str] = []
    monkeypatch.setattr(journal, "save", full_disk)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not window.open_entry(second.id)
    assert window.current_entry_id() == first.id
    assert editor.body.edit.text() == "viktig tanke"
    assert window.indicator.state == "failed"
    assert "The disk is full." in window.indicator.text()
    assert "could not be written" in window.indicator.toolTip()  # the explained reason
    assert warnings and "The disk is full." in warnings[0]
    monkeypatch.undo()
    assert window.open_entry(second.id)
    assert journal.get_entry(first.id).body == "viktig tanke"  # type: ignore[attr-defined]


def test_search_finds_and_enter_opens(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    journal.save(Experience(title="Budgetmöte", body="Vi talade om väntetider."))
    target = journal.save(Experience(title="Handledning", body="Patientsakerhet forst."))
    window = make_window(journal)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "patient")
    qtbot.waitUntil(lambda: window.search.results.count() == 1, timeout=3000)
    assert "<span" in window.search.results.item(0).data(Qt.ItemDataRole.UserRole + 2)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.current_entry_id() == target.id


def test_the_highlighted_search_hit_is_the_open_entry(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The first hit used to be highlighted while another entry stayed open."""
    first = journal.save(Experience(title="Rond ett", body="Tillit på **avdelningen**."))
    second = journal.save(Experience(title="Rond två", body="Mer tillit i teamet."))
    other = journal.save(Experience(title="Annat", body="Budget."))
    assert other.id is not None
    window = make_window(journal)
    assert window.open_entry(other.id)
    window.search.focus_search()
    qtbot.keyClicks(window.search.field, "tillit")
    qtbot.waitUntil(lambda: window.search.results.count() == 2, timeout=3000)
    results = window.search.results
    assert results.currentRow() == -1 and not results.selectedItems()  # "Annat" is open
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)  # chooses the best hit: opens it
    chosen = results.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    assert window.current_entry_id() == chosen
    assert chosen in (first.id, second.id)
    window.search.field.setText("tillit ")  # searched again: the open entry stays lit
    window.search.run_search()
    assert results.currentItem().data(Qt.ItemDataRole.UserRole + 1) == chosen
    # The snippet shows the text as the editor does: without Markdown's markers.
    html = "".join(
        str(results.item(n).data(Qt.ItemDataRole.UserRole + 2)) for n in range(results.count())
    )
    assert "avdelningen" in html and "**" not in html


def test_work_up_makes_a_linked_arl_entry(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    exp = journal.save(Experience(title="Konflikt i teamet", body="Två sjuksköterskor bråkade."))
    assert exp.id is not None
    window = make_window(journal)
    window.open_entry(exp.id)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    qtbot.mouseClick(editor.work_up_button, Qt.MouseButton.LeftButton)
    arl = _editor(window)
    assert isinstance(arl, ArlEditor)
    entry = arl.entry()
    assert entry.from_experiences == (exp.uid,)
    # Review 2.6: the experience is the material, quoted beside the fields; Action is the
    # initiative she takes and starts empty with its question.
    assert entry.action == ""
    assert "Konflikt i teamet" in arl.linked.text()
    assert arl.quoted.isVisibleTo(window)
    assert "Två sjuksköterskor bråkade." in arl.quoted.text()
    assert "initiative" in arl.action.questions.text()
    stored = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.ARL})))
    assert [s.title for s in stored] == ["Konflikt i teamet"]


def test_the_quoted_experience_is_escaped_and_cut(
    journal: Journal, make_window: WindowFactory
) -> None:
    long = "<b>inte fet</b> & " + "ord " * 1000
    exp = journal.save(Experience(title="<i>Rubrik</i>", body=long))
    arl = journal.save(ArlEntry(title="A", from_experiences=(exp.uid,)))
    assert arl.id is not None
    window = make_window(journal)
    window.open_entry(arl.id)
    editor = _editor(window)
    assert isinstance(editor, ArlEditor)
    shown = editor.quoted.text()
    assert "&lt;b&gt;inte fet&lt;/b&gt; &amp; ord" in shown
    assert "&lt;i&gt;Rubrik&lt;/i&gt;" in shown
    assert shown.count("ord ") < 400 and "…" in shown


def test_an_arl_entry_works_up_several_experiences(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 2.7: a learning generalised across experiences."""
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.choose_experiences import ChooseExperiencesDialog, UidRole

    first = journal.save(Experience(title="Mötet", body="Ingen sa emot."))
    second = journal.save(Experience(title="Ronden", body="Alla tittade på mig."))
    journal.save(Experience(title="Annat", body="Inte detta."))
    arl = journal.save(ArlEntry(title="Tystnad", from_experiences=(first.uid,)))
    assert arl.id is not None
    window = make_window(journal)
    window.open_entry(arl.id)
    editor = _editor(window)
    assert isinstance(editor, ArlEditor)

    def tick(dialog: ChooseExperiencesDialog) -> int:
        dialog.filter.setText("ronden")
        shown = [dialog.list.item(n) for n in range(dialog.list.count())]
        visible = [i for i in shown if not i.isHidden()]
        assert [i.data(UidRole) for i in visible] == [second.uid]
        visible[0].setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChooseExperiencesDialog, "exec", tick)
    editor.choose_sources.click()
    window.autosaver.flush()
    stored = journal.get_entry(arl.id)
    assert isinstance(stored, ArlEntry)
    assert stored.from_experiences == (first.uid, second.uid)
    assert editor.linked.text() == "Worked up from: Mötet; Ronden"
    assert "Ingen sa emot." in editor.quoted.text()
    assert "Alla tittade på mig." in editor.quoted.text()


def test_private_flag_and_session_link_round_trip(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    window.new_entry(EntryKind.EXPERIENCE)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    qtbot.keyClicks(editor.header.title, "Hemligt")
    editor.header.private.setChecked(True)
    assert editor.header.badge.isVisibleTo(editor)
    editor.header.session.setCurrentIndex(editor.header.session.findData("s1"))
    editor.header.tags.setText("tillit, möte")
    editor.header.tags.textEdited.emit("tillit, möte")
    window.autosaver.flush()
    entry = journal.get_entry(journal.list_entries()[0].id)
    assert entry.private and entry.session_uid == "s1"
    assert set(entry.tags) == {"tillit", "möte"}
    summary = window.entries.summary(0)
    assert summary is not None and summary.private
    # the session appears in the navigation, and filtering by it shows the entry
    item = window.navigation.find_key("session:s1")
    assert item is not None
    window.nav_view.setCurrentIndex(item.index())
    assert window.entries.rowCount() == 1


def test_empty_new_entry_is_not_kept(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    kept = journal.save(Experience(title="Kvar"))
    assert kept.id is not None
    window = make_window(journal)
    window.new_entry(EntryKind.EXPERIENCE)
    assert journal.count_entries() == 2
    window.open_entry(kept.id)
    assert journal.count_entries() == 1
    assert window.entries.rowCount() == 1


def test_entry_list_fetches_lazily(journal: Journal, make_window: WindowFactory) -> None:
    entries = [Experience(title=f"E{n}", occurred_on=date(2025, 1, 1)) for n in range(450)]
    journal.import_entries(entries, {})
    window = make_window(journal)
    assert window.entries.rowCount() == 200
    assert window.entries.canFetchMore()
    window.list_view.scrollToBottom()
    window.entries.fetchMore()
    window.entries.fetchMore()
    assert window.entries.rowCount() == 450
    assert not window.entries.canFetchMore()


def test_theory_menu_opens_the_one_theory(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    window.open_theory()
    window.open_theory()
    theories = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.THEORY})))
    assert len(theories) == 1
    assert isinstance(journal.get_entry(theories[0].id), TheoryEntry)
    assert isinstance(ArlEntry(), ArlEntry)


def test_keyboard_only_write_find_and_move_between_panes(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """No mouse: a new A-R-L entry by shortcut, Tab through its fields, F6 between panes,
    arrows in the list and Enter into the editor."""
    older = journal.save(Experience(title="Morgonmote", body="Kort."))
    window = make_window(journal)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_A, control_shift)
    editor = _editor(window)
    assert isinstance(editor, ArlEditor)
    assert editor.header.title.hasFocus()
    qtbot.keyClicks(editor.header.title, "Svart samtal")
    focused = window.focusWidget()
    for _ in range(12):  # Tab walks the header and reaches the Action field
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused is editor.action.edit:
            break
    assert focused is editor.action.edit
    qtbot.keyClicks(editor.action.edit, "Jag sa nej.")

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)  # editor -> navigation
    assert window.nav_view.hasFocus()
    qtbot.keyClick(window.nav_view, Qt.Key.Key_F6)  # navigation -> entry list
    assert window.list_view.hasFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.nav_view.hasFocus()
    qtbot.keyClick(window.nav_view, Qt.Key.Key_F6)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
    assert window.current_entry_id() == older.id
    stored = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.ARL})))
    assert journal.get_entry(stored[0].id).action == "Jag sa nej."  # type: ignore[attr-defined]
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    assert isinstance(_editor(window), ExperienceEditor)
    assert _editor(window).body.edit.hasFocus()  # type: ignore[attr-defined]


def test_a_new_tag_is_offered_when_the_next_entry_opens(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    first = journal.save(Experience(title="Ett", tags=("ledarskap",)))
    second = journal.save(Experience(title="Två"))
    assert first.id is not None and second.id is not None
    window = make_window(journal)
    window.open_entry(first.id)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    editor.header.tags.end(False)
    qtbot.keyClicks(editor.header.tags, ", tillit")
    qtbot.waitUntil(lambda: window.indicator.state == "saved", timeout=5000)
    qtbot.waitUntil(lambda: "tillit" in window.navigation.tag_names, timeout=2000)
    window.open_entry(second.id)
    completer = editor.header.tags.completer()
    assert completer is not None
    assert completer.model().stringList() == ["ledarskap", "tillit"]  # type: ignore[attr-defined]


def test_an_arl_entry_names_its_source_experiences(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    kept = journal.save(Experience(title="Kvar"))
    gone = journal.save(Experience(title="Borta"))
    arl = journal.save(ArlEntry(title="Samtal", from_experiences=(gone.uid, kept.uid)))
    other = journal.save(Experience(title="Annat"))
    assert gone.id is not None and arl.id is not None and other.id is not None
    window = make_window(journal)
    window.open_entry(arl.id)
    editor = _editor(window)
    assert isinstance(editor, ArlEditor)
    assert editor.linked.isVisibleTo(window)
    names = editor.linked.text().removeprefix("Worked up from: ").split("; ")
    assert sorted(names) == ["Borta", "Kvar"]
    window.open_entry(other.id)
    journal.delete_entry(gone.id)  # the link goes with it; the A–R–L text stays
    window.open_entry(arl.id)
    assert editor.linked.text() == "Worked up from: Kvar"


def test_every_editor_is_built_soon_after_start(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(window._editors) == len(EntryKind), timeout=3000)
    assert window.editor_stack.currentWidget() is window.placeholder  # nothing was opened


def test_deleting_the_open_entry_warns_of_nothing(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It used to show two "could not be saved … Reason:" warnings with no reason."""
    first = journal.save(Experience(title="Första", occurred_on=date(2025, 9, 1)))
    journal.save(Experience(title="Andra", occurred_on=date(2025, 9, 2)))
    window = make_window(journal)
    assert first.id is not None and window.open_entry(first.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.menus.delete.trigger()
    assert warnings == []
    assert [s.title for s in journal.list_entries()] == ["Andra"]


def test_every_guiding_question_is_shown_once(journal: Journal, make_window: WindowFactory) -> None:
    """They were shown as a grey line and again as the empty field's placeholder."""
    from ui.editors.fields import PromptedField

    window = make_window(journal)
    for kind in EntryKind:
        if kind is EntryKind.THEORY:
            window.open_theory()
        else:
            window.new_entry(kind)
        editor = _editor(window)
        assert isinstance(editor, QWidget)
        fields = editor.findChildren(PromptedField)
        assert fields, kind
        for field in fields:
            shown = [field.questions.text()] if field.questions.isVisibleTo(editor) else []
            shown += [field.edit.placeholderText()] if field.edit.placeholderText() else []
            assert len(shown) <= 1, (kind, shown)


def test_the_formatting_bar_works_on_the_field_being_written_and_words_are_counted(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    bar = window.formatting
    assert not bar.bold.isEnabled()  # no text field has the focus
    window.new_entry(EntryKind.EXPERIENCE)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    editor.body.edit.setFocus()
    qtbot.waitUntil(bar.bold.isEnabled)
    bar.bold.trigger()
    assert bar.bold.isChecked()
    qtbot.keyClicks(editor.body.edit, "Tre ord har")
    bar.bold.trigger()
    qtbot.keyClicks(editor.body.edit, " skrivits")
    bar.bullets.trigger()
    assert bar.bullets.isChecked() and editor.body.edit.hasFocus()
    assert editor.body.edit.text() == "- **Tre ord har** skrivits"
    qtbot.waitUntil(lambda: window.words.text() == "4 words", timeout=3000)
    window.list_view.setFocus()
    qtbot.waitUntil(lambda: not bar.bold.isEnabled())


def test_a_failed_search_says_why_not_nothing_found(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason used to be overwritten at once by "Nothing found"."""
    window = make_window(journal)

    def broken(*args: object, **kwargs: object) -> None:
        raise JournalWriteError("The disk is full.")

    monkeypatch.setattr(journal, "search", broken)
    window.search.field.setText("tillit")
    window.search.run_search()
    assert "could not be written" in window.search.status.text()
    assert "Nothing found" not in window.search.status.text()


def test_the_welcome_page_teaches_the_four_kinds_and_starts_each(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.widgets.welcome import WelcomePage

    programme = journal.programme()
    assert programme is not None
    journal.set_programme(
        dataclasses.replace(programme, prompts={"arl_action": ("Vilket initiativ tog du?",)})
    )
    window = make_window(journal)
    assert window.editor_stack.currentWidget() is window.placeholder  # nothing open yet
    welcome = window.placeholder.page()
    assert isinstance(welcome, WelcomePage) and welcome.isVisible()
    shown = " ".join(label.text() for label in welcome.findChildren(QLabel))
    assert "Welcome, Karin" in shown
    assert "Vilket initiativ tog du?" in shown  # the programme's own question
    assert "Export portfolio" in shown
    assert window.list_view.empty_text.startswith("No entries yet")

    qtbot.mouseClick(welcome.buttons[EntryKind.ARL], Qt.MouseButton.LeftButton)
    assert isinstance(_editor(window), ArlEditor)
    window._show_nothing()
    qtbot.mouseClick(welcome.buttons[EntryKind.THEORY], Qt.MouseButton.LeftButton)
    assert journal.count_entries(EntryFilter(kinds=frozenset({EntryKind.THEORY}))) == 1
    window._select_navigation("trash")
    assert window.list_view.empty_text.startswith("The Trash is empty")


def test_session_names_are_whole_and_their_dates_have_a_column(
    journal: Journal, make_window: WindowFactory
) -> None:
    """Sessions were listed as "Title (date)" and cut off in the navigation."""
    window = make_window(journal)
    item = window.navigation.find_key("session:s1")
    assert item is not None
    assert item.text() == "Internat 1"
    day = item.index().siblingAtColumn(1).data()
    assert day and "2025" in day
    assert "Internat 1" in item.toolTip() and day in item.toolTip()
    top = window.navigation.find_key("all")
    assert top is not None
    assert window.nav_view.isFirstColumnSpanned(top.row(), top.index().parent())


def test_ticking_competency_areas_does_not_widen_the_editor(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    window.new_entry(EntryKind.EXPERIENCE)
    editor = _editor(window)
    assert isinstance(editor, ExperienceEditor)
    header = editor.header
    before = header.minimumSizeHint().width()
    sizes = window.splitter.sizes()
    for action in header._areas:
        action.setChecked(True)
    qtbot.wait(50)
    assert header.competencies.text() == "Areas (2)"
    assert "Leda andra" in header.competencies.toolTip()
    assert header.minimumSizeHint().width() <= before
    assert window.splitter.sizes() == sizes


def test_the_calendar_marks_days_with_entries_and_filters_by_day_or_month(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QFont

    from ui.dates import to_qdate

    journal.save(Experience(title="Tisdag", occurred_on=date(2026, 3, 3)))
    journal.save(Experience(title="Onsdag", occurred_on=date(2026, 3, 4)))
    journal.save(Experience(title="April", occurred_on=date(2026, 4, 1)))
    gone = journal.save(Experience(title="Slängd", occurred_on=date(2026, 3, 9)))
    assert gone.id is not None
    journal.trash_entry(gone.id)
    window = make_window(journal)
    calendar = window.calendar.build()
    calendar.setCurrentPage(2026, 3)
    bold = QFont.Weight.Bold

    def marked(day: date) -> bool:
        return calendar.dateTextFormat(to_qdate(day)).fontWeight() == bold

    assert marked(date(2026, 3, 3)) and marked(date(2026, 3, 4))
    assert not marked(date(2026, 3, 5)) and not marked(date(2026, 3, 9))  # the Trash
    calendar.clicked.emit(to_qdate(date(2026, 3, 4)))
    titles = [str(window.entries.index(r).data()) for r in range(window.entries.rowCount())]
    assert titles == ["Onsdag"]
    qtbot.mouseClick(window.calendar.month_button, Qt.MouseButton.LeftButton)
    titles = [str(window.entries.index(r).data()) for r in range(window.entries.rowCount())]
    assert titles == ["Onsdag", "Tisdag"]
    calendar.clicked.emit(to_qdate(date(2026, 3, 5)))
    assert window.entries.rowCount() == 0
    assert window.list_view.empty_text.startswith("No entries on")
    # A new entry dated that day is marked once saved.
    journal.save(Experience(title="Ny", occurred_on=date(2026, 3, 5)))
    window._refresh_tags()
    assert marked(date(2026, 3, 5))
    # The navigation takes over again.
    window._select_navigation("all")
    assert window.entries.rowCount() == 4
