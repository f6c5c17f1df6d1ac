"""Votes in the workshop file: listing, creating, changing, deleting, opening and closing.

Every edit is one transaction and returns what undo needs (the vote as it was, the previous
status, or a :class:`~facilitator.core.snapshots.Snapshot` of what a delete took). Items,
criteria and anonymity are fixed once a ballot is cast: a named vote's ballots name their
voters, so it cannot become anonymous (code ``anonymity_fixed``; make a new vote), and an
anonymous vote's ballots name nobody, so it cannot become named.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection, Sequence
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.core.snapshots import Snapshot, bury, capture
from facilitator.core.text import clean
from facilitator.core.voting import who_voted
from facilitator.core.voting.model import (
    CriterionSpec,
    ItemSpec,
    VoteData,
    VoteError,
    VoteMethod,
    VoteSettings,
    VoteStatus,
)
from facilitator.core.voting.reading import entries_of, fetch, put_back, rows_where, vote_data
from facilitator.store.errors import WorkshopFileError
from facilitator.store.models import (
    Ballot,
    Criterion,
    Idea,
    Participant,
    Theme,
    VenueBallotOwner,
    VenueRequest,
    VoteItem,
    VoteSession,
    utcnow,
)

log = logging.getLogger(__name__)

_DEFAULT_SETTINGS = VoteSettings()  # frozen: safe to share as a default


def list_votes(doc: WorkshopDocument) -> list[VoteData]:
    with doc.transaction() as session:
        votes = session.scalars(
            select(VoteSession)
            .where(VoteSession.workshop_id == doc.workshop_id)
            .order_by(VoteSession.created_at)
        ).all()
        return [vote_data(session, v) for v in votes]


def get_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteData:
    with doc.transaction() as session:
        return vote_data(session, fetch(session, VoteSession, vote_id, "no_vote"))


def items_for_question(
    doc: WorkshopDocument,
    question_id: uuid.UUID,
    what: Literal["ideas", "themes"] = "ideas",
) -> list[ItemSpec]:
    """What a vote on a question can offer: its ideas (merged duplicates left out, they are
    folded into the idea they were merged into) or its themes."""
    with doc.transaction() as session:
        if what == "themes":
            themes = session.scalars(
                select(Theme)
                .where(Theme.question_id == question_id)
                .order_by(Theme.position, Theme.created_at)
            )
            return [ItemSpec(label=t.name, theme_id=t.id) for t in themes]
        ideas = session.scalars(
            select(Idea)
            .where(Idea.question_id == question_id, Idea.merged_into_id.is_(None))
            .order_by(Idea.created_at, Idea.position)
        )
        return [ItemSpec(label=i.text, idea_id=i.id) for i in ideas]


def create_vote(
    doc: WorkshopDocument,
    title: str,
    method: VoteMethod,
    settings: VoteSettings = _DEFAULT_SETTINGS,
    items: Sequence[ItemSpec] = (),
    criteria: Sequence[CriterionSpec] = (),
    anonymous: bool = True,
    show_live: bool = False,
    question_id: uuid.UUID | None = None,
    vote_id: uuid.UUID | None = None,
) -> VoteData:
    title = _title(title)
    _check_settings(settings)
    if criteria and method is not VoteMethod.RATING:
        raise VoteError("criteria_only_for_rating")
    with doc.transaction() as session:
        vote = VoteSession(
            id=vote_id or uuid.uuid4(),
            workshop_id=doc.workshop_id,
            question_id=question_id,
            title=title,
            method=method,
            settings=settings.as_json(),
            anonymous=anonymous,
            show_live=show_live,
            status=VoteStatus.DRAFT,
        )
        session.add(vote)
        session.flush()
        _replace_items(session, vote.id, items)
        _replace_criteria(session, vote.id, criteria)
        session.flush()
        return vote_data(session, vote)


def update_vote(
    doc: WorkshopDocument,
    vote_id: uuid.UUID,
    *,
    title: str | None = None,
    settings: VoteSettings | None = None,
    show_live: bool | None = None,
    anonymous: bool | None = None,
    items: Sequence[ItemSpec] | None = None,
    criteria: Sequence[CriterionSpec] | None = None,
) -> VoteData:
    """Change what is given (None = unchanged); returns the vote as it was, for undo (pass
    its ``spec()``s back as items and criteria). Items and criteria are fixed once a ballot
    is cast (code ``ballots_cast``), anonymity too (``anonymity_fixed``): switching would
    either leave ballots naming people in an anonymous vote or named ballots naming no one."""
    with doc.transaction() as session:
        vote = fetch(session, VoteSession, vote_id, "no_vote")
        before = vote_data(session, vote)
        cast = before.ballot_count > 0
        if cast and (items is not None or criteria is not None):
            raise VoteError("ballots_cast")
        if cast and anonymous is not None and anonymous != vote.anonymous:
            raise VoteError("anonymity_fixed")
        if criteria and vote.method is not VoteMethod.RATING:
            raise VoteError("criteria_only_for_rating")
        if title is not None:
            vote.title = _title(title)
        if settings is not None:
            _check_settings(settings)
            vote.settings = settings.as_json()
        if show_live is not None:
            vote.show_live = show_live
        if anonymous is not None:
            vote.anonymous = anonymous
        if items is not None:
            _replace_items(session, vote.id, items)
        if criteria is not None:
            _replace_criteria(session, vote.id, criteria)
        return before


def delete_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> Snapshot:
    """Deletes the vote with its items, criteria and ballots (``snapshots.restore`` undoes it)."""
    with doc.transaction() as session:
        vote = fetch(session, VoteSession, vote_id, "no_vote")
        items = rows_where(session, VoteItem, VoteItem.session_id == vote_id, VoteItem.position)
        criteria = rows_where(
            session, Criterion, Criterion.session_id == vote_id, Criterion.position
        )
        ballots = rows_where(session, Ballot, Ballot.session_id == vote_id, Ballot.submitted_at)
        entries = entries_of(session, [b.id for b in ballots])
        rows = [vote, *items, *criteria, *ballots, *entries]
        # Which phone may still replace which ballot (an open vote): back with the undo.
        owners = rows_where(session, VenueBallotOwner, VenueBallotOwner.vote_id == vote_id)
        snapshot = capture([*rows, *owners])
        session.delete(vote)  # the rest goes by ON DELETE CASCADE
        bury(session, rows)
        return snapshot


def participation(doc: WorkshopDocument, vote_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """Who is recorded as having voted in an anonymous vote (not which ballot is theirs):
    what :func:`restore_vote` needs to put back after a delete."""
    with doc.transaction() as session:
        return frozenset(who_voted.voters(session, vote_id))


def phones_that_took_part(doc: WorkshopDocument, vote_id: uuid.UUID) -> frozenset[str]:
    """The keys of the phones that took part in a vote (no device, no person, no ballot):
    what :func:`restore_vote` needs to put back after a delete, or a phone could vote again
    once the vote is reopened."""
    with doc.transaction() as session:
        return who_voted.phone_keys(session, vote_id)


def restore_vote(
    doc: WorkshopDocument,
    snapshot: Snapshot,
    voted: Collection[uuid.UUID] = (),
    phones: Collection[str] = (),
) -> None:
    """Undoes :func:`delete_vote`: the rows, who had voted (``participation`` read before
    the delete; people erased since are left out) and which phones had (``phones``)."""
    vote_id = next(values["id"] for model, values in snapshot.rows if model is VoteSession)
    with doc.transaction() as session:
        put_back(session, snapshot)
        still_here = [person for person in voted if session.get(Participant, person) is not None]
        who_voted.record(session, vote_id, still_here)
        if phones:
            who_voted.put_back_phones(session, vote_id, phones)


def open_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteStatus:
    """Draft (or closed) → open; returns the previous status (undo: ``set_status``)."""
    vote = get_vote(doc, vote_id)
    if not vote.items:
        raise VoteError("no_items")
    if vote.method is VoteMethod.RATING and not vote.criteria:
        raise VoteError("no_criteria")
    return set_status(doc, vote_id, VoteStatus.OPEN)


def close_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteStatus:
    if get_vote(doc, vote_id).status is not VoteStatus.OPEN:
        raise VoteError("vote_not_open")
    return set_status(doc, vote_id, VoteStatus.CLOSED)


def reopen_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteStatus:
    if get_vote(doc, vote_id).status is not VoteStatus.CLOSED:
        raise VoteError("vote_not_closed")
    return set_status(doc, vote_id, VoteStatus.OPEN)


def set_status(doc: WorkshopDocument, vote_id: uuid.UUID, status: VoteStatus) -> VoteStatus:
    """Set a vote's status (and its opened/closed times); returns the previous status.

    Closing a vote forgets which phone or badge cast which of its ballots, and the venue
    requests it answered (``venue_ballot_owner``, ``venue_request``): they serve only to
    replace a ballot while the vote is open.

    Closing an anonymous vote also empties the write-ahead log into the file: until then it
    holds a copy of the pages of every commit, one per ballot, and the order of those
    copies is the voting order, ballot and voter side by side."""
    with doc.transaction() as session:
        vote = fetch(session, VoteSession, vote_id, "no_vote")
        anonymous = vote.anonymous
        before = vote.status
        vote.status = status
        if status is VoteStatus.DRAFT:
            vote.opened_at = vote.closed_at = None
        elif status is VoteStatus.OPEN:
            vote.opened_at = vote.opened_at or utcnow()
            vote.closed_at = None
        else:
            vote.closed_at = utcnow()
            # Which phone or badge cast which ballot: needed only to replace it while open.
            for model in (VenueBallotOwner, VenueRequest):
                session.execute(delete(model).where(model.vote_id == vote_id))
    if status is VoteStatus.CLOSED and anonymous:
        try:
            doc.purge_deleted()
        except WorkshopFileError as exc:  # a backup kept reading: the log goes at closing
            log.warning("The write-ahead log was not emptied after closing a vote: %s", exc)
    return before


def _replace_items(session: Session, vote_id: uuid.UUID, specs: Sequence[ItemSpec]) -> None:
    existing = {i.id: i for i in rows_where(session, VoteItem, VoteItem.session_id == vote_id)}
    keep = {s.id for s in specs if s.id is not None}
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
    session.flush()
    for position, spec in enumerate(specs):
        if spec.idea_id is None and spec.theme_id is None and not clean(spec.label):
            raise VoteError("empty_item")
        row = existing.get(spec.id) if spec.id is not None else None
        if row is None:
            row = VoteItem(id=spec.id or uuid.uuid4(), session_id=vote_id)
            session.add(row)
        row.label = clean(spec.label)
        row.idea_id = spec.idea_id
        row.theme_id = spec.theme_id
        row.position = position


def _replace_criteria(session: Session, vote_id: uuid.UUID, specs: Sequence[CriterionSpec]) -> None:
    existing = {c.id: c for c in rows_where(session, Criterion, Criterion.session_id == vote_id)}
    keep = {s.id for s in specs if s.id is not None}
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
    session.flush()
    for position, spec in enumerate(specs):
        if not clean(spec.name):
            raise VoteError("empty_criterion")
        if spec.scale_min >= spec.scale_max:
            raise VoteError("bad_scale")
        if not spec.weight > 0:
            raise VoteError("bad_weight")
        row = existing.get(spec.id) if spec.id is not None else None
        if row is None:
            row = Criterion(id=spec.id or uuid.uuid4(), session_id=vote_id)
            session.add(row)
        row.name = clean(spec.name)
        row.weight = float(spec.weight)
        row.scale_min = spec.scale_min
        row.scale_max = spec.scale_max
        row.position = position


def _title(title: str) -> str:
    title = clean(title)
    if not title:
        raise VoteError("empty_title")
    return title


def _check_settings(settings: VoteSettings) -> None:
    if settings.problems():
        raise VoteError(settings.problems()[0])
