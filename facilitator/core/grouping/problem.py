"""An instance turned into the arrays the solver works on, with every rule as a pair cost.

Every rule is a cost on pairs of people sitting together (same organisation, kept apart,
kept together, same balance value), plus the number of groups without a leader and, for
re-balancing, a cost per person moved (``unary``). Weights are tiers (hard rules ≫ moved
people ≫ repeated pairings ≫ balance), so a hard rule is never traded for fewer repeats.
Built once per run; the search (``schedule``, ``tabu``) only reads it.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import numpy.typing as npt

from facilitator.core.grouping.bounds import together_components
from facilitator.core.grouping.evaluate import (
    balance_categories,
    history_rounds,
    leaders,
    min_pairs,
    organisations,
)
from facilitator.core.grouping.model import Instance

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

HARD = 1e9  # one broken hard rule
MOVED = 1e6  # one person moved by rebalance
REPEAT = 100.0  # one repeated pairing
BALANCE = 20.0  # one same-value pair beyond the even spread: a fifth of a repeat


@dataclasses.dataclass
class Problem:
    """An instance as arrays: people are 0..n-1, the planned rounds 0..R-1."""

    ids: list[str]
    groups: int
    rounds: int
    static: Floats  # (n, n) cost of each pair sitting together, apart from meetings
    # (4, n, n): 1 for pairs kept together, kept apart, of one organisation, of one balance
    # value; and (4, n) how many of each a person may sit with before being "in conflict".
    kinds: Floats
    allowed: Floats
    repeat: float
    history: Floats  # (n, n) meetings before the planned rounds
    leader: Bools  # (n,)
    leaders_on: bool
    locked: Ints  # (R, n) locked group, or -1
    blocks: list[list[int]]  # keep_together chains to place and keep as units
    unary: Floats | None  # (R, n, G) extra cost of person x in group G (moves, rebalance)
    floor: float  # no assignment costs less (lets the search stop early)

    @property
    def n(self) -> int:
        return len(self.ids)


def build_problem(instance: Instance, rounds: int, locked: dict[tuple[int, str], int]) -> Problem:
    people = instance.people
    n, g = len(people), instance.groups
    index = {p.id: i for i, p in enumerate(people)}
    static = np.zeros((n, n))
    kinds = np.zeros((4, n, n))  # together, apart, organisation, balance value
    allowed = np.zeros((4, n))
    floor = 0.0  # per round

    def add_pairs(members: list[int], weight: float, kind: int) -> None:
        block = np.ix_(members, members)
        static[block] += weight
        static[members, members] -= weight  # no one pairs with themselves
        kinds[kind][block] = 1.0
        kinds[kind][members, members] = 0.0
        # A group may hold ⌊k/g⌋ of k people of a kind without anything to improve.
        allowed[kind, members] = max(allowed[kind, members].max(), max(1, len(members) // g) - 1)

    if instance.rules.spread_organisations:
        for ids in organisations(instance).values():
            add_pairs([index[pid] for pid in ids], HARD, 2)
            floor += HARD * min_pairs(len(ids), g)
    apart = {frozenset(p) for p in instance.keep_apart if p[0] in index and p[1] in index}
    for pair in apart:
        if len(pair) == 2:
            add_pairs([index[pid] for pid in pair], HARD, 1)
    for pair in {frozenset(p) for p in instance.keep_together if p[0] in index and p[1] in index}:
        if len(pair) == 2:
            add_pairs([index[pid] for pid in pair], -HARD, 0)
            floor -= HARD
    allowed[0] = kinds[0].sum(axis=1)  # everyone linked to them should be there
    by_value: dict[str, list[int]] = {}
    for pid, value in balance_categories(instance).items():
        by_value.setdefault(value, []).append(index[pid])
    for members in by_value.values():
        add_pairs(members, BALANCE, 3)
        floor += BALANCE * min_pairs(len(members), g)
    lead_ids = leaders(instance)
    leader = np.zeros(n, dtype=bool)
    leader[[index[pid] for pid in lead_ids]] = True
    if lead_ids:
        floor += HARD * max(0, g - len(lead_ids))

    history = np.zeros((n, n))
    for held in history_rounds(instance):
        label = np.full(n, -1, dtype=np.int64)  # group in that round; -1: not there
        for k, members_held in enumerate(held):
            label[[index[pid] for pid in members_held]] = k
        history += (label[:, None] == label[None, :]) & (label >= 0)[:, None]
    np.fill_diagonal(history, 0)

    lock = np.full((rounds, n), -1, dtype=np.int64)
    for (r, pid), group in locked.items():
        if 0 <= r < rounds and pid in index and 0 <= group < g:
            lock[r, index[pid]] = group
    largest = -(-n // g)
    blocks = [
        [index[pid] for pid in component]
        for component in together_components(instance)
        if len(component) <= largest
        and not any(frozenset((a, b)) in apart for a in component for b in component)
    ]
    return Problem(
        ids=[p.id for p in people],
        groups=g,
        rounds=rounds,
        static=static,
        kinds=kinds,
        allowed=allowed,
        repeat=REPEAT if instance.rules.rotate else 0.0,
        history=history,
        leader=leader,
        leaders_on=bool(lead_ids),
        locked=lock,
        blocks=blocks,
        unary=None,
        floor=rounds * floor,
    )


def check_instance(instance: Instance) -> None:
    if instance.groups < 1:
        raise ValueError("there must be at least one group")
    if instance.rounds < 0:
        raise ValueError("the number of rounds cannot be negative")
    ids = [p.id for p in instance.people]
    if len(set(ids)) != len(ids):
        raise ValueError("each person must have a different id")
