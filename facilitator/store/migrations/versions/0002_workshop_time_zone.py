"""workshop time zone

Actual agenda times and check-ins are stored in UTC; the minutes must print them in the
venue's local time, which the laptop's zone may not be (a Danish laptop at a Swedish inn).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch:
        batch.add_column(
            sa.Column("time_zone", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("workshop") as batch:
        batch.drop_column("time_zone")
