"""``merge``: bring a group leader's copy of the workshop into the facilitator's file.

Run after a workshop where group leaders worked offline on their own copies. New ideas,
themes, photos and participants come in once, however often a copy is merged; a conflict is
listed and FILE's version kept unless ``--take-newer``, so nothing is overwritten silently.
The copy is only read, and FILE is backed up before it changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.options import (
    check_file_name,
    dry_run_arg,
    file_arg,
    json_arg,
    open_workshop,
)
from facilitator.cli.registry import EXIT_OK, command, fail, fail_usage, plural, print_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from facilitator.core.merging import MergeReport


def _configure_merge(parser: argparse.ArgumentParser) -> None:
    file_arg(parser, "the facilitator's workshop file (the master)")
    parser.add_argument(
        "other",
        metavar="OTHER_FILE",
        type=Path,
        help="a group leader's copy of the same workshop (only read, never changed)",
    )
    dry_run_arg(parser)
    parser.add_argument(
        "--take-newer",
        action="store_true",
        help="in a conflict, take the copy's version where it was changed later "
        "(without this, FILE's version is always kept)",
    )
    json_arg(parser)


@command(
    "merge",
    "merge a group leader's copy of the workshop into FILE: new ideas, themes, photos and "
    "participants come in once; conflicts are shown, never overwritten silently",
    _configure_merge,
)
def run_merge(args: argparse.Namespace) -> int:
    from facilitator.core.errors import WorkshopFileError
    from facilitator.core.merging import MergeError, merge_file

    check_file_name(args.other)
    with open_workshop(args.file, backup_before_upgrade=True) as doc:
        try:
            report = merge_file(doc, args.other, take_newer=args.take_newer, dry_run=args.dry_run)
        except MergeError as exc:
            return fail_usage(exc.message)
        except WorkshopFileError as exc:  # writing FILE failed: the transaction rolled back
            return fail(exc.message)
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    _print_merge(report, args.file)
    return EXIT_OK


_MERGE_NOUNS = {
    "organisation": ("organisation", "organisations"),
    "participant": ("participant", "participants"),
    "question": ("question", "questions"),
    "theme": ("theme", "themes"),
    "idea": ("idea", "ideas"),
    "attachment": ("photo", "photos"),
}


def _print_merge(report: MergeReport, file: Path) -> None:
    from facilitator.core.merging import ConflictKind

    def counted(counts: dict[str, int]) -> str:
        return ", ".join(
            f"{n} {_MERGE_NOUNS[t][n != 1]}" for t, n in counts.items() if n and t in _MERGE_NOUNS
        )

    def shown(value: object, field: str) -> str:
        if value is None or value == "":
            return "(empty)"
        if isinstance(value, bool):
            return "yes" if value else "no"
        if field == "data" and isinstance(value, int):
            return f"{value / 1024:,.0f} kB"
        return f"“{value}”" if isinstance(value, str) else str(value)

    verb = "Would merge" if report.dry_run else "Merged"
    print(f"{verb} {report.other_path.name} (“{report.other_title}”) into {file.name}:")
    if report.upgraded:
        print("  (the copy is from an older version: read through an upgraded temporary copy)")
    if report.nothing_new:
        print("Nothing new")
    for table, count in report.added.items():
        if count:
            print(f"  {count:>6}  new {_MERGE_NOUNS[table][count != 1]}")
    for label, counts in (("taken from the copy", report.updated), ("deleted", report.deleted)):
        if sum(counts.values()):
            print(f"  {label}: {counted(counts)}")
    if report.tombstones_added:
        print(f"  {plural(report.tombstones_added, 'deletion')} made in the copy remembered here")
    if report.added_ideas:
        print("New ideas:")
        for text in report.added_ideas:
            print(f"  - {text}")
    if sum(report.skipped_deleted.values()):
        print(f"Skipped (deleted here): {counted(report.skipped_deleted)}")
    for name in report.same_organisations:
        print(f"Same organisation as one here, not added again: {name}")
    for person in report.same_people:
        how = f"e-mail {person.email}" if person.matched_by == "email" else "name and organisation"
        print(f"Same person as {person.here} (by {how}), not added again: {person.name}")
    for warning in report.warnings:
        print(f"Warning: {warning.message}")
    if report.conflicts:
        print(f"Conflicts ({len(report.conflicts)}):")
    for conflict in report.conflicts:
        what = _MERGE_NOUNS[conflict.table][0]
        newer = "the copy's" if conflict.theirs_newer else f"{file.name}'s"
        outcome = "took the copy's" if conflict.taken else f"kept {file.name}'s"
        if report.dry_run:
            outcome = "would take the copy's" if conflict.taken else f"would keep {file.name}'s"
        if conflict.kind is ConflictKind.DELETED_THERE:
            print(f"  {what} “{conflict.label}”: deleted in the copy, still here; {outcome}")
            continue
        print(f"  {what} “{conflict.label}”: changed on both, {newer} is newer; {outcome}")
        for diff in conflict.fields:
            print(
                f"      {diff.field}: here {shown(diff.ours, diff.field)}, "
                f"copy {shown(diff.theirs, diff.field)}"
            )
    if report.conflicts and not report.dry_run and not any(c.taken for c in report.conflicts):
        print("  (--take-newer takes the copy's version where it is newer)")
    if report.backup is not None:
        print(f"A backup was taken first: {report.backup}")
