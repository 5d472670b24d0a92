"""The words a highlight, underline or strike-out marks, read with PDFium (the engine
of Chrome's PDF viewer): only the pages that carry such a comment are read."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from journal.feedback.model import ReadComment
from journal.feedback.reader import MARKUP

MAX_QUOTE_CHARS = 2_000


def add_quotes(
    path: Path, password: str | None, comments: Sequence[ReadComment]
) -> list[ReadComment]:
    """``comments`` with the marked words filled in where PDFium finds them (the rest
    are left without a quote: a quote is a help, never a reason to refuse a file)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return list(comments)
    out = list(comments)
    try:
        doc = pdfium.PdfDocument(path, password=password or None)
    except pdfium.PdfiumError:
        return out
    try:
        pages: dict[int, object] = {}
        for index, comment in enumerate(out):
            if comment.kind not in MARKUP or not 1 <= comment.page <= len(doc):
                continue
            textpage = pages.get(comment.page)
            if textpage is None:
                textpage = pages[comment.page] = doc[comment.page - 1].get_textpage()
            parts = []
            for left, bottom, right, top in comment.boxes or (comment.rect,):
                # The middle band of the line: a box that overlaps the lines above and
                # below (as most readers draw them) takes none of their words.
                inset = (top - bottom) * 0.3
                parts.append(
                    textpage.get_text_bounded(  # type: ignore[attr-defined]
                        left=left, bottom=bottom + inset, right=right, top=top - inset
                    )
                )
            quote = " ".join(" ".join(parts).split())[:MAX_QUOTE_CHARS]
            if quote:
                out[index] = dataclasses.replace(comment, quote=quote)
    except pdfium.PdfiumError:
        pass
    finally:
        doc.close()
    return out
