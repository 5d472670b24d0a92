"""Markdown to reportlab flowables: parsed once with markdown-it-py, every text escaped.

Inline content becomes a stream of atoms (tags and raw text), so a paragraph of any
length can be cut into pieces that each fit on a page, with open tags closed and
reopened at the cut. Raw HTML is shown as text; entities are shown as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from journal.portfolio import styles as st
from journal.portfolio.bidi import has_rtl
from journal.portfolio.fonts import MONO
from journal.portfolio.rtl import RtlParagraph, is_rtl
from journal.portfolio.text import clean, escape, markup

# Characters per Paragraph. A paragraph is cut (at a sentence end, with no space between
# the pieces) only beyond this: about three pages of unbroken text. Reportlab wraps a
# Paragraph again on every page it spans, so a 1 MB paste in one piece would take a
# minute; in pieces of this size it takes about 2.5 s.
CHUNK = 12_000
CODE_LINES = 40
LIST_ITEM_SPACE = 2.5  # points after each list item
_SENTENCE_END = re.compile(r"[.!?…:;]\s+")
_MARKDOWN_HINT = re.compile(
    r"[\\`*_\[\]#>|~<]|^\s*(?:[-+]\s|\d+[.)]\s|[-=]{3,}\s*$)|^(?: {4}|\t)", re.M
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SAFE_LINK = re.compile(r"^(?:https?://|mailto:)[^\s\"<>]+$", re.I)

# An atom: ("open", markup, closing markup), ("close", "", ""), ("text", raw text, ""),
# ("code", raw text, "") or ("raw", markup, "") for ready-made markup such as <br/>.
Atom = tuple[str, str, str]


@dataclass
class _Block:
    """Where the renderer is inside lists and quotes."""

    lists: list[list[int]] = field(default_factory=list)  # [ordered?, next number]
    bullet: str | None = None
    quote: int = 0


class MarkdownRenderer:
    def __init__(self) -> None:
        self._md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
        self._md.disable("entity")
        self._derived: dict[tuple[str, int, int, bool, str], ParagraphStyle] = {}

    def render(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """Flowables for one field of user text (Markdown)."""
        style = style or st.styles().body
        text = clean(text)
        if not text.strip():
            return []
        if not _MARKDOWN_HINT.search(text):
            return self._plain(text, style)
        return self._blocks(self._md.parse(text), style)

    def paragraphs(self, atoms: Sequence[Atom], style: ParagraphStyle) -> list[Flowable]:
        """Paragraphs for an atom stream, cut into page-sized pieces; a right-to-left
        paragraph is laid out line by line (journal.portfolio.rtl)."""
        plain_text = _plain_text(atoms)
        if has_rtl(plain_text) and is_rtl(plain_text):
            pieces = _rtl_pieces(plain_text)
            return [
                RtlParagraph(piece, self._variant(style, first=i == 0, last=i == len(pieces) - 1))
                for i, piece in enumerate(pieces)
            ]
        chunks = list(_chunks(atoms))
        out: list[Flowable] = []
        for i, chunk in enumerate(chunks):
            variant = self._variant(style, first=i == 0, last=i == len(chunks) - 1)
            out.append(Paragraph(chunk, variant))
        return out

    def _plain(self, text: str, style: ParagraphStyle) -> list[Flowable]:
        out: list[Flowable] = []
        for para in _BLANK_LINE.split(text.strip()):
            atoms: list[Atom] = []
            for n, line in enumerate(para.split("\n")):
                if n:
                    atoms.append(("raw", "<br/>", ""))
                atoms.append(("text", line.strip(), ""))
            out.extend(self.paragraphs(atoms, style))
        return out

    def _variant(
        self, style: ParagraphStyle, *, first: bool, last: bool, indent: int = 0, bullet: str = ""
    ) -> ParagraphStyle:
        if first and last and not indent and not bullet:
            return style
        key = (style.name, first, last, bool(bullet), f"{indent}")
        if key not in self._derived:
            extra: dict[str, object] = {}
            if not first:
                extra["spaceBefore"] = 0
            if not last:
                extra["spaceAfter"] = 0
            if indent:
                extra["leftIndent"] = style.leftIndent + indent
                extra["bulletIndent"] = style.leftIndent + indent - 11
                extra["bulletFontName"] = style.fontName
                extra["bulletFontSize"] = style.fontSize
                extra["spaceAfter"] = LIST_ITEM_SPACE if last else 0
            self._derived[key] = ParagraphStyle(
                f"{style.name}-{len(self._derived)}", style, **extra
            )
        return self._derived[key]

    def _blocks(self, tokens: list[Token], base: ParagraphStyle) -> list[Flowable]:
        s = st.styles()
        out: list[Flowable] = []
        block = _Block()
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                start = int(tok.attrs.get("start", 1) or 1)
                block.lists.append([kind == "ordered_list_open", start])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                block.lists.pop()
                if not block.lists:  # a list's end: the space a paragraph leaves after it
                    out.append(Spacer(1, max(base.spaceAfter - LIST_ITEM_SPACE, 0)))
            elif kind == "list_item_open" and block.lists:
                ordered, number = block.lists[-1]
                block.bullet = (
                    f"{number}." if ordered else ("•", "–", "◦")[(len(block.lists) - 1) % 3]
                )
                block.lists[-1][1] = number + 1
            elif kind == "blockquote_open":
                block.quote += 1
            elif kind == "blockquote_close":
                block.quote -= 1
            elif kind == "inline" and tokens[i - 1].type == "heading_open":
                out.extend(self.paragraphs(inline_atoms(tok.children or []), s.user_heading))
            elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
                out.extend(self._paragraph(tok, base, block))
            elif kind in ("fence", "code_block"):
                out.extend(_code(tok.content))
            elif kind == "hr":
                out.append(
                    HRFlowable(
                        width="100%", thickness=0.5, color=st.RULE, spaceBefore=4, spaceAfter=8
                    )
                )
            elif kind == "table_open":
                end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
                out.extend(self._table(tokens[i:end]))
                i = end
            i += 1
        return out

    def _paragraph(self, tok: Token, base: ParagraphStyle, block: _Block) -> list[Flowable]:
        style = st.styles().quote if block.quote else base
        atoms = inline_atoms(tok.children or [])
        indent = 14 * len(block.lists) + (12 * (block.quote - 1) if block.quote else 0)
        if not indent:
            return self.paragraphs(atoms, style)
        out: list[Flowable] = []
        chunks = list(_chunks(atoms))
        for n, chunk in enumerate(chunks):
            bullet = block.bullet if n == 0 else None
            variant = self._variant(
                style, first=n == 0, last=n == len(chunks) - 1, indent=indent, bullet=bullet or ""
            )
            out.append(Paragraph(chunk, variant, bulletText=bullet))
        block.bullet = None
        return out

    def _table(self, tokens: list[Token]) -> list[Flowable]:
        s = st.styles()
        rows: list[list[list[Atom]]] = []
        aligns: list[list[int]] = []  # each cell's alignment, as its column asks (|--:|)
        header_rows = 0
        for tok in tokens:
            if tok.type == "tr_open":
                rows.append([])
                aligns.append([])
            elif tok.type in ("th_open", "td_open") and aligns:
                aligns[-1].append(_ALIGN.get(str(tok.attrs.get("style", "")), TA_LEFT))
            elif tok.type == "inline" and rows:
                rows[-1].append(inline_atoms(tok.children or []))
            elif tok.type == "thead_close":
                header_rows = len(rows)
        cols = max((len(r) for r in rows), default=0)
        sizes = [sum(len(a[1]) for a in cell) for row in rows for cell in row]
        if not rows or cols > 6 or len(rows) > 400 or max(sizes, default=0) > 900:
            # Too wide or too tall for a table: one line per row keeps every word.
            out: list[Flowable] = []
            for row in rows:
                atoms: list[Atom] = []
                for n, cell in enumerate(row):
                    if n:
                        atoms.append(("raw", '<font color="#9aa5ab"> | </font>', ""))
                    atoms.extend(cell)
                out.extend(self.paragraphs(atoms, s.body))
            return out
        data = [
            [
                Paragraph(
                    _join(cell),
                    _aligned(
                        s.cell_head if r < header_rows else s.cell,
                        aligns[r][c] if c < len(aligns[r]) else TA_LEFT,
                    ),
                )
                for c, cell in enumerate(row + [[]] * (cols - len(row)))
            ]
            for r, row in enumerate(rows)
        ]
        table = Table(
            data,
            colWidths=[st.FRAME_WIDTH / cols] * cols,
            repeatRows=header_rows,
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ]
            ),
        )
        table.spaceBefore = 2
        table.spaceAfter = 8
        return [table]


def inline_atoms(children: Iterable[Token]) -> list[Atom]:
    """The atoms of one inline token's children."""
    atoms: list[Atom] = []
    links: list[bool] = []
    for tok in children:
        kind = tok.type
        if kind == "text":
            atoms.append(("text", tok.content, ""))
        elif kind in ("softbreak", "hardbreak"):
            atoms.append(("raw", "<br/>", ""))
        elif kind == "code_inline":
            atoms.append(("code", tok.content, ""))
        elif kind in ("strong_open", "em_open", "s_open"):
            tag = {"strong_open": "b", "em_open": "i", "s_open": "strike"}[kind]
            atoms.append(("open", f"<{tag}>", f"</{tag}>"))
        elif kind in ("strong_close", "em_close", "s_close"):
            atoms.append(("close", "", ""))
        elif kind == "link_open":
            href = str(tok.attrs.get("href", ""))
            links.append(bool(_SAFE_LINK.match(href)))
            if links[-1]:
                target = escape(href).replace('"', "%22")
                atoms.append(("open", f'<a href="{target}" color="#1f5566">', "</a>"))
        elif kind == "link_close":
            if links and links.pop():
                atoms.append(("close", "", ""))
        elif kind == "image":
            atoms.append(("text", f"[{tok.content}]", ""))
    return atoms


_ALIGN = {"text-align:right": TA_RIGHT, "text-align:center": TA_CENTER}
_aligned_styles: dict[tuple[str, int], ParagraphStyle] = {}


def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    """``style`` aligned as a Markdown table's column asks (|--:| right, |:-:| centre)."""
    if alignment == style.alignment:
        return style
    key = (style.name, alignment)
    if key not in _aligned_styles:
        _aligned_styles[key] = ParagraphStyle(
            f"{style.name}-{alignment}", parent=style, alignment=alignment
        )
    return _aligned_styles[key]


def _chunks(atoms: Sequence[Atom]) -> Iterable[str]:
    """Markup strings of at most about CHUNK characters, tags balanced in each."""
    open_tags: list[tuple[str, str]] = []
    parts: list[str] = []
    size = 0

    def flush() -> str:
        closing = "".join(close for _, close in reversed(open_tags))
        result = "".join(parts) + closing
        parts.clear()
        parts.extend(opening for opening, _ in open_tags)
        return result

    for kind, value, closing in atoms:
        if kind == "open":
            open_tags.append((value, closing))
            parts.append(value)
        elif kind == "close":
            if open_tags:
                parts.append(open_tags.pop()[1])
        elif kind == "raw":
            parts.append(value)
        else:
            text = value
            while size + len(text) > CHUNK:
                cut = _cut(text, CHUNK - size)
                parts.append(_inline(kind, text[:cut]))
                text = text[cut:].lstrip()
                yield flush()
                size = 0
            parts.append(_inline(kind, text))
            size += len(text)
    last = flush() if any(kind in ("text", "code") for kind, _, _ in atoms) else ""
    if last.strip():
        yield last


def _cut(text: str, room: int) -> int:
    """Where to cut ``text`` so the first part is at most ``room`` characters (at least 1)."""
    room = max(room, 1)
    window = text[: room + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() > room * 0.5]
    if ends:
        return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > room * 0.3 else room


def _inline(kind: str, text: str) -> str:
    return f'<font name="{MONO}">{markup(text)}</font>' if kind == "code" else markup(text)


def _join(atoms: Sequence[Atom]) -> str:
    return "".join(_chunks(atoms)) if atoms else ""


def _code(content: str) -> list[Flowable]:
    """A code block, in pieces of CODE_LINES lines, long lines cut."""
    lines: list[str] = []
    for line in content.rstrip("\n").split("\n"):
        line = line.replace("\t", "    ")
        while len(line) > CHUNK:
            lines.append(line[:CHUNK])
            line = line[CHUNK:]
        lines.append(line)
    out: list[Flowable] = []
    style = st.styles().code
    for start in range(0, len(lines), CODE_LINES):
        piece = lines[start : start + CODE_LINES]
        body = "<br/>".join(_keep_indent(markup(line)) for line in piece)
        out.append(Paragraph(f'<font name="{MONO}">{body}</font>', style))
    return out


def _keep_indent(line: str) -> str:
    stripped = line.lstrip(" ")
    return "&nbsp;" * (len(line) - len(stripped)) + stripped


def _plain_text(atoms: Sequence[Atom]) -> str:
    """The words of an atom stream, its line breaks as newlines (formatting dropped)."""
    parts: list[str] = []
    for kind, value, _ in atoms:
        if kind in ("text", "code"):
            parts.append(value)
        elif kind == "raw":
            parts.append("\n" if value.startswith("<br") else " ")
    return "".join(parts)


RTL_CHUNK = 4_000  # its lines are made with <br/>, which reportlab re-lays slowly


def _rtl_pieces(text: str) -> list[str]:
    """``text`` in pieces of at most RTL_CHUNK characters (about a page), cut after a
    sentence where one ends: reportlab lays out a paragraph again on every page it
    spans, so a 1 MB paste is never one paragraph."""
    pieces: list[str] = []
    while len(text) > RTL_CHUNK:
        cut = text.rfind(". ", RTL_CHUNK // 2, RTL_CHUNK)
        cut = cut + 1 if cut >= 0 else text.rfind(" ", 0, RTL_CHUNK)
        if cut <= 0:
            cut = RTL_CHUNK
        pieces.append(text[:cut].strip())
        text = text[cut:]
    pieces.append(text.strip())
    return [p for p in pieces if p] or [""]
