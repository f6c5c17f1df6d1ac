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
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import ideas, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue.links import Access, Role
from facilitator.core.venue.owners import own_ballot, owned_voter, took_part
from facilitator.core.venue.voters import voter_list
from facilitator.core.voting.reading import ballot_data, voted_in
from facilitator.store.models import Ballot, BreakoutGroup, Idea, Participant


def state(doc: WorkshopDocument, access: Access, device: str | None = None) -> dict[str, Any]:
    """``device``: the phone's device cookie, so a join link sees the ballot it cast."""
    with doc.transaction() as session:
        workshop = doc.workshop(session)
        data: dict[str, Any] = {
            "workshop": {"title": workshop.title, "language": workshop.language.value}
        }
        if access.role is Role.BADGE and access.participant_id is not None:
            person = session.get(Participant, access.participant_id)
            data["me"] = {"label": person.name if person is not None else ""}
    data["votes"] = [_vote(doc, vote, access, device) for vote in open_votes(doc)]
    if access.role is Role.LEADER and access.group_id is not None:
        data.update(_group(doc, access.group_id))
    return data


def open_votes(doc: WorkshopDocument) -> list[voting.VoteData]:
    return [v for v in voting.list_votes(doc) if v.status is voting.VoteStatus.OPEN]


def ballot_values(method: voting.VoteMethod, ballot: voting.BallotData) -> dict[str, Any]:
    """A ballot's entries as the API takes them: item → number (rating: item → criterion →
    number)."""
    values: dict[str, Any] = {}
    for (item, criterion), value in ballot.entries.items():
        number: float | int = int(value) if value == int(value) else value
        if method is voting.VoteMethod.RATING and criterion is not None:
            values.setdefault(str(item), {})[str(criterion)] = number
        else:
            values[str(item)] = number
    return values


def _vote(
    doc: WorkshopDocument, vote: voting.VoteData, access: Access, device: str | None
) -> dict[str, Any]:
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
        "my_ballot": None,
    }
    if vote.method is voting.VoteMethod.RATING:
        data["criteria"] = [
            {"id": str(c.id), "name": c.name, "min": c.scale_min, "max": c.scale_max}
            for c in vote.criteria
        ]
    with doc.transaction() as session:
        ballot_id = own_ballot(session, vote.id, access, device)
        row = None if ballot_id is None else session.get(Ballot, ballot_id)
        if row is not None:
            data["my_ballot"] = {"values": ballot_values(vote.method, ballot_data(session, row))}
        data.update(_who(doc, session, vote, access, device, row is not None))
    if vote.show_live:
        result = voting.results(doc, vote.id)
        if not result.hidden:
            data["results"] = [
                {"id": str(r.item.id), "score": r.score, "rank": r.rank} for r in result.rows
            ]
    return data


def _who(
    doc: WorkshopDocument,
    session: Session,
    vote: voting.VoteData,
    access: Access,
    device: str | None,
    owns: bool,
) -> dict[str, Any]:
    """``voted``, ``changeable`` and, in a named vote, ``my_voter`` (and a join link's
    ``voters``)."""
    person = access.participant_id if access.role is Role.BADGE else None
    if person is not None:
        voted = owns or person in voted_in(session, vote.id)
    elif vote.anonymous:
        voted = owns or took_part(session, vote.id, device)
    else:
        voted = owns
    found: dict[str, Any] = {"voted": voted, "changeable": owns or not voted}
    if vote.anonymous:
        return found
    if person is not None:
        found["my_voter"] = str(person)
        return found
    mine = owned_voter(session, vote.id, device) if owns else None
    found["my_voter"] = None if mine is None else str(mine)
    found["voters"] = voter_list(session, doc, vote.id, mine)
    return found


def _group(doc: WorkshopDocument, group_id: uuid.UUID) -> dict[str, Any]:
    with doc.transaction() as session:
        group = session.get(BreakoutGroup, group_id)
        if group is None:
            return {"group": None, "questions": [], "ideas": []}
        name = group.name
        own = _group_ideas(session, group_id)
    questions = ideas.questions_for_group(doc, group_id)
    return {
        "group": {"id": str(group_id), "name": name},
        "questions": [{"id": str(q.id), "text": q.text} for q in questions],
        "ideas": own,
    }


def _group_ideas(session: Session, group_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Idea)
        .where(Idea.source_group_id == group_id)
        .order_by(Idea.created_at, Idea.position)
    )
    return [
        {
            "id": str(i.id),
            "text": i.text,
            "question": None if i.question_id is None else str(i.question_id),
            "merged_into": None if i.merged_into_id is None else str(i.merged_into_id),
        }
        for i in rows
    ]
