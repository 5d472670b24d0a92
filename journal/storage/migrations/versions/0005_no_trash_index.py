"""The entry list pages through its index again: no index on deleted_at.

With one, SQLite answered "entries not in the Trash, newest first" through it and sorted
every entry for each page of the list (a temporary B-tree), instead of walking
ix_entries_occurred_on_id. Almost every entry has deleted_at NULL, so the index helped
nothing else.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 20:45:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entries_deleted_at"))


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entries_deleted_at"), ["deleted_at"], unique=False)
