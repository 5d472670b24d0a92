"""The calendar under the navigation: days with entries in bold; a day or a month, chosen,
filters the entry list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QPushButton, QVBoxLayout, QWidget

from ui.dates import month_end, to_qdate


class EntryCalendar(QWidget):
    """``day_chosen`` carries a date; ``month_chosen`` the first day of a month.

    Made just after its room is first painted (a calendar takes about 10 ms to make and
    lay out: the window's first paint shows the lists without waiting for it); the room
    is kept from the start, so nothing moves when it comes."""

    day_chosen = Signal(object)
    month_chosen = Signal(object)

    def __init__(
        self, days: Callable[[date, date], set[date]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._days = days
        self.calendar: QCalendarWidget | None = None
        self.month_button = QPushButton(self.tr("Whole month"))
        self.month_button.setToolTip(self.tr("Show the entries of the month shown above"))
        self.month_button.clicked.connect(self._month_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.month_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumHeight(self.fontMetrics().height() * 13)
        # Never the reason the navigation widens (when it is made, or ever): a pane made
        # narrower than the calendar cuts its edge instead.
        self.setMinimumWidth(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.calendar is None:
            QTimer.singleShot(0, self, self.build)

    def build(self) -> QCalendarWidget:
        """Make the calendar now (it is made by itself just after the first show)."""
        if self.calendar is None:
            calendar = QCalendarWidget()
            calendar.setGridVisible(False)
            # "man." and "tors." do not fit a narrow pane; one letter always does.
            calendar.setHorizontalHeaderFormat(
                QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
            )
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar.setAccessibleName(self.tr("Calendar"))
            calendar.clicked.connect(lambda day: self.day_chosen.emit(day.toPython()))
            calendar.activated.connect(lambda day: self.day_chosen.emit(day.toPython()))
            calendar.currentPageChanged.connect(lambda year, month: self.mark_days())
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, calendar)
            layout.takeAt(1)  # the stretch that kept its room
            calendar.show()  # made after its parent was shown
            self.calendar = calendar
            self.mark_days()
        return self.calendar

    def mark_days(self) -> None:
        """Bold the days of the shown month that have entries."""
        calendar = self.calendar
        if calendar is None:
            return
        first = date(calendar.yearShown(), calendar.monthShown(), 1)
        last = month_end(first)
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        for day in self._days(first, last):
            calendar.setDateTextFormat(to_qdate(day), marked)

    def _month_clicked(self) -> None:
        calendar = self.build()
        self.month_chosen.emit(date(calendar.yearShown(), calendar.monthShown(), 1))
