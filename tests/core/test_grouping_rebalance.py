"""Re-balancing a round after late arrivals and no-shows: few moves, rules kept."""

from __future__ import annotations

import random
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from facilitator.core.grouping import Instance, Person, Rules, evaluate, rebalance
from facilitator.core.grouping import solver as solver_module
from facilitator.core.grouping.sparse import DENSE_LIMIT

FREE = Rules(spread_organisations=False, leader_tag=None)

# Hypothesis keeps its caches out of the working tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "facilitator-hypothesis")


def moved(before: list[list[str]], after: list[list[str]]) -> set[str]:
    """People who were in one group before and sit in another now."""
    where = {pid: g for g, group in enumerate(before) for pid in group}
    return {
        pid for g, group in enumerate(after) for pid in group if pid in where and where[pid] != g
    }


def fewest_moves(stayers: list[int], total: int) -> int:
    """Fewest stayers to move so ``total`` people fit balanced sizes: the fullest groups take
    the larger size, and only what is beyond a group's size must move."""
    groups = len(stayers)
    small, larger = divmod(total, groups)
    sizes = [small + 1] * larger + [small] * (groups - larger)
    return sum(max(0, s - t) for s, t in zip(sorted(stayers, reverse=True), sizes, strict=True))


@st.composite
def changes(draw: st.DrawFn) -> tuple[list[list[str]], list[str], list[str], int]:
    groups = draw(st.integers(2, 5))
    n = draw(st.integers(groups, 24))
    ids = [f"p{i}" for i in range(n)]
    rnd = random.Random(draw(st.integers(0, 2**32)))
    rnd.shuffle(ids)
    current = [ids[g::groups] for g in range(groups)]
    gone = rnd.sample(ids, draw(st.integers(0, n - 1)))
    arrived = [f"new{i}" for i in range(draw(st.integers(0, 6)))]
    return current, gone, arrived, groups


@settings(max_examples=80, deadline=None)
@given(case=changes())
def test_everyone_placed_sizes_balanced_fewest_moves(
    case: tuple[list[list[str]], list[str], list[str], int],
) -> None:
    current, gone, arrived, groups = case
    present = [pid for group in current for pid in group if pid not in gone] + arrived
    instance = Instance(tuple(Person(pid) for pid in present), groups, 1, rules=FREE)
    after = rebalance(instance, current, 0)
    assert len(after) == groups
    assert sorted(pid for group in after for pid in group) == sorted(present)  # absentees out
    sizes = [len(group) for group in after]
    assert max(sizes) - min(sizes) <= 1
    stayers = [sum(pid not in gone for pid in group) for group in current]
    assert len(moved(current, after)) == fewest_moves(stayers, len(present))
    # Stayers keep their order within the group.
    for before, now in zip(current, after, strict=True):
        kept = [pid for pid in now if pid in before]
        assert kept == [pid for pid in before if pid in kept]


def test_nothing_moves_when_nothing_needs_to() -> None:
    current = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]
    people = tuple(Person(pid) for group in current for pid in group)
    instance = Instance(people, 3, 1, rules=FREE)
    assert rebalance(instance, current, 0) == current
    # One no-show: still balanced (3, 2, 3), so nobody moves.
    instance = Instance(tuple(p for p in people if p.id != "e"), 3, 1, rules=FREE)
    assert rebalance(instance, current, 0) == [["a", "b", "c"], ["d", "f"], ["g", "h", "i"]]
    # A late arrival joins the smaller group.
    instance = Instance((*instance.people, Person("z")), 3, 1, rules=FREE)
    assert rebalance(instance, [["a", "b", "c"], ["d", "f"], ["g", "h", "i"]], 0) == [
        ["a", "b", "c"],
        ["d", "f", "z"],
        ["g", "h", "i"],
    ]


def test_rules_come_before_fewer_moves() -> None:
    people = (
        Person("a1", "A AS", frozenset({"lead"})),
        Person("a2", "A AS"),
        Person("b1", "B AS", frozenset({"lead"})),
        Person("b2", "B AS"),
        Person("c1", "C AS"),
        Person("c2", "C AS"),
        Person("late", "A AS"),
    )
    instance = Instance(people, 2, 1, rules=Rules(leader_tag="lead"))
    current = [["a1", "b2", "c1"], ["a2", "b1", "c2"]]
    after = rebalance(instance, current, 0)
    assert evaluate(instance, [after]).violations == ()
    assert len(moved(current, after)) == 0  # the newcomer fits without moving anyone
    assert "late" in after[0] or "late" in after[1]

    # A leader does not come: one leader for two groups is fine, and re-balancing the sizes
    # must not put two people from one organisation together.
    instance = Instance(
        tuple(p for p in people if p.id != "b1"), 2, 1, rules=Rules(leader_tag="lead")
    )
    after = rebalance(instance, current, 0)
    assert evaluate(instance, [after]).violations == ()


def test_locks_are_kept_and_may_force_a_move() -> None:
    people = tuple(Person(pid) for pid in "abcdef")
    instance = Instance(people, 2, 1, rules=FREE, locked={(0, "a"): 1})
    after = rebalance(instance, [["a", "b", "c"], ["d", "e", "f"]], 0)
    assert "a" in after[1]
    assert len(moved([["a", "b", "c"], ["d", "e", "f"]], after)) == 2  # a, and one to make room


# -- above DENSE_LIMIT people: per-person structures (``sparse``), the same contract --------

LEADER = frozenset({"lead"})


def striped(ids: list[str], groups: int) -> list[list[str]]:
    return [ids[k::groups] for k in range(groups)]


def large(n: int = DENSE_LIMIT + 200, groups: int = 120) -> tuple[list[Person], list[list[str]]]:
    people = [Person(f"p{i}") for i in range(n)]
    return people, striped([p.id for p in people], groups)


def no_dense_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the people × people problem was built")

    monkeypatch.setattr(solver_module, "build_problem", refuse)


def order_kept(current: list[list[str]], after: list[list[str]]) -> bool:
    return all(
        [pid for pid in now if pid in before] == [pid for pid in before if pid in now]
        for before, now in zip(current, after, strict=True)
    )


def test_large_no_shows_spread_evenly_move_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    people, current = large()
    gone = {group[k % 10] for k, group in enumerate(current[:60])}  # one from every other
    instance = Instance(tuple(p for p in people if p.id not in gone), 120, 1, rules=FREE)
    assert len(instance.people) > DENSE_LIMIT
    after = rebalance(instance, current, 0)
    assert after == [[pid for pid in group if pid not in gone] for group in current]


def test_large_uneven_changes_move_only_what_sizes_force(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    people, current = large()
    rnd = random.Random(4)
    # No-shows bunched in a few groups, and late arrivals: sizes force some moves.
    gone = {pid for group in current[:12] for pid in group[: rnd.randint(0, 6)]}
    arrived = [Person(f"new{i}") for i in range(3)]
    present = [p for p in people if p.id not in gone] + arrived
    instance = Instance(tuple(present), 120, 1, rules=FREE)
    after = rebalance(instance, current, 0)
    assert sorted(pid for group in after for pid in group) == sorted(p.id for p in present)
    sizes = [len(group) for group in after]
    assert max(sizes) - min(sizes) <= 1
    stayers = [sum(pid not in gone for pid in group) for group in current]
    assert len(moved(current, after)) == fewest_moves(stayers, len(present)) > 0
    assert order_kept(current, after)


def test_large_locks_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    people, current = large()
    late = Person("late")
    gone = current[7][0]
    locked = {(0, current[0][0]): 1, (0, "late"): 3, (1, current[2][0]): 5}  # round 1: not this
    instance = Instance(
        (*(p for p in people if p.id != gone), late), 120, 1, rules=FREE, locked=locked
    )
    after = rebalance(instance, current, 0)
    assert current[0][0] in after[1] and "late" in after[3]
    assert current[2][0] in after[2]
    # The lock moves one person into a full group and the newcomer fills another: one
    # person of each makes room (towards group 0 and group 7, which lost one).
    assert len(moved(current, after)) == 3
    sizes = [len(group) for group in after]
    assert max(sizes) - min(sizes) <= 1


def test_large_rules_come_before_fewer_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    rnd = random.Random(2)
    people: list[Person] = []
    while len(people) < DENSE_LIMIT + 200:
        org = f"Org {len(people)}"
        for _ in range(rnd.choice([1, 1, 2, 3, 6])):
            tags = LEADER if rnd.random() < 0.15 else frozenset()
            people.append(Person(f"p{len(people)}", org, tags))
    current = striped([p.id for p in people], 120)  # an organisation's people are spread
    rules = Rules(leader_tag="lead")
    gone = set(rnd.sample([p.id for p in people], 60))
    arrived = [
        Person("late1", "Org 0", LEADER),  # its organisation already sits in some groups
        Person("late2", "Org 0"),
        Person("late3", "Late AS"),
        Person("late4", "Late AS"),
    ]
    present = tuple(p for p in people if p.id not in gone) + tuple(arrived)
    instance = Instance(
        present,
        120,
        1,
        rules=rules,
        keep_apart=(("late3", current[5][1]),),
        keep_together=(("late4", current[9][2]),),
    )
    before = evaluate(instance, [[[p for p in g if p not in gone] for g in current]]).violations
    leaderless = sum(v.rule == "leader" for v in before)
    assert leaderless > 3  # the round as it stood breaks the leader rule
    after = rebalance(instance, current, 0)
    assert evaluate(instance, [after]).violations == ()
    assert sorted(pid for group in after for pid in group) == sorted(p.id for p in present)
    assert order_kept(current, after)
    # A leader for each group without one costs at most a swap (two moves) each.
    stayers = [sum(pid not in gone for pid in group) for group in current]
    assert len(moved(current, after)) <= 2 * leaderless + fewest_moves(stayers, len(present))


def test_large_newcomers_rotate_against_history(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    people, current = large()
    gone = {current[0][0], current[1][0]}
    history = (((*current[0][1:], "late"),),)  # late met everyone staying in group 0
    instance = Instance(
        (*(p for p in people if p.id not in gone), Person("late")),
        120,
        1,
        rules=FREE,
        history=history,
    )
    after = rebalance(instance, current, 0)
    assert "late" in after[1]  # the only other group with room
    assert len(moved(current, after)) == 0


def test_large_rebalance_memory_is_per_person(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    n = DENSE_LIMIT + 200
    people, current = large(n)
    instance = Instance((*people[10:], Person("late")), 120, 1, rules=Rules())
    tracemalloc.start()
    try:
        after = rebalance(instance, current, 0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sum(map(len, after)) == n - 9
    # One people × people matrix of float64 alone would be n² × 8 bytes (11.5 MB).
    assert peak < n * n * 8 / 4


def test_large_surplus_is_who_costs_most_where_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    no_dense_problem(monkeypatch)
    people, current = large()
    twins = {current[0][0], current[0][1]}  # one organisation in group 0: one must go
    people = [Person(p.id, "X AS" if p.id in twins else "") for p in people]
    gone = set(current[5][:2])
    instance = Instance(
        (*(p for p in people if p.id not in gone), Person("late")),
        120,
        1,
        rules=Rules(leader_tag=None),
        locked={(0, "late"): 0},  # group 0 is over-full by one
    )
    after = rebalance(instance, current, 0)
    assert evaluate(instance, [after]).violations == ()
    assert len(moved(current, after)) == 1  # one of the twins, into group 5
    assert len(twins & set(after[5])) == 1


def crowded_round(n: int = 900, groups: int = 150) -> tuple[Instance, list[list[str]]]:
    """A round planned without the rules (striped), then 10% no-shows and 10% newcomers:
    groups without a leader or with two, kept-together pairs apart, kept-apart pairs side
    by side, organisations doubled up."""
    rnd = random.Random(7)
    people: list[Person] = []
    while len(people) < n:
        org = f"Org {len(people)}"
        for _ in range(rnd.randint(1, 6)):
            tags = LEADER if rnd.random() < 1.5 * groups / n else frozenset()
            people.append(Person(f"p{len(people)}", org, tags))
    ids = [p.id for p in people]
    current = striped(ids, groups)
    gone = set(rnd.sample(ids, n // 10))
    late = set(rnd.sample([pid for pid in ids if pid not in gone], n // 10))
    pool = [pid for pid in ids if pid not in gone]
    rnd.shuffle(pool)
    together = tuple((pool.pop(), pool.pop()) for _ in range(n // 50))
    apart = tuple((group[0], group[1]) for group in current[: n // 50])
    instance = Instance(
        tuple(p for p in people if p.id not in gone),
        groups,
        1,
        rules=Rules(leader_tag="lead"),
        keep_apart=tuple(pair for pair in apart if not set(pair) & gone),
        keep_together=together,
    )
    return instance, [[pid for pid in group if pid not in late] for group in current]


def rebalance_cost(
    instance: Instance, current: list[list[str]], after: list[list[str]]
) -> tuple[int, int, int]:
    found = evaluate(instance, [after])
    return len(found.violations), len(moved(current, after)), found.repeated_pairings


def test_between_both_from_and_the_limit_the_better_path_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """There the dense search can run out of its second with rules still broken, which the
    per-person path keeps (a tenth of a second): both run, the better result is kept."""
    instance, current = crowded_round()
    assert solver_module.BOTH_FROM <= len(instance.people) <= DENSE_LIMIT
    kept = rebalance(instance, current, 0)
    assert sorted(pid for group in kept for pid in group) == sorted(p.id for p in instance.people)
    assert max(map(len, kept)) - min(map(len, kept)) <= 1
    assert order_kept(current, kept)
    monkeypatch.setattr(solver_module, "DENSE_LIMIT", 0)  # the per-person path alone
    alone = rebalance(instance, current, 0)
    assert rebalance_cost(instance, current, kept) <= rebalance_cost(instance, current, alone)


def test_the_per_person_path_brings_kept_together_stayers_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Even when a colleague of one sits with the other: the swap sends the colleague away.
    Only a pair of colleagues stays apart (the organisation rule wants them apart too)."""
    instance, current = crowded_round()
    monkeypatch.setattr(solver_module, "DENSE_LIMIT", 0)  # the per-person path
    after = rebalance(instance, current, 0)
    org = {p.id: p.organisation for p in instance.people}
    found = evaluate(instance, [after]).violations
    split = [v.people for v in found if v.rule == "keep_together"]
    assert all(org[a] == org[b] for a, b in split)
    assert len(found) == len(split)
