"""Ballots in the workshop file: casting, correcting, deleting and listing them, and the
paper tally grid's one tally ballot.

A ballot is stored whole or not at all: :func:`~facilitator.core.voting.rules.check_ballot`
runs inside the transaction that stores it (with the voters who already voted as they are
then), and a refusal raises :class:`BallotError` with every problem.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.core.snapshots import Snapshot, bury, capture
from facilitator.core.voting.model import (
    BallotChannel,
    BallotData,
    BallotError,
    BallotInput,
    BallotProblem,
    TallyEdit,
    VoteMethod,
)
from facilitator.core.voting.reading import (
    ballot_data,
    ballots_of,
    entries_of,
    fetch,
    vote_data,
)
from facilitator.core.voting.rules import check_ballot
from facilitator.store.models import (
    Ballot,
    BreakoutGroup,
    Participant,
    VoteEntry,
    VoteSession,
    utcnow,
)


def cast_ballot(doc: WorkshopDocument, vote_id: uuid.UUID, ballot: BallotInput) -> BallotData:
    """Store a ballot whole, or nothing: raises ``BallotError`` with every problem."""
    with doc.transaction() as session:
        return _store_ballot(session, vote_id, ballot, None)


def replace_ballot(doc: WorkshopDocument, ballot_id: uuid.UUID, ballot: BallotInput) -> BallotInput:
    """Correct a ballot (e.g. a mistyped paper ballot), keeping its key; returns what it was."""
    with doc.transaction() as session:
        row = fetch(session, Ballot, ballot_id, "no_ballot")
        before = ballot_data(session, row).as_input()
        _store_ballot(session, row.session_id, ballot, row)
        return before


def delete_ballot(doc: WorkshopDocument, ballot_id: uuid.UUID) -> Snapshot:
    """Deletes a ballot with its entries (``snapshots.restore`` undoes it)."""
    with doc.transaction() as session:
        row = fetch(session, Ballot, ballot_id, "no_ballot")
        rows = [row, *entries_of(session, [row.id])]
        snapshot = capture(rows)
        session.delete(row)
        bury(session, rows)
        return snapshot


def list_ballots(doc: WorkshopDocument, vote_id: uuid.UUID) -> list[BallotData]:
    with doc.transaction() as session:
        fetch(session, VoteSession, vote_id, "no_vote")
        return ballots_of(session, vote_id)


def set_tally(
    doc: WorkshopDocument,
    vote_id: uuid.UUID,
    counts: Mapping[uuid.UUID, float],
    voter_count: int,
    ballot_id: uuid.UUID | None = None,
) -> TallyEdit:
    """Store the paper tally grid (item → count for ``voter_count`` people) as the vote's one
    tally ballot, replacing it as cells are edited. Undo: ``set_tally`` with the previous
    counts, or ``delete_ballot`` when there was none."""
    ballot = BallotInput(
        BallotChannel.TALLY,
        {(item, None): value for item, value in counts.items()},
        voter_count=voter_count,
    )
    with doc.transaction() as session:
        row: Ballot | None = None
        if ballot_id is not None:
            row = session.get(Ballot, ballot_id)
        else:
            row = session.scalars(
                select(Ballot).where(
                    Ballot.session_id == vote_id, Ballot.channel == BallotChannel.TALLY
                )
            ).first()
        previous = None if row is None else ballot_data(session, row)
        stored = _store_ballot(session, vote_id, ballot, row, ballot_id)
        return TallyEdit(stored, previous)


def tally_counts(ballot: BallotData) -> dict[uuid.UUID, float]:
    return {item: value for (item, _), value in ballot.entries.items()}


def _store_ballot(
    session: Session,
    vote_id: uuid.UUID,
    ballot: BallotInput,
    row: Ballot | None,
    new_id: uuid.UUID | None = None,
) -> BallotData:
    vote = vote_data(session, fetch(session, VoteSession, vote_id, "no_vote"))
    voted = {
        v
        for v, b in session.execute(
            select(Ballot.voter_id, Ballot.id).where(Ballot.session_id == vote_id)
        ).all()
        if v is not None and (row is None or b != row.id)
    }
    problems = check_ballot(vote, ballot, voted)
    if ballot.voter_id is not None and session.get(Participant, ballot.voter_id) is None:
        problems.append(BallotProblem("no_voter"))
    if ballot.group_id is not None and session.get(BreakoutGroup, ballot.group_id) is None:
        problems.append(BallotProblem("no_group"))
    if problems:
        raise BallotError(problems)
    if row is None:
        row = Ballot(id=new_id or uuid.uuid4(), session_id=vote_id)
        session.add(row)
    else:
        for entry in entries_of(session, [row.id]):
            session.delete(entry)
        row.submitted_at = utcnow()
    row.channel = BallotChannel(ballot.channel)
    row.voter_id = ballot.voter_id
    row.group_id = ballot.group_id
    row.voter_count = ballot.voter_count
    session.flush()
    keep_zero = vote.method in (VoteMethod.RATING, VoteMethod.RANKING)
    for (item_id, criterion_id), value in ballot.entries.items():
        if value or keep_zero:
            session.add(
                VoteEntry(ballot_id=row.id, item_id=item_id, criterion_id=criterion_id, value=value)
            )
    session.flush()
    return ballot_data(session, row)
