"""Turning domain values into database records and back.

The Journal class (journal/store.py) owns sessions and transactions; the helpers
here work inside a session they are given.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import LargeBinary, Select, delete, func, literal_column, select, text
from sqlalchemy.orm import Session, joinedload, selectinload

from journal.domain import (
    ArlEntry,
    Attachment,
    Entry,
    EntryFields,
    EntryFilter,
    EntryKind,
    Experience,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    SessionKind,
    TheoryEntry,
    TheoryVersion,
    Trip,
    TripNote,
)
from journal.errors import EntryNotFoundError, JournalError
from journal.search import index_text
from journal.storage.plain_reads import (
    PREVIEW_SQL,
    nocase,
    prompts_value,
)
from journal.storage.schema import (
    AttachmentRecord,
    BlobRecord,
    CompetencyRecord,
    EntryRecord,
    ModuleRecord,
    ProgrammeRecord,
    SessionRecord,
    TagRecord,
    TheoryVersionRecord,
    TripRecord,
    entry_competencies,
    entry_tags,
)

N = TypeVar("N", TagRecord, CompetencyRecord)
Q = TypeVar("Q", bound="Select[*tuple[Any, ...]]")

ENTRY_LOAD = (
    selectinload(EntryRecord.tags),
    selectinload(EntryRecord.competencies),
    selectinload(EntryRecord.sources),
    selectinload(EntryRecord.versions),
    selectinload(EntryRecord.attachments),
    selectinload(EntryRecord.session),
    selectinload(EntryRecord.trip),
)


def utc_now() -> datetime:
    return datetime.now(UTC)


# -- writing helpers ----------------------------------------------------------------


def save_in(s: Session, entry: Entry, *, keep_timestamps: bool) -> EntryRecord:
    now = utc_now()
    if entry.id is None:
        if s.scalar(select(EntryRecord.id).where(EntryRecord.uid == entry.uid)):
            raise JournalError(f"an entry with uid {entry.uid} already exists")
        rec = EntryRecord(
            uid=entry.uid,
            kind=entry.kind.value,
            occurred_on=entry.occurred_on,
            created_at=now,
            updated_at=now,
        )
        s.add(rec)
        is_new = True
    else:
        found = s.get(
            EntryRecord,
            entry.id,
            options=(joinedload(EntryRecord.tags), joinedload(EntryRecord.competencies)),
        )
        if found is None:
            raise EntryNotFoundError(f"entry {entry.id} does not exist")
        if found.kind != entry.kind.value:
            raise JournalError("an entry cannot change its kind")
        rec = found
        is_new = False
    with s.no_autoflush:
        _write_entry(s, rec, entry, is_new=is_new)
    if keep_timestamps:
        rec.created_at = entry.created_at or now
        rec.updated_at = entry.updated_at or now
        rec.deleted_at = entry.deleted_at
    else:
        rec.updated_at = now
    s.flush()
    _reindex(s, rec)
    return rec


def write_programme(s: Session, programme: Programme) -> None:
    module_uids = {m.uid for m in programme.modules}
    for session in programme.sessions:
        if session.module_uid is not None and session.module_uid not in module_uids:
            raise JournalError(f"session {session.title!r} names an unknown module")
    rec = s.scalars(select(ProgrammeRecord).limit(1)).first()
    if rec is None:
        rec = ProgrammeRecord(name=programme.name)
        s.add(rec)
    rec.name = programme.name
    rec.name_en = programme.name_en
    rec.template_id = programme.template_id
    rec.organiser = programme.organiser
    rec.description = programme.description
    rec.language = programme.language
    rec.starts_on = programme.starts_on
    rec.ends_on = programme.ends_on
    rec.prompts = prompts_json(programme.prompts)
    _sync_modules(s, rec, programme.modules)
    _sync_sessions(s, rec, programme.sessions)
    _sync_competencies(s, rec, programme.competency_areas)


def entry_columns(entry: Entry) -> dict[str, Any]:
    """The columns of the entries table an entry's own fields fill (not its links)."""
    columns: dict[str, Any] = {
        "title": entry.title,
        "occurred_on": entry.occurred_on,
        "private": entry.private,
    }
    if isinstance(entry, Experience):
        columns["body"] = entry.body
    elif isinstance(entry, ArlEntry):
        columns.update(
            action=entry.action,
            reflection=entry.reflection,
            learning=entry.learning,
            next_experiment=entry.next_experiment,
        )
    elif isinstance(entry, TheoryEntry):
        columns.update(theory=entry.theory, values_text=entry.values, goals=entry.goals)
    elif isinstance(entry, TripNote):
        columns.update(
            place=entry.place,
            culture=entry.culture,
            context=entry.context,
            communication=entry.communication,
            take_home=entry.take_home,
        )
    return columns


# The text columns the search index holds, in its order; a trip's destination after the
# reflections, the tags and competency areas last.
_INDEXED = (
    *("body", "action", "reflection", "learning", "next_experiment"),
    *("theory", "values_text", "goals"),
)
_TRIP_INDEXED = ("place", "culture", "context", "communication", "take_home")


def index_text_of(
    columns: Mapping[str, Any],
    *,
    destination: str = "",
    tags: Sequence[str] = (),
    competencies: Sequence[str] = (),
) -> str:
    """The search index's text of an entry (all but its title), from its columns."""
    fields = [str(columns.get(c) or "") for c in _INDEXED]
    fields.append(destination)
    fields += [str(columns.get(c) or "") for c in _TRIP_INDEXED]
    fields += [" ".join(tags), " ".join(competencies)]
    return index_text(fields)


INSERT_INDEX = text("INSERT INTO search_index(rowid, title, text) VALUES (:id, :title, :text)")


def _write_entry(s: Session, rec: EntryRecord, entry: Entry, *, is_new: bool) -> None:
    for name, value in entry_columns(entry).items():
        setattr(rec, name, value)
    if not _same_names(rec.tags, entry.tags):
        rec.tags = _tag_records(s, entry.tags)
    if not _same_names(rec.competencies, entry.competencies):
        rec.competencies = _competency_records(s, entry.competencies)
    rec.session = _session_record(s, entry.session_uid)
    if is_new:
        rec.dismissed_numbers = "\n".join(entry.dismissed_numbers)
    if isinstance(entry, ArlEntry):
        rec.sources = _source_records(s, entry.from_experiences)
    elif isinstance(entry, TheoryEntry) and is_new:
        rec.versions = [
            TheoryVersionRecord(
                created_at=v.created_at,
                theory=v.theory,
                values_text=v.values,
                goals=v.goals,
                change_note=v.change_note,
                grew_from="\n".join(v.grew_from),
            )
            for v in entry.versions
        ]
    elif isinstance(entry, TripNote):
        rec.trip = upsert_trip(s, entry.trip) if entry.trip else None


def _same_names(records: list[TagRecord] | list[CompetencyRecord], names: tuple[str, ...]) -> bool:
    return sorted(r.name for r in records) == sorted(clean_names(names))


def clean_names(names: tuple[str, ...]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def _tag_records(s: Session, names: tuple[str, ...]) -> list[TagRecord]:
    return _named_records(s, TagRecord, names, lambda name: TagRecord(name=name))


def _competency_records(s: Session, names: tuple[str, ...]) -> list[CompetencyRecord]:
    # An area the programme does not list is kept, outside the programme.
    return _named_records(
        s,
        CompetencyRecord,
        names,
        lambda name: CompetencyRecord(name=name, programme_id=None, position=0),
    )


def _named_records(
    s: Session, model: type[N], names: tuple[str, ...], make: Callable[[str], N]
) -> list[N]:
    """The records for ``names``, matched without regard to case; new ones are made."""
    wanted = clean_names(names)
    if not wanted:
        return []
    existing = {r.name.casefold(): r for r in s.scalars(select(model))}
    records = []
    for name in wanted:
        rec = existing.get(name.casefold())
        if rec is None:
            rec = make(name)
            s.add(rec)
            existing[name.casefold()] = rec
        records.append(rec)
    return records


def _session_record(s: Session, uid: str | None) -> SessionRecord | None:
    if uid is None:
        return None
    rec = s.scalars(select(SessionRecord).where(SessionRecord.uid == uid)).first()
    if rec is None:
        raise JournalError(f"no programme session with uid {uid}")
    return rec


def _source_records(s: Session, uids: tuple[str, ...]) -> list[EntryRecord]:
    if not uids:
        return []
    found = {
        r.uid: r
        for r in s.scalars(
            select(EntryRecord).where(
                EntryRecord.uid.in_(uids), EntryRecord.kind == EntryKind.EXPERIENCE.value
            )
        )
    }
    missing = [u for u in uids if u not in found]
    if missing:
        raise JournalError(f"no experience with uid {missing[0]}")
    return [found[u] for u in dict.fromkeys(uids)]


def upsert_trip(s: Session, trip: Trip) -> TripRecord:
    rec = s.scalars(select(TripRecord).where(TripRecord.uid == trip.uid)).first()
    if rec is None:
        rec = TripRecord(uid=trip.uid, destination=trip.destination)
        s.add(rec)
    rec.destination = trip.destination
    rec.starts_on = trip.starts_on
    rec.ends_on = trip.ends_on
    rec.session_uid = trip.session_uid
    return rec


def attach(
    s: Session, entry_id: int, data: bytes, *, file_name: str, media_type: str, caption: str = ""
) -> Attachment:
    digest = hashlib.sha256(data).hexdigest()
    if s.get(BlobRecord, digest) is None:
        s.add(BlobRecord(sha256=digest, size=len(data), data=data))
    position = s.scalar(
        select(func.coalesce(func.max(AttachmentRecord.position), -1) + 1).where(
            AttachmentRecord.entry_id == entry_id
        )
    )
    rec = AttachmentRecord(
        entry_id=entry_id,
        blob_sha256=digest,
        file_name=file_name,
        media_type=media_type,
        position=int(position or 0),
        caption=caption,
    )
    s.add(rec)
    s.flush()
    return Attachment(
        id=rec.id,
        file_name=file_name,
        media_type=media_type,
        sha256=digest,
        size=len(data),
        caption=caption,
    )


def drop_orphan_blobs(s: Session) -> None:
    s.execute(
        delete(BlobRecord).where(
            ~BlobRecord.sha256.in_(select(AttachmentRecord.blob_sha256).distinct())
        )
    )


# As migration 0001 made it; rowid is entries.id.
SEARCH_INDEX_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, text, tokenize = 'unicode61 remove_diacritics 2')"
)


def rebuild_index(s: Session) -> int:
    """Make the full-text index anew from the entries; returns how many it holds."""
    s.execute(text("DROP TABLE IF EXISTS search_index"))
    s.execute(text(SEARCH_INDEX_DDL))
    count = 0
    for rec in s.scalars(select(EntryRecord).options(*ENTRY_LOAD)):
        _reindex(s, rec)
        count += 1
    return count


DELETE_INDEX = text("DELETE FROM search_index WHERE rowid = :id")

# The list's preview of an untitled entry (plain_reads.PREVIEW_SQL): SQL text, the same
# for every page; built from expressions it cost 2 ms of compiling on the first page.
PREVIEW_SOURCE = literal_column(PREVIEW_SQL, LargeBinary)


def _reindex(s: Session, rec: EntryRecord) -> None:
    s.execute(DELETE_INDEX, {"id": rec.id})
    columns = {c: getattr(rec, c) for c in (*_INDEXED, *_TRIP_INDEXED)}
    indexed = index_text_of(
        columns,
        destination=rec.trip.destination if rec.trip else "",
        tags=[t.name for t in rec.tags],
        competencies=[c.name for c in rec.competencies],
    )
    s.execute(INSERT_INDEX, {"id": rec.id, "title": rec.title, "text": indexed})


def filtered(query: Q, flt: EntryFilter) -> Q:
    if flt.in_trash is not None:
        deleted = EntryRecord.deleted_at
        query = query.where(deleted.is_not(None) if flt.in_trash else deleted.is_(None))
    if flt.kinds:
        query = query.where(EntryRecord.kind.in_([k.value for k in flt.kinds]))
    if not flt.include_private:
        query = query.where(EntryRecord.private.is_(False))
    if flt.date_from is not None:
        query = query.where(EntryRecord.occurred_on >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(EntryRecord.occurred_on <= flt.date_to)
    if flt.tag is not None:
        query = query.where(
            EntryRecord.id.in_(
                select(entry_tags.c.entry_id)
                .join(TagRecord, TagRecord.id == entry_tags.c.tag_id)
                .where(TagRecord.name == flt.tag)
            )
        )
    if flt.session_uid is not None:
        query = query.where(
            EntryRecord.session_id.in_(
                select(SessionRecord.id).where(SessionRecord.uid == flt.session_uid)
            )
        )
    if flt.awaiting_response:
        from journal.storage.feedback_records import awaiting_entry_uids

        query = query.where(EntryRecord.uid.in_(awaiting_entry_uids()))
    if flt.module_uid is not None:
        query = query.where(
            EntryRecord.session_id.in_(
                select(SessionRecord.id)
                .join(ModuleRecord, ModuleRecord.id == SessionRecord.module_id)
                .where(ModuleRecord.uid == flt.module_uid)
            )
        )
    return query


# -- programme helpers -----------------------------------------------------------------


def _sync_modules(s: Session, rec: ProgrammeRecord, modules: tuple[ProgrammeModule, ...]) -> None:
    by_uid = {m.uid: m for m in rec.modules}
    kept = []
    for position, module in enumerate(modules):
        mrec = by_uid.pop(module.uid, None) or ModuleRecord(uid=module.uid, name=module.name)
        mrec.position = position
        mrec.name = module.name
        mrec.themes = "\n".join(module.themes)
        kept.append(mrec)
    rec.modules = kept
    s.flush()


def _sync_sessions(
    s: Session, rec: ProgrammeRecord, sessions: tuple[ProgrammeSession, ...]
) -> None:
    modules = {m.uid: m for m in rec.modules}
    by_uid = {x.uid: x for x in rec.sessions}
    kept = []
    for session in sessions:
        srec = by_uid.pop(session.uid, None) or SessionRecord(
            uid=session.uid, title=session.title, starts_on=session.starts_on
        )
        srec.title = session.title
        srec.kind = session.kind.value
        srec.starts_on = session.starts_on
        srec.ends_on = session.ends_on
        srec.module = modules.get(session.module_uid) if session.module_uid else None
        srec.location = session.location
        srec.tentative = session.tentative
        srec.agenda = session.agenda
        srec.notes = session.notes
        srec.next_steps = session.next_steps
        kept.append(srec)
    rec.sessions = kept
    s.flush()


def _sync_competencies(s: Session, rec: ProgrammeRecord, names: tuple[str, ...]) -> None:
    wanted = clean_names(names)
    existing = {c.name.casefold(): c for c in s.scalars(select(CompetencyRecord))}
    areas = []
    for position, name in enumerate(wanted):
        crec = existing.pop(name.casefold(), None) or CompetencyRecord(name=name)
        crec.name = name
        crec.position = position
        areas.append(crec)
    rec.competency_areas = areas
    # Areas dropped from the programme but still given to entries stay, unlisted (the
    # entries keep them); the others go.
    used = set(s.scalars(select(entry_competencies.c.competency_id).distinct()))
    for crec in existing.values():
        if crec.id in used:
            crec.programme = None
        else:
            s.delete(crec)
    s.flush()


def prompts_json(prompts: Mapping[str, tuple[str, ...]]) -> str:
    kept = {key: list(questions) for key, questions in prompts.items() if questions}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else ""


def programme_value(rec: ProgrammeRecord) -> Programme:
    return Programme(
        name=rec.name,
        name_en=rec.name_en,
        template_id=rec.template_id,
        organiser=rec.organiser,
        description=rec.description,
        language=rec.language,
        starts_on=rec.starts_on,
        ends_on=rec.ends_on,
        modules=tuple(
            ProgrammeModule(
                uid=m.uid, name=m.name, themes=tuple(t for t in m.themes.split("\n") if t)
            )
            for m in rec.modules
        ),
        sessions=tuple(
            ProgrammeSession(
                uid=x.uid,
                title=x.title,
                kind=SessionKind(x.kind),
                starts_on=x.starts_on,
                ends_on=x.ends_on,
                module_uid=x.module.uid if x.module else None,
                location=x.location,
                tentative=x.tentative,
                agenda=x.agenda,
                notes=x.notes,
                next_steps=x.next_steps,
            )
            for x in rec.sessions
        ),
        competency_areas=tuple(c.name for c in rec.competency_areas),
        prompts=prompts_value(rec.prompts),
    )


def trip_value(rec: TripRecord) -> Trip:
    return Trip(
        uid=rec.uid,
        destination=rec.destination,
        starts_on=rec.starts_on,
        ends_on=rec.ends_on,
        session_uid=rec.session_uid,
    )


def attachment_value(s: Session, rec: AttachmentRecord) -> Attachment:
    size = s.scalar(select(BlobRecord.size).where(BlobRecord.sha256 == rec.blob_sha256)) or 0
    return Attachment(
        id=rec.id,
        file_name=rec.file_name,
        media_type=rec.media_type,
        sha256=rec.blob_sha256,
        size=int(size),
        caption=rec.caption,
    )


def entry_value(s: Session, rec: EntryRecord) -> Entry:
    common: EntryFields = {
        "id": rec.id,
        "uid": rec.uid,
        "title": rec.title,
        "occurred_on": rec.occurred_on,
        "private": rec.private,
        # Sorted here too: a just-assigned collection keeps the caller's order.
        "tags": tuple(sorted((t.name for t in rec.tags), key=nocase)),
        "competencies": tuple(
            c.name for c in sorted(rec.competencies, key=lambda c: (c.position, c.id))
        ),
        "session_uid": rec.session.uid if rec.session else None,
        "created_at": rec.created_at,
        "updated_at": rec.updated_at,
        "deleted_at": rec.deleted_at,
        "attachments": tuple(attachment_value(s, a) for a in rec.attachments),
        "dismissed_numbers": tuple(rec.dismissed_numbers.split()),
    }
    kind = EntryKind(rec.kind)
    if kind is EntryKind.EXPERIENCE:
        return Experience(**common, body=rec.body)
    if kind is EntryKind.ARL:
        return ArlEntry(
            **common,
            action=rec.action,
            reflection=rec.reflection,
            learning=rec.learning,
            next_experiment=rec.next_experiment,
            from_experiences=tuple(x.uid for x in sorted(rec.sources, key=lambda x: x.id)),
        )
    if kind is EntryKind.THEORY:
        return TheoryEntry(
            **common,
            theory=rec.theory,
            values=rec.values_text,
            goals=rec.goals,
            versions=tuple(
                TheoryVersion(
                    created_at=v.created_at,
                    theory=v.theory,
                    values=v.values_text,
                    goals=v.goals,
                    change_note=v.change_note,
                    grew_from=tuple(u for u in v.grew_from.split("\n") if u),
                )
                for v in rec.versions
            ),
        )
    return TripNote(
        **common,
        trip=trip_value(rec.trip) if rec.trip else None,
        place=rec.place,
        culture=rec.culture,
        context=rec.context,
        communication=rec.communication,
        take_home=rec.take_home,
    )
