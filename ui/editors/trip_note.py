"""The study-trip note: trip, place, the culture – context – communication lens, photos."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Attachment, Entry, Trip, TripNote
from journal.errors import JournalError
from ui.dialogs.new_trip import NewTripDialog
from ui.dialogs.photo_viewer import PhotoViewer
from ui.editors.base import EditorContext, EntryEditor
from ui.editors.fields import PromptedField, scrolling
from ui.editors.header import EntryHeader
from ui.errors import describe, explanation
from ui.widgets.photo_strip import PhotoStrip, image_type, read_image

MAX_PHOTO_BYTES = 60 * 1024 * 1024


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
            p.get("trip_communication")
            or [self.tr("How did people talk, decide and lead? What can you bring home?")],
        )
        self.photos = PhotoStrip()
        self.add_photo_button = QPushButton(self.tr("Add &photos…"))
        self.remove_photo_button = QPushButton(self.tr("&Remove photo"))
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for field in (self.culture, self.context_field, self.communication):
            inner.addWidget(field)
            field.edit.textChanged.connect(self._emit_changed)
        inner.addWidget(self.photos)
        inner.addLayout(photo_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(scrolling(content), 1)

        self.header.changed.connect(self._emit_changed)
        self.place.textEdited.connect(self._emit_changed)
        self.trip.currentIndexChanged.connect(self._emit_changed)
        self.new_trip_button.clicked.connect(self.new_trip)
        self.add_photo_button.clicked.connect(self.choose_photos)
        self.remove_photo_button.clicked.connect(self.remove_selected_photo)
        self.photos.files_dropped.connect(self.add_photos)
        self.photos.open_requested.connect(self.open_photo)
        self.photos.currentRowChanged.connect(lambda r: self.remove_photo_button.setEnabled(r >= 0))
        self.remove_photo_button.setEnabled(False)

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
        dialog = NewTripDialog(self)
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

    # -- photos -----------------------------------------------------------------
    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)"),
        )
        self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: Sequence[Path]) -> int:
        """Store the images among ``paths``; explain the rest. Returns how many were added."""
        refused: list[str] = []
        added = 0
        for path in paths:
            try:
                if path.stat().st_size > MAX_PHOTO_BYTES:
                    refused.append(self.tr("%1 is larger than 60 MB").replace("%1", path.name))
                    continue
                data = path.read_bytes()
            except OSError as exc:
                refused.append(f"{path.name}: {exc.strerror}")
                continue
            media_type = image_type(data)
            if media_type is None:
                refused.append(self.tr("%1 is not an image").replace("%1", path.name))
                continue
            stored = self.context.save_now()
            if stored is None or stored.id is None:
                return added
            try:
                attachment = self.context.journal.add_attachment(
                    stored.id, data, file_name=path.name, media_type=media_type
                )
            except JournalError as exc:
                refused.append(f"{path.name}: {explanation(exc) or exc}")
                continue
            self._entry = dataclasses.replace(
                self._entry, attachments=(*self._entry.attachments, attachment)
            )
            self.photos.add_photo(attachment, data)
            added += 1
        if refused:
            QMessageBox.warning(
                self,
                self.tr("Some files were not added"),
                "\n".join(refused),
            )
        return added

    def remove_selected_photo(self) -> None:
        row = self.photos.currentRow()
        attachment = self.photos.attachment_at(row)
        if attachment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove “%1” from this note?").replace("%1", attachment.file_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.journal.remove_attachment(attachment.id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Photo not removed"), describe(exc))
            return
        self.photos.takeItem(row)
        self._entry = dataclasses.replace(
            self._entry,
            attachments=tuple(a for a in self._entry.attachments if a.id != attachment.id),
        )

    def open_photo(self, attachment: Attachment) -> None:
        try:
            data = self.context.journal.attachment_data(attachment.id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Photo cannot be shown"), describe(exc))
            return
        image = read_image(data, QSize(2400, 2400))
        if image.isNull():
            QMessageBox.warning(
                self, self.tr("Photo cannot be shown"), self.tr("The file is damaged.")
            )
            return
        PhotoViewer(image, attachment.file_name, self).exec()

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
        self.photos.clear()
        for attachment in entry.attachments:
            try:
                data = self.context.journal.attachment_data(attachment.id)
            except JournalError:
                data = b""
            self.photos.add_photo(attachment, data)

    def entry(self) -> TripNote:
        trip = self.trip.currentData()
        return dataclasses.replace(
            self._entry,
            trip=trip if isinstance(trip, Trip) else None,
            place=self.place.text(),
            culture=self.culture.edit.text(),
            context=self.context_field.edit.text(),
            communication=self.communication.edit.text(),
            **self.header.values(),
        )

    def first_text_field(self) -> QWidget:
        return self.place
