"""Benchmark: the breakout-group solver on known hard and large instances.

    .venv/bin/python benchmarks/grouping.py [--seed N] [--quick]

Prints, per instance, the repeated pairings found against the proven lower bound, the rules
broken, and the seconds taken (one core: BLAS threads are pinned to one). The instances:

1. Kirkman's schoolgirls: 15 people, 5 groups of 3, 7 rounds; a plan with no repeat exists.
2. The social golfer problem: 32 people, 8 groups of 4, 10 rounds; no repeat is possible
   (Aguado, 2004) but hard to find.
3. 40 people from 30 organisations (two with 3 people, six with 2), 6 groups, 3 rounds,
   organisations spread: groups of 7 force at least 8 repeats, and 8 is reachable.
4. 120 people, 12 groups of 10, 5 rounds; a plan with no repeat exists.
5. 500 people, 50 groups, 6 rounds; and the same with organisations, leaders and a balanced
   sector, as a large network meeting would have.

Public web tools leave about 5-9 repeats on (1), 15 on (3), over 30 on (2), over 45 on (4).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, before NumPy loads
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator.core.grouping import Instance, Person, Rules, solve

PLAIN = Rules(spread_organisations=False, leader_tag=None)


@dataclass(frozen=True)
class Case:
    name: str
    instance: Instance
    time_limit: float


def plain(n: int, groups: int, rounds: int) -> Instance:
    return Instance(tuple(Person(f"p{i}") for i in range(n)), groups, rounds, rules=PLAIN)


def forty_from_thirty_organisations() -> Instance:
    sizes = [3, 3] + [2] * 6 + [1] * 22
    people: list[Person] = []
    for k, size in enumerate(sizes):
        people += [Person(f"p{len(people) + j}", f"Organisation {k}") for j in range(size)]
    random.Random(7).shuffle(people)
    return Instance(tuple(people), 6, 3, rules=Rules(spread_organisations=True, leader_tag=None))


def network_meeting(n: int = 500) -> Instance:
    """Organisations of 1-8 people, one in eight a group leader, sectors to balance."""
    rnd = random.Random(11)
    people: list[Person] = []
    org = 0
    while len(people) < n:
        for _ in range(min(n - len(people), rnd.choice([1, 1, 1, 2, 2, 3, 4, 8]))):
            people.append(
                Person(
                    f"p{len(people)}",
                    f"Organisation {org}",
                    frozenset({"group leader"} if rnd.random() < 0.125 else ()),
                    {"sector": rnd.choice(["Metal", "Wood", "Plastics", "Energy", "Food"])},
                )
            )
        org += 1
    return Instance(tuple(people), 50, 6, rules=Rules(balance_by="sector"))


def cases(quick: bool) -> list[Case]:
    scale = 0.2 if quick else 1.0
    return [
        Case("(1) Kirkman 15/5/7", plain(15, 5, 7), 10 * scale),
        Case("(2) golfers 32/8/10", plain(32, 8, 10), 30 * scale),
        Case("(3) 40 from 30 orgs", forty_from_thirty_organisations(), 10 * scale),
        Case("(4) 120/12/5", plain(120, 12, 5), 30 * scale),
        Case("(5) 500/50/6", plain(500, 50, 6), 2.0),
        Case("(5b) 500, all rules", network_meeting(), 2.0),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="a fifth of the time limits")
    args = parser.parse_args()
    header = (
        f"{'instance':<22} {'people':>6} {'groups':>6} {'rounds':>6} {'repeats':>7} "
        f"{'broken':>6} {'bound':>5} {'seconds':>7} {'limit':>5}"
    )
    print(f"seed {args.seed}")
    print(header)
    print("-" * len(header))
    for case in cases(args.quick):
        instance = case.instance
        solution = solve(instance, seed=args.seed, time_limit=case.time_limit)
        print(
            f"{case.name:<22} {len(instance.people):>6} {instance.groups:>6} "
            f"{instance.rounds:>6} {solution.evaluation.repeated_pairings:>7} "
            f"{len(solution.evaluation.violations):>6} {solution.lower_bound:>5} "
            f"{solution.seconds:>7.2f} {case.time_limit:>5g}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
