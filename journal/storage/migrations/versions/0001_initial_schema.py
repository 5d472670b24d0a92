"""Initial schema: participant, programme, entries, theory versions, trips, attachments, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 20:11:46.132153
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), server_default="", nullable=False),
        sa.Column("organisation", sa.Text(), server_default="", nullable=False),
        sa.Column("language", sa.String(length=8), server_default="en", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), server_default="", nullable=False),
        sa.Column("template_id", sa.Text(), server_default="", nullable=False),
        sa.Column("organiser", sa.Text(), server_default="", nullable=False),
        sa.Column("language", sa.Text(), server_default="", nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "trips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trips")),
        sa.UniqueConstraint("uid", name=op.f("uq_trips_uid")),
    )
    op.create_table(
        "competency_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_competency_areas_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency_areas")),
    )
    op.create_table(
        "programme_modules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("themes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_modules_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_modules")),
        sa.UniqueConstraint("uid", name=op.f("uq_programme_modules_uid")),
    )
    op.create_table(
        "programme_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("location", sa.Text(), server_default="", nullable=False),
        sa.Column("agenda", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("next_steps", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["programme_modules.id"],
            name=op.f("fk_programme_sessions_module_id_programme_modules"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_sessions_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_sessions")),
        sa.UniqueConstraint("uid", name=op.f("uq_programme_sessions_uid")),
    )
    with op.batch_alter_table("programme_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_sessions_module_id"), ["module_id"], unique=False
        )

    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), server_default="", nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("body", sa.Text(), server_default="", nullable=False),
        sa.Column("action", sa.Text(), server_default="", nullable=False),
        sa.Column("reflection", sa.Text(), server_default="", nullable=False),
        sa.Column("learning", sa.Text(), server_default="", nullable=False),
        sa.Column("next_experiment", sa.Text(), server_default="", nullable=False),
        sa.Column("theory", sa.Text(), server_default="", nullable=False),
        sa.Column("values_text", sa.Text(), server_default="", nullable=False),
        sa.Column("goals", sa.Text(), server_default="", nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.Text(), server_default="", nullable=False),
        sa.Column("culture", sa.Text(), server_default="", nullable=False),
        sa.Column("context", sa.Text(), server_default="", nullable=False),
        sa.Column("communication", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["programme_sessions.id"],
            name=op.f("fk_entries_session_id_programme_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_entries_trip_id_trips"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
        sa.UniqueConstraint("uid", name=op.f("uq_entries_uid")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entries_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entries_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "arl_sources",
        sa.Column("arl_id", sa.Integer(), nullable=False),
        sa.Column("experience_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arl_id"],
            ["entries.id"],
            name=op.f("fk_arl_sources_arl_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["experience_id"],
            ["entries.id"],
            name=op.f("fk_arl_sources_experience_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("arl_id", "experience_id", name=op.f("pk_arl_sources")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), server_default="", nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["blob_sha256"], ["blobs.sha256"], name=op.f("fk_attachments_blob_sha256_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_attachments_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_blob_sha256"), ["blob_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachments_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "entry_competencies",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("competency_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency_areas.id"],
            name=op.f("fk_entry_competencies_competency_id_competency_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_competencies_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "competency_id", name=op.f("pk_entry_competencies")),
    )
    with op.batch_alter_table("entry_competencies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entry_competencies_competency_id"), ["competency_id"], unique=False
        )

    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_tags_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_entry_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "tag_id", name=op.f("pk_entry_tags")),
    )
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "theory_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("theory", sa.Text(), server_default="", nullable=False),
        sa.Column("values_text", sa.Text(), server_default="", nullable=False),
        sa.Column("goals", sa.Text(), server_default="", nullable=False),
        sa.Column("change_note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_theory_versions_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theory_versions")),
    )
    with op.batch_alter_table("theory_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_theory_versions_entry_id"), ["entry_id"], unique=False)

    # Full-text index over every text field of an entry; rowid is entries.id.
    # The library keeps it in step with the entry in the same transaction.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, text, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    with op.batch_alter_table("theory_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_theory_versions_entry_id"))

    op.drop_table("theory_versions")
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_tags_tag_id"))

    op.drop_table("entry_tags")
    with op.batch_alter_table("entry_competencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_competencies_competency_id"))

    op.drop_table("entry_competencies")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_entry_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_blob_sha256"))

    op.drop_table("attachments")
    op.drop_table("arl_sources")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entries_trip_id"))
        batch_op.drop_index(batch_op.f("ix_entries_session_id"))
        batch_op.drop_index(batch_op.f("ix_entries_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_entries_kind"))

    op.drop_table("entries")
    with op.batch_alter_table("programme_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_sessions_module_id"))

    op.drop_table("programme_sessions")
    op.drop_table("programme_modules")
    op.drop_table("competency_areas")
    op.drop_table("trips")
    op.drop_table("tags")
    op.drop_table("programme")
    op.drop_table("participant")
    op.drop_table("blobs")
