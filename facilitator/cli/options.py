"""The option blocks several subcommands share, and opening their workshop file.

Defined once so that ``FILE``, ``--json``, ``--dry-run`` and ``--pdf OUT`` read the same in
every command's ``--help``, and so that a workshop file that cannot be used is reported the
same way everywhere: its reason on stderr and exit code 2. Core is imported only inside the
functions that open files or build settings: building the parser stays cheap.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from facilitator.cli.registry import UsageError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.outbox import SmtpSettings

DRY_RUN_HELP = "report what would happen; change nothing"


def file_arg(parser: argparse.ArgumentParser, help: str = "the workshop file") -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help=help)


def json_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def dry_run_arg(parser: argparse.ArgumentParser, help: str = DRY_RUN_HELP) -> None:
    parser.add_argument("--dry-run", action="store_true", help=help)


def pdf_out_arg(parser: argparse.ArgumentParser, help: str, required: bool = False) -> None:
    parser.add_argument("--pdf", metavar="OUT", type=Path, required=required, help=help)


def check_file_name(path: Path) -> None:
    """Raises :class:`UsageError` for a workshop file whose name is not text (bytes that are
    not UTF-8, possible on Linux): SQLite cannot open it by that name."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(
            f"{path}: the file's name is not valid UTF-8 text, and a workshop file cannot be "
            "opened by such a name. Rename the file and try again."
        ) from None


def open_workshop(path: Path, backup_before_upgrade: bool = False) -> WorkshopDocument:
    """Opens FILE, or raises :class:`UsageError` with the reason it cannot be used.

    ``backup_before_upgrade`` keeps a copy of a file from an older version before its schema
    is upgraded: for the commands that write to it.
    """
    check_file_name(path)
    from facilitator.core import backups
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.errors import WorkshopFileError

    def snapshot(file: Path) -> None:  # the copy's path is of no use here
        backups.snapshot_before_upgrade(file)

    before = snapshot if backup_before_upgrade else None
    try:
        return WorkshopDocument.open(path, before_migration=before)
    except WorkshopFileError as exc:
        raise UsageError(exc.message) from exc


@contextmanager
def workshop(path: Path) -> Iterator[WorkshopDocument]:
    """FILE, open for the ``with`` block and closed after it.

    A workshop-file error while the block works on it (the file is locked, it cannot be
    written) is reported like one at opening: the reason and exit code 2.
    """
    from facilitator.core.errors import WorkshopFileError

    try:
        with open_workshop(path) as doc:
            yield doc
    except WorkshopFileError as exc:
        raise UsageError(exc.message) from exc


def smtp_options(parser: argparse.ArgumentParser) -> None:
    """The mail server to send through; :func:`smtp_settings` reads them back."""
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


def smtp_settings(args: argparse.Namespace) -> SmtpSettings | None:
    """The server given with :func:`smtp_options`; None without ``--smtp-host``.

    Raises :class:`UsageError` naming every problem (no sender, a bad port) at once.
    """
    if not args.smtp_host:
        return None
    from facilitator.core.outbox import SmtpSettings

    settings = SmtpSettings(
        args.smtp_host, args.smtp_port, args.smtp_user, args.security,
        args.from_address, args.from_name,
    )  # fmt: skip
    if settings.problems():
        raise UsageError("; ".join(settings.problems()))
    return settings
