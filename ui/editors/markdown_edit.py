"""The text field of every entry: formatted text on the screen, Markdown in the journal.

Bold, italics, headings, lists and quotes show as such (no asterisks); their keys are
those of a word processor, and the window's formatting bar calls the same methods.
Paste from Word, Outlook or a web page keeps bold, italics, headings and lists and drops
the rest. :mod:`ui.editors.markdown_doc` reads and writes the Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget

from journal import limits
from ui.editors import markdown_doc as md
from ui.editors.formats import FORMATS, HEADING_KEYS

_BOLD = md.BOLD
_NORMAL = QFont.Weight.Normal.value


class MarkdownEdit(QTextEdit):
    """A text field that formats as it is written and keeps Markdown."""

    format_changed = Signal()  # the formatting under the cursor changed (for the bar)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(6)
        commands: list[tuple[str, Callable[[], None]]] = [
            (keys, getattr(self, method)) for keys, method in FORMATS.values()
        ]
        commands += [
            (keys, partial(self.set_heading, level)) for keys, level in HEADING_KEYS.items()
        ]
        for sequence, command in commands:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(command)
        self.cursorPositionChanged.connect(self.format_changed)
        from ui.editors.guard import IdentityGuard  # with the first editor

        self.guard = IdentityGuard(self)  # personal identity numbers, underlined

    # -- the text --------------------------------------------------------------------
    def text(self) -> str:
        """The Markdown of what is written."""
        return md.write(self.document())

    def set_text(self, text: str) -> None:
        """Show ``text`` (Markdown) formatted, without an undo step into the previous one."""
        self.blockSignals(True)  # one textChanged, as setPlainText gives
        try:
            md.read(self.document(), text)
        finally:
            self.blockSignals(False)
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.textChanged.emit()

    # -- what is under the cursor ------------------------------------------------------
    def is_bold(self) -> bool:
        cursor = self.textCursor()
        return cursor.charFormat().fontWeight() >= _BOLD and not cursor.blockFormat().headingLevel()

    def is_italic(self) -> bool:
        return self.textCursor().charFormat().fontItalic()

    def heading_level(self) -> int:
        return self.textCursor().blockFormat().headingLevel()

    def list_style(self) -> QTextListFormat.Style | None:
        text_list = self.textCursor().currentList()
        return None if text_list is None else text_list.format().style()

    def is_quote(self) -> bool:
        return bool(self.textCursor().blockFormat().property(md.QUOTE))

    # -- formatting --------------------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = not self.is_bold()
        fmt = QTextCharFormat()
        fmt.setFontWeight(_BOLD if bold else _NORMAL)
        fmt.setProperty(md.BOLD_MARK, "**")
        fmt.setProperty(md.BOLD_SPAN, 0)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.is_italic())
        fmt.setProperty(md.ITALIC_MARK, "*")
        fmt.setProperty(md.ITALIC_SPAN, 0)
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            if not _inside_word(cursor):  # for what is typed next, as in Word
                self.mergeCurrentCharFormat(fmt)
                self.format_changed.emit()
                return
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)
        self.format_changed.emit()

    def set_heading(self, level: int) -> None:
        """Make the paragraphs under the cursor a heading of ``level`` (0: body text)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block_cursor in self._block_cursors(cursor):
            block = QTextBlockFormat(block_cursor.blockFormat())
            if block_cursor.currentList() is not None and level:
                block_cursor.currentList().remove(block_cursor.block())
                block.setIndent(0)
            block.setHeadingLevel(level)
            block.clearProperty(md.PREFIX)
            block_cursor.setBlockFormat(block)
            chars = QTextCharFormat()
            if level:
                md.heading_chars(chars, level)
            else:
                chars.setFontWeight(_NORMAL)
                chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            block_cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            block_cursor.mergeBlockCharFormat(chars)
            whole = QTextCursor(block_cursor.block())
            whole.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            whole.mergeCharFormat(chars)
        cursor.endEditBlock()
        self.format_changed.emit()

    def toggle_heading(self) -> None:
        """A heading (level 2) for body text; body text for a heading."""
        self.set_heading(0 if self.heading_level() else 2)

    def toggle_bullets(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDisc)

    def toggle_numbers(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDecimal)

    def _toggle_list(self, style: QTextListFormat.Style, *, start: int = 1) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            for block_cursor in self._block_cursors(cursor):
                if (text_list := block_cursor.currentList()) is not None:
                    text_list.remove(block_cursor.block())
                plain = QTextBlockFormat(block_cursor.blockFormat())
                plain.setIndent(0)
                plain.clearProperty(md.PREFIX)
                block_cursor.setBlockFormat(plain)
        else:
            if self.heading_level():
                self.set_heading(0)
            list_format = QTextListFormat()
            list_format.setStyle(style)
            list_format.setStart(start)
            for block_cursor in self._block_cursors(cursor):
                plain = QTextBlockFormat(block_cursor.blockFormat())
                plain.clearProperty(md.PREFIX)
                plain.clearProperty(md.QUOTE)
                plain.clearBackground()
                plain.setLeftMargin(0)
                block_cursor.setBlockFormat(plain)
            cursor.createList(list_format)
        cursor.endEditBlock()
        self.format_changed.emit()

    def toggle_quote(self) -> None:
        quote = not self.is_quote()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block_cursor in self._block_cursors(cursor):
            if quote and (text_list := block_cursor.currentList()) is not None:
                text_list.remove(block_cursor.block())
            block = QTextBlockFormat(block_cursor.blockFormat())
            block.clearProperty(md.PREFIX)
            block.setIndent(0)
            if quote:
                block.setHeadingLevel(0)
                md.quote_block(block)
            else:
                block.clearProperty(md.QUOTE)
                block.clearBackground()
                block.setLeftMargin(0)
            block_cursor.setBlockFormat(block)
        cursor.endEditBlock()
        self.format_changed.emit()

    def _block_cursors(self, cursor: QTextCursor) -> list[QTextCursor]:
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        out = []
        block = first
        while block.isValid():
            out.append(QTextCursor(block))
            if block == last:
                break
            block = block.next()
        return out

    # -- keys ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if self._end_empty_item():
                return
            heading = self.heading_level() and self.textCursor().atBlockEnd()
            super().keyPressEvent(event)
            self._fresh_block(plain=bool(heading))
            return
        if event.key() == Qt.Key.Key_Backspace and self._unformat_at_start():
            return
        if event.text() == " " and self._format_typed_marker():
            return
        super().keyPressEvent(event)

    def _format_typed_marker(self) -> bool:
        """ "- ", "1. ", "# " or "> " typed at the start of a line starts a list, a heading
        or a quote, as in a word processor; the line is stored with what was typed."""
        cursor = self.textCursor()
        block = cursor.block()
        if cursor.hasSelection() or cursor.positionInBlock() != len(block.text()):
            return False
        if block.textList() is not None or block.blockFormat().headingLevel():
            return False
        typed = block.text() + " "
        kind = md.marker_kind(typed)
        if kind is None:
            return False
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.setTextCursor(cursor)
        if kind == "bullet":
            self.toggle_bullets()
        elif kind == "ordered":
            self._toggle_list(QTextListFormat.Style.ListDecimal, start=int(typed[:-2]))
        elif kind == "quote":
            self.toggle_quote()
        else:
            self.set_heading(len(typed) - 1)
        fmt = QTextBlockFormat(self.textCursor().blockFormat())
        fmt.setProperty(md.PREFIX, typed)
        self.textCursor().setBlockFormat(fmt)
        cursor.endEditBlock()
        return True

    def _end_empty_item(self) -> bool:
        """Enter on an empty list item or quote line ends the list or the quote."""
        cursor = self.textCursor()
        if cursor.hasSelection() or cursor.block().length() > 1:
            return False
        if cursor.currentList() is not None:
            self._toggle_list(cursor.currentList().format().style())
            return True
        if self.is_quote():
            self.toggle_quote()
            return True
        return False

    def _unformat_at_start(self) -> bool:
        """Backspace at the start of a heading or quote makes it body text first."""
        cursor = self.textCursor()
        if cursor.hasSelection() or not cursor.atBlockStart():
            return False
        if self.heading_level():
            self.set_heading(0)
            return True
        if self.is_quote():
            self.toggle_quote()
            return True
        return False

    def _fresh_block(self, *, plain: bool) -> None:
        """A block made with Enter has no prefix of its own to keep (it gets the usual
        one); after a heading it is body text."""
        cursor = self.textCursor()
        block = QTextBlockFormat(cursor.blockFormat())
        block.clearProperty(md.PREFIX)
        if plain:
            block.setHeadingLevel(0)
            chars = QTextCharFormat()
            chars.setFontWeight(_NORMAL)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            cursor.setBlockCharFormat(chars)
            self.setCurrentCharFormat(chars)
        cursor.setBlockFormat(block)

    # -- pasting -----------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self.guard.tooltip_event(event, self)
        ):
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.guard.add_actions(menu, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste what the portfolio can show (bold, italics, headings, lists) and drop the
        rest; refuse a paste that would make the text longer than one field holds."""
        if source.hasHtml():
            rich = QTextDocument()
            rich.setHtml(source.html())
            markdown = md.write(rich)  # only what Markdown keeps: the rest is dropped
        else:
            markdown = source.text().replace("\r\n", "\n").replace("\r", "\n")
        selected = len(self.textCursor().selectedText())
        after = self.document().characterCount() - 1 - selected + len(markdown)
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
        if not md.has_markup(markdown):
            self.textCursor().insertText(markdown)
            self.ensureCursorVisible()
            return
        pasted = QTextDocument()
        md.read(pasted, markdown)
        cursor = self.textCursor()
        cursor.insertFragment(QTextDocumentFragment(pasted))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _inside_word(cursor: QTextCursor) -> bool:
    """Whether the cursor stands between two letters of one word."""
    text = cursor.block().text()
    at = cursor.positionInBlock()
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
