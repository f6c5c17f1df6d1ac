"""``facilitator [FILE]`` opens the desktop app; ``facilitator self-check`` tests a bundle.

The only commands that need Qt, and they import it only when they run: every other
subcommand, ``--help`` and ``--version`` stay fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator.cli.registry import COMMANDS, command, fail_usage


def _configure_self_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot", type=Path, help="also save a picture of the main window (PNG)"
    )
    parser.add_argument("--json", action="store_true", help="print each check as JSON (one line)")


@command(
    "self-check",
    "check this installation without a screen: the window and demo, PDFs and their font, "
    "translations, the minutes preview, the chime, the data and log folders",
    _configure_self_check,
)
def run_self_check(args: argparse.Namespace) -> int:
    from facilitator.ui.shell.self_check import self_check

    return self_check(args.screenshot, as_json=args.json)


def open_app(argv: Sequence[str]) -> int:
    """Starts the app on FILE (if given); unknown options are left for Qt (``-style`` …).
    With an app already running for this user, FILE opens there and this ends with 0."""
    parser = argparse.ArgumentParser(prog="facilitator", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    app_args, qt_args = parser.parse_known_args(list(argv))
    file: Path | None = app_args.file
    if file is not None and not file.exists() and file.suffix != ".workshop":
        # Most likely a mistyped subcommand, not a workshop to open.
        known = ", ".join(sorted(COMMANDS))
        return fail_usage(f"'{file}' is neither a command ({known}) nor a workshop file")
    if not _has_display():
        return fail_usage(
            "no display to show the app on. Run it on a desktop, or use a subcommand "
            "(see facilitator --help); QT_QPA_PLATFORM=offscreen runs it invisibly."
        )
    from facilitator.ui.shell.app import run_app

    return run_app(file, qt_args)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
