"""The page frame: cover and body templates, header and footer, a lazily read story.

The whole portfolio is laid out in one pass. Numbers not known until the end
("page 3 of 41", the page numbers in the contents) are PDF form XObjects drawn
where they belong and defined after the last page, so no second pass is needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from journal.feedback.anchors import EXPORT_ID_KEY
from journal.portfolio import styles as st
from journal.portfolio.flowables import Barrier, Registry
from journal.portfolio.labels import Labels
from journal.portfolio.reportlab_private import add_info_entry, keep_canvas_open, name_destinations

_LOOKAHEAD = 48  # story items kept ready; keepWithNext chains are far shorter


@dataclass(frozen=True, kw_only=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    header: str  # plain text for the left of every body page's header
    export_id: str = ""  # in the document information, for reading comments back


class PortfolioDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self, target: BinaryIO, *, labels: Labels, meta: Metadata, registry: Registry
    ) -> None:
        super().__init__(
            target,
            pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
            leftMargin=st.MARGIN_LEFT,
            rightMargin=st.MARGIN_RIGHT,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=meta.keywords,
            creator="Leadership Journal",
            lang=labels.pdf_lang,
            pageCompression=1,
            displayDocTitle=1,
        )
        self._labels = labels
        self._meta = meta
        self._registry = registry
        self._story: Iterator[Flowable] | None = None
        self._queue: list[Flowable] = []
        self._barrier: Barrier | None = None  # waiting in the queue: read no further
        frame = Frame(
            st.MARGIN_LEFT,
            st.MARGIN_BOTTOM,
            st.FRAME_WIDTH,
            st.FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=_cover_band),
                PageTemplate("body", [frame], onPageEnd=self._decorate),
            ]
        )

    def lay_out(self, story: Iterator[Flowable]) -> int:
        """Typeset ``story`` (read as it is needed) and write the PDF; returns the page count."""
        self._story = story
        queue: list[Flowable] = []
        self._queue = queue
        self._refill(queue)
        keep_canvas_open(self)
        self.build(queue)
        self._define_forms()
        self.canv.showOutline()
        # Named destinations and the export id, for reading a mentor's comments back.
        name_destinations(self.canv, self._registry.destinations)
        if self._meta.export_id:
            add_info_entry(self.canv, EXPORT_ID_KEY.lstrip("/"), self._meta.export_id)
        self.canv.save()
        return self._registry.last_page

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        # Also called on reportlab's own list of postponed page-top actions: leave that be.
        if flowables is self._queue:
            self._refill(flowables)

    def _refill(self, queue: list[Flowable]) -> None:
        if self._story is None:
            return
        barrier = self._barrier
        if barrier is not None:
            # Called for every flowable laid out: a C-level identity scan of the short
            # queue, not a Python loop (that loop was 5 % of an export).
            if barrier in queue[1:]:
                return
            self._barrier = None
        while len(queue) < _LOOKAHEAD:
            item = next(self._story, None)
            if item is None:
                self._story = None
                return
            queue.append(item)
            if isinstance(item, Barrier):
                self._barrier = item
                return

    def _decorate(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        self._registry.last_page = page
        canv.saveState()
        top = st.PAGE_HEIGHT - st.MARGIN_TOP + 22
        half = st.FRAME_WIDTH / 2 - 8
        left = _one_line(self._meta.header, st.styles().header, half)
        left.wrapOn(canv, half, 20)
        left.drawOn(canv, st.MARGIN_LEFT, top)
        right = _one_line(self._registry.running_head, st.styles().footer_right, half)
        right.wrapOn(canv, half, 20)
        right.drawOn(canv, st.PAGE_WIDTH - st.MARGIN_RIGHT - half, top)
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.5)
        canv.line(st.MARGIN_LEFT, top - 5, st.PAGE_WIDTH - st.MARGIN_RIGHT, top - 5)
        canv.doForm(f"ljpage-{page}")
        canv.restoreState()

    def _define_forms(self) -> None:
        canv = self.canv
        total = self._registry.last_page
        for page in range(1, total + 1):
            canv.beginForm(f"ljpage-{page}", 0, 0, st.PAGE_WIDTH, st.MARGIN_BOTTOM)
            canv.setFont(st.styles().header.fontName, 7.4)
            canv.setFillColor(st.MUTED)
            canv.drawCentredString(st.PAGE_WIDTH / 2, 36, self._labels.page_label(page, total))
            canv.endForm()
        for key, style in self._registry.toc_keys.items():
            where = self._registry.pages.get(key)
            canv.beginForm(f"ljtoc-{key}", -60, -4, 0, style.fontSize + 2)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawRightString(0, 0, str(where) if where else "–")
            canv.endForm()


def _cover_band(canv: Any, doc: Any) -> None:
    canv.saveState()
    canv.setFillColor(st.ACCENT)
    canv.rect(0, st.PAGE_HEIGHT - 14, st.PAGE_WIDTH, 14, stroke=0, fill=1)
    canv.setStrokeColor(st.RULE)
    canv.setLineWidth(0.5)
    canv.line(st.MARGIN_LEFT, 118, st.PAGE_WIDTH - st.MARGIN_RIGHT, 118)
    canv.restoreState()


def _one_line(text: str, style: Any, width: float) -> Paragraph:
    """A header's plain ``text`` as a Paragraph that stays on one line."""
    from journal.portfolio.text import fit_line, markup

    return Paragraph(markup(fit_line(text, style.fontName, style.fontSize, width)), style)
