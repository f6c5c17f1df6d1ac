"""The demo's two group rounds: their questions and who sat in which room.

The placement is a greedy deal over fixed data (one leader a group, colleagues apart, few
pairs who met the round before); it is not the app's group solver, so that improving the
solver never changes the demo file.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence

from facilitator.core.demo.builder import Builder, DemoPerson
from facilitator.core.demo.people import GROUP_LEADER
from facilitator.core.demo.stable import at, fold, stable_id
from facilitator.store.models import BreakoutGroup, GroupRound, Membership, Question

ROOMS = ("Peisestua", "Biblioteket", "Låven", "Stabburet", "Hagestua", "Vinterhagen")
# (key, agenda block key, title, group names, when the facilitator planned the groups)
ROUNDS: tuple[tuple[str, str, str, tuple[str, ...], dt.datetime], ...] = (
    (
        "round1",
        "round1",
        "Round 1: drivers of change",
        ("Mjøsa", "Lågen", "Glomma", "Otta", "Vorma", "Rena"),
        at(0, 9, 40),
    ),
    (
        "round2",
        "round2",
        "Round 2: what we do together",
        ("Rondane", "Jotunheimen", "Dovrefjell", "Femunden", "Skeikampen", "Sølen"),
        at(0, 22, 15),
    ),
)
GROUP_COUNT = 6

# (question key, round key, text)
QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("q1", "round1", "Which drivers will change industry in our region towards 2035?"),
    ("q2", "round2", "What should we do together in the network?"),
)


def add_rounds(builder: Builder) -> None:
    for position, (key, block, title, _names, planned) in enumerate(ROUNDS):
        builder.round_ids[key] = stable_id("round", key)
        builder.add(
            GroupRound(
                id=builder.round_ids[key],
                workshop_id=builder.workshop_id,
                agenda_block_id=builder.block_ids[block],
                position=position,
                title=title,
                group_count=GROUP_COUNT,
                rules={"spread_organisations": True, "avoid_repeat_pairs": position > 0},
            ),
            created=planned,
        )


def add_questions(builder: Builder) -> None:
    for position, (key, round_key, text) in enumerate(QUESTIONS):
        builder.question_ids[key] = stable_id("question", key)
        builder.add(
            Question(
                id=builder.question_ids[key],
                workshop_id=builder.workshop_id,
                round_id=builder.round_ids[round_key],
                position=position,
                text=text,
            ),
            created=at(-20, 13, position),
        )


def add_groups(builder: Builder) -> None:
    question_of = {round_key: key for key, round_key, _text in QUESTIONS}
    previous: list[list[str]] | None = None
    for key, _block, _title, names, planned in ROUNDS:
        placement = _place(builder.rng(f"groups/{key}"), builder.checked_in(), previous)
        previous = placement
        builder.group_ids[key] = []
        groups = zip(names, ROOMS, placement, strict=True)
        for position, (name, room, members) in enumerate(groups):
            group_id = stable_id("group", f"{key}/{name}")
            builder.group_ids[key].append(group_id)
            builder.members[group_id] = members
            builder.add(
                BreakoutGroup(
                    id=group_id,
                    round_id=builder.round_ids[key],
                    position=position,
                    name=name,
                    location=room,
                    question_id=builder.question_ids[question_of[key]],
                ),
                created=planned,
            )
            for member in members:
                leader = GROUP_LEADER in builder.people[member].tags
                builder.add(
                    Membership(
                        id=stable_id("membership", f"{key}/{fold(member)}"),
                        group_id=group_id,
                        participant_id=builder.people[member].id,
                        is_leader=leader,
                        locked=leader,  # the facilitator pinned leaders to their groups
                    ),
                    created=planned,
                )


def _place(
    rng: random.Random, people: Sequence[DemoPerson], previous: list[list[str]] | None
) -> list[list[str]]:
    """Names per group: one leader each, colleagues apart, few pairs who met last round.

    A greedy deal is enough for fixed demo data; it is not the app's group solver.
    """
    leaders = [p for p in people if GROUP_LEADER in p.tags]
    others = [p for p in people if GROUP_LEADER not in p.tags]
    if len(leaders) != GROUP_COUNT:
        raise ValueError(f"the demo needs {GROUP_COUNT} group leaders, has {len(leaders)}")
    size = -(-len(people) // GROUP_COUNT)
    rng.shuffle(leaders)
    rng.shuffle(others)
    colleagues = Counter(p.organisation for p in people)
    # Large organisations first, while there are still groups without a colleague.
    others.sort(key=lambda p: -colleagues[p.organisation])
    met: dict[str, set[str]] = {}
    for group in previous or []:
        for name in group:
            met[name] = set(group) - {name}
    groups: list[list[DemoPerson]] = [[leader] for leader in leaders]
    for person in others:
        seen = met.get(person.name, set())

        def cost(index: int, person: DemoPerson = person, seen: set[str] = seen) -> tuple[int, ...]:
            group = groups[index]
            same_organisation = sum(p.organisation == person.organisation for p in group)
            repeats = sum(p.name in seen for p in group)
            return (same_organisation, repeats, len(group))

        order = [i for i in range(GROUP_COUNT) if len(groups[i]) < size]
        rng.shuffle(order)
        groups[min(order, key=cost)].append(person)
    return [[p.name for p in group] for group in groups]
