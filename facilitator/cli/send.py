"""``send``: e-mail the minutes (PDF) to the participants.

Sending is two steps so that a lost connection or a crash never sends anything twice: the
messages are first queued in the workshop file, then whatever is queued is delivered, each
message's state kept in the file. Without ``--smtp-host`` it only queues; a later run (or
the app) delivers. Participants who opted out of receiving the minutes get no mail.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator.cli.options import (
    dry_run_arg,
    file_arg,
    json_arg,
    open_workshop,
    smtp_options,
    smtp_settings,
)
from facilitator.cli.registry import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    command,
    fail_usage,
    plural,
    print_json,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.outbox import DeliveryReport, SkippedRecipient, SmtpSettings

_SKIP_REASONS = {
    "no_consent": "does not want to receive the minutes",
    "no_email": "no e-mail address",
    "invalid_email": "not a valid e-mail address",
    "duplicate_email": "same address as someone else on the list",
}


def _configure_send(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    parser.add_argument(
        "--recipients",
        choices=("checked-in", "all"),
        default="checked-in",
        help="who gets the minutes: participants who checked in (default) or everyone "
        "registered (not cancelled); either way not those who opted out of the minutes",
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
    smtp_options(parser)
    dry_run_arg(parser, "show the recipients and what would be queued and sent; change nothing")
    json_arg(parser)


@command(
    "send",
    "e-mail the minutes (PDF) to the participants: queues them in the workshop file, "
    "then delivers whatever is queued; nothing is sent twice",
    _configure_send,
)
def run_send(args: argparse.Namespace) -> int:
    from facilitator.core.outbox import OutboxError

    settings = smtp_settings(args)
    pdf = None
    if args.pdf is not None:
        try:
            pdf = args.pdf.read_bytes()
        except OSError as exc:
            return fail_usage(f"cannot read {args.pdf}: {exc.strerror or exc}")
        if not pdf.startswith(b"%PDF-"):
            return fail_usage(f"{args.pdf} is not a PDF")
    with open_workshop(args.file, backup_before_upgrade=True) as doc:
        try:
            return _send(doc, args, settings, pdf)
        except OutboxError as exc:
            return fail_usage(exc.message)


def _send(
    doc: WorkshopDocument,
    args: argparse.Namespace,
    settings: SmtpSettings | None,
    pdf: bytes | None,
) -> int:
    from facilitator.core import outbox
    from facilitator.core.details import get_details

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
        return fail_usage(f"nobody to send the minutes to ({args.recipients}, receiving "
                          "the minutes, with a valid e-mail address)")  # fmt: skip
    elif args.dry_run:
        lines.append(f"Would queue “{name}” ({subject}) for "
                     f"{plural(len(choice.recipients), 'recipient')}:")  # fmt: skip
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
        lines.append(f"Queued “{name}” for {plural(batch.total, 'recipient')}")
    if choice.skipped and already is None:
        lines.append(f"Skipped {plural(len(choice.skipped), 'participant')}:")
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
    if settings is None and args.dry_run:
        summary = "Dry run: nothing queued, nothing sent"
    elif settings is None:
        summary = "No --smtp-host given: nothing sent; the queue is kept in the workshop file"
    elif args.dry_run:
        pending = [m for m in outbox.batch_status(doc) if m.status is outbox.MessageStatus.QUEUED]
        summary = (f"Would try to send {plural(len(pending), 'queued message')} "
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


def _print_skipped(skipped: Sequence[SkippedRecipient]) -> None:
    for s in skipped:
        print(f"  skipped {s.name}: {_SKIP_REASONS.get(s.reason, '')}", file=sys.stderr)


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


def _delivery_summary(report: DeliveryReport) -> tuple[int, str]:
    from facilitator.core.outbox import DeliveryOutcome

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
