"""Reading a returned portfolio into the journal: a preview to review, then the store.

``preview`` reads the file and places each new comment; the participant may move or
drop comments in the review list; ``Journal.add_mentor_comments`` keeps the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journal.domain import new_uid
from journal.feedback.mapping import place_comments
from journal.feedback.model import ExportManifest, MentorComment, threaded
from journal.feedback.reader import FeedbackError, Refusal, read_returned
from journal.store import Journal


@dataclass(frozen=True, kw_only=True)
class ImportPreview:
    """What a returned file would add: its new comments, placed, and what was left."""

    path: Path
    export: ExportManifest
    comments: tuple[MentorComment, ...]  # new ones, in page order
    already: int = 0  # read from this export's files before
    skipped: int = 0  # annotations that are not comments
    titles: dict[str, str] = field(default_factory=dict)  # entry uid -> title, for the list

    @property
    def replies(self) -> int:
        return sum(c.reply_to is not None for c in self.comments)


def preview(
    journal: Journal,
    path: Path,
    password: str | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Read the comments of ``path`` and place them on their entries (nothing is stored).

    Raises PasswordNeeded, and FeedbackError with a message for the participant when the
    file is not a portfolio of this journal, or lost its comments.
    """
    path = Path(path)
    returned = read_returned(path, password)
    name = path.name
    export_id = returned.export_id
    if export_id is None and returned.places:
        # A reader that rewrote the document information kept the destinations: the
        # export whose manifest has the same entries on the same pages is this one.
        export_id = journal.find_export(returned.places)
    if export_id is None:
        if returned.comments:
            raise FeedbackError(
                f"{name} has comments, but it is not a portfolio exported from this "
                "Leadership Journal (or a program removed the mark that says which "
                "export it is), so they cannot be placed on your entries.",
                Refusal.FOREIGN,
            )
        raise FeedbackError(
            f"{name} has no comments and is not a portfolio exported from Leadership "
            'Journal. A file that was printed to PDF ("Print to PDF", "Save as PDF" in a '
            "print dialog) loses its comments: ask your mentor to send the file saved "
            "with File → Save in the PDF reader.",
            Refusal.PRINTED,
        )
    manifest = journal.export_manifest(export_id)
    if manifest is None:
        raise FeedbackError(
            f"{name} is a portfolio exported from another journal (or from this one "
            "before it was restored from an older copy): its comments cannot be placed "
            "on your entries.",
            Refusal.OTHER_JOURNAL,
        )
    if not returned.comments:
        raise FeedbackError(
            f"{name} has no comments. If your mentor commented it, the file you got may be "
            "a copy printed to PDF, which drops comments: ask for the file saved with "
            "File → Save in the PDF reader.",
            Refusal.NO_COMMENTS,
        )
    if cancelled is not None and cancelled():
        raise FeedbackError("The import was cancelled.", Refusal.CANCELLED)
    # The journal's manifest is whole; a reader may have rewritten the file's own.
    places = manifest.places or returned.places
    known = journal.known_comment_keys(manifest.export_id)
    uids = {c.key: known.get(c.key) or new_uid() for c in returned.comments}
    fresh: list[MentorComment] = []
    already = 0
    for comment, target in place_comments(returned.comments, places):
        if comment.key in known:
            already += 1
            continue
        fresh.append(
            MentorComment(
                uid=uids[comment.key],
                key=comment.key,
                export_id=manifest.export_id,
                kind=comment.kind,
                text=comment.text,
                author=comment.author,
                written_at=comment.written_at,
                quote=comment.quote,
                page=comment.page,
                entry_uid=target.entry_uid,
                session_uid=target.session_uid,
                reply_to=uids.get(comment.reply_to) if comment.reply_to else None,
            )
        )
    fresh = threaded(fresh)
    targets = {c.entry_uid for c in fresh if c.entry_uid}
    return ImportPreview(
        path=path,
        export=manifest,
        comments=tuple(fresh),
        already=already,
        skipped=returned.skipped,
        titles=journal.titles(targets),
    )
