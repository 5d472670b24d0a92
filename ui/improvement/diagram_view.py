"""The driver diagram drawn as it is read: the aim at the left, primary drivers, secondary
drivers and change ideas in columns, joined by lines (the layout is the portfolio's)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal.improvement.layout import DiagramLayout, layout
from journal.improvement.model import Initiative

GAP = 18
PAD = 5
HEAD = 20


class DriverDiagramView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.initiative: Initiative | None = None
        self.placed: DiagramLayout | None = None
        self.heads = (
            self.tr("Aim"),
            self.tr("Primary drivers"),
            self.tr("Secondary drivers"),
            self.tr("Change ideas"),
        )

    def _column_width(self) -> float:
        return max(90.0, (self.width() - 3 * GAP - 2) / 4)

    def show_initiative(self, initiative: Initiative | None) -> None:
        self.initiative = initiative
        self._relayout()

    def _relayout(self) -> None:
        if self.initiative is None:
            self.placed = None
            self.setFixedHeight(HEAD)
            self.update()
            return
        metrics = self.fontMetrics()
        width = self._column_width() - 2 * PAD

        def wrap(text: str) -> list[str]:
            lines: list[str] = []
            line = ""
            for word in text.split():
                trial = f"{line} {word}".strip()
                if line and metrics.horizontalAdvance(trial) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            return [*lines, line] if line else lines

        self.placed = layout(self.initiative, wrap, metrics.lineSpacing(), PAD)
        self.setFixedHeight(int(self.placed.height + HEAD + 4))
        self.setAccessibleDescription(
            self.tr("%n drivers and change ideas", "", len(self.initiative.drivers))
        )
        self.update()

    def resizeEvent(self, event: object) -> None:
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(640, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        muted = palette.color(palette.ColorRole.PlaceholderText)
        accent = palette.color(palette.ColorRole.Highlight)
        base = palette.color(palette.ColorRole.Base)
        tint = palette.color(palette.ColorRole.AlternateBase)
        width = self._column_width()
        painter.setPen(muted)
        for column, head in enumerate(self.heads):
            painter.drawText(QPointF(column * (width + GAP), 13), head)
        placed = self.placed
        if placed is None:
            return
        spacing = self.fontMetrics().lineSpacing()
        painter.setPen(QPen(muted, 1))
        for parent_uid, child_uid in placed.links:
            parent, child = placed.boxes[parent_uid], placed.boxes[child_uid]
            px = parent.column * (width + GAP) + width
            cx = child.column * (width + GAP)
            py, cy = HEAD + parent.middle, HEAD + child.middle
            elbow = px + (cx - px) / 2
            for a, b in (
                ((px, py), (elbow, py)),
                ((elbow, py), (elbow, cy)),
                ((elbow, cy), (cx, cy)),
            ):
                painter.drawLine(QPointF(*a), QPointF(*b))
        for box in placed.boxes.values():
            rect = QRectF(box.column * (width + GAP), HEAD + box.top, width, box.height)
            painter.setPen(QPen(accent, 1))
            painter.setBrush(tint if box.uid is None or box.change_idea else base)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(ink)
            for n, line in enumerate(box.lines):
                painter.drawText(
                    QRectF(rect.left() + PAD, rect.top() + PAD + n * spacing, width - 2 * PAD,
                           spacing),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    line,
                )  # fmt: skip
