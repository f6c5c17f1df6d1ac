"""Greedy starting schedules: every round filled person by person where they cost least.

Used for the first schedule of a run, for fresh restarts when kicks keep failing, and (with
the people who stay kept where they are) for re-balancing a round after late arrivals and
no-shows. Sizes stay balanced throughout: no group gets more than one person over another.
"""

from __future__ import annotations

import heapq
import time

import numpy as np

from facilitator.core.grouping.problem import HARD, Bools, Floats, Ints, Problem


class RoundFill:
    """One round being filled by the greedy start, with balanced sizes."""

    def __init__(self, problem: Problem, r: int, weights: Floats, rng: np.random.Generator):
        self.p, self.r, self.w, self.rng = problem, r, weights, rng
        n, g = problem.n, problem.groups
        self.small, self.larger = divmod(n, g)  # group size, and how many get one more
        self.grp = np.full(n, -1, dtype=np.int64)
        self.join = np.zeros((n, g))
        self.size = np.zeros(g, dtype=np.int64)
        self.lead = np.zeros(g, dtype=np.int64)
        self.unary = problem.unary[r] if problem.unary is not None else np.zeros((n, g))

    def place(self, x: int, group: int) -> None:
        self.grp[x] = group
        self.join[:, group] += self.w[:, x]
        self.size[group] += 1
        self.lead[group] += int(self.p.leader[x])

    def room(self, extra: int) -> Bools:
        """Groups that can take ``extra`` more people and still allow balanced sizes."""
        after = self.size + extra
        larger_used = int((self.size > self.small).sum())
        fits: Bools = (after <= self.small) | (
            (after == self.small + 1) & ((self.size > self.small) | (larger_used < self.larger))
        )
        return fits

    def place_quickly(self, people: list[int]) -> None:
        """Each into the emptiest group, costs unweighed: the emptiest always has room
        when any group has (``room``), so sizes stay balanced."""
        heap = [(int(size), group) for group, size in enumerate(self.size)]
        heapq.heapify(heap)
        for x in people:
            size, group = heapq.heappop(heap)
            self.grp[x] = group
            self.size[group] += 1
            self.lead[group] += int(self.p.leader[x])
            heapq.heappush(heap, (size + 1, group))

    def best_group(self, members: list[int], allowed: Bools) -> int:
        cost = self.join[members].sum(axis=0) + self.unary[members].sum(axis=0)
        if self.p.leaders_on and self.p.leader[members].any():
            cost = cost + HARD * (self.lead > 0)
        # Ties: the emptier group (keeps room everywhere), then chance.
        cost = cost + 1e-3 * self.size + 1e-6 * self.rng.random(len(cost))
        cost[~allowed] = np.inf
        if np.isinf(cost).all():  # only when locks forced sizes apart
            cost = self.size.astype(float)
        return int(np.argmin(cost))


def greedy_start(
    problem: Problem, rng: np.random.Generator, deadline: float = float("inf")
) -> tuple[Ints, Bools]:
    """Round by round: locks and keep-together chains first, then leaders, then people with
    many hard pairs (large organisations, keep-apart), then everyone else, each into the
    group where they cost least (prior meetings included), while sizes stay balanced.

    Past ``deadline`` (``time.perf_counter``) the rest only go to the emptiest group with
    room, without weighing costs: a balanced start the search can improve, in no time."""
    p, n = problem, problem.n
    grp = np.full((p.rounds, n), -1, dtype=np.int64)
    frozen = np.zeros((p.rounds, n), dtype=bool)
    meetings = p.history.copy()
    constrained = (p.static >= HARD).sum(axis=1)
    for r in range(p.rounds):
        fill = RoundFill(p, r, p.static + p.repeat * (meetings >= 1), rng)
        for x in np.flatnonzero(p.locked[r] >= 0).tolist():
            fill.place(x, int(p.locked[r, x]))
            frozen[r, x] = True
        for block in sorted(p.blocks, key=len, reverse=True):
            locks = {int(p.locked[r, x]) for x in block if p.locked[r, x] >= 0}
            rest = [x for x in block if fill.grp[x] < 0]
            if len(locks) > 1:
                continue  # contradictory locks: the members go one by one below
            allowed = fill.room(len(rest))
            target = locks.pop() if locks else fill.best_group(rest, allowed)
            if allowed[target] or locks:
                for x in rest:
                    fill.place(x, target)
                frozen[r, block] = True
        order = [x for x in rng.permutation(n).tolist() if fill.grp[x] < 0]
        order.sort(key=lambda x: (not p.leader[x], -constrained[x]))
        for k, x in enumerate(order):
            if k % 32 == 0 and time.perf_counter() >= deadline:
                fill.place_quickly(order[k:])
                break
            fill.place(x, fill.best_group([x], fill.room(1)))
        grp[r] = fill.grp
        meetings += fill.grp[:, None] == fill.grp[None, :]
        np.fill_diagonal(meetings, 0)
    return grp, frozen


def rebalance_start(
    problem: Problem, home: dict[str, int], index: dict[str, int], rng: np.random.Generator
) -> tuple[Ints, Bools]:
    """Stayers where they are; the fullest groups become the larger ones; the surplus of
    over-full groups (those who cost most where they are) and the newcomers go to the
    groups with room, each where they cost least."""
    n, g = problem.n, problem.groups
    q, larger = divmod(n, g)
    where = np.full(n, -1, dtype=np.int64)
    locked = problem.locked[0]
    for pid, group in home.items():
        where[index[pid]] = group
    where[locked >= 0] = locked[locked >= 0]
    counts = np.bincount(where[where >= 0], minlength=g)
    target = np.full(g, q)
    target[np.argsort(-counts, kind="stable")[:larger]] = q + 1
    w = problem.static + problem.repeat * (problem.history >= 1)
    for group in range(g):
        members = np.flatnonzero(where == group)
        surplus = len(members) - int(target[group])
        if surplus > 0:
            movable = members[locked[members] < 0]
            mate_cost = w[np.ix_(movable, members)].sum(axis=1)
            where[movable[np.argsort(-mate_cost, kind="stable")[:surplus]]] = -1
    unary = problem.unary[0] if problem.unary is not None else np.zeros((n, g))
    for x in np.flatnonzero(where < 0).tolist():
        onehot = np.zeros((n, g))
        placed = where >= 0
        onehot[np.flatnonzero(placed), where[placed]] = 1.0
        size = onehot.sum(axis=0)
        cost = w[x] @ onehot + unary[x] + 1e-3 * size + 1e-6 * rng.random(g)
        cost[size >= target] = np.inf
        if np.isinf(cost).all():
            cost = size
        where[x] = int(np.argmin(cost))
    return where[None, :], (locked >= 0)[None, :]
