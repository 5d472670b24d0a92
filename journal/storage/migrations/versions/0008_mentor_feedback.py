"""The mentor writes back: export manifests and the mentor's comments (journal.feedback).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.String(length=32), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("language", sa.Text(), server_default="", nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("places", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_exports")),
        sa.UniqueConstraint("export_id", name=op.f("uq_portfolio_exports_export_id")),
    )
    op.create_table(
        "mentor_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("export_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("author", sa.Text(), server_default="", nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=True),
        sa.Column("quote", sa.Text(), server_default="", nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("entry_uid", sa.String(length=32), nullable=True),
        sa.Column("session_uid", sa.String(length=32), nullable=True),
        sa.Column("reply_to", sa.String(length=32), nullable=True),
        sa.Column("response", sa.Text(), server_default="", nullable=False),
        sa.Column("responded_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_comments")),
        sa.UniqueConstraint("uid", name=op.f("uq_mentor_comments_uid")),
        sa.UniqueConstraint("export_id", "key", name=op.f("uq_mentor_comments_export_id")),
    )
    op.create_index(
        op.f("ix_mentor_comments_entry_uid"), "mentor_comments", ["entry_uid"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_mentor_comments_entry_uid"), table_name="mentor_comments")
    op.drop_table("mentor_comments")
    op.drop_table("portfolio_exports")
