"""User text made safe to typeset: cleaned, escaped for reportlab, fonts chosen per run.

Nothing here changes what is stored; it only decides what is drawn. Control
characters go; Hangul, CJK and emoji runs are set in the bundled fonts that have them
(a small grey box where none has), and right-to-left runs are put in visual order.
"""

from __future__ import annotations

import re
import unicodedata

from journal.portfolio import bidi, fonts

REPLACEMENT = "\u25a1"  # "□": drawn where no bundled font has the character
GREY_BOX = f'<font color="#9aa5ab">{REPLACEMENT}</font>'

_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SKIN = "\U0001f3fb-\U0001f3ff"
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    f"\u2066-\u2069\ufe00-\ufe0f\ufeff\ufff9-\ufffb\u20e3{_SKIN}\U000e0000-\U000e007f"
    "\ud800-\udfff]"
)
_NEEDS_FONT_CHECK = re.compile("[^\x00-\u024f]")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` without control and invisible characters. An emoji sequence keeps its
    emoji (a family as its members, a flag as its two letters, in the emoji font): the
    joiners, variation selectors and skin tones no font here draws are dropped."""
    text = _NEWLINES.sub("\n", unicodedata.normalize("NFC", text))
    return _INVISIBLE.sub("", text)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, *, ordered: bool = False) -> str:
    """Paragraph markup for already cleaned text: escaped, RTL reordered (unless it is
    ``ordered`` already, a line of journal.portfolio.rtl), fonts per run."""
    if not ordered:
        text = bidi.visual(text)
    if not _NEEDS_FONT_CHECK.search(text):
        return escape(text)
    out: list[str] = []
    pos = 0
    for run in fonts.uncovered_runs().finditer(text):
        out.append(escape(text[pos : run.start()]))
        out.append(_fallback(run.group()))
        pos = run.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace(REPLACEMENT, GREY_BOX)


def _fallback(run: str) -> str:
    """Markup for characters DejaVu lacks, each in the first bundled font that has it:
    Hangul in Nanum, CJK in Droid Sans Fallback, emoji and symbols in Symbola; a grey
    box where none has it."""
    out: list[str] = []
    pending: list[str] = []
    current: str | None = None

    def flush() -> None:
        if pending and current is not None:
            out.append(f'<font name="{current}">{escape("".join(pending))}</font>')
        pending.clear()

    for ch in run:
        font = _font_for(ord(ch))
        if font != current:
            flush()
            current = font
        if font is None:
            out.append(REPLACEMENT)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def _font_for(point: int) -> str | None:
    if fonts.is_hangul(point) and point in fonts.fallback_points(fonts.HANGUL):
        return fonts.HANGUL
    if point in fonts.cjk_points():
        return fonts.CJK
    if point in fonts.fallback_points(fonts.EMOJI):
        return fonts.EMOJI
    return None


def plain(text: str, limit: int | None = None) -> str:
    """One line of cleaned text for outlines, metadata and charts, cut at ``limit``."""
    line = _SPACES.sub(" ", clean(text)).strip()
    if limit is not None and len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def drawable(text: str) -> tuple[str, bool]:
    """``text`` with undrawable characters boxed, and whether it needs the CJK font.

    For reportlab.graphics strings, which take one font per string.
    """
    if not _NEEDS_FONT_CHECK.search(text):
        return text, False
    cjk = fonts.cjk_points()
    needs_cjk = False

    def fix(m: re.Match[str]) -> str:
        nonlocal needs_cjk
        chars = []
        for ch in m.group():
            if ord(ch) in cjk:
                needs_cjk = True
                chars.append(ch)
            else:
                chars.append(REPLACEMENT)
        return "".join(chars)

    fixed = fonts.uncovered_runs().sub(fix, bidi.visual(text))
    if needs_cjk:
        fonts.register_cjk()
    return fixed, needs_cjk


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut at a word (with "…") so that it fits ``width`` on one line: a running
    header that wrapped onto a second line ran into the page's rule."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(" ·,–-") + "…"
        if stringWidth(shorter, font, size) <= width:
            return shorter
    cut = text
    while cut and stringWidth(cut + "…", font, size) > width:
        cut = cut[:-1]
    return cut + "…"
