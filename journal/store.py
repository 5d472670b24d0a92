"""The journal's API: open a journal, read and write its entries, search it.

Every public method is one unit of work in its own transaction; nothing keeps a
database session open between calls, and nothing returned is tied to one.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Select, TextClause, delete, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, joinedload, selectinload, sessionmaker

from journal import backup, paths, storage
from journal.domain import (
    ArlEntry,
    Attachment,
    Entry,
    EntryFilter,
    EntryKind,
    EntrySummary,
    Experience,
    Participant,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    SearchHit,
    SessionKind,
    TheoryEntry,
    TheoryVersion,
    Trip,
    TripNote,
)
from journal.errors import EntryNotFoundError, JournalError, JournalWriteError
from journal.fastsave import nocase, try_update_in_place
from journal.lock import JournalLock
from journal.schema import (
    AttachmentRecord,
    BlobRecord,
    CompetencyRecord,
    EntryRecord,
    ModuleRecord,
    ParticipantRecord,
    ProgrammeRecord,
    SessionRecord,
    TagRecord,
    TheoryVersionRecord,
    TripRecord,
    entry_tags,
)
from journal.search import index_text, run_search

E = TypeVar("E", bound=Entry)
Q = TypeVar("Q", bound="Select[*tuple[Any, ...]]")

_ENTRY_LOAD = (
    selectinload(EntryRecord.tags),
    selectinload(EntryRecord.competencies),
    selectinload(EntryRecord.sources),
    selectinload(EntryRecord.versions),
    selectinload(EntryRecord.attachments),
    selectinload(EntryRecord.session),
    selectinload(EntryRecord.trip),
)


def _now() -> datetime:
    return datetime.now(UTC)


def _write_failure(exc: DBAPIError) -> str:
    reason = str(exc.orig)
    if "full" in reason:
        return "The disk is full, so the change was not saved. Free some space and try again."
    if "readonly" in reason or "read-only" in reason:
        return "The journal file is read-only, so the change was not saved."
    if "locked" in reason or "busy" in reason:
        return "The journal is busy in another program, so the change was not saved yet."
    return f"The change could not be saved ({reason})."


def open_journal(
    directory: Path | str | None = None,
    *,
    passphrase: str | None = None,
    lock: bool = True,
    daily_backup: bool = True,
) -> Journal:
    """Open (creating if need be) the journal in ``directory``.

    An older journal is backed up, then migrated. A file that is not a journal, is
    damaged or was written by a newer version raises a JournalError and is left as
    it was. With ``lock`` (the default) the journal is reserved for this process:
    a second one gets JournalLockedError. An existing journal gets its daily backup.
    An encrypted journal needs its ``passphrase`` (PassphraseRequiredError,
    WrongPassphraseError); a new journal given one is created encrypted.
    """
    folder = paths.data_dir(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalError(f"The folder {folder} cannot be created: {exc.strerror}.") from exc
    path = paths.journal_file(folder)
    journal_lock = JournalLock(folder) if lock else None
    if journal_lock is not None:
        journal_lock.acquire()
    try:
        state = storage.inspect_file(path, passphrase)
        if state.exists and not state.encrypted and not state.is_new:
            passphrase = None  # a plain journal opened with a passphrase stays plain
        if state.needs_migration:
            backup.make_backup(folder, "before-migration", passphrase=passphrase)
        elif daily_backup and lock and not state.is_new:
            backup.backup_if_due(folder, passphrase=passphrase)
        engine = storage.make_engine(path, passphrase)
        if state.is_new or state.needs_migration:
            try:
                storage.upgrade(engine, path)
            except Exception:
                engine.dispose()
                raise
    except BaseException:
        if journal_lock is not None:
            journal_lock.release()
        raise
    return Journal(folder, engine, journal_lock, passphrase=passphrase)


def change_passphrase(directory: Path | str | None, old: str | None, new: str | None) -> Path:
    """Encrypt, re-key or decrypt the journal in ``directory`` (which must not be open).

    A backup under the old passphrase is made first; returns its path. There is no
    way to recover a forgotten passphrase.
    """
    folder = paths.data_dir(directory)
    journal_lock = JournalLock(folder)
    journal_lock.acquire()
    try:
        saved = backup.make_backup(folder, "before-rekey", passphrase=old)
        storage.change_passphrase(paths.journal_file(folder), old, new)
        return saved
    finally:
        journal_lock.release()


class Journal:
    """One participant's journal file."""

    def __init__(
        self,
        folder: Path,
        engine: Engine,
        journal_lock: JournalLock | None = None,
        *,
        passphrase: str | None = None,
    ) -> None:
        self.folder = folder
        self._passphrase = passphrase
        self.path = paths.journal_file(folder)
        self._engine = engine
        self._lock = journal_lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- life cycle ---------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    def backup(self, reason: str = "manual") -> Path:
        """Copy the journal into its backups folder now (encrypted like the journal)."""
        return backup.make_backup(self.folder, reason, passphrase=self._passphrase)

    def _session(self) -> Session:
        return self._sessions()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction: all of it is saved, or (on any error) none of it."""
        try:
            with self._sessions() as s, s.begin():
                yield s
        except DBAPIError as exc:
            raise JournalWriteError(_write_failure(exc)) from exc

    # -- participant and programme -------------------------------------------

    def participant(self) -> Participant | None:
        with self._session() as s:
            rec = s.scalars(select(ParticipantRecord).limit(1)).first()
            if rec is None:
                return None
            return Participant(
                name=rec.name, role=rec.role, organisation=rec.organisation, language=rec.language
            )

    def set_participant(self, participant: Participant) -> None:
        with self._write() as s:
            rec = s.scalars(select(ParticipantRecord).limit(1)).first()
            if rec is None:
                rec = ParticipantRecord(name=participant.name)
                s.add(rec)
            rec.name = participant.name
            rec.role = participant.role
            rec.organisation = participant.organisation
            rec.language = participant.language

    def is_set_up(self) -> bool:
        """True once the first-run questions (participant) have been answered."""
        return self.participant() is not None

    def programme(self) -> Programme | None:
        with self._session() as s:
            rec = s.scalars(
                select(ProgrammeRecord)
                .options(
                    selectinload(ProgrammeRecord.modules),
                    selectinload(ProgrammeRecord.sessions).selectinload(SessionRecord.module),
                    selectinload(ProgrammeRecord.competency_areas),
                )
                .limit(1)
            ).first()
            return None if rec is None else _programme_value(rec)

    def set_programme(self, programme: Programme) -> Programme:
        """Replace the programme; modules and sessions are matched by uid.

        Entries linked to a session that is no longer in ``programme`` lose the link
        (not the entry).
        """
        with self._write() as s:
            _programme_in(s, programme)
        result = self.programme()
        assert result is not None
        return result

    # -- trips --------------------------------------------------------------

    def trips(self) -> list[Trip]:
        with self._session() as s:
            recs = s.scalars(select(TripRecord).order_by(TripRecord.starts_on, TripRecord.id))
            return [_trip_value(r) for r in recs]

    def save_trip(self, trip: Trip) -> Trip:
        with self._write() as s:
            return _trip_value(_upsert_trip(s, trip))

    # -- entries --------------------------------------------------------------

    def save(self, entry: E, *, keep_timestamps: bool = False) -> E:
        """Insert or update an entry (by id, or by uid for a new one) in one transaction.

        Returns the entry as stored. Theory versions are added with
        :meth:`add_theory_version` and attachments with :meth:`add_attachment`;
        ``save`` only writes them for a new entry (as an import does).
        ``keep_timestamps`` keeps the entry's own created/updated times (imports).
        """
        if not keep_timestamps:
            fast = self._save_in_place(entry)
            if fast is not None:
                return fast
        with self._write() as s:
            rec = _save_in(s, entry, keep_timestamps=keep_timestamps)
            return self._value(s, rec)  # type: ignore[return-value]

    def _save_in_place(self, entry: E) -> E | None:
        now = _now()
        try:
            with self._engine.begin() as connection:
                stored = try_update_in_place(connection, entry, _clean_names, now)
        except DBAPIError as exc:
            raise JournalWriteError(_write_failure(exc)) from exc
        if stored is None:
            return None
        saved = dataclasses.replace(
            entry, updated_at=now, tags=stored.tags, competencies=stored.competencies
        )
        if isinstance(saved, ArlEntry):
            saved = dataclasses.replace(saved, from_experiences=stored.sources)
        return saved

    def import_entries(
        self,
        entries: Sequence[Entry],
        attachments: Mapping[str, Sequence[tuple[str, str, bytes]]],
        *,
        participant: Participant | None = None,
        programme: Programme | None = None,
    ) -> tuple[int, int]:
        """Add entries (and their photos, by entry uid) in one transaction.

        Entries whose uid is already in the journal are left as they are. The
        participant and programme are taken only where the journal has none; the
        sessions of ``programme`` the journal lacks are added. Returns (imported,
        skipped). Either everything is imported or, on an error, nothing.
        """
        if programme is not None:
            current = self.programme()
            if current is not None:
                have_modules = {m.uid for m in current.modules}
                have_sessions = {x.uid for x in current.sessions}
                programme = dataclasses.replace(
                    current,
                    modules=current.modules
                    + tuple(m for m in programme.modules if m.uid not in have_modules),
                    sessions=current.sessions
                    + tuple(x for x in programme.sessions if x.uid not in have_sessions),
                )
        imported = skipped = 0
        with self._write() as s:
            if participant is not None and s.scalar(select(ParticipantRecord.id)) is None:
                s.add(
                    ParticipantRecord(
                        name=participant.name,
                        role=participant.role,
                        organisation=participant.organisation,
                        language=participant.language,
                    )
                )
            if programme is not None:
                _programme_in(s, programme)
            existing = set(s.scalars(select(EntryRecord.uid)))
            for entry in entries:
                if entry.uid in existing:
                    skipped += 1
                    continue
                rec = _save_in(s, dataclasses.replace(entry, id=None), keep_timestamps=True)
                for file_name, media_type, data in attachments.get(entry.uid, ()):
                    _attach(s, rec.id, data, file_name=file_name, media_type=media_type)
                imported += 1
        return imported, skipped

    def get_entry(self, entry_id: int) -> Entry:
        with self._session() as s:
            rec = s.get(EntryRecord, entry_id, options=_ENTRY_LOAD)
            if rec is None:
                raise EntryNotFoundError(f"entry {entry_id} does not exist")
            return self._value(s, rec)

    def get_entry_by_uid(self, uid: str) -> Entry:
        with self._session() as s:
            rec = s.scalars(
                select(EntryRecord).where(EntryRecord.uid == uid).options(*_ENTRY_LOAD)
            ).first()
            if rec is None:
                raise EntryNotFoundError(f"entry {uid} does not exist")
            return self._value(s, rec)

    def delete_entry(self, entry_id: int) -> None:
        with self._write() as s:
            rec = s.get(EntryRecord, entry_id)
            if rec is None:
                raise EntryNotFoundError(f"entry {entry_id} does not exist")
            s.delete(rec)
            s.flush()
            s.execute(_delete_index_sql(), {"id": entry_id})
            _drop_orphan_blobs(s)

    def count_entries(self, flt: EntryFilter | None = None) -> int:
        with self._session() as s:
            query = _filtered(select(func.count(EntryRecord.id)), flt or EntryFilter())
            return int(s.scalar(query) or 0)

    def list_entries(
        self, flt: EntryFilter | None = None, *, offset: int = 0, limit: int | None = None
    ) -> list[EntrySummary]:
        """Entries for a list, newest first."""
        query = _filtered(
            select(
                EntryRecord.id,
                EntryRecord.uid,
                EntryRecord.kind,
                EntryRecord.title,
                EntryRecord.occurred_on,
                EntryRecord.private,
                SessionRecord.uid,
                EntryRecord.updated_at,
            ).outerjoin(SessionRecord, EntryRecord.session_id == SessionRecord.id),
            flt or EntryFilter(),
        ).order_by(EntryRecord.occurred_on.desc(), EntryRecord.id.desc())
        query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._session() as s:
            return [
                EntrySummary(
                    id=r[0],
                    uid=r[1],
                    kind=EntryKind(r[2]),
                    title=r[3],
                    occurred_on=r[4],
                    private=r[5],
                    session_uid=r[6],
                    updated_at=r[7],
                )
                for r in s.execute(query)
            ]

    def iter_entries(self, flt: EntryFilter | None = None, *, batch: int = 200) -> Iterator[Entry]:
        """Full entries, oldest first, loaded a batch at a time (for export)."""
        ids_query = _filtered(select(EntryRecord.id), flt or EntryFilter()).order_by(
            EntryRecord.occurred_on, EntryRecord.created_at, EntryRecord.id
        )
        with self._session() as s:
            ids = list(s.scalars(ids_query))
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            with self._session() as s:
                recs = {
                    r.id: r
                    for r in s.scalars(
                        select(EntryRecord).where(EntryRecord.id.in_(chunk)).options(*_ENTRY_LOAD)
                    )
                }
                values = [self._value(s, recs[i]) for i in chunk if i in recs]
            yield from values

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of entries, by name."""
        with self._session() as s:
            rows = s.execute(
                select(TagRecord.name, func.count(entry_tags.c.entry_id))
                .join(entry_tags, entry_tags.c.tag_id == TagRecord.id)
                .group_by(TagRecord.id)
                .order_by(TagRecord.name)
            )
            return [(r[0], int(r[1])) for r in rows]

    # -- leadership theory ----------------------------------------------------

    def add_theory_version(self, entry_id: int, change_note: str) -> TheoryEntry:
        """Keep the theory's current text as a new dated version."""
        with self._write() as s:
            rec = s.get(EntryRecord, entry_id)
            if rec is None or rec.kind != EntryKind.THEORY.value:
                raise EntryNotFoundError(f"theory entry {entry_id} does not exist")
            now = _now()
            s.add(
                TheoryVersionRecord(
                    entry_id=rec.id,
                    created_at=now,
                    theory=rec.theory,
                    values_text=rec.values_text,
                    goals=rec.goals,
                    change_note=change_note,
                )
            )
            rec.updated_at = now
        result = self.get_entry(entry_id)
        assert isinstance(result, TheoryEntry)
        return result

    # -- attachments ----------------------------------------------------------

    def add_attachment(
        self, entry_id: int, data: bytes, *, file_name: str, media_type: str
    ) -> Attachment:
        with self._write() as s:
            rec = s.get(EntryRecord, entry_id)
            if rec is None:
                raise EntryNotFoundError(f"entry {entry_id} does not exist")
            att = _attach(s, rec.id, data, file_name=file_name, media_type=media_type)
            rec.updated_at = _now()
            return att

    def remove_attachment(self, attachment_id: int) -> None:
        with self._write() as s:
            rec = s.get(AttachmentRecord, attachment_id)
            if rec is None:
                raise EntryNotFoundError(f"attachment {attachment_id} does not exist")
            s.delete(rec)
            s.flush()
            _drop_orphan_blobs(s)

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._session() as s:
            data = s.scalar(
                select(BlobRecord.data)
                .join(AttachmentRecord, AttachmentRecord.blob_sha256 == BlobRecord.sha256)
                .where(AttachmentRecord.id == attachment_id)
            )
            if data is None:
                raise EntryNotFoundError(f"attachment {attachment_id} does not exist")
            return data

    # -- search -----------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 50, include_private: bool = True
    ) -> list[SearchHit]:
        """Ranked entries matching every word of ``query`` (as prefixes), best first."""
        with self._engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            return run_search(raw, query, limit=limit, include_private=include_private)

    # -- values ------------------------------------------------------------------

    def _value(self, s: Session, rec: EntryRecord) -> Entry:
        common = {
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
        }
        kind = EntryKind(rec.kind)
        if kind is EntryKind.EXPERIENCE:
            return Experience(**common, body=rec.body)  # type: ignore[arg-type]
        if kind is EntryKind.ARL:
            return ArlEntry(
                **common,  # type: ignore[arg-type]
                action=rec.action,
                reflection=rec.reflection,
                learning=rec.learning,
                next_experiment=rec.next_experiment,
                from_experiences=tuple(x.uid for x in sorted(rec.sources, key=lambda x: x.id)),
            )
        if kind is EntryKind.THEORY:
            return TheoryEntry(
                **common,  # type: ignore[arg-type]
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
                    )
                    for v in rec.versions
                ),
            )
        return TripNote(
            **common,  # type: ignore[arg-type]
            trip=_trip_value(rec.trip) if rec.trip else None,
            place=rec.place,
            culture=rec.culture,
            context=rec.context,
            communication=rec.communication,
            attachments=tuple(_attachment_value(s, a) for a in rec.attachments),
        )


# -- writing helpers ----------------------------------------------------------------


def _save_in(s: Session, entry: Entry, *, keep_timestamps: bool) -> EntryRecord:
    now = _now()
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
    else:
        rec.updated_at = now
    s.flush()
    _reindex(s, rec)
    return rec


def _programme_in(s: Session, programme: Programme) -> None:
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
    rec.language = programme.language
    rec.starts_on = programme.starts_on
    rec.ends_on = programme.ends_on
    _sync_modules(s, rec, programme.modules)
    _sync_sessions(s, rec, programme.sessions)
    _sync_competencies(s, rec, programme.competency_areas)


def _write_entry(s: Session, rec: EntryRecord, entry: Entry, *, is_new: bool) -> None:
    rec.title = entry.title
    rec.occurred_on = entry.occurred_on
    rec.private = entry.private
    if not _same_names(rec.tags, entry.tags):
        rec.tags = _tag_records(s, entry.tags)
    if not _same_names(rec.competencies, entry.competencies):
        rec.competencies = _competency_records(s, entry.competencies)
    rec.session = _session_record(s, entry.session_uid)
    if isinstance(entry, Experience):
        rec.body = entry.body
    elif isinstance(entry, ArlEntry):
        rec.action = entry.action
        rec.reflection = entry.reflection
        rec.learning = entry.learning
        rec.next_experiment = entry.next_experiment
        rec.sources = _source_records(s, entry.from_experiences)
    elif isinstance(entry, TheoryEntry):
        rec.theory = entry.theory
        rec.values_text = entry.values
        rec.goals = entry.goals
        if is_new:
            rec.versions = [
                TheoryVersionRecord(
                    created_at=v.created_at,
                    theory=v.theory,
                    values_text=v.values,
                    goals=v.goals,
                    change_note=v.change_note,
                )
                for v in entry.versions
            ]
    elif isinstance(entry, TripNote):
        rec.trip = _upsert_trip(s, entry.trip) if entry.trip else None
        rec.place = entry.place
        rec.culture = entry.culture
        rec.context = entry.context
        rec.communication = entry.communication
    else:  # pragma: no cover - every kind is handled above
        raise JournalError(f"unknown entry kind {entry.kind}")


def _same_names(records: list[TagRecord] | list[CompetencyRecord], names: tuple[str, ...]) -> bool:
    return sorted(r.name for r in records) == sorted(_clean_names(names))


def _clean_names(names: tuple[str, ...]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def _tag_records(s: Session, names: tuple[str, ...]) -> list[TagRecord]:
    wanted = _clean_names(names)
    if not wanted:
        return []
    existing = {t.name.casefold(): t for t in s.scalars(select(TagRecord))}
    records = []
    for name in wanted:
        rec = existing.get(name.casefold())
        if rec is None:
            rec = TagRecord(name=name)
            s.add(rec)
            existing[name.casefold()] = rec
        records.append(rec)
    return records


def _competency_records(s: Session, names: tuple[str, ...]) -> list[CompetencyRecord]:
    wanted = _clean_names(names)
    if not wanted:
        return []
    existing = {c.name.casefold(): c for c in s.scalars(select(CompetencyRecord))}
    records = []
    for name in wanted:
        rec = existing.get(name.casefold())
        if rec is None:
            # An area the programme does not list is kept, outside the programme.
            rec = CompetencyRecord(name=name, programme_id=None, position=0)
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


def _upsert_trip(s: Session, trip: Trip) -> TripRecord:
    rec = s.scalars(select(TripRecord).where(TripRecord.uid == trip.uid)).first()
    if rec is None:
        rec = TripRecord(uid=trip.uid, destination=trip.destination)
        s.add(rec)
    rec.destination = trip.destination
    rec.starts_on = trip.starts_on
    rec.ends_on = trip.ends_on
    return rec


def _attach(
    s: Session, entry_id: int, data: bytes, *, file_name: str, media_type: str
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
    )
    s.add(rec)
    s.flush()
    return Attachment(
        id=rec.id, file_name=file_name, media_type=media_type, sha256=digest, size=len(data)
    )


def _drop_orphan_blobs(s: Session) -> None:
    s.execute(
        delete(BlobRecord).where(
            ~BlobRecord.sha256.in_(select(AttachmentRecord.blob_sha256).distinct())
        )
    )


def _delete_index_sql() -> TextClause:
    return text("DELETE FROM search_index WHERE rowid = :id")


def _reindex(s: Session, rec: EntryRecord) -> None:
    s.execute(_delete_index_sql(), {"id": rec.id})
    fields = [
        rec.body,
        rec.action,
        rec.reflection,
        rec.learning,
        rec.next_experiment,
        rec.theory,
        rec.values_text,
        rec.goals,
        rec.trip.destination if rec.trip else "",
        rec.place,
        rec.culture,
        rec.context,
        rec.communication,
        " ".join(t.name for t in rec.tags),
        " ".join(c.name for c in rec.competencies),
    ]
    s.execute(
        text("INSERT INTO search_index(rowid, title, text) VALUES (:id, :title, :text)"),
        {"id": rec.id, "title": rec.title, "text": index_text(fields)},
    )


def _filtered(query: Q, flt: EntryFilter) -> Q:
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
        srec.agenda = session.agenda
        srec.notes = session.notes
        srec.next_steps = session.next_steps
        kept.append(srec)
    rec.sessions = kept
    s.flush()


def _sync_competencies(s: Session, rec: ProgrammeRecord, names: tuple[str, ...]) -> None:
    wanted = _clean_names(names)
    existing = {c.name.casefold(): c for c in s.scalars(select(CompetencyRecord))}
    areas = []
    for position, name in enumerate(wanted):
        crec = existing.pop(name.casefold(), None) or CompetencyRecord(name=name)
        crec.name = name
        crec.position = position
        areas.append(crec)
    rec.competency_areas = areas
    # Areas dropped from the programme but still used by entries stay, unlisted.
    for crec in existing.values():
        crec.programme = None
    s.flush()


def _programme_value(rec: ProgrammeRecord) -> Programme:
    return Programme(
        name=rec.name,
        name_en=rec.name_en,
        template_id=rec.template_id,
        organiser=rec.organiser,
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
                agenda=x.agenda,
                notes=x.notes,
                next_steps=x.next_steps,
            )
            for x in rec.sessions
        ),
        competency_areas=tuple(c.name for c in rec.competency_areas),
    )


def _trip_value(rec: TripRecord) -> Trip:
    return Trip(
        uid=rec.uid, destination=rec.destination, starts_on=rec.starts_on, ends_on=rec.ends_on
    )


def _attachment_value(s: Session, rec: AttachmentRecord) -> Attachment:
    size = s.scalar(select(BlobRecord.size).where(BlobRecord.sha256 == rec.blob_sha256)) or 0
    return Attachment(
        id=rec.id,
        file_name=rec.file_name,
        media_type=rec.media_type,
        sha256=rec.blob_sha256,
        size=int(size),
    )


def summary_of(entry: Entry) -> EntrySummary:
    """The list row of a full entry (after a save)."""
    assert entry.id is not None and entry.updated_at is not None
    return EntrySummary(
        id=entry.id,
        uid=entry.uid,
        kind=entry.kind,
        title=entry.title,
        occurred_on=entry.occurred_on,
        private=entry.private,
        session_uid=entry.session_uid,
        updated_at=entry.updated_at,
    )


__all__ = ["Journal", "open_journal", "summary_of"]
