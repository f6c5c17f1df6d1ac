"""Benchmark: re-balancing one round (late arrivals and no-shows) at scale.

    .venv/bin/python benchmarks/rebalance_scale.py [--only NAME] [--path dense|default|both]

The round before re-balancing is every tenth person in each group (people of one
organisation are next to each other, so they are spread; the leaders fall where they fall,
so some groups have none), then 5% do not come and 5% more arrive late (not in the round).
Each case runs in a fresh child process, so its peak memory (``ru_maxrss`` of the child) is
its own; a child that only builds the instance gives the baseline subtracted in "own MB".

Per case and path it prints the wall time of ``rebalance``, the peak RSS, the moves of
people who stay against the fewest the group sizes force, the newcomers and the rules
broken after. "dense" is the people × people path (``build_problem`` and tabu search),
which ``rebalance`` uses up to ``DENSE_LIMIT`` people; the child forces it above the limit
by raising the limit, so both paths run side by side in one run. The aim (issue 16): memory
in proportion to people, not people², at about the dense path's second of work.

1. 1,000 people from organisations of 1-8, one in eight a leader, sectors balanced,
   100 groups (950 stay: ``rebalance`` runs both paths there and keeps the better).
2. 1,200 people, the same rules, 120 groups (1,140 stay: just above the limit).
3. 3,000 people, the same rules, 300 groups.
4. 3,000 people, plain rotation, 300 groups.
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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, before NumPy loads
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from grouping_scale import network_meeting, plain

from facilitator.core.grouping import Instance

CASES: dict[str, Callable[[], Instance]] = {
    "1000 all rules": lambda: network_meeting(1000, 100),
    "1200 all rules": lambda: network_meeting(1200, 120),
    "3000 all rules": lambda: network_meeting(3000, 300),
    "3000 plain": lambda: plain(3000, 300, 1),
}


def scenario(instance: Instance) -> tuple[Instance, list[list[str]], set[str], set[str]]:
    """The round as it stood, and the instance after 5% no-shows and 5% late arrivals."""
    ids = [p.id for p in instance.people]
    g = instance.groups
    current = [ids[k::g] for k in range(g)]
    rnd = random.Random(1)
    gone = set(rnd.sample(ids, len(ids) // 20))
    late = set(rnd.sample([i for i in ids if i not in gone], len(ids) // 20))
    people = tuple(p for p in instance.people if p.id not in gone)
    after = Instance(people, g, 1, rules=instance.rules)
    return after, [[i for i in grp if i not in late] for grp in current], gone, late


def fewest_moves(current: list[list[str]], gone: set[str], total: int) -> int:
    """Stayers the group sizes force to move: the fullest groups take the larger size."""
    stayers = sorted((sum(pid not in gone for pid in grp) for grp in current), reverse=True)
    small, larger = divmod(total, len(current))
    sizes = [small + 1] * larger + [small] * (len(current) - larger)
    return sum(max(0, s - t) for s, t in zip(stayers, sizes, strict=True))


def child(name: str, path: str) -> None:
    instance, current, gone, late = scenario(CASES[name]())
    from facilitator.core.grouping import evaluate, rebalance
    from facilitator.core.grouping import solver as solver_module

    if path == "baseline":
        print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
        return
    if path == "dense":
        solver_module.DENSE_LIMIT = 10**9
    started = time.perf_counter()
    result = rebalance(instance, current, 0)
    wall = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    where = {pid: g for g, grp in enumerate(current) for pid in grp}
    moved = sum(pid in where and where[pid] != g for g, grp in enumerate(result) for pid in grp)
    placed = {pid for grp in result for pid in grp}
    sizes = [len(grp) for grp in result]
    print(
        json.dumps(
            {
                "wall": wall,
                "rss_mb": peak_kb / 1024,
                "people": len(instance.people),
                "moved": moved,
                "fewest": fewest_moves(current, gone, len(instance.people)),
                "newcomers": f"{len(late & placed)}/{len(late)}",
                "everyone": sorted(placed) == sorted(p.id for p in instance.people),
                "sizes": f"{min(sizes)}-{max(sizes)}",
                "broken": len(evaluate(instance, [result]).violations),
            }
        )
    )


def run(name: str, path: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", name, "--child-path", path],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CASES), action="append")
    parser.add_argument("--path", choices=["dense", "default", "both"], default="both")
    parser.add_argument("--child-path", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.child_path)
        return 0
    paths = ["dense", "default"] if args.path == "both" else [args.path]
    header = (
        f"{'case':<16} {'path':<7} {'people':>6} {'wall s':>7} {'peak MB':>8} {'own MB':>7} "
        f"{'moved':>6} {'fewest':>6} {'newcomers':>9} {'sizes':>5} {'broken':>6}"
    )
    print(f"load {os.getloadavg()[0]:.2f}; 'default' is what rebalance picks by itself")
    print(header)
    print("-" * len(header))
    for name in args.only or list(CASES):
        base = float(run(name, "baseline")["rss_mb"])  # type: ignore[arg-type]
        figures: dict[str, dict[str, object]] = {}
        for path in paths:
            r = figures[path] = run(name, path)
            own = float(r["rss_mb"]) - base  # type: ignore[arg-type]
            print(
                f"{name:<16} {path:<7} {r['people']:>6} {r['wall']:>7.2f} {r['rss_mb']:>8.0f} "
                f"{own:>7.0f} {r['moved']:>6} {r['fewest']:>6} {r['newcomers']:>9} "
                f"{r['sizes']:>5} {r['broken']:>6}"
                + ("" if r["everyone"] else "  PEOPLE LOST OR DUPLICATED"),
                flush=True,
            )
        if len(figures) == 2:
            d, s = figures["dense"], figures["default"]
            ratio_mb = (float(d["rss_mb"]) - base) / max(1.0, float(s["rss_mb"]) - base)  # type: ignore[arg-type]
            ratio_s = float(d["wall"]) / max(1e-9, float(s["wall"]))  # type: ignore[arg-type]
            print(f"{'':<16} dense/default: own memory {ratio_mb:.1f}×, wall {ratio_s:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
