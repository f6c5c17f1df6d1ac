"""Breakout groups: who sits with whom in each round, by the rules the facilitator ticked.

    solution = solve(instance, seed=0, time_limit=2.0)      # plan all rounds
    evaluate(instance, rounds)                               # judge any rounds (e.g. edited)
    lower_bound(instance), impossibilities(instance)         # what no plan can beat, and why
    rebalance(instance, current_groups, round_index)         # late arrivals and no-shows

Plain data in and out (``model``); no database and no Qt, so the app runs the solver off the
GUI thread and the command line runs it headless.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.core.grouping.bounds import (
    Impossibility,
    impossibilities,
    impossibility_details,
    lower_bound,
)
from facilitator.core.grouping.evaluate import balance_penalty, evaluate, met_before
from facilitator.core.grouping.instance_file import (
    InstanceFileError,
    instance_from_data,
    instance_from_json,
    instance_to_data,
    read_instance,
    write_instance,
)
from facilitator.core.grouping.model import (
    Assignment,
    Evaluation,
    Instance,
    Person,
    Rules,
    Solution,
    Violation,
)

if TYPE_CHECKING:
    from facilitator.core.grouping.solver import rebalance, solve


def __getattr__(name: str) -> Any:
    # The solver needs NumPy (~0.07 s to import): loaded when first asked for, not when the
    # app starts and only needs the model types.
    if name in ("solve", "rebalance"):
        from facilitator.core.grouping import solver

        return getattr(solver, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Assignment",
    "Evaluation",
    "Impossibility",
    "Instance",
    "InstanceFileError",
    "Person",
    "Rules",
    "Solution",
    "Violation",
    "balance_penalty",
    "evaluate",
    "impossibilities",
    "impossibility_details",
    "instance_from_data",
    "instance_from_json",
    "instance_to_data",
    "lower_bound",
    "met_before",
    "read_instance",
    "rebalance",
    "solve",
    "write_instance",
]
