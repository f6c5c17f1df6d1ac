"""Ballots in the workshop file: casting, correcting, deleting and listing them, and the
paper tally grid's one tally ballot.

A ballot is stored whole or not at all: :func:`~facilitator.core.voting.rules.check_ballot`
runs inside the transaction that stores it (with the voters who already voted as they are
then), and a refusal raises :class:`BallotError` with every problem.

**Anonymous votes name no voter on any ballot.** A ballot cast in an anonymous vote by a
known person (the kiosk after the voter picked their name) is stored with ``voter_id``
None, and the person goes into ``vote_participation`` (who has voted, with no link to a
ballot) in the same transaction. Who has voted, for the duplicate rule and the "not voted
yet" list, is that table together with the voters named on ballots of named votes
(``reading.voted_in``). Nothing can tell whose an anonymous ballot is, so deleting one
frees nobody to vote again, unless the caller knows the voter (the undo of the ballot it
just cast, which keeps the voter in memory only): :func:`delete_ballot` and
:func:`restore_ballot` take it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Hashable, Mapping
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.core.snapshots import Snapshot, bury, capture
from facilitator.core.voting import who_voted
from facilitator.core.voting.model import (
    BallotChannel,
    BallotData,
    BallotError,
    BallotInput,
    BallotProblem,
    EntryKey,
    TallyEdit,
    VoteMethod,
)
from facilitator.core.voting.reading import (
    ballot_data,
    ballot_vote,
    ballots_of,
    entries_of,
    fetch,
    has_voted,
    put_back,
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


def delete_ballot(
    doc: WorkshopDocument, ballot_id: uuid.UUID, voter_id: uuid.UUID | None = None
) -> Snapshot:
    """Deletes a ballot with its entries (:func:`restore_ballot` undoes it).

    ``voter_id``: in an anonymous vote, whose ballot it is when the caller knows (the undo
    of a ballot just cast); that person may then vote again. Without it an anonymous
    ballot's voter stays recorded as having voted: nothing in the file says who it was."""
    with doc.transaction() as session:
        row = fetch(session, Ballot, ballot_id, "no_ballot")
        rows = [row, *entries_of(session, [row.id])]
        snapshot = capture(rows)
        anonymous = fetch(session, VoteSession, row.session_id, "no_vote").anonymous
        if voter_id is not None and anonymous:
            who_voted.forget(session, row.session_id, voter_id)
        session.delete(row)
        bury(session, rows)
        return snapshot


def restore_ballot(
    doc: WorkshopDocument, snapshot: Snapshot, voter_id: uuid.UUID | None = None
) -> None:
    """Puts a deleted ballot back (same keys) and, in an anonymous vote, records
    ``voter_id`` (when given) as having voted again, in one transaction."""
    with doc.transaction() as session:
        put_back(session, snapshot)
        if voter_id is not None:
            vote_id = next(v["session_id"] for model, v in snapshot.rows if model is Ballot)
            _record_voter(session, vote_id, voter_id)


def _record_voter(session: Session, vote_id: uuid.UUID, voter_id: uuid.UUID) -> None:
    vote = session.get(VoteSession, vote_id)
    if vote is None or not vote.anonymous:
        return
    who_voted.record(session, vote_id, [voter_id])


def anonymous_stamp(session: Session, vote_id: uuid.UUID) -> dt.datetime:
    """The one time every ballot and entry of an anonymous vote carries (when it opened, or
    was created if it never was), so that no time tells in which order people voted."""
    vote = fetch(session, VoteSession, vote_id, "no_vote")
    stamp: dt.datetime = vote.opened_at or vote.created_at
    return stamp


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


def add_ballot(
    session: Session,
    vote_id: uuid.UUID,
    ballot: BallotInput,
    ballot_id: uuid.UUID,
    at: dt.datetime,
    entry_id: Callable[[EntryKey], uuid.UUID],
) -> BallotData:
    """:func:`cast_ballot` inside the caller's transaction, with the keys and time given:
    for the demo, which must come out the same on every run and obey the same rules."""
    return _store_ballot(session, vote_id, ballot, None, ballot_id, at, entry_id)


def put_ballot(
    session: Session,
    vote_id: uuid.UUID,
    ballot: BallotInput,
    ballot_id: uuid.UUID | None,
    memo: dict[Hashable, Any] | None = None,
) -> BallotData:
    """:func:`cast_ballot` (``ballot_id`` None) or :func:`replace_ballot` inside the
    caller's transaction, with the same rules: for the venue network, which stores its own
    rows in the same transaction. ``memo``: the venue writer's batch memo
    (``WorkshopDocument.batch_memo``), so that the vote is read once per batch."""
    row = None if ballot_id is None else fetch(session, Ballot, ballot_id, "no_ballot")
    return _store_ballot(session, vote_id, ballot, row, memo=memo)


_BALLOTS = cast(Table, Ballot.__table__)
_ENTRIES = cast(Table, VoteEntry.__table__)
_PARTICIPANT = select(Participant.id).where(Participant.id == bindparam("key"))
_GROUP = select(BreakoutGroup.id).where(BreakoutGroup.id == bindparam("key"))


def _store_ballot(
    session: Session,
    vote_id: uuid.UUID,
    ballot: BallotInput,
    row: Ballot | None,
    new_id: uuid.UUID | None = None,
    at: dt.datetime | None = None,
    entry_id: Callable[[EntryKey], uuid.UUID] | None = None,
    memo: dict[Hashable, Any] | None = None,
) -> BallotData:
    vote, stamp = ballot_vote(session, vote_id, memo)
    voted: set[uuid.UUID] = set()
    if ballot.voter_id is not None:
        # Correcting a ballot: its own voter has not voted twice. In an anonymous vote the
        # ballot does not say whose it is, so a voter given is taken to be its own.
        own = None if row is None else ballot.voter_id if vote.anonymous else row.voter_id
        if ballot.voter_id != own and has_voted(session, vote_id, ballot.voter_id):
            voted.add(ballot.voter_id)
    problems = check_ballot(vote, ballot, voted)
    if ballot.voter_id is not None and not _exists(session, _PARTICIPANT, ballot.voter_id):
        problems.append(BallotProblem("no_voter"))
    if ballot.group_id is not None and not _exists(session, _GROUP, ballot.group_id):
        problems.append(BallotProblem("no_group"))
    if problems:
        raise BallotError(problems)
    if vote.anonymous:
        # No time that orders the ballots (or their entries): one stamp for the whole vote.
        at = stamp
    keep_zero = vote.method in (VoteMethod.RATING, VoteMethod.RANKING)
    stored: dict[EntryKey, float] = {
        key: float(value) for key, value in ballot.entries.items() if value or keep_zero
    }
    if row is None:
        data = _insert_ballot(session, vote_id, ballot, vote.anonymous, stored, new_id, at,
                              entry_id)  # fmt: skip
    else:
        data = _rewrite_ballot(session, row, ballot, vote.anonymous, stored, at)
    if vote.anonymous and ballot.voter_id is not None:
        who_voted.record(session, vote_id, [ballot.voter_id])
    return data


def _exists(session: Session, query: Select[Any], key: uuid.UUID) -> bool:
    return session.execute(query, {"key": key}).first() is not None


def _insert_ballot(
    session: Session,
    vote_id: uuid.UUID,
    ballot: BallotInput,
    anonymous: bool,
    stored: dict[EntryKey, float],
    new_id: uuid.UUID | None,
    at: dt.datetime | None,
    entry_id: Callable[[EntryKey], uuid.UUID] | None,
) -> BallotData:
    """A new ballot and its entries, written as rows (no mapped objects: a room of phones
    casts them by the hundred)."""
    ballot_id = new_id or uuid.uuid4()
    now = utcnow()
    submitted = at or now
    made = at or now
    # An anonymous ballot never names its voter; who voted is kept apart, with no link.
    voter = None if anonymous else ballot.voter_id
    channel = BallotChannel(ballot.channel)
    if session.new or session.dirty or session.deleted:
        session.flush()
    connection = session.connection()
    connection.execute(
        insert(_BALLOTS),
        {
            "id": ballot_id,
            "created_at": made,
            "updated_at": made,
            "session_id": vote_id,
            "channel": channel,
            "voter_id": voter,
            "group_id": ballot.group_id,
            "voter_count": ballot.voter_count,
            "submitted_at": submitted,
        },
    )
    if stored:
        connection.execute(
            insert(_ENTRIES),
            [
                {
                    "id": uuid.uuid4() if entry_id is None else entry_id(key),
                    "created_at": made,
                    "updated_at": made,
                    "ballot_id": ballot_id,
                    "item_id": key[0],
                    "criterion_id": key[1],
                    "value": value,
                }
                for key, value in stored.items()
            ],
        )
    return BallotData(ballot_id, vote_id, channel, dict(stored), voter, ballot.group_id,
                      ballot.voter_count, submitted)  # fmt: skip


def _rewrite_ballot(
    session: Session,
    row: Ballot,
    ballot: BallotInput,
    anonymous: bool,
    stored: dict[EntryKey, float],
    at: dt.datetime | None,
) -> BallotData:
    """A correction: the ballot keeps its key, its entries are written again."""
    for entry in entries_of(session, [row.id]):
        session.delete(entry)
    row.submitted_at = at or utcnow()
    if at is not None:
        row.created_at = row.updated_at = at
    row.channel = BallotChannel(ballot.channel)
    row.voter_id = None if anonymous else ballot.voter_id
    row.group_id = ballot.group_id
    row.voter_count = ballot.voter_count
    session.flush()
    if anonymous and at is not None and row.updated_at != at:
        # A correction that changed the row got the clock's time from ``onupdate``.
        session.execute(update(Ballot).where(Ballot.id == row.id).values(updated_at=at))
    for (item_id, criterion_id), value in stored.items():
        entry = VoteEntry(ballot_id=row.id, item_id=item_id, criterion_id=criterion_id, value=value)
        if at is not None:
            entry.created_at = entry.updated_at = at
        session.add(entry)
    session.flush()
    return ballot_data(session, row, stored)  # the entries just written, not read again
