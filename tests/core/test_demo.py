"""The demo workshop: deterministic, complete, and consistent with the app's rules."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.agenda import list_blocks, schedule
from facilitator.core.demo import write_demo
from facilitator.core.demo.stable import stable_id
from facilitator.core.document import WorkshopDocument
from facilitator.core.info import workshop_info
from facilitator.store.models import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    Ballot,
    BallotChannel,
    Base,
    BlockKind,
    BreakoutGroup,
    GroupRound,
    Idea,
    Membership,
    Organisation,
    Participant,
    Question,
    Theme,
    VoteEntry,
    VoteItem,
    VoteMethod,
    VoteParticipation,
    VoteSession,
    VoteStatus,
)

REQUIRED_LETTERS = "øåäöłğễÞ"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with write_demo(tmp_path / "demo.workshop") as doc:
        yield doc


def dump(doc: WorkshopDocument) -> dict[str, list[tuple[Any, ...]]]:
    with doc.transaction() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def checked_in_ids(session: Session) -> set[uuid.UUID]:
    return set(
        session.scalars(
            select(Attendance.participant_id).where(
                Attendance.status == AttendanceStatus.CHECKED_IN
            )
        )
    )


def test_writing_twice_gives_identical_files(tmp_path: Path) -> None:
    with write_demo(tmp_path / "one.workshop") as one, write_demo(tmp_path / "two.workshop") as two:
        first, second = dump(one), dump(two)
    assert first == second
    filled = {name for name, rows in first.items() if rows}
    assert filled >= {
        "workshop",
        "agenda_block",
        "organisation",
        "participant",
        "attendance",
        "group_round",
        "breakout_group",
        "membership",
        "question",
        "theme",
        "idea",
        "vote_session",
        "vote_item",
        "ballot",
        "vote_entry",
        "action_item",
    }


def test_every_timestamp_is_aware_and_around_the_workshop(demo: WorkshopDocument) -> None:
    earliest = dt.datetime(2025, 12, 1, tzinfo=dt.UTC)
    latest = dt.datetime(2026, 3, 20, tzinfo=dt.UTC)
    with demo.transaction() as session:
        for mapper in Base.registry.mappers:
            if mapper.class_ is VoteParticipation:
                continue  # who has voted carries no time at all, on purpose
            for row in session.scalars(select(mapper.class_)):
                for column in ("created_at", "updated_at"):
                    value = getattr(row, column)
                    assert value.tzinfo is not None
                    assert earliest <= value <= latest, (mapper.class_.__name__, column, value)
                assert row.created_at <= row.updated_at


def test_info_counts_are_in_the_promised_ranges(demo: WorkshopDocument) -> None:
    info = workshop_info(demo)
    assert info.title
    assert info.language == "en"
    assert info.start_date == dt.date(2026, 3, 18)
    assert info.end_date == dt.date(2026, 3, 19)
    assert 35 <= info.participants <= 45
    assert 25 <= info.organisations <= 35
    assert info.group_rounds == 2
    assert info.groups == 12
    assert info.questions == 2
    assert 55 <= info.ideas <= 65
    assert info.themes >= 8
    assert info.vote_sessions == 2  # the closed dot vote, and one left open for phones
    assert info.votes > 0
    assert info.action_items >= 3


def test_workshop_details(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        workshop = demo.workshop(session)
        assert 2 <= len(workshop.facilitators) <= 3
        assert workshop.time_zone == "Europe/Oslo"
        assert workshop.day_start == dt.time(9, 0)
        assert workshop.venue and workshop.organiser and workshop.notes


def test_agenda_flows_over_two_days_with_pinned_meals(demo: WorkshopDocument) -> None:
    blocks = list_blocks(demo)
    by_day = defaultdict(list)
    for block in blocks:
        by_day[block.day].append(block)
    assert sorted(by_day) == [0, 1]
    for day_blocks in by_day.values():
        assert sorted(b.position for b in day_blocks) == list(range(len(day_blocks)))
        assert {b.kind for b in day_blocks} >= {BlockKind.PLENARY, BlockKind.MEAL}
    assert {b.kind for b in blocks} == set(BlockKind)
    assert all(b.pinned_start is not None for b in blocks if b.kind is BlockKind.MEAL)
    assert any(b.lead for b in blocks)
    with demo.transaction() as session:
        day_start = demo.workshop(session).day_start
    assert not any(item.overlaps_previous for item in schedule(blocks, day_start))


def test_organisations_and_participants_are_folded_and_linked(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        organisations = list(session.scalars(select(Organisation)))
        people = list(session.scalars(select(Participant)))
        statuses = Counter(session.scalars(select(Attendance.status)))
        attendances = list(session.scalars(select(Attendance)))
    names = [(o.name, o.name_key) for o in organisations] + [(p.name, p.name_key) for p in people]
    for name, key in names:
        assert key == " ".join(name.split()).casefold()
    assert all(p.organisation_id is not None for p in people)
    assert len({p.email_key for p in people}) == len(people)
    assert all(p.email and p.phone and p.role_title for p in people)
    tags = Counter(tag for p in people for tag in p.tags)
    assert tags["group leader"] >= 6 and tags["speaker"] >= 1 and tags["organiser"] >= 1
    assert 0 < sum(bool(p.dietary) for p in people) < len(people) / 2
    assert sum(p.overnight for p in people) > len(people) / 2
    assert 0 < sum(p.consent_photos for p in people) < len(people)
    assert 0 < sum(p.consent_share_contact for p in people) < len(people)
    assert statuses[AttendanceStatus.CHECKED_IN] > len(people) * 0.8
    assert statuses[AttendanceStatus.REGISTERED] >= 1
    assert statuses[AttendanceStatus.NO_SHOW] == 1
    assert statuses[AttendanceStatus.CANCELLED] == 1
    for attendance in attendances:
        checked_in = attendance.status is AttendanceStatus.CHECKED_IN
        assert (attendance.checked_in_at is not None) == checked_in


def test_participant_names_contain_the_required_letters(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        names = "".join(session.scalars(select(Participant.name)))
    missing = [letter for letter in REQUIRED_LETTERS if letter not in names]
    assert not missing


def test_each_round_places_every_checked_in_participant_once(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        present = checked_in_ids(session)
        rounds = list(session.scalars(select(GroupRound).order_by(GroupRound.position)))
        assert len(rounds) == 2
        for group_round in rounds:
            groups = list(
                session.scalars(
                    select(BreakoutGroup).where(BreakoutGroup.round_id == group_round.id)
                )
            )
            assert len(groups) == 6
            placed = Counter[uuid.UUID]()
            for group in groups:
                members = list(
                    session.scalars(select(Membership).where(Membership.group_id == group.id))
                )
                assert sum(m.is_leader for m in members) == 1, group.name
                placed.update(m.participant_id for m in members)
            assert set(placed) == present
            assert set(placed.values()) == {1}
            assert group_round.agenda_block_id is not None


def test_rounds_follow_group_work_blocks(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        linked = list(
            session.scalars(select(GroupRound.agenda_block_id).order_by(GroupRound.position))
        )
    blocks = {b.id: b for b in list_blocks(demo)}
    rounds = [blocks[block_id] for block_id in linked if block_id is not None]
    assert [(b.kind, b.day) for b in rounds] == [
        (BlockKind.GROUP_WORK, 0),
        (BlockKind.GROUP_WORK, 1),
    ]


def groups_of(session: Session) -> dict[uuid.UUID, list[list[uuid.UUID]]]:
    """Round id → its groups, each a list of participant ids."""
    result: dict[uuid.UUID, list[list[uuid.UUID]]] = defaultdict(list)
    for group in session.scalars(select(BreakoutGroup).order_by(BreakoutGroup.position)):
        members = session.scalars(
            select(Membership.participant_id).where(Membership.group_id == group.id)
        )
        result[group.round_id].append(list(members))
    return result


def test_groups_spread_organisations_and_mix_between_rounds(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        organisation = dict(
            session.execute(select(Participant.id, Participant.organisation_id)).all()
        )
        rounds = list(groups_of(session).values())
    for groups in rounds:
        for members in groups:
            organisations = [organisation[m] for m in members]
            assert len(organisations) == len(set(organisations))

    def pairs(groups: list[list[uuid.UUID]]) -> set[frozenset[uuid.UUID]]:
        return {frozenset(p) for members in groups for p in itertools.combinations(members, 2)}

    first, second = (pairs(groups) for groups in rounds)
    assert len(first & second) <= len(first) // 10


def test_ideas_belong_to_their_question_round_and_themes(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        questions = {q.id: q for q in session.scalars(select(Question))}
        groups = {g.id: g for g in session.scalars(select(BreakoutGroup))}
        themes = {t.id: t for t in session.scalars(select(Theme))}
        ideas = {i.id: i for i in session.scalars(select(Idea))}
    assert len({q.round_id for q in questions.values()}) == 2
    per_question = Counter(t.question_id for t in themes.values())
    assert set(per_question) == set(questions)
    assert all(4 <= n <= 5 for n in per_question.values())
    assert len({t.colour.lower() for t in themes.values()}) == len(themes)
    for idea in ideas.values():
        assert idea.question_id in questions
        assert idea.source_group_id is not None
        round_id = questions[idea.question_id].round_id
        assert groups[idea.source_group_id].round_id == round_id
        assert idea.theme_id is not None
        assert themes[idea.theme_id].question_id == idea.question_id
    merged = [i for i in ideas.values() if i.merged_into_id is not None]
    assert 2 <= len(merged) <= 3
    for idea in merged:
        target = ideas[idea.merged_into_id]  # type: ignore[index]
        assert target.merged_into_id is None
        assert target.question_id == idea.question_id
    assert any(i.author_id is not None for i in ideas.values())
    assert any(i.author_id is None for i in ideas.values())


def test_ballots_respect_the_dot_budget_and_cap(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        vote = session.get_one(VoteSession, stable_id("vote", "priorities"))
        items = list(session.scalars(select(VoteItem).where(VoteItem.session_id == vote.id)))
        ballots = list(session.scalars(select(Ballot).where(Ballot.session_id == vote.id)))
        entries = list(session.scalars(select(VoteEntry)))
        present = checked_in_ids(session)
        voters = list(session.scalars(select(VoteParticipation.participant_id)))
    assert vote.method is VoteMethod.DOTS
    assert vote.status is VoteStatus.CLOSED
    assert vote.opened_at is not None and vote.closed_at is not None
    assert vote.opened_at < vote.closed_at
    dots, cap = vote.settings["dots_per_voter"], vote.settings["cap_per_item"]
    item_ids = {item.id for item in items}
    per_ballot: dict[uuid.UUID, list[VoteEntry]] = defaultdict(list)
    for entry in entries:
        assert entry.item_id in item_ids
        per_ballot[entry.ballot_id].append(entry)
    # The vote is anonymous: no ballot names its voter; who voted at the kiosk is kept apart.
    assert vote.anonymous and all(b.voter_id is None for b in ballots)
    kiosk = [b for b in ballots if b.channel is BallotChannel.KIOSK]
    assert len(voters) == len(set(voters)) == len(kiosk)
    assert set(voters) <= present
    for ballot in ballots:
        assert vote.opened_at <= ballot.submitted_at <= vote.closed_at
        if ballot.channel is BallotChannel.KIOSK:
            assert ballot.voter_count == 1
        values = [e.value for e in per_ballot[ballot.id]]
        assert values, "an empty ballot"
        assert all(v > 0 and v == int(v) for v in values)
        # A paper tally stands for voter_count people and carries all their dots.
        assert sum(values) <= dots * ballot.voter_count
        assert max(values) <= cap * ballot.voter_count
        assert len({e.item_id for e in per_ballot[ballot.id]}) == len(values)
    totals = Counter[uuid.UUID]()
    for entry in entries:
        totals[entry.item_id] += int(entry.value)
    ranking = [n for _item, n in totals.most_common()]
    assert len(ranking) >= 5
    assert ranking[0] > ranking[1] > ranking[2]
    assert ranking[0] < sum(ranking) / 2


def test_action_items_have_owners_and_dates_after_the_workshop(demo: WorkshopDocument) -> None:
    with demo.transaction() as session:
        actions = list(session.scalars(select(ActionItem)))
        names = dict(session.execute(select(Participant.id, Participant.name)).all())
        end = demo.workshop(session).end_date
    assert end is not None
    assert 3 <= len(actions) <= 5
    for action in actions:
        assert action.text and action.owner
        assert action.owner_id is not None and names[action.owner_id] == action.owner
        assert action.due is not None and end < action.due <= end + dt.timedelta(weeks=10)
