"""A new study trip: where to, and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from journal.domain import Trip
from ui.dates import to_date, to_qdate


class NewTripDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New study trip"))
        self.destination = QLineEdit()
        self.destination.setAccessibleName(self.tr("Destination"))
        today = to_qdate(date.today())
        self.starts_on = QDateEdit(today)
        self.starts_on.setCalendarPopup(True)
        self.ends_on = QDateEdit(today)
        self.ends_on.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Destination:"), self.destination)
        form.addRow(self.tr("&From:"), self.starts_on)
        form.addRow(self.tr("&To:"), self.ends_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.destination.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))

    def trip(self) -> Trip:
        start = to_date(self.starts_on.date())
        return Trip(
            destination=self.destination.text().strip(),
            starts_on=start,
            ends_on=max(start, to_date(self.ends_on.date())),
        )
