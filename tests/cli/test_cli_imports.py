"""Each subcommand loads only what it uses: checked on ``sys.modules`` in a fresh process.

``facilitator --version`` and ``--help`` answer without ReportLab, SQLAlchemy or any other
library a command needs only when it runs; a command's ``--help`` loads none of them either,
and a command that runs loads what its work needs and not what other commands need (the
group solver no database, reading a workshop no PDF library). The ``--help`` tests take
their commands from the registry, so a new subcommand is covered as soon as it registers;
:data:`RUNS` runs a representative few for real.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import COMMANDS, EXIT_OK, EXIT_USAGE, main
from facilitator.core.grouping import Instance, Person, Rules, write_instance

# Prints the modules loaded by the command to the file named first, when the process ends
# (also after argparse's SystemExit for --help and --version).
WRAPPER = """
import atexit, sys
out = sys.argv.pop(1)
def dump():
    with open(out, "w", encoding="utf-8") as file:
        file.write("\\n".join(sorted(sys.modules)))
atexit.register(dump)
from facilitator.cli import main
sys.exit(main(sys.argv[1:]))
"""

QT = ("PySide6", "shiboken6", "qtawesome", "facilitator.ui")
# What no --help and no --version may load.
HEAVY = (
    *QT,
    "reportlab",
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "aiohttp",
    "numpy",
    "PIL",
    "segno",
    "facilitator.store",
    "facilitator.reports",
    "facilitator.venue",
)
# Reading or changing a workshop needs the database, not the PDF library or the solver.
WORKSHOP = (*QT, "aiohttp", "numpy", "reportlab", "facilitator.reports", "openpyxl")
# Writing a PDF needs ReportLab, not the solver, the workbook library or the web server.
PDF = (*QT, "aiohttp", "numpy", "openpyxl")
# The group solver needs NumPy and nothing of the workshop file, the PDFs or the server.
SOLVER = tuple(p for p in HEAVY if p not in ("numpy", "facilitator.core"))

# Real runs of a representative few (a run that opens a workshop costs a second or more):
# the arguments ({demo}, {instance} and {out} are files made below) and the modules
# the run must not load.
RUNS: list[tuple[list[str], tuple[str, ...]]] = [
    (["plan-groups", "{instance}", "--max-iterations", "200"], SOLVER),
    (["info", "{demo}", "--json"], WORKSHOP),
    (["export", "{demo}", "--csv", "{out}"], WORKSHOP),
    (["badges", "{demo}", "--pdf", "{out}.pdf"], PDF),
]


def loaded_by(args: list[str], tmp_path: Path, expect: int = EXIT_OK) -> set[str]:
    out = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.txt"
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(out), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "FACILITATOR_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == expect, f"{args}: {result.stderr}"
    return set(out.read_text(encoding="utf-8").split("\n"))


def forbidden(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_build_the_parser_from_the_registry_alone(
    args: list[str], tmp_path: Path
) -> None:
    modules = loaded_by(args, tmp_path)
    assert forbidden(modules, (*HEAVY, "facilitator.core")) == []
    assert "facilitator.cli.registry" in modules


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_help_of_each_command_loads_nothing_heavy(name: str, tmp_path: Path) -> None:
    assert forbidden(loaded_by([name, "--help"], tmp_path), HEAVY) == []


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("imports")
    demo = folder / "demo.workshop"
    assert main(["demo", str(demo)]) == EXIT_OK
    people = tuple(Person(f"p{i}") for i in range(6))
    instance = folder / "instance.json"
    write_instance(Instance(people, 2, 2, rules=Rules(leader_tag=None)), instance)
    return {"demo": str(demo), "instance": str(instance)}


@pytest.mark.parametrize(("args", "packages"), RUNS, ids=[" ".join(a[:1]) for a, _ in RUNS])
def test_a_command_loads_only_what_it_uses(
    args: list[str], packages: tuple[str, ...], files: dict[str, str], tmp_path: Path
) -> None:
    argv = [a.format(**files, out=tmp_path / "out") for a in args]
    assert forbidden(loaded_by(argv, tmp_path), packages) == []


def test_plan_groups_loads_the_solver_only_to_solve(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.json")
    modules = loaded_by(["plan-groups", missing], tmp_path, expect=EXIT_USAGE)
    assert "facilitator.core.grouping.solver" not in modules
    assert forbidden(modules, ("numpy",)) == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_help_shows_all_its_options(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command's options are added only when its parser is used: its help has them all."""
    plain = argparse.ArgumentParser()
    COMMANDS[name].configure(plain)
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == EXIT_OK
    shown = capsys.readouterr().out
    for action in plain._actions:
        for option in action.option_strings:
            assert option in shown
        if not action.option_strings and action.metavar:
            assert str(action.metavar) in shown


def test_a_command_usage_error_shows_its_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["plan-groups", "--seed", "x"])
    assert exit_.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("usage: facilitator plan-groups [-h] [--seed SEED]")
    assert "INSTANCE" in err
