"""Benchmark: the breakout-group solver at scale, and on two instances with a known optimum.

    .venv/bin/python benchmarks/grouping_scale.py [--seed N] [--only NAME]

Each instance runs in a fresh child process, so its peak memory (``ru_maxrss`` of the child)
is its own. Per instance it prints the wall time of ``solve`` (set-up, search and final
check), the time limit it was given and their ratio (the aim: within 2× the limit, e.g.
under 6 s for ``--time-limit 3``), the peak RSS of the child (the aim at 3,000 people: under
400 MB) and the repeated pairings against the proven lower bound. The instances:

1. 2,000 people, 200 groups, 6 rounds, time limit 5 s (plain rotation).
2. 3,000 people, 300 groups, 6 rounds, time limit 3 s (plain rotation).
3. 3,000 people from organisations of 1-8, one in eight a group leader, sectors balanced,
   300 groups, 6 rounds, time limit 3 s.
4. 64 people from 16 firms of 4, 8 groups, 4 rounds, default limit (2 s): 0 repeats exist
   (an affine plane of order 8 gives them, firms on the lines of an unused direction).
5. 30 people with 6 group leaders, 6 groups, 5 rounds, one keep-together pair, default
   limit: the pair alone forces 4 repeats (the bound). The solver ends at 6-7 (at 6 with
   10 s); no plan with 4 has been found, nor a proof that none exists.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, before NumPy loads
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator.core.grouping import Instance, Person, Rules

PLAIN = Rules(spread_organisations=False, leader_tag=None)
LEAD = frozenset({"group leader"})


def plain(n: int, groups: int, rounds: int) -> Instance:
    return Instance(tuple(Person(f"p{i}") for i in range(n)), groups, rounds, rules=PLAIN)


def network_meeting(n: int, groups: int) -> Instance:
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
                    LEAD if rnd.random() < 0.125 else frozenset(),
                    {"sector": rnd.choice(["Metal", "Wood", "Plastics", "Energy", "Food"])},
                )
            )
        org += 1
    return Instance(tuple(people), groups, 6, rules=Rules(balance_by="sector"))


def sixteen_firms() -> Instance:
    people = [Person(f"p{i}", f"Firm {i // 4}") for i in range(64)]
    random.Random(5).shuffle(people)
    return Instance(tuple(people), 8, 4, rules=Rules(leader_tag=None))


def leaders_and_a_pair() -> Instance:
    people = tuple(Person(f"p{i}", f"Org {i}", LEAD if i < 6 else frozenset()) for i in range(30))
    return Instance(people, 6, 5, keep_together=(("p6", "p7"),))


CASES: dict[str, tuple[str, float]] = {
    "2000 plain": ("plain(2000, 200, 6)", 5.0),
    "3000 plain": ("plain(3000, 300, 6)", 3.0),
    "3000 all rules": ("network_meeting(3000, 300)", 3.0),
    "64 from 16 firms": ("sixteen_firms()", 2.0),
    "30, leaders, pair": ("leaders_and_a_pair()", 2.0),
}


def child(name: str, seed: int) -> None:
    expression, limit = CASES[name]
    instance = eval(expression)
    from facilitator.core.grouping import solve

    started = time.perf_counter()
    solution = solve(instance, seed=seed, time_limit=limit)
    wall = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "wall": wall,
                "limit": limit,
                "rss_mb": peak_kb / 1024,
                "repeats": solution.evaluation.repeated_pairings,
                "broken": len(solution.evaluation.violations),
                "bound": solution.lower_bound,
                "people": len(instance.people),
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=sorted(CASES), action="append")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed)
        return 0
    header = (
        f"{'instance':<20} {'people':>6} {'wall s':>7} {'limit':>5} {'wall/limit':>10} "
        f"{'peak MB':>8} {'repeats':>7} {'bound':>5} {'broken':>6}"
    )
    print(f"seed {args.seed}; load {os.getloadavg()[0]:.2f}")
    print(header)
    print("-" * len(header))
    for name in args.only or list(CASES):
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "--seed", str(args.seed)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{name:<20} {r['people']:>6} {r['wall']:>7.2f} {r['limit']:>5g} "
            f"{r['wall'] / r['limit']:>10.2f} {r['rss_mb']:>8.0f} {r['repeats']:>7} "
            f"{r['bound']:>5} {r['broken']:>6}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
