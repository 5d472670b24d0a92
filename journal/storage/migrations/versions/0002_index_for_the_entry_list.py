"""Index for the entry list, which pages through entries newest first.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 20:17:50.174655
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index("ix_entries_occurred_on_id", ["occurred_on", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index("ix_entries_occurred_on_id")
