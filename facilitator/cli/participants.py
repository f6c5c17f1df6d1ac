"""``import``, ``badges`` and ``attendance``: the participant list in, and the printouts for
the registration desk out.

``import`` is safe to run again on an updated sign-up list (a second run changes nothing),
and ``--dry-run`` shows what it would do first; the printouts are PDFs to print anywhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from facilitator.cli.options import dry_run_arg, file_arg, json_arg, pdf_out_arg, workshop
from facilitator.cli.registry import EXIT_OK, command, fail, fail_usage, print_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from facilitator.core.document import WorkshopDocument

# The label sheets ``core.printouts.BADGE_LAYOUTS`` knows, copied so that building the parser
# (``--help``) does not load ReportLab; tests/test_cli.py keeps the two equal.
BADGE_LAYOUTS: dict[str, str] = {
    "L7163": "Avery L7163 · 99.1 × 38.1 mm · 2 × 7",
    "L7165": "Avery L7165 · 99.1 × 67.7 mm · 2 × 4",
    "3474": "Avery Zweckform 3474 · 70 × 37 mm · 3 × 8",
}


def _configure_import(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    parser.add_argument(
        "source", metavar="SOURCE", type=Path, help="sign-up list: .csv, .txt or .xlsx"
    )
    dry_run_arg(parser)
    json_arg(parser)


@command(
    "import", "import participants from a sign-up list (CSV, text or Excel)", _configure_import
)
def run_import(args: argparse.Namespace) -> int:
    from facilitator.core import backups
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
        return fail_usage(exc.message)
    with workshop(args.file) as doc:
        if not args.dry_run:
            backups.take_backup(doc, "before-import")
        report = import_participants(doc, table, mapping, dry_run=args.dry_run)
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


def _configure_printout(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    pdf_out_arg(parser, "the PDF to write", required=True)
    parser.add_argument(
        "--checked-in", action="store_true", help="only participants who have checked in"
    )


def _configure_badges(parser: argparse.ArgumentParser) -> None:
    _configure_printout(parser)
    parser.add_argument(
        "--layout",
        choices=sorted(BADGE_LAYOUTS),
        default="L7163",
        help="label sheet: " + "; ".join(f"{k}: {v}" for k, v in BADGE_LAYOUTS.items()),
    )
    parser.add_argument("--groups", action="store_true", help="print each person's group")
    parser.add_argument("--outlines", action="store_true", help="draw cutting outlines")
    parser.add_argument(
        "--phone-qr", action="store_true",
        help="a QR code on each badge, its holder's own link for voting from a phone (named "
        "votes on the venue network, see the venue command)",
    )  # fmt: skip
    parser.add_argument(
        "--host", metavar="ADDR",
        help="with --phone-qr: the address venue serves on (default: this computer's first "
        "network address)",
    )  # fmt: skip
    parser.add_argument(
        "--port", metavar="N", type=int, default=8080,
        help="with --phone-qr: the port venue serves on (default: 8080)",
    )  # fmt: skip


def _write_printout(args: argparse.Namespace, render: Callable[[WorkshopDocument], bytes]) -> int:
    """Renders the whole PDF, then writes it at once: a failure leaves no half-written file."""
    from facilitator.core.printouts import save_pdf

    pdf: Path = args.pdf
    if not pdf.parent.is_dir() or (pdf.exists() and not pdf.is_file()):
        return fail_usage(f"cannot write {pdf}: not a file in an existing folder")
    with workshop(args.file) as doc:
        data = render(doc)
    try:
        save_pdf(args.pdf, data)
    except OSError as exc:
        return fail(f"cannot write {args.pdf}: {exc.strerror or exc}")
    print(f"Wrote {args.pdf}")
    return EXIT_OK


@command("badges", "print name badges on A4 label sheets (PDF)", _configure_badges)
def run_badges(args: argparse.Namespace) -> int:
    from facilitator.core.printouts import badges_pdf

    qr_base_url = ""
    if args.phone_qr:
        from facilitator.venue.addresses import base_url, default_host

        if not 1 <= args.port <= 65535:
            return fail_usage(f"not a port number: {args.port}")
        qr_base_url = base_url(args.host or default_host(), args.port)
    return _write_printout(
        args,
        lambda doc: badges_pdf(
            doc,
            layout=args.layout,
            with_group=args.groups,
            outlines=args.outlines,
            checked_in_only=args.checked_in,
            qr_base_url=qr_base_url,
        ),
    )


@command("attendance", "print the attendance sheet for signatures (PDF)", _configure_printout)
def run_attendance(args: argparse.Namespace) -> int:
    from facilitator.core.printouts import attendance_pdf

    return _write_printout(
        args,
        lambda doc: attendance_pdf(doc, checked_in_only=args.checked_in),
    )
