"""Planning breakout groups: a greedy start, then tabu search over swaps within a round.

Every rule is a cost on pairs of people sitting together (same organisation, kept apart,
kept together, same balance value, already met), plus the number of groups without a
leader and, for re-balancing, a cost per person moved. That uniform shape is what makes the
search fast: per round, ``join[r, x, G]`` holds what person x would pay in group G, so the
cost change of any swap is a handful of array look-ups, and a swap only touches the rows of
the people whose meeting counts change. Weights are tiers (hard rules ≫ moved people ≫
repeated pairings ≫ balance), so a hard rule is never traded for fewer repeats.

The search follows the social-golfer literature (Dotú & Van Hentenryck, "Scheduling social
golfers locally"): only swaps that involve a person in conflict, the best non-tabu swap each
step even when it is worse, a randomised tabu tenure, a restart from the best schedule with
a few random swaps when progress stalls, and a fresh greedy start when that keeps failing.
Keep-together chains are placed whole and move whole (swapping with as many people), so
they are never split on the way.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from facilitator.core.grouping.bounds import impossibilities, lower_bound, together_components
from facilitator.core.grouping.evaluate import (
    balance_categories,
    evaluate,
    history_rounds,
    leaders,
    min_pairs,
    organisations,
)
from facilitator.core.grouping.model import Assignment, Instance, Solution

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
Progress = Callable[[float, int], None]

HARD = 1e9  # one broken hard rule
MOVED = 1e6  # one person moved by rebalance
REPEAT = 100.0  # one repeated pairing
BALANCE = 20.0  # one same-value pair beyond the even spread: a fifth of a repeat

# Above this many candidate swaps per step, look at a random sample of conflicted people.
_MAX_CANDIDATES = 120_000
_TENURE = (4, 30)  # steps a swap stays tabu: drawn at random each time
_KICKS_BEFORE_RESTART = 10
_STALL = (200, 10)  # steps without a better schedule before a kick: a + b·people
_KICK_PER = 12  # a kick makes one random swap per this many people (at least 2)


@dataclasses.dataclass
class _Problem:
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


def _build(instance: Instance, rounds: int, locked: dict[tuple[int, str], int]) -> _Problem:
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
        for members_held in held:
            idx = np.array([index[pid] for pid in members_held], dtype=np.int64)
            history[np.ix_(idx, idx)] += 1
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
    return _Problem(
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


class _Schedule:
    """The current rounds with everything a move's cost needs, kept up to date per move.

    ``w[k]`` are pair weights: 0, the cost of joining someone; 1, the gain of leaving them;
    2, repeated meetings, 3-6, pairs kept together, kept apart, of one organisation, of one
    balance value (the last five only mark who is "in conflict"). ``sums[k, r, x, G]`` adds
    up ``w[k, x, z]`` over the members z of group G in round r.
    """

    def __init__(self, problem: _Problem, grp: Ints, frozen: Bools) -> None:
        self.p = problem
        self.frozen = frozen
        self.rows = np.arange(problem.rounds)[:, None]
        self.cols = np.arange(problem.n)[None, :]
        self.load(grp)

    def load(self, grp: Ints) -> None:
        p, n, g = self.p, self.p.n, self.p.groups
        self.grp = grp.copy()
        onehot = np.zeros((p.rounds, n, g))
        for r in range(p.rounds):
            onehot[r, np.arange(n), grp[r]] = 1.0
        meetings = p.history.copy()
        for r in range(p.rounds):
            meetings += onehot[r] @ onehot[r].T
        np.fill_diagonal(meetings, 0)
        self.meetings = meetings
        self.w = np.stack(
            [
                p.static + p.repeat * (meetings >= 1),
                p.static + p.repeat * (meetings >= 2),
                (meetings >= 2) * float(p.repeat > 0),  # repeats count only when rotating
                *p.kinds,
            ]
        )
        for k in range(len(self.w)):
            np.fill_diagonal(self.w[k], 0)
        self.sums = np.stack([np.matmul(w, onehot) for w in self.w])
        self.size = onehot.sum(axis=1).astype(np.int64)
        self.lead = (onehot * p.leader[None, :, None]).sum(axis=1).astype(np.int64)
        self.repeats = int(np.maximum(np.triu(meetings, 1) - 1, 0).sum())
        static_part = np.matmul(p.static, onehot)
        own = np.take_along_axis(static_part, grp[:, :, None], 2)[:, :, 0]
        cost = float(own.sum()) / 2 + p.repeat * self.repeats
        if p.leaders_on:
            cost += HARD * int((self.lead == 0).sum())
        if p.unary is not None:
            cost += float(np.take_along_axis(p.unary, grp[:, :, None], 2).sum())
        self.cost = cost

    def own(self, k: int) -> Floats:
        """``sums[k]`` at each person's own group: (rounds, people)."""
        return self.sums[k][self.rows, self.cols, self.grp]

    def move(self, r: int, x: int, b: int) -> None:
        """Person x joins group b in round r (the total cost is the caller's business)."""
        a = int(self.grp[r, x])
        self.sums[:, r, :, a] -= self.w[:, :, x]
        self.sums[:, r, :, b] += self.w[:, :, x]
        self._place(r, x, a, b)
        row = self.grp[r]
        left = np.flatnonzero(row == a)
        joined = np.flatnonzero(row == b)
        joined = joined[joined != x]
        self._meet(
            np.full(len(left) + len(joined), x),
            np.concatenate([left, joined]),
            np.concatenate([np.full(len(left), -1.0), np.ones(len(joined))]),
        )

    def swap(self, r: int, x: int, y: int) -> None:
        a, b = int(self.grp[r, x]), int(self.grp[r, y])
        change = self.w[:, :, y] - self.w[:, :, x]
        self.sums[:, r, :, a] += change
        self.sums[:, r, :, b] -= change
        self._place(r, x, a, b)
        self._place(r, y, b, a)
        row = self.grp[r]
        in_a = np.flatnonzero(row == a)
        in_b = np.flatnonzero(row == b)
        rest_a = in_a[in_a != y]  # x's old mates, y's new ones
        rest_b = in_b[in_b != x]
        la, lb = len(rest_a), len(rest_b)
        self._meet(
            np.repeat([x, x, y, y], [la, lb, lb, la]),
            np.concatenate([rest_a, rest_b, rest_b, rest_a]),
            np.repeat([-1.0, 1.0, -1.0, 1.0], [la, lb, lb, la]),
        )

    def _place(self, r: int, x: int, a: int, b: int) -> None:
        self.grp[r, x] = b
        self.size[r, a] -= 1
        self.size[r, b] += 1
        if self.p.leader[x]:
            self.lead[r, a] -= 1
            self.lead[r, b] += 1

    def _meet(self, us: Ints, vs: Ints, step: Floats) -> None:
        """Pairs (u, v) meet ``step`` more times: update counts, weights and group sums."""
        if not len(us):
            return
        old = self.meetings[us, vs]
        new = old + step
        self.meetings[us, vs] = new
        self.meetings[vs, us] = new
        more = np.maximum(new - 1, 0) - np.maximum(old - 1, 0)
        self.repeats += int(more.sum())
        rep = self.p.repeat
        if not rep:
            return
        once = (new >= 1).astype(float) - (old >= 1)
        twice = (new >= 2).astype(float) - (old >= 2)
        hit = (once != 0) | (twice != 0)
        if hit.any():
            once, twice = once[hit], twice[hit]
            self._reweigh(us[hit], vs[hit], np.stack([rep * once, rep * twice, twice]))

    def _reweigh(self, us: Ints, vs: Ints, dw: Floats) -> None:
        """Pair weights of (u, v) change by ``dw`` (3, P): update them and every round's sums."""
        self.w[:3, us, vs] += dw
        self.w[:3, vs, us] += dw
        # Every round: u's sum at v's group and v's sum at u's group. Several v may share a
        # group, so accumulate rather than assign.
        rounds = self.p.rounds
        both_u = np.concatenate([us, vs])
        both_v = np.concatenate([vs, us])
        groups = self.grp[:, both_v]  # (R, 2P)
        k = np.arange(3)[:, None, None]
        r = np.arange(rounds)[None, :, None]
        values = np.broadcast_to(
            np.concatenate([dw, dw], axis=1)[:, None, :], (3, rounds, 2 * len(us))
        )
        np.add.at(self.sums[:3], (k, r, both_u[None, None, :], groups[None, :, :]), values)


@dataclasses.dataclass
class _Move:
    delta: float
    round: int
    person: int
    group: int  # the group the person moves to
    partner: int  # the person swapped with, or -1 for a plain move
    # A keep-together chain moving as one: its members and those they swap with.
    block: tuple[int, ...] = ()
    swapped: tuple[int, ...] = ()


class _TabuSearch:
    def __init__(self, problem: _Problem, schedule: _Schedule, rng: np.random.Generator) -> None:
        self.p = problem
        self.s = schedule
        self.rng = rng
        # Until which step a person may not return to a group (moves), and a pair may not be
        # swapped again (swaps).
        self.tabu = np.zeros((problem.rounds, problem.n, problem.groups), dtype=np.int64)
        self.pair_tabu = np.zeros((problem.rounds, problem.n, problem.n), dtype=np.int32)
        self.iteration = 0
        self.best_cost = schedule.cost
        self.best_grp = schedule.grp.copy()
        self.best_repeats = schedule.repeats
        self.hot_rounds: Ints = np.zeros(0, dtype=np.int64)  # rounds with someone in conflict

    def conflicted(self) -> tuple[Ints, Ints]:
        s, p = self.s, self.p
        allowed = p.allowed[:, None, :]
        hot = (s.own(2) > 0) | (s.own(3) < allowed[0] - 0.5)
        for k in (1, 2, 3):  # apart, organisation, balance: more than the fair share
            hot |= s.own(k + 3) > allowed[k] + 0.5
        if p.leaders_on:
            crowded = s.lead[s.rows, s.grp] > 1
            short = (s.lead == 0).any(axis=1)[:, None]
            hot |= crowded & short & p.leader[None, :]
        if p.unary is not None:
            hot |= p.unary[s.rows, s.cols, s.grp] > 0
        self.hot_rounds = np.flatnonzero(hot.any(axis=1))
        hot &= ~s.frozen
        rs, xs = np.nonzero(hot)
        limit = max(1, _MAX_CANDIDATES // max(p.n, 1))
        if len(rs) > limit:
            pick = np.sort(self.rng.choice(len(rs), size=limit, replace=False))
            rs, xs = rs[pick], xs[pick]
        return rs, xs

    def best_move(self) -> _Move | None:
        """The best non-tabu swap or move, ties broken at random; None when nobody is in
        conflict; a move with infinite delta when all are tabu for now."""
        s, p = self.s, self.p
        rs, xs = self.conflicted()
        if not len(rs):
            return None
        n = p.n
        ci = np.arange(len(rs))[:, None]
        gx = s.grp[rs, xs]
        gy = s.grp[rs]  # (C, n): each candidate partner's group
        join = s.sums[0]
        join_x = join[rs, xs]  # (C, G)
        leave = s.own(1)  # (R, n)
        leave_x = leave[rs, xs]
        swap = (
            join_x[ci, gy]
            + join[rs[:, None], s.cols, gx[:, None]]
            - leave_x[:, None]
            - leave[rs]
            - 2 * s.w[0][xs]
        )
        move = join_x - leave_x[:, None]
        if p.leaders_on:
            lead = s.lead[rs]
            lx = p.leader[xs][:, None]
            ly = p.leader[None, :]
            lead_x = lead[ci[:, 0], gx][:, None]
            at_y = lead[ci, gy]
            swap += HARD * (lx & ~ly) * ((lead_x == 1).astype(float) - (at_y == 0))
            swap += HARD * (~lx & ly) * ((at_y == 1).astype(float) - (lead_x == 0))
            move += HARD * lx * ((lead_x == 1).astype(float) - (lead == 0))
        if p.unary is not None:
            u_x = p.unary[rs, xs]  # (C, G)
            u_own_x = u_x[ci[:, 0], gx][:, None]
            u_rs = p.unary[rs]  # (C, n, G)
            swap += u_x[ci, gy] - u_own_x + u_rs[ci, s.cols, gx[:, None]] - u_rs[ci, s.cols, gy]
            move += u_x - u_own_x
        tabu_x = self.tabu[rs, xs]  # (C, G)
        now = self.iteration
        swap_tabu = self.pair_tabu[rs, xs] > now
        aspire = self.best_cost - 0.5 - s.cost
        swap_ok = (gy != gx[:, None]) & ~s.frozen[rs] & (~swap_tabu | (swap < aspire))
        sizes = s.size[rs]
        move_ok = (sizes[ci[:, 0], gx][:, None] > sizes) & ((tabu_x <= now) | (move < aspire))
        swap = np.where(swap_ok, swap, np.inf)
        move = np.where(move_ok, move, np.inf)
        best = min(float(swap.min()), float(move.min()))
        if best == np.inf:
            return _Move(best, -1, -1, -1, -1)
        swaps = np.flatnonzero(swap == best)
        moves = np.flatnonzero(move == best)
        k = int(self.rng.integers(len(swaps) + len(moves)))
        if k < len(swaps):
            c, y = divmod(int(swaps[k]), n)
            return _Move(best, int(rs[c]), int(xs[c]), int(gy[c, y]), y)
        c, group = divmod(int(moves[k - len(swaps)]), p.groups)
        return _Move(best, int(rs[c]), int(xs[c]), group, -1)

    def best_block_move(self, rounds: Ints) -> _Move | None:
        """The best move of a whole keep-together chain to another group, swapping with as
        many people there (those who mind least); chains are otherwise never split."""
        s, p = self.s, self.p
        best: _Move | None = None
        leave = s.own(1)
        w_join, w_leave = s.w[0], s.w[1]
        for r in rounds.tolist():
            join = s.sums[0][r]
            for members in p.blocks:
                block = np.array(members)
                if not s.frozen[r, block].all() or (p.locked[r, block] >= 0).any():
                    continue
                a = int(s.grp[r, block[0]])
                if (s.grp[r, block] != a).any():
                    continue
                for c in range(p.groups):
                    if c == a:
                        continue
                    there = np.flatnonzero((s.grp[r] == c) & ~s.frozen[r])
                    if len(there) < len(block):
                        continue
                    mind = join[there, a] - leave[r, there]
                    if p.unary is not None:
                        mind = mind + p.unary[r, there, a] - p.unary[r, there, c]
                    other = there[np.argsort(mind, kind="stable")[: len(block)]]
                    delta = float(
                        join[block, c].sum()
                        - leave[r, block].sum()
                        + join[other, a].sum()
                        - leave[r, other].sum()
                        - 2 * w_join[np.ix_(block, other)].sum()
                        + w_leave[np.ix_(block, block)].sum()
                        + w_leave[np.ix_(other, other)].sum()
                    )
                    if p.leaders_on:
                        shift = int(p.leader[block].sum()) - int(p.leader[other].sum())
                        la, lc = int(s.lead[r, a]), int(s.lead[r, c])
                        delta += HARD * (
                            (la - shift == 0) - (la == 0) + (lc + shift == 0) - (lc == 0)
                        )
                    if p.unary is not None:
                        delta += float(
                            p.unary[r, block, c].sum()
                            - p.unary[r, block, a].sum()
                            + p.unary[r, other, a].sum()
                            - p.unary[r, other, c].sum()
                        )
                    tabu = self.tabu[r, block[0], c] > self.iteration
                    if tabu and delta >= self.best_cost - 0.5 - s.cost:
                        continue
                    if best is None or delta < best.delta:
                        best = _Move(
                            delta,
                            r,
                            int(block[0]),
                            c,
                            -1,
                            tuple(block.tolist()),
                            tuple(other.tolist()),
                        )
        return best

    def apply(self, m: _Move, tenure: int) -> None:
        s = self.s
        a = int(s.grp[m.round, m.person])
        self.tabu[m.round, m.person, a] = self.iteration + tenure
        if m.block:
            for x, y in zip(m.block, m.swapped, strict=True):
                s.swap(m.round, x, y)
        elif m.partner >= 0:
            self.tabu[m.round, m.partner, m.group] = self.iteration + tenure
            self.pair_tabu[m.round, m.person, m.partner] = self.iteration + tenure
            self.pair_tabu[m.round, m.partner, m.person] = self.iteration + tenure
            s.swap(m.round, m.person, m.partner)
        else:
            s.move(m.round, m.person, m.group)
        s.cost += m.delta

    def random_swaps(self, count: int) -> None:
        """Shake the schedule: swaps of movable people in different groups."""
        s, p = self.s, self.p
        grp = s.grp.copy()
        for _ in range(count):
            r = int(self.rng.integers(p.rounds))
            movable = np.flatnonzero(~s.frozen[r])
            if len(movable) < 2:
                continue
            x, y = (int(v) for v in self.rng.choice(movable, size=2, replace=False))
            grp[r, x], grp[r, y] = grp[r, y], grp[r, x]
        s.load(grp)

    def record(self) -> bool:
        """Keep the current schedule if it is the best of this run."""
        if self.s.cost < self.best_cost - 0.5:
            self.best_cost = self.s.cost
            self.best_grp = self.s.grp.copy()
            self.best_repeats = self.s.repeats
            return True
        return False

    def forget(self, run_best: bool) -> None:
        """Clear the tabu lists (after a kick or a restart) and, for a restart, the run's best."""
        self.tabu[:] = 0
        self.pair_tabu[:] = 0
        if run_best:
            self.best_cost = self.s.cost
            self.best_grp = self.s.grp.copy()
            self.best_repeats = self.s.repeats


class _RoundFill:
    """One round being filled by the greedy start, with balanced sizes."""

    def __init__(self, problem: _Problem, r: int, weights: Floats, rng: np.random.Generator):
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


def _initial(problem: _Problem, rng: np.random.Generator) -> tuple[Ints, Bools]:
    """Round by round: locks and keep-together chains first, then leaders, then people with
    many hard pairs (large organisations, keep-apart), then everyone else, each into the
    group where they cost least (prior meetings included), while sizes stay balanced."""
    p, n = problem, problem.n
    grp = np.full((p.rounds, n), -1, dtype=np.int64)
    frozen = np.zeros((p.rounds, n), dtype=bool)
    meetings = p.history.copy()
    constrained = (p.static >= HARD).sum(axis=1)
    for r in range(p.rounds):
        fill = _RoundFill(p, r, p.static + p.repeat * (meetings >= 1), rng)
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
        for x in order:
            fill.place(x, fill.best_group([x], fill.room(1)))
        grp[r] = fill.grp
        onehot = np.zeros((n, p.groups))
        onehot[np.arange(n), fill.grp] = 1.0
        meetings += onehot @ onehot.T
        np.fill_diagonal(meetings, 0)
    return grp, frozen


def _to_assignment(problem: _Problem, grp: Ints) -> Assignment:
    ids = problem.ids
    return [
        [[ids[x] for x in np.flatnonzero(grp[r] == group)] for group in range(problem.groups)]
        for r in range(problem.rounds)
    ]


def _check(instance: Instance) -> None:
    if instance.groups < 1:
        raise ValueError("there must be at least one group")
    if instance.rounds < 0:
        raise ValueError("the number of rounds cannot be negative")
    ids = [p.id for p in instance.people]
    if len(set(ids)) != len(ids):
        raise ValueError("each person must have a different id")


@dataclasses.dataclass(frozen=True)
class _Budget:
    deadline: float
    max_iterations: int | None
    progress: Progress | None
    should_stop: Callable[[], bool] | None


def _search(
    problem: _Problem,
    start: tuple[Ints, Bools],
    rng: np.random.Generator,
    budget: _Budget,
    *,
    target: float,
    bound: int | None = None,
    restart: Callable[[], tuple[Ints, Bools]] | None = None,
    stall_limit: int | None = None,
) -> tuple[Ints, bool]:
    """Tabu search; returns the best schedule found and whether it was cancelled.

    It stops at ``target`` (nothing can be better). When the best of the current run has not
    improved for a while, it also stops if no rule is broken and the repeats are down to
    ``bound`` (only the soft balance could still improve); otherwise the run resumes from its
    best with a few random swaps, and after several such kicks in vain ``restart`` (if given)
    supplies a fresh start. Only the iteration count and the seed steer this, never the
    clock, so a run with ``max_iterations`` is reproducible.
    """
    n = problem.n
    schedule = _Schedule(problem, start[0], start[1])
    tabu = _TabuSearch(problem, schedule, rng)
    best_cost, best_grp, best_repeats = tabu.best_cost, tabu.best_grp, tabu.best_repeats
    if stall_limit is None:
        stall_limit = _STALL[0] + _STALL[1] * n
    kick = max(2, n // _KICK_PER)
    kicks = 0
    last_better = 0
    began = time.perf_counter()
    last_report = began
    cancelled = False
    while best_cost > target + 0.5:
        if budget.max_iterations is not None and tabu.iteration >= budget.max_iterations:
            break
        now = time.perf_counter()
        if now >= budget.deadline:
            break
        if tabu.iteration % 16 == 0 and budget.should_stop is not None and budget.should_stop():
            cancelled = True
            break
        if budget.progress is not None and now - last_report >= 0.1:
            last_report = now
            spent = (now - began) / max(budget.deadline - began, 1e-9)
            done = tabu.iteration / budget.max_iterations if budget.max_iterations else 0.0
            budget.progress(min(1.0, max(spent, done)), best_repeats)
        tabu.iteration += 1
        if tabu.iteration - last_better > stall_limit:
            last_better = tabu.iteration
            rules_kept = best_cost - problem.repeat * best_repeats - problem.floor < HARD / 2
            if restart is None or (bound is not None and best_repeats <= bound and rules_kept):
                break
            if restart is not None and kicks >= _KICKS_BEFORE_RESTART:
                grp, frozen = restart()
                schedule.frozen = frozen
                schedule.load(grp)
                tabu.forget(run_best=True)
                kicks = 0
            else:
                schedule.load(tabu.best_grp)
                tabu.forget(run_best=False)
                tabu.random_swaps(kick)
                kicks += 1
            continue
        move = tabu.best_move()
        if problem.blocks and (move is None or move.delta >= 0):
            # Stuck for single people: try moving a keep-together chain as a whole.
            block_move = tabu.best_block_move(tabu.hot_rounds)
            if block_move is not None and (move is None or block_move.delta < move.delta):
                move = block_move
        if move is None:
            if restart is None:
                break  # nobody is in conflict: no swap can make anything better
            last_better = -stall_limit  # try elsewhere
            kicks = _KICKS_BEFORE_RESTART
            continue
        if move.delta == np.inf:
            continue  # every move is tabu for now
        tabu.apply(move, int(rng.integers(_TENURE[0], _TENURE[1] + 1)))
        if tabu.record():
            last_better = tabu.iteration
            kicks = 0
            if tabu.best_cost < best_cost - 0.5:
                best_cost, best_grp, best_repeats = tabu.best_cost, tabu.best_grp, tabu.best_repeats
    return best_grp, cancelled


def solve(
    instance: Instance,
    seed: int = 0,
    time_limit: float | None = 2.0,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    max_iterations: int | None = None,
) -> Solution:
    """Plan all rounds. The same seed and ``max_iterations`` give the same schedule on any
    machine; ``time_limit`` (seconds) only caps the work, and the search also stops as soon
    as it reaches the lower bound without breaking a rule."""
    started = time.perf_counter()
    _check(instance)
    problem = _build(instance, instance.rounds, dict(instance.locked))
    bound = lower_bound(instance)
    rng = np.random.default_rng(seed)
    if time_limit is None and max_iterations is None:
        max_iterations = 20_000
    deadline = started + time_limit if time_limit is not None else float("inf")
    budget = _Budget(deadline, max_iterations, progress, should_stop)
    grp, frozen = _initial(problem, rng)
    cancelled = False
    if problem.n and problem.rounds:
        grp, cancelled = _search(
            problem,
            (grp, frozen),
            rng,
            budget,
            target=problem.floor + problem.repeat * bound,
            bound=bound,
            restart=lambda: _initial(problem, rng),
        )
    rounds = _to_assignment(problem, grp)
    evaluation = evaluate(instance, rounds)
    if progress is not None:
        progress(1.0, evaluation.repeated_pairings)
    return Solution(
        rounds=rounds,
        evaluation=evaluation,
        lower_bound=bound,
        impossible=impossibilities(instance),
        seconds=time.perf_counter() - started,
        cancelled=cancelled,
    )


def rebalance(
    instance: Instance, current: Sequence[Sequence[str]], round_index: int
) -> list[list[str]]:
    """Re-plan one round after late arrivals and no-shows, moving as few people as possible.

    People in ``current`` who are no longer in ``instance.people`` are dropped; people not in
    ``current`` are placed. The rules come first, then the fewest moves of people who stay,
    then rotation (against ``instance.history``). Stayers keep their order in their group.
    """
    _check(instance)
    g = instance.groups
    index = {p.id: i for i, p in enumerate(instance.people)}
    home: dict[str, int] = {}
    for group, members in enumerate(current):
        for pid in members:
            if pid in index and pid not in home and group < g:
                home[pid] = group
    locked = {(0, pid): group for (r, pid), group in instance.locked.items() if r == round_index}
    problem = _build(instance, 1, locked)
    n = problem.n
    if n == 0:
        return [[] for _ in range(g)]
    unary = np.zeros((1, n, g))
    for pid, group in home.items():
        unary[0, index[pid], :] = MOVED
        unary[0, index[pid], group] = 0.0
    problem.unary = unary
    problem.blocks = []  # stayers must stay put even when a keep-together chain is split
    rng = np.random.default_rng(0)
    start = _rebalance_start(problem, home, index, rng)
    # Re-balancing happens while people wait: a fixed number of steps, at most a second.
    budget = _Budget(time.perf_counter() + 1.0, 20 * n + 200, None, None)
    grp, _ = _search(problem, start, rng, budget, target=problem.floor, stall_limit=100 + n // 2)
    order = {pid: k for k, pid in enumerate(pid for members in current for pid in members)}
    result: list[list[str]] = [[] for _ in range(g)]
    for x in sorted(range(n), key=lambda x: (order.get(problem.ids[x], len(order)), x)):
        result[int(grp[0, x])].append(problem.ids[x])
    return result


def _rebalance_start(
    problem: _Problem, home: dict[str, int], index: dict[str, int], rng: np.random.Generator
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
