"""Benchmark: the command line's start-up cost, against a bare interpreter.

    .venv/bin/python benchmarks/cli_startup.py [--runs N] [--compare DIR]

Each figure is the median of N fresh processes (runs interleaved, so a change of load hits
every case alike): wall time, and CPU time (user + system, steadier on a busy machine).
The cases:

- bare: ``python -c "import argparse"`` (what any command line pays), and the same with
  NumPy, which the group solver needs;
- ``facilitator --version``, ``--help``, and the ``--help`` of a few subcommands, each
  against bare ``import argparse`` (aim: within 2x);
- ``facilitator plan-groups`` on Kirkman's schoolgirls (15 people, 5 groups of 3, 7 rounds;
  ``--json``, which reports the solver's own seconds): the whole process against its solve
  time plus the bare interpreter (aim: within 1.5x), and plus the bare interpreter with
  NumPy imported, since the solver cannot run without it.

The children compile the package's bytecode once, into a temporary folder, before they are
timed, as an installed app has it (a development shell with PYTHONDONTWRITEBYTECODE=1
would otherwise compile every module from source at every start), and run in that folder,
so the package is the installed one. ``--compare DIR`` times the facilitator cases again
with DIR on PYTHONPATH, DIR holding a copy of another version of the ``facilitator``
package (e.g. ``git worktree add /tmp/before HEAD``): before and after side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator.core.grouping import Instance, Person, Rules, write_instance

# What the `facilitator` console script runs.
ENTRY = "import sys; from facilitator.cli import main; sys.exit(main())"


@dataclass
class Case:
    label: str
    argv: list[str]
    facilitator: bool = True  # timed again under --compare
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    solve: list[float] = field(default_factory=list)  # plan-groups: the solver's seconds

    def median_wall(self) -> float:
        return statistics.median(self.wall)

    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def run_once(case: Case, env: dict[str, str], cwd: str) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(case.argv, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{case.label}: exit {done.returncode}\n{done.stderr}")
    case.wall.append(wall)
    case.cpu.append(
        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    )  # fmt: skip
    if "plan-groups" in case.argv and "--json" in case.argv:
        case.solve.append(float(json.loads(done.stdout)["seconds"]))


def kirkman(path: Path) -> Path:
    people = tuple(Person(f"p{i}") for i in range(15))
    rules = Rules(spread_organisations=False, leader_tag=None)
    write_instance(Instance(people, 5, 7, rules=rules), path)
    return path


def facilitator_cases(instance: Path, suffix: str = "") -> list[Case]:
    def cli(label: str, *args: str) -> Case:
        return Case(label + suffix, [sys.executable, "-c", ENTRY, *args])

    return [
        cli("facilitator --version", "--version"),
        cli("facilitator --help", "--help"),
        cli("facilitator plan-groups --help", "plan-groups", "--help"),
        cli("facilitator export --help", "export", "--help"),
        cli("facilitator send --help", "send", "--help"),
        cli("facilitator plan-groups KIRKMAN", "plan-groups", str(instance), "--json"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--compare", type=Path, metavar="DIR", help="a folder holding another facilitator package"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
            "FACILITATOR_DATA_DIR": str(Path(tmp) / "data"),  # the log file goes there
            "OPENBLAS_NUM_THREADS": "1",  # as benchmarks/grouping.py: one core
            "OMP_NUM_THREADS": "1",
        }
        instance = kirkman(Path(tmp) / "kirkman.json")
        bare = Case("python -c 'import argparse'", [sys.executable, "-c", "import argparse"])
        bare_np = Case(
            "python -c 'import argparse, numpy'",
            [sys.executable, "-c", "import argparse, numpy"],
        )
        ours = facilitator_cases(instance)
        runs: list[tuple[Case, dict[str, str]]] = [(bare, env), (bare_np, env)]
        runs += [(case, env) for case in ours]
        theirs: list[Case] = []
        if args.compare is not None:
            other = {**env, "PYTHONPATH": str(args.compare.resolve())}
            other["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache-compare")
            theirs = facilitator_cases(instance, f" [{args.compare.name}]")
            runs += [(case, other) for case in theirs]
        for case, case_env in runs:  # warm-up: bytecode compiled, OS file cache filled
            run_once(case, case_env, tmp)
            for figures in (case.wall, case.cpu, case.solve):
                figures.clear()
        for _ in range(args.runs):
            for case, case_env in runs:
                run_once(case, case_env, tmp)

    load = os.getloadavg()
    print(f"runs: {args.runs} each; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    b_wall, b_cpu = bare.median_wall(), bare.median_cpu()
    np_wall = bare_np.median_wall()
    print(f"{'case':<48}{'wall':>8}{'cpu':>8}{'wall/bare':>11}{'cpu/bare':>10}")
    for case, _ in runs:
        w, c = case.median_wall(), case.median_cpu()
        print(f"{case.label:<48}{w:>7.3f}s{c:>7.3f}s{w / b_wall:>10.2f}x{c / b_cpu:>9.2f}x")
    print("aim: --version and --help within 2x bare 'import argparse' (wall)")
    for case in [c for c, _ in runs if c.solve]:
        solve = statistics.median(case.solve)
        w = case.median_wall()
        print(
            f"{case.label}: solve {solve:.3f}s; whole process {w / (solve + b_wall):.2f}x "
            f"(solve + bare), {w / (solve + np_wall):.2f}x (solve + bare with NumPy)"
            "   (aim: within 1.5x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
