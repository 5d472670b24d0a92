"""Reading the comments a mentor made on a returned portfolio.

The file is untrusted input: it is opened with pikepdf (qpdf), only annotation
dictionaries are read, and nothing in it (JavaScript, embedded files) is ever run or
extracted. Comments come back in page order, each with its position, so that
:mod:`journal.feedback.mapping` can place it on an entry.
"""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum
from pathlib import Path
from typing import Any

from journal.errors import JournalError
from journal.feedback.anchors import export_id_of, read_places
from journal.feedback.model import CommentKind, ReadComment, ReturnedPortfolio
from journal.feedback.pdfdates import parse_pdf_date

MAX_FILE_BYTES = 500 * 1024 * 1024  # far beyond any portfolio; refuse before parsing
MAX_COMMENT_CHARS = 100_000  # one comment's words beyond this are cut (and said to be)

_KINDS: dict[str, CommentKind] = {
    "/Text": CommentKind.NOTE,
    "/Caret": CommentKind.NOTE,
    "/FreeText": CommentKind.FREE_TEXT,
    "/Highlight": CommentKind.HIGHLIGHT,
    "/Underline": CommentKind.UNDERLINE,
    "/StrikeOut": CommentKind.STRIKE_OUT,
    "/Squiggly": CommentKind.SQUIGGLY,
    "/Ink": CommentKind.DRAWING,
    "/Stamp": CommentKind.DRAWING,
    "/Square": CommentKind.DRAWING,
    "/Circle": CommentKind.DRAWING,
    "/Line": CommentKind.DRAWING,
    "/Polygon": CommentKind.DRAWING,
    "/PolyLine": CommentKind.DRAWING,
}
MARKUP = frozenset(
    {CommentKind.HIGHLIGHT, CommentKind.UNDERLINE, CommentKind.STRIKE_OUT, CommentKind.SQUIGGLY}
)


class Refusal(StrEnum):
    """Why a returned file was not read (the app says it in the participant's language)."""

    UNREADABLE = "unreadable"  # missing, no access
    TOO_LARGE = "too_large"
    NOT_A_PDF = "not_a_pdf"  # or damaged beyond reading
    DAMAGED = "damaged"  # a PDF whose comments cannot be read
    PASSWORD = "password"
    FOREIGN = "foreign"  # comments, but no sign of which export it is
    PRINTED = "printed"  # no comments and no export id: printed to PDF, or not ours
    OTHER_JOURNAL = "other_journal"
    NO_COMMENTS = "no_comments"
    CANCELLED = "cancelled"


class FeedbackError(JournalError):
    """A returned portfolio that cannot be read; the message says why, for the user."""

    def __init__(self, message: str, reason: Refusal = Refusal.DAMAGED) -> None:
        super().__init__(message)
        self.reason = reason


class PasswordNeeded(FeedbackError):
    """The file is encrypted and no password, or the wrong one, was given."""

    def __init__(self, message: str, *, wrong: bool) -> None:
        super().__init__(message, Refusal.PASSWORD)
        self.wrong = wrong


def read_returned(path: Path, password: str | None = None) -> ReturnedPortfolio:
    """The export id, named destinations and comments of the PDF at ``path``.

    Raises PasswordNeeded for an encrypted file without its password, and
    FeedbackError for a file that is not a readable PDF.
    """
    import pikepdf

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FeedbackError(
            f"{path.name} could not be read: {exc.strerror or exc}.", Refusal.UNREADABLE
        ) from exc
    if size > MAX_FILE_BYTES:
        raise FeedbackError(
            f"{path.name} is {size // (1024 * 1024)} MB, larger than any portfolio; "
            "it was not read.",
            Refusal.TOO_LARGE,
        )
    try:
        pdf = pikepdf.open(path, password=password or "")
    except pikepdf.PasswordError as exc:
        if password:
            raise PasswordNeeded(
                f"The password is not the one {path.name} was saved with.", wrong=True
            ) from exc
        raise PasswordNeeded(f"{path.name} is protected by a password.", wrong=False) from exc
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        raise FeedbackError(
            f"{path.name} is not a PDF file, or it is damaged.", Refusal.NOT_A_PDF
        ) from exc
    with pdf:
        try:
            return _read(pdf, path, password)
        except (pikepdf.PdfError, RecursionError) as exc:
            raise FeedbackError(f"{path.name} is damaged: its comments could not be read.") from exc


def _read(pdf: Any, path: Path, password: str | None) -> ReturnedPortfolio:
    import pikepdf

    found: list[tuple[ReadComment, tuple[int, int] | None]] = []
    keys: dict[tuple[int, int], str] = {}  # annotation object -> its key, for /IRT
    skipped = 0
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            kind = _KINDS.get(str(annot.get("/Subtype", "")))
            if kind is None or "/State" in annot or "/StateModel" in annot:
                skipped += kind is not None or str(annot.get("/Subtype")) not in _SILENT
                continue
            comment = _comment(annot, kind, number)
            if comment is None:
                skipped += 1
                continue
            if annot.is_indirect:
                keys[annot.objgen] = comment.key
            parent = annot.get("/IRT")
            parent_id = parent.objgen if isinstance(parent, pikepdf.Dictionary) else None
            found.append((comment, parent_id if parent_id and parent_id != (0, 0) else None))
    comments = []
    for comment, parent_id in found:
        if parent_id is not None and parent_id in keys:
            comment = _replace(comment, reply_to=keys[parent_id])
        comments.append(comment)
    if any(c.kind in MARKUP for c in comments):
        from journal.feedback.quotes import add_quotes

        comments = add_quotes(path, password, comments)
    return ReturnedPortfolio(
        export_id=export_id_of(pdf),
        places=tuple(read_places(pdf)),
        pages=len(pdf.pages),
        comments=tuple(comments),
        skipped=skipped,
    )


# Annotations that are part of every PDF reader's furniture, not comments: not counted.
_SILENT = frozenset({"/Popup", "/Link", "/Widget"})


def _replace(comment: ReadComment, **changes: Any) -> ReadComment:
    import dataclasses

    return dataclasses.replace(comment, **changes)


def _comment(annot: Any, kind: CommentKind, page: int) -> ReadComment | None:
    rect = _rect(annot.get("/Rect"))
    if rect is None:
        return None
    text = _text(annot.get("/Contents"))
    if not text.strip():
        text = _rich_text(annot.get("/RC"))
    text = text.strip()[:MAX_COMMENT_CHARS]
    if kind in (CommentKind.NOTE, CommentKind.FREE_TEXT) and not text:
        return None  # an empty note says nothing
    top = rect[3]
    boxes = _boxes(annot.get("/QuadPoints")) if kind in MARKUP else ()
    if boxes:
        top = max(box[3] for box in boxes)
    author = _text(annot.get("/T")).strip()[:200]
    stamp = _text(annot.get("/M")) or _text(annot.get("/CreationDate"))
    written = parse_pdf_date(_text(annot.get("/CreationDate"))) or parse_pdf_date(stamp)
    name = _text(annot.get("/NM"))
    digest = hashlib.sha256(
        "\x1f".join(
            (name, str(page), kind.value, ",".join(f"{v:.1f}" for v in rect), author, text)
        ).encode("utf-8", "surrogatepass")
    ).hexdigest()[:32]
    return ReadComment(
        key=digest,
        kind=kind,
        text=text,
        author=author,
        written_at=written,
        page=page,
        top=top,
        rect=rect,
        boxes=boxes,
    )


def _boxes(value: Any) -> tuple[tuple[float, float, float, float], ...]:
    """One box per quadrilateral of /QuadPoints, whatever order a reader wrote its
    corners in (the spec's, or Acrobat's top-left, top-right, bottom-left, bottom-right)."""
    numbers = _numbers(value)
    boxes = []
    for i in range(0, len(numbers) - 7, 8):
        xs, ys = numbers[i : i + 8 : 2], numbers[i + 1 : i + 8 : 2]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return tuple(boxes)


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        return str(value)
    except (UnicodeDecodeError, ValueError):
        return ""


_TAG = re.compile(r"<[^>]*>")


def _rich_text(value: Any) -> str:
    """The words of an /RC rich-text string (XHTML), without its markup."""
    import html

    raw = _text(value)
    if not raw:
        return ""
    return html.unescape(_TAG.sub(" ", raw)).strip()


def _numbers(value: Any) -> list[float]:
    try:
        return [float(v) for v in value] if value is not None else []
    except (TypeError, ValueError):
        return []


def _rect(value: Any) -> tuple[float, float, float, float] | None:
    numbers = _numbers(value)
    if len(numbers) != 4:
        return None
    x1, y1, x2, y2 = numbers
    return (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
