"""The entry list: a lazily filled model over ``Journal.list_entries`` and its delegate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journal.domain import EntryFilter, EntryKind, EntrySummary
from journal.errors import JournalError
from journal.store import Journal
from ui.dates import long_date, short_date

PAGE = 200
SummaryRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: EntryKind) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        EntryKind.EXPERIENCE: QCoreApplication.translate("Kinds", "Experience"),
        EntryKind.ARL: QCoreApplication.translate("Kinds", "Action – Reflection – Learning"),
        EntryKind.THEORY: QCoreApplication.translate("Kinds", "Leadership theory"),
        EntryKind.TRIP_NOTE: QCoreApplication.translate("Kinds", "Study-trip note"),
    }
    return labels[kind]


class EntryListModel(QAbstractListModel):
    """Summaries of the entries matching a filter, newest first, fetched a page at a time."""

    # The journal could not be read (a JournalError): the list shows what it had.
    read_failed = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._rows: list[EntrySummary] = []
        self._total = 0
        self._filled = False

    # -- filling -------------------------------------------------------------
    def set_filter(self, flt: EntryFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        try:
            self._total = self._journal.count_entries(flt)
        except JournalError as exc:
            self._total = 0
            self.read_failed.emit(exc)
        self._filled = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def is_filled(self) -> bool:
        """Whether a filter was ever set (until then the list is empty)."""
        return self._filled

    def current_filter(self) -> EntryFilter:
        return self._filter

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        try:
            more = self._journal.list_entries(self._filter, offset=len(self._rows), limit=PAGE)
        except JournalError as exc:  # Qt calls this from its event loop: never let it escape
            self._total = len(self._rows)
            self.read_failed.emit(exc)
            return
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- reading -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.name(row)
        if role == SummaryRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.name(row)}\n{kind_label(row.kind)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            text = f"{kind_label(row.kind)}, {_long_date(row)}"
            private = self.tr("private")
            return f"{text}, {private}" if row.private else text
        return None

    def name(self, row: EntrySummary) -> str:
        """The title; for an untitled entry its first words."""
        return row.title.strip() or row.preview or self.tr("(untitled)")

    def summary(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        """The row of ``entry_id`` among the rows fetched so far."""
        for n, row in enumerate(self._rows):
            if row.id == entry_id:
                return n
        return None

    # -- keeping up with edits ----------------------------------------------
    def _matches(self, summary: EntrySummary) -> bool:
        flt = self._filter
        if flt.in_trash is not None and flt.in_trash != (summary.deleted_at is not None):
            return False
        if flt.date_from is not None and summary.occurred_on < flt.date_from:
            return False
        if flt.date_to is not None and summary.occurred_on > flt.date_to:
            return False
        if flt.kinds and summary.kind not in flt.kinds:
            return False
        if not flt.include_private and summary.private:
            return False
        return not (flt.session_uid and summary.session_uid != flt.session_uid)

    def upsert(self, summary: EntrySummary) -> int | None:
        """Show a saved entry: update its row in place, or add a new one at the top.

        Returns its row. Rows are not re-sorted while the participant types (a changed
        date moves the entry the next time the list is filtered).
        """
        row = self.row_of(summary.id)
        if row is not None:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return row
        if not self._matches(summary) or self._filter.tag or self._filter.module_uid:
            return None
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, summary)
        self._total += 1
        self.endInsertRows()
        return 0

    def remove(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total -= 1
        self.endRemoveRows()


def _long_date(row: EntrySummary) -> str:
    return long_date(row.occurred_on)


class EntryDelegate(QStyledItemDelegate):
    """Two lines per entry: the title, then date · kind, and a badge on private entries."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: EntrySummary | None = index.data(SummaryRole)
        if row is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        rect = option.rect.adjusted(8, 5, -8, -5)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        badge_width = 0
        if row.private:
            badge = self.tr("Private")
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
            badge_width = QFontMetrics(small).horizontalAdvance(badge) + 12
            box = QRect(rect.right() - badge_width, rect.top() + 1, badge_width, line - 2)
            painter.setPen(palette.color(QPalette.ColorGroup.Normal, text_role))
            painter.setFont(small)
            painter.drawRoundedRect(box, 3, 3)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorGroup.Normal, text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width - 6, line)
        title = QFontMetrics(bold).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Qt.TextElideMode.ElideRight,
            title_rect.width(),
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        day = short_date(row.occurred_on)
        second = f"{day}  ·  {kind_label(row.kind)}"
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 3, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class EntryListView(QListView):
    """The entry list; when it has no rows it says what to do next (``empty_text``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        if self.isVisible():  # (the first viewport() call costs PySide 16 ms: not at start-up)
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        area = self.viewport().rect().adjusted(16, 24, -16, -16)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_text)
        painter.end()
