"""Save as new version: the change note, and the A–R–L entries whose learning changed the
leadership theory (review 2.10, 4.5: a learning linked to the theory version it changed)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.domain import EntryFilter, EntryKind
from journal.store import Journal
from ui.dates import to_qdate

RECENT = 40  # the latest A–R–L entries offered; older ones are rarely what changed it
UidRole = Qt.ItemDataRole.UserRole + 1


class NewVersionDialog(QDialog):
    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, chosen: tuple[str, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as new version"))
        self.resize(560, 520)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Change note"))
        self.note.setTabChangesFocus(True)
        note_label = QLabel(self.tr("&What changed, and why? (a short change note)"))
        note_label.setBuddy(self.note)
        self.learnings = QListWidget()
        self.learnings.setAccessibleName(self.tr("The learnings that changed it"))
        learned_label = QLabel(
            self.tr("&Which of your A–R–L entries changed it? (optional; newest first)")
        )
        learned_label.setWordWrap(True)
        learned_label.setBuddy(self.learnings)
        arl = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.ARL})), limit=RECENT)
        for summary in arl:
            day = QLocale().toString(to_qdate(summary.occurred_on), QLocale.FormatType.ShortFormat)
            name = summary.title or summary.preview or self.tr("(untitled)")
            item = QListWidgetItem(f"{day}  {name}")
            item.setData(UidRole, summary.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = summary.uid in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.learnings.addItem(item)
        learned_label.setVisible(bool(arl))
        self.learnings.setVisible(bool(arl))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(learned_label)
        layout.addWidget(self.learnings, 2)
        layout.addWidget(buttons)
        self.note.setFocus()

    def change_note(self) -> str:
        return self.note.toPlainText().strip()

    def grew_from(self) -> tuple[str, ...]:
        """The uids of the ticked A–R–L entries, in the list's order."""
        out = []
        for row in range(self.learnings.count()):
            item = self.learnings.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(UidRole)))
        return tuple(out)
