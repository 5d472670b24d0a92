"""The leadership theory editor: the working text, its saved versions, and a comparison."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Entry, TheoryEntry, TheoryVersion
from journal.errors import JournalError
from ui.dates import short_day_of
from ui.dialogs.theory_compare import TheoryCompareDialog
from ui.editors.base import EditorContext, EntryEditor
from ui.editors.fields import PromptedField, scrolling
from ui.editors.header import EntryHeader
from ui.errors import describe


class TheoryEditor(EntryEditor):
    _entry: TheoryEntry

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._entry = TheoryEntry()
        prompts = list(context.prompts.get("theory") or [])
        self.header = EntryHeader(context.programme)
        self.header.day.hide()
        self.header.session.hide()
        self.theory = PromptedField(
            self.tr("Theory"),
            prompts[:1]
            or [
                self.tr(
                    "What is leadership to you, and how does it work? What are your working "
                    "theories of change, strategy and organising?"
                )
            ],
            lines=8,
        )
        self.values = PromptedField(
            self.tr("Values"), prompts[1:2] or [self.tr("What do you stand for as a leader?")]
        )
        self.goals = PromptedField(
            self.tr("Goals"), prompts[2:3] or [self.tr("What do you want to develop next?")]
        )
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for field in (self.theory, self.values, self.goals):
            inner.addWidget(field)
            field.edit.textChanged.connect(self._emit_changed)

        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Saved versions"))
        self.versions.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.save_version_button = QPushButton(self.tr("Save as new &version…"))
        self.compare_button = QPushButton(self.tr("&Compare versions…"))
        self.save_version_button.clicked.connect(lambda: self.save_version())
        self.compare_button.clicked.connect(self.compare)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>Versions</b>")))
        side_layout.addWidget(self.versions, 1)
        side_layout.addWidget(self.save_version_button)
        side_layout.addWidget(self.compare_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scrolling(content))
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.photo_panel)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.header.changed.connect(self._emit_changed)

    def _load(self, entry: Entry) -> None:
        assert isinstance(entry, TheoryEntry)
        self._entry = entry
        self.header.show_entry(entry, self.context.tag_names())
        self.theory.edit.set_text(entry.theory)
        self.values.edit.set_text(entry.values)
        self.goals.edit.set_text(entry.goals)
        self._show_versions()

    def _show_versions(self) -> None:
        self.versions.clear()
        for n, version in enumerate(self._entry.versions, start=1):
            day = short_day_of(version.created_at)
            note = (
                version.change_note.strip().splitlines()[0] if version.change_note.strip() else ""
            )
            text = self.tr("Version %1 – %2").replace("%1", str(n)).replace("%2", day)
            self.versions.addItem(f"{text}\n{note}" if note else text)
        self.compare_button.setEnabled(bool(self._entry.versions))

    def entry(self) -> TheoryEntry:
        return dataclasses.replace(
            self._entry,
            theory=self.theory.edit.text(),
            values=self.values.edit.text(),
            goals=self.goals.edit.text(),
            **self.header.values(),
        )

    def mark_saved(self, entry: Entry) -> None:
        versions = entry.versions if isinstance(entry, TheoryEntry) else self._entry.versions
        self._entry = dataclasses.replace(
            self._entry,
            id=entry.id,
            created_at=entry.created_at,
            updated_at=entry.updated_at,
            versions=versions,
        )

    def first_text_field(self) -> QWidget:
        return self.theory.edit

    def save_version(self, note: str | None = None, grew_from: tuple[str, ...] = ()) -> bool:
        """Keep the current text as a dated version with a change note and the A–R–L
        entries whose learning changed it (asked for when not given)."""
        if note is None:
            from ui.dialogs.theory_version import NewVersionDialog

            dialog = NewVersionDialog(self.context.journal, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            note, grew_from = dialog.change_note(), dialog.grew_from()
        stored = self.context.save_now()
        if stored is None or stored.id is None:
            return False
        try:
            updated = self.context.journal.add_theory_version(stored.id, note.strip(), grew_from)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Version not saved"), describe(exc))
            return False
        self.mark_saved(updated)
        self._show_versions()
        return True

    def current_as_version(self) -> TheoryVersion:
        return TheoryVersion(
            created_at=datetime.now(UTC),
            theory=self.theory.edit.text(),
            values=self.values.edit.text(),
            goals=self.goals.edit.text(),
        )

    def compare_dialog(self) -> TheoryCompareDialog:
        return TheoryCompareDialog(self._entry.versions, self.current_as_version(), self)

    def compare(self) -> None:
        self.compare_dialog().exec()
