"""What a template is built from, and which of its sessions are suggestions.

``programme.description`` says what comes from the programme's own documents and what is
a suggestion; ``programme_sessions.tentative`` marks a session (or date) the documents do
not give, shown as "date to be confirmed by your organiser" until the participant sets it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("programme_sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tentative", sa.Boolean(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("programme_sessions", schema=None) as batch_op:
        batch_op.drop_column("tentative")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_column("description")
