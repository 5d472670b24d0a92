"""Right-to-left paragraphs (Hebrew, Arabic) laid out line by line.

reportlab breaks lines in the order the text is given and draws each line left to
right. A right-to-left paragraph is therefore broken into lines here, in logical order,
at the width the layout offers; each line is then put in visual order by the Unicode
bidirectional algorithm (python-bidi, UAX #9), Arabic letters take their joined forms,
and the paragraph is set flush right. Line 1 is the paragraph's beginning, and its
final full stop stands at the left end of the last line, where a reader expects it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from journal.portfolio.bidi import MIRROR, shape_arabic

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_STRONG_RTL = frozenset({"R", "AL"})
FIT = 0.98  # a line is filled to this share of the width: other fonts' glyphs differ a little


def is_rtl(text: str) -> bool:
    """Whether ``text`` is right to left: its first letter with a direction is."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def visual_line(line: str) -> str:
    """One line of a right-to-left paragraph in the order it is seen."""
    from bidi import get_display

    shown = get_display(shape_arabic(line), base_dir="R")
    return _mirror(shown)


def _mirror(shown: str) -> str:
    """Brackets between right-to-left text face the other way (UAX #9, rule L4): "(" is
    drawn as ")" unless both neighbouring letters are left to right."""
    out = list(shown)
    for i, ch in enumerate(shown):
        if ch not in "()[]{}<>«»":
            continue
        if not (_strong(shown, i, -1) == "L" and _strong(shown, i, +1) == "L"):
            out[i] = ch.translate(MIRROR)
    return "".join(out)


def _strong(text: str, i: int, step: int) -> str:
    i += step
    while 0 <= i < len(text):
        kind = unicodedata.bidirectional(text[i])
        if kind in _STRONG_RTL:
            return "R"
        if kind == "L":
            return "L"
        i += step
    return "R"  # the paragraph's own direction


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` in lines (logical order) that fit ``width``; its own line breaks kept,
    a word longer than a line on a line of its own."""
    lines: list[str] = []
    room = width * FIT
    space = stringWidth(" ", font, size)
    for hard in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in hard.split():
            # Letters join within a word, never across a space: a line is as wide as
            # its words (each in its joined forms) and the spaces between them.
            wide = stringWidth(shape_arabic(word) if _ARABIC.search(word) else word, font, size)
            if current and used + space + wide > room:
                lines.append(" ".join(current))
                current, used = [word], wide
            else:
                used += (space if current else 0.0) + wide
                current.append(word)
        lines.append(" ".join(current))
    return lines


class RtlParagraph(Paragraph):  # type: ignore[misc]
    """A right-to-left paragraph, broken into lines for the width it is given."""

    def __init__(self, logical: str | None, style: ParagraphStyle, **split: Any) -> None:
        self._laid_for: float | None = None
        self._logical = logical
        if split:  # a piece made by Paragraph.split: its lines are laid out already
            self._logical = None
            super().__init__(logical, style, **split)
            return
        right = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(self._markup([logical or ""]), right)

    @staticmethod
    def _markup(lines: list[str]) -> str:
        from journal.portfolio.text import markup

        return "<br/>".join(markup(visual_line(line), ordered=True) for line in lines)

    def wrap(self, availWidth: float, availHeight: float) -> Any:
        style = self.style
        width = availWidth - style.leftIndent - style.rightIndent
        if self._logical is not None and width != self._laid_for:
            lines = break_lines(self._logical, width, style.fontName, style.fontSize)
            Paragraph.__init__(self, self._markup(lines), style)
            self._laid_for = width
        return super().wrap(availWidth, availHeight)
