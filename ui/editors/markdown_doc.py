"""Markdown in storage, formatted text on the screen: reading into and writing out of a
QTextDocument.

The participant sees bold as bold, a heading as a heading and a list as a list; the
journal keeps Markdown. The two directions are built to be exact inverses on what the
journal holds: ``write(read(text)) == text`` for any text (the test suite checks it with
generated text), so opening and saving an entry never rewrites what she wrote. To get
there, every marker that is hidden on the screen (``**``, ``_``, ``# ``, ``1. ``, ``> ``)
is remembered on the text it formats, and written back as it was; text she formats
in the editor gets the usual markers (``**bold**``, ``*italic*``, ``# ``, ``- ``).
Nothing typed is escaped, so text typed without formatting is stored byte for byte.

Only what the portfolio shows is formatting here: bold, italics, headings, bulleted and
numbered lists and quotes. Anything else (links, code, tables) stays visible Markdown.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

# Remembered on the text: the markers it was read with, and which span it belonged to
# (so that two spans side by side, "**a****b**", stay two).
BOLD_MARK = QTextFormat.Property.UserProperty + 1
ITALIC_MARK = QTextFormat.Property.UserProperty + 2
BOLD_SPAN = QTextFormat.Property.UserProperty + 3
ITALIC_SPAN = QTextFormat.Property.UserProperty + 4
# Remembered on a block: the line prefix it was read with ("## ", "3) ", "> ").
PREFIX = QTextFormat.Property.UserProperty + 10
QUOTE = QTextFormat.Property.UserProperty + 11

HEADING_SIZES = {1: 2, 2: 1}  # FontSizeAdjustment by level; deeper levels: 0 (bold)
QUOTE_MARGIN = 18.0
QUOTE_SHADE = QColor(128, 128, 128, 48)

_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.*)$")
_BULLET = re.compile(r"^([-*+][ \t]+)(.*)$")
_ORDERED = re.compile(r"^((\d{1,9})[.)][ \t]+)(.*)$")
_QUOTE = re.compile(r"^(>[ \t]?)(.*)$")
_INLINE = re.compile(
    r"""
    (?P<esc>\\.)
  | \*\*\*(?=[^\s*])(?P<t3>.+?)(?<=[^\s*\\])\*\*\*(?!\*)
  | (?P<m2>\*\*|__)(?=[^\s*_])(?P<t2>.+?)(?<=[^\s\\])(?P=m2)
  | \*(?=[^\s*])(?P<t1>.+?)(?<=[^\s*\\])\*(?!\*)
  | (?<![\w\\])_(?=[^\s_])(?P<tu>[^_]+?)(?<=[^\s\\])_(?!\w)
    """,
    re.VERBOSE,
)
# A line that is only a marker and a space (typed at the start of a line). Checked on
# every space typed, so in plain Python: building text formats there (as _line_format
# does) cost references to None on PySide6 6.11 (tests/ui/test_long_session.py).
_MARKERS = (
    ("bullet", re.compile(r"[-*+] ")),
    ("ordered", re.compile(r"\d{1,9}[.)] ")),
    ("heading", re.compile(r"#{1,6} ")),
    ("quote", re.compile(r"> ")),
)
# Whether a text has anything read as formatting (else it is loaded as plain text).
_ANY_MARKUP = re.compile(r"[*_]|^(?:#|>|[-+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)

BOLD = QFont.Weight.Bold.value


def has_markup(text: str) -> bool:
    """Whether ``text`` has anything that is read as formatting."""
    return _ANY_MARKUP.search(text) is not None


def marker_kind(line: str) -> str | None:
    """What a line that is only a marker and a space starts ("- ", "1. ", "## ", "> "):
    "bullet", "ordered", "heading" or "quote"; None for anything else."""
    for kind, pattern in _MARKERS:
        if pattern.fullmatch(line):
            return kind
    return None


# -- reading ---------------------------------------------------------------------------


def read(document: QTextDocument, text: str) -> None:
    """Replace the content of ``document`` with ``text`` (Markdown), formatted."""
    document.clear()
    if not has_markup(text):
        document.setPlainText(text)
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    spans = itertools.count(1)  # numbers for the spans read from this text
    current: QTextList | None = None
    current_kind = ""
    for n, line in enumerate(text.split("\n")):
        block_format, char_format, kind, content, number = _line_format(line)
        if n == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        if kind in ("bullet", "ordered"):
            if current is not None and current_kind == kind:
                current.add(cursor.block())
            else:
                list_format = QTextListFormat()
                if kind == "bullet":
                    list_format.setStyle(QTextListFormat.Style.ListDisc)
                else:
                    list_format.setStyle(QTextListFormat.Style.ListDecimal)
                    list_format.setStart(number)
                current = cursor.createList(list_format)
                current_kind = kind
        else:
            current = None
            current_kind = ""
        _insert_inline(cursor, content, char_format, spans)
        if kind or "*" in content or "_" in content:
            block = cursor.block()
            if _prefix(block) + _inline(block) != line:
                _as_typed(cursor, line)  # markers that do not read back: shown as they are
                current = None
                current_kind = ""
    cursor.endEditBlock()


def _as_typed(cursor: QTextCursor, line: str) -> None:
    """Make the cursor's block plain text holding ``line`` exactly."""
    block = cursor.block()
    if (text_list := block.textList()) is not None:
        text_list.remove(block)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.setBlockFormat(QTextBlockFormat())
    cursor.setBlockCharFormat(QTextCharFormat())
    cursor.insertText(line, QTextCharFormat())


def _line_format(line: str) -> tuple[QTextBlockFormat, QTextCharFormat, str, str, int]:
    block = QTextBlockFormat()
    chars = QTextCharFormat()
    if match := _HEADING.match(line):
        prefix, content = match.groups()
        level = len(prefix.rstrip())
        block.setHeadingLevel(level)
        block.setProperty(PREFIX, prefix)
        heading_chars(chars, level)
        return block, chars, "heading", content, 0
    if match := _BULLET.match(line):
        block.setProperty(PREFIX, match.group(1))
        return block, chars, "bullet", match.group(2), 0
    if match := _ORDERED.match(line):
        block.setProperty(PREFIX, match.group(1))
        return block, chars, "ordered", match.group(3), int(match.group(2))
    if match := _QUOTE.match(line):
        block.setProperty(PREFIX, match.group(1))
        quote_block(block)
        return block, chars, "quote", match.group(2), 0
    return block, chars, "", line, 0


def heading_chars(chars: QTextCharFormat, level: int) -> None:
    chars.setFontWeight(BOLD)
    chars.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES.get(level, 0))


def quote_block(block: QTextBlockFormat) -> None:
    block.setProperty(QUOTE, True)
    block.setLeftMargin(QUOTE_MARGIN)
    block.setBackground(QUOTE_SHADE)  # grey over light and dark themes alike


def _insert_inline(
    cursor: QTextCursor, text: str, base: QTextCharFormat, spans: Iterator[int]
) -> None:
    at = 0
    for match in _INLINE.finditer(text):
        if match.start() > at:
            cursor.insertText(text[at : match.start()], base)
        at = match.end()
        if match.group("esc") is not None:
            cursor.insertText(match.group("esc"), base)  # kept as typed, backslash too
            continue
        inner = QTextCharFormat(base)
        if match.group("t3") is not None:
            _bold(inner, "**", next(spans))
            _italic(inner, "*", next(spans))
            content = match.group("t3")
        elif match.group("t2") is not None:
            _bold(inner, match.group("m2"), next(spans))
            content = match.group("t2")
        elif match.group("t1") is not None:
            _italic(inner, "*", next(spans))
            content = match.group("t1")
        else:
            _italic(inner, "_", next(spans))
            content = match.group("tu")
        _insert_inline(cursor, content, inner, spans)
    if at < len(text):
        cursor.insertText(text[at:], base)


def _bold(chars: QTextCharFormat, mark: str, span: int) -> None:
    chars.setFontWeight(BOLD)
    chars.setProperty(BOLD_MARK, mark)
    chars.setProperty(BOLD_SPAN, span)


def _italic(chars: QTextCharFormat, mark: str, span: int) -> None:
    chars.setFontItalic(True)
    chars.setProperty(ITALIC_MARK, mark)
    chars.setProperty(ITALIC_SPAN, span)


# -- writing ---------------------------------------------------------------------------


@dataclass
class _Run:
    """A piece of a block's text and the emphasis on it: (mark, span) or None."""

    text: str
    bold: tuple[str, int] | None
    italic: tuple[str, int] | None


def write(document: QTextDocument) -> str:
    """The Markdown of ``document``."""
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        lines.append(_prefix(block) + _inline(block))
        block = block.next()
    return "\n".join(lines)


def _prefix(block: QTextBlock) -> str:
    fmt = block.blockFormat()
    stored = fmt.property(PREFIX)
    stored = stored if isinstance(stored, str) else ""
    text_list = block.textList()
    if text_list is not None:
        ordered = text_list.format().style() in (
            QTextListFormat.Style.ListDecimal,
            QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha,
            QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman,
        )
        if ordered:
            if _ORDERED.match(stored):
                return stored
            return f"{text_list.format().start() + text_list.itemNumber(block)}. "
        return stored if _BULLET.match(stored) else "- "
    level = fmt.headingLevel()
    if level:
        return (
            stored
            if _HEADING.match(stored) and len(stored.rstrip()) == level
            else ("#" * level + " ")
        )
    if fmt.property(QUOTE):
        return stored if stored.startswith(">") else "> "
    return ""


def _inline(block: QTextBlock) -> str:
    text = block.text()
    pieces = block.textFormats()
    if len(pieces) <= 1 and not _emphasised(pieces[0].format if pieces else None, block):
        return text
    units = text.encode("utf-16-le")  # Qt's positions count UTF-16 units, not characters
    heading = block.blockFormat().headingLevel() > 0
    runs: list[_Run] = []
    for piece in pieces:
        fmt = piece.format
        bold = None
        if fmt.fontWeight() >= BOLD and not heading:
            bold = (_mark(fmt, BOLD_MARK, "**"), _span(fmt, BOLD_SPAN))
        italic = None
        if fmt.fontItalic():
            italic = (_mark(fmt, ITALIC_MARK, "*"), _span(fmt, ITALIC_SPAN))
        piece_text = units[2 * piece.start : 2 * (piece.start + piece.length)].decode("utf-16-le")
        runs.append(_Run(piece_text, bold, italic))
    if not any(run.bold or run.italic for run in runs):
        return text
    return _emphasis(_trimmed(runs))


def _emphasised(fmt: QTextCharFormat | None, block: QTextBlock) -> bool:
    if fmt is None:
        return False
    bold = fmt.fontWeight() >= BOLD and block.blockFormat().headingLevel() == 0
    return bold or fmt.fontItalic()


def _mark(fmt: QTextCharFormat, prop: int, default: str) -> str:
    mark = fmt.property(prop)
    return mark if isinstance(mark, str) and mark else default


def _span(fmt: QTextCharFormat, prop: int) -> int:
    span = fmt.property(prop)
    return span if isinstance(span, int) else 0  # 0: formatted here, no span of its own


def _same(a: tuple[str, int] | None, b: tuple[str, int] | None) -> bool:
    """Whether two neighbouring pieces belong to one emphasis (spans read apart stay apart)."""
    if a is None or b is None:
        return a is b
    return a[1] == b[1] or not a[1] or not b[1]


def _trimmed(runs: list[_Run]) -> list[_Run]:
    """Move spaces at the edges of an emphasis outside it ("**word **" is not bold).

    Works on whole pieces (a block has a handful), splitting a piece only where an
    emphasis begins or ends with a space."""
    out = _merged(runs)
    for layer in ("bold", "italic"):
        n = 0
        while n < len(out):
            key = _key(out[n], layer)
            if key is None:
                n += 1
                continue
            text = out[n].text
            if not text.strip():  # only spaces where it begins: not emphasised
                _drop(out[n], layer)
                n += 1
                continue
            if text[0].isspace():
                out[n : n + 1] = _split(out[n], len(text) - len(text.lstrip()), layer, True)
                n += 1
            end = n
            while end + 1 < len(out) and _same(_key(out[end + 1], layer), key):
                end += 1
            while end > n and not out[end].text.strip():
                _drop(out[end], layer)
                end -= 1
            text = out[end].text
            if text[-1].isspace():
                out[end : end + 1] = _split(out[end], len(text.rstrip()), layer, False)
            n = end + 1
    return _merged(out)


def _drop(run: _Run, layer: str) -> None:
    if layer == "bold":
        run.bold = None
    else:
        run.italic = None


def _key(run: _Run, layer: str) -> tuple[str, int] | None:
    return run.bold if layer == "bold" else run.italic


def _split(run: _Run, at: int, layer: str, space_first: bool) -> list[_Run]:
    """``run`` cut at ``at``; the part that is spaces (first or last) loses ``layer``."""
    head = _Run(run.text[:at], run.bold, run.italic)
    tail = _Run(run.text[at:], run.bold, run.italic)
    _drop(head if space_first else tail, layer)
    return [head, tail]


def _merged(runs: list[_Run]) -> list[_Run]:
    out: list[_Run] = []
    for run in runs:
        if out and _same(out[-1].bold, run.bold) and _same(out[-1].italic, run.italic):
            out[-1] = _Run(out[-1].text + run.text, out[-1].bold, out[-1].italic)
        else:
            out.append(_Run(run.text, run.bold, run.italic))
    return out


def _emphasis(runs: list[_Run]) -> str:
    """The runs with their markers, nested properly (the longer emphasis outside)."""
    out: list[str] = []
    stack: list[tuple[str, tuple[str, int]]] = []  # ("bold" | "italic", key), outermost first

    def key_of(run: _Run, layer: str) -> tuple[str, int] | None:
        return run.bold if layer == "bold" else run.italic

    def reach(i: int, layer: str) -> int:
        key = key_of(runs[i], layer)
        j = i
        while j + 1 < len(runs) and _same(key_of(runs[j + 1], layer), key):
            j += 1
        return j

    for i, run in enumerate(runs):
        # Close what ends here, and everything opened inside it.
        for depth, (layer, key) in enumerate(stack):
            if not _same(key_of(run, layer), key):
                for _, closing in reversed(stack[depth:]):
                    out.append(closing[0])
                del stack[depth:]
                break
        opening = [
            layer
            for layer in ("bold", "italic")
            if key_of(run, layer) is not None and all(open_ != layer for open_, _ in stack)
        ]
        opening.sort(key=lambda layer: -reach(i, layer))  # the longer one outside
        for layer in opening:
            opened = key_of(run, layer)
            assert opened is not None
            stack.append((layer, opened))
            out.append(opened[0])
        out.append(run.text)
    for _, key in reversed(stack):
        out.append(key[0])
    return "".join(out)
