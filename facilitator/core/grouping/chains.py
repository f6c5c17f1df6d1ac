"""Exchanges that move a keep-together chain as a whole, every candidate of a round at once.

A chain in group a goes to another group c in exchange for people there: those who mind
least, with or without one other chain of c, as many as the chain has members or, between
groups of different sizes, as many as swap the two sizes (so sizes stay balanced). Whoever
must be kept apart from the chain counts as minding least, since the chain leaves them
behind: without that, a chain next to someone it must avoid could never change places
with them. Chains are otherwise never split. Every cost change is exact, so the search
can add it to the running total.

Arrays are indexed [chain j, row q, ...], where a row is a group c alone (the first G
rows) or one chain with its group (the next J), and the last axis runs over the people of
c, best first, or over a chain's members.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from facilitator.core.grouping.problem import HARD, Bools, Floats, Ints, Problem
from facilitator.core.grouping.schedule import Schedule


@dataclasses.dataclass
class Exchange:
    delta: float
    round: int
    group: int  # where the chain goes
    block: Ints  # the chain
    other: Ints  # who comes to the chain's group in exchange


@dataclasses.dataclass
class _Rows:
    c: Ints  # (Q,) the group
    which: Ints  # (Q,) the chain going along, or -1
    unit: Ints  # (Q, W) its members (padded)
    in_unit: Bools  # (Q, W)
    cand: Ints  # (Q, S) the people of c (padded)
    free: Bools  # (Q, S) who of them may go singly


class ChainMoves:
    def __init__(self, problem: Problem) -> None:
        self.p = problem
        width = max((len(b) for b in problem.blocks), default=1)
        # The chains as a padded matrix: (B, W) members and which slots are used.
        self.chain = np.zeros((len(problem.blocks), width), dtype=np.int64)
        self.link = np.zeros((len(problem.blocks), width), dtype=bool)
        for i, members in enumerate(problem.blocks):
            self.chain[i, : len(members)] = members
            self.link[i, : len(members)] = True

    def best(
        self, s: Schedule, r: int, leave: Floats, tabu: Ints, iteration: int, aspire: float
    ) -> Exchange | None:
        """The best exchange of round r (``leave``: its ``Schedule.own(1)``) that is not tabu
        (``tabu[x, G]``: until which step x may not go to G) unless it brings the cost
        change below ``aspire``."""
        p = self.p
        where = s.grp[r][self.chain]
        whole = s.frozen[r][self.chain] & (p.locked[r][self.chain] < 0) & (where == where[:, :1])
        ids = np.flatnonzero((whole | ~self.link).all(axis=1))  # placed whole, none locked
        if not len(ids):
            return None
        chain, link = self.chain[ids], self.link[ids]
        rows = self._rows(s, r, chain, link)
        at = s.grp[r, chain[:, 0]]
        js, qs = np.arange(len(ids))[:, None], np.arange(len(rows.c))[None, :]
        w_join, w_leave, join = s.w[0], s.w[1], s.sums[0][r]
        # What each person would add to the exchange of chain j: joining its group, less
        # what they gain by leaving their own, less their pairs with the chain (it leaves
        # and does not join them). Exact per person; pairs among those going come below.
        mind = join[:, at].T - leave[None, :] - 2 * (w_join[chain] * link[:, :, None]).sum(1)
        if p.unary is not None:
            mind += p.unary[r][:, at].T - p.unary[r, s.cols[0], s.grp[r]][None, :]
        k = link.sum(axis=1)[:, None]
        unit_len = rows.in_unit.sum(axis=1)[None, :]
        sizes = s.size[r]
        needs = [k - unit_len, k - (sizes[at][:, None] - sizes[rows.c][None, :]) - unit_len]
        valid = (rows.c[None, :] != at[:, None]) & (rows.which[None, :] != js)
        top = min(rows.cand.shape[1], max(0, *(int(n[valid].max(initial=0)) for n in needs)))
        # People leaving c with a chain stay with it: those pairs count back.
        with_unit = w_leave[rows.cand[:, :, None], rows.unit[:, None, :]] * rows.in_unit[:, None, :]
        score = mind[:, rows.cand] + 2 * with_unit.sum(axis=2)[None]
        score[:, ~rows.free] = np.inf
        rank = np.argsort(score, axis=2, kind="stable")[:, :, :top]
        singles = np.take_along_axis(np.broadcast_to(rows.cand, score.shape), rank, axis=2)
        # Over the best m singles of each row, for every m: scores, pairs, leaders.
        firsts = np.zeros((*score.shape[:2], top + 1))
        firsts[..., 1:] = np.cumsum(np.take_along_axis(score, rank, axis=2), axis=2)
        pairs = np.zeros((*score.shape[:2], top + 1, top + 1))
        pairs[..., 1:, 1:] = (
            w_leave[singles[..., :, None], singles[..., None, :]].cumsum(2).cumsum(3)
        )
        leaders = np.zeros((*score.shape[:2], top + 1), dtype=np.int64)
        leaders[..., 1:] = np.cumsum(p.leader[singles], axis=2)
        fixed = self._fixed(s, r, chain, link, at, rows, leave)
        fixed += np.where(rows.in_unit[None], mind[:, rows.unit], 0.0).sum(axis=2)
        barred = tabu[chain[:, 0]][:, rows.c] > iteration
        deltas, counts = [], []
        for n, need in enumerate(needs):
            ok = valid & (need >= 0) & (need <= top)
            if n:  # the second count only where it differs from the first
                ok &= need != needs[0]
            m = np.clip(need, 0, top)
            delta = fixed + firsts[js, qs, m] + pairs[js, qs, m, m]
            if p.leaders_on:
                shift = (
                    (p.leader[chain] & link).sum(axis=1)[:, None]
                    - (p.leader[rows.unit] & rows.in_unit).sum(axis=1)[None, :]
                    - leaders[js, qs, m]
                )
                la, lc = s.lead[r, at][:, None], s.lead[r, rows.c][None, :]
                delta += HARD * (
                    (la - shift == 0).astype(float) - (la == 0) + (lc + shift == 0) - (lc == 0)
                )
            deltas.append(np.where(ok & ~(barred & (delta >= aspire)), delta, np.inf))
            counts.append(m)
        every = np.stack(deltas)
        best = np.unravel_index(int(np.argmin(every)), every.shape)
        v, j, q = (int(i) for i in best)
        if every[v, j, q] == np.inf:
            return None
        unit = rows.unit[q][rows.in_unit[q]]
        other = np.concatenate([unit, singles[j, q, : int(counts[v][j, q])]])
        return Exchange(float(every[v, j, q]), r, int(rows.c[q]), chain[j][link[j]], other)

    def _rows(self, s: Schedule, r: int, chain: Ints, link: Bools) -> _Rows:
        g, row = self.p.groups, s.grp[r]
        by_group = np.argsort(row, kind="stable")
        sizes = np.bincount(row, minlength=g)
        slot = np.arange(self.p.n) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        members = np.zeros((g, max(1, int(sizes.max()))), dtype=np.int64)
        members[row[by_group], slot] = by_group
        free = (np.arange(members.shape[1])[None, :] < sizes[:, None]) & ~s.frozen[r][members]
        c = np.concatenate([np.arange(g), row[chain[:, 0]]])
        return _Rows(
            c=c,
            which=np.concatenate([np.full(g, -1), np.arange(len(chain))]),
            unit=np.concatenate([np.zeros((g, chain.shape[1]), dtype=np.int64), chain]),
            in_unit=np.concatenate([np.zeros((g, chain.shape[1]), dtype=bool), link]),
            cand=members[c],
            free=free[c],
        )

    def _fixed(
        self, s: Schedule, r: int, chain: Ints, link: Bools, at: Ints, rows: _Rows, leave: Floats
    ) -> Floats:
        """(J, Q): the chain joining c and leaving its group (its own pairs stay), and the
        pairs within the chain going along (they stay together too)."""
        w_leave, p = s.w[1], self.p
        joins = (s.sums[0][r][chain] * link[:, :, None]).sum(axis=1)  # (J, G)
        both = link[:, :, None] & link[:, None, :]
        own = (w_leave[chain[:, :, None], chain[:, None, :]] * both).sum(axis=(1, 2))
        unit_both = rows.in_unit[:, :, None] & rows.in_unit[:, None, :]
        unit_pairs = (w_leave[rows.unit[:, :, None], rows.unit[:, None, :]] * unit_both).sum((1, 2))
        fixed = joins[:, rows.c] - ((leave[chain] * link).sum(axis=1) - own)[:, None]
        fixed += unit_pairs[None, :]
        if p.unary is not None:
            there = (p.unary[r][chain] * link[:, :, None]).sum(axis=1)  # (J, G)
            fixed += there[:, rows.c] - there[np.arange(len(chain)), at][:, None]
        return fixed
