"""``plan-groups``: the grouping solver on an instance file, without a workshop.

For trying rules and sizes before a workshop exists, and for benchmarks: the same seed and
``--max-iterations`` give the same plan on any machine. Exit code 1 when a rule is broken,
so a script can tell a plan that works from one that does not.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from facilitator.cli.options import json_arg
from facilitator.cli.registry import (
    EXIT_FAILURE,
    EXIT_OK,
    command,
    fail_usage,
    print_json,
)

MAX_SEED = 10**18 - 1
MAX_TIME_LIMIT = 3600.0
MAX_ITERATIONS = 10**9


def _whole_number(maximum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        digits = text.strip()
        # Checked before int(): Python refuses over 4,300 digits with a ValueError of its own.
        if len(digits) > len(str(maximum)) or not digits.isdecimal() or not digits.isascii():
            raise argparse.ArgumentTypeError(f"expected a whole number from 0 to {maximum:,}")
        value = int(digits)
        if value > maximum:
            raise argparse.ArgumentTypeError(f"expected a whole number from 0 to {maximum:,}")
        return value

    return parse


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (0 < value <= MAX_TIME_LIMIT):  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"expected seconds, more than 0 and at most {MAX_TIME_LIMIT:g}"
        )
    return value


def _configure_plan_groups(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "instance",
        metavar="INSTANCE",
        type=Path,
        help="the instance file (JSON; see docs/plan-groups-example.json)",
    )
    parser.add_argument(
        "--seed",
        type=_whole_number(MAX_SEED),
        default=0,
        help="random seed, a whole number from 0 (the default) to 10^18 - 1",
    )
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        default=5.0,
        metavar="S",
        help="return within S seconds (default 5, at most 3600), reading the file and "
        "checking the plan included; it stops sooner when the plan cannot be improved, and "
        "says so when time ran out first",
    )
    parser.add_argument(
        "--max-iterations",
        type=_whole_number(MAX_ITERATIONS),
        default=None,
        metavar="N",
        help="stop after N search steps: the same seed and N give the same plan on any machine",
    )
    json_arg(parser)
    # The limits live in core (the instance file's reader, no NumPy): read here, when this
    # command's parser is used, which `facilitator --help` and `--version` never do.
    from facilitator.core.grouping.instance_file import LIMITS_HELP

    parser.epilog = LIMITS_HELP


@command(
    "plan-groups",
    "plan breakout groups over several rounds from an instance file (JSON)",
    _configure_plan_groups,
)
def run_plan_groups(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from facilitator.core.grouping import InstanceFileError, read_instance

    try:
        instance = read_instance(args.instance)
    except InstanceFileError as exc:
        return fail_usage(exc.message)
    from facilitator.core.grouping import solve  # the solver and NumPy: for a usable file

    # The time limit covers the whole run: what reading took is not the solver's.
    left = max(0.0, args.time_limit - (time.perf_counter() - started))
    solution = solve(instance, seed=args.seed, time_limit=left, max_iterations=args.max_iterations)
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
    if solution.stopped_early:
        print(f"Stopped at the time limit ({args.time_limit:g} s): the best plan found so far.")
    print(f"Planned in {solution.seconds:.2f} s (seed {args.seed})")
    return EXIT_FAILURE if violations else EXIT_OK
