"""Handing the queued messages to the server, never one twice.

**Never sent twice (at most once).** :func:`deliver` runs off the GUI thread, reads the queue
in short transactions and never holds one while talking to the server. Per message:
``MAIL FROM`` and ``RCPT TO`` first (a refusal there proves the message was not taken);
then the message is marked ``sending`` in its own committed transaction (``attempts`` + 1);
then ``DATA``; when the server accepts, ``sent`` with ``sent_at``. A process killed, or a
connection lost, between the two commits leaves the message ``sending``: the server may or
may not have it. Such a message is never resent automatically; ``batch_status`` reports
it as ``unknown`` ("may have been sent") and only ``resend_unknown``, called for chosen
messages by the user, queues it again. The trade-off: a crash can cost a recipient their
mail (until someone looks), but can never give them two.

**Server trouble changes nothing in the file.** Unreachable server, refused login, TLS
problems or a refused sender are the connection's fault, not a message's: the queue stays
as it is, the :class:`DeliveryReport` says what happened in plain words, and the app's
background loop counts its own failed tries and waits :func:`next_attempt_delay` (30 s,
1, 2, 4, 8 min, then every 15 min). Not writing on every try keeps an offline laptop from
committing (and backing up, and merging) noise every half minute. A connection lost
mid-batch stops the batch; the rest stays queued.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import smtplib
import ssl
import uuid
from collections.abc import Callable
from typing import Literal

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.outbox.queueing import batch_status, send_order
from facilitator.core.outbox.settings import SmtpSettings
from facilitator.core.outbox.smtp import (
    Connect,
    SmtpClient,
    compose_message,
    open_smtp,
    reset_quietly,
    smtp_reason,
    smtp_reply,
)
from facilitator.core.outbox.states import (
    DeliveryOutcome,
    DeliveryReport,
    MessageState,
    MessageStatus,
    OutboxError,
    handing_over,
)
from facilitator.core.text import clean
from facilitator.store.models import OutboxBatch, OutboxMessage, OutboxStatus, utcnow


def next_attempt_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` failed tries in a row: 30 s doubling, at most 15 min."""
    if failures <= 0:
        return 0.0
    return float(min(30 * 2 ** min(failures - 1, 10), 15 * 60))


def deliver(
    doc: WorkshopDocument,
    settings: SmtpSettings,
    password: str | None,
    *,
    connect: Connect = open_smtp,
    now: Callable[[], dt.datetime] = utcnow,
    batch_id: uuid.UUID | None = None,
) -> DeliveryReport:
    """Try to hand every queued message (of one batch, or all) to the server, at most once.

    Blocking (network): run it off the GUI thread. Raises :class:`OutboxError` for unusable
    settings; every server or network problem is an outcome of the report instead.
    """
    problems = settings.problems()
    if problems:
        raise OutboxError("; ".join(problems))
    pending = _pending(doc, batch_id)
    unknown = [m for m in batch_status(doc, batch_id) if m.status is MessageStatus.UNKNOWN]
    where = f"{clean(settings.host)}:{settings.effective_port}"

    def report(outcome: DeliveryOutcome, detail: str) -> DeliveryReport:
        return _final(doc, batch_id, outcome, detail, [], [], [])

    if not pending:
        detail = "nothing is queued"
        if unknown:
            detail += f"; {len(unknown)} message(s) may have been sent (unknown)"
        return report(DeliveryOutcome.NOTHING_TO_SEND, detail)
    if settings.user and not password:
        return report(
            DeliveryOutcome.NO_PASSWORD,
            f"no password for {settings.user} on {clean(settings.host)}; the queue is kept",
        )
    try:
        client = connect(settings)
    except (ssl.SSLError, smtplib.SMTPNotSupportedError) as exc:
        return report(DeliveryOutcome.TLS_FAILED, f"no secure connection to {where}: {exc}")
    except (OSError, smtplib.SMTPException) as exc:
        return report(
            DeliveryOutcome.SERVER_DOWN,
            f"cannot reach {where}: {smtp_reason(exc)}; the queue is kept",
        )
    sent: list[uuid.UUID] = []
    failed: list[uuid.UUID] = []
    deferred: list[uuid.UUID] = []
    try:
        if settings.user:
            assert password is not None
            try:
                client.login(settings.user, password)
            except smtplib.SMTPAuthenticationError as exc:
                return report(
                    DeliveryOutcome.LOGIN_REFUSED,
                    f"the server {where} refused the login for {settings.user}: "
                    f"{smtp_reason(exc)}; the queue is kept",
                )
            except smtplib.SMTPNotSupportedError:
                return report(
                    DeliveryOutcome.LOGIN_REFUSED,
                    f"the server {where} offers no login on this connection "
                    "(many offer it only with STARTTLS or SSL); the queue is kept",
                )
            except (OSError, smtplib.SMTPException) as exc:
                return report(
                    DeliveryOutcome.SERVER_DOWN,
                    f"lost {where} while logging in: {smtp_reason(exc)}; the queue is kept",
                )
        attachments: dict[uuid.UUID, tuple[str, str, str, bytes]] = {}
        for message_id in pending:
            step = _send_one(doc, client, settings, message_id, attachments, now)
            if step.outcome == "sent":
                sent.append(message_id)
            elif step.outcome == "failed":
                failed.append(message_id)
            elif step.outcome == "deferred":
                deferred.append(message_id)
            elif step.outcome == "sender_refused":
                return _final(doc, batch_id, DeliveryOutcome.SENDER_REFUSED,
                              f"the server {where} refused the sender {settings.sender}: "
                              f"{step.reason}; the queue is kept",
                              sent, failed, deferred)  # fmt: skip
            elif step.outcome == "interrupted":
                return _final(doc, batch_id, DeliveryOutcome.INTERRUPTED,
                              f"the connection to {where} was lost: {step.reason}; "
                              "the rest stays queued", sent, failed, deferred)  # fmt: skip
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            client.quit()
        with contextlib.suppress(OSError):
            client.close()
    detail = f"{len(sent)} sent"
    if failed:
        detail += f", {len(failed)} refused by the server"
    if deferred:
        detail += f", {len(deferred)} refused for now (still queued)"
    return _final(doc, batch_id, DeliveryOutcome.DELIVERED, detail, sent, failed, deferred)


def _final(
    doc: WorkshopDocument,
    batch_id: uuid.UUID | None,
    outcome: DeliveryOutcome,
    detail: str,
    sent: list[uuid.UUID],
    failed: list[uuid.UUID],
    deferred: list[uuid.UUID],
) -> DeliveryReport:
    states = {m.id: m for m in batch_status(doc, batch_id)}

    def pick(ids: list[uuid.UUID]) -> tuple[MessageState, ...]:
        return tuple(states[i] for i in ids if i in states)  # erased meanwhile: gone

    return DeliveryReport(
        outcome,
        detail,
        sent=pick(sent),
        failed=pick(failed),
        deferred=pick(deferred),
        unknown=tuple(m for m in states.values() if m.status is MessageStatus.UNKNOWN),
        queued=sum(m.status is MessageStatus.QUEUED for m in states.values()),
    )


def _pending(doc: WorkshopDocument, batch_id: uuid.UUID | None) -> list[uuid.UUID]:
    query = (
        select(OutboxMessage.id, OutboxBatch.created_at, OutboxMessage.recipient_name)
        .join(OutboxBatch, OutboxBatch.id == OutboxMessage.batch_id)
        .where(
            OutboxBatch.workshop_id == doc.workshop_id,
            OutboxMessage.status == OutboxStatus.QUEUED,
        )
    )
    if batch_id is not None:
        query = query.where(OutboxMessage.batch_id == batch_id)
    with doc.transaction() as session:
        language = doc.workshop(session).language.value
        rows = [(mid, created, name) for mid, created, name in session.execute(query)]
    rows.sort(key=lambda row: send_order(row[1], row[2], row[0], language))
    return [mid for mid, _, _ in rows]


@dataclasses.dataclass(frozen=True)
class _Step:
    outcome: Literal["sent", "failed", "deferred", "skipped", "sender_refused", "interrupted"]
    reason: str = ""


def _send_one(
    doc: WorkshopDocument,
    client: SmtpClient,
    settings: SmtpSettings,
    message_id: uuid.UUID,
    attachments: dict[uuid.UUID, tuple[str, str, str, bytes]],
    now: Callable[[], dt.datetime],
) -> _Step:
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None or message.status is not OutboxStatus.QUEUED:
            return _Step("skipped")  # erased or changed since the queue was read
        if message.batch_id not in attachments:
            batch = message.batch
            attachments[message.batch_id] = (
                batch.subject, batch.body, batch.attachment_name, batch.attachment_data or b""
            )  # fmt: skip
        recipient_name, recipient = message.recipient_name, message.recipient_email
        header_id = message.message_id
    subject, body, file_name, pdf = attachments[message.batch_id]
    utf8 = not (recipient.isascii() and settings.sender.isascii())
    if utf8 and not client.has_extn("smtputf8"):
        _finish(doc, message_id, OutboxStatus.FAILED, "the server cannot take non-ASCII addresses")
        return _Step("failed")
    raw = compose_message(
        settings, recipient_name, recipient, header_id, subject, body, file_name, pdf, now(), utf8
    )
    # MAIL FROM and RCPT TO: a refusal or a lost connection here proves nothing was taken.
    try:
        code, text = client.mail(settings.sender, ["SMTPUTF8"] if utf8 else [])
        if code != 250:
            reset_quietly(client)
            if 400 <= code < 500:
                return _Step("interrupted", smtp_reply(code, text))
            return _Step("sender_refused", smtp_reply(code, text))
        code, text = client.rcpt(recipient)
        if code not in (250, 251):
            reset_quietly(client)
            permanent = not 400 <= code < 500
            _finish(
                doc,
                message_id,
                OutboxStatus.FAILED if permanent else OutboxStatus.QUEUED,
                f"the server refused {recipient}: {smtp_reply(code, text)}",
                count_attempt=True,
            )
            return _Step("failed" if permanent else "deferred")
    except (OSError, smtplib.SMTPException) as exc:
        return _Step("interrupted", smtp_reason(exc))
    # The point of no return: commit "sending" before the server can have the message.
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:  # erased a moment ago: do not send to them
            reset_quietly(client)
            return _Step("skipped")
        message.status = OutboxStatus.SENDING
        message.attempts += 1
        message.last_error = ""
    with handing_over(message_id):
        try:
            client.data(raw)
        except smtplib.SMTPResponseException as exc:  # a clear "no": the server kept nothing
            reset_quietly(client)
            permanent = not 400 <= exc.smtp_code < 500
            _finish(
                doc,
                message_id,
                OutboxStatus.FAILED if permanent else OutboxStatus.QUEUED,
                f"the server refused the message: {smtp_reason(exc)}",
            )
            return _Step("failed" if permanent else "deferred")
        except (OSError, smtplib.SMTPException) as exc:
            # The server may or may not have it: the message stays "sending" (unknown).
            _note(doc, message_id, f"connection lost while sending: {smtp_reason(exc)}")
            return _Step("interrupted", smtp_reason(exc))
        _finish(doc, message_id, OutboxStatus.SENT, "", sent_at=now())
        return _Step("sent")


def _finish(
    doc: WorkshopDocument,
    message_id: uuid.UUID,
    status: OutboxStatus,
    error: str,
    *,
    sent_at: dt.datetime | None = None,
    count_attempt: bool = False,
) -> None:
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:
            return
        message.status = status
        message.last_error = error
        if count_attempt:
            message.attempts += 1
        if sent_at is not None:
            message.sent_at = sent_at


def _note(doc: WorkshopDocument, message_id: uuid.UUID, error: str) -> None:
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is not None:
            message.last_error = error
