"""A new study trip: where to, and when; which of the programme's study-trip sessions it
is, when the programme has one (its place and dates then fill in)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from journal.domain import ProgrammeSession, SessionKind, Trip
from ui.dates import to_date, to_qdate


class NewTripDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sessions: tuple[ProgrammeSession, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New study trip"))
        self._sessions = {s.uid: s for s in sessions if s.kind == SessionKind.STUDY_TRIP}
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("The programme's study trip"))
        self.session.addItem(self.tr("None: a trip of my own"), None)
        for s in self._sessions.values():
            self.session.addItem(s.title, s.uid)
        self.destination = QLineEdit()
        self.destination.setAccessibleName(self.tr("Destination"))
        today = to_qdate(date.today())
        self.starts_on = QDateEdit(today)
        self.starts_on.setCalendarPopup(True)
        self.ends_on = QDateEdit(today)
        self.ends_on.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Programme session:"), self.session)
        form.setRowVisible(self.session, bool(self._sessions))
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
        self.session.currentIndexChanged.connect(self._session_chosen)
        if self._sessions:  # the programme's trip is the likely one
            self.session.setCurrentIndex(1)

    def _session_chosen(self, _index: int) -> None:
        """The session's place and dates, as a start (she can change them)."""
        chosen = self._sessions.get(str(self.session.currentData()))
        if chosen is None:
            return
        if chosen.location and not self.destination.text().strip():
            self.destination.setText(chosen.location)
        self.starts_on.setDate(to_qdate(chosen.starts_on))
        self.ends_on.setDate(to_qdate(chosen.ends_on or chosen.starts_on))

    def trip(self) -> Trip:
        start = to_date(self.starts_on.date())
        uid = self.session.currentData()
        return Trip(
            destination=self.destination.text().strip(),
            starts_on=start,
            ends_on=max(start, to_date(self.ends_on.date())),
            session_uid=uid if isinstance(uid, str) else None,
        )
