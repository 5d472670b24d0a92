"""Privacy check: every entry whose texts look like they hold a personal identity number,
and the way to each (the list never shows a number)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.identity_numbers import mask_text
from journal.patient_data import EntryHits, check_journal
from journal.store import Journal
from ui.dates import to_qdate
from ui.models.entry_list import kind_label

HitRole = Qt.ItemDataRole.UserRole + 1


def field_label(name: str) -> str:
    """A field's name as its editor labels it (the guard's lists name fields, not numbers)."""
    labels = {
        "title": QCoreApplication.translate("PrivacyCheck", "title"),
        "body": QCoreApplication.translate("PrivacyCheck", "what happened"),
        "action": QCoreApplication.translate("PrivacyCheck", "action"),
        "reflection": QCoreApplication.translate("PrivacyCheck", "reflection"),
        "learning": QCoreApplication.translate("PrivacyCheck", "learning"),
        "next_experiment": QCoreApplication.translate("PrivacyCheck", "next experiment"),
        "theory": QCoreApplication.translate("PrivacyCheck", "theory"),
        "values": QCoreApplication.translate("PrivacyCheck", "values"),
        "goals": QCoreApplication.translate("PrivacyCheck", "goals"),
        "trip": QCoreApplication.translate("PrivacyCheck", "study trip"),
        "place": QCoreApplication.translate("PrivacyCheck", "place"),
        "culture": QCoreApplication.translate("PrivacyCheck", "culture"),
        "context": QCoreApplication.translate("PrivacyCheck", "context"),
        "communication": QCoreApplication.translate("PrivacyCheck", "communication"),
        "take_home": QCoreApplication.translate("PrivacyCheck", "what I take home"),
        "change_note": QCoreApplication.translate("PrivacyCheck", "change note"),
    }
    return labels.get(name, name)


def describe_hits(entry: EntryHits) -> str:
    """ "12 Mar 2026 · Title — reflection, title (version 2)": where, never what."""
    parts: list[str] = []
    for hit in entry.hits:
        label = field_label(hit.field)
        if hit.version is not None:
            label = (
                QCoreApplication.translate("PrivacyCheck", "%1 (version %2)")
                .replace("%1", label)
                .replace("%2", str(hit.version))
            )
        if label not in parts:
            parts.append(label)
    day = QLocale().toString(to_qdate(entry.occurred_on), QLocale.FormatType.ShortFormat)
    title = mask_text(entry.title)[0] or QCoreApplication.translate("PrivacyCheck", "(untitled)")
    return f"{day} · {kind_label(entry.kind)} · {title} — {', '.join(parts)}"


class PrivacyCheckDialog(QDialog):
    """Lists the entries with numbers; Open (or a double-click) shows one at its number."""

    open_requested = Signal(int, str)  # entry id, field name

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Privacy check"))
        self.resize(600, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries with personal identity numbers"))
        self.list.itemActivated.connect(self._open)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.refresh_button = QPushButton(self.tr("Check &again"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        found = check_journal(self._journal)
        self.list.clear()
        for entry in found:
            item = QListWidgetItem(describe_hits(entry))
            item.setData(HitRole, (entry.entry_id, entry.hits[0].field))
            self.list.addItem(item)
        if found:
            self.intro.setText(
                self.tr(
                    "These entries hold what looks like a personal identity number. Patient "
                    "data does not belong in the journal: open each, right-click the "
                    "underlined number and mask it, or mark it as not a personal number. "
                    "The portfolio masks them in any case."
                )
            )
            self.list.setCurrentRow(0)
        else:
            self.intro.setText(
                self.tr("No entry holds what looks like a personal identity number.")
            )
        self.list.setVisible(bool(found))
        self.open_button.setEnabled(bool(found))

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry_id, field = item.data(HitRole)
        self.open_requested.emit(int(entry_id), str(field))
