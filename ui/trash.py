"""Deleting with a way back: the undoable move to the Trash, and the bar over an entry in it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from journal import limits
from ui.dates import long_date


class MoveToTrash(QUndoCommand):
    """Moving one entry to the Trash; undo takes it out again.

    ``move`` and ``take_back`` do the work (and the window's bookkeeping); a failure in
    either is theirs to report, and leaves the command where it was.
    """

    def __init__(
        self,
        entry_id: int,
        title: str,
        move: Callable[[int], bool],
        take_back: Callable[[int], bool],
    ) -> None:
        super().__init__(QCoreApplication.translate("Trash", "Delete “%1”").replace("%1", title))
        self.entry_id = entry_id
        self._move = move
        self._take_back = take_back
        self.failed = False

    def redo(self) -> None:
        self.failed = not self._move(self.entry_id)
        self.setObsolete(self.failed)

    def undo(self) -> None:
        self.failed = not self._take_back(self.entry_id)
        self.setObsolete(self.failed)


class TrashBar(QFrame):
    """Shown above an entry that is in the Trash: when it goes, and the way back."""

    restore_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # It wraps to the editor's width and never widens the pane (the splitter stays).
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.restore = QPushButton(self.tr("&Restore"))
        self.restore.setToolTip(self.tr("Put the entry back where it was"))
        self.delete = QPushButton(self.tr("Delete &forever…"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore)
        layout.addWidget(self.delete)
        self.restore.clicked.connect(self.restore_requested)
        self.delete.clicked.connect(self.delete_requested)
        self.hide()

    def show_for(self, deleted_at: datetime) -> None:
        until = deleted_at.astimezone().date() + timedelta(days=limits.TRASH_DAYS)
        self.label.setText(
            self.tr(
                "This entry is in the Trash. It is kept until %1 and left out of search and "
                "the portfolio; restore it to write in it again."
            ).replace("%1", long_date(until))
        )
        self.show()
