"""A row of photo thumbnails: add by file dialog or drag and drop, open large, remove."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from journal.domain import Attachment

THUMB = 120
AttachmentRole = Qt.ItemDataRole.UserRole + 1


def read_image(data: bytes, size: QSize | None = None) -> QImage:
    """``data`` decoded (EXIF orientation applied), scaled to fit ``size``; null if not an image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if size is not None and reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def image_type(data: bytes) -> str | None:
    """The media type of ``data`` if Qt can read it as an image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    fmt = bytes(QImageReader.imageFormat(buffer).data()).decode()
    if not fmt:
        return None
    return mimetypes.types_map.get(f".{fmt}", f"image/{fmt}")


class PhotoStrip(QListWidget):
    files_dropped = Signal(list)  # of Path
    open_requested = Signal(object)  # Attachment

    def __init__(self, parent: QWidget | None = None, *, thumb: int = THUMB) -> None:
        super().__init__(parent)
        self._thumb = thumb
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(thumb, thumb))
        self.setFixedHeight(thumb + 44)
        self.setMovement(QListWidget.Movement.Static)
        self.setAcceptDrops(True)
        self.setDragEnabled(False)
        self.setAccessibleName(self.tr("Photos"))
        self.itemActivated.connect(self._activated)

    def add_photo(self, attachment: Attachment, data: bytes) -> None:
        image = read_image(data, QSize(self._thumb, self._thumb))
        item = QListWidgetItem()
        if not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        self.addItem(item)
        self.set_attachment(self.row(item), attachment)

    def set_attachment(self, row: int, attachment: Attachment) -> None:
        """Show ``attachment`` (its caption, else its file name) in ``row``."""
        item = self.item(row)
        if item is None:
            return
        shown = attachment.caption or attachment.file_name
        item.setText(shown.replace("\n", " ")[:30])
        item.setData(AttachmentRole, attachment)
        tip = [attachment.caption, attachment.file_name] if attachment.caption else [shown]
        item.setToolTip("\n".join(tip))

    def attachment_at(self, row: int) -> Attachment | None:
        item = self.item(row)
        value = item.data(AttachmentRole) if item is not None else None
        return value if isinstance(value, Attachment) else None

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(AttachmentRole))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
