"""``plan-groups``: the grouping solver on an instance file, without a workshop.

For trying rules and sizes before a workshop exists, and for benchmarks: the same seed and
``--max-iterations`` give the same plan on any machine. Exit code 1 when a rule is broken,
so a script can tell a plan that works from one that does not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.options import json_arg
from facilitator.cli.registry import (
    EXIT_FAILURE,
    EXIT_OK,
    UsageError,
    command,
    fail_usage,
    print_json,
)


def _configure_plan_groups(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "instance",
        metavar="INSTANCE",
        type=Path,
        help="the instance file (JSON; see docs/plan-groups-example.json)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=5.0,
        metavar="S",
        help="stop searching after S seconds (default 5); it stops sooner when the plan "
        "cannot be improved",
    )
    parser.add_argument(
        "--max-iterations",
        type=int,
        default=None,
        metavar="N",
        help="stop after N search steps: the same seed and N give the same plan on any machine",
    )
    json_arg(parser)


@command(
    "plan-groups",
    "plan breakout groups over several rounds from an instance file (JSON)",
    _configure_plan_groups,
)
def run_plan_groups(args: argparse.Namespace) -> int:
    from facilitator.core.grouping import InstanceFileError, read_instance, solve

    try:
        instance = read_instance(args.instance)
    except InstanceFileError as exc:
        return fail_usage(exc.message)
    if args.time_limit <= 0:
        raise UsageError("--time-limit must be more than 0 seconds")
    if args.max_iterations is not None and args.max_iterations < 0:
        raise UsageError("--max-iterations cannot be negative")
    solution = solve(
        instance, seed=args.seed, time_limit=args.time_limit, max_iterations=args.max_iterations
    )
    violations = solution.evaluation.violations
    if args.json:
        print_json(solution.as_json())
        return EXIT_FAILURE if violations else EXIT_OK
    for r, groups in enumerate(solution.rounds):
        print(f"Round {r + 1}")
        for g, members in enumerate(groups):
            print(f"  Group {g + 1:>2} ({len(members)}): {', '.join(members)}")
    repeats = solution.evaluation.repeated_pairings
    best = " (the best possible)" if repeats == solution.lower_bound else ""
    print(f"Repeated pairings: {repeats}, lower bound {solution.lower_bound}{best}")
    if instance.rules.balance_by:
        print(f"Balance penalty: {solution.evaluation.balance_penalty:g}")
    print(f"Rules broken: {len(violations) or 'none'}")
    for violation in violations:
        print(f"  {violation.message}")
    if solution.impossible:
        print("Cannot be fully met:")
        for reason in solution.impossible:
            print(f"  {reason[0].upper()}{reason[1:]}.")
    print(f"Planned in {solution.seconds:.2f} s (seed {args.seed})")
    return EXIT_FAILURE if violations else EXIT_OK
