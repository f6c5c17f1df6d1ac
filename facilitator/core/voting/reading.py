"""The workshop file's vote rows turned into the plain data of
:mod:`~facilitator.core.voting.model`, and the small queries the storage modules share.

Every function here takes an open session: the caller owns the transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
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
