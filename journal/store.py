"""The journal's API: open a journal, read and write its entries, search it.

Every public method is one unit of work in its own transaction; nothing keeps a
database session open between calls, and nothing returned is tied to one.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import sqlalchemy.dialects.sqlite  # noqa: F401  (with the rest, not at the first engine)
from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from journal import limits, paths
from journal.domain import (
    RATING_SCALE,
    ArlEntry,
    Attachment,
    Entry,
    EntryFacts,
    EntryFilter,
    EntryKind,
    EntrySummary,
    FileToAttach,
    Participant,
    PortfolioTexts,
    Programme,
    RatingPhase,
    SearchHit,
    SelfRating,
    TheoryEntry,
    Trip,
    first_words,
)
from journal.errors import (
    EntryNotFoundError,
    JournalDamagedError,
    JournalError,
    JournalMissingError,
    JournalReadOnlyError,
    JournalWriteError,
    TooLargeError,
)
from journal.search import run_search
from journal.storage import backup, database, files
from journal.storage.backup import BackupReason
from journal.storage.later import Later
from journal.storage.lock import JournalLock
from journal.storage.plain_reads import preview_text

if TYPE_CHECKING:
    from journal.feedback.model import ExportManifest, MentorComment, Place
    from journal.improvement.model import Initiative
    from journal.improvement.search import InitiativeHit
    from journal.storage import fastsave, records, schema
else:  # the ORM's tables and write path load at their first use (storage.later)
    fastsave = Later("journal.storage.fastsave")
    records = Later("journal.storage.records")
    schema = Later("journal.storage.schema")

E = TypeVar("E", bound=Entry)
_TEXT_PARTS = frozenset(f.name for f in dataclasses.fields(PortfolioTexts))
T = TypeVar("T")


def check_size(entry: Entry) -> None:
    """Refuse an entry with a text beyond the journal's limit, naming the field."""
    for field in dataclasses.fields(entry):
        value = getattr(entry, field.name)
        if isinstance(value, str) and len(value) > limits.MAX_TEXT_CHARS:
            raise TooLargeError(
                f"The {field.name.replace('_', ' ')} of '{entry.title[:60]}' has "
                f"{len(value):,} characters; a text holds at most {limits.MAX_TEXT_CHARS:,}. "
                "Nothing of the change was stored."
            )


def _write_error(exc: DBAPIError, journal: Journal) -> JournalError:
    reason = str(exc.orig)
    if "full" in reason:
        return JournalWriteError(
            "The disk is full, so the change was not saved. Free some space and try again."
        )
    if "readonly" in reason or "read-only" in reason:
        return JournalReadOnlyError("The journal file is read-only, so the change was not saved.")
    if "locked" in reason or "busy" in reason:
        return JournalWriteError(
            "The journal is busy in another program, so the change was not saved yet."
        )
    if "malformed" in reason or "not a database" in reason:
        return journal._read_failure(exc)
    return JournalWriteError(f"The change could not be saved ({reason}).")


def open_journal(
    directory: Path | str | None = None,
    *,
    passphrase: str | None = None,
    lock: bool = True,
    daily_backup: bool = True,
    create: bool = True,
    verify_now: bool = True,
) -> Journal:
    """Open the journal in ``directory``, creating it there if ``create`` and none is there.

    An older journal is checked, backed up, then migrated in one transaction. A file
    that is empty, not a journal, damaged or written by a newer version raises a
    JournalError and is left as it was. With ``lock`` (the default) the journal is
    reserved for this process: a second one gets JournalLockedError. An existing
    journal gets its daily backup once it is known to be sound; with ``verify_now``
    False (the app, which keeps its start quick) that is left to
    :meth:`Journal.start_of_day`, and the first write waits for the check. An
    encrypted journal needs its ``passphrase`` (PassphraseRequiredError,
    WrongPassphraseError); a new journal given one is created encrypted.
    """
    if passphrase == "":
        passphrase = None  # an empty passphrase opens nothing: asked for again, not a try
    folder = paths.data_dir(directory)
    path = paths.journal_file(folder)
    if not create and not path.exists():
        raise JournalMissingError(f"There is no journal in {folder}.")
    try:
        folder.mkdir(mode=files.PRIVATE_DIR, parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalReadOnlyError(
            f"The folder {folder} cannot be created: {exc.strerror}."
        ) from exc
    journal_lock = JournalLock(folder) if lock else None
    if journal_lock is not None:
        journal_lock.acquire()
    try:
        state = database.inspect_file(path, passphrase)
        if state.exists and not state.encrypted:
            passphrase = None  # a plain journal opened with a passphrase stays plain
        if journal_lock is not None:
            files.remove_stale(folder, paths.backup_dir(folder))
            for owned in paths.owned_files(folder):
                files.make_private(owned)
        if not state.exists:
            database.create(path, passphrase)
        elif state.needs_migration:
            problems = database.soundness_problems(path, passphrase)
            if problems:
                raise JournalDamagedError(
                    f"{path.name} is damaged ({problems[0]}); it was not upgraded."
                )
            backup.make_backup(folder, BackupReason.BEFORE_MIGRATION, passphrase=passphrase)
            database.upgrade(path, passphrase)
        engine = database.make_engine(path, passphrase)
        journal = Journal(
            folder, engine, journal_lock, passphrase=passphrase, sound=not state.exists
        )
    except BaseException:
        if journal_lock is not None:
            journal_lock.release()
        raise
    journal.start_of_day_pending = not verify_now and daily_backup and lock and state.exists
    if verify_now:
        try:
            journal.verify()
            if daily_backup and lock and state.exists:
                warning = journal.start_of_day()
                if warning:
                    journal.warnings.append(warning)
        except BaseException:
            journal.close()
            raise
    return journal


def change_passphrase(
    directory: Path | str | None,
    old: str | None,
    new: str | None,
    *,
    delete_backups: bool = False,
) -> PassphraseChanged:
    """Encrypt, re-key or decrypt the journal in ``directory`` (which must not be open).

    First a backup is made, under the old passphrase (under the new one when the
    journal was plain: a plain copy is never left behind). Then the journal is
    re-keyed, and every backup is re-written under the new passphrase, or, with
    ``delete_backups``, deleted. There is no way to recover a forgotten passphrase.
    """
    if new == "":
        raise JournalError("The new passphrase is empty; nothing was changed.")
    database.require_sqlcipher()  # before the backup, not after it
    folder = paths.data_dir(directory)
    path = paths.journal_file(folder)
    journal_lock = JournalLock(folder)
    journal_lock.acquire()
    try:
        state = database.inspect_file(path, old)  # a wrong ``old`` stops here
        old_key = old if state.encrypted else None
        saved = backup.make_backup(  # never a plain copy of a journal being encrypted
            folder,
            BackupReason.BEFORE_REKEY,
            passphrase=old_key,
            rekey_to=new if old_key is None else None,
        )
        database.change_passphrase(path, old_key, new)
        result = backup.rekey_backups(folder, old_key, new, delete=delete_backups)
        return PassphraseChanged(saved=saved, backups=result)
    finally:
        journal_lock.release()


@dataclasses.dataclass(frozen=True)
class PassphraseChanged:
    """What a passphrase change did: the backup made first, and what became of the others."""

    saved: Path
    backups: backup.RekeyResult


class Journal:
    """One participant's journal file."""

    def __init__(
        self,
        folder: Path,
        engine: Engine,
        journal_lock: JournalLock | None = None,
        *,
        passphrase: str | None = None,
        sound: bool = False,
    ) -> None:
        self.folder = folder
        self._passphrase = passphrase
        self.path = paths.journal_file(folder)
        self._engine = engine
        self._lock = journal_lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._checked = threading.Lock()
        self._sound = sound  # known to pass the integrity check
        self._damage: str | None = None  # why it is known not to
        self.warnings: list[str] = []  # what opening could not do (e.g. the daily backup)
        self.start_of_day_pending = False  # the check and daily backup are left to the app

    # -- life cycle ---------------------------------------------------------

    def close(self) -> None:
        if self._lock is not None and self._damage is None:
            self.checkpoint()
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

    @property
    def passphrase(self) -> str | None:
        """The passphrase it was opened with (needed to restore its encrypted backups)."""
        return self._passphrase

    @property
    def damage(self) -> str | None:
        """Why the file is known to be damaged, or None."""
        return self._damage

    def verify(self) -> None:
        """Make sure the file passes SQLite's integrity check (once per opening).

        Raises JournalDamagedError, and from then on refuses every write: a damaged
        journal is never written and never backed up over good backups.
        """
        with self._checked:
            if self._damage is not None:
                raise JournalDamagedError(self._damage)
            if self._sound:
                return
            problems = database.soundness_problems(self.path, self._passphrase)
            if not problems:
                problems = self._repair_search_index()
            if problems:
                self._damage = f"{self.path.name} is damaged ({problems[0]})."
                raise JournalDamagedError(self._damage)
            self._sound = True

    def _repair_search_index(self) -> list[str]:
        """The file is sound but its full-text index may not be: the index is made from
        the entries alone, so it is built again from them (what `check --repair` does)
        rather than the journal refused. Returns what is still wrong."""
        if not database.search_index_problems(self.path, self._passphrase):
            return []
        try:
            database.rebuild_search_index(self.path, self._passphrase)
        except (JournalError, DBAPIError, sqlite3.Error):
            # The entries it is made from cannot all be read: that is damage to the
            # journal itself, and it is refused as any other.
            return [f"{database.SEARCH_INDEX_DAMAGED}, and the entries cannot all be read"]
        return database.search_index_problems(self.path, self._passphrase)

    def start_of_day(self) -> str | None:
        """Check the file, then make the daily backup if it is due (the app runs this off
        its UI thread). Raises JournalDamagedError; returns a warning when the backup
        could not be made (a nearly full disk must not keep the journal closed)."""
        self.start_of_day_pending = False
        self.verify()
        try:
            backup.backup_if_due(self.folder, passphrase=self._passphrase)
        except (JournalError, OSError) as exc:
            return f"The daily backup could not be made: {exc}"
        # After the backup: an entry emptied from the Trash today is still in it.
        self.empty_trash(older_than=timedelta(days=limits.TRASH_DAYS))
        return None

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the journal file, so that a copy of the file
        alone holds every save. False when it could not be done now."""
        try:
            return database.checkpoint(self._engine)
        except DBAPIError:
            return False

    def backup(self, reason: str = BackupReason.MANUAL) -> Path:
        """Copy the journal into its backups folder now (encrypted like the journal)."""
        return backup.make_backup(self.folder, reason, passphrase=self._passphrase)

    def save_copy(self, target: Path, progress: database.Progress | None = None) -> Path:
        """A consistent copy of the journal at ``target``, at any moment, keyed as the
        journal is (SQLite's online backup API: saves in the log are in it).
        ``progress(done, total)`` is called as pages are copied, and may raise to stop."""
        paths.refuse_journal_path(self.folder, target)
        try:
            return database.copy_database(
                self.path, Path(target), self._passphrase, progress=progress
            )
        except OSError as exc:
            raise JournalError(f"The copy could not be written: {exc.strerror or exc}") from exc

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with self._sessions() as s:
                yield s
        except DBAPIError as exc:
            raise self._read_failure(exc) from exc

    def _read_failure(self, exc: DBAPIError) -> JournalError:
        error = database.read_failure(self.path, exc.orig or exc)
        if isinstance(error, JournalDamagedError):
            self._damage = str(error)
        return error

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction: all of it is saved, or (on any error) none of it."""
        self.verify()
        try:
            with self._sessions() as s, s.begin():
                yield s
        except DBAPIError as exc:
            raise _write_error(exc, self) from exc

    # -- participant and programme -------------------------------------------

    def participant(self) -> Participant | None:
        from journal.storage.plain_reads import read_participant

        return self._read_plain(read_participant)

    def set_participant(self, participant: Participant) -> None:
        with self._write() as s:
            rec = s.scalars(select(schema.ParticipantRecord).limit(1)).first()
            if rec is None:
                rec = schema.ParticipantRecord(name=participant.name)
                s.add(rec)
            rec.name = participant.name
            rec.role = participant.role
            rec.organisation = participant.organisation
            rec.language = participant.language

    def is_set_up(self) -> bool:
        """True once the first-run questions (participant) have been answered."""
        return self.participant() is not None

    def warm_up(self) -> None:
        """Load the ORM's tables and write path now, which the reads for the first paint
        do without (storage.later): the window calls this once it shows, so that the
        first save does not wait for them."""
        import journal.storage.fastsave  # noqa: F401  (and with it records and schema)

        with self._session() as s:  # the ORM's first statement sets up its caches
            s.execute(select(schema.EntryRecord.id).limit(1))

    def programme(self) -> Programme | None:
        # Plain SQL (storage.plain_reads): the window reads it before its first paint.
        from journal.storage.plain_reads import read_programme

        return self._read_plain(read_programme)

    def set_programme(self, programme: Programme) -> Programme:
        """Replace the programme; modules and sessions are matched by uid.

        Entries linked to a session that is no longer in ``programme`` lose the link
        (not the entry).
        """
        with self._write() as s:
            records.write_programme(s, programme)
        result = self.programme()
        assert result is not None
        return result

    # -- trips --------------------------------------------------------------

    def trips(self) -> list[Trip]:
        with self._session() as s:
            recs = s.scalars(
                select(schema.TripRecord).order_by(
                    schema.TripRecord.starts_on, schema.TripRecord.id
                )
            )
            return [records.trip_value(r) for r in recs]

    def save_trip(self, trip: Trip) -> Trip:
        with self._write() as s:
            return records.trip_value(records.upsert_trip(s, trip))

    # -- entries --------------------------------------------------------------

    def save(self, entry: E, *, keep_timestamps: bool = False) -> E:
        """Insert or update an entry (by id, or by uid for a new one) in one transaction.

        Returns the entry as stored. Theory versions are added with
        :meth:`add_theory_version` and attachments with :meth:`add_attachment`;
        ``save`` only writes them for a new entry (as an import does).
        ``keep_timestamps`` keeps the entry's own created/updated times (imports).
        Raises TooLargeError for a text beyond :data:`journal.limits.MAX_TEXT_CHARS`.
        """
        check_size(entry)
        if not keep_timestamps:
            fast = self._save_in_place(entry)
            if fast is not None:
                return fast
        with self._write() as s:
            rec = records.save_in(s, entry, keep_timestamps=keep_timestamps)
            stored = records.entry_value(s, rec)
            assert isinstance(stored, type(entry))  # records.save_in refuses a change of kind
            return stored

    def _save_in_place(self, entry: E) -> E | None:
        now = records.utc_now()
        self.verify()
        try:
            with self._engine.begin() as connection:
                stored = fastsave.try_update_in_place(connection, entry, now)
        except DBAPIError as exc:
            raise _write_error(exc, self) from exc
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
        attachments: Mapping[str, Sequence[FileToAttach]],
        *,
        participant: Participant | None = None,
        programme: Programme | None = None,
        comments: Sequence[MentorComment] = (),
        exports: Sequence[ExportManifest] = (),
        texts: PortfolioTexts | None = None,
        ratings: Sequence[SelfRating] = (),
        initiatives: Sequence[Initiative] = (),
    ) -> tuple[int, int]:
        """Add entries (and their photos, by entry uid) in one transaction, with the
        mentor's comments and export manifests not in the journal yet, and the portfolio's
        own texts and self-assessments when the journal has none.

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
            if participant is not None and s.scalar(select(schema.ParticipantRecord.id)) is None:
                s.add(
                    schema.ParticipantRecord(
                        name=participant.name,
                        role=participant.role,
                        organisation=participant.organisation,
                        language=participant.language,
                    )
                )
            if programme is not None:
                records.write_programme(s, programme)
            existing = set(s.scalars(select(schema.EntryRecord.uid)))
            for entry in entries:
                if entry.uid in existing:
                    skipped += 1
                    continue
                rec = records.save_in(s, dataclasses.replace(entry, id=None), keep_timestamps=True)
                for item in attachments.get(entry.uid, ()):
                    new = FileToAttach(*item)
                    records.attach(
                        s,
                        rec.id,
                        new.data,
                        file_name=new.file_name,
                        media_type=new.media_type,
                        caption=new.caption,
                    )
                imported += 1
            if texts is not None and s.scalar(select(schema.PortfolioTextRecord.part)) is None:
                now = records.utc_now()  # hers are kept; a journal without any takes these
                for part, text in dataclasses.asdict(texts).items():
                    s.add(schema.PortfolioTextRecord(part=part, text=text, updated_at=now))
            if initiatives:  # those the journal has not (by uid)
                import json

                from journal.improvement.model import to_json

                have_initiatives = set(s.scalars(select(schema.InitiativeRecord.uid)))
                now = records.utc_now()
                for n, initiative in enumerate(initiatives):
                    if initiative.uid in have_initiatives:
                        continue
                    s.add(
                        schema.InitiativeRecord(
                            uid=initiative.uid,
                            title=initiative.title,
                            position=len(have_initiatives) + n,
                            body=json.dumps(to_json(initiative), ensure_ascii=False),
                            created_at=initiative.created_at or now,
                            updated_at=initiative.updated_at or now,
                        )
                    )
            if ratings and s.scalar(select(schema.SelfRatingRecord.id)) is None:
                for r in ratings:
                    s.add(
                        schema.SelfRatingRecord(
                            area=r.area,
                            phase=r.phase.value,
                            rating=r.rating,
                            note=r.note,
                            rated_on=r.rated_on,
                        )
                    )
            if comments or exports:
                from journal.storage import feedback_records

                for manifest in exports:
                    if feedback_records.manifest_of(s, manifest.export_id) is None:
                        feedback_records.add_export(s, manifest)
                        s.flush()
                have = {uid for uid in s.scalars(select(schema.MentorCommentRecord.uid))}
                feedback_records.add_comments(
                    s, [c for c in comments if c.uid not in have], records.utc_now()
                )
        return imported, skipped

    def get_entry(self, entry_id: int) -> Entry:
        # Plain SQL (storage.plain_reads): opening an entry is a hot path, and the ORM's
        # first read in a process compiles eight statements (~9 ms).
        from journal.storage.plain_reads import read_entry

        entry = self._read_plain(lambda raw: read_entry(raw, entry_id))
        if entry is None:
            raise EntryNotFoundError(f"entry {entry_id} does not exist")
        return entry

    def _read_plain(self, read: Callable[[sqlite3.Connection], T]) -> T:
        """``read`` on the journal's own connection (SQLCipher's when encrypted), with
        the failures a read through the ORM would give."""
        try:
            with self._engine.connect() as connection:
                return read(cast(sqlite3.Connection, connection.connection.dbapi_connection))
        except DBAPIError as exc:
            raise self._read_failure(exc) from exc
        except Exception as exc:  # the driver's own: sqlite3's, or SQLCipher's
            if not database.is_driver_error(exc):
                raise
            raise database.read_failure(self.path, exc) from exc

    def get_entry_by_uid(self, uid: str) -> Entry:
        with self._session() as s:
            rec = s.scalars(select(schema.EntryRecord).where(schema.EntryRecord.uid == uid)).first()
            if rec is None:
                raise EntryNotFoundError(f"entry {uid} does not exist")
            return records.entry_value(s, rec)

    def titles(self, uids: Iterable[str]) -> dict[str, str]:
        """The title of each entry in ``uids`` that exists, by uid (one query)."""
        wanted = list(dict.fromkeys(uids))
        if not wanted:
            return {}
        from journal.storage.plain_reads import read_titles

        return self._read_plain(lambda raw: read_titles(raw, wanted))

    def experience_texts(self, uids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(title, text) of each experience in ``uids`` that exists, by uid: what an A–R–L
        entry quotes when it opens (one plain SQL statement)."""
        wanted = list(dict.fromkeys(uids))
        if not wanted:
            return {}
        from journal.storage.plain_reads import read_experience_texts

        return self._read_plain(lambda raw: read_experience_texts(raw, wanted))

    def trash_entry(self, entry_id: int) -> None:
        """Move an entry to the Trash: out of every list, search and the portfolio, kept
        (and restorable) for :data:`journal.limits.TRASH_DAYS` days."""
        self._set_deleted(entry_id, records.utc_now())

    def restore_entry(self, entry_id: int) -> None:
        """Take an entry out of the Trash, as it was."""
        self._set_deleted(entry_id, None)

    def _set_deleted(self, entry_id: int, when: datetime | None) -> None:
        with self._write() as s:
            done = s.execute(
                update(schema.EntryRecord)
                .where(schema.EntryRecord.id == entry_id)
                .values(deleted_at=when)
            )
            if not done.rowcount:  # type: ignore[attr-defined]
                raise EntryNotFoundError(f"entry {entry_id} does not exist")

    def empty_trash(self, *, older_than: timedelta | None = None) -> int:
        """Delete for good the entries in the Trash (only those moved there more than
        ``older_than`` ago, if given). Returns how many."""
        query = select(schema.EntryRecord.id).where(schema.EntryRecord.deleted_at.is_not(None))
        if older_than is not None:
            query = query.where(schema.EntryRecord.deleted_at < records.utc_now() - older_than)
        with self._session() as s:
            ids = list(s.scalars(query))
        if ids:
            with self._write() as s:
                for entry_id in ids:
                    self._delete_in(s, entry_id)
        return len(ids)

    def delete_entry(self, entry_id: int) -> None:
        """Delete an entry for good (the Trash is :meth:`trash_entry`)."""
        with self._write() as s:
            self._delete_in(s, entry_id)

    @staticmethod
    def _delete_in(s: Session, entry_id: int) -> None:
        rec = s.get(schema.EntryRecord, entry_id)
        if rec is None:
            raise EntryNotFoundError(f"entry {entry_id} does not exist")
        s.delete(rec)
        s.flush()
        s.execute(records.DELETE_INDEX, {"id": entry_id})
        records.drop_orphan_blobs(s)

    def entry_days(self, first: date, last: date) -> set[date]:
        """The days from ``first`` to ``last`` that have an entry (outside the Trash)."""
        flt = EntryFilter(date_from=first, date_to=last)
        with self._session() as s:
            return set(
                s.scalars(records.filtered(select(schema.EntryRecord.occurred_on).distinct(), flt))
            )

    def count_entries(self, flt: EntryFilter | None = None) -> int:
        flt = flt or EntryFilter()
        if flt == EntryFilter():  # all entries: the window's first count
            from journal.storage.plain_reads import count_outside_trash

            return self._read_plain(count_outside_trash)
        with self._session() as s:
            return int(
                s.scalar(records.filtered(select(func.count(schema.EntryRecord.id)), flt)) or 0
            )

    def list_entries(
        self, flt: EntryFilter | None = None, *, offset: int = 0, limit: int | None = None
    ) -> list[EntrySummary]:
        """Entries for a list, newest first."""
        if (flt is None or flt == EntryFilter()) and limit is not None:
            # All entries, a page at a time: the window's first page (plain SQL).
            from journal.storage.plain_reads import read_summaries

            rows = self._read_plain(lambda raw: read_summaries(raw, offset, limit))
            return [EntrySummary(**_summary_fields(r)) for r in rows]
        query = records.filtered(
            select(*_summary_columns()).outerjoin(
                schema.SessionRecord, schema.EntryRecord.session_id == schema.SessionRecord.id
            ),
            flt or EntryFilter(),
        ).order_by(schema.EntryRecord.occurred_on.desc(), schema.EntryRecord.id.desc())
        query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._session() as s:
            return [EntrySummary(**_summary_fields(r)) for r in s.execute(query)]

    def iter_entries(self, flt: EntryFilter | None = None, *, batch: int = 200) -> Iterator[Entry]:
        """Full entries, oldest first, loaded a batch at a time (for export)."""
        ids_query = records.filtered(select(schema.EntryRecord.id), flt or EntryFilter()).order_by(
            schema.EntryRecord.occurred_on, schema.EntryRecord.created_at, schema.EntryRecord.id
        )
        with self._session() as s:
            ids = list(s.scalars(ids_query))
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            with self._session() as s:
                recs = {
                    r.id: r
                    for r in s.scalars(
                        select(schema.EntryRecord)
                        .where(schema.EntryRecord.id.in_(chunk))
                        .options(*records.ENTRY_LOAD)
                    )
                }
                values = [records.entry_value(s, recs[i]) for i in chunk if i in recs]
            yield from values

    def entry_facts(self, flt: EntryFilter | None = None) -> list[EntryFacts]:
        """The facts of the entries matching ``flt`` (no text), oldest first as
        :meth:`iter_entries` gives them: three queries, however many entries."""
        flt = flt or EntryFilter()
        ids = records.filtered(select(schema.EntryRecord.id), flt)
        query = records.filtered(
            select(*_summary_columns(), schema.TripRecord.uid)
            .outerjoin(
                schema.SessionRecord, schema.EntryRecord.session_id == schema.SessionRecord.id
            )
            .outerjoin(schema.TripRecord, schema.EntryRecord.trip_id == schema.TripRecord.id),
            flt,
        ).order_by(
            schema.EntryRecord.occurred_on, schema.EntryRecord.created_at, schema.EntryRecord.id
        )
        tags: dict[int, list[str]] = {}
        competencies: dict[int, list[str]] = {}
        with self._session() as s:
            rows = s.execute(query).all()
            for entry_id, name in s.execute(
                select(schema.entry_tags.c.entry_id, schema.TagRecord.name)
                .join(schema.TagRecord, schema.TagRecord.id == schema.entry_tags.c.tag_id)
                .where(schema.entry_tags.c.entry_id.in_(ids))
                .order_by(schema.TagRecord.name)
            ):
                tags.setdefault(entry_id, []).append(name)
            for entry_id, name in s.execute(
                select(schema.entry_competencies.c.entry_id, schema.CompetencyRecord.name)
                .join(
                    schema.CompetencyRecord,
                    schema.CompetencyRecord.id == schema.entry_competencies.c.competency_id,
                )
                .where(schema.entry_competencies.c.entry_id.in_(ids))
                .order_by(schema.CompetencyRecord.position, schema.CompetencyRecord.id)
            ):
                competencies.setdefault(entry_id, []).append(name)
        return [
            EntryFacts(
                **_summary_fields(r),
                trip_uid=cast("str | None", r[len(_summary_columns())]),
                tags=tuple(tags.get(r[0], ())),
                competencies=tuple(competencies.get(r[0], ())),
            )
            for r in rows
        ]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use (outside the Trash) with its number of entries, by name."""
        from journal.storage.plain_reads import read_tag_counts

        return self._read_plain(read_tag_counts)

    def entry_texts(self) -> list[EntryTexts]:
        """Every entry outside the Trash, private ones too, as its texts only: what the
        patient-data check reads (one query, no ORM objects: 10,000 entries in ~0.2 s)."""
        with self._session() as s:
            versions: dict[int, list[tuple[tuple[str, str], ...]]] = {}
            for entry_id, *texts in s.execute(_VERSION_TEXTS):
                versions.setdefault(entry_id, []).append(
                    tuple(zip(("theory", "values", "goals", "change_note"), texts, strict=True))
                )
            out: list[EntryTexts] = []
            for row in s.execute(_ENTRY_TEXTS):
                entry_id, uid, kind, title, day, private, dismissed = row[:7]
                columns = dict(zip(_TEXT_COLUMNS, row[7:], strict=True))
                entry_kind = EntryKind(kind)
                fields = [("title", title)]
                fields += [(name, columns[column]) for name, column in _FIELDS_OF[entry_kind]]
                out.append(
                    EntryTexts(
                        id=entry_id,
                        uid=uid,
                        kind=entry_kind,
                        title=title,
                        occurred_on=date.fromisoformat(day),
                        private=bool(private),
                        fields=tuple(fields),
                        versions=tuple(versions.get(entry_id, ())),
                        dismissed_numbers=tuple(dismissed.split()),
                    )
                )
            return out

    # -- leadership theory ----------------------------------------------------

    def add_theory_version(
        self, entry_id: int, change_note: str, grew_from: Sequence[str] = ()
    ) -> TheoryEntry:
        """Keep the theory's current text as a new dated version; ``grew_from`` names the
        A–R–L entries (uids) whose learning changed it."""
        with self._write() as s:
            rec = s.get(schema.EntryRecord, entry_id)
            if rec is None or rec.kind != EntryKind.THEORY.value:
                raise EntryNotFoundError(f"theory entry {entry_id} does not exist")
            now = records.utc_now()
            s.add(
                schema.TheoryVersionRecord(
                    entry_id=rec.id,
                    created_at=now,
                    theory=rec.theory,
                    values_text=rec.values_text,
                    goals=rec.goals,
                    change_note=change_note,
                    grew_from="\n".join(dict.fromkeys(grew_from)),
                )
            )
            rec.updated_at = now
        result = self.get_entry(entry_id)
        assert isinstance(result, TheoryEntry)
        return result

    def theory_changes(self, arl_uid: str) -> list[tuple[str, int, datetime]]:
        """The theory versions a learning changed: (theory title, version number from 1,
        when), for the A–R–L entry ``arl_uid`` (plain SQL: asked when it opens)."""
        from journal.storage.plain_reads import read_theory_changes

        return self._read_plain(lambda raw: read_theory_changes(raw, arl_uid))

    # -- attachments ----------------------------------------------------------

    def dismiss_identity_number(self, entry_id: int, number: str) -> tuple[str, ...]:
        """Remember that ``number`` in this entry is not a personal identity number (a
        salted hash of it; never the number). Returns the entry's dismissals."""
        from journal.identity_numbers import dismissal, is_dismissed

        with self._write() as s:
            rec = s.get(schema.EntryRecord, entry_id)
            if rec is None:
                raise EntryNotFoundError(f"entry {entry_id} does not exist")
            known = tuple(rec.dismissed_numbers.split())
            if is_dismissed(number, known):
                return known
            dismissed = (*known, dismissal(number))
            rec.dismissed_numbers = "\n".join(dismissed)
            return dismissed

    def add_attachment(
        self, entry_id: int, data: bytes, *, file_name: str, media_type: str
    ) -> Attachment:
        with self._write() as s:
            rec = s.get(schema.EntryRecord, entry_id)
            if rec is None:
                raise EntryNotFoundError(f"entry {entry_id} does not exist")
            att = records.attach(s, rec.id, data, file_name=file_name, media_type=media_type)
            rec.updated_at = records.utc_now()
            return att

    def set_attachment_caption(self, attachment_id: int, caption: str) -> Attachment:
        """Keep what the participant wrote under a photo ("" for none)."""
        caption = " ".join(caption.split())  # one line, as it is printed
        if len(caption) > limits.MAX_CAPTION_CHARS:
            raise TooLargeError(f"A caption holds at most {limits.MAX_CAPTION_CHARS} characters.")
        with self._write() as s:
            rec = s.get(schema.AttachmentRecord, attachment_id)
            if rec is None:
                raise EntryNotFoundError(f"attachment {attachment_id} does not exist")
            rec.caption = caption
            return records.attachment_value(s, rec)

    def remove_attachment(self, attachment_id: int) -> None:
        with self._write() as s:
            rec = s.get(schema.AttachmentRecord, attachment_id)
            if rec is None:
                raise EntryNotFoundError(f"attachment {attachment_id} does not exist")
            s.delete(rec)
            s.flush()
            records.drop_orphan_blobs(s)

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._session() as s:
            data = s.scalar(
                select(schema.BlobRecord.data)
                .join(
                    schema.AttachmentRecord,
                    schema.AttachmentRecord.blob_sha256 == schema.BlobRecord.sha256,
                )
                .where(schema.AttachmentRecord.id == attachment_id)
            )
            if data is None:
                raise EntryNotFoundError(f"attachment {attachment_id} does not exist")
            return data

    # -- search -----------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 50, include_private: bool = True
    ) -> list[SearchHit]:
        """Ranked entries matching every word of ``query`` (as prefixes), best first."""
        found = self._read_plain(
            lambda raw: run_search(raw, query, limit=limit, include_private=include_private)
        )
        return [
            SearchHit(
                entry_id=entry_id,
                kind=EntryKind(kind),
                title=title,
                occurred_on=date.fromisoformat(day),
                private=private,
                snippet=snippet,
            )
            for entry_id, kind, title, day, private, snippet in found
        ]

    def search_initiatives(self, query: str) -> list[InitiativeHit]:
        """The improvement initiatives holding every word of ``query`` (plain SQL: the
        search runs as she types, and must not wake the ORM)."""
        import json

        from journal.improvement.model import from_json
        from journal.improvement.search import search_initiatives

        bodies = self._read_plain(
            lambda raw: [
                body
                for (body,) in raw.execute("SELECT body FROM initiatives ORDER BY position, id")
            ]
        )
        found = []
        for body in bodies:
            try:
                found.append(from_json(json.loads(body)))
            except (ValueError, JournalError):
                continue  # a damaged one is named when the dialog opens; search goes on
        return search_initiatives(found, query)

    # -- the participant's own texts for the portfolio -------------------------------

    def portfolio_texts(self) -> PortfolioTexts:
        """The foreword and closing summary she wrote for the portfolio."""
        with self._session() as s:
            rows = s.execute(
                select(schema.PortfolioTextRecord.part, schema.PortfolioTextRecord.text)
            )
            parts = {part: text for part, text in rows if part in _TEXT_PARTS}
        return PortfolioTexts(**parts)

    def set_portfolio_texts(self, texts: PortfolioTexts) -> PortfolioTexts:
        """Keep the foreword and closing summary (all three in one transaction)."""
        values = dataclasses.asdict(texts)
        if any(len(v) > limits.MAX_TEXT_CHARS for v in values.values()):
            raise TooLargeError("A portfolio text is longer than an entry's text may be.")
        now = records.utc_now()
        with self._write() as s:
            for part, text in values.items():
                rec = s.get(schema.PortfolioTextRecord, part)
                if rec is None:
                    s.add(schema.PortfolioTextRecord(part=part, text=text, updated_at=now))
                elif rec.text != text:
                    rec.text, rec.updated_at = text, now
        return texts

    # -- improvement work (journal.improvement) -----------------------------------------

    def initiatives(self) -> list[Initiative]:
        """Her improvement initiatives, in the order she keeps them."""
        import json

        from journal.improvement.model import from_json

        with self._session() as s:
            recs = s.scalars(
                select(schema.InitiativeRecord).order_by(
                    schema.InitiativeRecord.position, schema.InitiativeRecord.id
                )
            ).all()
            rows = [(r.body, r.created_at, r.updated_at) for r in recs]
        out = []
        for body, created, updated in rows:
            try:
                found = from_json(json.loads(body), "initiative")
            except (ValueError, JournalError) as exc:
                raise database.read_failure(self.path, exc) from exc
            out.append(dataclasses.replace(found, created_at=created, updated_at=updated))
        return out

    def save_initiative(self, initiative: Initiative) -> Initiative:
        """Keep an initiative (new or changed) whole, in one transaction; raises
        JournalError, and keeps the stored one, when it cannot be kept as it is."""
        import json

        from journal.improvement.model import check, to_json

        try:
            check(initiative)
        except ValueError as exc:
            raise JournalError(f"The initiative cannot be kept: {exc}.") from exc
        if not initiative.title.strip():
            raise JournalError("An initiative needs a title.")
        texts = initiative.texts()
        if sum(len(t) for t in texts) > limits.MAX_TEXT_CHARS:
            raise TooLargeError("The initiative holds more text than an entry may.")
        now = records.utc_now()
        with self._write() as s:
            rec = s.scalars(
                select(schema.InitiativeRecord).where(schema.InitiativeRecord.uid == initiative.uid)
            ).first()
            if rec is None:
                position = s.scalar(select(func.count()).select_from(schema.InitiativeRecord))
                rec = schema.InitiativeRecord(
                    uid=initiative.uid,
                    title=initiative.title,
                    position=int(position or 0),
                    created_at=initiative.created_at or now,
                    updated_at=now,
                )
                s.add(rec)
            stored = dataclasses.replace(initiative, created_at=rec.created_at, updated_at=now)
            rec.title = initiative.title
            rec.body = json.dumps(to_json(stored), ensure_ascii=False)
            rec.updated_at = now
        return stored

    def delete_initiative(self, uid: str) -> None:
        with self._write() as s:
            rec = s.scalars(
                select(schema.InitiativeRecord).where(schema.InitiativeRecord.uid == uid)
            ).first()
            if rec is not None:
                s.delete(rec)

    # -- self-assessment over time ------------------------------------------------------

    def self_ratings(self) -> list[SelfRating]:
        """Her ratings of each competency area, by area and phase (start, midway, end)."""
        order = {phase: n for n, phase in enumerate(RatingPhase)}
        with self._session() as s:
            found = [
                SelfRating(
                    area=rec.area,
                    phase=RatingPhase(rec.phase),
                    rating=rec.rating,
                    note=rec.note,
                    rated_on=rec.rated_on,
                )
                for rec in s.scalars(select(schema.SelfRatingRecord))
            ]
        return sorted(found, key=lambda r: (r.area.casefold(), order[r.phase]))

    def set_self_ratings(self, phase: RatingPhase, ratings: Sequence[SelfRating]) -> None:
        """Keep the ratings of one phase as given (one transaction): an area left out is
        no longer rated at that phase; the other phases are untouched."""
        for r in ratings:
            if r.phase != phase:
                raise JournalError(f"a rating for {r.phase} given with the {phase} ones")
            if r.rating not in RATING_SCALE:
                raise JournalError(f"a rating must be 1 to 5, not {r.rating}")
            if len(r.note) > limits.MAX_TEXT_CHARS or not r.area.strip():
                raise TooLargeError("A rating's area is empty or its note too long.")
        if len({r.area.casefold() for r in ratings}) != len(ratings):
            raise JournalError("an area is rated twice at one phase")
        with self._write() as s:
            for rec in s.scalars(
                select(schema.SelfRatingRecord).where(schema.SelfRatingRecord.phase == phase.value)
            ):
                s.delete(rec)
            s.flush()
            for r in ratings:
                s.add(
                    schema.SelfRatingRecord(
                        area=r.area.strip(),
                        phase=phase.value,
                        rating=r.rating,
                        note=r.note,
                        rated_on=r.rated_on,
                    )
                )

    # -- the mentor's comments (journal.feedback) ------------------------------------

    def record_export(self, manifest: ExportManifest) -> None:
        """Remember where each entry sat in an exported portfolio, so that the comments
        a mentor makes on that file can be read back onto their entries."""
        from journal.storage import feedback_records

        with self._write() as s:
            feedback_records.add_export(s, manifest)

    def export_manifest(self, export_id: str) -> ExportManifest | None:
        from journal.storage import feedback_records

        with self._session() as s:
            return feedback_records.manifest_of(s, export_id)

    def export_manifests(self) -> list[ExportManifest]:
        """Every export's manifest, oldest first."""
        from journal.storage import feedback_records

        with self._session() as s:
            return feedback_records.all_manifests(s)

    def find_export(self, places: Iterable[Place]) -> str | None:
        """The id of the export whose entries sat where ``places`` (a returned file's
        named destinations) say, for a file whose reader dropped the export id."""
        from journal.storage import feedback_records

        with self._session() as s:
            return feedback_records.find_export(s, places)

    def known_comment_keys(self, export_id: str) -> dict[str, str]:
        """The annotation keys of the comments already read from an export's files,
        with the uid each was stored under."""
        from journal.storage import feedback_records

        with self._session() as s:
            return feedback_records.known_keys(s, export_id)

    def add_mentor_comments(self, comments: Sequence[MentorComment]) -> int:
        """Store the comments not stored yet (in one transaction); returns how many."""
        from journal.storage import feedback_records

        with self._write() as s:
            return feedback_records.add_comments(s, comments, records.utc_now())

    def mentor_comments(self, entry_uid: str | None = None) -> list[MentorComment]:
        """The mentor's comments on one entry, or all of them, in page order."""
        from journal.storage import feedback_records

        with self._session() as s:
            return feedback_records.comments(s, None if entry_uid is None else [entry_uid])

    def mentor_summary(self) -> tuple[int, int, frozenset[str]]:
        """How many comments from the mentor, how many wait for a response, and which
        entries have any (plain SQL: the window reads it as it opens)."""
        from journal.storage.plain_reads import read_mentor_summary

        return self._read_plain(read_mentor_summary)

    def count_awaiting_response(self) -> int:
        """How many of the mentor's comments have no response yet."""
        from journal.storage import feedback_records

        with self._session() as s:
            return feedback_records.count_awaiting(s)

    def respond_to_comment(self, uid: str, response: str) -> MentorComment:
        """Keep the participant's response to a comment ("" takes it back)."""
        from journal.storage import feedback_records

        if len(response) > limits.MAX_TEXT_CHARS:
            raise TooLargeError("The response is longer than an entry's text may be.")
        with self._write() as s:
            rec = feedback_records.record_of(s, uid)
            if rec is None:
                raise EntryNotFoundError(f"comment {uid} does not exist")
            if rec.response != response:
                rec.response = response
                rec.responded_at = records.utc_now() if response.strip() else None
            return feedback_records.comment_value(rec)

    def move_comment(self, uid: str, entry_uid: str | None) -> MentorComment:
        """Put a comment on another entry (None: on the portfolio as a whole)."""
        from journal.storage import feedback_records

        with self._write() as s:
            rec = feedback_records.record_of(s, uid)
            if rec is None:
                raise EntryNotFoundError(f"comment {uid} does not exist")
            rec.entry_uid = entry_uid
            rec.session_uid = None
            return feedback_records.comment_value(rec)

    def delete_mentor_comment(self, uid: str) -> None:
        from journal.storage import feedback_records

        with self._write() as s:
            rec = feedback_records.record_of(s, uid)
            if rec is not None:
                s.delete(rec)

    # -- values ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class EntryTexts:
    """An entry's texts by field (as ``Entry.text_fields`` names them) and its theory
    versions' texts, for reading all of them fast (``Journal.entry_texts``)."""

    id: int
    uid: str
    kind: EntryKind
    title: str
    occurred_on: date
    private: bool
    fields: tuple[tuple[str, str], ...]
    versions: tuple[tuple[tuple[str, str], ...], ...]
    dismissed_numbers: tuple[str, ...]


_TEXT_COLUMNS = (
    "body",
    "action",
    "reflection",
    "learning",
    "next_experiment",
    "theory",
    "values_text",
    "goals",
    "destination",
    "place",
    "culture",
    "context",
    "communication",
    "take_home",
)
_FIELDS_OF: dict[EntryKind, tuple[tuple[str, str], ...]] = {
    EntryKind.EXPERIENCE: (("body", "body"),),
    EntryKind.ARL: (
        ("action", "action"),
        ("reflection", "reflection"),
        ("learning", "learning"),
        ("next_experiment", "next_experiment"),
    ),
    EntryKind.THEORY: (("theory", "theory"), ("values", "values_text"), ("goals", "goals")),
    EntryKind.TRIP_NOTE: (
        ("trip", "destination"),
        ("place", "place"),
        ("culture", "culture"),
        ("context", "context"),
        ("communication", "communication"),
        ("take_home", "take_home"),
    ),
}
_ENTRY_TEXTS = text(
    "SELECT e.id, e.uid, e.kind, e.title, e.occurred_on, e.private, e.dismissed_numbers, "
    "e.body, e.action, e.reflection, e.learning, e.next_experiment, e.theory, e.values_text, "
    "e.goals, COALESCE(t.destination, ''), e.place, e.culture, e.context, e.communication, "
    "e.take_home "
    "FROM entries e LEFT JOIN trips t ON t.id = e.trip_id "
    "WHERE e.deleted_at IS NULL ORDER BY e.occurred_on, e.id"
)
_VERSION_TEXTS = text(
    "SELECT entry_id, theory, values_text, goals, change_note FROM theory_versions ORDER BY id"
)


# The columns of an EntrySummary (with the session joined), in _summary_fields' order.
@functools.cache
def _summary_columns() -> tuple[Any, ...]:
    """What a list row reads (``records.PREVIEW_SOURCE`` for an untitled entry)."""
    return (
        schema.EntryRecord.id,
        schema.EntryRecord.uid,
        schema.EntryRecord.kind,
        schema.EntryRecord.title,
        schema.EntryRecord.occurred_on,
        schema.EntryRecord.private,
        schema.SessionRecord.uid,
        schema.EntryRecord.updated_at,
        records.PREVIEW_SOURCE,
        schema.EntryRecord.deleted_at,
    )


def _summary_fields(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "id": row[0],
        "uid": row[1],
        "kind": EntryKind(row[2]),
        "title": row[3],
        "occurred_on": row[4],
        "private": row[5],
        "session_uid": row[6],
        "updated_at": row[7],
        "preview": first_words(preview_text(row[8])),
        "deleted_at": row[9],
    }


def _first_text(entry: Entry) -> str:
    """The first written text field (as records.PREVIEW_SOURCE picks it in SQL)."""
    fields = entry.text_fields()
    return next((t for k, t in fields.items() if k not in ("title", "trip") and t.strip()), "")


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
        preview="" if entry.title.strip() else first_words(_first_text(entry)),
        deleted_at=entry.deleted_at,
    )


__all__ = ["Journal", "open_journal", "summary_of"]
