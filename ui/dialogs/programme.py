"""The programme and its sessions: rename, add, move (re-date) and remove sessions, and keep
the notes of a sparring meeting (agenda, what was said, agreed next steps).

Nothing is written until the participant saves; Cancel after changes asks first.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.domain import EntryFilter, Programme, ProgrammeModule, ProgrammeSession, SessionKind
from journal.store import Journal
from journal.vocabulary import session_kind
from ui.dates import to_date, to_qdate
from ui.i18n import current_language

UidRole = Qt.ItemDataRole.UserRole + 1


def session_kind_label(kind: SessionKind) -> str:
    """The kind's name in the interface language, as the portfolio names it too."""
    return session_kind(kind, current_language())


def _order(sessions: list[ProgrammeSession]) -> list[ProgrammeSession]:
    return sorted(sessions, key=lambda s: (s.starts_on, s.title.casefold()))


class ProgrammeDialog(QDialog):
    """Edits a copy of the journal's programme; :meth:`programme` is the result."""

    def __init__(
        self, journal: Journal, *, session_uid: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._original = journal.programme() or Programme(name="", starts_on=date.today())
        self._sessions = _order(list(self._original.sessions))
        self._current_uid: str | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Programme and sessions"))
        self.resize(900, 600)

        self.name = QLineEdit(self._original.name)
        self.name.setAccessibleName(self.tr("Programme name"))
        top = QFormLayout()
        top.addRow(self.tr("Programme &name:"), self.name)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sessions"))
        self.add_button = QPushButton(self.tr("&Add session"))
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.remove_button = QPushButton(self.tr("&Remove session…"))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons_row)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Session title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of session"))
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind.value)
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module"))
        self.module.addItem(self.tr("No module"), None)
        for m in self._original.modules:
            self.module.addItem(m.name, m.uid)
        self.starts_on = QDateEdit()
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setAccessibleName(self.tr("First day"))
        self.ends_on = QDateEdit()
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setAccessibleName(self.tr("Last day"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Place"))
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        # A session or date the template only suggests (review 1.1): unticked by setting
        # the date, or by hand once the organiser has confirmed it.
        self.tentative = QCheckBox(self.tr("Date to be confirmed by your organiser"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Module:"), self.module)
        form.addRow(self.tr("&First day:"), self.starts_on)
        form.addRow(self.tr("&Last day:"), self.ends_on)
        form.addRow("", self.tentative)
        form.addRow(self.tr("&Place:"), self.location)
        form.addRow(self.linked)

        self.agenda = QPlainTextEdit()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setPlaceholderText(self.tr("What do I want to bring up?"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("What was said"))
        self.notes.setPlaceholderText(self.tr("What did we talk about? What struck me?"))
        self.next_steps = QPlainTextEdit()
        self.next_steps.setAccessibleName(self.tr("Agreed next steps"))
        self.next_steps.setPlaceholderText(self.tr("What did we agree I will try or do?"))
        # Every session keeps its notes (review 1.15, 2.8): a sparring or mentor meeting,
        # a meeting of the team across sectors, a learning group, the closing conference.
        self.meeting_notes = QGroupBox(self.tr("Notes from this session"))
        notes_form = QFormLayout(self.meeting_notes)
        notes_form.addRow(self.tr("A&genda:"), self.agenda)
        notes_form.addRow(self.tr("&What was said:"), self.notes)
        notes_form.addRow(self.tr("Agreed ne&xt steps:"), self.next_steps)

        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(form)
        details_layout.addWidget(self.meeting_notes, 1)
        details_layout.addStretch(0)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 540])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Modules and competency areas, one per line (renaming keeps a module's sessions).
        self.modules_text = QPlainTextEdit("\n".join(m.name for m in self._original.modules))
        self.modules_text.setAccessibleName(self.tr("Modules"))
        self.areas_text = QPlainTextEdit("\n".join(self._original.competency_areas))
        self.areas_text.setAccessibleName(self.tr("Competency areas"))
        structure = QWidget()
        structure_layout = QFormLayout(structure)
        hint = QLabel(
            self.tr(
                "One per line. A module renamed keeps its sessions; a module removed leaves "
                "its sessions without one. Entries keep the areas they were given, also an "
                "area you rename or remove here."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the palette's muted text
        structure_layout.addRow(hint)
        structure_layout.addRow(self.tr("&Modules:"), self.modules_text)
        structure_layout.addRow(self.tr("Competency &areas:"), self.areas_text)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Sessions"))
        self.tabs.addTab(structure, self.tr("Mo&dules and areas"))
        self.tabs.currentChanged.connect(self._fill_modules)

        # What the template is built from and what in it is a suggestion.
        self.description = QLabel(self._original.description)
        self.description.setWordWrap(True)
        self.description.setEnabled(False)  # the palette's muted text
        self.description.setVisible(bool(self._original.description))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_session)
        self.remove_button.clicked.connect(self.remove_session)
        self.list.currentItemChanged.connect(self._selected)
        for line in (self.title, self.location):
            line.textEdited.connect(self._store)
        for combo in (self.kind, self.module):
            combo.currentIndexChanged.connect(self._store)
        self.starts_on.dateChanged.connect(self._moved)
        self.ends_on.dateChanged.connect(self._dated)
        self.tentative.toggled.connect(self._store)
        for text in (self.agenda, self.notes, self.next_steps):
            text.textChanged.connect(self._store)

        self._fill_list()
        chosen = session_uid if any(s.uid == session_uid for s in self._sessions) else None
        self._select(chosen or (self._sessions[0].uid if self._sessions else None))

    # -- the list -------------------------------------------------------------
    def _label(self, session: ProgrammeSession) -> str:
        day = QLocale().toString(to_qdate(session.starts_on), QLocale.FormatType.ShortFormat)
        title = session.title or self.tr("(untitled)")
        if session.tentative:  # on a second line, so that the list stays narrow
            note = self.tr("date to be confirmed by your organiser")
            return f"{day}  {title}\n{' ' * len(day)}  ({note})"
        return f"{day}  {title}"

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for session in self._sessions:
            item = QListWidgetItem(self._label(session))
            item.setData(UidRole, session.uid)
            item.setToolTip(session_kind_label(session.kind))
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _select(self, uid: str | None) -> None:
        self._mark(uid)
        self._show(uid)

    def _mark(self, uid: str | None) -> None:
        """Make ``uid``'s row the current one, without reloading the form."""
        for row in range(self.list.count()):
            if self.list.item(row).data(UidRole) == uid:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show(current.data(UidRole) if current is not None else None)

    def _session(self, uid: str | None) -> ProgrammeSession | None:
        return next((s for s in self._sessions if s.uid == uid), None)

    # -- the form -------------------------------------------------------------
    def _show(self, uid: str | None) -> None:
        session = self._session(uid)
        self._current_uid = session.uid if session else None
        self.details.setEnabled(session is not None)
        self.remove_button.setEnabled(session is not None)
        self._loading = True
        try:
            if session is None:
                for line in (self.title, self.location):
                    line.clear()
                for text in (self.agenda, self.notes, self.next_steps):
                    text.clear()
                self.linked.clear()
                return
            self.title.setText(session.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(session.kind.value)))
            self.module.setCurrentIndex(max(0, self.module.findData(session.module_uid)))
            self.starts_on.setDate(to_qdate(session.starts_on))
            self.ends_on.setMinimumDate(to_qdate(session.starts_on))
            self.ends_on.setDate(to_qdate(session.ends_on or session.starts_on))
            self.location.setText(session.location)
            self.tentative.setChecked(session.tentative)
            self.agenda.setPlainText(session.agenda)
            self.notes.setPlainText(session.notes)
            self.next_steps.setPlainText(session.next_steps)
            self._show_linked(session)
        finally:
            self._loading = False

    def _linked_count(self, session: ProgrammeSession) -> int:
        if not any(s.uid == session.uid for s in self._original.sessions):
            return 0
        return self._journal.count_entries(EntryFilter(session_uid=session.uid))

    def _show_linked(self, session: ProgrammeSession) -> None:
        count = self._linked_count(session)
        self.linked.setText(self.tr("Entries linked to this session: %n", "", count))

    def _form_value(self, session: ProgrammeSession) -> ProgrammeSession:
        starts = to_date(self.starts_on.date())
        ends = max(starts, to_date(self.ends_on.date()))
        module = self.module.currentData()
        return dataclasses.replace(
            session,
            title=self.title.text().strip(),
            kind=SessionKind(str(self.kind.currentData())),
            module_uid=module if isinstance(module, str) else None,
            starts_on=starts,
            ends_on=None if ends == starts else ends,
            location=self.location.text().strip(),
            tentative=self.tentative.isChecked(),
            agenda=self.agenda.toPlainText(),
            notes=self.notes.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )

    def _store(self) -> None:
        if self._loading:
            return
        session = self._session(self._current_uid)
        if session is None:
            return
        updated = self._form_value(session)
        self._sessions = _order([updated if s.uid == updated.uid else s for s in self._sessions])
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._label(updated))
            item.setToolTip(session_kind_label(updated.kind))

    def _dated(self, _day: QDate) -> None:
        """A date she sets is hers: no longer the template's suggestion."""
        if not self._loading:
            self._confirmed()
        self._store()

    def _confirmed(self) -> None:
        self.tentative.blockSignals(True)
        self.tentative.setChecked(False)
        self.tentative.blockSignals(False)

    def _moved(self, new_start: QDate) -> None:
        """A new first day moves the whole session: the last day keeps its distance."""
        if self._loading:
            return
        self._confirmed()
        session = self._session(self._current_uid)
        if session is None:
            return
        length = (session.ends_on or session.starts_on) - session.starts_on
        self._loading = True
        try:
            self.ends_on.setMinimumDate(new_start)
            self.ends_on.setDate(to_qdate(to_date(new_start) + length))
        finally:
            self._loading = False
        self._store()
        # keep the list in time order, the moved session still selected
        self._fill_list()
        self._mark(self._current_uid)

    # -- adding and removing ----------------------------------------------------
    def add_session(self) -> None:
        current = self._session(self._current_uid)
        day = (current.ends_on or current.starts_on) + timedelta(days=1) if current else None
        session = ProgrammeSession(
            title=self.tr("New session"),
            kind=SessionKind.SPARRING if current is None else current.kind,
            starts_on=day or self._original.starts_on or date.today(),
            module_uid=current.module_uid if current else None,
        )
        self._sessions = _order([*self._sessions, session])
        self._fill_list()
        self._select(session.uid)
        self.title.setFocus()
        self.title.selectAll()

    def remove_session(self) -> None:
        session = self._session(self._current_uid)
        if session is None:
            return
        count = self._linked_count(session)
        question = self.tr("Remove “%1”?").replace("%1", session.title)
        if count:
            question += " " + self.tr(
                "Entries linked to it: %n. They are kept; only the link goes.", "", count
            )
        answer = QMessageBox.question(self, self.tr("Remove session"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        index = self._sessions.index(session)
        self._sessions.remove(session)
        self._fill_list()
        if self._sessions:
            self._select(self._sessions[min(index, len(self._sessions) - 1)].uid)
        else:
            self._select(None)

    # -- modules and areas ----------------------------------------------------------
    def _modules(self) -> tuple[ProgrammeModule, ...]:
        """The modules as written: one per line, each keeping the uid (and so the
        sessions) of the module of its name, else of the one on its line before."""
        names = _lines(self.modules_text.toPlainText())
        old = list(self._original.modules)
        by_name = {m.name.casefold(): m for m in old}
        taken = {by_name[n.casefold()].uid for n in names if n.casefold() in by_name}
        spare = [m for m in old if m.uid not in taken]  # renamed, or removed
        modules = []
        for position, name in enumerate(names):
            same = by_name.get(name.casefold())
            if same is None and position < len(old) and old[position] in spare:
                same = old[position]  # its line, a new name: renamed
                spare.remove(same)
            modules.append(
                dataclasses.replace(same, name=name) if same else ProgrammeModule(name=name)
            )
        return tuple(modules)

    def _fill_modules(self) -> None:
        """The session form offers the modules as they are written now."""
        current = self.module.currentData()
        self.module.blockSignals(True)
        self.module.clear()
        self.module.addItem(self.tr("No module"), None)
        for m in self._modules():
            self.module.addItem(m.name, m.uid)
        self.module.setCurrentIndex(max(0, self.module.findData(current)))
        self.module.blockSignals(False)

    # -- the result -------------------------------------------------------------
    def programme(self) -> Programme:
        modules = self._modules()
        uids = {m.uid for m in modules}
        sessions = tuple(
            s
            if s.module_uid is None or s.module_uid in uids
            else dataclasses.replace(s, module_uid=None)
            for s in self._sessions
        )
        return dataclasses.replace(
            self._original,
            name=self.name.text().strip() or self._original.name,
            modules=modules,
            sessions=sessions,
            competency_areas=_lines(self.areas_text.toPlainText()),
        )

    def changed(self) -> bool:
        def by_uid(p: Programme) -> Programme:
            return dataclasses.replace(p, sessions=tuple(sorted(p.sessions, key=lambda s: s.uid)))

        return by_uid(self.programme()) != by_uid(self._original)

    def reject(self) -> None:
        if self.changed():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes"),
                self.tr("Discard your changes to the programme and its sessions?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def accept(self) -> None:
        untitled = next((s for s in self._sessions if not s.title), None)
        if untitled is not None:
            self._select(untitled.uid)
            QMessageBox.information(
                self, self.tr("Session title"), self.tr("Every session needs a title.")
            )
            self.title.setFocus()
            return
        super().accept()


def _lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of ``text``, stripped, each once (case ignored)."""
    seen: set[str] = set()
    out = []
    for line in text.splitlines():
        name = line.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return tuple(out)
