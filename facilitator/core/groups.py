"""Group rounds, their breakout groups and who is in which group.

A round ("Group work 1: drivers of change") has a fixed number of groups; memberships place
participants, optionally as the group's leader, optionally locked by the facilitator so that
solving again keeps them. The solver (core.grouping) works on plain data: this module turns a
round into a grouping ``Instance`` (earlier rounds become history, so people meet new people)
and writes a solution back, each step in one transaction and returning what undo needs.
"""

from __future__ import annotations

import dataclasses
import math
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator.core.collation import sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.grouping.bounds import Impossibility
from facilitator.core.grouping.model import Evaluation, Instance, Person, Rules, Solution
from facilitator.core.participants import AttendanceStatus, ParticipantData, list_participants
from facilitator.core.text import clean
from facilitator.store.models import BreakoutGroup, GroupRound, Membership

LEADER_TAG = "group leader"
BALANCE_FIELDS = ("sector", "municipality", "role")


@dataclasses.dataclass(frozen=True)
class RoundSettings:
    """What the facilitator chose for a round; stored in GroupRound.rules."""

    spread_organisations: bool = True
    one_leader_per_group: bool = True
    balance_by: str | None = None  # a field in BALANCE_FIELDS or a tag
    rotate: bool = True
    only_checked_in: bool = True
    keep_apart: tuple[tuple[str, str], ...] = ()  # participant ids (as text)
    keep_together: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["keep_apart"] = [list(p) for p in self.keep_apart]
        data["keep_together"] = [list(p) for p in self.keep_together]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> RoundSettings:
        data = dict(data or {})
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("keep_apart", "keep_together"):
            if key in values:
                values[key] = tuple(tuple(pair) for pair in values[key])
        return cls(**values)

    def rules(self) -> Rules:
        return Rules(
            spread_organisations=self.spread_organisations,
            leader_tag=LEADER_TAG if self.one_leader_per_group else None,
            balance_by=self.balance_by,
            rotate=self.rotate,
        )


@dataclasses.dataclass(frozen=True)
class Member:
    participant_id: uuid.UUID
    name: str
    organisation: str
    is_leader: bool
    locked: bool


@dataclasses.dataclass(frozen=True)
class GroupData:
    id: uuid.UUID
    name: str
    position: int
    members: tuple[Member, ...]


@dataclasses.dataclass(frozen=True)
class RoundData:
    id: uuid.UUID
    title: str
    position: int
    settings: RoundSettings
    groups: tuple[GroupData, ...]

    @property
    def group_count(self) -> int:
        return len(self.groups)

    def group_of(self, participant_id: uuid.UUID) -> GroupData | None:
        for group in self.groups:
            if any(m.participant_id == participant_id for m in group.members):
                return group
        return None

    def assignment(self) -> list[list[str]]:
        return [[str(m.participant_id) for m in g.members] for g in self.groups]


# A round's memberships as undo keeps them: group id → (participant id, leader, locked).
Placement = dict[uuid.UUID, list[tuple[uuid.UUID, bool, bool]]]


def group_count_for(people: int, group_count: int | None, group_size: int | None) -> int:
    """The number of groups from either a count or a wished size (sizes then differ by ≤1)."""
    if group_count:
        return max(1, group_count)
    if group_size:
        return max(1, math.ceil(people / max(1, group_size)))
    return 1


# --- reading -------------------------------------------------------------------------------


def list_rounds(doc: WorkshopDocument) -> list[RoundData]:
    with doc.transaction() as session:
        rounds = session.scalars(
            select(GroupRound)
            .where(GroupRound.workshop_id == doc.workshop_id)
            .order_by(GroupRound.position, GroupRound.created_at)
        ).all()
        return [_round_data(session, r) for r in rounds]


def group_labels(doc: WorkshopDocument) -> list[tuple[str, uuid.UUID, str]]:
    """Every group as (its round's title, its id, its name), rounds and groups in order:
    what names a group elsewhere (a group's ballot), without reading who is in it."""
    with doc.transaction() as session:
        rows = session.execute(
            select(GroupRound.title, BreakoutGroup.id, BreakoutGroup.name)
            .join(BreakoutGroup, BreakoutGroup.round_id == GroupRound.id)
            .where(GroupRound.workshop_id == doc.workshop_id)
            .order_by(GroupRound.position, GroupRound.created_at, BreakoutGroup.position)
        )
        return [(title, group_id, name) for title, group_id, name in rows]


def get_round(doc: WorkshopDocument, round_id: uuid.UUID) -> RoundData:
    with doc.transaction() as session:
        return _round_data(session, _round(session, round_id))


def _round_data(session: Session, r: GroupRound) -> RoundData:
    from facilitator.store.models import Organisation, Participant

    groups = session.scalars(
        select(BreakoutGroup).where(BreakoutGroup.round_id == r.id).order_by(BreakoutGroup.position)
    ).all()
    # Columns, not Membership objects, and the round's groups by a join rather than a list
    # of ids: a round of 2,000 groups over 20,000 people reads in a fraction of a second.
    rows = session.execute(
        select(
            Membership.group_id, Membership.participant_id, Membership.is_leader,
            Membership.locked, Participant.name, Organisation.name,
        )
        .join(BreakoutGroup, BreakoutGroup.id == Membership.group_id)
        .join(Participant, Participant.id == Membership.participant_id)
        .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
        .where(BreakoutGroup.round_id == r.id)
    ).all()  # fmt: skip
    members: dict[uuid.UUID, list[Member]] = {g.id: [] for g in groups}
    language = r.workshop.language.value
    for group_id, participant_id, leader, locked, name, org in rows:
        members[group_id].append(Member(participant_id, name, org or "", leader, locked))
    return RoundData(
        r.id,
        r.title,
        r.position,
        RoundSettings.from_json(r.rules),
        tuple(
            GroupData(
                g.id,
                g.name,
                g.position,
                tuple(
                    sorted(
                        members[g.id], key=lambda m: (not m.is_leader, sort_key(m.name, language))
                    )
                ),
            )
            for g in groups
        ),
    )


# --- changing rounds -----------------------------------------------------------------------


def create_round(
    doc: WorkshopDocument,
    title: str,
    group_names: Sequence[str],
    settings: RoundSettings = RoundSettings(),
    round_id: uuid.UUID | None = None,
) -> RoundData:
    title = clean(title)
    if not title:
        raise ValueError("a group round needs a title")
    if not group_names:
        raise ValueError("a group round needs at least one group")
    with doc.transaction() as session:
        count = len(
            session.scalars(
                select(GroupRound.id).where(GroupRound.workshop_id == doc.workshop_id)
            ).all()
        )
        r = GroupRound(
            id=round_id or uuid.uuid4(),
            workshop_id=doc.workshop_id,
            title=title,
            position=count,
            group_count=len(group_names),
            rules=settings.as_json(),
        )
        session.add(r)
        session.flush()
        for position, name in enumerate(group_names):
            session.add(
                BreakoutGroup(
                    round_id=r.id, name=clean(name) or str(position + 1), position=position
                )
            )
        session.flush()
        return _round_data(session, r)


def update_round(
    doc: WorkshopDocument, round_id: uuid.UUID, title: str, settings: RoundSettings
) -> RoundData:
    """Change title and rules; returns the round as it was (for undo)."""
    if not clean(title):
        raise ValueError("a group round needs a title")
    with doc.transaction() as session:
        r = _round(session, round_id)
        before = _round_data(session, r)
        r.title = clean(title)
        r.rules = settings.as_json()
        return before


def delete_round(doc: WorkshopDocument, round_id: uuid.UUID) -> RoundData:
    """Delete a round with its groups and placements; returns it so undo can rebuild it."""
    with doc.transaction() as session:
        r = _round(session, round_id)
        before = _round_data(session, r)
        session.delete(r)  # groups and memberships go by ON DELETE CASCADE
        return before


def restore_round(doc: WorkshopDocument, data: RoundData) -> None:
    """Undo of a delete: the same ids, groups and placements."""
    with doc.transaction() as session:
        r = GroupRound(
            id=data.id, workshop_id=doc.workshop_id, title=data.title, position=data.position,
            group_count=data.group_count, rules=data.settings.as_json(),
        )  # fmt: skip
        session.add(r)
        session.flush()
        for g in data.groups:
            session.add(BreakoutGroup(id=g.id, round_id=r.id, name=g.name, position=g.position))
        session.flush()
        for g in data.groups:
            for m in g.members:
                session.add(
                    Membership(
                        group_id=g.id,
                        participant_id=m.participant_id,
                        is_leader=m.is_leader,
                        locked=m.locked,
                    )
                )


# --- placements ----------------------------------------------------------------------------


def placement(data: RoundData) -> Placement:
    return {g.id: [(m.participant_id, m.is_leader, m.locked) for m in g.members]
            for g in data.groups}  # fmt: skip


def set_placement(doc: WorkshopDocument, round_id: uuid.UUID, new: Placement) -> Placement:
    """Replace every membership of the round; returns the old placement (for undo)."""
    with doc.transaction() as session:
        r = _round(session, round_id)
        old = placement(_round_data(session, r))
        group_ids = [g for g in old]
        session.execute(delete(Membership).where(Membership.group_id.in_(group_ids)))
        for group_id, members in new.items():
            if group_id not in old:
                raise KeyError(f"group {group_id} is not in round {round_id}")
            for participant_id, leader, locked in members:
                session.add(
                    Membership(
                        group_id=group_id,
                        participant_id=participant_id,
                        is_leader=leader,
                        locked=locked,
                    )
                )
        return old


def placement_from_solution(
    data: RoundData, groups: Sequence[Sequence[str]], leaders: set[uuid.UUID]
) -> Placement:
    """A solver's groups (participant ids as text) as memberships, keeping existing locks
    and marking one leader per group among the tagged group leaders."""
    locked = {m.participant_id for g in data.groups for m in g.members if m.locked}
    result: Placement = {}
    for group, ids in zip(data.groups, groups, strict=True):
        members = [uuid.UUID(i) for i in ids]
        leader = next((p for p in members if p in leaders), None)
        result[group.id] = [(p, p == leader, p in locked) for p in members]
    return result


def move_member(
    placement_before: Placement, participant_id: uuid.UUID, to_group: uuid.UUID
) -> Placement:
    """Pure: the placement with one person moved (as a plain, unlocked, non-leader member
    unless they were locked, which stays)."""
    result: Placement = {g: list(members) for g, members in placement_before.items()}
    moving = (participant_id, False, False)
    for members in result.values():
        for entry in members:
            if entry[0] == participant_id:
                members.remove(entry)
                moving = (participant_id, False, entry[2])
                break
    result[to_group].append(moving)
    return result


def with_flag(
    placement_before: Placement,
    participant_id: uuid.UUID,
    leader: bool | None = None,
    locked: bool | None = None,
) -> Placement:
    """Pure: the placement with a person's leader or locked flag changed (one leader per
    group: making someone leader unmarks the group's previous leader)."""
    result: Placement = {}
    for g, members in placement_before.items():
        in_group = any(p == participant_id for p, _, _ in members)
        new_members = []
        for p, is_leader, is_locked in members:
            if p == participant_id:
                new_members.append(
                    (
                        p,
                        is_leader if leader is None else leader,
                        is_locked if locked is None else locked,
                    )
                )
            elif leader and in_group:
                new_members.append((p, False, is_locked))
            else:
                new_members.append((p, is_leader, is_locked))
        result[g] = new_members
    return result


# --- towards the solver ----------------------------------------------------------------


def eligible_people(
    people: Sequence[ParticipantData], settings: RoundSettings
) -> list[ParticipantData]:
    if settings.only_checked_in:
        return [p for p in people if p.status is AttendanceStatus.CHECKED_IN]
    return [p for p in people
            if p.status in (AttendanceStatus.REGISTERED, AttendanceStatus.CHECKED_IN)]  # fmt: skip


def build_instance(
    doc: WorkshopDocument,
    round_id: uuid.UUID,
    keep_locks: bool = True,
    everyone: Sequence[ParticipantData] | None = None,
    rounds: Sequence[RoundData] | None = None,
) -> tuple[Instance, set[uuid.UUID]]:
    """The round as a one-round grouping instance; earlier rounds become history.

    ``everyone`` (``list_participants``) and ``rounds`` (``list_rounds``) when the caller has
    read them already: at 20,000 people each read takes a second. Returns the instance and
    the ids of people tagged as group leaders.
    """
    if rounds is None:
        rounds = list_rounds(doc)
    target = next(r for r in rounds if r.id == round_id)
    settings = target.settings
    if everyone is None:
        everyone = list_participants(doc)
    people = eligible_people(everyone, settings)
    organisations = _organisation_fields(doc)
    persons = tuple(
        Person(
            id=str(p.id),
            organisation=p.organisation,
            tags=frozenset(p.fields.tags),
            fields={
                "sector": organisations.get(p.organisation_id, ("", ""))[0],
                "municipality": organisations.get(p.organisation_id, ("", ""))[1],
                "role": p.fields.role_title,
            },
        )
        for p in people
    )
    present = {person.id for person in persons}
    locked: dict[tuple[int, str], int] = {}
    if keep_locks:
        for index, group in enumerate(target.groups):
            for m in group.members:
                if m.locked and str(m.participant_id) in present:
                    locked[(0, str(m.participant_id))] = index
    history = tuple(
        tuple(tuple(str(m.participant_id) for m in g.members) for g in r.groups)
        for r in rounds
        if r.position < target.position and settings.rotate
    )
    instance = Instance(
        people=persons,
        groups=target.group_count,
        rounds=1,
        keep_apart=tuple(p for p in settings.keep_apart if set(p) <= present),
        keep_together=tuple(p for p in settings.keep_together if set(p) <= present),
        rules=settings.rules(),
        locked=locked,
        history=history,
    )
    leaders = {p.id for p in people if LEADER_TAG in p.fields.tags}
    return instance, leaders


def _organisation_fields(doc: WorkshopDocument) -> dict[uuid.UUID | None, tuple[str, str]]:
    from facilitator.core.participants import list_organisations

    return {o.id: (o.sector, o.municipality) for o in list_organisations(doc)}


def _round(session: Session, round_id: uuid.UUID) -> GroupRound:
    r = session.get(GroupRound, round_id)
    if r is None:
        raise KeyError(f"no group round {round_id}")
    return r


# --- checking and solving a round ------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RoundReport:
    """What the board shows about a round's current placement."""

    evaluation: Evaluation
    impossible: tuple[Impossibility, ...]  # wishes the numbers rule out, as codes and values
    lower_bound: int
    unplaced: tuple[uuid.UUID, ...]  # eligible people in no group yet (late arrivals)
    absent: tuple[uuid.UUID, ...]  # placed people who are not eligible (no-shows)
    met: dict[uuid.UUID, frozenset[uuid.UUID]]  # whom each person met in earlier rounds


def met_in_history(instance: Instance) -> dict[uuid.UUID, frozenset[uuid.UUID]]:
    met: dict[uuid.UUID, set[uuid.UUID]] = {}
    for past in instance.history:
        for group in past:
            ids = [uuid.UUID(i) for i in group]
            for person in ids:
                met.setdefault(person, set()).update(p for p in ids if p != person)
    return {person: frozenset(others) for person, others in met.items()}


def round_report(
    doc: WorkshopDocument,
    round_id: uuid.UUID,
    everyone: Sequence[ParticipantData] | None = None,
    rounds: Sequence[RoundData] | None = None,
) -> RoundReport:
    """The round's placement checked against its rules. ``everyone`` and ``rounds``: as
    :func:`build_instance` takes them, when the caller has them (the Groups page does)."""
    from facilitator.core.grouping import evaluate, impossibility_details, lower_bound

    if rounds is None:
        rounds = list_rounds(doc)
    instance, leaders = build_instance(doc, round_id, everyone=everyone, rounds=rounds)
    data = next(r for r in rounds if r.id == round_id)
    present = {p.id for p in instance.people}
    placed = {i for group in data.assignment() for i in group}
    assignment = [[i for i in group if i in present] for group in data.assignment()]
    impossible = impossibility_details(instance)
    if data.settings.one_leader_per_group and instance.people and not leaders:
        # The rule is on, but nobody it could use is tagged: say so rather than stay silent.
        impossible += (
            Impossibility(
                "no_leaders",
                {"tag": LEADER_TAG, "groups": data.group_count},
                f"one group leader per group is asked, but nobody is tagged '{LEADER_TAG}'",
            ),
        )
    return RoundReport(
        evaluation=evaluate(instance, [assignment]),
        impossible=impossible,
        lower_bound=lower_bound(instance),
        unplaced=tuple(uuid.UUID(i) for i in sorted(present - placed)),
        absent=tuple(uuid.UUID(i) for i in sorted(placed - present)),
        met=met_in_history(instance),
    )


def solve_round(
    doc: WorkshopDocument,
    round_id: uuid.UUID,
    seed: int = 0,
    time_limit: float = 3.0,
    progress: Callable[[float, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[Placement, Solution]:
    """Assign everyone eligible anew, keeping locked placements; returns the placement to
    store and the solver's figures. Safe to run off the GUI thread (reads only)."""
    from facilitator.core.grouping import solve

    instance, leaders = build_instance(doc, round_id)
    data = get_round(doc, round_id)
    solution = solve(instance, seed=seed, time_limit=time_limit, progress=progress,
                     should_stop=should_stop)  # fmt: skip
    return placement_from_solution(data, solution.rounds[0], leaders), solution


def rebalance_placement(doc: WorkshopDocument, round_id: uuid.UUID) -> Placement:
    """After late arrivals and no-shows: the fewest moves that make the round valid again."""
    from facilitator.core.grouping import rebalance

    instance, leaders = build_instance(doc, round_id)
    data = get_round(doc, round_id)
    groups = rebalance(instance, data.assignment(), 0)
    placed = placement_from_solution(data, groups, leaders)
    # Keep leaders where the facilitator had them, if they are still in the same group.
    for group in data.groups:
        kept = [m.participant_id for m in group.members if m.is_leader]
        members = placed[group.id]
        if kept and any(p == kept[0] for p, _, _ in members):
            placed[group.id] = [(p, p == kept[0], locked) for p, _, locked in members]
    return placed


# --- a question per group ------------------------------------------------------------------


def group_questions(doc: WorkshopDocument, round_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The question each group of a round works on ("" when none)."""
    from facilitator.store.models import Question

    with doc.transaction() as session:
        rows = session.execute(
            select(BreakoutGroup.id, Question.text)
            .outerjoin(Question, Question.id == BreakoutGroup.question_id)
            .where(BreakoutGroup.round_id == round_id)
        ).all()
        return {group_id: text or "" for group_id, text in rows}


def set_group_question(doc: WorkshopDocument, group_id: uuid.UUID, text: str) -> str:
    """Give a group its own question (the same text in a round is one question); returns the
    previous text for undo. An empty text removes the group's question."""
    from facilitator.store.models import Question

    text = clean(text)
    with doc.transaction() as session:
        group = session.get(BreakoutGroup, group_id)
        if group is None:
            raise KeyError(f"no group {group_id}")
        before = ""
        if group.question_id is not None:
            old = session.get(Question, group.question_id)
            before = old.text if old else ""
        if not text:
            group.question_id = None
            return before
        question = session.scalars(
            select(Question).where(
                Question.workshop_id == doc.workshop_id,
                Question.round_id == group.round_id,
                Question.text == text,
            )
        ).first()
        if question is None:
            question = Question(workshop_id=doc.workshop_id, round_id=group.round_id, text=text)
            session.add(question)
            session.flush()
        group.question_id = question.id
        return before
