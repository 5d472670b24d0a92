"""Plain-text Markdown editing: shortcuts for emphasis, lists and headings, light highlighting."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QMimeData, QRegularExpression, Qt
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from journal import limits

_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])(\s+)(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+")


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self._italic = QTextCharFormat()
        self._italic.setFontItalic(True)
        self._marker = QTextCharFormat()
        self._marker.setForeground(muted)
        self._rules = [
            (QRegularExpression(r"\*\*[^*\n]+\*\*"), self._bold),
            (QRegularExpression(r"(?<![*\w])\*[^*\n]+\*(?!\*)"), self._italic),
            (QRegularExpression(r"(?<!\w)_[^_\n]+_(?!\w)"), self._italic),
            (QRegularExpression(r"^\s*([-*+]|\d+[.)])\s"), self._marker),
            (QRegularExpression(r"^>\s?.*$"), self._italic),
        ]

    def highlightBlock(self, text: str) -> None:
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._heading)
            return
        for pattern, fmt in self._rules:
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), fmt)


class MarkdownEdit(QPlainTextEdit):
    """A QPlainTextEdit that knows a little Markdown; undo/redo are Qt's own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._highlighter = MarkdownHighlighter(self.document(), self.palette())
        for keys, slot in (
            (QKeySequence.StandardKey.Bold, lambda: self.wrap_selection("**")),
            (QKeySequence.StandardKey.Italic, lambda: self.wrap_selection("*")),
            (QKeySequence("Ctrl+Shift+8"), self.toggle_list),
            (QKeySequence("Ctrl+1"), lambda: self.set_heading(1)),
            (QKeySequence("Ctrl+2"), lambda: self.set_heading(2)),
            (QKeySequence("Ctrl+3"), lambda: self.set_heading(3)),
            (QKeySequence("Ctrl+0"), lambda: self.set_heading(0)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text without an undo step back into the previous entry."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def wrap_selection(self, marker: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            text = cursor.selectedText()
            cursor.insertText(f"{marker}{text}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(marker)
            )
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _lines(self) -> tuple[QTextCursor, int, int]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        return cursor, first, last

    def toggle_list(self) -> None:
        cursor, first, last = self._lines()
        blocks = [self.document().findBlockByNumber(n) for n in range(first, last + 1)]
        listed = all(_LIST_ITEM.match(b.text()) for b in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            edit = QTextCursor(block)
            match = _LIST_ITEM.match(block.text())
            if listed and match:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right,
                    QTextCursor.MoveMode.KeepAnchor,
                    len(match.group(1)) + len(match.group(2)) + len(match.group(3)),
                )
                edit.insertText(match.group(1))
            elif not listed:
                edit.insertText("- ")
        cursor.endEditBlock()

    def set_heading(self, level: int) -> None:
        cursor, first, last = self._lines()
        cursor.beginEditBlock()
        for n in range(first, last + 1):
            block = self.document().findBlockByNumber(n)
            edit = QTextCursor(block)
            match = _HEADING.match(block.text())
            if match:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, match.end()
                )
            edit.insertText("#" * level + " " if level else "")
        cursor.endEditBlock()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste, unless the text would grow past what the journal keeps in one field."""
        pasted = len(source.text()) if source.hasText() else 0
        selected = len(self.textCursor().selectedText())
        after = self.document().characterCount() - 1 - selected + pasted
        if after > limits.MAX_TEXT_CHARS:
            QMessageBox.warning(
                self,
                self.tr("Too long to paste"),
                self.tr(
                    "This would make the text %1 characters long; one text holds at most %2 "
                    "(about a thousand pages). Nothing was pasted; paste a part of it."
                )
                .replace("%1", QLocale().toString(after))
                .replace("%2", QLocale().toString(limits.MAX_TEXT_CHARS)),
            )
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() and self._continue_list():
            return
        super().keyPressEvent(event)

    def _continue_list(self) -> bool:
        """Enter in a list item starts the next item; Enter on an empty item ends the list."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        match = _LIST_ITEM.match(block.text())
        if not match or cursor.positionInBlock() < len(block.text()):
            return False
        indent, marker, space, rest = match.groups()
        cursor.beginEditBlock()
        if not rest.strip():
            edit = QTextCursor(block)
            edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText("")
        else:
            if marker[:-1].isdigit():
                marker = f"{int(marker[:-1]) + 1}{marker[-1]}"
            cursor.insertText(f"\n{indent}{marker}{space}")
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True
