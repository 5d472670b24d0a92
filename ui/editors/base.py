"""What every entry editor is: the contract between the editors and the main window."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from journal.domain import Attachment, Entry, Programme
from journal.store import Journal

if TYPE_CHECKING:
    from ui.editors.guard import IdentityGuard
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
        if not self._title_wired:  # the header is the subclass's, made after __init__
            self._title_wired = True
            self.header.title.returnPressed.connect(self.focus_first_field)
            self._wire_guards()
        self._loading = True
        try:
            for guard in self.guards():
                guard.dismissed = entry.dismissed_numbers  # before the text: one pass
            self._load(entry)
            for line in self.guarded_lines():  # its text may not have changed
                line.textChanged.emit(line.text())
            self.photo_panel.show_entry(entry)
        finally:
            self._loading = False

    # -- the patient-data guard ----------------------------------------------------------
    def guarded_lines(self) -> list[QLineEdit]:
        """The one-line text fields the guard watches (the text fields watch themselves)."""
        return [self.header.title]

    def _wire_guards(self) -> None:
        from ui.editors.guard import IdentityGuard

        for line in self.guarded_lines():
            IdentityGuard(line)
        for guard in self.guards():
            guard.dismiss_requested.connect(self._dismiss_number)

    def reveal_number(self, field: str) -> bool:
        """Select the first number in ``field`` (as Entry.text_fields names it) and put
        the cursor there; False when the field is not on screen (a theory version)."""
        from ui.editors.fields import PromptedField

        widget: QWidget | None = self.header.title if field == "title" else None
        if widget is None:
            found = getattr(self, field, None) or getattr(self, f"{field}_field", None)
            widget = found.edit if isinstance(found, PromptedField) else found
        if not isinstance(widget, (QLineEdit, QTextEdit)):
            return False
        for guard in self.guards():
            if guard.parent() is widget:
                guard.select_first()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def guards(self) -> list[IdentityGuard]:
        from ui.editors.guard import IdentityGuard

        return self.findChildren(IdentityGuard)

    def _dismiss_number(self, number: str) -> None:
        """ "Not a personal number": remembered for this entry (saved first, to have one)."""
        from journal.errors import JournalError

        saved = self.context.save_now() if self._entry.id is None else self._entry
        if saved is None or saved.id is None:
            return  # the window has said why it could not save
        try:
            dismissed = self.context.journal.dismiss_identity_number(saved.id, number)
        except JournalError as exc:
            from ui.errors import describe

            QMessageBox.warning(
                self,
                QCoreApplication.translate("IdentityGuard", "Not remembered"),
                describe(exc),
            )
            return
        self._entry = dataclasses.replace(self._entry, dismissed_numbers=dismissed)
        for guard in self.guards():
            guard.set_dismissed(dismissed)

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
