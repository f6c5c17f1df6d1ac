"""Judging an assignment by the rules the facilitator ticked.

The solver optimises the same quantities, but incrementally; this module is the slow, plain
reference that the command line, the app and the tests trust. Rules that only concern the
numbers (an organisation larger than the number of groups, too few leaders) count as broken
only beyond the unavoidable minimum, so a "violation" always means "this could be better".
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from facilitator.core.grouping.model import Assignment, Evaluation, Instance, Person, Violation
from facilitator.core.text import fold

Pair = frozenset[str]


def min_pairs(count: int, groups: int) -> int:
    """Fewest same-kind pairs when ``count`` people are spread over ``groups`` groups."""
    if groups <= 0 or count <= 1:
        return 0
    q, r = divmod(count, groups)
    return r * (q + 1) * q // 2 + (groups - r) * q * (q - 1) // 2


def organisation_key(person: Person) -> str:
    """Organisations typed differently ("Vinger Trevare AS", "vinger trevare as") are one."""
    return fold(person.organisation)


def organisations(instance: Instance) -> dict[str, list[str]]:
    """Folded organisation → member ids (in input order); people without one are left out."""
    members: dict[str, list[str]] = defaultdict(list)
    for person in instance.people:
        key = organisation_key(person)
        if key:
            members[key].append(person.id)
    return dict(members)


def organisation_names(instance: Instance) -> dict[str, str]:
    """Folded key → the spelling first seen, for messages."""
    names: dict[str, str] = {}
    for person in instance.people:
        names.setdefault(organisation_key(person), person.organisation.strip())
    return names


def leaders(instance: Instance) -> list[str]:
    tag = instance.rules.leader_tag
    if not tag:
        return []
    return [p.id for p in instance.people if tag in p.tags]


def balance_categories(instance: Instance) -> dict[str, str]:
    """Person id → the value to spread evenly, for people who have one.

    ``balance_by`` names a field when anyone has that field, otherwise a tag: a tag is spread
    by spreading its holders (the others then follow from the balanced sizes).
    """
    key = instance.rules.balance_by
    if not key:
        return {}
    if any(key in p.fields for p in instance.people):
        return {p.id: v for p in instance.people if (v := fold(p.fields.get(key, "")))}
    return {p.id: key for p in instance.people if key in p.tags}


def history_rounds(instance: Instance) -> list[list[list[str]]]:
    """Rounds already held, reduced to the people of this instance (others have left)."""
    known = {p.id for p in instance.people}
    held: list[list[list[str]]] = []
    for past in instance.history:
        seen: set[str] = set()
        groups: list[list[str]] = []
        for group in past:
            members = [pid for pid in group if pid in known and pid not in seen]
            seen.update(members)
            groups.append(members)
        held.append(groups)
    return held


def met_before(
    instance: Instance, rounds: Iterable[Sequence[Sequence[str]]] = ()
) -> dict[Pair, int]:
    """How often each pair has sat together: the rounds held (history) plus ``rounds``.

    Only pairs that met at least once appear, so the UI can show "who has met whom" cheaply.
    """
    known = {p.id for p in instance.people}
    counts: Counter[Pair] = Counter()
    for held in (*history_rounds(instance), *rounds):
        for group in held:
            members = sorted({pid for pid in group if pid in known})
            counts.update(frozenset(pair) for pair in itertools.combinations(members, 2))
    return dict(counts)


def repeated_pairings(instance: Instance, rounds: Assignment) -> int:
    """Meetings beyond the first, summed over all pairs (history counts as meetings).

    The same as summing ``met_before`` counts beyond one, without listing the pairs: all
    meetings less the pairs that met at all (each person's set of people met, halved).
    """
    known = {p.id for p in instance.people}
    met: dict[str, set[str]] = defaultdict(set)
    meetings = 0
    for held in (*history_rounds(instance), *rounds):
        for group in held:
            members = {pid for pid in group if pid in known}
            meetings += len(members) * (len(members) - 1) // 2
            for pid in members:
                met[pid] |= members  # themselves included: subtracted below
    return meetings - sum(len(people) - 1 for people in met.values()) // 2


def balance_penalty(instance: Instance, rounds: Assignment) -> float:
    """Same-value pairs beyond the fewest possible, summed over rounds and values.

    Counting pairs (not deviations from the mean) makes the penalty 0 exactly when every value
    is spread as evenly as the numbers allow, and lets the solver update it per move.
    """
    categories = balance_categories(instance)
    if not categories:
        return 0.0
    totals = Counter(categories.values())
    groups = max(instance.groups, 1)
    excess = 0
    for held in rounds:
        for group in held:
            counts = Counter(categories[pid] for pid in set(group) if pid in categories)
            excess += sum(c * (c - 1) // 2 for c in counts.values())
        excess -= sum(min_pairs(total, groups) for total in totals.values())
    return float(excess)


def _round_groups(instance: Instance, held: Sequence[Sequence[str]]) -> list[list[str]]:
    groups = [list(g) for g in held]
    groups.extend([] for _ in range(instance.groups - len(groups)))
    return groups


def evaluate(instance: Instance, rounds: Assignment) -> Evaluation:
    """Repeated pairings, each broken rule with an English message, and the balance penalty."""
    violations: list[Violation] = []
    orgs, names = organisations(instance), organisation_names(instance)
    for r, held in enumerate(rounds):
        groups = _round_groups(instance, held)
        violations += _placement(instance, r, groups)
        violations += _sizes(instance, r, groups)
        if instance.rules.spread_organisations:
            violations += _organisations(r, groups, orgs, names)
        violations += _leaders(instance, r, groups)
        violations += _pairs(instance, r, groups)
        violations += _locks(instance, r, groups)
    return Evaluation(
        repeated_pairings=repeated_pairings(instance, rounds),
        violations=tuple(violations),
        balance_penalty=balance_penalty(instance, rounds),
    )


def _where(r: int, g: int) -> str:
    return f"Round {r + 1}, group {g + 1}"


def _placement(instance: Instance, r: int, groups: list[list[str]]) -> list[Violation]:
    """Someone in two groups, or an id that is not a participant. People in no group are not
    a violation here: the app shows late arrivals waiting to be placed on its own."""
    placed = Counter(pid for group in groups for pid in group)
    known = {p.id for p in instance.people}
    found: list[Violation] = []
    twice = tuple(sorted(pid for pid, count in placed.items() if count > 1 and pid in known))
    strangers = tuple(sorted(set(placed) - known))
    for people, what in (
        (twice, "placed in more than one group"),
        (strangers, "not among the participants"),
    ):
        if people:
            verb = "is" if len(people) == 1 else "are"
            message = f"Round {r + 1}: {', '.join(people)} {verb} {what}."
            found.append(Violation("placement", r, -1, people, message))
    return found


def _sizes(instance: Instance, r: int, groups: list[list[str]]) -> list[Violation]:
    sizes = [len(g) for g in groups]
    if not sizes or max(sizes) - min(sizes) <= 1:
        return []
    message = (
        f"Round {r + 1}: group sizes range from {min(sizes)} to {max(sizes)}; "
        "they may differ by at most one."
    )
    return [Violation("sizes", r, -1, (), message)]


def _organisations(
    r: int, groups: list[list[str]], orgs: dict[str, list[str]], names: dict[str, str]
) -> list[Violation]:
    found: list[Violation] = []
    org_of = {pid: key for key, members in orgs.items() for pid in members}
    # Organisation → group → its members there (groups without any never count), so a
    # round costs O(people), not O(organisations × groups).
    present: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for g, group in enumerate(groups):
        for pid in group:
            if pid in org_of:
                present[org_of[pid]][g].add(pid)
    for key, members in orgs.items():
        if len(members) < 2:
            continue
        by_group = present.get(key, {})
        places = sorted(by_group)
        counts = [sorted(by_group[g]) for g in places]
        q, extra = divmod(len(members), len(groups))
        top = q + (1 if extra else 0)
        allowed_at_top = extra if extra else len(groups)
        at_top = 0
        for g, people in zip(places, counts, strict=True):
            over = len(people) > top
            if len(people) == top and top >= 2:
                at_top += 1
                over = at_top > allowed_at_top
            if over and len(people) >= 2:
                if top <= 1:
                    need = "they could all be in different groups"
                elif extra:
                    need = (
                        f"{len(members)} people over {len(groups)} groups: only {extra} "
                        f"{'groups need' if extra > 1 else 'group needs'} {top} of them"
                    )
                else:
                    need = f"{len(members)} people over {len(groups)} groups: {top} per group"
                message = f"{_where(r, g)}: {len(people)} people from {names[key]} ({need})."
                found.append(Violation("spread_organisations", r, g, tuple(people), message))
    return found


def _leaders(instance: Instance, r: int, groups: list[list[str]]) -> list[Violation]:
    ids = leaders(instance)
    if not ids:
        return []
    tag = instance.rules.leader_tag
    lead = set(ids)
    counts = [sorted(lead.intersection(g)) for g in groups]
    found: list[Violation] = []
    if len(ids) >= len(groups):
        for g, people in enumerate(counts):
            if not people:
                message = (
                    f"{_where(r, g)} has no one tagged '{tag}', although there are "
                    f"{len(ids)} of them for {len(groups)} groups."
                )
                found.append(Violation("leader", r, g, (), message))
    elif any(not people for people in counts):
        for g, people in enumerate(counts):
            if len(people) > 1:
                message = (
                    f"{_where(r, g)} has {len(people)} people tagged '{tag}' while another "
                    "group has none."
                )
                found.append(Violation("leader", r, g, tuple(people), message))
    return found


def _pairs(instance: Instance, r: int, groups: list[list[str]]) -> list[Violation]:
    where = {pid: g for g, group in enumerate(groups) for pid in group}
    found: list[Violation] = []
    for a, b in instance.keep_apart:
        if a in where and where.get(a) == where.get(b):
            message = f"{_where(r, where[a])}: {a} and {b} should be kept apart."
            found.append(Violation("keep_apart", r, where[a], (a, b), message))
    for a, b in instance.keep_together:
        if a in where and b in where and where[a] != where[b]:
            message = (
                f"Round {r + 1}: {a} (group {where[a] + 1}) and {b} (group {where[b] + 1}) "
                "should be kept together."
            )
            found.append(Violation("keep_together", r, -1, (a, b), message))
    return found


def _locks(instance: Instance, r: int, groups: list[list[str]]) -> list[Violation]:
    where = {pid: g for g, group in enumerate(groups) for pid in group}
    found: list[Violation] = []
    for (lr, pid), g in sorted(instance.locked.items()):
        if lr == r and pid in where and where[pid] != g:
            message = (
                f"Round {r + 1}: {pid} is locked in group {g + 1} but sits in group "
                f"{where[pid] + 1}."
            )
            found.append(Violation("lock", r, g, (pid,), message))
    return found
