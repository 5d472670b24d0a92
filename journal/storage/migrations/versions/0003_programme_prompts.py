"""The programme keeps its own reflection prompts (an organiser's file brings its own).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prompts", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_column("prompts")
