"""What a phone sees (:func:`state`): plain JSON-ready data, never a contact detail.

A participant (join or badge link) sees the workshop's title and language and the open
votes, each with its items, rules and their own ballot; a leader also sees their group, its
questions and the group's own ideas (never another group's). Results only when the
facilitator shows them live.

Each vote also says whether this link has voted (``voted``) and whether a ballot posted now
would be taken (``changeable``: false once an anonymous vote was closed and reopened after
this phone voted, or when its person voted at the kiosk or on paper). A named vote carries
``my_voter`` (whom this phone or badge votes as) and, for a join link, ``voters``: whom it
may vote as (``core/venue/voters.py``). A badge link's state names its person (``me``).

Cheap for a room asking at once: what is the same for every phone (the workshop, the open
votes with their items and rules, live results, the list of people still to vote, a group's
questions and ideas) is read once per version of the file and kept in
:func:`~facilitator.core.venue.version.memo` while the server watches the version; each
call then reads only this phone's own part (its ballot, whether it voted), in one
read-only transaction.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import ideas, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue.links import Access, Role
from facilitator.core.venue.owners import took_part, voter_key
from facilitator.core.venue.version import Memo, memo
from facilitator.core.venue.voters import voter_list
from facilitator.core.voting.reading import vote_data, voted_in
from facilitator.store.models import (
    Ballot,
    BreakoutGroup,
    Idea,
    Participant,
    VenueBallotOwner,
    VoteEntry,
    VoteSession,
)


@dataclasses.dataclass(frozen=True)
class _Open:
    """An open vote as every phone sees it (``public``, as JSON: each answer gets its own
    copy, so no caller can change what the next phone is told), and what its own part
    needs."""

    id: uuid.UUID
    method: voting.VoteMethod
    anonymous: bool
    public: str


@dataclasses.dataclass(frozen=True)
class _Shared:
    workshop: str
    votes: tuple[_Open, ...]


def state(doc: WorkshopDocument, access: Access, device: str | None = None) -> dict[str, Any]:
    """``device``: the phone's device cookie, so a join link sees the ballot it cast."""
    kept = memo(doc)
    shared = _remembered(kept, ("state",), lambda: _shared(doc))
    data: dict[str, Any] = {"workshop": json.loads(shared.workshop)}
    with doc.transaction() as session:
        if access.role is Role.BADGE and access.participant_id is not None:
            person = session.get(Participant, access.participant_id)
            data["me"] = {"label": person.name if person is not None else ""}
        data["votes"] = [_own_part(session, doc, kept, v, access, device) for v in shared.votes]
    if access.role is Role.LEADER and access.group_id is not None:
        group_id = access.group_id
        data.update(
            json.loads(_remembered(kept, ("group", group_id), lambda: _group(doc, group_id)))
        )
    return data


def _remembered(kept: Memo | None, key: tuple[Any, ...], read: Any) -> Any:
    if kept is None:
        return read()
    found = kept.get(key)
    if found is None:
        found = kept[key] = read()
    return found


def _open_votes(session: Session, doc: WorkshopDocument) -> list[voting.VoteData]:
    """The workshop's open votes, oldest first (as ``voting.list_votes`` orders them;
    ``ballot_count`` not read)."""
    rows = session.scalars(
        select(VoteSession)
        .where(
            VoteSession.workshop_id == doc.workshop_id,
            VoteSession.status == voting.VoteStatus.OPEN,
        )
        .order_by(VoteSession.created_at)
    ).all()
    return [vote_data(session, v, count=False) for v in rows]


def _values(method: voting.VoteMethod, entries: Any) -> dict[str, Any]:
    """A ballot's entries as the API takes them: item → number (rating: item → criterion →
    number)."""
    values: dict[str, Any] = {}
    for (item, criterion), value in entries:
        number: float | int = int(value) if value == int(value) else value
        if method is voting.VoteMethod.RATING and criterion is not None:
            values.setdefault(str(item), {})[str(criterion)] = number
        else:
            values[str(item)] = number
    return values


def _shared(doc: WorkshopDocument) -> _Shared:
    with doc.transaction() as session:
        workshop = doc.workshop(session)
        about = json.dumps({"title": workshop.title, "language": workshop.language.value})
        votes = _open_votes(session, doc)
    return _Shared(about, tuple(_public(doc, vote) for vote in votes))


def _public(doc: WorkshopDocument, vote: voting.VoteData) -> _Open:
    s = vote.settings
    data: dict[str, Any] = {
        "id": str(vote.id),
        "title": vote.title,
        "method": vote.method.value,
        "items": [{"id": str(i.id), "text": i.label} for i in vote.items],
        "rules": {
            "dots_per_voter": s.dots_per_voter,
            "cap_per_item": s.cap_per_item,
            "negative_dots": s.negative_dots,
            "points_budget": s.points_budget,
            "top_k": vote.top_k,
            "anonymous": vote.anonymous,
        },
    }
    if vote.method is voting.VoteMethod.RATING:
        data["criteria"] = [
            {"id": str(c.id), "name": c.name, "min": c.scale_min, "max": c.scale_max}
            for c in vote.criteria
        ]
    if vote.show_live:
        result = voting.results(doc, vote.id)
        if not result.hidden:
            data["results"] = [
                {"id": str(r.item.id), "score": r.score, "rank": r.rank} for r in result.rows
            ]
    return _Open(vote.id, vote.method, vote.anonymous, json.dumps(data))


def _own_part(
    session: Session,
    doc: WorkshopDocument,
    kept: Memo | None,
    vote: _Open,
    access: Access,
    device: str | None,
) -> dict[str, Any]:
    """The vote as this phone sees it: the shared part with its own ballot (``my_ballot``)
    and ``voted``, ``changeable`` and, in a named vote, ``my_voter`` (and a join link's
    ``voters``)."""
    data: dict[str, Any] = json.loads(vote.public)
    owner = _owner(session, vote.id, access, device)
    data["my_ballot"] = None
    if owner is not None:
        entries = session.execute(
            select(VoteEntry.item_id, VoteEntry.criterion_id, VoteEntry.value).where(
                VoteEntry.ballot_id == owner[0]
            )
        ).all()
        values = _values(vote.method, [((item, crit), value) for item, crit, value in entries])
        data["my_ballot"] = {"values": values}
    owns = owner is not None
    person = access.participant_id if access.role is Role.BADGE else None
    if person is not None:
        who = _remembered(kept, ("voted_in", vote.id), lambda: voted_in(session, vote.id))
        voted = owns or person in who
    elif vote.anonymous:
        voted = owns or took_part(session, vote.id, device)
    else:
        voted = owns
    data["voted"] = voted
    data["changeable"] = owns or not voted
    if vote.anonymous:
        return data
    if person is not None:
        data["my_voter"] = str(person)
        return data
    mine = None if owner is None else owner[1]
    data["my_voter"] = None if mine is None else str(mine)
    if mine is None:
        listed = _remembered(
            kept, ("voters", vote.id), lambda: voter_list(session, doc, vote.id, None)
        )
        data["voters"] = [dict(person) for person in listed]
    else:
        data["voters"] = voter_list(session, doc, vote.id, mine)
    return data


def _owner(
    session: Session, vote_id: uuid.UUID, access: Access, device: str | None
) -> tuple[uuid.UUID, uuid.UUID | None] | None:
    """(ballot, person it names) of the ballot this phone (or badge) cast in ``vote_id``."""
    device_hash, person = voter_key(access, device)
    if device_hash is None and person is None:
        return None
    query = (
        select(VenueBallotOwner.ballot_id, VenueBallotOwner.participant_id)
        .join(Ballot, Ballot.id == VenueBallotOwner.ballot_id)
        .where(VenueBallotOwner.vote_id == vote_id)
    )
    if person is not None:
        query = query.where(VenueBallotOwner.participant_id == person)
    else:
        query = query.where(VenueBallotOwner.device == device_hash)
    row = session.execute(query).first()
    return None if row is None else (row[0], row[1])


def _group(doc: WorkshopDocument, group_id: uuid.UUID) -> str:
    """A leader's group, its questions and its own ideas (as JSON)."""
    with doc.transaction() as session:
        group = session.get(BreakoutGroup, group_id)
        if group is None:
            return json.dumps({"group": None, "questions": [], "ideas": []})
        name = group.name
        own = _group_ideas(session, group_id)
        questions = ideas.group_questions(session, doc.workshop_id, group_id)
    return json.dumps(
        {
            "group": {"id": str(group_id), "name": name},
            "questions": [{"id": str(q.id), "text": q.text} for q in questions],
            "ideas": own,
        }
    )


def _group_ideas(session: Session, group_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Idea.id, Idea.text, Idea.question_id, Idea.merged_into_id)
        .where(Idea.source_group_id == group_id)
        .order_by(Idea.created_at, Idea.position)
    )
    return [
        {
            "id": str(idea_id),
            "text": text,
            "question": None if question_id is None else str(question_id),
            "merged_into": None if merged_into_id is None else str(merged_into_id),
        }
        for idea_id, text, question_id, merged_into_id in rows
    ]
