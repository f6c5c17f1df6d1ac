"""A vote's results: reads the vote and its ballots from the file and hands the plain data to
:mod:`~facilitator.core.voting.scoring`.

Results are hidden (no scores at all) while a vote is not closed, unless it shows them live
or the caller reveals them. Breakdowns per group use ballots with a group (group ballots) and,
in named votes, voters' memberships in one round: the question's round, else the latest.
Breakdowns per organisation use named votes' ballots with a voter. Named votes also list
the checked-in people who have not voted. An anonymous vote's list is :func:`not_voted`
(for the kiosk): its paper ballots name nobody, so the results do not claim to know.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.collation import sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.voting.model import INDIVIDUAL, BallotData, VoteData, VoteStatus
from facilitator.core.voting.outcome import Breakdown, Results, VoterRef
from facilitator.core.voting.reading import ballots_of, fetch, vote_data, voted_in
from facilitator.core.voting.scoring import breakdown, result_rows, split_ballots
from facilitator.store.models import (
    Attendance,
    AttendanceStatus,
    BreakoutGroup,
    GroupRound,
    Membership,
    Organisation,
    Participant,
    Question,
    VoteSession,
    Workshop,
)


def results(doc: WorkshopDocument, vote_id: uuid.UUID, reveal: bool = False) -> Results:
    with doc.transaction() as session:
        vote = vote_data(session, fetch(session, VoteSession, vote_id, "no_vote"))
        ballots = ballots_of(session, vote_id)
        not_voted = None if vote.anonymous else _not_voted(session, doc, vote_id)
        hidden = vote.status is not VoteStatus.CLOSED and not vote.show_live and not reveal
        voters = sum(b.voter_count for b in ballots)
        individual = sum(1 for b in ballots if b.channel in INDIVIDUAL)
        if hidden:
            return Results(vote, True, (), voters, len(ballots), individual, (), (), None, "",
                           not_voted)  # fmt: skip
        round_id, round_title, by_group, by_org = _breakdowns(session, vote, ballots)
        return Results(
            vote,
            False,
            result_rows(vote, ballots),
            voters,
            len(ballots),
            individual,
            by_group,
            by_org,
            round_id,
            round_title,
            not_voted,
        )


def _breakdowns(
    session: Session, vote: VoteData, ballots: Sequence[BallotData]
) -> tuple[uuid.UUID | None, str, tuple[Breakdown, ...], tuple[Breakdown, ...]]:
    the_round = _breakdown_round(session, vote)
    round_id = the_round.id if the_round else None
    member_group: dict[uuid.UUID, uuid.UUID] = {}
    if the_round is not None and not vote.anonymous:
        rows = session.execute(
            select(Membership.participant_id, Membership.group_id)
            .join(BreakoutGroup, BreakoutGroup.id == Membership.group_id)
            .where(BreakoutGroup.round_id == the_round.id)
        ).all()
        member_group = {p: g for p, g in rows}
    voter_ids = {b.voter_id for b in ballots if b.voter_id is not None}
    org_of: dict[uuid.UUID, uuid.UUID | None] = {}
    if voter_ids and not vote.anonymous:
        org_of = dict(
            session.execute(
                select(Participant.id, Participant.organisation_id).where(
                    Participant.id.in_(voter_ids)
                )
            ).all()
        )
    by_group, by_org = split_ballots(ballots, member_group, org_of)
    group_rows = session.execute(
        select(BreakoutGroup.id, BreakoutGroup.name, BreakoutGroup.position).where(
            BreakoutGroup.id.in_(list(by_group))
        )
    ).all()
    group_names = {g: (name, pos) for g, name, pos in group_rows}
    org_names: dict[uuid.UUID | None, str] = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_([o for o in by_org if o is not None])
            )
        ).all()
    )

    groups = sorted(by_group, key=lambda g: group_names.get(g, ("", 0))[1])
    language = (
        session.scalars(
            select(Workshop.language)
            .join(VoteSession, VoteSession.workshop_id == Workshop.id)
            .where(VoteSession.id == vote.id)
        )
        .one()
        .value
    )
    orgs = sorted(by_org, key=lambda o: (o is None, sort_key(org_names.get(o), language)))
    return (
        round_id,
        the_round.title if the_round else "",
        tuple(breakdown(vote, g, group_names.get(g, ("", 0))[0], by_group[g]) for g in groups),
        tuple(breakdown(vote, o, org_names.get(o, ""), by_org[o]) for o in orgs),
    )


def _breakdown_round(session: Session, vote: VoteData) -> GroupRound | None:
    if vote.question_id is not None:
        question = session.get(Question, vote.question_id)
        if question is not None and question.round_id is not None:
            return session.get(GroupRound, question.round_id)
    return session.scalars(
        select(GroupRound)
        .join(VoteSession, VoteSession.workshop_id == GroupRound.workshop_id)
        .where(VoteSession.id == vote.id)
        .order_by(GroupRound.position.desc(), GroupRound.created_at.desc())
    ).first()


def not_voted(doc: WorkshopDocument, vote_id: uuid.UUID) -> tuple[VoterRef, ...]:
    """The checked-in people not recorded as having voted, by name: in a named vote those
    without a ballot, in an anonymous one those the kiosk has not recorded (who has voted is
    kept apart from the ballots, see :mod:`~facilitator.core.voting.ballots`)."""
    with doc.transaction() as session:
        fetch(session, VoteSession, vote_id, "no_vote")
        return _not_voted(session, doc, vote_id)


def _not_voted(session: Session, doc: WorkshopDocument, vote_id: uuid.UUID) -> tuple[VoterRef, ...]:
    voted = voted_in(session, vote_id)
    rows = session.execute(
        select(Participant.id, Participant.name, Organisation.name)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
        .where(
            Attendance.workshop_id == doc.workshop_id,
            Attendance.status == AttendanceStatus.CHECKED_IN,
        )
    ).all()
    people = [VoterRef(p, name, org or "") for p, name, org in rows if p not in voted]
    language = doc.workshop(session).language.value
    return tuple(sorted(people, key=lambda p: sort_key(p.name, language)))
