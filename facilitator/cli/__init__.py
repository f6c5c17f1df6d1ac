"""The ``facilitator`` command: opens the app, or runs a headless subcommand.

``facilitator [FILE]`` starts the desktop app (Qt is imported only then, so scripting stays
fast). Subcommands register themselves with :func:`~facilitator.cli.registry.command`, one
module per group of commands; each gets ``--help``, and they share exit codes: 0 ok,
1 failure, 2 unusable input (130 when stopped with Ctrl+C). Output that is data has ``--json``.

Building the parser imports no part of core: ``--version`` and ``--help`` answer at once
(within about 1.5x a bare ``python -c "import argparse"``; ``benchmarks/cli_startup.py``),
a subcommand's options are added only when that subcommand is used, and every handler
imports what it needs when it runs (``tests/cli/test_cli_imports.py`` checks them). A
subcommand that runs writes what it did to the log file; an error nobody expected goes there
with its traceback, and the console gets one line naming the file, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator import APP_NAME, __version__

# Importing a command module registers its subcommands; --help lists them in this order.
# isort: off
from facilitator.cli import workshop  # demo, info
from facilitator.cli import app  # self-check, and opening the app
from facilitator.cli import participants  # import, badges, attendance
from facilitator.cli import groups  # plan-groups
from facilitator.cli import merge  # merge
from facilitator.cli import voting  # results
from facilitator.cli import send  # send
from facilitator.cli import export  # export
from facilitator.cli import venue  # venue

# isort: on
from facilitator.cli.registry import (
    COMMANDS,
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    Command,
    Configure,
    UsageError,
    command,
    fail,
    fail_usage,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "COMMANDS",
    "COMMAND_MODULES",
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_USAGE",
    "UsageError",
    "build_parser",
    "command",
    "main",
]

COMMAND_MODULES = (workshop, app, participants, groups, merge, voting, send, export, venue)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=f"{APP_NAME}: run in-person workshops offline. "
        "Without a subcommand, opens the app (and FILE, if given).",
        epilog="Exit codes: 0 ok, 1 failure, 2 unusable input, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    for cmd in COMMANDS.values():
        sub.add_parser(cmd.name, help=cmd.help, description=cmd.help, configure=cmd.configure)
    return parser


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser, which adds the command's options the first time it is used:
    to parse the command's arguments, or to show its help or usage. ``--version`` and
    ``--help`` need only the commands' names and one-line helps, so they configure none."""

    def __init__(self, *args: Any, configure: Configure | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._configure = configure

    def _configured(self) -> None:
        configure, self._configure = self._configure, None
        if configure is not None:
            configure(self)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:  # typeshed's overloads
        self._configured()
        return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        self._configured()
        return super().format_usage()

    def format_help(self) -> str:
        self._configured()
        return super().format_help()


# Exit code after Ctrl+C, as a shell reports a program stopped by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first in COMMANDS or any(a in ("-h", "--help", "--version") for a in args_list):
        _tolerant_console()
        parser = build_parser()
        try:
            args = parser.parse_args(args_list)  # unusable arguments: usage, exit code 2
        except KeyboardInterrupt:
            return _interrupted()
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        return run_command(COMMANDS[args.command], args)
    return app.open_app(args_list)


def _tolerant_console() -> None:
    """A console that cannot show a character (a Latin-1 terminal, PYTHONIOENCODING=ascii)
    gets a replacement for it instead of failing the command halfway through its output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a closed or unusual stream is left as it is
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="backslashreplace")


def _interrupted() -> int:
    print("facilitator: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


def run_command(cmd: Command, args: argparse.Namespace) -> int:
    """Runs a subcommand's handler with the log file open, and turns what escapes it into an
    exit code: a :class:`UsageError` or a file problem into 2 (1 for a file that could not be
    written), Ctrl+C into 130, an error nobody expected into 1: never a traceback."""
    from facilitator.core import diagnostics

    log_path = diagnostics.setup_logging(f"cli {cmd.name}")
    log = diagnostics.log.getChild("cli")
    files = ", ".join(f"{k}={v}" for k, v in vars(args).items() if isinstance(v, Path))
    log.info("command %s (%s)", cmd.name, files or "no files")
    try:
        code = cmd.run(args)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
    except UsageError as exc:
        code = fail_usage(str(exc))
    except BrokenPipeError:  # `facilitator results FILE | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_OK
    except KeyboardInterrupt:
        log.info("command %s interrupted", cmd.name)
        code = _interrupted()
    except Exception as exc:
        known = _known_problem(exc)
        if known is None:
            diagnostics.log_unexpected(f"unexpected error in command {cmd.name}", exc)
            where = f"details are in {log_path}" if log_path else "the log folder cannot be written"
            print(f"facilitator: unexpected error: {_one_line(exc)}; {where}", file=sys.stderr)
        code = EXIT_FAILURE if known is None else known
    log.info("command %s ended (exit code %d)", cmd.name, code)
    diagnostics.teardown_logging()
    return code


def _known_problem(exc: Exception) -> int | None:
    """The exit code for a file problem a handler let through (reported with its reason),
    or None for an error nobody expected."""
    from facilitator.store.errors import FileProblem, ProblemError

    if isinstance(exc, ProblemError):
        failed = exc.problem in (FileProblem.DISK_FULL, FileProblem.WRITE_FAILED)
        return (fail if failed else fail_usage)(exc.message)
    if isinstance(exc, OSError) and exc.errno in _WRITE_FAILURES:
        # A full disk, often behind `> out.txt`: whatever is left of the output is dropped,
        # so that exiting does not fail on it again.
        try:
            sys.stdout.flush()
        except (OSError, ValueError):  # ValueError: closed
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        where = f" {exc.filename}" if exc.filename else ""
        return fail(f"cannot write{where}: {exc.strerror or exc}")
    return None


# A disk that is full or failing, a file over the size limit.
_WRITE_FAILURES = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO") if hasattr(errno, name)
)


def _one_line(exc: BaseException, limit: int = 200) -> str:
    """'RuntimeError: disk on fire': the type and the first line of the message, shortened."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else ""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
