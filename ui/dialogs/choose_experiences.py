"""Choose the experiences an A–R–L entry is worked up from: several, when a learning is
generalised across them (review 2.7: "vinna sina erfarenheter")."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.domain import EntryFilter, EntryKind
from journal.store import Journal
from ui.dates import to_qdate

UidRole = Qt.ItemDataRole.UserRole + 1


class ChooseExperiencesDialog(QDialog):
    def __init__(
        self, journal: Journal, chosen: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Worked up from"))
        self.resize(560, 520)
        self._order = list(chosen)
        intro = QLabel(
            self.tr(
                "Tick the experiences this entry works up: what they have in common is the "
                "material for your reflection and learning."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title"))
        self.filter.setAccessibleName(self.tr("Filter the experiences"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Experiences"))
        for summary in journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.EXPERIENCE}))):
            day = QLocale().toString(to_qdate(summary.occurred_on), QLocale.FormatType.ShortFormat)
            name = summary.title or summary.preview or self.tr("(untitled)")
            item = QListWidgetItem(f"{day}  {name}")
            item.setData(UidRole, summary.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if summary.uid in chosen else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> tuple[str, ...]:
        """The ticked experiences: those chosen before in their order, then the new ones
        newest first (an experience deleted since keeps its place only if ticked here)."""
        ticked = [
            str(self.list.item(row).data(UidRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        kept = [uid for uid in self._order if uid in ticked]
        return tuple(kept + [uid for uid in ticked if uid not in kept])
