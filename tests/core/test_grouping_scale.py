"""The solver at scale: within its time limit, without people × people memory, and the
constructed start that reaches 0 repeats where tabu search alone did not."""

from __future__ import annotations

import random
import tracemalloc

import numpy as np
import pytest

from facilitator.core.grouping import Instance, Person, Rules, evaluate, lower_bound, solve
from facilitator.core.grouping import solver as solver_module
from facilitator.core.grouping.affine import affine_start, field_tables
from facilitator.core.grouping.sparse import DENSE_LIMIT, Stats, solve_sparse
from facilitator.core.grouping.tabu import TabuSearch

PLAIN = Rules(spread_organisations=False, leader_tag=None)
LEAD = frozenset({"group leader"})


def plain(n: int, groups: int, rounds: int) -> Instance:
    return Instance(tuple(Person(f"p{i}") for i in range(n)), groups, rounds, rules=PLAIN)


def network(n: int, groups: int, rounds: int) -> Instance:
    rnd = random.Random(3)
    people: list[Person] = []
    org = 0
    while len(people) < n:
        for _ in range(min(n - len(people), rnd.choice([1, 1, 2, 3, 8]))):
            people.append(
                Person(
                    f"p{len(people)}",
                    f"Org {org}",
                    LEAD if rnd.random() < 0.15 else frozenset(),
                    {"sector": rnd.choice(["Metal", "Wood", "Food"])},
                )
            )
        org += 1
    return Instance(tuple(people), groups, rounds, rules=Rules(balance_by="sector"))


def sizes_balanced(instance: Instance, rounds: list[list[list[str]]]) -> bool:
    everyone = sorted(p.id for p in instance.people)
    return all(
        sorted(pid for group in held for pid in group) == everyone
        and max(map(len, held)) - min(map(len, held)) <= 1
        for held in rounds
    )


def no_dense_matrices(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the people × people problem was built")

    monkeypatch.setattr(solver_module, "build_problem", refuse)


def test_a_large_run_with_no_time_left_places_everyone_without_searching(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    instance = plain(3000, 300, 6)
    stats = Stats()
    grp = solve_sparse(instance, np.random.default_rng(0), deadline=0.0, stats=stats)
    assert stats.placed_quickly == 3000 * 6  # nobody weighed: the deadline had passed
    assert stats.steps == 0
    assert (np.bincount(grp[0], minlength=300) == 10).all()

    no_dense_matrices(monkeypatch)
    solution = solve(instance, time_limit=0.0)
    assert solution.stopped_early
    assert sizes_balanced(instance, solution.rounds)


def test_large_instances_use_per_person_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    instance = plain(3000, 300, 2)
    no_dense_matrices(monkeypatch)
    tracemalloc.start()
    try:
        solve(instance, time_limit=0.0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # One people × people matrix of float64 alone would be 72 MB.
    assert peak < 3000 * 3000 * 8 / 4


def test_large_plain_instance_reaches_no_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    instance = plain(DENSE_LIMIT + 200, 120, 4)
    no_dense_matrices(monkeypatch)
    solution = solve(instance, time_limit=None)
    assert solution.evaluation.repeated_pairings == 0
    assert not solution.evaluation.violations
    assert not solution.stopped_early


def test_large_instance_keeps_every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    instance = network(DENSE_LIMIT + 100, 110, 3)
    no_dense_matrices(monkeypatch)
    solution = solve(instance, time_limit=None)
    assert not solution.evaluation.violations
    assert solution.evaluation.repeated_pairings == 0


def test_the_per_person_solver_keeps_locks_pairs_and_history(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # It is meant for large instances, where rules leave room; this one leaves some too.
    monkeypatch.setattr(solver_module, "DENSE_LIMIT", 0)
    no_dense_matrices(monkeypatch)
    people = tuple(
        Person(f"p{i}", f"Org {i % 30}", LEAD if i < 8 else frozenset()) for i in range(80)
    )
    history = ((tuple(f"p{i}" for i in range(0, 80, 8)), tuple(f"p{i}" for i in range(1, 80, 8))),)
    instance = Instance(
        people,
        8,
        3,
        keep_apart=(("p10", "p11"), ("p12", "p13")),
        keep_together=(("p20", "p25"),),
        locked={(0, "p30"): 2, (1, "p30"): 2, (2, "p31"): 0},
        history=history,
    )
    solution = solve(instance, time_limit=None)
    assert not solution.evaluation.violations
    assert sizes_balanced(instance, solution.rounds)
    where = [{pid: g for g, group in enumerate(held) for pid in group} for held in solution.rounds]
    assert [w["p30"] for w in where[:2]] == [2, 2]
    assert all(w["p20"] == w["p25"] for w in where)


def test_the_bound_counts_what_keep_together_forces() -> None:
    people = tuple(Person(f"p{i}", f"Org {i}", LEAD if i < 6 else frozenset()) for i in range(30))
    pair = Instance(people, 6, 5, keep_together=(("p6", "p7"),))
    assert lower_bound(pair) == 4  # the pair meets in all 5 rounds: 4 repeats
    chain = Instance(people, 6, 5, keep_together=(("p6", "p7"), ("p7", "p8")))
    assert lower_bound(chain) == 3 * 4  # three pairs, each 4 repeats


def leaders_and_a_pair(locked: dict[tuple[int, str], int] | None = None) -> Instance:
    people = tuple(Person(f"p{i}", f"Org {i}", LEAD if i < 6 else frozenset()) for i in range(30))
    return Instance(people, 6, 5, keep_together=(("p6", "p7"),), locked=locked or {})


def test_a_kept_together_pair_stays_put_and_the_others_move_around_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Groups of a round are interchangeable: the pair is placed once per round and never
    # weighed as a unit (that exchange took four fifths of the search's time).
    weighed: list[int] = []
    block_move = TabuSearch.best_block_move

    def counted(self: TabuSearch, rounds: np.ndarray) -> object:
        weighed.append(len(rounds))
        return block_move(self, rounds)

    monkeypatch.setattr(TabuSearch, "best_block_move", counted)
    instance = leaders_and_a_pair()
    solution = solve(instance, time_limit=None, max_iterations=300)
    assert weighed == []
    assert not solution.evaluation.violations  # one leader per group, the pair together
    assert solution.evaluation.repeated_pairings >= lower_bound(instance) == 4


def test_a_pair_locked_in_one_round_keeps_its_lock() -> None:
    instance = leaders_and_a_pair({(1, "p6"): 3, (3, "p7"): 0})
    for seed in range(3):
        solution = solve(instance, seed=seed, time_limit=None, max_iterations=300)
        assert not solution.evaluation.violations
        where = [
            {pid: g for g, members in enumerate(held) for pid in members}
            for held in solution.rounds
        ]
        assert all(w["p6"] == w["p7"] for w in where)
        assert (where[1]["p6"], where[3]["p7"]) == (3, 0)


@pytest.mark.parametrize("q", [2, 3, 4, 5, 8, 9, 16])
def test_field_tables_make_a_field(q: int) -> None:
    tables = field_tables(q)
    assert tables is not None
    add, mul = tables
    for a in range(q):
        assert sorted(add[a]) == list(range(q))
        if a:
            assert sorted(mul[a, 1:]) == list(range(1, q))  # every non-zero has an inverse
    assert field_tables(6) is None
    assert field_tables(12) is None


def firms(count: int, size: int, groups: int, rounds: int) -> Instance:
    people = [Person(f"p{i}", f"Firm {i // size}") for i in range(count * size)]
    random.Random(5).shuffle(people)
    return Instance(tuple(people), groups, rounds, rules=Rules(leader_tag=None))


@pytest.mark.parametrize(
    ("count", "size", "groups", "rounds"),
    [(16, 4, 8, 4), (4, 4, 4, 3), (9, 3, 9, 8), (8, 2, 4, 3)],
)
def test_the_affine_start_has_no_repeat_and_spreads_firms(
    count: int, size: int, groups: int, rounds: int
) -> None:
    instance = firms(count, size, groups, rounds)
    grp = affine_start(instance)
    assert grp is not None
    ids = [p.id for p in instance.people]
    plan = [
        [[ids[x] for x in np.flatnonzero(grp[r] == g)] for g in range(groups)]
        for r in range(rounds)
    ]
    evaluation = evaluate(instance, plan)
    assert evaluation.repeated_pairings == 0
    assert not evaluation.violations


def test_sixty_four_from_sixteen_firms_reach_no_repeats() -> None:
    solution = solve(firms(16, 4, 8, 4), time_limit=None)
    assert solution.evaluation.repeated_pairings == 0
    assert not solution.evaluation.violations


def test_the_affine_start_is_only_tried_where_it_fits() -> None:
    assert affine_start(plain(36, 6, 3)) is None  # 6 is not a prime power
    assert affine_start(plain(30, 5, 3)) is None  # groups of 6 in 5 groups: k > q
    assert affine_start(plain(15, 5, 6)) is None  # more rounds than groups


def test_a_large_run_can_be_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    instance = plain(DENSE_LIMIT + 200, 120, 4)
    no_dense_matrices(monkeypatch)
    asked = []

    def should_stop() -> bool:
        asked.append(True)
        return True

    solution = solve(instance, time_limit=None, should_stop=should_stop)
    assert asked
    assert solution.cancelled
    assert sizes_balanced(instance, solution.rounds)  # everyone placed all the same


def test_a_large_run_reports_progress_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Groups page's progress bar moves above DENSE_LIMIT people too, not only at the
    end: the share placed while placing, the repeats counted once, at the end."""
    instance = plain(DENSE_LIMIT + 200, 120, 4)
    no_dense_matrices(monkeypatch)
    heard: list[tuple[float, int]] = []
    solution = solve(
        instance, time_limit=None, progress=lambda share, best: heard.append((share, best))
    )
    assert heard[-1] == (1.0, solution.evaluation.repeated_pairings)
    during = heard[:-1]
    assert during and all(best == -1 and 0.0 <= share < 1.0 for share, best in during)
    shares = [share for share, _ in heard]
    assert shares == sorted(shares)
