"""A study trip linked to the programme's study-trip session (review 2.14).

The session's uid, not a foreign key: a trip outlives a programme changed under it (the
link is then simply not found), as entries' links to sessions are kept by uid in the
JSON format.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trips", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_uid", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("trips", schema=None) as batch_op:
        batch_op.drop_column("session_uid")
