"""The portfolio's typography: page geometry, colours and paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

from journal.portfolio.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC

PAGE_WIDTH, PAGE_HEIGHT = A4
# About 70 characters to a line of body text (a typographer's 60-75; it was 87), and
# margins wide enough for a mentor's notes beside the text.
MARGIN_LEFT = 100.0
MARGIN_RIGHT = 100.0
MARGIN_TOP = 72.0
MARGIN_BOTTOM = 68.0
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = HexColor("#1d2529")
ACCENT = HexColor("#1f5566")
ACCENT_LIGHT = HexColor("#e6eef1")
MUTED = HexColor("#5d6c73")
RULE = HexColor("#c9d3d8")
PAPER_TINT = HexColor("#f4f6f7")
PRIVATE_INK = "#8c2f28"
PRIVATE_TINT = "#f6e4e1"
INSERTED_INK = "#17603a"
INSERTED_TINT = "#e2f1e6"
DELETED_INK = "#a1392d"
SERIES: tuple[Color, ...] = (
    HexColor("#1f5566"),
    HexColor("#6fa3b3"),
    HexColor("#c28a3a"),
    HexColor("#8a6f9e"),
    HexColor("#7f9f62"),
)


BODY_SIZE = 10.3  # points: the participant's text
BODY_LEADING = 15.2


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SANS,
        "fontSize": 9.8,
        "leading": 14.4,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    quote: ParagraphStyle
    code: ParagraphStyle
    user_heading: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    section: ParagraphStyle
    group: ParagraphStyle
    subgroup: ParagraphStyle
    subgroup_meta: ParagraphStyle
    month: ParagraphStyle
    entry: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    index: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_name: ParagraphStyle
    cover_line: ParagraphStyle
    cover_small: ParagraphStyle
    header: ParagraphStyle
    footer_right: ParagraphStyle


@cache
def styles() -> Styles:
    return Styles(
        body=_style("lj-body", fontSize=BODY_SIZE, leading=BODY_LEADING, spaceAfter=5.5),
        quote=_style(
            "lj-quote",
            fontName=SANS_ITALIC,
            fontSize=BODY_SIZE,
            leading=BODY_LEADING,
            textColor=MUTED,
            leftIndent=14,
            spaceAfter=5.5,
        ),
        code=_style(
            "lj-code",
            fontName=MONO,
            fontSize=8.3,
            leading=11.4,
            backColor=PAPER_TINT,
            borderPadding=(3, 5, 3, 5),
            leftIndent=5,
            rightIndent=5,
            spaceBefore=3,
            spaceAfter=8,
        ),
        user_heading=_style(
            "lj-user-heading",
            fontName=SANS_BOLD,
            fontSize=10.4,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=_style("lj-cell", fontSize=8.6, leading=11.4),
        cell_head=_style(
            "lj-cell-head", fontName=SANS_BOLD, fontSize=8.0, leading=11.4, textColor=MUTED
        ),
        section=_style(
            "lj-section",
            fontName=SANS_BOLD,
            fontSize=21,
            leading=26,
            textColor=ACCENT,
            spaceAfter=18,
            keepWithNext=1,
        ),
        group=_style(
            "lj-group",
            fontName=SANS_BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        ),
        subgroup=_style(
            "lj-subgroup",
            fontName=SANS_BOLD,
            fontSize=11.6,
            leading=15,
            spaceBefore=14,
            spaceAfter=1,
            keepWithNext=1,
        ),
        subgroup_meta=_style(
            "lj-subgroup-meta",
            fontSize=8.2,
            leading=11,
            textColor=MUTED,
            spaceAfter=4,
            keepWithNext=1,
        ),
        month=_style(
            "lj-month",
            textTransform="uppercase",
            fontName=SANS_BOLD,
            fontSize=8.4,
            leading=11,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=2,
            keepWithNext=1,
        ),
        entry=_style(
            "lj-entry",
            fontName=SANS_BOLD,
            fontSize=10.8,
            leading=14,
            spaceBefore=13,
            spaceAfter=1.5,
            keepWithNext=1,
        ),
        meta=_style(
            "lj-meta", fontSize=7.9, leading=11, textColor=MUTED, spaceAfter=5, keepWithNext=1
        ),
        label=_style(
            "lj-label",
            textTransform="uppercase",
            fontName=SANS_BOLD,
            fontSize=7.4,
            leading=10,
            textColor=ACCENT,
            spaceBefore=3,
            spaceAfter=1,
            keepWithNext=1,
        ),
        note=_style(
            "lj-note", fontName=SANS_ITALIC, fontSize=8.6, leading=12, textColor=MUTED, spaceAfter=5
        ),
        caption=_style(
            "lj-caption",
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceAfter=10,
            alignment=TA_CENTER,
        ),
        toc0=_style(
            "lj-toc0", fontName=SANS_BOLD, fontSize=10.4, leading=14, spaceBefore=9, rightIndent=36
        ),
        toc1=_style(
            "lj-toc1", fontSize=9.4, leading=13, leftIndent=14, spaceBefore=2, rightIndent=36
        ),
        toc2=_style(
            "lj-toc2", fontSize=8.6, leading=12, leftIndent=28, textColor=MUTED, rightIndent=36
        ),
        index=_style("lj-index", fontSize=8.8, leading=12.4, leftIndent=12, firstLineIndent=-12),
        cover_kicker=_style(
            "lj-cover-kicker", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=4
        ),
        cover_title=_style(
            "lj-cover-title",
            fontName=SANS_BOLD,
            fontSize=30,
            leading=36,
            textColor=ACCENT,
            spaceAfter=26,
        ),
        cover_name=_style(
            "lj-cover-name", fontName=SANS_BOLD, fontSize=17, leading=22, spaceAfter=4
        ),
        cover_line=_style("lj-cover-line", fontSize=10.5, leading=15, textColor=INK),
        cover_small=_style("lj-cover-small", fontSize=8.5, leading=12, textColor=MUTED),
        header=_style("lj-header", fontSize=7.4, leading=9, textColor=MUTED),
        footer_right=_style(
            "lj-footer", fontSize=7.4, leading=9, textColor=MUTED, alignment=TA_RIGHT
        ),
    )


def data_table(top: float = 4, bottom: float = 5) -> list[tuple[object, ...]]:
    """The look of the portfolio's tables of facts: a rule under the heading row, hairlines
    between rows, text flush with the frame."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]
