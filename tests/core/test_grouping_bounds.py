"""Lower bounds and impossibilities: exact values, and never above a true optimum."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import pytest

from facilitator.core.grouping import Instance, Person, Rules, impossibilities, lower_bound, solve
from facilitator.core.grouping.bounds import planned_sizes

NO_RULES = Rules(spread_organisations=False, leader_tag=None)


def plain(n: int, groups: int, rounds: int, **kwargs: object) -> Instance:
    return Instance(
        tuple(Person(f"p{i}") for i in range(n)), groups, rounds, rules=NO_RULES, **kwargs
    )  # type: ignore[arg-type]


def test_forty_people_six_groups_three_rounds_is_eight() -> None:
    # Sizes 7,7,7,7,6,6: a group of 7 over 6 groups keeps a pair, so two rounds share at least
    # 4 pairs, three rounds 12 overlaps; a pair meeting three times gives 3 overlaps for 2
    # repeats, so at least 8.
    instance = plain(40, 6, 3)
    assert planned_sizes(40, 6) == [7, 7, 7, 7, 6, 6]
    assert lower_bound(instance) == 8
    assert impossibilities(instance) == (
        "with groups of 7 and only 6 groups, some people must meet twice: "
        "at least 8 repeated pairings",
    )


@pytest.mark.parametrize(
    ("n", "groups", "rounds"), [(15, 5, 7), (32, 8, 10), (120, 12, 5), (500, 50, 6), (9, 3, 4)]
)
def test_designs_that_exist_have_bound_zero(n: int, groups: int, rounds: int) -> None:
    assert lower_bound(plain(n, groups, rounds)) == 0
    assert impossibilities(plain(n, groups, rounds)) == ()


def test_too_many_rounds_counts_pairs_and_partners() -> None:
    # 16 people in 4 groups of 4 over 6 rounds: everyone sits with 18 others, only 15 exist.
    assert lower_bound(plain(16, 4, 6)) == 24
    assert "only 120 pairs" in impossibilities(plain(16, 4, 6))[0]


def test_history_counts_as_meetings() -> None:
    held = ((("p0", "p1", "p2"), ("p3", "p4", "p5")),) * 2  # the same round held twice
    instance = plain(6, 2, 1, history=held)
    assert lower_bound(instance) >= 6  # 6 pairs met twice already


def test_keep_together_forces_repeats() -> None:
    instance = plain(12, 3, 4, keep_together=(("p0", "p1"), ("p1", "p2")))
    assert lower_bound(instance) >= 3 * 3  # three pairs meet in all four rounds


# --- against the true optimum of tiny instances ---------------------------------------------


def partitions(
    people: tuple[int, ...], sizes: tuple[int, ...]
) -> Iterator[tuple[frozenset[int], ...]]:
    """Every way to split ``people`` into unlabelled groups of the given sizes."""
    if not sizes:
        yield ()
        return
    first, rest = people[0], people[1:]
    for size in sorted(set(sizes)):  # the first person's group may be of any size
        others = list(sizes)
        others.remove(size)
        for mates in itertools.combinations(rest, size - 1):
            group = frozenset((first, *mates))
            remaining = tuple(p for p in rest if p not in group)
            for tail in partitions(remaining, tuple(others)):
                yield (group, *tail)


@functools.cache
def all_rounds(n: int, groups: int) -> list[tuple[frozenset[int], ...]]:
    sizes = tuple(planned_sizes(n, groups))
    # Equal sizes make the same partition appear in several orders: keep one.
    return list({frozenset(p): p for p in partitions(tuple(range(n)), sizes)}.values())


def optimum(n: int, groups: int, rounds: int) -> int:
    """Fewest repeated pairings by enumeration; the first round is fixed by symmetry."""
    options = all_rounds(n, groups)
    best = None
    for rest in itertools.product(options, repeat=rounds - 1):
        counts: dict[frozenset[int], int] = {}
        for held in (options[0], *rest):
            for group in held:
                for pair in itertools.combinations(sorted(group), 2):
                    key = frozenset(pair)
                    counts[key] = counts.get(key, 0) + 1
        repeats = sum(c - 1 for c in counts.values() if c > 1)
        best = repeats if best is None else min(best, repeats)
    assert best is not None
    return best


@pytest.mark.parametrize(
    ("n", "groups", "rounds"),
    [
        (4, 2, 3),
        (5, 2, 3),
        (6, 2, 3),
        (6, 2, 4),
        (6, 3, 4),
        (7, 2, 3),
        (7, 3, 3),
        (8, 3, 3),
        (10, 3, 2),
    ],
)
def test_bound_never_exceeds_the_optimum_and_the_solver_finds_it(
    n: int, groups: int, rounds: int
) -> None:
    best = optimum(n, groups, rounds)
    instance = plain(n, groups, rounds)
    assert lower_bound(instance) <= best
    solution = solve(instance, seed=1, time_limit=None, max_iterations=3000)
    assert solution.evaluation.repeated_pairings == best


# --- impossibilities -----------------------------------------------------------------------


def test_explains_rules_the_numbers_rule_out() -> None:
    persons = (
        *(Person(f"g{i}", "Glåmdal Stål AS") for i in range(9)),
        *(Person(f"l{i}", tags=frozenset({"group leader"})) for i in range(4)),
        *(Person(f"x{i}") for i in range(23)),
    )
    instance = Instance(
        persons,
        6,
        1,
        keep_apart=(("x0", "x2"),),
        keep_together=(("x0", "x1"), ("x1", "x2"), *((f"x{i}", f"x{i + 1}") for i in range(5, 12))),
        locked={(0, "x20"): 1, (0, "x21"): 1, (0, "l0"): 9, (0, "nobody"): 0},
    )
    found = impossibilities(instance)
    expected = [
        "Glåmdal Stål AS has 9 people and there are 6 groups, so some groups have 2 of them",
        "there are 4 people tagged 'group leader' for 6 groups, so 2 groups have none",
        "x5, x6, x7, x8, x9, x10, x11 and x12 must stay together, but groups have at most 6 people",
        "x0 and x2 must be kept apart, but keep-together links x0, x1 and x2",
        "round 1: nobody is locked but is not among the participants",
        "round 1: l0 is locked in group 10, which is not there",
    ]
    for line in expected:
        assert line in found, found


def test_contradicting_locks_are_explained() -> None:
    instance = plain(
        6,
        2,
        1,
        keep_apart=(("p0", "p1"),),
        keep_together=(("p2", "p3"),),
        locked={(0, "p0"): 0, (0, "p1"): 0, (0, "p2"): 0, (0, "p3"): 1, (0, "p4"): 0},
    )
    found = impossibilities(instance)
    assert "round 1: p2 and p3 must stay together but are locked in groups 1, 2" in found
    assert "round 1: p0 and p1 must be kept apart but are both locked in group 1" in found
    assert any("more people are locked" in line for line in found)


def test_nothing_to_explain_when_all_is_possible() -> None:
    persons = tuple(Person(f"p{i}", f"Org {i % 5}", frozenset()) for i in range(16))
    assert impossibilities(Instance(persons, 4, 2, rules=Rules(leader_tag=None))) == ()
