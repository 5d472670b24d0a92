"""The portfolio's own flowables: headings that are bookmarks, TOC lines, placeholders, photos."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from journal.feedback.model import Place, PlaceKind
from journal.portfolio import styles as st
from journal.portfolio.reportlab_private import JpegReader, text_cursor


@dataclass
class Registry:
    """What drawing learns for later: where each heading landed, the running head."""

    pages: dict[str, int] = field(default_factory=dict)  # anchor key -> page number
    entry_pages: dict[str, int] = field(default_factory=dict)  # entry uid -> page number
    entry_keys: dict[str, str] = field(default_factory=dict)  # entry uid -> link target
    toc_keys: dict[str, ParagraphStyle] = field(default_factory=dict)  # drawn TOC lines
    running_head: str = ""
    last_page: int = 0
    # Every heading a comment can be placed by: the export's manifest (journal.feedback),
    # and the bookmark key of each, for its named destination.
    places: list[Place] = field(default_factory=list)
    destinations: dict[str, str] = field(default_factory=dict)  # dest name -> bookmark key

    def add_place(self, place: Place, key: str) -> None:
        self.places.append(place)
        self.destinations.setdefault(place.dest_name, key)

    _next_key: int = 0

    def new_key(self) -> str:
        self._next_key += 1
        return f"lj{self._next_key}"


class Anchor(Paragraph):  # type: ignore[misc]
    """A heading that is a link target, an outline item and a page reference."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        registry: Registry,
        key: str,
        outline: str,
        level: int,
        closed: bool = True,
        uid: str | None = None,
        running_head: str | None = None,
        place: tuple[PlaceKind, str] | None = None,
    ) -> None:
        super().__init__(text, style)
        self._place = place
        self._registry = registry
        self._key = key
        self._outline = outline
        self._level = level
        self._closed = closed
        self._uid = uid
        self._running_head = running_head

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        page = canv.getPageNumber()
        canv.bookmarkHorizontal(self._key, 0, self.height + 8)
        canv.addOutlineEntry(self._outline, self._key, self._level, self._closed)
        self._registry.pages[self._key] = page
        if self._place is not None:
            _x, top = canv.absolutePosition(0, self.height + PLACE_ABOVE)
            place = Place(self._place[0], self._place[1], page, round(top, 2))
            self._registry.add_place(place, self._key)
        if self._uid is not None:
            self._registry.entry_pages.setdefault(self._uid, page)
            self._registry.entry_keys.setdefault(self._uid, self._key)
        if self._running_head is not None:
            self._registry.running_head = self._running_head


class PageMark(Flowable):  # type: ignore[misc]
    """Records the page an entry starts on, where no heading of its own does."""

    def __init__(self, registry: Registry, uid: str) -> None:
        super().__init__()
        self._registry = registry
        self._uid = uid

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        key = self._registry.new_key()
        self.canv.bookmarkHorizontal(key, 0, 12)
        self._registry.entry_keys.setdefault(self._uid, key)
        page = self.canv.getPageNumber()
        self._registry.entry_pages.setdefault(self._uid, page)
        _x, top = self.canv.absolutePosition(0, PLACE_ABOVE)
        self._registry.add_place(Place(PlaceKind.ENTRY, self._uid, page, round(top, 2)), key)


# An entry's region starts this far above its heading: a note stuck on the heading's
# top edge still belongs to it, not to what comes before.
PLACE_ABOVE = 6.0


class Barrier(ActionFlowable):  # type: ignore[misc]
    """Story items after this one are only made once everything before it is laid out."""

    def apply(self, doc: Any) -> None:
        pass


class TocLine(Paragraph):  # type: ignore[misc]
    """A contents line: title, dot leaders, and the page number filled in after layout."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str, registry: Registry) -> None:
        super().__init__(f'<a href="#{key}">{text}</a><onDraw name="ljtoc" label="{key}"/>', style)
        self._key = key
        self._registry = registry

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.canv.setNamedCB("ljtoc", self._draw_leaders)
        super().draw()

    def _draw_leaders(self, canv: Any, kind: str, label: str) -> None:
        style: ParagraphStyle = self.style
        x, y = text_cursor(canv)
        right = self.width
        pitch = stringWidth(" .", style.fontName, style.fontSize)
        first = int((x + 6) / pitch) + 1
        last = int((right - 26) / pitch)
        canv.saveState()
        if last > first:
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(st.RULE)
            canv.drawString(first * pitch, y, " ." * (last - first))
        canv.translate(right, y)
        canv.doForm(f"ljtoc-{self._key}")
        canv.restoreState()
        self._registry.toc_keys[self._key] = style


def placeholder(note: str, width: float) -> Flowable:
    """A tinted box with a short note, where a photo could not be shown."""
    box = Table(
        [[Paragraph(note, st.styles().note)]],
        colWidths=[width],
        rowHeights=[64],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.PAPER_TINT),
                ("BOX", (0, 0), (-1, -1), 0.5, st.RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ]
        ),
    )
    box.spaceBefore = 4
    box.spaceAfter = 10
    return box


# A photo is scaled down to as little as this share of its size to stay on the page of
# its note, rather than leave that page part empty and stand alone on the next one.
CAPTION_GAP = 3.0  # points between a photo and its caption
SHRINK_TO_FIT = 0.6


class PhotoImage(Image):  # type: ignore[misc]
    """A prepared photo (a JPEG) at its printed size, or smaller to fit the space left,
    with its caption under it: one flowable, so that the two never part."""

    def __init__(
        self, jpeg: bytes, width: float, height: float, *, caption: Paragraph | None = None
    ) -> None:
        self._img = JpegReader(jpeg)  # before Image.__init__, which would make a plain one
        super().__init__(io.BytesIO(jpeg), width=width, height=height)
        self._full_size = (width, height)
        self._caption = caption
        self._caption_height = 0.0
        self._width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._full_size
        below = 0.0
        if self._caption is not None:
            _w, self._caption_height = self._caption.wrap(avail_width, avail_height)
            below = self._caption_height + CAPTION_GAP
        room = avail_height - below
        scale = 1.0
        if height > room >= height * SHRINK_TO_FIT:
            scale = room / height
        self.drawWidth, self.drawHeight = width * scale, height * scale
        if self._caption is None:
            wrapped: tuple[float, float] = super().wrap(avail_width, avail_height)
            return wrapped
        self._width = avail_width  # the caption spans the frame; the photo is centred
        return avail_width, self.drawHeight + below

    def draw(self) -> None:
        if self._caption is None:
            super().draw()
            return
        below = self._caption_height + CAPTION_GAP
        self.canv.saveState()
        self.canv.translate((self._width - self.drawWidth) / 2, below)
        super().draw()
        self.canv.restoreState()
        self._caption.drawOn(self.canv, 0, 0)
