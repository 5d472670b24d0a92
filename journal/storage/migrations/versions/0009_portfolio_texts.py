"""The participant's own voice in the portfolio: a foreword and a closing summary.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 05:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_texts",
        sa.Column("part", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("part", name=op.f("pk_portfolio_texts")),
    )


def downgrade() -> None:
    op.drop_table("portfolio_texts")
