"""The database schema: SQLAlchemy 2.0 declarative records.

Records never leave :mod:`journal.store`; the rest of the program sees the values
of :mod:`journal.domain`. Every change here needs an Alembic migration in
``journal/storage/migrations/versions`` (the test suite runs ``alembic check``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC without an offset; always gives back an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the journal; use an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="", server_default="")


class ParticipantRecord(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = _text()
    organisation: Mapped[str] = _text()
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")


class ProgrammeRecord(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = _text()
    template_id: Mapped[str] = _text()
    organiser: Mapped[str] = _text()
    description: Mapped[str] = _text()
    language: Mapped[str] = _text()
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    prompts: Mapped[str] = _text()  # JSON: {"arl_action": ["question", ...], ...}

    modules: Mapped[list[ModuleRecord]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="ModuleRecord.position"
    )
    sessions: Mapped[list[SessionRecord]] = relationship(
        back_populates="programme",
        cascade="all, delete-orphan",
        order_by="(SessionRecord.starts_on, SessionRecord.id)",
    )
    # No delete-orphan: an area dropped from the programme that entries were given stays,
    # unlisted (records._sync_competencies deletes the ones no entry has).
    competency_areas: Mapped[list[CompetencyRecord]] = relationship(
        back_populates="programme",
        cascade="save-update, merge",
        order_by="CompetencyRecord.position",
    )


class ModuleRecord(Base):
    __tablename__ = "programme_modules"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    themes: Mapped[str] = _text()  # one theme per line

    programme: Mapped[ProgrammeRecord] = relationship(back_populates="modules")


class SessionRecord(Base):
    __tablename__ = "programme_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    module_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_modules.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32), default="other")
    title: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = _text()
    tentative: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    agenda: Mapped[str] = _text()
    notes: Mapped[str] = _text()
    next_steps: Mapped[str] = _text()

    programme: Mapped[ProgrammeRecord] = relationship(back_populates="sessions")
    module: Mapped[ModuleRecord | None] = relationship()


class CompetencyRecord(Base):
    __tablename__ = "competency_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL for an area an entry was tagged with that the programme does not list.
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)

    programme: Mapped[ProgrammeRecord | None] = relationship(back_populates="competency_areas")


class TripRecord(Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    destination: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    session_uid: Mapped[str | None] = mapped_column(String(32))


class TagRecord(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text(collation="NOCASE"), unique=True)


entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    # Both columns: the tag counts of the navigation read this index alone (see 0007).
    Index("ix_entry_tags_tag_id", "tag_id", "entry_id"),
)

entry_competencies = Table(
    "entry_competencies",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "competency_id",
        ForeignKey("competency_areas.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

arl_sources = Table(
    "arl_sources",
    Base.metadata,
    Column("arl_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("experience_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
)


class EntryRecord(Base):
    """Every kind of entry in one table; the columns a kind does not use stay empty."""

    __tablename__ = "entries"
    __table_args__ = (
        # The entry list pages through entries newest first.
        Index("ix_entries_occurred_on_id", "occurred_on", "id"),
        # Only the entries in the Trash (a partial index, so it cannot serve the entry
        # list, see 0005): counting entries and tags outside it need not read every row.
        Index("ix_entries_in_trash", "id", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = _text()
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_sessions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Moved to the Trash at (NULL: not in it); emptied after TRASH_DAYS. No index of its
    # own: SQLite would take it for the entry list and sort every entry (see 0005).
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # "Not a personal number": salted hashes, one per line (journal.identity_numbers).
    dismissed_numbers: Mapped[str] = _text()
    # experience
    body: Mapped[str] = _text()
    # Action - Reflection - Learning
    action: Mapped[str] = _text()
    reflection: Mapped[str] = _text()
    learning: Mapped[str] = _text()
    next_experiment: Mapped[str] = _text()
    # leadership theory (working text; versions are in theory_versions)
    theory: Mapped[str] = _text()
    values_text: Mapped[str] = _text()
    goals: Mapped[str] = _text()
    # study-trip note
    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trips.id", ondelete="SET NULL"), index=True
    )
    place: Mapped[str] = _text()
    culture: Mapped[str] = _text()
    context: Mapped[str] = _text()
    communication: Mapped[str] = _text()
    take_home: Mapped[str] = _text()  # what the participant takes home from the trip

    session: Mapped[SessionRecord | None] = relationship()
    trip: Mapped[TripRecord | None] = relationship()
    tags: Mapped[list[TagRecord]] = relationship(secondary=entry_tags, order_by=TagRecord.name)
    competencies: Mapped[list[CompetencyRecord]] = relationship(
        secondary=entry_competencies, order_by=[CompetencyRecord.position, CompetencyRecord.id]
    )
    sources: Mapped[list[EntryRecord]] = relationship(
        secondary=arl_sources,
        primaryjoin=lambda: EntryRecord.id == arl_sources.c.arl_id,
        secondaryjoin=lambda: EntryRecord.id == arl_sources.c.experience_id,
        order_by=lambda: EntryRecord.id,
    )
    versions: Mapped[list[TheoryVersionRecord]] = relationship(
        cascade="all, delete-orphan", order_by="TheoryVersionRecord.id"
    )
    attachments: Mapped[list[AttachmentRecord]] = relationship(
        cascade="all, delete-orphan", order_by="AttachmentRecord.position, AttachmentRecord.id"
    )


class TheoryVersionRecord(Base):
    __tablename__ = "theory_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    theory: Mapped[str] = _text()
    values_text: Mapped[str] = _text()
    goals: Mapped[str] = _text()
    change_note: Mapped[str] = _text()
    grew_from: Mapped[str] = _text()  # A–R–L entry uids, one per line


class BlobRecord(Base):
    """Content-addressed bytes: the same photo attached twice is stored once."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentRecord(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    file_name: Mapped[str] = _text()
    media_type: Mapped[str] = mapped_column(Text, default="application/octet-stream")
    position: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = _text()  # the participant's words under the photo

    blob: Mapped[BlobRecord] = relationship(lazy="raise")


class PortfolioExportRecord(Base):
    """The manifest of one PDF export: where each entry sat (journal.feedback)."""

    __tablename__ = "portfolio_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[str] = mapped_column(String(32), unique=True)
    exported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = _text()
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    places: Mapped[str] = _text()  # JSON: [[kind, ident, page, top], ...]


class MentorCommentRecord(Base):
    """A mentor's comment read from a returned portfolio, and the participant's response.

    Linked to entries and sessions by uid, not id: it outlives an entry deleted for
    good (then it is a comment on the portfolio as a whole) and survives an import."""

    __tablename__ = "mentor_comments"
    __table_args__ = (UniqueConstraint("export_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    export_id: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))  # the annotation's, across re-saves
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = _text()
    author: Mapped[str] = _text()
    written_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    quote: Mapped[str] = _text()
    page: Mapped[int] = mapped_column(Integer, default=0)
    entry_uid: Mapped[str | None] = mapped_column(String(32), index=True)
    session_uid: Mapped[str | None] = mapped_column(String(32))
    reply_to: Mapped[str | None] = mapped_column(String(32))
    response: Mapped[str] = _text()
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)


class InitiativeRecord(Base):
    """An improvement initiative; its diagram, cycles and indicators are ``body`` (JSON)."""

    __tablename__ = "initiatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    body: Mapped[str] = _text()
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SelfRatingRecord(Base):
    """A self-assessment: one competency area at one phase of the programme."""

    __tablename__ = "self_ratings"
    __table_args__ = (UniqueConstraint("area", "phase"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[str] = mapped_column(Text)
    phase: Mapped[str] = mapped_column(String(16))
    rating: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = _text()
    rated_on: Mapped[date] = mapped_column(Date)


class PortfolioTextRecord(Base):
    """The participant's own texts for the portfolio, one row per part (foreword ...)."""

    __tablename__ = "portfolio_texts"

    part: Mapped[str] = mapped_column(String(32), primary_key=True)
    text: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
