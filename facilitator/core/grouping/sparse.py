"""Large instances: the same rules and costs as ``problem``, kept per person, not per pair.

The dense solver (``problem``, ``schedule``, ``tabu``) keeps people × people matrices of pair
weights and meetings: fast and thorough for a workshop, but at 3,000 people they alone take
well over a gigabyte. Here every pair cost is looked up from what each person has: their
organisation's members, their balance value (counted per group), whom they must avoid or
stay with, and whom they sit with in the other rounds (the members of their group there).
Memory is then in proportion to people × rounds.

The plan is a greedy start (as ``greedy``: locks and keep-together chains first, leaders,
then the most constrained, each into the group where they cost least) followed by a local
search: people still in conflict swap with someone in a group that suits them better when
the swap does not cost more in all. Leaders swap only with leaders and others with others,
and chains and locked people stay put, so what the start got right about leaders, chains
and locks stays right. Both watch the deadline: past it, the start places the rest in the
emptiest groups, unweighed, and the search stops.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from facilitator.core.grouping.bounds import together_components
from facilitator.core.grouping.evaluate import (
    balance_categories,
    history_rounds,
    leaders,
    organisations,
)
from facilitator.core.grouping.model import Instance
from facilitator.core.grouping.problem import BALANCE, HARD, MOVED, REPEAT

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

# Above this many people the solver uses this module: the dense matrices would pass a few
# hundred megabytes, and the greedy start here already finds plans with no repeat.
DENSE_LIMIT = 1_000


@dataclasses.dataclass
class Stats:
    """What a run did, for tests and benchmarks: people placed unweighed past the deadline,
    and swaps looked at by the local search."""

    placed_quickly: int = 0
    steps: int = 0
    swaps: int = 0
    cancelled: bool = False


class SparsePlan:
    """An instance with per-person lists, and the rounds being planned (``grp``)."""

    def __init__(
        self,
        instance: Instance,
        rng: np.random.Generator,
        should_stop: Callable[[], bool] | None = None,
        progress: Callable[[float], None] | None = None,
    ) -> None:
        self.should_stop = should_stop
        self.progress = progress  # the share done (0..1), at most ten times a second
        self._reported = 0.0
        people = instance.people
        self.n, self.g, self.rounds = len(people), instance.groups, instance.rounds
        self.rng = rng
        index = {p.id: i for i, p in enumerate(people)}
        self.index = index
        n, g = self.n, self.g
        self.org = np.full(n, -1, dtype=np.int64)
        self.org_members: list[Ints] = []
        if instance.rules.spread_organisations:
            for ids in organisations(instance).values():
                if len(ids) > 1:
                    self.org[[index[pid] for pid in ids]] = len(self.org_members)
                    self.org_members.append(np.array([index[pid] for pid in ids], dtype=np.int64))
        self.value = np.full(n, -1, dtype=np.int64)
        values: dict[str, int] = {}
        for pid, v in balance_categories(instance).items():
            self.value[index[pid]] = values.setdefault(v, len(values))
        self.values = len(values)
        # Pair rules as (partner, weight) per person: apart HARD, together -HARD.
        self.pairs: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        apart = {frozenset(p) for p in instance.keep_apart if p[0] in index and p[1] in index}
        for pair in apart:
            if len(pair) == 2:
                a, b = (index[pid] for pid in pair)
                self.pairs[a].append((b, HARD))
                self.pairs[b].append((a, HARD))
        together = {frozenset(p) for p in instance.keep_together if p[0] in index and p[1] in index}
        for pair in together:
            if len(pair) == 2:
                a, b = (index[pid] for pid in pair)
                self.pairs[a].append((b, -HARD))
                self.pairs[b].append((a, -HARD))
        lead_ids = leaders(instance)
        self.leader = np.zeros(n, dtype=bool)
        self.leader[[index[pid] for pid in lead_ids]] = True
        self.leaders_on = bool(lead_ids)
        self.repeat = REPEAT if instance.rules.rotate else 0.0
        met: list[set[int]] = [set() for _ in range(n)]
        for held in history_rounds(instance):
            for ids in held:
                sat = [index[pid] for pid in ids]
                for x in sat:
                    met[x].update(sat)
        for x in range(n):
            met[x].discard(x)
        self.history = [sorted(s) for s in met]
        self.locked = np.full((self.rounds, n), -1, dtype=np.int64)
        for (r, pid), locked_in in instance.locked.items():
            if 0 <= r < self.rounds and pid in index and 0 <= locked_in < g:
                self.locked[r, index[pid]] = locked_in
        largest = -(-n // g) if g else 0
        self.blocks = [
            [index[pid] for pid in component]
            for component in together_components(instance)
            if len(component) <= largest
            and not any(frozenset((a, b)) in apart for a in component for b in component)
        ]
        self.in_block = np.zeros(n, dtype=bool)
        for block in self.blocks:
            self.in_block[block] = True
        self.constrained = np.zeros(n, dtype=np.int64)
        for org_members in self.org_members:
            self.constrained[org_members] += len(org_members)
        self.constrained += np.array([len(p) for p in self.pairs], dtype=np.int64)
        # The plan: group per round and person (-1: not placed yet), members per group,
        # sizes, leaders and balance values per group.
        self.grp = np.full((self.rounds, n), -1, dtype=np.int64)
        # The same as plain lists: reading one value is 5-10× faster than from an array.
        self.rows: list[list[int]] = [[-1] * n for _ in range(self.rounds)]
        self.org_lists = [m.tolist() for m in self.org_members]
        self.noise = rng.random((self.rounds, g)) * 1e-6  # ties between equal groups
        self.members: list[list[list[int]]] = [[[] for _ in range(g)] for _ in range(self.rounds)]
        self.size = np.zeros((self.rounds, g), dtype=np.int64)
        self.larger_used = [0] * self.rounds  # groups of the larger size, per round
        self.lead = np.zeros((self.rounds, g), dtype=np.int64)
        self.valcount = np.zeros((self.rounds, g, max(1, self.values)), dtype=np.int64)
        self.frozen = np.zeros((self.rounds, n), dtype=bool)
        # Re-balancing only: each person's group now (-1: a newcomer); sitting anywhere else
        # costs ``MOVED`` (see ``rebalance_sparse``).
        self.home: list[int] | None = None

    # -- the plan --------------------------------------------------------------------------

    def place(self, r: int, x: int, group: int) -> None:
        self.grp[r, x] = group
        self.rows[r][x] = group
        self.members[r][group].append(x)
        self.size[r, group] += 1
        if self.size[r, group] == self.n // self.g + 1:
            self.larger_used[r] += 1
        self.lead[r, group] += int(self.leader[x])
        if self.value[x] >= 0:
            self.valcount[r, group, self.value[x]] += 1

    def _unplace(self, r: int, x: int) -> None:
        group = int(self.grp[r, x])
        self.members[r][group].remove(x)
        if self.size[r, group] == self.n // self.g + 1:
            self.larger_used[r] -= 1
        self.size[r, group] -= 1
        self.lead[r, group] -= int(self.leader[x])
        if self.value[x] >= 0:
            self.valcount[r, group, self.value[x]] -= 1
        self.grp[r, x] = -1
        self.rows[r][x] = -1

    def swap(self, r: int, x: int, y: int) -> None:
        a, b = int(self.grp[r, x]), int(self.grp[r, y])
        self._unplace(r, x)
        self._unplace(r, y)
        self.place(r, x, b)
        self.place(r, y, a)

    # -- costs -------------------------------------------------------------------------------

    def met_elsewhere(self, r: int, x: int) -> set[int]:
        """Whom x sits with in the other planned rounds and has met in the rounds held."""
        seen = set(self.history[x])
        for other in range(self.rounds):
            group = self.rows[other][x]
            if other != r and group >= 0:
                seen.update(self.members[other][group])
        seen.discard(x)
        return seen

    def join_costs(self, r: int, x: int, base: Floats | None = None) -> Floats:
        """What x adds by sitting in each group of round r, with the others placed there now
        (x itself left out), on top of ``base``: the same pair costs as ``problem`` without
        its matrices. Plain loops over x's few partners: cheaper than array calls here."""
        g, row = self.g, self.rows[r]
        cost = np.zeros(g) if base is None else base.copy()
        own = row[x]
        if self.org[x] >= 0:
            members = self.org_lists[int(self.org[x])]
            if len(members) > 64:
                at = self.grp[r][self.org_members[int(self.org[x])]]
                cost += HARD * np.bincount(at + 1, minlength=g + 1)[1:]
            else:
                for z in members:
                    if row[z] >= 0:
                        cost[row[z]] += HARD
            if own >= 0:
                cost[own] -= HARD  # x itself
        if self.value[x] >= 0:
            cost += BALANCE * self.valcount[r, :, self.value[x]]
            if own >= 0:
                cost[own] -= BALANCE
        for partner, weight in self.pairs[x]:
            if row[partner] >= 0:
                cost[row[partner]] += weight
        if self.repeat:
            for z in self.met_elsewhere(r, x):
                if row[z] >= 0:
                    cost[row[z]] += self.repeat
        if self.home is not None and self.home[x] >= 0:
            cost += MOVED
            cost[self.home[x]] -= MOVED
        return cost

    def pair_cost(self, r: int, x: int, y: int) -> float:
        """The cost of x and y sitting together in round r."""
        cost = 0.0
        if self.org[x] >= 0 and self.org[x] == self.org[y]:
            cost += HARD
        if self.value[x] >= 0 and self.value[x] == self.value[y]:
            cost += BALANCE
        cost += sum(w for partner, w in self.pairs[x] if partner == y)
        if self.repeat and (
            y in self.history[x]
            or any(
                other != r and self.grp[other, x] == self.grp[other, y] >= 0
                for other in range(self.rounds)
            )
        ):
            cost += self.repeat
        return cost

    # -- the greedy start ------------------------------------------------------------------

    def _room(self, r: int, extra: int) -> npt.NDArray[np.bool_]:
        small, larger = divmod(self.n, self.g)
        size = self.size[r]
        after = size + extra
        larger_used = int((size > small).sum())
        fits: npt.NDArray[np.bool_] = (after <= small) | (
            (after == small + 1) & ((size > small) | (larger_used < larger))
        )
        return fits

    def _room_for_one(self, r: int) -> npt.NDArray[np.bool_]:
        """``_room(r, 1)`` with fewer array operations: it runs for every person placed."""
        small, larger = divmod(self.n, self.g)
        size = self.size[r]
        if self.larger_used[r] < larger:
            fits: npt.NDArray[np.bool_] = size <= small
        else:
            fits = size < small
        return fits

    def _best_group(self, r: int, people: list[int], allowed: npt.NDArray[np.bool_]) -> int:
        # Ties: the emptier group (keeps room everywhere), then chance.
        cost = 1e-3 * self.size[r] + self.noise[r]
        for x in people:
            cost = self.join_costs(r, x, cost)
        if self.leaders_on and self.leader[people].any():
            cost += HARD * (self.lead[r] > 0)
        cost[~allowed] = np.inf
        if np.isinf(cost).all():  # only when locks forced sizes apart
            cost = self.size[r].astype(float)
        return int(np.argmin(cost))

    def _report(self, share: float) -> None:
        now = time.perf_counter()
        if self.progress is not None and now - self._reported >= 0.1:
            self._reported = now
            self.progress(min(1.0, share))

    def _out_of_time(self, deadline: float, stats: Stats) -> bool:
        if self.should_stop is not None and self.should_stop():
            stats.cancelled = True
        return stats.cancelled or time.perf_counter() >= deadline

    def greedy(self, deadline: float, stats: Stats) -> None:
        """Round by round, as ``greedy.greedy_start``; past ``deadline`` (``perf_counter``)
        the rest go to the emptiest group with room, unweighed."""
        n = self.n
        for r in range(self.rounds):
            for x in np.flatnonzero(self.locked[r] >= 0).tolist():
                self.place(r, x, int(self.locked[r, x]))
                self.frozen[r, x] = True
            for block in sorted(self.blocks, key=len, reverse=True):
                locks = {int(self.locked[r, x]) for x in block if self.locked[r, x] >= 0}
                rest = [x for x in block if self.grp[r, x] < 0]
                if len(locks) > 1:
                    continue
                allowed = self._room(r, len(rest))
                target = locks.pop() if locks else self._best_group(r, rest, allowed)
                if allowed[target] or locks:
                    for x in rest:
                        self.place(r, x, target)
                    self.frozen[r, block] = True
            order = [x for x in self.rng.permutation(n).tolist() if self.grp[r, x] < 0]
            order.sort(key=lambda x: (not self.leader[x], -self.constrained[x]))
            for k, x in enumerate(order):
                if k % 32 == 0:
                    # Placing is most of the work: it counts for 90%, the search the rest.
                    self._report(0.9 * int(self.size.sum()) / max(1, n * self.rounds))
                if k % 32 == 0 and self._out_of_time(deadline, stats):
                    self._place_quickly(r, order[k:])
                    stats.placed_quickly += len(order) - k
                    break
                self.place(r, x, self._best_group(r, [x], self._room_for_one(r)))

    def _place_quickly(self, r: int, people: list[int]) -> None:
        for x in people:
            self.place(r, x, int(np.argmin(self.size[r])))

    # -- re-balancing one round ------------------------------------------------------------

    def rebalance(self, current: list[list[int]], deadline: float, stats: Stats) -> None:
        """Round 0 re-planned from ``current`` (people by group, in their order there; each
        person once), as the dense ``greedy.rebalance_start`` and search do it: locked people
        at their lock; stayers at home, where the fullest groups become the larger ones and
        an over-full group's surplus is who costs most there (the last in the group on a
        tie; never the group's only leader); then the surplus and the newcomers (leaders
        first, then the most constrained) where they cost least while sizes stay balanced;
        then groups left without a leader get one from a group with two or more; then the
        local search, in which a stayer anywhere but home costs ``MOVED`` more."""
        r = 0
        self.home = [-1] * self.n
        for group, members in enumerate(current):
            for x in members:
                self.home[x] = group
        self.blocks = []  # stayers stay put even when a keep-together chain is split
        self.in_block[:] = False
        locked = self.locked[r]
        for x in np.flatnonzero(locked >= 0).tolist():
            self.place(r, x, int(locked[x]))
            self.frozen[r, x] = True
        for group, members in enumerate(current):
            for x in members:
                if locked[x] < 0:
                    self.place(r, x, group)
        small, larger = divmod(self.n, self.g)
        target = np.full(self.g, small)
        target[np.argsort(-self.size[r], kind="stable")[:larger]] = small + 1
        for group in np.flatnonzero(self.size[r] > target).tolist():
            members = [x for x in self.members[r][group] if not self.frozen[r, x]]
            cost = [self.join_costs(r, x)[group] for x in members]
            if self.leaders_on and self.lead[r, group] == 1:
                cost = [c - HARD * self.leader[x] for c, x in zip(cost, members, strict=True)]
            ranked = sorted(range(len(members)), key=lambda k: (-cost[k], -k))
            for k in ranked[: int(self.size[r, group] - target[group])]:
                self._unplace(r, members[k])
        order = [x for x in self.rng.permutation(self.n).tolist() if self.rows[r][x] < 0]
        order.sort(key=lambda x: (not self.leader[x], -self.constrained[x]))
        for k, x in enumerate(order):
            if k % 32 == 0 and self._out_of_time(deadline, stats):
                self._place_quickly(r, order[k:])  # as ``greedy``: balanced, unweighed
                stats.placed_quickly += len(order) - k
                break
            self.place(r, x, self._best_group(r, [x], self._room_for_one(r)))
        if self.leaders_on:
            self._spread_leaders(r)
        self.improve(deadline, stats)

    def _spread_leaders(self, r: int) -> None:
        """Give each group without a leader one from a group with two or more (the rules
        come before moves): moved where the sizes allow it, else swapped with someone there
        who is not a leader, whichever costs least of a few tried."""
        small = self.n // self.g
        for b in np.flatnonzero(self.lead[r] == 0).tolist():
            donors = [
                x
                for x in np.flatnonzero(self.leader & ~self.frozen[r]).tolist()
                if self.lead[r, self.rows[r][x]] >= 2
            ]
            if not donors:
                return
            if len(donors) > 8:
                donors = self.rng.choice(donors, 8, replace=False).tolist()
            others = [y for y in self.members[r][b] if not self.frozen[r, y]]
            best: tuple[float, int, int] | None = None  # cost, leader, swapped with (-1: none)
            for x in donors:
                a = self.rows[r][x]
                cx = self.join_costs(r, x)
                movable = self.size[r, a] == small + 1 and self.size[r, b] == small
                if movable and (best is None or cx[b] - cx[a] < best[0]):
                    best = (float(cx[b] - cx[a]), x, -1)
                for y in others:
                    cy = self._cost_at(r, y, (a, b))
                    delta = cx[b] - cx[a] + cy[0] - cy[1] - 2 * self.pair_cost(r, x, y)
                    if best is None or delta < best[0]:
                        best = (float(delta), x, y)
            if best is None:
                continue
            _, x, y = best
            if y < 0:
                self._unplace(r, x)
                self.place(r, x, b)
            else:
                self.swap(r, x, y)

    # -- the local search --------------------------------------------------------------------

    def conflicted(self) -> list[tuple[int, int]]:
        """(round, person) of everyone who sits with someone they cost something with, more
        than their organisation or balance value must: found per round from the groups'
        pairs at once, without looking at anyone's costs."""
        found: list[tuple[int, int]] = []
        for r in range(self.rounds):
            row = self.grp[r]
            hot = np.zeros(self.n, dtype=bool)
            if self.org_members:
                has = self.org >= 0
                key = row * len(self.org_members) + self.org
                counts = np.bincount(key[has], minlength=self.g * len(self.org_members))
                sizes = np.array([len(m) for m in self.org_members])
                fair = -(-sizes // self.g)  # at most this many of one organisation per group
                hot[has] |= counts[key[has]] > fair[self.org[has]]
            if self.values:
                has = self.value >= 0
                totals = self.valcount[r].sum(axis=0)
                fair = -(-totals // self.g)
                hot[has] |= self.valcount[r, row[has], self.value[has]] > fair[self.value[has]]
            for x in range(self.n):
                for partner, weight in self.pairs[x]:
                    if (row[partner] == row[x]) == (weight > 0):
                        hot[x] = True
            if self.repeat:
                hot |= self._repeating(r)
            hot &= ~self.frozen[r]
            found += [(r, int(x)) for x in np.flatnonzero(hot)]
        return found

    def _repeating(self, r: int) -> npt.NDArray[np.bool_]:
        """People who sit in round r with someone they meet in another round or met before."""
        row = self.grp[r]
        order = np.argsort(row, kind="stable")
        sizes = np.bincount(row, minlength=self.g)
        starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
        hot = np.zeros(self.n, dtype=bool)
        largest = int(sizes.max(initial=0))
        for shift in range(1, largest):
            # Each person against the one `shift` places further in the same group.
            pos = np.arange(self.n)
            other = pos + shift
            same = other < starts + np.repeat(sizes, sizes)
            xs, ys = order[pos[same]], order[other[same]]
            if not len(xs):
                continue
            elsewhere = (self.grp[:, xs] == self.grp[:, ys]).sum(axis=0) > 1
            hot[xs[elsewhere]] = True
            hot[ys[elsewhere]] = True
        for x in range(self.n):
            if self.history[x] and not hot[x]:
                mates = self.members[r][int(row[x])]
                if len(mates) > 1 and not set(self.history[x]).isdisjoint(mates):
                    hot[x] = True
        return hot

    def improve(self, deadline: float, stats: Stats) -> None:
        """Swaps that help someone in conflict without costing more in all, until none is
        left, a pass changes nothing, or the deadline."""
        while not self._out_of_time(deadline, stats):
            self._report(0.95)
            todo = self.conflicted()
            if not todo:
                return
            changed = False
            for k in self.rng.permutation(len(todo)).tolist():
                if stats.steps % 16 == 0 and self._out_of_time(deadline, stats):
                    return
                stats.steps += 1
                r, x = todo[k]
                if self._step(r, x):
                    stats.swaps += 1
                    changed = True
            if not changed:
                return

    def _step(self, r: int, x: int) -> bool:
        if self.in_block[x] or self.frozen[r, x]:
            return False
        cx = self.join_costs(r, x)
        a = int(self.grp[r, x])
        gain = cx[a] - cx
        better = np.flatnonzero(gain > 0)
        better = better[np.argsort(-gain[better], kind="stable")][:4]
        # A partner's group may look no better only because of someone there whom the swap
        # would send away (a colleague of x's, say): worth a look all the same.
        row = self.rows[r]
        partners = {row[p] for p, weight in self.pairs[x] if weight < 0 and row[p] not in (-1, a)}
        if partners:
            better = np.concatenate([better, [b for b in partners if b not in better]]).astype(int)
        if not len(better):
            return False
        best: tuple[float, int] | None = None
        for b in better.tolist():
            for y in self.members[r][b]:
                if self.frozen[r, y] or self.in_block[y] or self.leader[y] != self.leader[x]:
                    continue
                cy = self._cost_at(r, y, (a, b))
                delta = cx[b] - cx[a] + cy[0] - cy[1] - 2 * self.pair_cost(r, x, y)
                if delta <= 0 and (best is None or delta < best[0]):
                    best = (delta, y)
        if best is None:
            return False
        if best[0] == 0 and self.rng.random() < 0.5:
            return False  # sideways steps only sometimes, so passes end
        self.swap(r, x, best[1])
        return best[0] < 0

    def _cost_at(self, r: int, y: int, groups: tuple[int, int]) -> tuple[float, float]:
        cost = self.join_costs(r, y)
        return float(cost[groups[0]]), float(cost[groups[1]])

    def assignment(self) -> Ints:
        return self.grp


def rebalance_sparse(
    instance: Instance, current: list[list[int]], rng: np.random.Generator, deadline: float
) -> Ints:
    """The group of each person in round 0 of a one-round ``instance``, re-planned from
    ``current`` (indices of people by group, each once) with few moves: see
    ``SparsePlan.rebalance``. The local search stops at ``deadline`` (``perf_counter``)."""
    plan = SparsePlan(instance, rng)
    plan.rebalance(current, deadline, Stats())
    row: Ints = plan.grp[0]
    return row


def solve_sparse(
    instance: Instance,
    rng: np.random.Generator,
    deadline: float,
    stats: Stats | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> Ints:
    """Groups per round and person (``grp``) for a large instance; see the module's text.
    Cancelled (``should_stop``), the rest are placed unweighed and ``stats`` says so;
    ``progress`` hears the share done as it goes (a progress bar that moves)."""
    stats = stats if stats is not None else Stats()
    plan = SparsePlan(instance, rng, should_stop, progress)
    if plan.n == 0 or plan.rounds == 0:
        return plan.grp
    plan.greedy(deadline, stats)
    plan.improve(deadline, stats)
    return plan.grp
