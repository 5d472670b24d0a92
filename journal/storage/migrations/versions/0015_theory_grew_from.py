"""A version of the leadership theory names the A–R–L entries whose learning changed it.

``grew_from`` holds their uids, one per line (as entries keep their source experiences by
uid in the JSON format): an entry deleted since is simply not found.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 12:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("theory_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("grew_from", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("theory_versions", schema=None) as batch_op:
        batch_op.drop_column("grew_from")
