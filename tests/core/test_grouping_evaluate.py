"""Judging assignments: repeated pairings against a brute-force count, and each rule."""

from __future__ import annotations

import itertools
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from facilitator.core.grouping import (
    Instance,
    Person,
    Rules,
    balance_penalty,
    evaluate,
    met_before,
)
from facilitator.core.grouping.evaluate import min_pairs

NO_RULES = Rules(spread_organisations=False, leader_tag=None)

# Hypothesis keeps its caches out of the working tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "facilitator-hypothesis")


def people(n: int, **kwargs: object) -> tuple[Person, ...]:
    return tuple(Person(f"p{i}") for i in range(n))


def brute_repeats(rounds: list[list[list[str]]]) -> int:
    """Meetings beyond the first, pair by pair, the slow way."""
    ids = sorted({pid for held in rounds for group in held for pid in group})
    total = 0
    for a, b in itertools.combinations(ids, 2):
        meetings = sum(1 for held in rounds for group in held if a in group and b in group)
        total += max(0, meetings - 1)
    return total


@st.composite
def rounds_of(draw: st.DrawFn, ids: list[str], groups: int, count: int) -> list[list[list[str]]]:
    result = []
    for _ in range(count):
        order = draw(st.permutations(ids))
        result.append([list(order[g::groups]) for g in range(groups)])
    return result


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    n=st.integers(2, 12),
    groups=st.integers(1, 4),
    planned=st.integers(0, 4),
    held=st.integers(0, 2),
)
def test_repeated_pairings_match_a_brute_force_count(
    data: st.DataObject, n: int, groups: int, planned: int, held: int
) -> None:
    ids = [f"p{i}" for i in range(n)]
    history = data.draw(rounds_of(ids, groups, held))
    rounds = data.draw(rounds_of(ids, groups, planned))
    instance = Instance(
        people=people(n),
        groups=groups,
        rounds=planned,
        rules=NO_RULES,
        history=tuple(tuple(tuple(g) for g in h) for h in history),
    )
    evaluation = evaluate(instance, rounds)
    assert evaluation.repeated_pairings == brute_repeats(history + rounds)
    assert evaluation.violations == ()  # balanced by construction, no rules
    met = met_before(instance, rounds)
    assert sum(met.values()) == sum(
        len(g) * (len(g) - 1) // 2 for held_round in history + rounds for g in held_round
    )


def test_history_ignores_people_who_left() -> None:
    instance = Instance(
        people(4), 2, 1, rules=NO_RULES, history=((("p0", "p1", "gone"), ("p2", "p3")),)
    )
    met = met_before(instance)
    assert met == {frozenset({"p0", "p1"}): 1, frozenset({"p2", "p3"}): 1}
    assert evaluate(instance, [[["p0", "p1"], ["p2", "p3"]]]).repeated_pairings == 2


def test_min_pairs() -> None:
    assert min_pairs(9, 6) == 3  # 2,2,2,1,1,1
    assert min_pairs(5, 6) == 0
    assert min_pairs(12, 3) == 18  # 4,4,4
    assert min_pairs(7, 1) == 21


def rules_of(violations: object) -> Counter[str]:
    return Counter(v.rule for v in violations)  # type: ignore[attr-defined]


def test_each_broken_rule_is_reported() -> None:
    persons = (
        Person("a1", "Glåmdal Stål AS", frozenset({"leader"})),
        Person("a2", "glåmdal  stål as"),  # the same organisation, typed differently
        Person("b1", "Vinger Trevare AS", frozenset({"leader"})),
        Person("b2", "Odal Tre AS"),
        Person("c1", "Grue Elektro AS"),
        Person("c2", "Solør Bio AS"),
    )
    instance = Instance(
        people=persons,
        groups=2,
        rounds=1,
        keep_apart=(("a1", "c1"),),
        keep_together=(("c1", "c2"), ("b1", "b2")),
        rules=Rules(spread_organisations=True, leader_tag="leader"),
        locked={(0, "a1"): 1},
    )
    good = [[["a1", "c1", "c2"], ["a2", "b1", "b2"]]]
    evaluation = evaluate(instance, good)
    # a1 and c1 are together (keep apart) and a1 is locked in group 2.
    assert rules_of(evaluation.violations) == Counter({"keep_apart": 1, "lock": 1})

    bad = [[["a1", "a2", "b1"], ["b2", "c1", "c2"]]]
    evaluation = evaluate(instance, bad)
    assert rules_of(evaluation.violations) == Counter(
        {"spread_organisations": 1, "leader": 1, "keep_together": 1, "lock": 1}
    )
    messages = " ".join(v.message for v in evaluation.violations)
    assert "Glåmdal Stål AS" in messages
    assert "Round 1, group 2 has no one tagged 'leader'" in messages

    lopsided = [[["a1", "a2", "b1", "b2", "c1"], ["c2"]]]
    assert "sizes" in rules_of(evaluate(instance, lopsided).violations)

    twice = [[["a1", "a2", "b1"], ["a1", "b2", "c1", "c2", "x"]]]
    placement = [v for v in evaluate(instance, twice).violations if v.rule == "placement"]
    assert [v.people for v in placement] == [("a1",), ("x",)]


def test_organisation_larger_than_groups_counts_only_beyond_the_minimum() -> None:
    persons = tuple(Person(f"o{i}", "Big AS") for i in range(5)) + tuple(
        Person(f"x{i}") for i in range(3)
    )
    instance = Instance(persons, 4, 1, rules=Rules(leader_tag=None))
    even = [[["o0", "o4"], ["o1", "x0"], ["o2", "x1"], ["o3", "x2"]]]
    assert evaluate(instance, even).violations == ()
    uneven = [[["o0", "o4"], ["o1", "o3"], ["o2", "x1"], ["x0", "x2"]]]
    found = evaluate(instance, uneven).violations
    assert [(v.rule, v.group, v.people) for v in found] == [
        ("spread_organisations", 1, ("o1", "o3"))
    ]
    assert "5 people over 4 groups: only 1 group needs 2 of them" in found[0].message


def test_too_few_leaders_only_two_in_one_group_is_wrong() -> None:
    persons = (
        Person("l1", tags=frozenset({"gl"})),
        Person("l2", tags=frozenset({"gl"})),
        *tuple(Person(f"x{i}") for i in range(4)),
    )
    instance = Instance(persons, 3, 1, rules=Rules(leader_tag="gl"))
    assert evaluate(instance, [[["l1", "x0"], ["l2", "x1"], ["x2", "x3"]]]).violations == ()
    found = evaluate(instance, [[["l1", "l2"], ["x0", "x1"], ["x2", "x3"]]]).violations
    assert [(v.rule, v.group) for v in found] == [("leader", 0)]


def test_balance_penalty_is_zero_when_spread_evenly() -> None:
    persons = tuple(Person(f"p{i}", fields={"sector": "AB"[i % 2]}) for i in range(8))
    instance = Instance(persons, 2, 1, rules=Rules(leader_tag=None, balance_by="sector"))
    assert balance_penalty(instance, [[["p0", "p1", "p2", "p3"], ["p4", "p5", "p6", "p7"]]]) == 0
    # All As together: 2·C(4,2) = 12 same-value pairs, against 4·C(2,2) = 4 at best.
    assert balance_penalty(instance, [[["p0", "p2", "p4", "p6"], ["p1", "p3", "p5", "p7"]]]) == 8

    tagged = tuple(Person(f"s{i}", tags=frozenset({"student"})) for i in range(2)) + tuple(
        Person(f"p{i}") for i in range(2)
    )
    instance = Instance(tagged, 2, 1, rules=Rules(leader_tag=None, balance_by="student"))
    assert balance_penalty(instance, [[["s0", "s1"], ["p0", "p1"]]]) == 1
    assert balance_penalty(instance, [[["s0", "p0"], ["s1", "p1"]]]) == 0
