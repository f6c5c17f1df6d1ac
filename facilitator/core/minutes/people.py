"""The sections about people: who came (participants, with hours per organisation) and who
sat in which group.

- **participants**: the people who checked in, by organisation (if nobody checked in at all,
  everyone expected). Attendance counts cover everyone on the list. The minutes are meant
  for others: a person's e-mail address and phone number are printed only if they agreed to
  share their contact details (:func:`shared_contact`); under privacy nobody is listed.
- **hours per organisation** (for funding reports): a workshop day's scheduled hours run from
  the start of its first agenda block to the end of its last (breaks included, as funders
  count a day's attendance). Each participant who checked in counts the hours of every
  workshop day from the day they checked in to the day they checked out (the last day when
  they did not check out), days taken in the workshop's time zone; an organisation's hours
  are the sum over its people. See :func:`attended_hours`.
- **groups**: each round's groups with their location, question and members (under privacy,
  the members' organisations).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from facilitator.core.collation import sort_key
from facilitator.core.minutes.context import Context
from facilitator.core.participants import AttendanceStatus, list_participants
from facilitator.reports.minutes_model import (
    AttendanceCounts,
    GroupBlock,
    GroupMember,
    OrganisationBlock,
    ParticipantsSection,
    PersonRow,
    RoundBlock,
)
from facilitator.store.models import Attendance, BreakoutGroup, Question


def day_hours(blocks: Sequence[Any], days: int) -> tuple[float, ...]:
    """Scheduled hours of each workshop day: first block's start to last block's end."""
    spans: dict[int, tuple[int, int]] = {}
    for item in blocks:
        lo, hi = spans.get(item.block.day, (item.start, item.end))
        spans[item.block.day] = (min(lo, item.start), max(hi, item.end))
    count = max(days, max(spans, default=-1) + 1)
    return tuple((spans[d][1] - spans[d][0]) / 60 if d in spans else 0.0 for d in range(count))


def attended_hours(
    hours: Sequence[float],
    start: dt.date | None,
    checked_in: dt.date | None,
    checked_out: dt.date | None,
) -> float:
    """Scheduled hours of the days from check-in to check-out (else the last day).

    Days are counted from the workshop's first date; without dates every day counts.
    A check-in before the first day counts from the first day.
    """
    if not hours:
        return 0.0
    last = len(hours) - 1
    if start is None or checked_in is None:
        first_day = 0
    else:
        first_day = min(max((checked_in - start).days, 0), last)
    end_day = last
    if start is not None and checked_out is not None:
        end_day = min(max((checked_out - start).days, first_day), last)
    return float(sum(hours[first_day : end_day + 1]))


def shared_contact(person: Any) -> tuple[str, str]:
    """The e-mail address and phone number that may be shown to others: only a person who
    agreed to share their contact details (``consent_share_contact``) has them printed; with
    no consent recorded, nothing is shared."""
    if not person.fields.consent_share_contact:
        return "", ""
    return person.fields.email, person.fields.phone


def participants_section(
    ctx: Context, blocks: Sequence[Any], end: dt.date | None, with_hours: bool
) -> ParticipantsSection:
    people = list_participants(ctx.doc)
    status = Counter(p.status for p in people)
    attended = status[AttendanceStatus.CHECKED_IN]
    counts = AttendanceCounts(
        registered=len(people) - status[AttendanceStatus.CANCELLED],
        attended=attended,
        cancelled=status[AttendanceStatus.CANCELLED],
        no_show=status[AttendanceStatus.NO_SHOW]
        + (status[AttendanceStatus.REGISTERED] if attended else 0),
    )
    # Everyone not cancelled; listed: who came (everyone expected if nobody checked in).
    expected = [p for p in people if p.status is not AttendanceStatus.CANCELLED]
    listed = (
        [p for p in expected if p.arrived]
        if attended
        else [p for p in expected if p.status is AttendanceStatus.REGISTERED]
    )
    days = 0
    if ctx.start is not None and end is not None:
        days = (end - ctx.start).days + 1
    hours_by_day = day_hours(blocks, days) if with_hours else ()
    checkout: dict[uuid.UUID, dt.datetime | None] = {}
    if with_hours:
        with ctx.doc.transaction() as session:
            checkout = dict(
                session.execute(
                    select(Attendance.participant_id, Attendance.checked_out_at).where(
                        Attendance.workshop_id == ctx.doc.workshop_id
                    )
                ).all()
            )
    by_org: dict[str, list[Any]] = defaultdict(list)
    registered_by_org: Counter[str] = Counter(p.organisation for p in expected)
    for p in listed:
        by_org[p.organisation].append(p)
    blocks_out = []
    language = ctx.labels.language
    for org in sorted(registered_by_org, key=lambda o: (o == "", sort_key(o, language))):
        members = by_org.get(org, [])
        hours = None
        if with_hours:
            hours = 0.0
            for p in members:
                if not p.arrived:
                    continue
                came = ctx.local(p.checked_in_at).date() if p.checked_in_at else None
                out_at = checkout.get(p.id)
                left = ctx.local(out_at).date() if out_at else None
                hours += attended_hours(hours_by_day, ctx.start, came, left)
        rows = (
            ()
            if ctx.privacy
            else tuple(PersonRow(p.name, p.fields.role_title, *shared_contact(p)) for p in members)
        )
        blocks_out.append(
            OrganisationBlock(
                name=org,
                attended=sum(1 for p in members if p.arrived),
                registered=registered_by_org[org],
                hours=hours,
                people=rows,
            )
        )
    return ParticipantsSection(counts, tuple(blocks_out), ctx.privacy, with_hours, hours_by_day)


def groups_section(ctx: Context, rounds: Sequence[Any]) -> tuple[RoundBlock, ...]:
    ids = [g.id for r in rounds for g in r.groups]
    extra: dict[uuid.UUID, tuple[str, str]] = {}
    if ids:
        with ctx.doc.transaction() as session:
            for gid, location, text in session.execute(
                select(BreakoutGroup.id, BreakoutGroup.location, Question.text)
                .outerjoin(Question, Question.id == BreakoutGroup.question_id)
                .where(BreakoutGroup.id.in_(ids))
            ):
                extra[gid] = ((location or "").strip(), (text or "").strip())
    out = []
    for r in rounds:
        groups = []
        for g in r.groups:
            location, question = extra.get(g.id, ("", ""))
            if ctx.privacy:
                orgs = Counter(m.organisation for m in g.members)
                members = tuple(
                    GroupMember("", org, False)
                    for org in sorted(orgs, key=lambda o: sort_key(o, ctx.labels.language))
                    if org
                )
            else:
                members = tuple(GroupMember(m.name, m.organisation, m.is_leader) for m in g.members)
            groups.append(GroupBlock(g.name, location, question, members, len(g.members)))
        out.append(RoundBlock(r.title, tuple(groups)))
    return tuple(out)
