"""Planning breakout groups: a greedy start, then tabu search over swaps within a round.

This module is the driver: it builds the problem (``problem``), takes a greedy start
(``greedy``) or, where the numbers allow, a constructed one with no repeat (``affine``), and
runs the tabu search (``tabu`` over ``schedule``) within a budget of time and iterations,
reporting progress and honouring cancellation. When the best schedule has not improved for
a while it restarts from that best with a few random swaps (a kick), and after several
kicks in vain from a fresh greedy start. The largest keep-together chain is locked in one
group per round (``_anchor_chain``: groups are interchangeable), so only the others move.

The dense search keeps people × people matrices. Above ``DENSE_LIMIT`` people the solver
uses per-person structures instead (``sparse``: memory in proportion to people × rounds);
from ``_SPARSE_FIRST`` people it tries those first, as they often reach the bound at once.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence

import numpy as np

from facilitator.core.grouping.affine import affine_start
from facilitator.core.grouping.bounds import Bound, best_bound, impossibility_details
from facilitator.core.grouping.evaluate import evaluate
from facilitator.core.grouping.greedy import greedy_start, rebalance_start
from facilitator.core.grouping.model import Assignment, Instance, Solution
from facilitator.core.grouping.problem import (
    HARD,
    MOVED,
    Bools,
    Ints,
    Problem,
    build_problem,
    check_instance,
)
from facilitator.core.grouping.schedule import Schedule
from facilitator.core.grouping.sparse import DENSE_LIMIT, Stats, rebalance_sparse, solve_sparse
from facilitator.core.grouping.tabu import TabuSearch

# From this many people the dense re-balancing can run out of its second with rules still
# broken where the per-person one keeps them in a tenth of a second; below it the dense one
# keeps rules as well or better with fewer moves (373 scenarios of 24-950 people compared,
# closing note of issue 16). In between both run and the better result is kept.
BOTH_FROM = 500

# The share done (0..1) and the best plan's repeated pairings so far (-1: not counted yet,
# as above DENSE_LIMIT people, where they are counted once at the end).
Progress = Callable[[float, int], None]

_TENURE = (4, 30)  # steps a swap stays tabu: drawn at random each time
_KICKS_BEFORE_RESTART = 10
_STALL = (200, 10)  # steps without a better schedule before a kick: a + b·people
_KICK_PER = 12  # a kick makes one random swap per this many people (at least 2)
# From this many people the per-person solver (``sparse``) tries first: at 500 people it
# reaches the bound in a quarter of the dense search's time, with a tenth of its memory.
_SPARSE_FIRST = 300


def _to_assignment(problem: Problem, grp: Ints) -> Assignment:
    ids = problem.ids
    return [
        [[ids[x] for x in np.flatnonzero(grp[r] == group)] for group in range(problem.groups)]
        for r in range(problem.rounds)
    ]


@dataclasses.dataclass(frozen=True)
class _Budget:
    deadline: float
    max_iterations: int | None
    progress: Progress | None
    should_stop: Callable[[], bool] | None


def _anchor_chain(problem: Problem, rng: np.random.Generator) -> None:
    """Lock the largest keep-together chain into one group (drawn at random) of every round
    without locks. The groups of a round are interchangeable, so this loses no schedule,
    and the search no longer has to move the chain as a unit (an exchange that costs
    several times a plain swap to weigh): the others move around it, as single people.
    On 30 people with one kept-together pair this makes five times as many steps a second.
    """
    if not problem.blocks or problem.unary is not None:
        return
    chain = max(problem.blocks, key=len)
    free = np.flatnonzero(~(problem.locked >= 0).any(axis=1))
    problem.locked[np.ix_(free, np.array(chain, dtype=np.int64))] = rng.integers(
        problem.groups, size=len(free)
    )[:, None]
    if len(free) == problem.rounds:  # locked in every round: it never moves as a unit
        problem.blocks = [block for block in problem.blocks if block is not chain]


def _search(
    problem: Problem,
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
    schedule = Schedule(problem, start[0], start[1])
    tabu = TabuSearch(problem, schedule, rng)
    best_cost, best_grp, best_repeats = tabu.best_cost, tabu.best_grp, tabu.best_repeats
    if stall_limit is None:
        stall_limit = _STALL[0] + _STALL[1] * n
    kick = max(2, n // _KICK_PER)
    reload = 1.5e-7 * n * n * problem.rounds  # as _setup_seconds
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
            if time.perf_counter() + reload >= budget.deadline:
                break  # a kick or restart reloads the schedule: no time left for that
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
    as it reaches the lower bound without breaking a rule.

    ``time_limit`` bounds the whole call: the greedy start watches it too (past it, the
    start places people without weighing costs), the search is not begun or restarted when
    setting up its matrices would not fit in the time left, and it ends early enough to
    leave time for the final check. ``Solution.stopped_early`` says the time ran out first,
    so the plan is the best found so far."""
    started = time.perf_counter()
    check_instance(instance)
    if time_limit is None and max_iterations is None:
        max_iterations = 20_000
    deadline = started + time_limit if time_limit is not None else float("inf")
    best = best_bound(instance)
    bound = best.value
    rng = np.random.default_rng(seed)
    if len(instance.people) > DENSE_LIMIT:
        return _solve_large(instance, rng, started, deadline, best, progress, should_stop)
    if len(instance.people) >= _SPARSE_FIRST:
        # The per-person solver is quick here and often reaches the bound; only when it
        # does not does the dense search (thorough, but people² memory) take over.
        quick = _solve_large(
            instance, np.random.default_rng(seed), started, deadline, best, None, should_stop
        )
        found = quick.evaluation
        reached = found.repeated_pairings <= bound and not found.violations
        if quick.cancelled or (reached and not found.balance_penalty):
            if progress is not None:
                progress(1.0, found.repeated_pairings)
            return quick
        reserve = _check_reserve(instance, started, deadline)
        if time.perf_counter() + _setup_seconds(instance) >= deadline - reserve:
            return dataclasses.replace(quick, stopped_early=True)  # no time to set up more
    problem = build_problem(instance, instance.rounds, dict(instance.locked))
    _anchor_chain(problem, rng)
    # The search ends early enough for the final check (``evaluate``) to fit in the limit.
    deadline -= _check_reserve(instance, started, deadline)
    budget = _Budget(deadline, max_iterations, progress, should_stop)
    grp, frozen = greedy_start(problem, rng, deadline)
    constructed = affine_start(instance)
    if constructed is not None:
        unfrozen = np.zeros_like(frozen)
        if Schedule(problem, constructed, unfrozen).cost < Schedule(problem, grp, frozen).cost:
            grp, frozen = constructed, unfrozen
    cancelled = False
    # Setting up the search's matrices takes long at a thousand people: not begun when the
    # time left would not cover it.
    stopped_early = time.perf_counter() + _setup_seconds(instance) >= deadline
    if problem.n and problem.rounds and not stopped_early:
        grp, cancelled = _search(
            problem,
            (grp, frozen),
            rng,
            budget,
            target=problem.floor + problem.repeat * bound,
            bound=bound,
            restart=lambda: greedy_start(problem, rng, deadline),
        )
        stopped_early = not cancelled and time.perf_counter() >= deadline
    rounds = _to_assignment(problem, grp)
    evaluation = evaluate(instance, rounds)
    best_possible = evaluation.repeated_pairings <= bound and not evaluation.violations
    if progress is not None:
        progress(1.0, evaluation.repeated_pairings)
    return Solution(
        rounds=rounds,
        evaluation=evaluation,
        lower_bound=bound,
        impossible=tuple(i.text for i in impossibility_details(instance, best)),
        seconds=time.perf_counter() - started,
        cancelled=cancelled,
        stopped_early=stopped_early and not best_possible,
    )


# Time kept for the final check (``evaluate`` and the reasons): about this many seconds per
# person and round (1,000 people over 6 rounds: 0.12 s), at most a third of the limit.
_CHECK_PER_PLACEMENT = 2e-5


def _setup_seconds(instance: Instance) -> float:
    """About how long the dense search takes to set up (or reload) its schedule: people² ×
    rounds: about 0.9 s at 1,000 people over 6 rounds on a busy two-core machine."""
    return 1.5e-7 * len(instance.people) ** 2 * instance.rounds


def _check_reserve(instance: Instance, started: float, deadline: float) -> float:
    placements = len(instance.people) * instance.rounds
    return min(_CHECK_PER_PLACEMENT * placements, (deadline - started) / 3)


def _solve_large(
    instance: Instance,
    rng: np.random.Generator,
    started: float,
    deadline: float,
    best: Bound,
    progress: Progress | None,
    should_stop: Callable[[], bool] | None = None,
    stats: Stats | None = None,
) -> Solution:
    """``solve`` above ``DENSE_LIMIT`` people, with per-person structures (``sparse``): the
    search stops early enough for the final check to end within the time limit."""
    reserve = _check_reserve(instance, started, deadline)
    stats = stats if stats is not None else Stats()
    # The repeats are counted once, at the end: -1 while it runs.
    share = None if progress is None else (lambda done: progress(done, -1))
    grp = solve_sparse(instance, rng, deadline - reserve, stats, should_stop, share)
    ids = [p.id for p in instance.people]
    rounds: Assignment = []
    for row in grp.tolist():
        groups: list[list[str]] = [[] for _ in range(instance.groups)]
        for x, group in enumerate(row):
            groups[group].append(ids[x])
        rounds.append(groups)
    evaluation = evaluate(instance, rounds)
    best_possible = evaluation.repeated_pairings <= best.value and not evaluation.violations
    if progress is not None:
        progress(1.0, evaluation.repeated_pairings)
    now = time.perf_counter()
    return Solution(
        rounds=rounds,
        evaluation=evaluation,
        lower_bound=best.value,
        impossible=tuple(i.text for i in impossibility_details(instance, best)),
        seconds=now - started,
        cancelled=stats.cancelled,
        stopped_early=not stats.cancelled and now >= deadline - reserve and not best_possible,
    )


def rebalance(
    instance: Instance, current: Sequence[Sequence[str]], round_index: int
) -> list[list[str]]:
    """Re-plan one round after late arrivals and no-shows, moving as few people as possible.

    People in ``current`` who are no longer in ``instance.people`` are dropped; people not in
    ``current`` are placed. The rules come first, then the fewest moves of people who stay,
    then rotation (against ``instance.history``). Stayers keep their order in their group.

    Up to ``DENSE_LIMIT`` people this is the dense problem (with a cost per move) and tabu
    search; above it, the same costs kept per person (``sparse.rebalance_sparse``), as the
    people × people matrices would take over a gigabyte at 3,000 people and most of the
    second's budget just to set up. From ``BOTH_FROM`` people both run and the better
    result (rules, then moves, then repeats) is kept.
    """
    check_instance(instance)
    g = instance.groups
    index = {p.id: i for i, p in enumerate(instance.people)}
    home: dict[str, int] = {}
    for group, members in enumerate(current):
        for pid in members:
            if pid in index and pid not in home and group < g:
                home[pid] = group
    locked = {(0, pid): group for (r, pid), group in instance.locked.items() if r == round_index}
    ids = [p.id for p in instance.people]
    n = len(ids)
    if n == 0:
        return [[] for _ in range(g)]
    one_round = dataclasses.replace(instance, rounds=1, locked=locked)

    def per_person() -> Ints:
        by_group: list[list[int]] = [[] for _ in range(g)]
        for pid, group in home.items():
            by_group[group].append(index[pid])
        return rebalance_sparse(
            one_round, by_group, np.random.default_rng(0), time.perf_counter() + 1.0
        )

    # Re-balancing happens while people wait: at most about a second of search.
    if n > DENSE_LIMIT:  # per-person structures: memory in proportion to people, not people²
        row = per_person()
    else:
        row = _rebalance_dense(instance, home, index, locked)
        if n >= BOTH_FROM:
            row = min(
                (row, per_person()),
                key=lambda found: _rebalance_cost(one_round, found, ids, home, index),
            )
    order = {pid: k for k, pid in enumerate(pid for members in current for pid in members)}
    result: list[list[str]] = [[] for _ in range(g)]
    for x in sorted(range(n), key=lambda x: (order.get(ids[x], len(order)), x)):
        result[int(row[x])].append(ids[x])
    return result


def _rebalance_cost(
    instance: Instance,
    row: Ints,
    ids: Sequence[str],
    home: dict[str, int],
    index: dict[str, int],
) -> tuple[int, int, int]:
    """What ``rebalance`` puts first: rules broken, then stayers moved, then repeats."""
    groups: list[list[str]] = [[] for _ in range(instance.groups)]
    for x, group in enumerate(row.tolist()):
        groups[group].append(ids[x])
    found = evaluate(instance, [groups])
    moved = sum(int(row[index[pid]]) != group for pid, group in home.items())
    return len(found.violations), moved, found.repeated_pairings


def _rebalance_dense(
    instance: Instance,
    home: dict[str, int],
    index: dict[str, int],
    locked: dict[tuple[int, str], int],
) -> Ints:
    """``rebalance`` with the people × people problem and tabu search."""
    g = instance.groups
    problem = build_problem(instance, 1, locked)
    n = problem.n
    unary = np.zeros((1, n, g))
    for pid, group in home.items():
        unary[0, index[pid], :] = MOVED
        unary[0, index[pid], group] = 0.0
    problem.unary = unary
    problem.blocks = []  # stayers must stay put even when a keep-together chain is split
    rng = np.random.default_rng(0)
    start = rebalance_start(problem, home, index, rng)
    # Re-balancing happens while people wait: a fixed number of steps, at most a second.
    budget = _Budget(time.perf_counter() + 1.0, 20 * n + 200, None, None)
    grp, _ = _search(problem, start, rng, budget, target=problem.floor, stall_limit=100 + n // 2)
    row: Ints = grp[0]
    return row
