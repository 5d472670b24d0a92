"""The portfolio's fonts: DejaVu Sans for text, Droid Sans Fallback for CJK, from resources/.

reportlab has no per-glyph fallback, so :mod:`journal.portfolio.text` asks here which
characters each font has and wraps runs in ``<font name=...>`` itself.
"""

from __future__ import annotations

import io
import re
from functools import cache
from importlib.resources import files

SANS = "LJSans"
SANS_BOLD = "LJSans-Bold"
SANS_ITALIC = "LJSans-Oblique"
SANS_BOLD_ITALIC = "LJSans-BoldOblique"
MONO = "LJMono"
CJK = "LJCJK"
HANGUL = "LJHangul"  # Nanum Square (OFL): every Hangul syllable, 0.7 MB
EMOJI = "LJEmoji"  # Symbola ("free for any use"): monochrome emoji, symbols, flags' letters

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}
_CJK_FILE = "DroidSansFallbackFull.ttf"
_FALLBACK_FILES = {HANGUL: "NanumSquareR.ttf", EMOJI: "Symbola.ttf"}


def _load(name: str, file_name: str) -> object:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    data = (files("resources") / "fonts" / file_name).read_bytes()
    font = TTFont(name, io.BytesIO(data))
    pdfmetrics.registerFont(font)
    return font


@cache
def register() -> None:
    """Register the text fonts with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping

    from journal.portfolio.reportlab_private import valid_to_unicode

    valid_to_unicode()  # copying an emoji from the PDF gives the emoji

    for name, file_name in _FILES.items():
        _load(name, file_name)
    for bold, italic, name in (
        (0, 0, SANS),
        (1, 0, SANS_BOLD),
        (0, 1, SANS_ITALIC),
        (1, 1, SANS_BOLD_ITALIC),
    ):
        addMapping(SANS, bold, italic, name)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(MONO, bold, italic, MONO)


@cache
def register_cjk() -> None:
    """Register Droid Sans Fallback: only when some text needs it (it is 4 MB)."""
    from reportlab.lib.fonts import addMapping

    _load(CJK, _CJK_FILE)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)


def _codepoints(name: str) -> frozenset[int]:
    """The characters the registered font ``name`` has (read from its parsed face: parsing
    the 4 MB CJK font a second time cost as much as registering it)."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    return frozenset(face.charToGlyph)


def _char_class(points: frozenset[int]) -> str:
    """A regex character class body matching exactly ``points``."""
    parts: list[str] = []
    ordered = sorted(p for p in points if p > 0x20)
    start = prev = ordered[0]
    for p in [*ordered[1:], -1]:
        if p == prev + 1:
            prev = p
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = p
    return "".join(parts)


@cache
def uncovered_runs() -> re.Pattern[str]:
    """Matches runs of characters DejaVu Sans cannot draw."""
    register()
    return re.compile(f"[^\\s{_char_class(_codepoints(SANS))}]+")


@cache
def cjk_points() -> frozenset[int]:
    register_cjk()
    return _codepoints(CJK)


@cache
def fallback_points(name: str) -> frozenset[int]:
    """The characters of a fallback font (HANGUL or EMOJI), registered on first need."""
    from reportlab.lib.fonts import addMapping

    _load(name, _FALLBACK_FILES[name])
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    return _codepoints(name)


_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))


def is_hangul(point: int) -> bool:
    return any(lo <= point <= hi for lo, hi in _HANGUL_RANGES)
