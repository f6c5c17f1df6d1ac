"""``demo`` and ``info``: make a workshop file to try things on, and see what one holds.

``info`` is the quickest check that a file opens at all (a support person's first question),
so its human-readable form is a plain table and ``--json`` gives the same counts to scripts.
"""

from __future__ import annotations

import argparse
import sys

from facilitator.cli.options import check_file_name, file_arg, json_arg, workshop
from facilitator.cli.registry import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, command, print_json


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    file_arg(parser, "where to write the demo workshop (must not exist yet)")


@command("demo", "write the demo workshop to a new file", _configure_demo)
def run_demo(args: argparse.Namespace) -> int:
    from facilitator.core.demo import write_demo
    from facilitator.core.errors import FileProblem, WorkshopFileError

    check_file_name(args.file)
    try:
        doc = write_demo(args.file)
    except WorkshopFileError as exc:
        # Refusing to overwrite is about the input (exit 2); failing to write is not (exit 1).
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE if exc.problem is FileProblem.ALREADY_EXISTS else EXIT_FAILURE
    doc.close()
    print(f"Wrote the demo workshop to {args.file}")
    return EXIT_OK


def _configure_info(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    json_arg(parser)


@command("info", "show a workshop's title, dates, language and counts", _configure_info)
def run_info(args: argparse.Namespace) -> int:
    from facilitator.core.info import workshop_info

    with workshop(args.file) as doc:
        info = workshop_info(doc)
    if args.json:
        print_json(info.as_json())
        return EXIT_OK
    dates = " – ".join(d.isoformat() for d in (info.start_date, info.end_date) if d)
    rows = [
        ("Title", info.title),
        ("Dates", dates or "not set"),
        ("Language", info.language),
        ("Participants", info.participants),
        ("Organisations", info.organisations),
        ("Group rounds", info.group_rounds),
        ("Groups", info.groups),
        ("Questions", info.questions),
        ("Ideas", info.ideas),
        ("Themes", info.themes),
        ("Photos", info.photos),
        ("Vote sessions", info.vote_sessions),
        ("Votes", info.votes),
        ("Action items", info.action_items),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return EXIT_OK
