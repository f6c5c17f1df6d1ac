"""Key figures of a workshop file, for `facilitator info` and the overview page."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.store.models import (
    ActionItem,
    Attachment,
    Attendance,
    Ballot,
    BreakoutGroup,
    GroupRound,
    Idea,
    Participant,
    Question,
    Theme,
    VoteSession,
)


@dataclasses.dataclass(frozen=True)
class WorkshopInfo:
    title: str
    start_date: dt.date | None
    end_date: dt.date | None
    language: str
    participants: int
    organisations: int
    group_rounds: int
    groups: int
    questions: int
    ideas: int
    themes: int
    photos: int
    vote_sessions: int
    votes: int  # ballots cast, a paper tally counting as the voters it stands for
    action_items: int

    def as_json(self) -> dict[str, object]:
        data = dataclasses.asdict(self)
        for key in ("start_date", "end_date"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def workshop_info(doc: WorkshopDocument) -> WorkshopInfo:
    wid = doc.workshop_id
    with doc.transaction() as s:
        w = doc.workshop(s)
        rounds = select(GroupRound.id).where(GroupRound.workshop_id == wid)
        sessions = select(VoteSession.id).where(VoteSession.workshop_id == wid)
        return WorkshopInfo(
            title=w.title,
            start_date=w.start_date,
            end_date=w.end_date,
            language=w.language.value,
            participants=_count(
                s, select(func.count()).select_from(Attendance).where(Attendance.workshop_id == wid)
            ),
            organisations=_count(
                s,
                select(func.count(func.distinct(Participant.organisation_id)))
                .join(Attendance, Attendance.participant_id == Participant.id)
                .where(Attendance.workshop_id == wid, Participant.organisation_id.is_not(None)),
            ),
            group_rounds=_count(
                s, select(func.count()).select_from(GroupRound).where(GroupRound.workshop_id == wid)
            ),
            groups=_count(
                s,
                select(func.count())
                .select_from(BreakoutGroup)
                .where(BreakoutGroup.round_id.in_(rounds)),
            ),
            questions=_count(
                s, select(func.count()).select_from(Question).where(Question.workshop_id == wid)
            ),
            ideas=_count(
                s,
                select(func.count())
                .select_from(Idea)
                .where(Idea.workshop_id == wid, Idea.merged_into_id.is_(None)),
            ),
            themes=_count(
                s, select(func.count()).select_from(Theme).where(Theme.workshop_id == wid)
            ),
            photos=_count(
                s,
                select(func.count()).select_from(Attachment).where(Attachment.workshop_id == wid),
            ),
            vote_sessions=_count(
                s,
                select(func.count()).select_from(VoteSession).where(VoteSession.workshop_id == wid),
            ),
            votes=_count(
                s,
                select(func.coalesce(func.sum(Ballot.voter_count), 0)).where(
                    Ballot.session_id.in_(sessions)
                ),
            ),
            action_items=_count(
                s, select(func.count()).select_from(ActionItem).where(ActionItem.workshop_id == wid)
            ),
        )
