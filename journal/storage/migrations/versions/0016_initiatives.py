"""Improvement initiatives: aim, driver diagram, PDSA cycles and indicators.

One row per initiative; its tree, cycles and measurements are one JSON document
(journal.improvement.model's form, the same as in the export), edited and saved as a
whole in one transaction.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
        sa.UniqueConstraint("uid", name=op.f("uq_initiatives_uid")),
    )


def downgrade() -> None:
    op.drop_table("initiatives")
