"""What every entry editor is: the contract between the editors and the main window."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from journal.domain import Attachment, Entry, Programme
from journal.store import Journal

if TYPE_CHECKING:
    from ui.editors.header import EntryHeader
    from ui.widgets.photo_strip import PhotoStrip


@dataclass(frozen=True, kw_only=True)
class EditorContext:
    journal: Journal
    programme: Programme | None
    # Guiding questions by key ("experience", "arl_action", ..., "trip_communication").
    prompts: Mapping[str, Sequence[str]]
    # Save the open entry now (so it has an id); None when the save failed.
    save_now: Callable[[], Entry | None]
    # Every tag in use, by name (kept by the window: no query on every open).
    tag_names: Callable[[], list[str]]


class EntryEditor(QWidget):
    """Shows one entry for editing. The main window does all the saving."""

    header: EntryHeader  # made by each editor: title, date, session, tags, ...
    changed = Signal()  # the participant edited something
    work_up_requested = Signal(object)  # an Experience to turn into an A–R–L entry

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self._title_wired = False
        self._entry: Entry = Entry()  # the entry as loaded or last saved
        # Each editor puts it under its header: photos belong to every kind of entry.
        from ui.editors.photos import PhotoPanel  # with the first editor, not at start-up

        self.photo_panel = PhotoPanel(context)
        self.photo_panel.attachments_changed.connect(self._photos_changed)

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def set_entry(self, entry: Entry) -> None:
        """Show ``entry``; never emits ``changed``."""
        self._loading = True
        try:
            self._load(entry)
            self.photo_panel.show_entry(entry)
        finally:
            self._loading = False
        if not self._title_wired:  # the header is the subclass's, made after __init__
            self._title_wired = True
            self.header.title.returnPressed.connect(self.focus_first_field)

    @property
    def photos(self) -> PhotoStrip:
        return self.photo_panel.strip

    def add_photos(self, paths: Sequence[Path]) -> int:
        """Store the images among ``paths`` with the entry (see PhotoPanel.add_photos)."""
        return self.photo_panel.add_photos(paths)

    def _photos_changed(self, attachments: tuple[Attachment, ...]) -> None:
        self._entry = dataclasses.replace(self._entry, attachments=attachments)

    def _load(self, entry: Entry) -> None:
        raise NotImplementedError

    def entry(self) -> Entry:
        raise NotImplementedError

    def mark_saved(self, entry: Entry) -> None:
        """Take id and timestamps from the stored ``entry``; leave the text alone."""
        self._entry = dataclasses.replace(
            self._entry, id=entry.id, created_at=entry.created_at, updated_at=entry.updated_at
        )

    def first_text_field(self) -> QWidget:
        """Where writing starts: the first field below the header."""
        raise NotImplementedError

    def focus_first_field(self) -> None:
        """Put the cursor at the end of the first text field (an entry opened to write)."""
        field = self.first_text_field()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, (QPlainTextEdit, QTextEdit)):
            field.moveCursor(QTextCursor.MoveOperation.End)

    def focus_title(self) -> None:
        """Put the cursor in the title (a new entry); Enter there goes on to the text."""
        self.header.title.setFocus(Qt.FocusReason.OtherFocusReason)
