"""Tabu search over swaps within a round: which moves to look at, which to take, which to bar.

Follows the social-golfer literature (Dotú & Van Hentenryck, "Scheduling social golfers
locally"): only swaps that involve a person in conflict, the best non-tabu swap each step
even when it is worse (unless it beats the best so far), a randomised tabu tenure, and
random swaps to shake the schedule when progress stalls. Keep-together chains move whole,
swapping with people or another chain so that the sizes stay as they were, and are never
split on the way. When to kick, restart or stop is the driver's business (``solver``).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from facilitator.core.grouping.chains import ChainMoves
from facilitator.core.grouping.problem import HARD, Ints, Problem
from facilitator.core.grouping.schedule import Schedule

# Above this many candidate swaps per step, look at a random sample of conflicted people.
_MAX_CANDIDATES = 120_000


@dataclasses.dataclass
class Move:
    delta: float
    round: int
    person: int
    group: int  # the group the person moves to
    partner: int  # the person swapped with, or -1 for a plain move
    # A keep-together chain moving as one: its members and who comes in exchange (any number).
    block: tuple[int, ...] = ()
    swapped: tuple[int, ...] = ()


class TabuSearch:
    def __init__(self, problem: Problem, schedule: Schedule, rng: np.random.Generator) -> None:
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
        self.chains = ChainMoves(problem)

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

    def best_move(self) -> Move | None:
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
            return Move(best, -1, -1, -1, -1)
        swaps = np.flatnonzero(swap == best)
        moves = np.flatnonzero(move == best)
        k = int(self.rng.integers(len(swaps) + len(moves)))
        if k < len(swaps):
            c, y = divmod(int(swaps[k]), n)
            return Move(best, int(rs[c]), int(xs[c]), int(gy[c, y]), y)
        c, group = divmod(int(moves[k - len(swaps)]), p.groups)
        return Move(best, int(rs[c]), int(xs[c]), group, -1)

    def best_block_move(self, rounds: Ints) -> Move | None:
        """The best exchange moving a whole keep-together chain to another group (see
        ``chains``), in the given rounds; chains are otherwise never split."""
        s = self.s
        best: Move | None = None
        leave = s.own(1)
        aspire = self.best_cost - 0.5 - s.cost
        for r in rounds.tolist():
            found = self.chains.best(s, r, leave[r], self.tabu[r], self.iteration, aspire)
            if found is not None and (best is None or found.delta < best.delta):
                block, other = found.block.tolist(), found.other.tolist()
                best = Move(found.delta, r, block[0], found.group, -1, tuple(block), tuple(other))
        return best

    def apply(self, m: Move, tenure: int) -> None:
        s = self.s
        a = int(s.grp[m.round, m.person])
        self.tabu[m.round, m.person, a] = self.iteration + tenure
        if m.block:
            both = min(len(m.block), len(m.swapped))
            for x, y in zip(m.block[:both], m.swapped[:both], strict=True):
                s.swap(m.round, x, y)
            for x in m.block[both:]:
                s.move(m.round, x, m.group)
            for y in m.swapped[both:]:
                s.move(m.round, y, a)
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
