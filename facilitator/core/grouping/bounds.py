"""What no assignment can beat, and which wishes cannot all come true.

A proven lower bound lets the solver stop as soon as it is reached, and lets the app say "8
repeated pairings, and 8 is the best possible" instead of leaving the facilitator wondering.
Each bound is a counting argument over assignments with balanced sizes that keep the hard
rules; the largest one wins, and its argument becomes the plain-English explanation.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter, defaultdict
from typing import Any

from facilitator.core.grouping.evaluate import (
    history_rounds,
    leaders,
    min_pairs,
    organisation_names,
    organisations,
)
from facilitator.core.grouping.model import Instance

Pair = tuple[int, int]


@dataclasses.dataclass(frozen=True)
class Bound:
    value: int
    reason: str  # English; empty when the bound is 0


def planned_sizes(people: int, groups: int) -> list[int]:
    """Balanced sizes of one round, larger groups first."""
    if groups <= 0:
        return []
    q, r = divmod(people, groups)
    return [q + 1] * r + [q] * (groups - r)


def _pairs_in(sizes: list[int]) -> int:
    return sum(s * (s - 1) // 2 for s in sizes)


def lower_bound(instance: Instance) -> int:
    """The strongest proven lower bound on repeated pairings (history included)."""
    return best_bound(instance).value


def best_bound(instance: Instance) -> Bound:
    # On a tie the first, simplest explanation wins.
    history = _history_counts(instance)  # counted once: the costliest part
    bounds = [
        _fresh_pairs_bound(instance, history),
        _per_person_bound(instance, history),
        _overlap_bound(instance, history),
    ]
    return max(bounds, key=lambda b: b.value)


def _index(instance: Instance) -> dict[str, int]:
    return {p.id: i for i, p in enumerate(instance.people)}


def _history_counts(instance: Instance) -> Counter[Pair]:
    index = _index(instance)
    counts: Counter[Pair] = Counter()
    for held in history_rounds(instance):
        for group in held:
            members = sorted(index[pid] for pid in group)
            counts.update(itertools.combinations(members, 2))
    return counts


def forced_meetings(instance: Instance) -> Counter[Pair]:
    """Planned meetings no rule-keeping assignment avoids: people kept together meet every
    round, people locked in one group meet in that round."""
    index = _index(instance)
    forced: Counter[Pair] = Counter()
    if not _together_contradictions(instance):
        for component in together_components(instance):
            members = sorted(index[pid] for pid in component)
            for pair in itertools.combinations(members, 2):
                forced[pair] = instance.rounds
    locked: dict[tuple[int, int], list[int]] = defaultdict(list)
    for (r, pid), g in instance.locked.items():
        if pid in index and 0 <= r < instance.rounds:
            locked[r, g].append(index[pid])
    per_pair: Counter[Pair] = Counter()
    for members in locked.values():
        per_pair.update(itertools.combinations(sorted(members), 2))
    for pair, count in per_pair.items():
        forced[pair] = max(forced[pair], count)
    return forced


def _fresh_pairs_bound(instance: Instance, history: Counter[Pair]) -> Bound:
    """Every planned meeting is either the first meeting of a pair that has never met or is
    forced to meet, or a repeat."""
    n = len(instance.people)
    forced = forced_meetings(instance)
    known = set(history) | set(forced)
    fixed = sum(max(0, history[p] + forced[p] - 1) for p in known)
    per_round = _pairs_in(planned_sizes(n, instance.groups))
    free_meetings = instance.rounds * per_round - sum(forced.values())
    untouched = n * (n - 1) // 2 - sum(1 for p in known if history[p] + forced[p] > 0)
    value = fixed + max(0, free_meetings - untouched)
    if value <= 0:
        return Bound(0, "")
    reasons = []
    held = sum(max(0, c - 1) for c in history.values())
    if held:
        reasons.append(f"the rounds already held repeat {held} pairings")
    if fixed > held:
        reasons.append("people kept together or locked in one group meet again every round")
    if free_meetings > untouched:
        reasons.append(
            f"{n} people in {instance.groups} groups over {instance.rounds} rounds make "
            f"{instance.rounds * per_round} pairings, but there are only {untouched} pairs"
            + (" who have not met yet" if history or forced else "")
        )
    return Bound(value, f"{'; '.join(reasons)}: at least {value} repeated pairings")


def _per_person_bound(instance: Instance, history: Counter[Pair]) -> Bound:
    """Each person sits with Σ(size − 1) partners over the rounds, but has only so many
    people left to meet; the shortfall is repeats, and each repeat is counted by two people."""
    n, g, rounds = len(instance.people), instance.groups, instance.rounds
    if n == 0 or g <= 0 or rounds == 0:
        return Bound(0, "")
    q, r = divmod(n, g)
    forced = forced_meetings(instance)
    fresh = [n - 1] * n
    fixed = [0] * n
    forced_slots = [0] * n
    for pair in set(history) | set(forced):
        total = history[pair] + forced[pair]
        for i in pair:
            fresh[i] -= total > 0
            fixed[i] += max(0, total - 1)
            forced_slots[i] += forced[pair]
    base = [rounds * (q - 1) - forced_slots[i] - fresh[i] for i in range(n)]
    # Rounds in a larger group (q partners instead of q - 1) to hand out: give them first to
    # people who still have unmet partners to spare.
    extra = rounds * r * (q + 1) if r else 0
    spare = sum(min(rounds, max(0, -b)) for b in base)
    shortfall = sum(max(0, b) for b in base) + max(0, extra - spare)
    value = (sum(fixed) + shortfall + 1) // 2
    if value <= 0:
        return Bound(0, "")
    partners = rounds * (q - 1) + (rounds if r else 0)
    others = "the people they have not met yet" if history else f"the {n - 1} others there are"
    reason = (
        f"over {rounds} rounds in groups of {q + (1 if r else 0)}, a person sits with up to "
        f"{partners} others, more than {others}"
        if shortfall
        else "people kept together or locked in one group meet again every round"
    )
    return Bound(value, f"{reason}: at least {value} repeated pairings")


def _overlap_bound(instance: Instance, history: Counter[Pair]) -> Bound:
    """Pigeonhole between any two rounds, then the fewest repeats that many overlaps allow.

    A group of 7 spread over 6 groups of another round keeps at least one pair together, so
    two rounds of 40 people in 6 groups share at least 4 pairs. A pair that meets m times
    gives m(m-1)/2 such overlaps but only m - 1 repeats; with the number of meetings fixed
    (it follows from the sizes), the fewest repeats that still produce the overlaps is found
    by packing overlaps into as few pairs as possible.
    """
    n, g = len(instance.people), instance.groups
    if n < 2 or g <= 0:
        return Bound(0, "")
    sizes = planned_sizes(n, g)
    held = history_rounds(instance)
    held_sizes = [_with_singletons(n, h) for h in held]
    total_rounds = len(held) + instance.rounds
    if total_rounds < 2:
        return Bound(0, "")
    meetings = sum(_pairs_in(s) for s in held_sizes) + instance.rounds * _pairs_in(sizes)
    # Two held rounds overlap in the pairs that sat together in both: over all pairs of held
    # rounds, a pair that met m times counts m(m-1)/2 times.
    overlaps = sum(m * (m - 1) // 2 for m in history.values())
    for s in held_sizes:
        overlaps += instance.rounds * max(
            sum(min_pairs(x, len(s)) for x in sizes), sum(min_pairs(x, g) for x in s)
        )
    planned_overlap = sum(min_pairs(x, g) for x in sizes)
    overlaps += instance.rounds * (instance.rounds - 1) // 2 * planned_overlap
    value = _fewest_repeats(n * (n - 1) // 2, meetings, overlaps, total_rounds)
    if value <= 0:
        return Bound(0, "")
    if planned_overlap and instance.rounds > 1:
        reason = f"with groups of {sizes[0]} and only {g} groups, some people must meet twice" + (
            " (counting the rounds already held)" if held else ""
        )
    else:
        reason = "the rounds already held and the planned ones must share some pairs"
    return Bound(value, f"{reason}: at least {value} repeated pairings")


def _with_singletons(n: int, held: list[list[str]]) -> list[int]:
    """Sizes of a held round over today's people; newcomers count as groups of one."""
    sizes = [len(group) for group in held if group]
    return sizes + [1] * (n - sum(sizes))


def _fewest_repeats(pairs: int, meetings: int, overlaps: int, rounds: int) -> int:
    """Minimum of Σ(m−1)⁺ over pair meeting counts m ∈ [0, rounds] with Σm = meetings and
    Σ m(m−1)/2 ≥ overlaps. Repeats = meetings − (pairs met), so maximise the pairs met."""
    if rounds < 2:
        return max(0, meetings - pairs)

    def most_overlap(met: int) -> int:
        extra = meetings - met  # meetings beyond the first, over `met` pairs
        full, rest = divmod(extra, rounds - 1)
        if full > met or (full == met and rest):
            return -1  # infeasible: some pair would meet more than `rounds` times
        return full * rounds * (rounds - 1) // 2 + (rest + 1) * rest // 2

    # Fewer pairs met leaves more meetings to pile onto pairs, so more overlap is possible:
    # find the most pairs met that still produce the overlaps.
    low, high = -(-meetings // rounds), min(pairs, meetings)
    if low > high or most_overlap(low) < overlaps:
        return max(0, meetings - pairs)  # not reachable for real rounds; stay safe
    while low < high:
        mid = (low + high + 1) // 2
        if most_overlap(mid) >= overlaps:
            low = mid
        else:
            high = mid - 1
    return meetings - low


def together_components(instance: Instance) -> list[list[str]]:
    """People linked by keep_together, as chains of two or more (input order)."""
    known = {p.id for p in instance.people}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in instance.keep_together:
        if a in known and b in known and a != b:
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for p in instance.people:
        if p.id in parent:
            groups[find(p.id)].append(p.id)
    return [members for members in groups.values() if len(members) > 1]


def _together_contradictions(instance: Instance) -> list[Impossibility]:
    n, g = len(instance.people), instance.groups
    largest = -(-n // g) if g > 0 else 0
    found: list[Impossibility] = []
    components = together_components(instance)
    component_of = {pid: i for i, c in enumerate(components) for pid in c}
    for component in components:
        if len(component) > largest:
            found.append(Impossibility(
                "together_too_big", {"people": list(component), "largest": largest},
                f"{_names(component)} must stay together, but groups have at most {largest} people",
            ))  # fmt: skip
    for a, b in instance.keep_apart:
        ca, cb = component_of.get(a), component_of.get(b)
        if ca is not None and ca == cb:
            found.append(Impossibility(
                "apart_but_together", {"a": a, "b": b, "people": list(components[ca])},
                f"{a} and {b} must be kept apart, but keep-together links {_names(components[ca])}",
            ))  # fmt: skip
    for r in range(instance.rounds):
        for i, component in enumerate(components):
            targets = {instance.locked[r, pid] for pid in component if (r, pid) in instance.locked}
            if len(targets) > 1:
                found.append(Impossibility(
                    "together_locked_apart",
                    {"round": r, "people": list(components[i]), "groups": sorted(targets)},
                    f"round {r + 1}: {_names(components[i])} must stay together but are locked "
                    f"in groups {', '.join(str(t + 1) for t in sorted(targets))}",
                ))  # fmt: skip
    return found


def _names(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " and " + ids[-1]


@dataclasses.dataclass(frozen=True)
class Impossibility:
    """One reason a wish cannot be fully met: a code and its values, so the app can word it
    in the workshop's language (and name people), plus the English text for the CLI."""

    code: str
    values: dict[str, Any]
    text: str


def impossibilities(instance: Instance) -> tuple[str, ...]:
    """Plain-English reasons why some wish cannot be fully met; empty when all can be.

    Only proven contradictions are listed (a rule the solver merely failed to meet shows up
    in ``evaluate`` instead), so the facilitator can trust each line.
    """
    return tuple(i.text for i in impossibility_details(instance))


def impossibility_details(
    instance: Instance, bound: Bound | None = None
) -> tuple[Impossibility, ...]:
    """As :func:`impossibilities`, with codes; ``bound`` is ``best_bound(instance)`` when the
    caller has it already (it is the costly part)."""
    n, g = len(instance.people), instance.groups
    found: list[Impossibility] = []
    if g > n:
        found.append(Impossibility(
            "too_few_people", {"groups": g, "people": n},
            f"there are {g} groups but only {n} people, so some groups stay empty",
        ))  # fmt: skip
    bound = bound or best_bound(instance)
    if bound.value > 0 and instance.rules.rotate:
        found.append(Impossibility("repeats", {"at_least": bound.value}, bound.reason))
    if instance.rules.spread_organisations and g > 0:
        names = organisation_names(instance)
        for key, members in organisations(instance).items():
            if len(members) > g:
                per_group = -(-len(members) // g)
                found.append(Impossibility(
                    "organisation_too_big",
                    {"organisation": names[key], "people": len(members), "groups": g,
                     "per_group": per_group},
                    f"{names[key]} has {len(members)} people and there are {g} groups, "
                    f"so some groups have {per_group} of them",
                ))  # fmt: skip
    lead = leaders(instance)
    if 0 < len(lead) < g:
        found.append(Impossibility(
            "too_few_leaders", {"leaders": len(lead), "groups": g, "without": g - len(lead)},
            f"there are {len(lead)} people tagged '{instance.rules.leader_tag}' for {g} groups, "
            f"so {g - len(lead)} groups have none",
        ))  # fmt: skip
    found += _together_contradictions(instance)
    found += _same_organisation_together(instance)
    found += _lock_contradictions(instance)
    return tuple(found)


def _same_organisation_together(instance: Instance) -> list[Impossibility]:
    if not instance.rules.spread_organisations or instance.groups <= 0:
        return []
    names = organisation_names(instance)
    org_of = {pid: key for key, members in organisations(instance).items() for pid in members}
    sizes = {key: len(members) for key, members in organisations(instance).items()}
    found: list[Impossibility] = []
    for component in together_components(instance):
        counts = Counter(org_of[pid] for pid in component if pid in org_of)
        for key, count in counts.items():
            if count > -(-sizes[key] // instance.groups):
                found.append(Impossibility(
                    "together_same_organisation",
                    {"people": list(component), "count": count, "organisation": names[key]},
                    f"{_names(component)} must stay together, which puts {count} people from "
                    f"{names[key]} in one group",
                ))  # fmt: skip
    return found


def _lock_contradictions(instance: Instance) -> list[Impossibility]:
    n, g = len(instance.people), instance.groups
    index = _index(instance)
    found: list[Impossibility] = []
    per_group: dict[tuple[int, int], list[str]] = defaultdict(list)
    for (r, pid), group in sorted(instance.locked.items()):
        if pid not in index:
            found.append(Impossibility(
                "locked_unknown", {"round": r, "person": pid},
                f"round {r + 1}: {pid} is locked but is not among the participants",
            ))  # fmt: skip
        elif not 0 <= group < g:
            found.append(Impossibility(
                "locked_no_group", {"round": r, "person": pid, "group": group},
                f"round {r + 1}: {pid} is locked in group {group + 1}, which is not there",
            ))  # fmt: skip
        elif not 0 <= r < instance.rounds:
            found.append(Impossibility(
                "locked_no_round", {"round": r, "person": pid},
                f"{pid} is locked in round {r + 1}, which is not planned",
            ))  # fmt: skip
        else:
            per_group[r, group].append(pid)
    sizes = planned_sizes(n, g)
    if sizes:
        for r in range(instance.rounds):
            counts = sorted((len(per_group.get((r, k), [])) for k in range(g)), reverse=True)
            if any(c > s for c, s in zip(counts, sizes, strict=True)):
                found.append(Impossibility(
                    "locks_exceed_sizes", {"round": r, "sizes": sorted(set(sizes), reverse=True)},
                    f"round {r + 1}: more people are locked in some groups than balanced group "
                    f"sizes ({'/'.join(str(s) for s in sorted(set(sizes), reverse=True))}) allow",
                ))  # fmt: skip
    apart = {frozenset(p) for p in instance.keep_apart}
    for (r, group), members in sorted(per_group.items()):
        for a, b in itertools.combinations(members, 2):
            if frozenset((a, b)) in apart:
                found.append(Impossibility(
                    "apart_locked_together", {"round": r, "a": a, "b": b, "group": group},
                    f"round {r + 1}: {a} and {b} must be kept apart but are both locked in "
                    f"group {group + 1}",
                ))  # fmt: skip
    return found
