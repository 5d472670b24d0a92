"""Search as you type: ranked entries with the matching words highlighted in a snippet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journal.domain import SearchHit
from journal.errors import JournalError
from journal.improvement.search import InitiativeHit
from journal.search import Snippet
from journal.store import Journal
from ui.dates import short_date
from ui.errors import explanation
from ui.models.entry_list import kind_label

HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
InitiativeRole = Qt.ItemDataRole.UserRole + 3  # an improvement initiative's uid
DELAY_MS = 120


def _runs(snippet: Snippet, highlight: str) -> str:
    return "".join(
        f'<span style="background-color:{highlight}; font-weight:bold">{escape(text)}</span>'
        if matched
        else escape(text)
        for text, matched in snippet
    )


def hit_html(hit: SearchHit, highlight: str) -> str:
    day = short_date(hit.occurred_on)
    return (
        f"<b>{escape(hit.title) or '&nbsp;'}</b><br/>"
        f"<small>{escape(day)} · {escape(kind_label(hit.kind))}</small><br/>"
        f"{_runs(hit.snippet, highlight)}"
    )


def initiative_html(hit: InitiativeHit, kind: str, highlight: str) -> str:
    return (
        f"<b>{escape(hit.title) or '&nbsp;'}</b><br/>"
        f"<small>{escape(kind)}</small><br/>{_runs(hit.snippet, highlight)}"
    )


class _HitDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HtmlRole)))
        doc.setTextWidth(max(100, option.rect.width() - 12))
        return doc

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 10)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, widget
            )
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 5)
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    """A search field over a result list; ``opened`` carries the id of the chosen entry.

    The highlighted hit is always the open entry: a hit is opened when it is chosen (a
    click, or Up and Down in the field), and after a search only the open entry's hit,
    if it is among them, is highlighted. Enter opens the chosen hit, else the best."""

    opened = Signal(int)
    initiative_opened = Signal(str)  # an improvement initiative chosen among the results

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._open_id: int | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search the journal (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Number of results"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(
            lambda item: self._open_item(item) if item.data(InitiativeRole) else None
        )
        self.results.currentItemChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.results.hide()
        self.status.hide()

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def active(self) -> bool:
        return bool(self.field.text().strip())

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.results.clear()
            self.results.hide()
            self.status.hide()

    def run_search(self) -> None:
        query = self.field.text().strip()
        self.results.blockSignals(True)  # filling the list chooses nothing
        try:
            self._fill(query)
        finally:
            self.results.blockSignals(False)
        self._highlight_open()

    def _fill(self, query: str) -> None:
        self.results.clear()
        if not query:
            return
        try:
            hits = self._journal.search(query, limit=50)
            initiatives = self._journal.search_initiatives(query)
        except JournalError as exc:
            self.status.setText(explanation(exc) or str(exc))  # not "nothing found"
            self.status.show()
            return
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        tint = highlight.lighter(170) if highlight.lightness() < 160 else highlight
        if self.palette().color(QPalette.ColorRole.Base).lightness() < 128:
            tint = highlight.darker(140)
        for hit in hits:
            item = QListWidgetItem(hit.title)
            item.setData(HitRole, hit.entry_id)
            item.setData(HtmlRole, hit_html(hit, tint.name()))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit.title)
            self.results.addItem(item)
        for found in initiatives:  # after the entries: few, and found by every word
            item = QListWidgetItem(found.title)
            item.setData(InitiativeRole, found.uid)
            kind = self.tr("Improvement work")
            item.setData(HtmlRole, initiative_html(found, kind, tint.name()))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{found.title}, {kind}")
            self.results.addItem(item)
        if hits or initiatives:
            count = len(hits) + len(initiatives)
            self.status.setText(self.tr("%n results, best first", "", count))
        else:
            self.status.setText(self.tr("Nothing found for “%1”").replace("%1", query))
        self.status.show()
        self.results.show()

    def show_open(self, entry_id: int | None) -> None:
        """The window opened ``entry_id``: highlight its hit (and no other)."""
        self._open_id = entry_id
        self._highlight_open()

    def _highlight_open(self) -> None:
        if not self.results.count():
            return  # nothing to light (and no first viewport() call, 16 ms, at start-up)
        row = next(
            (
                n
                for n in range(self.results.count())
                if self.results.item(n).data(HitRole) == self._open_id
            ),
            -1,
        )
        self.results.blockSignals(True)
        self.results.setCurrentRow(row)
        if row < 0:
            self.results.clearSelection()
        self.results.blockSignals(False)
        for n in range(self.results.count()):  # (their rows: see MainWindow._select_in_list)
            self.results.update(self.results.indexFromItem(self.results.item(n)))

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None or item.data(InitiativeRole):
            return  # an initiative opens a dialog: on Enter or a click, not on arrow keys
        if item.data(HitRole) != self._open_id:
            self._open_item(item)

    def _open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        uid = item.data(InitiativeRole)
        if uid:
            self.initiative_opened.emit(str(uid))
            return
        self.opened.emit(int(item.data(HitRole)))

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)  # opens it (_chosen)
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return False
