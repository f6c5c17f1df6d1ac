"""The grouping problem as plain data: who, how many groups and rounds, which rules.

This is the contract between the solver (``core.grouping.solver``), the command line's
instance files (``plan-groups``) and the app's group rounds (``core.groups``). Nothing here
knows about the database or Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping


@dataclasses.dataclass(frozen=True)
class Person:
    id: str
    organisation: str = ""
    tags: frozenset[str] = frozenset()
    # Values of fields a round may balance by: {"sector": "Plastics", "municipality": "Hamar"}.
    fields: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Rules:
    """What the facilitator ticked. Sizes always differ by at most one (a hard rule)."""

    # No two people from one organisation in a group, while the numbers allow it (hard).
    spread_organisations: bool = True
    # One person with this tag per group where possible (hard while there are enough).
    leader_tag: str | None = "group leader"
    # Spread a tag ("student") or a field ("sector", "municipality", "role") evenly (soft).
    balance_by: str | None = None
    # Across rounds, meet as many new people as possible (fewest repeated pairings; soft).
    rotate: bool = True


@dataclasses.dataclass(frozen=True)
class Instance:
    people: tuple[Person, ...]
    groups: int  # groups per round
    rounds: int  # rounds to plan
    keep_apart: tuple[tuple[str, str], ...] = ()  # hard
    keep_together: tuple[tuple[str, str], ...] = ()  # hard
    rules: Rules = Rules()
    # (round index, person id) → group index the facilitator locked; kept when re-solving.
    locked: Mapping[tuple[int, str], int] = dataclasses.field(default_factory=dict)
    # Rounds already held (each a list of groups of person ids): pairings there count as
    # already met, so the planned rounds rotate against them too.
    history: tuple[tuple[tuple[str, ...], ...], ...] = ()


Assignment = list[list[list[str]]]  # rounds → groups → person ids


@dataclasses.dataclass(frozen=True)
class Violation:
    """A broken rule, described for the user and for --json."""

    rule: str  # "spread_organisations", "leader", "keep_apart", "keep_together", "sizes", "lock"
    round: int  # round index (0-based); -1 when it concerns the whole instance
    group: int  # group index (0-based); -1 when not about one group
    people: tuple[str, ...]
    message: str  # English, for the CLI; the app shows its own translated text per rule

    def as_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class Evaluation:
    repeated_pairings: int  # over all pairs: meetings beyond the first (history included)
    violations: tuple[Violation, ...]
    balance_penalty: float  # 0 when the balance field is spread as evenly as possible


@dataclasses.dataclass(frozen=True)
class Solution:
    rounds: Assignment
    evaluation: Evaluation
    lower_bound: int  # proven lower bound on repeated pairings for this instance
    impossible: tuple[str, ...]  # rules that cannot all be met, explained (English)
    seconds: float
    cancelled: bool = False
    # The time limit ran out before the search finished: the best plan found so far.
    stopped_early: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "rounds": self.rounds,
            "repeated_pairings": self.evaluation.repeated_pairings,
            "violations": [v.as_json() for v in self.evaluation.violations],
            "lower_bound": self.lower_bound,
            "impossible": list(self.impossible),
            "balance_penalty": self.evaluation.balance_penalty,
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
            "stopped_early": self.stopped_early,
        }
