"""A run chart in the app: the values joined in time order, the median dashed, the points
a run-chart rule marks in their own colour, the marked PDSA cycles as dotted lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal.improvement.model import Indicator, PdsaCycle
from journal.improvement.runchart import RunChart, analyse, axes
from ui.dates import short_date

SIGNAL = QColor("#b5522b")


class RunChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.indicator: Indicator | None = None
        self.cycles: list[PdsaCycle] = []
        self.chart: RunChart = analyse([])

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def show_indicator(self, indicator: Indicator | None, cycles: list[PdsaCycle]) -> None:
        """Draw ``indicator`` (the rules run once here, not on every paint)."""
        self.indicator = indicator
        self.cycles = [c for c in cycles if indicator and c.uid in indicator.cycles_marked]
        self.chart = analyse(indicator.values() if indicator else [])
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for a screen reader and the tooltip."""
        if self.indicator is None or not self.indicator.measurements:
            return self.tr("No measurements yet.")
        names = {
            "shift": self.tr("a shift"),
            "trend": self.tr("a trend"),
            "few_runs": self.tr("too few runs"),
            "many_runs": self.tr("too many runs"),
            "astronomical": self.tr("an astronomical point"),
        }
        fired = [names[r] for r in dict.fromkeys(s.rule for s in self.chart.signals)]
        median = f"{self.chart.median:g}" if self.chart.median is not None else "–"
        text = self.tr("%n measurements, median %1", "", len(self.indicator.measurements))
        text = text.replace("%1", median)
        return f"{text}: {', '.join(fired) if fired else self.tr('no non-random pattern')}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        muted = palette.color(palette.ColorRole.PlaceholderText)
        accent = palette.color(palette.ColorRole.Highlight)
        indicator = self.indicator
        area = QRectF(self.rect()).adjusted(44, 18, -12, -24)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        if indicator is None or not indicator.measurements:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.describe())
            return
        points = indicator.measurements
        scale = axes([(m.day, m.value) for m in points])

        def x_of(day: date) -> float:
            return area.left() + scale.x(day) * area.width()

        def y_of(value: float) -> float:
            return area.bottom() - scale.y(value) * area.height()

        painter.setPen(QPen(muted, 1))
        for value in (scale.smallest, scale.largest):
            painter.drawText(
                QRectF(0, y_of(value) - 8, area.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
        for cycle in self.cycles:
            if cycle.starts_on is None or not 0 <= scale.x(cycle.starts_on) <= 1:
                continue
            x = x_of(cycle.starts_on)
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.drawText(QPointF(x + 3, area.top() - 4), cycle.title[:30])
        if self.chart.median is not None:
            y = y_of(self.chart.median)
            painter.setPen(QPen(accent, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        spots = [QPointF(x_of(m.day), y_of(m.value)) for m in points]
        painter.setPen(QPen(ink, 1.4))
        painter.drawPolyline(QPolygonF(spots))
        marked = {n for signal in self.chart.signals for n in signal.points}
        radius = 3.0 if len(points) <= 60 else 2.0
        painter.setPen(Qt.PenStyle.NoPen)
        for n, point in enumerate(spots):
            painter.setBrush(SIGNAL if n in marked else ink)
            painter.drawEllipse(point, radius, radius)
        painter.setPen(QPen(muted, 1))
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 18),
            Qt.AlignmentFlag.AlignLeft,
            short_date(points[0].day),
        )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 18),
            Qt.AlignmentFlag.AlignRight,
            short_date(points[-1].day),
        )
