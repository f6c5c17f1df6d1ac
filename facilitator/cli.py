"""The ``facilitator`` command: opens the app, or runs a headless subcommand.

``facilitator [FILE]`` starts the desktop app (Qt is imported only then, so scripting stays
fast). Subcommands register themselves with :func:`command`; each gets ``--help``, and they
share exit codes: 0 ok, 1 failure, 2 unusable input. Output that is data has ``--json``.
Later features add subcommands (import, plan-groups, merge, results, export, send) the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import APP_NAME, __version__

if TYPE_CHECKING:
    from facilitator.core.document import WorkshopDocument

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Handler


COMMANDS: dict[str, Command] = {}


def command(
    name: str, help: str, configure: Callable[[argparse.ArgumentParser], None]
) -> Callable[[Handler], Handler]:
    def register(run: Handler) -> Handler:
        COMMANDS[name] = Command(name, help, configure, run)
        return run

    return register


class UsageError(Exception):
    """Input the command cannot use: reported with exit code 2."""


def _count(n: int, noun: str) -> str:
    """'1 voter', '36 voters' (the command line speaks English)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def fail_usage(message: str) -> int:
    print(f"facilitator: {message}", file=sys.stderr)
    return EXIT_USAGE


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- subcommands -------------------------------------------------------------------------


def _file_arg(parser: argparse.ArgumentParser, help: str = "the workshop file") -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help=help)


def _json_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser, "where to write the demo workshop (must not exist yet)")


@command("demo", "write the demo workshop to a new file", _configure_demo)
def run_demo(args: argparse.Namespace) -> int:
    from facilitator.core.demo import write_demo
    from facilitator.core.errors import FileProblem, WorkshopFileError

    try:
        doc = write_demo(args.file)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE if exc.problem is FileProblem.ALREADY_EXISTS else EXIT_FAILURE
    doc.close()
    print(f"Wrote the demo workshop to {args.file}")
    return EXIT_OK


def _configure_info(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser)
    _json_arg(parser)


@command("info", "show a workshop's title, dates, language and counts", _configure_info)
def run_info(args: argparse.Namespace) -> int:
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError
    from facilitator.core.info import workshop_info

    try:
        with WorkshopDocument.open(args.file) as doc:
            info = workshop_info(doc)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
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


def _configure_self_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot", type=Path, help="also save a picture of the main window (PNG)"
    )


@command(
    "self-check",
    "start the app without a screen, open a demo workshop, and report (for installers and CI)",
    _configure_self_check,
)
def run_self_check(args: argparse.Namespace) -> int:
    from facilitator.ui.app import self_check

    return self_check(args.screenshot)


def _configure_import(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser)
    parser.add_argument(
        "source", metavar="SOURCE", type=Path, help="sign-up list: .csv, .txt or .xlsx"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would happen; change nothing"
    )
    _json_arg(parser)


@command(
    "import", "import participants from a sign-up list (CSV, text or Excel)", _configure_import
)
def run_import(args: argparse.Namespace) -> int:
    from facilitator.core import backups
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError
    from facilitator.core.importing import (
        ImportFileError,
        import_participants,
        propose_mapping,
        read_source,
    )

    try:
        table = read_source(args.source)
        mapping = propose_mapping(table)
    except ImportFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with WorkshopDocument.open(args.file) as doc:
            if not args.dry_run:
                backups.take_backup(doc, "before-import")
            report = import_participants(doc, table, mapping, dry_run=args.dry_run)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} from {args.source.name} ({table.file_format}, headings in row "
        f"{table.header_row}, {len(table.rows)} rows):"
    )
    for label, value in (
        ("new participants", report.imported),
        ("updated", report.updated),
        ("already up to date", report.unchanged),
        ("duplicate rows merged", report.merged_duplicates),
        ("rows rejected", len(report.rejected)),
    ):
        print(f"  {value:>6}  {label}")
    for merge in report.merged:
        print(f"  row {merge.row}: the same person as row {merge.into_row}")
    for issue in (*report.rejected, *report.warnings):
        print(f"  row {issue.row}: {issue.reason.replace('_', ' ')} ({issue.detail})")
    return EXIT_OK


def _configure_pdf(parser: argparse.ArgumentParser, extra: bool = False) -> None:
    _file_arg(parser)
    parser.add_argument("--pdf", metavar="OUT", type=Path, required=True, help="the PDF to write")
    parser.add_argument(
        "--checked-in", action="store_true", help="only participants who have checked in"
    )


def _configure_badges(parser: argparse.ArgumentParser) -> None:
    from facilitator.core.printouts import BADGE_LAYOUTS

    _configure_pdf(parser)
    parser.add_argument(
        "--layout",
        choices=sorted(BADGE_LAYOUTS),
        default="L7163",
        help="label sheet: " + "; ".join(f"{k}: {v}" for k, v in BADGE_LAYOUTS.items()),
    )
    parser.add_argument("--groups", action="store_true", help="print each person's group")
    parser.add_argument("--outlines", action="store_true", help="draw cutting outlines")


def _write_printout(args: argparse.Namespace, render: Callable[[WorkshopDocument], bytes]) -> int:
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError
    from facilitator.core.printouts import save_pdf

    try:
        with WorkshopDocument.open(args.file) as doc:
            data = render(doc)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        save_pdf(args.pdf, data)
    except OSError as exc:
        print(f"facilitator: cannot write {args.pdf}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Wrote {args.pdf}")
    return EXIT_OK


@command("badges", "print name badges on A4 label sheets (PDF)", _configure_badges)
def run_badges(args: argparse.Namespace) -> int:
    from facilitator.core.printouts import badges_pdf

    return _write_printout(
        args,
        lambda doc: badges_pdf(
            doc,
            layout=args.layout,
            with_group=args.groups,
            outlines=args.outlines,
            checked_in_only=args.checked_in,
        ),
    )


@command("attendance", "print the attendance sheet for signatures (PDF)", _configure_pdf)
def run_attendance(args: argparse.Namespace) -> int:
    from facilitator.core.printouts import attendance_pdf

    return _write_printout(
        args,
        lambda doc: attendance_pdf(doc, checked_in_only=args.checked_in),
    )


def _configure_plan_groups(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "instance",
        metavar="INSTANCE",
        type=Path,
        help="the instance file (JSON; see docs/plan-groups-example.json)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=5.0,
        metavar="S",
        help="stop searching after S seconds (default 5); it stops sooner when the plan "
        "cannot be improved",
    )
    parser.add_argument(
        "--max-iterations",
        type=int,
        default=None,
        metavar="N",
        help="stop after N search steps: the same seed and N give the same plan on any machine",
    )
    _json_arg(parser)


@command(
    "plan-groups",
    "plan breakout groups over several rounds from an instance file (JSON)",
    _configure_plan_groups,
)
def run_plan_groups(args: argparse.Namespace) -> int:
    from facilitator.core.grouping import InstanceFileError, read_instance, solve

    try:
        instance = read_instance(args.instance)
    except InstanceFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if args.time_limit <= 0:
        raise UsageError("--time-limit must be more than 0 seconds")
    if args.max_iterations is not None and args.max_iterations < 0:
        raise UsageError("--max-iterations cannot be negative")
    solution = solve(
        instance, seed=args.seed, time_limit=args.time_limit, max_iterations=args.max_iterations
    )
    violations = solution.evaluation.violations
    if args.json:
        print_json(solution.as_json())
        return EXIT_FAILURE if violations else EXIT_OK
    for r, groups in enumerate(solution.rounds):
        print(f"Round {r + 1}")
        for g, members in enumerate(groups):
            print(f"  Group {g + 1:>2} ({len(members)}): {', '.join(members)}")
    repeats = solution.evaluation.repeated_pairings
    best = " (the best possible)" if repeats == solution.lower_bound else ""
    print(f"Repeated pairings: {repeats}, lower bound {solution.lower_bound}{best}")
    if instance.rules.balance_by:
        print(f"Balance penalty: {solution.evaluation.balance_penalty:g}")
    print(f"Rules broken: {len(violations) or 'none'}")
    for violation in violations:
        print(f"  {violation.message}")
    if solution.impossible:
        print("Cannot be fully met:")
        for reason in solution.impossible:
            print(f"  {reason[0].upper()}{reason[1:]}.")
    print(f"Planned in {solution.seconds:.2f} s (seed {args.seed})")
    return EXIT_FAILURE if violations else EXIT_OK


def _configure_merge(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser, "the facilitator's workshop file (the master)")
    parser.add_argument(
        "other",
        metavar="OTHER_FILE",
        type=Path,
        help="a group leader's copy of the same workshop (only read, never changed)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would happen; change nothing"
    )
    parser.add_argument(
        "--take-newer",
        action="store_true",
        help="in a conflict, take the copy's version where it was changed later "
        "(without this, FILE's version is always kept)",
    )
    _json_arg(parser)


@command(
    "merge",
    "merge a group leader's copy of the workshop into FILE: new ideas, themes, photos and "
    "participants come in once; conflicts are shown, never overwritten silently",
    _configure_merge,
)
def run_merge(args: argparse.Namespace) -> int:
    from facilitator.core import backups
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError
    from facilitator.core.merging import MergeError, merge_file

    try:
        doc = WorkshopDocument.open(args.file, before_migration=backups.snapshot_before_upgrade)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    with doc:
        try:
            report = merge_file(doc, args.other, take_newer=args.take_newer, dry_run=args.dry_run)
        except MergeError as exc:
            print(f"facilitator: {exc.message}", file=sys.stderr)
            return EXIT_USAGE
        except WorkshopFileError as exc:  # writing FILE failed: the transaction rolled back
            print(f"facilitator: {exc.message}", file=sys.stderr)
            return EXIT_FAILURE
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


def _print_merge(report: object, file: Path) -> None:
    from facilitator.core.merging import ConflictKind, MergeReport

    assert isinstance(report, MergeReport)

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
        print(f"  {_count(report.tombstones_added, 'deletion')} made in the copy remembered here")
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


def _configure_results(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser)
    parser.add_argument(
        "--vote",
        metavar="NAME",
        help="only the vote whose title contains NAME (any case), or whose id is NAME",
    )
    parser.add_argument(
        "--reveal", action="store_true", help="show results the vote still hides (not closed)"
    )
    _json_arg(parser)


@command("results", "show the results of the workshop's votes", _configure_results)
def run_results(args: argparse.Namespace) -> int:
    from facilitator.core import voting
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError

    try:
        with WorkshopDocument.open(args.file) as doc:
            votes = voting.list_votes(doc)
            chosen = votes
            if args.vote is not None:
                name = args.vote.casefold()
                chosen = [v for v in votes if name in v.title.casefold() or name == str(v.id)]
            found = [voting.results(doc, v.id, reveal=args.reveal) for v in chosen]
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if args.vote is not None and not chosen:
        titles = "; ".join(f"“{v.title}”" for v in votes) or "(none)"
        return fail_usage(f"no vote matches “{args.vote}”. Votes in the workshop: {titles}")
    if not chosen and not args.json:
        print("The workshop has no votes")
        return EXIT_OK
    if args.json:
        print_json([r.as_json() for r in found])
        return EXIT_OK
    for index, result in enumerate(found):
        if index:
            print()
        _print_results(result)
    return EXIT_OK


def _print_results(result: object) -> None:
    from facilitator.core.voting import Results, VoteMethod

    assert isinstance(result, Results)
    vote = result.vote
    print(f"{vote.title} ({vote.method.value}, {vote.status.value})")
    counted = f"{_count(result.voters, 'voter')}, {_count(result.ballots, 'ballot')}"
    if result.hidden:
        print(f"  {counted}")
        print("  Results are hidden until the vote closes (--reveal shows them)")
        return
    print(f"  {counted}; disagreement flagged (!) above "
          f"{vote.settings.disagreement_threshold:.2f}")  # fmt: skip
    width = max([len(r.item.label) for r in result.rows] + [4])
    width = min(width, 60)
    print(f"  {'Rank':>4}  {'Item':<{width}}  {'Score':>7}  {'Voters':>6}  Disagreement")
    for row in result.rows:
        label = (
            row.item.label if len(row.item.label) <= width else row.item.label[: width - 1] + "…"
        )
        rank = f"{row.rank}=" if row.tie else str(row.rank)
        score = f"{row.score:.0f}" if row.score == int(row.score) else f"{row.score:.2f}"
        if vote.method is VoteMethod.APPROVAL and row.share is not None:
            score = f"{score} ({row.share:.0%})"
        spread = "–" if row.disagreement is None else f"{row.disagreement:.2f}"
        flag = " !" if row.flagged else ""
        print(f"  {rank:>4}  {label:<{width}}  {score:>7}  {row.voters:>6}  {spread}{flag}")
    labels = {i.id: i.label for i in vote.items}
    for title, parts in (("group", result.by_group), ("organisation", result.by_organisation)):
        if not parts:
            continue
        where = (
            f" (groups of “{result.round_title}”)"
            if title == "group" and result.round_title
            else ""
        )
        print(f"  By {title}{where}:")
        for part in parts:
            top = max(part.scores.items(), key=lambda kv: kv[1], default=None)
            best = f"; top: {labels[top[0]]}" if top is not None and top[1] else ""
            print(f"    {part.name or '(none)'}: {_count(part.voters, 'voter')}{best}")
    if result.not_voted:
        names = ", ".join(p.name for p in result.not_voted)
        print(f"  Not voted yet ({len(result.not_voted)}): {names}")


# --- send ----------------------------------------------------------------------------------

_SKIP_REASONS = {
    "no_consent": "did not consent to share contact details",
    "no_email": "no e-mail address",
    "invalid_email": "not a valid e-mail address",
    "duplicate_email": "same address as someone else on the list",
}


def _configure_send(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser)
    parser.add_argument(
        "--recipients",
        choices=("checked-in", "all"),
        default="checked-in",
        help="who gets the minutes: participants who checked in (default) or everyone "
        "registered (not cancelled); either way only those who consented to share their "
        "contact details",
    )
    parser.add_argument(
        "--pdf",
        metavar="PDF",
        type=Path,
        help="attach this PDF instead of generating the minutes",
    )
    parser.add_argument(
        "--subject", help="the subject (default: 'Minutes: TITLE' in the workshop's language)"
    )
    parser.add_argument(
        "--force", action="store_true", help="queue the minutes again though they were before"
    )
    parser.add_argument(
        "--resend-unknown",
        action="store_true",
        help="queue again messages an interrupted run may already have sent "
        "(those recipients may get them twice)",
    )
    parser.add_argument(
        "--retry-failed", action="store_true", help="queue again messages the server refused"
    )
    server = parser.add_argument_group(
        "mail server", "without --smtp-host the minutes are only queued in the workshop file"
    )
    server.add_argument("--smtp-host", metavar="H", default="", help="the SMTP server")
    server.add_argument(
        "--smtp-port", metavar="P", type=int, default=0, help="default: 587, 465 with --ssl"
    )
    server.add_argument(
        "--smtp-user",
        metavar="U",
        default="",
        help="log in as U; the password comes from the system keyring or FACILITATOR_SMTP_PASSWORD",
    )
    security = server.add_mutually_exclusive_group()
    for flag, value, text in (
        ("--starttls", "starttls", "encrypt with STARTTLS (the default)"),
        ("--ssl", "ssl", "encrypt with SSL/TLS from the start"),
        ("--plain", "none", "no encryption: only for a server on this machine"),
    ):
        security.add_argument(flag, dest="security", action="store_const", const=value, help=text)
    parser.set_defaults(security="starttls")
    server.add_argument(
        "--from",
        dest="from_address",
        metavar="ADDRESS",
        default="",
        help="the sender's address (default: the user name, if it is an address)",
    )
    server.add_argument("--from-name", metavar="NAME", default="", help="the sender's name")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show the recipients and what would be queued and sent; change nothing",
    )
    _json_arg(parser)


@command(
    "send",
    "e-mail the minutes (PDF) to the participants: queues them in the workshop file, "
    "then delivers whatever is queued; nothing is sent twice",
    _configure_send,
)
def run_send(args: argparse.Namespace) -> int:
    from facilitator.core import backups
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError
    from facilitator.core.outbox import OutboxError, SmtpSettings

    settings = None
    if args.smtp_host:
        settings = SmtpSettings(
            args.smtp_host, args.smtp_port, args.smtp_user, args.security,
            args.from_address, args.from_name,
        )  # fmt: skip
        if settings.problems():
            return fail_usage("; ".join(settings.problems()))
    pdf = None
    if args.pdf is not None:
        try:
            pdf = args.pdf.read_bytes()
        except OSError as exc:
            return fail_usage(f"cannot read {args.pdf}: {exc.strerror or exc}")
        if not pdf.startswith(b"%PDF-"):
            return fail_usage(f"{args.pdf} is not a PDF")
    try:
        doc = WorkshopDocument.open(args.file, before_migration=backups.snapshot_before_upgrade)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    with doc:
        try:
            return _send(doc, args, settings, pdf)
        except OutboxError as exc:
            return fail_usage(exc.message)


def _send(
    doc: WorkshopDocument, args: argparse.Namespace, settings: object, pdf: bytes | None
) -> int:
    from facilitator.core import outbox
    from facilitator.core.details import get_details

    assert settings is None or isinstance(settings, outbox.SmtpSettings)
    details = get_details(doc)
    choice = outbox.default_recipients(doc, args.recipients)
    subject, body = outbox.default_subject_and_body(details.language, details)
    subject = args.subject or subject
    name = (
        args.pdf.name if pdf is not None else outbox.attachment_file_name(details.language, details)
    )
    already = None if args.force else outbox.find_queued(doc, name, pdf)
    out: dict[str, object] = {
        "dry_run": args.dry_run,
        "already_queued": already.as_json() if already else None,
        "queued": None,
        "recipients": [{"name": r.name, "email": r.email} for r in choice.recipients],
        "skipped": [s.as_json() for s in choice.skipped],
        "delivery": None,
    }
    lines: list[str] = []
    if already is not None:
        when = already.created_at.strftime("%Y-%m-%d %H:%M UTC")
        lines.append(f"The minutes ({already.attachment_name}) were queued on {when}; "
                     "not queued again (--force queues them again)")  # fmt: skip
    elif not choice.recipients:
        _print_skipped(choice.skipped)
        return fail_usage(f"nobody to send the minutes to ({args.recipients}, with consent "
                          "and a valid e-mail address)")  # fmt: skip
    elif args.dry_run:
        lines.append(f"Would queue “{name}” ({subject}) for "
                     f"{_count(len(choice.recipients), 'recipient')}:")  # fmt: skip
        lines += [f"  {r.name} <{r.email}>" for r in choice.recipients]
    else:
        if pdf is None:
            pdf = _minutes_pdf(doc)
        domain = settings.sender.rpartition("@")[2] if settings else ""
        batch = outbox.queue_minutes(
            doc, subject, body, name, pdf, choice.recipients,
            force=args.force, message_id_domain=domain or "facilitator.invalid",
        )  # fmt: skip
        out["queued"] = batch.as_json()
        lines.append(f"Queued “{name}” for {_count(batch.total, 'recipient')}")
    if choice.skipped and already is None:
        lines.append(f"Skipped {_count(len(choice.skipped), 'participant')}:")
        lines += [f"  {s.name}: {_SKIP_REASONS.get(s.reason, s.reason)}" for s in choice.skipped]
    if not args.dry_run:
        states = outbox.batch_status(doc)
        if args.resend_unknown:
            unknown = [m.id for m in states if m.status is outbox.MessageStatus.UNKNOWN]
            outbox.resend_unknown(doc, unknown)
        if args.retry_failed:
            failed = [m.id for m in states if m.status is outbox.MessageStatus.FAILED]
            outbox.retry_failed(doc, failed)
    code = EXIT_OK
    summary = ""
    if settings is None:
        summary = "No --smtp-host given: nothing sent; the queue is kept in the workshop file"
    elif args.dry_run:
        pending = [m for m in outbox.batch_status(doc) if m.status is outbox.MessageStatus.QUEUED]
        summary = (f"Would try to send {_count(len(pending), 'queued message')} "
                   f"through {settings.host}:{settings.effective_port}")  # fmt: skip
    else:
        password = outbox.get_password(settings.host, settings.user) if settings.user else None
        if settings.user and password is None and sys.stdin.isatty():
            import getpass

            password = getpass.getpass(f"Password for {settings.user} on {settings.host}: ")
        report = outbox.deliver(doc, settings, password)
        out["delivery"] = report.as_json()
        code, summary = _delivery_summary(report)
    messages = outbox.batch_status(doc)
    out["messages"] = [m.as_json() for m in messages]
    if code == EXIT_OK and any(
        m.status in (outbox.MessageStatus.FAILED, outbox.MessageStatus.UNKNOWN) for m in messages
    ):
        code = EXIT_FAILURE
    if args.json:
        out["summary"] = summary
        print_json(out)
        return code
    for line in lines:
        print(line)
    if messages:
        width = min(max(len(m.name) for m in messages), 40)
        mail_width = min(max(len(m.email) for m in messages), 50)
        for m in messages:
            state = m.status.value
            if m.status is outbox.MessageStatus.UNKNOWN:
                state = "unknown: may have been sent (--resend-unknown sends it again)"
            elif m.last_error and m.status is not outbox.MessageStatus.SENT:
                state = f"{state}: {m.last_error}"
            print(f"  {m.name:<{width}}  {m.email:<{mail_width}}  {state}")
    if summary:
        print(summary, file=sys.stderr if code == EXIT_USAGE else sys.stdout)
    return code


def _print_skipped(skipped: Sequence[object]) -> None:
    for s in skipped:
        print(f"  skipped {getattr(s, 'name', '')}: "
              f"{_SKIP_REASONS.get(getattr(s, 'reason', ''), '')}", file=sys.stderr)  # fmt: skip


def _minutes_pdf(doc: WorkshopDocument) -> bytes:
    try:
        from facilitator.core.minutes import MinutesOptions, minutes_pdf
    except ImportError as exc:
        raise UsageError(
            "this version cannot write the minutes; attach a PDF with --pdf FILE"
        ) from exc
    try:
        return minutes_pdf(doc, MinutesOptions())
    except ValueError as exc:  # MinutesError: nothing to write
        raise UsageError(f"cannot write the minutes: {exc}") from exc


def _delivery_summary(report: object) -> tuple[int, str]:
    from facilitator.core.outbox import DeliveryOutcome, DeliveryReport

    assert isinstance(report, DeliveryReport)
    outcome = report.outcome
    if outcome in (DeliveryOutcome.SERVER_DOWN, DeliveryOutcome.INTERRUPTED):
        return EXIT_OK, (f"Queued; will be sent when the server can be reached "
                         f"({report.detail})")  # fmt: skip
    if outcome is DeliveryOutcome.NO_PASSWORD:
        return EXIT_USAGE, (f"facilitator: {report.detail}. Set FACILITATOR_SMTP_PASSWORD "
                            "or store the password in the system keyring")  # fmt: skip
    if outcome in (
        DeliveryOutcome.LOGIN_REFUSED,
        DeliveryOutcome.TLS_FAILED,
        DeliveryOutcome.SENDER_REFUSED,
    ):
        return EXIT_FAILURE, f"Not sent: {report.detail}"
    if outcome is DeliveryOutcome.NOTHING_TO_SEND:
        return EXIT_OK, f"Nothing to send: {report.detail}"
    if report.queued:
        return EXIT_OK, f"{report.detail}; {report.queued} still queued for a later try"
    return EXIT_OK, report.detail[:1].upper() + report.detail[1:]


# --- entry point -------------------------------------------------------------------------


def _configure_export(parser: argparse.ArgumentParser) -> None:
    _file_arg(parser)
    parser.add_argument("--pdf", metavar="OUT", type=Path, help="write the minutes as PDF")
    parser.add_argument(
        "--xlsx", metavar="OUT", type=Path, help="write a workbook with a sheet per table"
    )
    parser.add_argument(
        "--csv",
        metavar="DIR",
        type=Path,
        help="write participants, groups, ideas and votes as CSV files into DIR",
    )
    parser.add_argument(
        "--preset",
        metavar="NAME",
        help="the minutes' sections: a built-in preset (full, board-summary) or one saved "
        "in the workshop; default: full",
    )
    parser.add_argument(
        "--privacy",
        action="store_true",
        help="leave out participants' names, e-mail addresses and phone numbers",
    )
    parser.add_argument(
        "--hours", action="store_true", help="minutes: hours of attendance per organisation"
    )


@command(
    "export",
    "write the minutes (PDF) and the workshop's tables (XLSX, CSV)",
    _configure_export,
)
def run_export(args: argparse.Namespace) -> int:
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError

    if args.pdf is None and args.xlsx is None and args.csv is None:
        return fail_usage("nothing to export: give --pdf OUT, --xlsx OUT and/or --csv DIR")
    for target in (args.pdf, args.xlsx):
        if target is not None and (target.is_dir() or not target.parent.is_dir()):
            return fail_usage(f"cannot write {target}: not a file in an existing folder")
    if args.csv is not None and args.csv.exists() and not args.csv.is_dir():
        return fail_usage(f"{args.csv} exists and is not a folder")
    try:
        with WorkshopDocument.open(args.file) as doc:
            return _export(doc, args)
    except WorkshopFileError as exc:
        print(f"facilitator: {exc.message}", file=sys.stderr)
        return EXIT_USAGE


def _export(doc: WorkshopDocument, args: argparse.Namespace) -> int:
    from facilitator.core import minutes
    from facilitator.core.printouts import save_pdf

    pdf: bytes | None = None
    if args.pdf is not None:
        try:
            preset = minutes.resolve_preset(doc, args.preset or "full")
        except minutes.MinutesError:
            names = ", ".join(p.name for p in minutes.list_presets(doc))
            raise UsageError(f"no preset “{args.preset}”. Presets: {names}") from None
        options = minutes.MinutesOptions(
            sections=preset.sections,
            privacy=args.privacy or preset.privacy,
            hours_per_organisation=args.hours,
        )
        # Rendered in full before anything is written: a failure leaves no files behind.
        pdf = minutes.minutes_pdf(doc, options)
    elif args.preset is not None:
        raise UsageError("--preset chooses the minutes' sections; it needs --pdf OUT")
    written: list[Path] = []
    try:
        if pdf is not None:
            save_pdf(args.pdf, pdf)
            written.append(args.pdf)
        if args.xlsx is not None or args.csv is not None:
            from facilitator.core import exporting

            if args.xlsx is not None:
                exporting.export_workbook(doc, args.xlsx, args.privacy)
                written.append(args.xlsx)
            if args.csv is not None:
                exporting.export_csv_folder(doc, args.csv, args.privacy)
                written.append(args.csv)
    except OSError as exc:
        print(f"facilitator: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:
        from facilitator.core.exporting import ExportError

        if not isinstance(exc, ExportError):
            raise
        print(f"facilitator: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    for path in written:
        print(f"Wrote {path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=f"{APP_NAME}: run in-person workshops offline. "
        "Without a subcommand, opens the app (and FILE, if given).",
        epilog="Exit codes: 0 ok, 1 failure, 2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in COMMANDS.values():
        sub_parser = sub.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        cmd.configure(sub_parser)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first in COMMANDS or any(a in ("-h", "--help", "--version") for a in args_list):
        args = build_parser().parse_args(args_list)
        if args.command is None:
            build_parser().print_help()
            return EXIT_OK
        try:
            return COMMANDS[args.command].run(args)
        except UsageError as exc:
            return fail_usage(str(exc))
        except BrokenPipeError:  # `facilitator results FILE | head`: the reader has gone
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
    app_args, qt_args = build_app_parser().parse_known_args(args_list)
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
    from facilitator.ui.app import run_app

    return run_app(file, qt_args)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
