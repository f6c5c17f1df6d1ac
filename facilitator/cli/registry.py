"""What every subcommand shares: the exit codes, the registry, and how results are reported.

A command module registers its handler with :func:`command`; :mod:`facilitator.cli` builds
the parser from :data:`COMMANDS` and runs the chosen handler. Kept free of heavy imports:
``--version`` and ``--help`` load this module and nothing from core. Not even the standard
library's heavier modules: no ``dataclasses`` (it loads ``inspect``, ``ast`` and ``dis``,
most of what ``--version`` would cost) and ``json`` only when a command prints JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]
Configure = Callable[[argparse.ArgumentParser], None]


class Command:
    """A subcommand: its name and one-line help, what adds its options, and its handler."""

    __slots__ = ("configure", "help", "name", "run")

    def __init__(self, name: str, help: str, configure: Configure, run: Handler) -> None:
        self.name = name
        self.help = help
        self.configure = configure
        self.run = run

    def __repr__(self) -> str:
        return f"Command({self.name!r})"


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, configure: Configure) -> Callable[[Handler], Handler]:
    """Registers the decorated handler as ``facilitator NAME``; ``configure`` adds its options."""

    def register(run: Handler) -> Handler:
        COMMANDS[name] = Command(name, help, configure, run)
        return run

    return register


class UsageError(Exception):
    """Input the command cannot use: reported with exit code 2."""


def fail_usage(message: str) -> int:
    """Input the command cannot use: the reason on stderr (and in the log), exit code 2."""
    return _report(message, EXIT_USAGE)


def fail(message: str) -> int:
    """Something went wrong with usable input (a file that cannot be written): exit code 1."""
    return _report(message, EXIT_FAILURE)


def _report(message: str, code: int) -> int:
    import logging  # only on this path: not worth its start-up time for --help

    print(f"facilitator: {message}", file=sys.stderr)
    # INFO: never shown on the console, even before the log file is set up.
    logging.getLogger("facilitator.cli").info("exit code %d: %s", code, message)
    return code


def print_json(data: object) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def plural(n: int, noun: str) -> str:
    """'1 voter', '36 voters' (the command line speaks English)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
