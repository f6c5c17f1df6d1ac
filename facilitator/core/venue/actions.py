"""What phones change: a leader's ideas, a participant's ballot.

Each call answers like the HTTP API does, ``(status, body)``, so the server only moves them
onto the wire: 200/201 done, 403 not allowed with this link, 404 not found (or not this
group's: another group's idea is never confirmed to exist), 422 ``{"problems": [codes]}``
with nothing stored. A request carrying an ``Idempotency-Key`` that was answered before gets
the same answer again and changes nothing.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, select, union_all
from sqlalchemy.orm import Session

from facilitator.core import ideas, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue.links import Access, Role
from facilitator.core.venue.owners import (
    answered,
    ballot_lookup,
    owned_voter,
    record_owner,
    record_part,
    remember,
)
from facilitator.core.venue.voters import checked_in
from facilitator.core.voting.ballots import put_ballot
from facilitator.core.voting.reading import ballot_vote, has_voted
from facilitator.store.models import BallotChannel, Idea, Tombstone, VoteStatus

Answer = tuple[int, dict[str, Any]]
_IDEA_NAMESPACE = uuid.UUID("6f1d1c36-63a8-4c55-9a3b-1f6f3a0c9e21")


def _problems(*codes: str) -> dict[str, Any]:
    return {"problems": list(codes)}


# --- ideas ---------------------------------------------------------------------------------


def add_idea(
    doc: WorkshopDocument,
    access: Access,
    text: str,
    question_id: uuid.UUID | None,
    idempotency_key: str | None,
) -> Answer:
    """A leader adds an idea for their group: 201 ``{"id"}``; a repeated key 200, same id.

    One transaction: the idea and the answer to its key are stored together, or nothing."""
    if access.role is not Role.LEADER or access.group_id is None:
        return 403, _problems("not_a_leader")
    try:
        with doc.transaction() as session:
            return _add_idea(session, doc, access.group_id, text, question_id, idempotency_key)
    except _Refused as refusal:
        return refusal.answer


def _add_idea(
    session: Session,
    doc: WorkshopDocument,
    group_id: uuid.UUID,
    text: str,
    question_id: uuid.UUID | None,
    key: str | None,
) -> Answer:
    scope = f"group:{group_id}"
    idea_id = uuid.uuid4()
    if key:
        # The key decides the idea's id: a retry whose first answer was lost finds the idea
        # even if the answer was never recorded.
        idea_id = uuid.uuid5(_IDEA_NAMESPACE, f"{group_id}:{key}")
        before = answered(session, scope, key)
        if before is not None:
            return before[0] if before[0] != 201 else 200, before[1]
        if session.execute(_IDEA_OR_TOMBSTONE, {"key": idea_id}).first() is not None:
            return 200, {"id": str(idea_id)}
    memo = doc.batch_memo  # in the writer's batch: the groups' questions are read once
    try:
        questions = ideas.group_questions(session, doc.workshop_id, group_id, memo)
    except ideas.IdeaError:
        raise _Refused(403, "no_group") from None
    if question_id is None:
        question_id = questions[0].id if questions else None
    elif question_id not in {q.id for q in questions}:
        raise _Refused(422, "not_a_question")
    try:
        ideas.put_idea(
            session, doc.workshop_id, question_id, text, group_id, idea_id=idea_id, memo=memo
        )
    except ideas.IdeaError as exc:
        raise _Refused(422, exc.code) from None
    body = {"id": str(idea_id)}
    remember(session, scope, key, 201, body, doc=doc)
    return 201, body


# Whether a key's idea exists, or existed and was deleted (one look, no mapped objects).
_IDEA_OR_TOMBSTONE = union_all(
    select(Idea.id).where(Idea.id == bindparam("key")),
    select(Tombstone.id).where(Tombstone.id == bindparam("key")),
)


def edit_idea(doc: WorkshopDocument, access: Access, idea_id: uuid.UUID, text: str) -> Answer:
    problem = _own_idea(doc, access, idea_id)
    if problem is not None:
        return problem
    try:
        ideas.update_idea(doc, idea_id, text)
    except ideas.IdeaError as exc:
        return 422, _problems(exc.code)
    return 200, {"id": str(idea_id)}


def delete_idea(doc: WorkshopDocument, access: Access, idea_id: uuid.UUID) -> Answer:
    problem = _own_idea(doc, access, idea_id)
    if problem is not None:
        return problem
    try:
        ideas.delete_ideas(doc, [idea_id])
    except ideas.IdeaError:
        return 404, _problems("no_idea")
    return 200, {"deleted": True}


def _own_idea(doc: WorkshopDocument, access: Access, idea_id: uuid.UUID) -> Answer | None:
    if access.role is not Role.LEADER or access.group_id is None:
        return 403, _problems("not_a_leader")
    with doc.transaction() as session:
        idea = session.get(Idea, idea_id)
        if idea is None or idea.source_group_id != access.group_id:
            return 404, _problems("no_idea")
    return None


# --- ballots -------------------------------------------------------------------------------


def cast_ballot(
    doc: WorkshopDocument,
    access: Access,
    vote_id: uuid.UUID,
    values: Mapping[str, Any],
    idempotency_key: str | None,
    device: str,
    voter: object = None,
) -> Answer:
    """Cast, or replace, this phone's (or badge's person's) ballot in an open vote.

    The same rules as the kiosk (``core.voting.check_ballot``, channel ``phone``); a ballot
    breaking one stores nothing (422 with every problem's code).

    Who votes: a badge link votes as its person (a ``voter`` naming someone else is refused,
    403 ``not_your_badge``). A join link votes as its device in an anonymous vote (``voter``
    is ignored, never stored) and, in a named vote, as the ``voter`` it picked from the
    list, as at the kiosk (422 ``voter_required`` without one, ``not_a_voter`` for someone
    not offered). 409 ``already_voted``: that person (or, in an anonymous vote, this phone)
    has a ballot this link cannot replace: cast at the kiosk, on paper, from another phone,
    or before the vote was closed and reopened. 409 ``already_voted_as_other``: this phone
    voted as someone else in this vote; it may replace that ballot, not vote again.
    ``voter``: the body's ``voter`` as posted (a person's id; anything else is no voter)."""
    try:
        with doc.transaction() as session:
            chosen = _voter_id(voter)
            return _cast(session, doc, access, vote_id, values, idempotency_key, device, chosen)
    except voting.BallotError as exc:
        codes = list(dict.fromkeys(p.code for p in exc.problems))
        details = [
            {
                "code": p.code,
                "item": None if p.item_id is None else str(p.item_id),
                "criterion": None if p.criterion_id is None else str(p.criterion_id),
                "values": list(p.values),
            }
            for p in exc.problems
        ]
        return 422, {"problems": codes, "details": details}
    except _Refused as refusal:
        return refusal.answer


class _Refused(Exception):
    def __init__(self, status: int, *codes: str) -> None:
        super().__init__(codes)
        self.answer: Answer = (status, _problems(*codes))


def _cast(
    session: Session,
    doc: WorkshopDocument,
    access: Access,
    vote_id: uuid.UUID,
    values: Mapping[str, Any],
    key: str | None,
    device: str,
    chosen: uuid.UUID | None,
) -> Answer:
    scope = f"person:{access.participant_id}" if access.role is Role.BADGE else f"device:{device}"
    memo = doc.batch_memo
    try:
        vote, _ = ballot_vote(session, vote_id, memo)
    except voting.VoteError:
        raise _Refused(404, "no_vote") from None
    if vote.status is not VoteStatus.OPEN:
        raise _Refused(404, "no_vote")
    found = ballot_lookup(session, vote_id, access, device, scope, key)
    if found.answer is not None:
        return found.answer
    badge = access.role is Role.BADGE and access.participant_id is not None
    if not badge and not device:
        raise _Refused(422, "device_required")
    entries = _entries(values, rating=vote.method is voting.VoteMethod.RATING)
    earlier = found.earlier
    voter: uuid.UUID | None = None
    if badge:
        voter = access.participant_id
        if not vote.anonymous and chosen is not None and chosen != voter:
            raise _Refused(403, "not_your_badge")
    elif not vote.anonymous:
        voter = _named_voter(session, doc, vote_id, device, chosen, earlier)
    if earlier is None:
        if voter is not None and has_voted(session, vote_id, voter):
            raise _Refused(409, "already_voted")
        if voter is None and found.took_part:
            raise _Refused(409, "already_voted")  # its ballot's link went when the vote closed
    ballot = voting.BallotInput(BallotChannel.PHONE, entries, voter_id=voter)
    stored = put_ballot(session, vote_id, ballot, earlier, memo)
    if earlier is None:
        record_owner(session, vote_id, stored.id, access, device, voter)
        if vote.anonymous and not badge:
            record_part(session, vote_id, device, doc)
    body: dict[str, Any] = {"stored": True}
    remember(session, scope, key, 200, body, vote_id, doc)
    return 200, body


_NOBODY = uuid.UUID(int=0)  # a posted voter that cannot be anyone's id


def _voter_id(posted: object) -> uuid.UUID | None:
    if posted is None:
        return None
    if isinstance(posted, uuid.UUID):
        return posted
    if isinstance(posted, str):
        try:
            return uuid.UUID(posted)
        except ValueError:
            pass
    return _NOBODY


def _named_voter(
    session: Session,
    doc: WorkshopDocument,
    vote_id: uuid.UUID,
    device: str,
    chosen: uuid.UUID | None,
    earlier: uuid.UUID | None,
) -> uuid.UUID:
    """Whom a join-link phone votes as in a named vote: the person it picked, who must be
    one the list offers (or the one it already voted as)."""
    if chosen is None:
        raise _Refused(422, "voter_required")
    if earlier is not None:
        if owned_voter(session, vote_id, device) != chosen:
            raise _Refused(409, "already_voted_as_other")
        return chosen
    if has_voted(session, vote_id, chosen):
        raise _Refused(409, "already_voted")
    if chosen not in checked_in(session, doc):
        raise _Refused(422, "not_a_voter")
    return chosen


def _entries(values: Mapping[str, Any], rating: bool) -> dict[voting.EntryKey, float]:
    """The posted values as ballot entries; a malformed ballot is refused whole."""
    if not isinstance(values, Mapping):
        raise _Refused(422, "bad_values")
    entries: dict[voting.EntryKey, float] = {}
    for item_key, value in values.items():
        item = _uuid(item_key)
        if rating:
            if not isinstance(value, Mapping):
                raise _Refused(422, "bad_values")
            for criterion_key, rated in value.items():
                if rated is None:
                    continue  # skipped
                entries[(item, _uuid(criterion_key))] = _number(rated)
        else:
            entries[(item, None)] = _number(value)
    return entries


def _uuid(text: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(text))
    except ValueError:
        raise _Refused(422, "not_an_item") from None


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Refused(422, "not_a_number")
    return float(value)
