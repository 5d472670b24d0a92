"""The main window: navigation, the entry list (or search results) and the entry's editor."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from journal import limits
from journal.domain import (
    ArlEntry,
    Entry,
    EntryFilter,
    EntryKind,
    Experience,
    Programme,
    TheoryEntry,
    TripNote,
    word_count,
)
from journal.errors import EntryNotFoundError, JournalDamagedError, JournalError
from journal.prompts import own_prompts
from journal.store import Journal, summary_of
from ui import settings
from ui.autosave import Autosaver
from ui.dates import long_date, month_end, to_qdate
from ui.editors import editor_for
from ui.editors.base import EditorContext, EntryEditor
from ui.errors import describe
from ui.models.entry_list import EntryDelegate, EntryListModel, EntryListView, SummaryRole
from ui.models.navigation import FilterRole, KeyRole, NavigationModel
from ui.toolbar import install_toolbar
from ui.trash import MoveToTrash, TrashBar
from ui.widgets.calendar import EntryCalendar
from ui.widgets.save_indicator import SaveIndicator
from ui.widgets.search_panel import SearchPanel
from ui.widgets.welcome import LazyWelcome
from ui.window_menus import install_menus

if TYPE_CHECKING:
    from journal.improvement.model import Initiative, PdsaCycle
    from ui.dialogs.encryption import PassphraseChange
    from ui.dialogs.mentor_import import MentorImport
    from ui.widgets.mentor_panel import MentorPanel

# Once the window has been up this long, the editors not built yet are built, one per
# turn of the event loop: the first click on an entry of a new kind then costs no more
# than any other (building and laying out an A–R–L editor takes about 10 ms).
START_OF_DAY_AFTER_MS = 1500
PREBUILD_AFTER_MS = 400


class MainWindow(QMainWindow):
    # Closed so that the app can restore this backup (a Path) or change the passphrase
    # (a PassphraseChange): both need the journal closed.
    closed_for = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Leadership Journal"))
        self.resize(1180, 760)
        programme = journal.programme()
        self.context = EditorContext(
            journal=journal,
            programme=programme,
            prompts=own_prompts(programme).asked(),
            save_now=self._save_now,
            tag_names=lambda: self.navigation.tag_names,
        )
        self._editors: dict[EntryKind, EntryEditor] = {}
        self._current: EntryEditor | None = None
        self._fresh_id: int | None = None  # made with "New" and not typed in yet
        self._privacy_dialog: QWidget | None = None  # Privacy check, while it is open

        # navigation
        self.navigation = NavigationModel(self)
        total, awaiting, self._commented = journal.mentor_summary()
        self.navigation.build(programme, journal.tags(), (total, awaiting))
        self.nav_view = QTreeView()
        self.nav_view.setModel(self.navigation)
        self.nav_view.setHeaderHidden(True)
        # Names take the room there is (elided, whole in the tooltip); dates keep theirs.
        header = self.nav_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.nav_view.setAccessibleName(self.tr("Navigation"))
        self.nav_view.expandToDepth(0)
        self._span_navigation()

        # entry list and search
        self.entries = EntryListModel(journal, self)  # filled by _restore_state
        self.list_view = EntryListView()
        self.list_view.setModel(self.entries)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAccessibleName(self.tr("Entries"))
        self.search = SearchPanel(journal)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.search)
        middle_layout.addWidget(self.list_view, 1)

        # editor
        self.editor_stack = QStackedWidget()
        self.placeholder = LazyWelcome(self.context.prompts, self._participant_name)
        self.placeholder.start.connect(self._start_entry)
        self.placeholder.export.connect(self.export_portfolio)
        self.editor_stack.addWidget(self.placeholder)
        self.trash_bar = TrashBar()
        self.trash_bar.restore_requested.connect(self.restore_current)
        self.trash_bar.delete_requested.connect(self.delete_current)
        editor_area = QWidget()
        editor_layout = QVBoxLayout(editor_area)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.trash_bar)
        # The editor, and beside it the mentor's comments on the entry (when it has any:
        # the panel is made the first time one is shown).
        self.editor_split = QSplitter()
        self.editor_split.addWidget(self.editor_stack)
        self.editor_split.setChildrenCollapsible(False)
        self._mentor_panel: MentorPanel | None = None
        self._mentor_run: MentorImport | None = None
        editor_layout.addWidget(self.editor_split, 1)
        # Deletes (moves to the Trash) that Edit → Undo takes back; text has its own undo.
        self.undo_stack = QUndoStack(self)

        self.calendar = EntryCalendar(journal.entry_days)
        self.calendar.day_chosen.connect(lambda day: self.show_days(day, day))
        self.calendar.month_chosen.connect(
            lambda first: self.show_days(first, month_end(first), month=True)
        )
        nav_pane = QWidget()
        nav_layout = QVBoxLayout(nav_pane)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.addWidget(self.nav_view, 1)
        nav_layout.addWidget(self.calendar)

        self.splitter = QSplitter()
        self.splitter.addWidget(nav_pane)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(editor_area)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([240, 320, 620])  # the calendar fits the first
        self.setCentralWidget(self.splitter)

        self.indicator = SaveIndicator()
        self.statusBar().addPermanentWidget(self.indicator)
        self.autosaver = Autosaver(journal, self.indicator, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.damaged.connect(self.journal_damaged)
        self.entries.read_failed.connect(self._list_failed)
        self._damage_shown = False
        self._discard_unsaved = False
        # Child timers: they die with the window, so they never fire into a deleted one.
        self._tags_timer = _single_shot(self, 0, self._refresh_tags)
        self._prebuild = _single_shot(self, PREBUILD_AFTER_MS, self._prebuild_editor)
        self._warmed_up = False

        self.menus = install_menus(self)
        self.formatting = install_toolbar(self)
        self.words = QLabel()
        self.words.setAccessibleName(self.tr("Word count"))
        self.words.setMinimumWidth(
            self.words.fontMetrics().horizontalAdvance(self.tr("%Ln words", "", 88888)) + 8
        )
        self.statusBar().addPermanentWidget(self.words)
        self._words_timer = _single_shot(self, 300, lambda: self._count_words())
        self.nav_view.selectionModel().currentChanged.connect(self._navigate)
        self.list_view.selectionModel().currentChanged.connect(self._list_current)
        self.search.opened.connect(self._open_from_search)
        self.search.initiative_opened.connect(self.improvement_work)
        self.search.field.textChanged.connect(self._search_toggled)
        self._restore_state()
        self._prebuild.start()
        if journal.start_of_day_pending:
            # The integrity check and the daily backup, off the UI thread once the window
            # is painted and its editors are built (a first save before then runs the
            # check itself: nothing is written to a journal not known to be sound).
            _single_shot(self, START_OF_DAY_AFTER_MS, self._start_of_day).start()

    # -- actions -------------------------------------------------------------
    def _undo(self) -> None:
        """Undo in the text being written; elsewhere (or with nothing to undo there)
        take back the last delete."""
        if not _text_step(self.focusWidget(), redo=False) and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def _redo(self) -> None:
        if not _text_step(self.focusWidget(), redo=True) and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _panes(self) -> list[QWidget]:
        middle = self.search.results if self.search.active() else self.list_view
        panes: list[QWidget] = [self.nav_view, middle]
        if self._current is not None:
            panes.append(self._current)
        return panes

    def focus_pane(self, step: int) -> None:
        """Move the focus to the next (or previous) of navigation, list and editor."""
        panes = self._panes()
        focused = self.focusWidget()
        here = next(
            (n for n, pane in enumerate(panes) if focused is pane or pane.isAncestorOf(focused)),
            -1 if step > 0 else 0,
        )
        target = panes[(here + step) % len(panes)]
        if isinstance(target, EntryEditor):
            target.focus_first_field()
        else:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_editor(self) -> None:
        if self._current is not None:
            self._current.focus_first_field()

    # -- editors -------------------------------------------------------------
    def _editor(self, kind: EntryKind) -> EntryEditor:
        editor = self._editors.get(kind)
        if editor is None:
            editor = editor_for(kind, self.context)
            editor.work_up_requested.connect(self.work_up)
            editor.changed.connect(self._words_timer.start)
            self._editors[kind] = editor
            self.editor_stack.addWidget(editor)
        return editor

    def _prebuild_editor(self) -> None:
        """Build one editor not built yet, laid out as it will show; then the next.
        First the journal's write path, which the first paint did without."""
        if not self._warmed_up:
            self._warmed_up = True
            self.journal.warm_up()
            self._prebuild.start(0)
            return
        missing = [kind for kind in EntryKind if kind not in self._editors]
        if not missing:
            return
        editor = self._editor(missing[0])
        editor.ensurePolished()
        editor.resize(self.editor_stack.size())
        if (layout := editor.layout()) is not None:
            layout.activate()
        if len(missing) > 1:
            self._prebuild.start(0)  # the next one, on the next turn of the event loop

    def _count_words(self, entry: Entry | None = None) -> None:
        """The word count of ``entry`` (else of the open entry, as edited) in the status bar."""
        entry = entry or self.current_entry()
        if entry is None:
            self.words.clear()
            return
        self.words.setText(self.tr("%Ln words", "", word_count(entry)))

    def current_entry(self) -> Entry | None:
        return self._current.entry() if self._current is not None else None

    def _save_now(self) -> Entry | None:
        return self.autosaver.flush()

    def _leave_current(self) -> bool:
        """Save the entry being left; False (and stay) when it could not be saved."""
        if self._mentor_panel is not None and not self._mentor_panel.flush():
            return False
        if not self.autosaver.watches(self._current):
            return True  # nothing open, or an entry shown from the Trash
        stored = self.autosaver.flush()
        if stored is None:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "This entry could not be saved, so it stays open and nothing is lost. "
                    "Reason: %1"
                ).replace("%1", self.autosaver.last_error or ""),
            )
            return False
        self._drop_if_untouched(stored)
        return True

    def _drop_if_untouched(self, entry: Entry) -> None:
        """An entry made with "New" and left empty is not kept."""
        if self._fresh_id is None or entry.id != self._fresh_id:
            return
        self._fresh_id = None
        empty = not any(text.strip() for text in entry.text_fields().values())
        if empty and not entry.attachments and not isinstance(entry, TheoryEntry) and entry.id:
            try:
                self.journal.delete_entry(entry.id)
            except JournalError:
                return
            self.entries.remove(entry.id)

    def open_entry(self, entry_id: int) -> bool:
        """Show ``entry_id`` in its editor (saving the one being left)."""
        if self._current is not None and self.current_entry_id() == entry_id:
            self._select_in_list(entry_id)
            self._focus_editor()
            return True
        if not self._leave_current():
            return False
        try:
            entry = self.journal.get_entry(entry_id)
        except EntryNotFoundError:
            return False
        self._show(entry)
        return True

    def _show(self, entry: Entry) -> None:
        editor = self._editor(entry.kind)
        self.autosaver.watch(None)
        editor.set_entry(entry)
        # An entry in the Trash is shown, not edited: restore it to write in it.
        in_trash = entry.deleted_at is not None
        editor.setEnabled(not in_trash)
        if entry.deleted_at is not None:
            self.trash_bar.show_for(entry.deleted_at)
        else:
            self.trash_bar.hide()
            self.autosaver.watch(editor)
        self._current = editor
        self.editor_stack.setCurrentWidget(editor)
        self._show_mentor_comments(entry.uid)
        self._select_in_list(entry.id)
        self.menus.work_up.setEnabled(entry.kind == EntryKind.EXPERIENCE)
        if entry.id is not None:
            settings.settings().setValue("window/last_entry", entry.id)
        self._count_words(entry)

    # -- the mentor's comments ------------------------------------------------
    def mentor_panel(self) -> MentorPanel:
        if self._mentor_panel is None:
            from ui.widgets.mentor_panel import MentorPanel

            self._mentor_panel = MentorPanel(self.journal)
            self._mentor_panel.responded.connect(self._mentor_counts_changed)
            self._mentor_panel.hidden_by_user.connect(lambda: self.show_mentor_comments(False))
            self._mentor_panel.wanted = self.mentor_comments_wanted()
            self._mentor_panel.hide()
            self.editor_split.addWidget(self._mentor_panel)
            self.editor_split.setStretchFactor(0, 3)
            self.editor_split.setStretchFactor(1, 2)
        return self._mentor_panel

    def mentor_comments_wanted(self) -> bool:
        return bool(settings.settings().value("window/mentor_comments", True, type=bool))

    def show_mentor_comments(self, shown: bool) -> None:
        """Edit → Show my mentor's comments (and the panel's Hide button)."""
        settings.settings().setValue("window/mentor_comments", shown)
        self.menus.show_comments.setChecked(shown)
        if self._mentor_panel is not None:
            self._mentor_panel.set_wanted(shown)
        if shown:
            entry = self.current_entry()
            self._show_mentor_comments(entry.uid if entry is not None else None)

    def _show_mentor_comments(self, entry_uid: str | None) -> None:
        """The mentor's comments on the open entry beside it (none: no panel, no query)."""
        if entry_uid is None or entry_uid not in self._commented:
            if self._mentor_panel is not None:
                self._mentor_panel.show_comments([])
            return
        panel = self.mentor_panel()
        try:
            panel.show_comments(self.journal.mentor_comments(entry_uid))
        except JournalError:
            panel.show_comments([])  # the entry itself is shown; the comments wait

    def _mentor_counts_changed(self) -> None:
        try:
            total, awaiting, self._commented = self.journal.mentor_summary()
        except JournalError:
            return
        self.navigation.set_mentor(total, awaiting)
        self._span_navigation()
        self.menus.general_comments.setEnabled(total > 0)
        if self.entries.current_filter().awaiting_response:
            self.entries.set_filter(self.entries.current_filter())
            self._select_in_list(self.current_entry_id())

    def import_mentor_comments(self) -> None:
        """File → Import mentor's comments…"""
        from ui.dialogs.mentor_import import import_mentor_comments

        self._mentor_run = import_mentor_comments(self, self.journal)
        if self._mentor_run is not None:
            self._mentor_run.imported.connect(self._mentor_comments_imported)

    def _mentor_comments_imported(self, added: int) -> None:
        self._mentor_counts_changed()
        entry = self.current_entry()
        self._show_mentor_comments(entry.uid if entry is not None else None)
        item = self.navigation.find_key("mentor")
        if added and item is not None:  # show what came back: the entries to answer
            self.nav_view.setCurrentIndex(item.index())

    def edit_portfolio_texts(self) -> None:
        """File → Foreword and closing summary…"""
        from ui.dialogs.portfolio_texts import PortfolioTextsDialog

        PortfolioTextsDialog(self.journal, self).exec()

    def improvement_work(self, initiative_uid: str | None = None) -> None:
        """Programme → Improvement work…; a cycle's study worked up opens as an A–R–L
        entry once the dialog closes."""
        from journal.improvement.model import arl_from_cycle
        from ui.improvement.dialog import ImprovementDialog

        if not self._leave_current():
            return
        wanted: list[ArlEntry] = []

        def work_up(cycle: PdsaCycle, initiative: Initiative) -> None:
            wanted.append(arl_from_cycle(cycle, initiative))
            dialog.accept()

        dialog = ImprovementDialog(
            self.journal, self, work_up=work_up, initiative_uid=initiative_uid
        )
        dialog.exec()
        if wanted:
            self.new_entry(EntryKind.ARL, wanted[0])

    def rate_competencies(self) -> None:
        """Programme → Rate my competencies…"""
        from ui.dialogs.self_assessment import SelfAssessmentDialog

        SelfAssessmentDialog(self.journal, self).exec()

    def show_general_comments(self) -> None:
        """File → Comments on the whole portfolio…: those not on an entry."""
        from ui.dialogs.mentor_import import GeneralComments

        dialog = GeneralComments(self.journal, self)
        dialog.exec()
        self._mentor_counts_changed()

    def _open_from_search(self, entry_id: int) -> None:
        if not self.open_entry(entry_id):  # the entry being left could not be saved
            self.search.show_open(self.current_entry_id())

    def _show_nothing(self) -> None:
        """No entry open (the editor is forgotten: nothing is saved from it)."""
        self._current = None
        self.trash_bar.hide()
        self.words.clear()
        self.search.show_open(None)
        self.editor_stack.setCurrentWidget(self.placeholder)
        self._show_mentor_comments(None)

    def current_entry_id(self) -> int | None:
        entry = self.current_entry()
        return entry.id if entry is not None else None

    def _select_in_list(self, entry_id: int | None) -> None:
        self.search.show_open(entry_id)
        if entry_id is None:
            return
        row = self.entries.row_of(entry_id)
        selection = self.list_view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.entries.index(row)
        previous = self.list_view.currentIndex()
        if previous != index:
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            # The two rows, not viewport().update(): PySide's first viewport() call costs
            # 9 ms, and this runs before the first paint when the last entry reopens.
            self.list_view.update(previous)
            self.list_view.update(index)
        self.list_view.scrollTo(index)

    def _list_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        summary = current.data(SummaryRole) if current.isValid() else None
        if summary is None:
            return
        if not self.open_entry(summary.id):
            self._select_in_list(self.current_entry_id())

    def _saved(self, entry: Entry) -> None:
        if self._fresh_id == entry.id and any(t.strip() for t in entry.text_fields().values()):
            self._fresh_id = None
        self.entries.upsert(summary_of(entry))
        self._refresh_tags_later()

    def _refresh_tags_later(self) -> None:
        self._tags_timer.start()  # saves in a row are counted once, after them

    def _refresh_tags(self) -> None:
        self.navigation.set_tags(self.journal.tags())
        self.calendar.mark_days()  # a new entry, a changed date, a delete
        self._span_navigation()

    # -- creating ------------------------------------------------------------
    def _participant_name(self) -> str:
        participant = self.journal.participant()
        return participant.name if participant is not None else ""

    def _start_entry(self, kind: object) -> None:
        """A button of the welcome page: begin an entry of ``kind``."""
        if kind == EntryKind.THEORY:
            self.open_theory()
        elif isinstance(kind, EntryKind):
            self.new_entry(kind)

    def new_experience(self) -> None:
        self.new_entry(EntryKind.EXPERIENCE)

    def new_entry(self, kind: EntryKind, template: Entry | None = None) -> Entry | None:
        if not self._leave_current():
            return None
        if self.search.active():
            self.search.field.clear()
        entry = template or _blank(kind)
        try:
            stored = self.journal.save(entry)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), describe(exc))
            return None
        self._fresh_id = stored.id if template is None else None
        self.entries.upsert(summary_of(stored))
        self._show(stored)
        self.raise_()
        self.activateWindow()
        if template is None:
            self._editors[kind].focus_title()
        else:  # worked up from an experience: the title is there, the writing is not
            self._editors[kind].focus_first_field()
        return stored

    def open_theory(self) -> None:
        theories = self.journal.list_entries(
            EntryFilter(kinds=frozenset({EntryKind.THEORY})), limit=1
        )
        if theories:
            self.open_entry(theories[0].id)
        else:
            self.new_entry(EntryKind.THEORY, TheoryEntry(title=self.tr("My leadership theory")))

    def work_up(self, experience: object) -> None:
        """Turn an experience into a linked A–R–L entry. The experience is quoted above its
        fields as the material to work from; Action starts empty, with its question."""
        if not isinstance(experience, Experience):
            return
        stored = self._save_now()
        source = stored if isinstance(stored, Experience) else experience
        arl = ArlEntry(
            title=source.title,
            occurred_on=date.today(),
            from_experiences=(source.uid,),
            session_uid=source.session_uid,
            tags=source.tags,
            competencies=source.competencies,
            private=source.private,
        )
        self.new_entry(EntryKind.ARL, arl)

    def _work_up_current(self) -> None:
        entry = self.current_entry()
        if isinstance(entry, Experience):
            self.work_up(entry)

    def delete_current(self) -> None:
        """Move the open entry to the Trash (Edit → Undo takes it back); an entry already
        in the Trash is deleted for good, after a question."""
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        name = self._name_of(entry)
        if entry.deleted_at is not None:
            self._delete_forever(entry.id, name)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr(
                "Move “%1” to the Trash? Edit → Undo (Ctrl+Z) brings it back at once, and "
                "it can be restored from the Trash for %2 days."
            )
            .replace("%1", name)
            .replace("%2", str(limits.TRASH_DAYS)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_stack.push(MoveToTrash(entry.id, name, self._move_to_trash, self._take_back))

    def _name_of(self, entry: Entry) -> str:
        return entry.title.strip() or summary_of(entry).preview or self.tr("(untitled)")

    def _move_to_trash(self, entry_id: int) -> bool:
        if self.current_entry_id() == entry_id:
            if self.autosaver.watches(self._current) and self.autosaver.flush() is None:
                QMessageBox.warning(
                    self,
                    self.tr("Not deleted"),
                    self.tr(
                        "The entry's latest changes could not be saved, so it stays open "
                        "and nothing is lost. Reason: %1"
                    ).replace("%1", self.autosaver.last_error or ""),
                )
                return False
            self.autosaver.watch(None)
        try:
            self.journal.trash_entry(entry_id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), describe(exc))
            if self.current_entry_id() == entry_id:
                self.autosaver.watch(self._current)
            return False
        if self.current_entry_id() == entry_id:
            # Nothing is left to save: forget the editor before the list moves its
            # selection (which leaves the current entry and would try to save it).
            self._show_nothing()
            self._fresh_id = None
        self.entries.remove(entry_id)
        self._refresh_tags_later()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(
            self.tr("Moved to the Trash. Edit → Undo (Ctrl+Z) brings it back."), 10000
        )
        return True

    def _take_back(self, entry_id: int) -> bool:
        """Out of the Trash, into the list, and open."""
        try:
            self.journal.restore_entry(entry_id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), describe(exc))
            return False
        if self.current_entry_id() == entry_id:
            self._current = None  # shown from the Trash: nothing to save on leaving
        self.entries.set_filter(self.entries.current_filter())
        self._refresh_tags_later()
        self.open_entry(entry_id)
        self.statusBar().showMessage(self.tr("The entry is back."), 5000)
        return True

    def restore_current(self) -> None:
        """Take the open entry out of the Trash (the bar's Restore)."""
        entry_id = self.current_entry_id()
        if entry_id is not None and self._take_back(entry_id):
            self.undo_stack.clear()  # its delete is not there to undo any more

    def _delete_forever(self, entry_id: int, name: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete forever"),
            self.tr(
                "Delete “%1” for good? It cannot be restored from the Trash afterwards; "
                "only a backup made before today may still hold it."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.journal.delete_entry(entry_id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), describe(exc))
            return
        self._show_nothing()
        self.entries.remove(entry_id)
        self.undo_stack.clear()

    def empty_trash(self) -> None:
        count = self.journal.count_entries(EntryFilter(in_trash=True))
        if not count:
            self.statusBar().showMessage(self.tr("The Trash is empty."), 5000)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty the Trash"),
            self.tr(
                "Delete the %n entries in the Trash for good? They cannot be restored afterwards.",
                "",
                count,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        current = self.current_entry()
        try:
            self.journal.empty_trash()
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), describe(exc))
            return
        if current is not None and current.deleted_at is not None:
            self._show_nothing()
        self.entries.set_filter(self.entries.current_filter())
        self.undo_stack.clear()

    # -- navigation and search ----------------------------------------------
    def _navigate(self, current: QModelIndex, previous: QModelIndex) -> None:
        current = current.siblingAtColumn(0)  # a click on a date is a click on its row
        flt = current.data(FilterRole) if current.isValid() else None
        if flt is None:
            return
        self.entries.set_filter(flt)
        key = str(current.data(KeyRole))
        settings.settings().setValue("window/navigation", key)
        self.list_view.set_empty_text(self._empty_text(key))
        self._select_in_list(self.current_entry_id())

    def show_days(self, first: date, last: date, *, month: bool = False) -> None:
        """List the entries from ``first`` to ``last`` (a day or a month of the calendar)."""
        self.nav_view.selectionModel().clearCurrentIndex()  # the list shows the days now
        self.nav_view.clearSelection()
        if self.search.active():
            self.search.field.clear()
        self.entries.set_filter(EntryFilter(date_from=first, date_to=last))
        if month:
            shown = QLocale().toString(to_qdate(first), "MMMM yyyy")
            empty = self.tr("No entries in %1.").replace("%1", shown)
        else:
            empty = self.tr("No entries on %1.").replace("%1", long_date(first))
        self.list_view.set_empty_text(empty)
        self._select_in_list(self.current_entry_id())

    def _empty_text(self, key: str) -> str:
        """What an empty list says, by what the navigation shows."""
        if key == "all":
            return self.tr(
                "No entries yet. Press Ctrl+N to note what happened today, or start one on "
                "the right."
            )
        if key == "trash":
            return self.tr("The Trash is empty. Deleted entries stay here for %1 days.").replace(
                "%1", str(limits.TRASH_DAYS)
            )
        if key.startswith("session:"):
            return self.tr(
                "No entries for this session yet. An entry belongs to a session when you "
                "choose it in the entry's header."
            )
        return self.tr("No entries here yet.")

    def _span_navigation(self) -> None:
        """Rows without a date (all but sessions) give their name both columns."""
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.navigation.rowCount(parent)):
                dated = self.navigation.index(row, 1, parent).data() is not None
                self.nav_view.setFirstColumnSpanned(row, parent, not dated)
                stack.append(self.navigation.index(row, 0, parent))

    def _search_toggled(self, text: str) -> None:
        self.list_view.setVisible(not text.strip())

    # -- dialogs -------------------------------------------------------------
    def export_portfolio(self) -> None:
        if not self._leave_current():
            return
        from ui.dialogs.export import export_portfolio_interactively

        export_portfolio_interactively(self, self.journal)

    def _close_for(self, request: Path | PassphraseChange) -> None:
        """Close, and tell the app what to do with the closed journal (``closed_for``)."""
        if self.close():
            self.closed_for.emit(request)

    def save_copy(self) -> None:
        from ui.dialogs.save_copy import save_copy_interactively

        self.autosaver.flush()  # the copy holds what is on the screen
        save_copy_interactively(self, self.journal)

    def _start_of_day(self) -> None:
        from ui.workers import Worker

        self._day_worker = Worker(lambda _progress, _cancelled: self.journal.start_of_day())
        self._day_worker.signals.finished.connect(self._start_of_day_done)
        self._day_worker.signals.failed.connect(self._start_of_day_failed)
        self._day_worker.start()

    def _start_of_day_done(self, warning: object) -> None:
        if warning:
            self.statusBar().showMessage(
                self.tr("The daily backup could not be made: the disk may be full."), 15000
            )
            self.indicator.setToolTip(str(warning))

    def _start_of_day_failed(self, message: str) -> None:
        if self.journal.damage is not None:
            self.journal_damaged(JournalDamagedError(self.journal.damage))
        else:  # a bug, already in the log that the message names
            self.statusBar().showMessage(message, 15000)

    def _list_failed(self, error: object) -> None:
        """The entry list could not be read: damage is offered its remedy, anything else
        is said in the status bar (the list keeps what it had)."""
        if isinstance(error, JournalDamagedError):
            self.journal_damaged(error)
        elif isinstance(error, JournalError):
            self.statusBar().showMessage(describe(error), 15000)

    def journal_damaged(self, error: object) -> None:
        """The file failed its check: nothing more is written; offer the newest good backup."""
        if self._damage_shown or not isinstance(error, JournalDamagedError):
            return
        self._damage_shown = True
        from ui.dialogs.damaged import offer_good_backup

        chosen = offer_good_backup(self, self.journal.folder, self.journal.passphrase, error)
        if chosen is not None:
            self._discard_unsaved = True  # nothing can be saved into the damaged file
            self._close_for(chosen)

    def privacy_check(self) -> None:
        """The entries that hold personal identity numbers (non-modal: she works down it)."""
        from ui.dialogs.privacy_check import PrivacyCheckDialog

        if not self._leave_current():  # what is typed is in the check
            return
        dialog = PrivacyCheckDialog(self.journal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_at_number)
        self._privacy_dialog = dialog
        dialog.show()

    def open_at_number(self, entry_id: int, field: str) -> None:
        """Open the entry with the number in ``field`` selected."""
        if self.open_entry(entry_id) and self._current is not None:
            self._current.reveal_number(field)

    def show_backups(self) -> None:
        from ui.dialogs.backups import BackupsDialog

        if not self._leave_current():
            return
        dialog = BackupsDialog(self.journal, self)
        dialog.exec()
        if dialog.restore_path is not None:
            # The journal must be closed to be replaced: the app restores, then reopens.
            self._close_for(dialog.restore_path)

    def edit_programme(self, session_uid: str | None = None) -> None:
        from ui.dialogs.programme import ProgrammeDialog

        if not self._leave_current():
            return
        dialog = ProgrammeDialog(self.journal, session_uid=session_uid, parent=self)
        if dialog.exec() == ProgrammeDialog.DialogCode.Accepted and dialog.changed():
            self._set_programme(dialog.programme())

    def _edit_session(self, index: QModelIndex) -> None:
        key = str(index.siblingAtColumn(0).data(KeyRole) or "")
        if key.startswith("session:"):
            self.edit_programme(key.removeprefix("session:"))

    def use_programme_file(self) -> None:
        from ui.dialogs.programme_file import choose_programme_file

        if not self._leave_current():
            return
        programme = choose_programme_file(self, self.journal)
        if programme is not None:  # stored, after a backup
            self._show_programme(programme)

    def change_programme(self) -> None:
        """Follow another of the shipped programmes; every entry stays."""
        from ui.dialogs.programme_file import choose_shipped_programme

        if not self._leave_current():
            return
        programme = choose_shipped_programme(self, self.journal)
        if programme is not None:  # stored, after a backup
            self._show_programme(programme)

    def _set_programme(self, programme: Programme) -> None:
        """Store ``programme``, then rebuild what shows it: navigation and editors."""
        try:
            stored = self.journal.set_programme(programme)
        except JournalError as exc:
            QMessageBox.warning(
                self,
                self.tr("Programme not changed"),
                self.tr(
                    "The programme could not be saved; nothing has changed. Reason: %1"
                ).replace("%1", describe(exc)),
            )
            return
        self._show_programme(stored)

    def _show_programme(self, stored: Programme) -> None:
        """Rebuild the navigation and the editors for the programme the journal follows."""
        self.context = dataclasses.replace(
            self.context, programme=stored, prompts=own_prompts(stored).asked()
        )
        self.placeholder.set_prompts(self.context.prompts)
        entry_id = self.current_entry_id()
        self.autosaver.watch(None)
        self._show_nothing()
        for editor in self._editors.values():
            self.editor_stack.removeWidget(editor)
            editor.deleteLater()
        self._editors.clear()
        key = self.nav_view.currentIndex().siblingAtColumn(0).data(KeyRole)
        self.navigation.build(stored, self.journal.tags())
        self.nav_view.expandToDepth(0)
        self._span_navigation()
        self._select_navigation(str(key))
        if entry_id is not None:
            self.open_entry(entry_id)

    def change_passphrase(self) -> None:
        from ui.dialogs.encryption import EncryptionDialog, encryption_available

        if not encryption_available():
            QMessageBox.information(
                self,
                self.tr("Encryption not installed"),
                self.tr(
                    "Encrypting the journal needs the optional SQLCipher part of the app. "
                    'Install it with: pip install "leadership-journal[encryption]"'
                ),
            )
            return
        if not self._leave_current():
            return
        dialog = EncryptionDialog(self.journal.passphrase, self)
        if dialog.exec() == EncryptionDialog.DialogCode.Accepted and dialog.change is not None:
            # The journal must be closed to be re-keyed: the app does it, then reopens.
            self._close_for(dialog.change)

    def show_preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def _about(self) -> None:
        from ui.dialogs.about import show_about

        show_about(self)

    def _select_navigation(self, key: str) -> None:
        """Select the navigation item ``key`` (else "all"); the entry list follows."""
        item = self.navigation.find_key(key) or self.navigation.find_key("all")
        if item is not None:
            self.nav_view.setCurrentIndex(item.index())  # fills the list (_navigate)
        if not self.entries.is_filled():
            self.entries.set_filter(EntryFilter())

    # -- state ---------------------------------------------------------------
    def _restore_state(self) -> None:
        store = settings.settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self._select_navigation(str(store.value("window/navigation", "all")))
        last = store.value("window/last_entry")
        try:
            last_id = int(str(last)) if last is not None else None
        except ValueError:
            last_id = None
        if last_id is not None:
            try:
                last = self.journal.get_entry(last_id)
            except EntryNotFoundError:
                return
            if last.deleted_at is None:  # the Trash is not where the day starts
                self._show(last)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._mentor_panel is not None and not self._mentor_panel.flush():
            event.ignore()  # a response could not be kept: it stays on screen
            return
        if self.autosaver.watches(self._current) and not self._discard_unsaved:
            stored = self.autosaver.flush()
            if stored is None:
                answer = QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    self.tr(
                        "The open entry could not be saved (%1). Close anyway and lose the "
                        "latest changes?"
                    ).replace("%1", self.autosaver.last_error or ""),
                    QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Close:
                    event.ignore()
                    return
            else:
                self._drop_if_untouched(stored)
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        self.autosaver.watch(None)
        event.accept()


def _text_step(widget: QWidget | None, *, redo: bool) -> bool:
    """Undo (or redo) one step in ``widget`` if it is a text field with one to take."""
    if isinstance(widget, QLineEdit):
        if not (widget.isRedoAvailable() if redo else widget.isUndoAvailable()):
            return False
        widget.redo() if redo else widget.undo()
        return True
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        if not (document.isRedoAvailable() if redo else document.isUndoAvailable()):
            return False
        widget.redo() if redo else widget.undo()
        return True
    return False


def _single_shot(parent: QWidget, msec: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer


def _blank(kind: EntryKind) -> Entry:
    today = date.today()
    if kind == EntryKind.ARL:
        return ArlEntry(occurred_on=today)
    if kind == EntryKind.THEORY:
        return TheoryEntry(occurred_on=today)
    if kind == EntryKind.TRIP_NOTE:
        return TripNote(occurred_on=today)
    return Experience(occurred_on=today)


__all__ = ["MainWindow"]
