"""The patient-data guard while writing: personal identity numbers are underlined as they
are typed, in every text field of every entry, with a tooltip and two actions in the
field's context menu: mask the number, or "Not a personal number" (remembered for the
entry as a salted hash, never the number). Nothing here blocks typing or autosave.

The detector is ``journal.identity_numbers``; positions are converted to Qt's UTF-16
units (an emoji before the number counts twice).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QTextEdit, QToolTip, QWidget

from journal.identity_numbers import IdHit, mask, utf16_span
from journal.patient_data import shown_hits

UNDERLINE = QColor("#d32f2f")  # readable on light and dark backgrounds


def tooltip() -> str:
    return QCoreApplication.translate(
        "IdentityGuard",
        "This looks like a personal identity number; patient data does not belong in the "
        "journal. Right-click it to mask it.",
    )


def _underline() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


@dataclass(frozen=True)
class Found:
    """A number under the mouse: its text and where it is, in Qt's positions."""

    number: str
    masked_after_date: str
    masked_whole: str
    start: int  # in the field (a document position, or a QLineEdit index)
    end: int


class _Highlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, guard: IdentityGuard) -> None:
        super().__init__(document)
        self._guard = guard
        self._format = _underline()

    def highlightBlock(self, text: str) -> None:
        for hit in self._guard.hits(text):
            start, end = utf16_span(text, hit.start, hit.end)
            self.setFormat(start, end - start, self._format)


class IdentityGuard(QObject):
    """Watches one text field: a MarkdownEdit (or any QTextEdit) or a QLineEdit."""

    dismiss_requested = Signal(str)  # the number the participant says is not one
    found_changed = Signal(bool)  # whether the field now holds a shown number

    def __init__(self, field: QTextEdit | QLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.dismissed: tuple[str, ...] = ()
        self._has_hits = False
        if isinstance(field, QTextEdit):
            # Its tooltips come through tooltip_event (MarkdownEdit.viewportEvent): PySide's
            # first viewport() call costs about 9 ms, on the way to the first paint.
            self._highlighter: _Highlighter | None = _Highlighter(field.document(), self)
        else:
            self._highlighter = None
            field.installEventFilter(self)
            field.textChanged.connect(self._line_changed)

    # -- what is found ---------------------------------------------------------------
    def hits(self, text: str) -> list[IdHit]:
        return shown_hits(text, self.dismissed)

    def set_dismissed(self, dismissed: tuple[str, ...]) -> None:
        if dismissed == self.dismissed:
            return
        self.dismissed = dismissed
        self.refresh()

    def refresh(self) -> None:
        if self._highlighter is not None:
            self._highlighter.rehighlight()
        else:
            self._line_changed(self._field.text())  # type: ignore[union-attr]

    def has_hits(self) -> bool:
        if isinstance(self._field, QLineEdit):
            return bool(self.hits(self._field.text()))
        return bool(self.hits(self._field.toPlainText()))

    def found_at(self, pos: QPoint) -> Found | None:
        """The shown number at ``pos`` (the field's viewport coordinates)."""
        field = self._field
        if isinstance(field, QLineEdit):
            text = field.text()
            at = field.cursorPositionAt(pos)
            base = 0
        else:
            cursor = field.cursorForPosition(pos)
            block = cursor.block()
            text = block.text()
            at = cursor.positionInBlock()
            base = block.position()
        for hit in self.hits(text):
            start, end = utf16_span(text, hit.start, hit.end)
            if start <= at <= end:
                number = hit.number(text)
                return Found(
                    number=number,
                    masked_after_date=mask(text, hit)[hit.start : hit.end],
                    masked_whole=mask(text, hit, whole=True)[hit.start : hit.end],
                    start=base + start,
                    end=base + end,
                )
        return None

    def select_first(self) -> bool:
        """Select the field's first shown number (the Privacy check opens it there)."""
        field = self._field
        if isinstance(field, QLineEdit):
            text = field.text()
            hits = self.hits(text)
            if not hits:
                return False
            start, end = utf16_span(text, hits[0].start, hits[0].end)
            field.setSelection(start, end - start)
            return True
        block = field.document().begin()
        while block.isValid():
            hits = self.hits(block.text())
            if hits:
                start, end = utf16_span(block.text(), hits[0].start, hits[0].end)
                cursor = QTextCursor(field.document())
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                field.setTextCursor(cursor)
                field.ensureCursorVisible()
                return True
            block = block.next()
        return False

    # -- actions ---------------------------------------------------------------------
    def add_actions(self, menu: QMenu, pos: QPoint) -> bool:
        """Put the guard's actions first in ``menu`` when a number is at ``pos``."""
        found = self.found_at(pos)
        if found is None:
            return False
        first = menu.actions()[0] if menu.actions() else None
        actions = [
            (
                QCoreApplication.translate("IdentityGuard", "Mask the last digits (%1)").replace(
                    "%1", found.masked_after_date
                ),
                lambda: self.replace(found, found.masked_after_date),
            ),
            (
                QCoreApplication.translate("IdentityGuard", "Mask the whole number"),
                lambda: self.replace(found, found.masked_whole),
            ),
            (
                QCoreApplication.translate("IdentityGuard", "Not a personal number"),
                lambda: self.dismiss_requested.emit(found.number),
            ),
        ]
        for text, slot in actions:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            if first is not None:
                menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        return True

    def replace(self, found: Found, text: str) -> None:
        """Put ``text`` where the number is: one step of the field's undo."""
        field = self._field
        if isinstance(field, QLineEdit):
            current = field.text()
            if current[found.start : found.end] != found.number:
                return
            field.setSelection(found.start, found.end - found.start)
            field.insert(text)
            return
        cursor = QTextCursor(field.document())
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != found.number:
            return
        cursor.insertText(text)

    # -- the QLineEdit's underline, tooltips and menu ---------------------------------
    def _line_changed(self, text: str) -> None:
        field = self._field
        assert isinstance(field, QLineEdit)
        hits = self.hits(text)
        # A QLineEdit draws formats only as input-method attributes; empty strings add no
        # text and no undo step (the way Qt's own completers colour parts of a line).
        here = field.cursorPosition()
        attributes = []
        for hit in hits:
            start, end = utf16_span(text, hit.start, hit.end)
            attributes.append(
                QInputMethodEvent.Attribute(
                    QInputMethodEvent.AttributeType.TextFormat,
                    start - here,
                    end - start,
                    _underline(),
                )
            )
        if attributes or self._has_hits:
            QCoreApplication.sendEvent(field, QInputMethodEvent("", attributes))
        if bool(hits) != self._has_hits:
            self._has_hits = bool(hits)
            self.found_changed.emit(self._has_hits)
        field.setToolTip(tooltip() if hits else "")

    def tooltip_event(self, event: QHelpEvent, target: QWidget) -> bool:
        """Show the guard's tooltip when the mouse rests on a number; True if it did."""
        if self.found_at(event.pos()) is not None:
            QToolTip.showText(event.globalPos(), tooltip(), target)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and isinstance(watched, QWidget)
            and self.tooltip_event(event, watched)
        ):
            return True
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and isinstance(self._field, QLineEdit)
        ):
            menu = self._field.createStandardContextMenu()
            if not self.add_actions(menu, event.pos()):
                menu.deleteLater()
                return False
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)
