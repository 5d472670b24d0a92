"""Photos on any entry: a bar under the header to add them, and their thumbnails, shown
as soon as they are stored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Attachment, Entry
from journal.errors import JournalError
from ui.errors import describe, explanation

if TYPE_CHECKING:
    from ui.editors.base import EditorContext
    from ui.widgets.photo_strip import PhotoStrip

MAX_PHOTO_BYTES = 60 * 1024 * 1024
THUMB = 88  # small enough to sit above the text without pushing it far down


class PhotoPanel(QWidget):
    """Add, show, open and remove the photos of the open entry.

    ``attachments_changed`` carries the entry's attachments after a photo was stored or
    removed (the editor keeps them on its entry); the strip shows only when there are
    photos, and a line beside the button says what the last addition did."""

    attachments_changed = Signal(tuple)

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._attachments: tuple[Attachment, ...] = ()
        self._strip: PhotoStrip | None = None  # made with the first photo shown
        self.add_button = QPushButton(self.tr("Add ph&otos…"))
        self.add_button.setToolTip(self.tr("Add photos to this entry (or drop them here)"))
        self.remove_button = QPushButton(self.tr("&Remove photo"))
        self.caption_button = QPushButton(self.tr("Cap&tion…"))
        self.caption_button.setToolTip(
            self.tr("Write a caption for the selected photo (the portfolio prints it under it)")
        )
        self.feedback = QLabel()
        self.feedback.setEnabled(False)  # the palette's muted text
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.caption_button)
        buttons.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_photos)
        self.remove_button.clicked.connect(self.remove_selected_photo)
        self.caption_button.clicked.connect(self.caption_selected_photo)
        self.setAcceptDrops(True)  # files dropped on the bar, before there is a strip
        self._show_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_photos(paths)

    @property
    def strip(self) -> PhotoStrip:
        """The thumbnails (made the first time they are needed: most entries have none,
        and an editor opened at start-up does not pay for image reading)."""
        if self._strip is None:
            from ui.widgets.photo_strip import PhotoStrip

            self._strip = PhotoStrip(thumb=THUMB)
            self._strip.hide()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._strip)
            self._strip.files_dropped.connect(self.add_photos)
            self._strip.open_requested.connect(self.open_photo)
            self._strip.currentRowChanged.connect(lambda row: self._show_buttons())
        return self._strip

    def show_entry(self, entry: Entry) -> None:
        """The photos of ``entry``, as it was opened."""
        self._attachments = entry.attachments
        self.feedback.clear()
        if self._strip is not None:
            self._strip.clear()
        for attachment in entry.attachments:
            try:
                data = self.context.journal.attachment_data(attachment.id)
            except JournalError:
                data = b""
            self.strip.add_photo(attachment, data)
        self._show_buttons()

    def _show_buttons(self) -> None:
        strip = self._strip
        has_photos = strip is not None and strip.count() > 0
        if strip is not None:
            strip.setVisible(has_photos)
        chosen = has_photos and strip is not None and strip.currentRow() >= 0
        for button in (self.remove_button, self.caption_button):
            button.setVisible(has_photos)
            button.setEnabled(chosen)

    # -- adding -------------------------------------------------------------------
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
        from ui.widgets.photo_strip import image_type

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
            stored = self.context.save_now()  # a photo needs the entry stored first
            if stored is None or stored.id is None:
                break
            try:
                attachment = self.context.journal.add_attachment(
                    stored.id, data, file_name=path.name, media_type=media_type
                )
            except JournalError as exc:
                refused.append(f"{path.name}: {explanation(exc) or exc}")
                continue
            self._attachments = (*self._attachments, attachment)
            self.strip.add_photo(attachment, data)
            added += 1
        if added:
            self.attachments_changed.emit(self._attachments)
            self.strip.scrollToItem(self.strip.item(self.strip.count() - 1))
            self.feedback.setText(self.tr("Photos added: %n", "", added))
        self._show_buttons()
        if refused:
            QMessageBox.warning(self, self.tr("Some files were not added"), "\n".join(refused))
        return added

    # -- removing and looking ---------------------------------------------------------
    def remove_selected_photo(self) -> None:
        row = self.strip.currentRow()
        attachment = self.strip.attachment_at(row)
        if attachment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove “%1” from this entry?").replace("%1", attachment.file_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.journal.remove_attachment(attachment.id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Photo not removed"), describe(exc))
            return
        self.strip.takeItem(row)
        self._attachments = tuple(a for a in self._attachments if a.id != attachment.id)
        self.attachments_changed.emit(self._attachments)
        self.feedback.clear()
        self._show_buttons()

    def caption_selected_photo(self) -> None:
        """Write (or change) what the portfolio prints under the selected photo."""
        row = self.strip.currentRow()
        attachment = self.strip.attachment_at(row)
        if attachment is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Caption"),
            self.tr("Caption for “%1” (empty: the file's name is printed):").replace(
                "%1", attachment.file_name
            ),
            QLineEdit.EchoMode.Normal,
            attachment.caption,
        )
        if not ok:
            return
        try:
            stored = self.context.journal.set_attachment_caption(attachment.id, text)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Caption not saved"), describe(exc))
            return
        self.strip.set_attachment(row, stored)
        self._attachments = tuple(stored if a.id == stored.id else a for a in self._attachments)
        self.attachments_changed.emit(self._attachments)

    def open_photo(self, attachment: Attachment) -> None:
        from ui.dialogs.photo_viewer import PhotoViewer

        try:
            data = self.context.journal.attachment_data(attachment.id)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Photo cannot be shown"), describe(exc))
            return
        from ui.widgets.photo_strip import read_image

        image = read_image(data, QSize(2400, 2400))
        if image.isNull():
            QMessageBox.warning(
                self, self.tr("Photo cannot be shown"), self.tr("The file is damaged.")
            )
            return
        PhotoViewer(image, attachment.file_name, self).exec()
