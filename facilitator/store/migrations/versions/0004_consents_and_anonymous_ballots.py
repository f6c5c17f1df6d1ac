"""separate consents with date and source; anonymous ballots name no voter

Consent is three things (receives the minutes, shares contact details, may appear in
photos), each with when and where it was given. An anonymous ballot must not name its
voter anywhere: who has voted moves to ``vote_participation``, which holds no link to a
ballot, and the ballots of anonymous votes lose their voter.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CONSENTS = ("consent_minutes", "consent_share_contact", "consent_photos")


def upgrade() -> None:
    # Plain ADD COLUMN, never batch mode here: batch copies the table and drops the old one,
    # and with foreign keys on, dropping ``participant`` deletes every attendance and
    # membership (ON DELETE CASCADE) and empties every ballot's voter and idea's author.
    op.add_column(
        "participant",
        sa.Column("consent_minutes", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    for name in _CONSENTS:
        op.add_column("participant", sa.Column(f"{name}_at", sa.DateTime(), nullable=True))
        op.add_column(
            "participant",
            sa.Column(f"{name}_source", sa.String(length=32), nullable=False, server_default=""),
        )
    op.create_table(
        "vote_participation",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["vote_session.id"],
            name=op.f("fk_vote_participation_session_id_vote_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_vote_participation_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_vote_participation")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        op.f("ix_vote_participation_participant_id"),
        "vote_participation",
        ["participant_id"],
        unique=False,
    )
    op.execute(
        "INSERT INTO vote_participation (session_id, participant_id) "
        "SELECT DISTINCT ballot.session_id, ballot.voter_id FROM ballot "
        "JOIN vote_session ON vote_session.id = ballot.session_id "
        "WHERE vote_session.anonymous AND ballot.voter_id IS NOT NULL "
        "ORDER BY ballot.session_id, ballot.voter_id"  # key order: not the voting order
    )
    op.execute(
        "UPDATE ballot SET voter_id = NULL WHERE session_id IN "
        "(SELECT id FROM vote_session WHERE anonymous)"
    )
    # Nor may a time order an anonymous vote's ballots: all get the vote's opening.
    stamp = "(SELECT coalesce(opened_at, created_at) FROM vote_session WHERE id = {})"
    of_entry = stamp.format("(SELECT session_id FROM ballot WHERE id = vote_entry.ballot_id)")
    op.execute(
        f"UPDATE vote_entry SET created_at = {of_entry}, updated_at = {of_entry} "
        "WHERE ballot_id IN (SELECT ballot.id FROM ballot JOIN vote_session "
        "ON vote_session.id = ballot.session_id WHERE vote_session.anonymous)"
    )
    of_ballot = stamp.format("ballot.session_id")
    op.execute(
        f"UPDATE ballot SET submitted_at = {of_ballot}, created_at = {of_ballot}, "
        f"updated_at = {of_ballot} WHERE session_id IN "
        "(SELECT id FROM vote_session WHERE anonymous)"
    )


def downgrade() -> None:
    if sqlite3.sqlite_version_info < (3, 35, 0):
        raise NotImplementedError(
            f"Downgrading to 0003 needs SQLite 3.35 or later (this is {sqlite3.sqlite_version}):"
            " rebuilding the participant table would delete every attendance and membership."
        )
    op.drop_index(op.f("ix_vote_participation_participant_id"), table_name="vote_participation")
    op.drop_table("vote_participation")
    # Plain DROP COLUMN (SQLite 3.35 and later), never batch mode: see upgrade(). The voters
    # the upgrade took off anonymous ballots are not put back; they are gone for good.
    for name in reversed(_CONSENTS):
        op.drop_column("participant", f"{name}_source")
        op.drop_column("participant", f"{name}_at")
    op.drop_column("participant", "consent_minutes")
