"""``export``: the minutes as PDF and the workshop's tables as a workbook or CSV files.

For the report after a workshop and for whoever keeps the numbers in a spreadsheet.
Everything written is meant for others: a participant's e-mail address and phone number
appear only if they agreed to share their contact details. ``--privacy`` also leaves out
names, for minutes shared beyond the room. ``--own-use`` puts everyone's contact details in
the workbook or CSV files, for the facilitator's own use; their headers say so.
The minutes are rendered in full before any file is written: a section that cannot be
written stops the command before it has left files behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.options import file_arg, pdf_out_arg, workshop
from facilitator.cli.registry import EXIT_OK, UsageError, command, fail, fail_usage

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from facilitator.core.document import WorkshopDocument


def _configure_export(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    pdf_out_arg(parser, "write the minutes as PDF")
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
        help="leave out participants' names, e-mail addresses and phone numbers (without "
        "it, e-mail and phone appear only for those who agreed to share them)",
    )
    parser.add_argument(
        "--own-use",
        action="store_true",
        help="workbook/CSV only: everyone's e-mail and phone, for your own use and not to be "
        "shared (the headers say so)",
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
    if args.pdf is None and args.xlsx is None and args.csv is None:
        return fail_usage("nothing to export: give --pdf OUT, --xlsx OUT and/or --csv DIR")
    if args.own_use and args.privacy:
        return fail_usage("--own-use and --privacy contradict each other: choose one")
    if args.own_use and args.xlsx is None and args.csv is None:
        return fail_usage("--own-use is for the workbook and CSV files: give --xlsx or --csv")
    for target in (args.pdf, args.xlsx):
        if target is not None and not _writable_target(target):
            return fail_usage(f"cannot write {target}: not a file in an existing folder")
    if args.csv is not None and args.csv.exists() and not args.csv.is_dir():
        return fail_usage(f"{args.csv} exists and is not a folder")
    with workshop(args.file) as doc:
        return _export(doc, args)


def _export(doc: WorkshopDocument, args: argparse.Namespace) -> int:
    pdf: bytes | None = None
    if args.pdf is not None:
        from facilitator.core import minutes  # ReportLab: only for the PDF

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
            from facilitator.core.printouts import save_pdf

            save_pdf(args.pdf, pdf)
            written.append(args.pdf)
        if args.xlsx is not None or args.csv is not None:
            from facilitator.core import exporting

            if args.xlsx is not None:
                exporting.export_workbook(doc, args.xlsx, args.privacy, args.own_use)
                written.append(args.xlsx)
            if args.csv is not None:
                exporting.export_csv_folder(doc, args.csv, args.privacy, args.own_use)
                written.append(args.csv)
    except OSError as exc:
        return fail(f"cannot write: {exc.strerror or exc}")
    except Exception as exc:
        from facilitator.core.exporting import ExportError

        if not isinstance(exc, ExportError):
            raise
        return fail(str(exc))
    for path in written:
        own = args.own_use and path != args.pdf
        print(
            f"Wrote {path}"
            + (" (everyone's contact details: for your own use only)" if own else "")
        )
    return EXIT_OK


def _writable_target(target: Path) -> bool:
    """A new or regular file in an existing folder: not a folder, and not a device or pipe
    (a file is written beside its target and renamed over it, which would replace them)."""
    return target.parent.is_dir() and (target.is_file() or not target.exists())
