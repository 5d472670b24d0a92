""" "Not a personal number": the patient-data guard's per-entry dismissals.

Salted slow hashes of numbers the participant said are not personal identity numbers
(``journal.identity_numbers.dismissal``), one per line; never the numbers themselves.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("dismissed_numbers", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_column("dismissed_numbers")
