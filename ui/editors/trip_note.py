"""The study-trip note: trip, place, and the culture – context – communication lens."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Entry, Trip, TripNote
from journal.errors import JournalError
from ui.dialogs.new_trip import NewTripDialog
from ui.editors.base import EditorContext, EntryEditor
from ui.editors.fields import PromptedField, scrolling
from ui.editors.header import EntryHeader
from ui.errors import describe


class TripNoteEditor(EntryEditor):
    _entry: TripNote

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._entry = TripNote()
        p = context.prompts
        self.header = EntryHeader(context.programme)
        self.trip = QComboBox()
        self.trip.setAccessibleName(self.tr("Study trip"))
        self.new_trip_button = QPushButton(self.tr("New trip…"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("Place: hospital, town, organisation…"))
        row = QHBoxLayout()
        row.addWidget(self.trip, 1)
        row.addWidget(self.new_trip_button)
        row.addWidget(self.place, 2)
        self.culture = PromptedField(
            self.tr("Culture"),
            p.get("trip_culture") or [self.tr("What did you notice about values, habits, norms?")],
        )
        self.context_field = PromptedField(
            self.tr("Context"),
            p.get("trip_context")
            or [self.tr("What in the system, the economy and the organisation explains it?")],
        )
        self.communication = PromptedField(
            self.tr("Communication"),
            p.get("trip_communication") or [self.tr("How did people talk, decide and lead?")],
        )
        self.take_home = PromptedField(
            self.tr("What I take home"),
            p.get("trip_take_home")
            or [
                self.tr(
                    "What do you take home to your own organisation: a thought, a habit, "
                    "something to try?"
                )
            ],
            lines=3,
        )
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for field in (self.culture, self.context_field, self.communication, self.take_home):
            inner.addWidget(field)
            field.edit.textChanged.connect(self._emit_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.photo_panel)
        layout.addWidget(scrolling(content), 1)

        self.header.changed.connect(self._emit_changed)
        self.place.textEdited.connect(self._emit_changed)
        self.trip.currentIndexChanged.connect(self._emit_changed)
        self.new_trip_button.clicked.connect(self.new_trip)

    # -- trips ------------------------------------------------------------------
    def _fill_trips(self, selected: Trip | None) -> None:
        self.trip.clear()
        self.trip.addItem(self.tr("No trip"), None)
        for trip in self.context.journal.trips():
            self.trip.addItem(trip.destination, trip)
        if selected is not None:
            for i in range(self.trip.count()):
                data = self.trip.itemData(i)
                if isinstance(data, Trip) and data.uid == selected.uid:
                    self.trip.setCurrentIndex(i)

    def new_trip(self) -> None:
        programme = self.context.programme
        dialog = NewTripDialog(self, sessions=programme.sessions if programme else ())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_trip(dialog.trip())

    def add_trip(self, trip: Trip) -> None:
        try:
            stored = self.context.journal.save_trip(trip)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Trip not saved"), describe(exc))
            return
        self._fill_trips(stored)
        self._emit_changed()

    # -- the entry ----------------------------------------------------------------
    def _load(self, entry: Entry) -> None:
        assert isinstance(entry, TripNote)
        self._entry = entry
        self.header.show_entry(entry, self.context.tag_names())
        self._fill_trips(entry.trip)
        self.place.setText(entry.place)
        self.culture.edit.set_text(entry.culture)
        self.context_field.edit.set_text(entry.context)
        self.communication.edit.set_text(entry.communication)
        self.take_home.edit.set_text(entry.take_home)

    def entry(self) -> TripNote:
        trip = self.trip.currentData()
        return dataclasses.replace(
            self._entry,
            trip=trip if isinstance(trip, Trip) else None,
            place=self.place.text(),
            culture=self.culture.edit.text(),
            context=self.context_field.edit.text(),
            communication=self.communication.edit.text(),
            take_home=self.take_home.edit.text(),
            **self.header.values(),
        )

    def guarded_lines(self) -> list[QLineEdit]:
        return [*super().guarded_lines(), self.place]

    def first_text_field(self) -> QWidget:
        return self.place
