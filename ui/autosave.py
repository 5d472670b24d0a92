"""Autosave: no save button. A second after typing stops, on switching entries, on close."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from journal.domain import Entry
from journal.errors import JournalDamagedError, JournalError
from journal.store import Journal
from ui.editors.base import EntryEditor
from ui.errors import describe
from ui.widgets.save_indicator import SaveIndicator

IDLE_MS = 1000
# Once saves have settled this long, the write-ahead log is folded into the journal
# file: a copy of that one file then holds every save.
SETTLE_MS = 2000


class Autosaver(QObject):
    """Saves the editor's entry when the participant pauses; a failure keeps the text."""

    saved = Signal(object)  # the stored Entry
    damaged = Signal(object)  # the JournalDamagedError a save met

    def __init__(
        self,
        journal: Journal,
        indicator: SaveIndicator,
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._indicator = indicator
        self._editor: EntryEditor | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.flush)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.settle)
        self.last_error: str | None = None

    @property
    def dirty(self) -> bool:
        return self._dirty

    def watches(self, editor: EntryEditor | None) -> bool:
        """Whether ``editor`` is the one followed (an entry in the Trash is not)."""
        return editor is not None and editor is self._editor

    def watch(self, editor: EntryEditor | None) -> None:
        """Follow ``editor`` (which shows a saved entry); stop following the previous one."""
        if self._editor is not None:
            self._editor.changed.disconnect(self._changed)
        self._editor = editor
        self._dirty = False
        self._timer.stop()
        if editor is not None:
            editor.changed.connect(self._changed)

    def _changed(self) -> None:
        self._dirty = True
        self._indicator.pending()
        self._timer.start()
        self._settle.stop()

    def settle(self) -> bool:
        """Fold the saves into the journal file (a checkpoint); False if not now."""
        self._settle.stop()
        if self._dirty:
            return False
        return self._journal.checkpoint()

    def flush(self) -> Entry | None:
        """Save now if anything changed. Returns the stored entry, or None when it failed.

        With nothing to save, returns the editor's entry as it is.
        """
        self._timer.stop()
        editor = self._editor
        if editor is None:
            return None
        if not self._dirty:
            return editor.entry()
        self._indicator.saving()
        try:
            stored = self._journal.save(editor.entry())
        except JournalError as exc:
            self.last_error = describe(exc)  # translated, with the library's words
            self._indicator.failed(str(exc), self.last_error)
            if isinstance(exc, JournalDamagedError):
                self.damaged.emit(exc)  # the text stays in the editor; no retry
            else:
                self._timer.start(max(self._timer.interval(), 5000))  # try again a little later
            return None
        self._dirty = False
        self.last_error = None
        editor.mark_saved(stored)
        self._indicator.saved()
        self.saved.emit(stored)
        self._settle.start()
        return stored
