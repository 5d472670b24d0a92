"""The mentor-feedback tables, read and written inside a Journal's unit of work."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from journal.feedback.model import (
    CommentKind,
    ExportManifest,
    MentorComment,
    Place,
    PlaceKind,
    threaded,
)
from journal.storage.schema import MentorCommentRecord, PortfolioExportRecord


def add_export(s: Session, manifest: ExportManifest) -> None:
    places = [[p.kind.value, p.ident, p.page, round(p.top, 2)] for p in manifest.places]
    s.add(
        PortfolioExportRecord(
            export_id=manifest.export_id,
            exported_at=manifest.exported_at,
            pages=manifest.pages,
            language=manifest.language,
            encrypted=manifest.encrypted,
            places=json.dumps(places, separators=(",", ":")),
        )
    )


def manifest_of(s: Session, export_id: str) -> ExportManifest | None:
    rec = s.scalars(
        select(PortfolioExportRecord).where(PortfolioExportRecord.export_id == export_id)
    ).first()
    if rec is None:
        return None
    places: list[Place] = []
    for row in json.loads(rec.places or "[]"):
        try:
            places.append(Place(PlaceKind(row[0]), str(row[1]), int(row[2]), float(row[3])))
        except (ValueError, IndexError, TypeError):
            continue
    return ExportManifest(
        export_id=rec.export_id,
        exported_at=rec.exported_at,
        pages=rec.pages,
        places=tuple(places),
        language=rec.language,
        encrypted=rec.encrypted,
    )


def all_manifests(s: Session) -> list[ExportManifest]:
    ids = s.scalars(select(PortfolioExportRecord.export_id).order_by(PortfolioExportRecord.id))
    return [m for i in list(ids) if (m := manifest_of(s, i)) is not None]


def find_export(s: Session, places: Iterable[Place]) -> str | None:
    """The newest export whose entries were on the pages ``places`` give (all of them)."""
    wanted = {(p.kind, p.ident, p.page) for p in places if p.kind == PlaceKind.ENTRY}
    if not wanted:
        return None
    ids = s.scalars(
        select(PortfolioExportRecord.export_id).order_by(PortfolioExportRecord.id.desc())
    )
    for export_id in ids:
        manifest = manifest_of(s, export_id)
        if manifest is None:
            continue
        have = {(p.kind, p.ident, p.page) for p in manifest.places if p.kind == PlaceKind.ENTRY}
        if have == wanted:
            return export_id
    return None


def known_keys(s: Session, export_id: str) -> dict[str, str]:
    """The annotation key of each comment stored from ``export_id``, with its uid."""
    rows = s.execute(
        select(MentorCommentRecord.key, MentorCommentRecord.uid).where(
            MentorCommentRecord.export_id == export_id
        )
    )
    return {key: uid for key, uid in rows}


def add_comments(s: Session, comments: Iterable[MentorComment], now: datetime) -> int:
    """Insert the comments not stored yet (by export and annotation key)."""
    comments = list(comments)
    seen: set[tuple[str, str]] = set()
    for export_id in {c.export_id for c in comments}:
        seen |= {(export_id, key) for key in known_keys(s, export_id)}
    added = 0
    for c in comments:
        if (c.export_id, c.key) in seen:
            continue
        seen.add((c.export_id, c.key))
        s.add(
            MentorCommentRecord(
                uid=c.uid,
                export_id=c.export_id,
                key=c.key,
                kind=c.kind.value,
                text=c.text,
                author=c.author,
                written_at=c.written_at,
                quote=c.quote,
                page=c.page,
                entry_uid=c.entry_uid,
                session_uid=c.session_uid,
                reply_to=c.reply_to,
                response=c.response,
                responded_at=c.responded_at,
                imported_at=c.imported_at or now,
            )
        )
        added += 1
    return added


def comment_value(rec: MentorCommentRecord) -> MentorComment:
    try:
        kind = CommentKind(rec.kind)
    except ValueError:
        kind = CommentKind.NOTE
    return MentorComment(
        uid=rec.uid,
        key=rec.key,
        export_id=rec.export_id,
        kind=kind,
        text=rec.text,
        author=rec.author,
        written_at=rec.written_at,
        quote=rec.quote,
        page=rec.page,
        entry_uid=rec.entry_uid,
        session_uid=rec.session_uid,
        reply_to=rec.reply_to,
        response=rec.response,
        responded_at=rec.responded_at,
        imported_at=rec.imported_at,
    )


def comments(s: Session, entry_uids: Sequence[str] | None = None) -> list[MentorComment]:
    """Every comment (of ``entry_uids``), in the order they were written on the pages."""
    query = select(MentorCommentRecord).order_by(MentorCommentRecord.id)
    if entry_uids is not None:
        query = query.where(MentorCommentRecord.entry_uid.in_(list(entry_uids)))
    return threaded([comment_value(r) for r in s.scalars(query)])


def awaiting_entry_uids() -> Select[Any]:
    """The entries with a comment (not a reply in its thread) not answered yet."""
    return select(MentorCommentRecord.entry_uid).where(
        MentorCommentRecord.entry_uid.is_not(None),
        MentorCommentRecord.reply_to.is_(None),
        func.trim(MentorCommentRecord.response) == "",
    )


def count_awaiting(s: Session) -> int:
    return int(
        s.scalar(
            select(func.count(MentorCommentRecord.id)).where(
                MentorCommentRecord.reply_to.is_(None),
                func.trim(MentorCommentRecord.response) == "",
            )
        )
        or 0
    )


def record_of(s: Session, uid: str) -> MentorCommentRecord | None:
    return s.scalars(select(MentorCommentRecord).where(MentorCommentRecord.uid == uid)).first()
