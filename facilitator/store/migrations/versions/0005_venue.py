"""the venue network: link tokens, answered requests, and who may replace which ballot

Phones join through tokens (``venue_link``: the join link, one per group leader, one per
badge); a request retried after a lost connection is answered from ``venue_request``; a
phone may replace its ballot until the vote closes through ``venue_ballot_owner``, which
the vote's closing empties. New tables only: no existing table is rebuilt.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _keyed() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    # Plain CREATE TABLE, never batch mode: see 0004.
    op.create_table(
        "venue_link",
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        *_keyed(),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_venue_link_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["breakout_group.id"],
            name=op.f("fk_venue_link_group_id_breakout_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_venue_link_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue_link")),
        sa.UniqueConstraint("token", name=op.f("uq_venue_link_token")),
    )
    op.create_index(op.f("ix_venue_link_group_id"), "venue_link", ["group_id"], unique=False)
    op.create_index(
        op.f("ix_venue_link_participant_id"), "venue_link", ["participant_id"], unique=False
    )
    op.create_table(
        "venue_request",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        *_keyed(),
        sa.ForeignKeyConstraint(
            ["vote_id"],
            ["vote_session.id"],
            name=op.f("fk_venue_request_vote_id_vote_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue_request")),
        sa.UniqueConstraint("scope", "key", name=op.f("uq_venue_request_scope")),
    )
    op.create_index(op.f("ix_venue_request_vote_id"), "venue_request", ["vote_id"], unique=False)
    op.create_table(
        "venue_ballot_owner",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("ballot_id", sa.Uuid(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=True),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        *_keyed(),
        sa.ForeignKeyConstraint(
            ["vote_id"],
            ["vote_session.id"],
            name=op.f("fk_venue_ballot_owner_vote_id_vote_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ballot_id"],
            ["ballot.id"],
            name=op.f("fk_venue_ballot_owner_ballot_id_ballot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_venue_ballot_owner_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue_ballot_owner")),
    )
    op.create_index(
        op.f("ix_venue_ballot_owner_vote_id"), "venue_ballot_owner", ["vote_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_venue_ballot_owner_vote_id"), table_name="venue_ballot_owner")
    op.drop_table("venue_ballot_owner")
    op.drop_index(op.f("ix_venue_request_vote_id"), table_name="venue_request")
    op.drop_table("venue_request")
    op.drop_index(op.f("ix_venue_link_participant_id"), table_name="venue_link")
    op.drop_index(op.f("ix_venue_link_group_id"), table_name="venue_link")
    op.drop_table("venue_link")
