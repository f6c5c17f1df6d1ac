"""The rounds being searched, with the running sums that make a move's cost a look-up.

Per round, ``sums[0, r, x, G]`` holds what person x would pay in group G, so the cost change
of any swap is a handful of array look-ups, and a swap only touches the rows of the people
whose meeting counts change. Kept up to date move by move; ``load`` rebuilds it from scratch
after a kick or a restart.
"""

from __future__ import annotations

import numpy as np

from facilitator.core.grouping.problem import HARD, Bools, Floats, Ints, Problem


def group_sums(w: Floats, row: Ints, groups: int) -> Floats:
    """``out[k, x, G]`` = the sum of ``w[k, z, x]`` over the people z in group G of ``row``
    (pair weights are symmetric, so also of ``w[k, x, z]``).

    The same as multiplying by the one-hot matrix of ``row``, in O(k·n²) instead of
    O(k·n²·groups): the rows sorted by group, then added up group by group. The weights
    are whole multiples of the tiers, so the sums are exact either way.
    """
    k, n = w.shape[0], w.shape[1]
    out = np.zeros((k, n, groups))
    if n == 0:
        return out
    order = np.argsort(row, kind="stable")
    counts = np.bincount(row, minlength=groups)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    filled = np.flatnonzero(counts > 0)
    added = np.add.reduceat(w[:, order, :], starts[filled], axis=1)  # (k, filled, n)
    out[:, :, filled] = added.transpose(0, 2, 1)
    return out


class Schedule:
    """The current rounds with everything a move's cost needs, kept up to date per move.

    ``w[k]`` are pair weights: 0, the cost of joining someone; 1, the gain of leaving them;
    2, repeated meetings, 3-6, pairs kept together, kept apart, of one organisation, of one
    balance value (the last five only mark who is "in conflict"). ``sums[k, r, x, G]`` adds
    up ``w[k, x, z]`` over the members z of group G in round r.
    """

    def __init__(self, problem: Problem, grp: Ints, frozen: Bools) -> None:
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
            meetings += grp[r][:, None] == grp[r][None, :]
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
        self.sums = np.stack([group_sums(self.w, grp[r], g) for r in range(p.rounds)], axis=1)
        self.size = onehot.sum(axis=1).astype(np.int64)
        self.lead = (onehot * p.leader[None, :, None]).sum(axis=1).astype(np.int64)
        self.repeats = int(np.maximum(np.triu(meetings, 1) - 1, 0).sum())
        static_part = np.stack([group_sums(p.static[None], grp[r], g)[0] for r in range(p.rounds)])
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
