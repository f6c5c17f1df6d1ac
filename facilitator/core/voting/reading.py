"""The workshop file's vote rows turned into the plain data of
:mod:`~facilitator.core.voting.model`, and the small queries the storage modules share.

Every function here takes an open session: the caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.snapshots import Snapshot
from facilitator.core.voting.model import (
    BallotData,
    CriterionData,
    EntryKey,
    ItemData,
    VoteData,
    VoteError,
    VoteMethod,
    VoteSettings,
    VoteStatus,
    default_threshold,
)
from facilitator.store.models import (
    Ballot,
    Criterion,
    Idea,
    Theme,
    VoteEntry,
    VoteItem,
    VoteParticipation,
    VoteSession,
)


def vote_data(session: Session, v: VoteSession, count: bool = True) -> VoteData:
    """``count``: False leaves ``ballot_count`` 0 (checking a ballot needs no count)."""
    return _vote_data(session, v, count)


# A vote's own columns, without loading it as a mapped object.
_VOTE_ROW = select(
    VoteSession.id,
    VoteSession.title,
    VoteSession.method,
    VoteSession.settings,
    VoteSession.anonymous,
    VoteSession.show_live,
    VoteSession.status,
    VoteSession.question_id,
    VoteSession.opened_at,
    VoteSession.closed_at,
    VoteSession.created_at,
)


def ballot_vote(
    session: Session, vote_id: uuid.UUID, memo: dict[Hashable, Any] | None = None
) -> tuple[VoteData, dt.datetime]:
    """The vote as checking a ballot needs it (no ballot count), with the one time every
    ballot of it carries if it is anonymous (when it opened, or was created). Raises
    ``VoteError("no_vote")``.

    ``memo``: a batch's memo (``WorkshopDocument.batch_memo``): the vote is read once per
    batch. Nothing in a batch's calls changes a vote's definition or status, and no other
    connection can while the batch holds the file's write lock."""
    key = ("ballot_vote", vote_id)
    if memo is not None and key in memo:
        found: tuple[VoteData, dt.datetime] = memo[key]
        return found
    row = session.execute(_VOTE_ROW.where(VoteSession.id == vote_id)).first()
    if row is None:
        raise VoteError("no_vote")
    found = (_vote_data(session, row, count=False), row.opened_at or row.created_at)
    if memo is not None:
        memo[key] = found
    return found


def _vote_data(session: Session, v: Any, count: bool) -> VoteData:
    """``v``: a mapped vote or a row of its columns."""
    # Columns, not mapped objects: every ballot cast reads its vote again.
    items = session.execute(
        select(
            VoteItem.id,
            VoteItem.label,
            VoteItem.idea_id,
            VoteItem.theme_id,
            VoteItem.position,
            Idea.text,
            Theme.name,
        )
        .outerjoin(Idea, Idea.id == VoteItem.idea_id)
        .outerjoin(Theme, Theme.id == VoteItem.theme_id)
        .where(VoteItem.session_id == v.id)
        .order_by(VoteItem.position, VoteItem.created_at)
    ).all()
    criteria = session.execute(
        select(
            Criterion.id,
            Criterion.name,
            Criterion.weight,
            Criterion.scale_min,
            Criterion.scale_max,
            Criterion.position,
        )
        .where(Criterion.session_id == v.id)
        .order_by(Criterion.position)
    ).all()
    ballots = 0
    if count:
        ballots = (
            session.scalar(select(func.count(Ballot.id)).where(Ballot.session_id == v.id)) or 0
        )
    return VoteData(
        v.id,
        v.title,
        VoteMethod(v.method),
        VoteSettings.from_json(
            {"disagreement_threshold": default_threshold(VoteMethod(v.method)), **v.settings}
        ),
        v.anonymous,
        v.show_live,
        VoteStatus(v.status),
        v.question_id,
        tuple(
            ItemData(key, label or idea or theme or "", idea_id, theme_id, position)
            for key, label, idea_id, theme_id, position, idea, theme in items
        ),
        tuple(
            CriterionData(key, name, weight, low, high, position)
            for key, name, weight, low, high, position in criteria
        ),
        v.opened_at,
        v.closed_at,
        ballots,
    )


def ballots_of(session: Session, vote_id: uuid.UUID) -> list[BallotData]:
    rows = _ballot_rows(session, vote_id)
    entries: dict[uuid.UUID, dict[EntryKey, float]] = defaultdict(dict)
    for ballot_id, item_id, criterion_id, value in session.execute(
        select(VoteEntry.ballot_id, VoteEntry.item_id, VoteEntry.criterion_id, VoteEntry.value)
        .join(Ballot, Ballot.id == VoteEntry.ballot_id)
        .where(Ballot.session_id == vote_id)
    ):
        entries[ballot_id][(item_id, criterion_id)] = value
    return [ballot_data(session, b, entries[b.id]) for b in rows]


def _ballot_rows(session: Session, vote_id: uuid.UUID) -> list[Ballot]:
    return list(
        session.scalars(
            select(Ballot)
            .where(Ballot.session_id == vote_id)
            .order_by(Ballot.submitted_at, Ballot.id)
        )
    )


def ballot_data(
    session: Session, b: Ballot, entries: Mapping[EntryKey, float] | None = None
) -> BallotData:
    if entries is None:
        entries = {(e.item_id, e.criterion_id): e.value for e in entries_of(session, [b.id])}
    return BallotData(b.id, b.session_id, b.channel, dict(entries), b.voter_id, b.group_id,
                      b.voter_count, b.submitted_at)  # fmt: skip


def entries_of(session: Session, ballot_ids: Sequence[uuid.UUID]) -> list[VoteEntry]:
    if not ballot_ids:
        return []
    return list(session.scalars(select(VoteEntry).where(VoteEntry.ballot_id.in_(ballot_ids))))


def voted_in(session: Session, vote_id: uuid.UUID) -> set[uuid.UUID]:
    """Who has voted: anonymous votes' participation and named ballots' voters."""
    recorded = select(VoteParticipation.participant_id).where(
        VoteParticipation.session_id == vote_id
    )
    named = select(Ballot.voter_id).where(
        Ballot.session_id == vote_id, Ballot.voter_id.is_not(None)
    )
    return {p for p in session.scalars(recorded)} | {v for v in session.scalars(named) if v}


def has_voted(session: Session, vote_id: uuid.UUID, person: uuid.UUID) -> bool:
    """Whether ``person`` is among :func:`voted_in` (one indexed look-up, not the list)."""
    recorded = select(VoteParticipation.participant_id).where(
        VoteParticipation.session_id == vote_id, VoteParticipation.participant_id == person
    )
    named = select(Ballot.id).where(Ballot.session_id == vote_id, Ballot.voter_id == person)
    return bool(session.scalar(select(or_(recorded.exists(), named.exists()))))


def put_back(session: Session, snapshot: Snapshot) -> None:
    """``snapshots.restore`` inside the caller's transaction (for undo that puts back rows
    and who had voted at once)."""
    tombstones.unbury(session, snapshot.ids)
    for model, values in snapshot.rows:
        if session.get(model, values["id"]) is None:
            session.add(model(**values))
        session.flush()


def rows_where(session: Session, model: type[Any], where: Any, order: Any = None) -> list[Any]:
    query = select(model).where(where)
    if order is not None:
        query = query.order_by(order)
    return list(session.scalars(query))


def fetch(session: Session, model: type[Any], key: uuid.UUID, code: str) -> Any:
    row = session.get(model, key)
    if row is None:
        raise VoteError(code)
    return row
