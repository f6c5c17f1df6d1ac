"""which phones took part in an anonymous vote, so a reopened vote refuses them a second ballot

``venue_participation`` holds only (vote, device key) pairs, without row id, time or link to
a ballot, like ``vote_participation`` (see 0004). A new table only: nothing is rebuilt.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE TABLE, never batch mode: see 0004.
    op.create_table(
        "venue_participation",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["vote_id"],
            ["vote_session.id"],
            name=op.f("fk_venue_participation_vote_id_vote_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("vote_id", "device", name=op.f("pk_venue_participation")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("venue_participation")
